// Package schema holds the JSON Schema (draft 2020-12) of vnplan's output
// contract, version 1, and validates documents against it.
//
// The schema documents every field of the canonical JSON form that
// package export writes for a [model.Document]; its objects allow no
// other fields, so a misspelled or unknown field fails validation.
//
// [model.Document]: https://pkg.go.dev/github.com/vnplan/vnplan/model#Document
package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ID is the $id of the schema V1.
const ID = "https://github.com/vnplan/vnplan/schema/vnplan-v1.schema.json"

// V1 is the JSON Schema of output contract vnplan/v1, the contents of
// vnplan-v1.schema.json. Callers must not modify it.
//
//go:embed vnplan-v1.schema.json
var V1 []byte

// compiled is V1 compiled once, on first use.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(V1))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, err
	}
	return c.Compile(ID)
})

// Validate reports whether jsonBytes is one JSON document that conforms
// to [V1]. It returns nil when it does, and otherwise an error that
// says where and why it does not: a syntax error, or the validation
// error of the schema library, which lists every violation with its
// location in the document. Validate may be called from several
// goroutines at once.
func Validate(jsonBytes []byte) error {
	sch, err := compiled()
	if err != nil {
		return fmt.Errorf("schema: compile: %w", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(jsonBytes))
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	return nil
}
