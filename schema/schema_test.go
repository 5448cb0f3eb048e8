package schema

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vnplan/vnplan/model"
)

// minimal is a small valid document; the tests below change it.
const minimal = `{
  "schema": "vnplan/v1",
  "source": {"name": "a.txt", "bytes": 10, "encoding": "utf-8", "format": "text", "lines": 2},
  "document": {"doc_type": "Kế hoạch", "signature": {"title": "CHỦ TỊCH", "span": %SPAN%}},
  "body": [
    {"kind": "section", "id": "I", "label": "I", "numbering": "roman", "depth": 1, "heading": "MỤC ĐÍCH",
     "span": %SPAN%,
     "children": [
       {"kind": "item", "id": "I/i1", "numbering": "-", "depth": 2, "text": "Đạt 5%", "task": true,
        "assignment": {"lead": ["Sở Y tế"], "inherited": true, "from": "I"},
        "targets": [{"text": "đạt 5%", "comparator": "eq", "value": 5, "unit": "%", "span": %SPAN%}],
        "deadlines": [{"text": "trước quý III/2024", "relation": "before", "period": "2024-Q3", "span": %SPAN%}],
        "span": %SPAN%}
     ]}
  ],
  "diagnostics": [{"severity": "warning", "code": "numbering-gap", "message": "Gap.", "span": %SPAN%}]
}`

const span = `{"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 5, "offset": 4}}`

func doc(replacements ...string) []byte {
	s := strings.ReplaceAll(minimal, "%SPAN%", span)
	for i := 0; i+1 < len(replacements); i += 2 {
		if !strings.Contains(s, replacements[i]) {
			panic("test document lacks " + replacements[i])
		}
		s = strings.Replace(s, replacements[i], replacements[i+1], 1)
	}
	return []byte(s)
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		in    []byte
		valid bool
	}{
		{"minimal", doc(), true},
		{"wrong kind", doc(`"kind": "item"`, `"kind": "bullet"`), false},
		{"misspelled field", doc(`"heading"`, `"headding"`), false},
		{"unknown top-level field", doc(`"schema"`, `"extra": 1, "schema"`), false},
		{"wrong comparator", doc(`"comparator": "eq"`, `"comparator": "="`), false},
		{"wrong severity", doc(`"severity": "warning"`, `"severity": "fatal"`), false},
		{"wrong relation", doc(`"relation": "before"`, `"relation": "prior"`), false},
		{"wrong schema name", doc(`"vnplan/v1"`, `"vnplan/v2"`), false},
		{"missing span", doc(`"unit": "%", "span": `+span, `"unit": "%"`), false},
		{"wrong span type", doc(`"unit": "%", "span": `+span, `"unit": "%", "span": 1`), false},
		{"null footnotes", doc(`"diagnostics"`, `"footnotes": null, "diagnostics"`), false},
		{"empty footnotes", doc(`"diagnostics"`, `"footnotes": [], "diagnostics"`), true},
		{"body renamed", doc(`"body": [`, `"unused": [`, `"diagnostics"`, `"body": null, "diagnostics"`), false},
		{"string depth", doc(`"depth": 2`, `"depth": "2"`), false},
		{"depth zero", doc(`"depth": 2`, `"depth": 0`), false},
		{"missing id", doc(`"id": "I/i1", `, ``), false},
		{"unknown span field", doc(`"offset": 0}`, `"offset": 0, "byte": 0}`), false},
		{"not json", []byte(`{"schema": `), false},
		{"two values", append(doc(), "{}"...), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(tt.in)
			if (err == nil) != tt.valid {
				t.Errorf("Validate(%s) = %v, want valid %v", tt.name, err, tt.valid)
			}
		})
	}
}

func TestValidateNullArrays(t *testing.T) {
	// encoding/json writes nil slices without omitempty as null.
	in := []byte(`{"schema": "vnplan/v1", "source": {"bytes": 0, "encoding": "", "format": "", "lines": 0},
		"document": {}, "body": null, "diagnostics": null}`)
	if err := Validate(in); err != nil {
		t.Errorf("Validate(null body) = %v, want nil", err)
	}
}

