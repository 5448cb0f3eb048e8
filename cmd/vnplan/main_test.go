package main

import (
	"os"
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
			// The sample, for scripts that need a real document.
			data, err := os.ReadFile("../../seeds/000_a0ddf91c7c9a8c05.txt")
			if err != nil {
				return err
			}
			return os.WriteFile(env.WorkDir+"/seed.txt", data, 0o644)
		},
	})
}
