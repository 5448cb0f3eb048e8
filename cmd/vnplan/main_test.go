package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"vnplan": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command end to end on the scripts in
// testdata/script: exit codes, messages, files written.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// The sample and the front-end fixtures, for scripts that
			// need real files.
			for name, from := range map[string]string{
				"seed.txt":      "../../seeds/000_a0ddf91c7c9a8c05.txt",
				"sample.docx":   "../../testdata/docx/sample.docx",
				"corrupt.docx":  "../../testdata/docx/corrupt.docx",
				"bomb.docx":     "../../testdata/docx/bomb.docx",
				"sample.pdf":    "../../testdata/pdf/sample.pdf",
				"corrupt.pdf":   "../../testdata/pdf/corrupt.pdf",
				"encrypted.pdf": "../../testdata/pdf/encrypted.pdf",
				"scanned.pdf":   "../../testdata/pdf/scanned.pdf",
			} {
				data, err := os.ReadFile(from)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(env.WorkDir, name), data, 0o644); err != nil {
					return err
				}
			}
			return nil
		},
	})
}
