package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/vnplan/vnplan/export"
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

// valueFlagSamples holds a valid value for every flag that takes one, in
// any subcommand. TestValueFlagsAfterInput fails when a flag is missing,
// so that a new flag is tested too.
var valueFlagSamples = map[string]string{
	"f":            "csv",
	"t":            "sections",
	"o":            "out.json",
	"j":            "3",
	"input-format": "text",
	"cpuprofile":   "cpu.prof",
	"agency":       "Sở Y tế",
	"width":        "60",
}

// commandFlags returns the flag sets of the subcommands.
func commandFlags() map[string]*flag.FlagSet {
	pfs, _ := parseFlags(io.Discard)
	tfs, _ := tasksFlags(io.Discard)
	afs, _ := agenciesFlags(io.Discard)
	return map[string]*flag.FlagSet{"parse": pfs, "tasks": tfs, "agencies": afs}
}

// TestValueFlagsAfterInput checks that every flag that takes a value may
// follow the input file, with its value as the next argument, written
// with one or two dashes.
func TestValueFlagsAfterInput(t *testing.T) {
	for cmd := range commandFlags() {
		commandFlags()[cmd].VisitAll(func(f *flag.Flag) {
			if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
				return
			}
			value, ok := valueFlagSamples[f.Name]
			if !ok {
				t.Errorf("%s -%s: no sample value in valueFlagSamples", cmd, f.Name)
				return
			}
			for _, dash := range []string{"-", "--"} {
				fs := commandFlags()[cmd]
				args := []string{"plan.txt", dash + f.Name, value}
				if err := fs.Parse(interleave(fs, args)); err != nil {
					t.Errorf("%s %q: %v", cmd, args, err)
					continue
				}
				if got := fs.Args(); len(got) != 1 || got[0] != "plan.txt" {
					t.Errorf("%s %q: inputs %q, want [plan.txt]", cmd, args, got)
				}
				if got := fs.Lookup(f.Name).Value.String(); got != value {
					t.Errorf("%s %q: -%s = %q, want %q", cmd, args, f.Name, got, value)
				}
			}
		})
	}
}

// TestBoolFlagsAfterInput checks that a flag without a value does not
// take the next argument as its value.
func TestBoolFlagsAfterInput(t *testing.T) {
	fs, _ := parseFlags(io.Discard)
	args := []string{"a.txt", "-q", "b.txt", "--compact", "c.txt"}
	if err := fs.Parse(interleave(fs, args)); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(fs.Args(), " "), "a.txt b.txt c.txt"; got != want {
		t.Errorf("inputs %q, want %q", got, want)
	}
}

// TestUsageErrors checks that a usage error is one line on stderr naming
// the problem, with at most a hint line, and exits 2.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("plan.txt", []byte("1. Sở Y tế chủ trì thực hiện.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir("docs", 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string // the first line of stderr
	}{
		{[]string{"parse", "-f", "xml", "plan.txt"}, `vnplan: parse: invalid value "xml" for flag -f: unknown format "xml" (want json, yaml, csv, xlsx, jsonl)`},
		{[]string{"parse", "plan.txt", "-nosuch"}, `vnplan: parse: flag provided but not defined: -nosuch`},
		{[]string{"parse"}, `vnplan: parse: no input file (use - for standard input)`},
		{[]string{"parse", "docs"}, `vnplan: parse: docs is a directory: batch mode needs -o DIR, or -f jsonl to stream to standard output`},
		{[]string{"parse", "plan.txt", "plan.txt"}, `vnplan: parse: several inputs need -o DIR, or -f jsonl to stream to standard output`},
		{[]string{"parse", "-t", "tasks", "plan.txt"}, `vnplan: parse: -t applies to -f csv`},
		{[]string{"parse", "-f", "yaml", "-t", "tasks", "plan.txt"}, `vnplan: parse: -t applies to -f csv`},
		{[]string{"parse", "-f", "xlsx", "-t", "tasks", "-o", "x.xlsx", "plan.txt"}, `vnplan: parse: -t applies to -f csv`},
		{[]string{"parse", "-f", "jsonl", "-o", "docs", "plan.txt", "plan.txt"}, `vnplan: parse: -f jsonl writes one file, and docs is a directory`},
		{[]string{"tasks"}, `vnplan: tasks: want exactly one input file`},
		{[]string{"tasks", "plan.txt", "-width", "x"}, `vnplan: tasks: invalid value "x" for flag -width: parse error`},
		{[]string{"agencies", "plan.txt", "plan.txt"}, `vnplan: agencies: want exactly one input file`},
		{[]string{"frobnicate"}, `vnplan: unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		var stdout, stderr strings.Builder
		code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
		if code != exitUsage {
			t.Errorf("%q: exit %d, want %d", tt.args, code, exitUsage)
		}
		lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
		if lines[0] != tt.want {
			t.Errorf("%q: stderr starts %q, want %q", tt.args, lines[0], tt.want)
		}
		if len(lines) > 2 || len(lines) == 2 && !strings.HasPrefix(lines[1], "run 'vnplan help") {
			t.Errorf("%q: stderr has more than a one-line error and a hint:\n%s", tt.args, stderr.String())
		}
		if stdout.Len() > 0 {
			t.Errorf("%q: stdout %q, want nothing", tt.args, stdout.String())
		}
	}
}

// TestOutputNames checks that batch outputs get names that differ even
// on file systems that ignore case and Unicode normalization, given in
// input order.
func TestOutputNames(t *testing.T) {
	tests := []struct {
		format export.Format
		inputs []string // relative paths, in input order
		want   []string
	}{
		{export.FormatJSON, []string{"plan.docx", "plan.md", "plan.txt"}, []string{"plan.json", "plan-2.json", "plan-3.json"}},
		{export.FormatJSON, []string{"plan.txt", "PLAN.TXT", "Plan.md"}, []string{"plan.json", "PLAN-2.json", "Plan-3.json"}},
		{export.FormatJSON, []string{"plan-2.txt", "plan.md", "plan.txt"}, []string{"plan-2.json", "plan.json", "plan-3.json"}},
		{export.FormatJSON, []string{"plan.md", "plan.txt", "plan-2.txt"}, []string{"plan.json", "plan-2.json", "plan-2-2.json"}},
		{export.FormatJSON, []string{"sub/a.txt", "SUB/a.txt", "a.txt"}, []string{"sub/a.json", "SUB/a-2.json", "a.json"}},
		// "Kế hoạch" precomposed (NFC), then decomposed (NFD), as macOS
		// may store it.
		{export.FormatYAML, []string{"K\u1ebf ho\u1ea1ch.txt", "Ke\u0302\u0301 hoa\u0323ch.md"}, []string{"K\u1ebf ho\u1ea1ch.yaml", "Ke\u0302\u0301 hoa\u0323ch-2.yaml"}},
		{export.FormatCSV, []string{"plan.txt", "plan.md"}, []string{"plan.tasks.csv", "plan-2.tasks.csv"}},
	}
	for _, tt := range tests {
		o := &parseOptions{format: tt.format, table: export.TableTasks}
		n := outputNamer{used: make(map[string]bool), next: make(map[string]int)}
		var got []string
		for _, in := range tt.inputs {
			got = append(got, n.name(in, o))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s %q: got %q, want %q", tt.format, tt.inputs, got, tt.want)
		}
	}
}