// defs names the $defs entry of each model struct; the root schema is "".
var defs = map[reflect.Type]string{
	reflect.TypeFor[model.Document]():   "",
	reflect.TypeFor[model.Source]():     "source",
	reflect.TypeFor[model.Metadata]():   "metadata",
	reflect.TypeFor[model.Signature]():  "signature",
	reflect.TypeFor[model.Delegation](): "delegation",
	reflect.TypeFor[model.Recipient]():  "recipient",
	reflect.TypeFor[model.Alias]():      "alias",
	reflect.TypeFor[model.Attachment](): "attachment",
	reflect.TypeFor[model.PageNumber](): "page_number",
	reflect.TypeFor[model.Node]():       "node",
	reflect.TypeFor[model.Assignment](): "assignment",
	reflect.TypeFor[model.Target]():     "target",
	reflect.TypeFor[model.Deadline]():   "deadline",
	reflect.TypeFor[model.Reference]():  "reference",
	reflect.TypeFor[model.Footnote]():   "footnote",
	reflect.TypeFor[model.Agency]():     "agency",
	reflect.TypeFor[model.Diagnostic](): "diagnostic",
	reflect.TypeFor[model.Span]():       "span",
	reflect.TypeFor[model.Pos]():        "pos",
}

type jsonSchema struct {
	Description          string                 `json:"description"`
	Type                 any                    `json:"type"`
	Ref                  string                 `json:"$ref"`
	Items                *jsonSchema            `json:"items"`
	Properties           map[string]*jsonSchema `json:"properties"`
	Required             []string               `json:"required"`
	AdditionalProperties *bool                  `json:"additionalProperties"`
	Defs                 map[string]*jsonSchema `json:"$defs"`
}

// TestSchemaMatchesModel checks that the schema describes exactly the
// fields of the model: the same names, a description on each, the
// fields without omitempty required, nested structs referring to their
// definitions, and no other fields allowed.
func TestSchemaMatchesModel(t *testing.T) {
	var root jsonSchema
	if err := json.Unmarshal(V1, &root); err != nil {
		t.Fatalf("json.Unmarshal(V1) = %v", err)
	}
	if root.Description == "" {
		t.Errorf("schema has no description")
	}
	used := map[string]bool{}
	for typ, name := range defs {
		s := &root
		if name != "" {
			s = root.Defs[name]
			if s == nil {
				t.Errorf("$defs lacks %q for %v", name, typ)
				continue
			}
			used[name] = true
		}
		checkStruct(t, typ, name, s)
	}
	for name := range root.Defs {
		if !used[name] {
			t.Errorf("$defs[%q] matches no model type", name)
		}
	}
}

func checkStruct(t *testing.T, typ reflect.Type, name string, s *jsonSchema) {
	t.Helper()
	if s.Description == "" {
		t.Errorf("%s: no description", name)
	}
	if s.AdditionalProperties == nil || *s.AdditionalProperties {
		t.Errorf("%s: additionalProperties is not false", name)
	}
	var fields, required []string
	for f := range typ.Fields() {
		tag, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "" || tag == "-" {
			continue
		}
		fields = append(fields, tag)
		if opts != "omitempty" {
			required = append(required, tag)
		}
		p := s.Properties[tag]
		if p == nil {
			t.Errorf("%s: no property %q for %s.%s", name, tag, typ.Name(), f.Name)
			continue
		}
		if p.Description == "" {
			t.Errorf("%s.%s: no description", name, tag)
		}
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			if ft.Kind() == reflect.Slice {
				if p.Items == nil {
					t.Errorf("%s.%s: a list without items", name, tag)
					break
				}
				p = p.Items
			}
			ft = ft.Elem()
		}
		if def, ok := defs[ft]; ok && p.Ref != "#/$defs/"+def {
			t.Errorf("%s.%s: $ref = %q, want %q", name, tag, p.Ref, "#/$defs/"+def)
		}
	}
	var props []string
	for k := range s.Properties {
		props = append(props, k)
	}
	slices.Sort(props)
	slices.Sort(fields)
	if !slices.Equal(props, fields) {
		t.Errorf("%s: properties %v, want the model's %v", name, props, fields)
	}
	slices.Sort(required)
	got := slices.Sorted(slices.Values(s.Required))
	if !slices.Equal(got, required) {
		t.Errorf("%s: required %v, want %v", name, got, required)
	}
}
