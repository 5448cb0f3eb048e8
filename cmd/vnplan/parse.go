package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/vnplan/vnplan/export"
	"github.com/vnplan/vnplan/input"
	"github.com/vnplan/vnplan/model"
)

// parseOptions are the flags of "vnplan parse".
type parseOptions struct {
	format   export.Format
	table    export.Table
	out      string
	bom      bool
	compact  bool
	jobs     int
	inFormat input.Format
	quiet    bool
	cpuprof  string
}

const parseUsage = `Usage: vnplan parse [flags] FILE|DIR|-...

Parse plan documents (text, Markdown, DOCX or PDF; any Vietnamese text
encoding) and write their tree. With one input and no -o, the result goes
to standard output; "-" reads standard input. With several inputs, a
directory, or -o naming a directory, vnplan parses in batch on all cores
and writes one output file per input into the -o directory (or, with
-f jsonl, one line per document, in input order, to standard output or
to the -o file), reporting failures per file without stopping.

In batch mode an output is named after its input, in the same
subdirectory, with the ending of the format: plan.docx gives plan.json,
or plan.tasks.csv with -f csv -t tasks. Inputs are named in command-line
order, the documents of a directory sorted by path; when an output name
is already taken, even by one that differs only in letter case, the
input gets plan-2.json, then plan-3.json, and so on. The names do not
depend on which document is parsed first.

Flags:
`

// parseFlags returns the flag set of "vnplan parse".
func parseFlags(stderr io.Writer) (*flag.FlagSet, *parseOptions) {
	o := &parseOptions{format: export.FormatJSON, table: export.TableTasks, jobs: runtime.NumCPU()}
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&o.format, "f", "output `format`: json, yaml, csv, xlsx or jsonl")
	fs.Var(&o.table, "t", "`table` for -f csv: sections, tasks, targets, deadlines, references, footnotes or agencies")
	fs.StringVar(&o.out, "o", "", "write to `PATH`: a file, written atomically; in batch mode a directory of one file per input, except with -f jsonl")
	fs.BoolVar(&o.bom, "bom", false, "start CSV output with a UTF-8 byte order mark (for spreadsheet programs that need it)")
	fs.BoolVar(&o.compact, "compact", false, "write JSON on one line")
	fs.IntVar(&o.jobs, "j", o.jobs, "number of documents parsed at once in batch mode")
	fs.Var(&o.inFormat, "input-format", "input `format`: auto, text, markdown, docx or pdf (default auto: detected from the content)")
	fs.BoolVar(&o.quiet, "q", false, "do not show progress in batch mode")
	fs.StringVar(&o.cpuprof, "cpuprofile", "", "write a CPU profile to `FILE`, for go tool pprof")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), parseUsage)
		fs.PrintDefaults()
	}
	return fs, o
}

// parse runs "vnplan parse".
func (e *env) parse(args []string) error {
	fs, o := parseFlags(e.stderr)
	if err := e.parseArgs(fs, args); err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		return usageError{"parse", "no input file (use - for standard input)"}
	}
	if o.jobs < 1 {
		return usageError{"parse", "-j must be at least 1"}
	}
	if isSet(fs, "t") && o.format != export.FormatCSV {
		// Without this, -t would be ignored in silence, and the user
		// left wondering where the table went.
		return usageError{"parse", "-t applies to -f csv"}
	}
	if o.format == export.FormatJSONL && o.out != "" && isDir(o.out) {
		return usageError{"parse", fmt.Sprintf("-f jsonl writes one file, and %s is a directory", o.out)}
	}
	if o.cpuprof != "" {
		f, err := os.Create(o.cpuprof)
		if err != nil {
			return fmt.Errorf("cpu profile: %v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	if len(inputs) == 1 && !isDir(inputs[0]) && (o.out == "" || !isDir(o.out)) {
		return e.parseOne(inputs[0], o)
	}
	return e.batch(inputs, o)
}

// isSet reports whether the flag name was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

// isDir reports whether name is a directory.
func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}

// parseOne parses one document and writes it to stdout or -o.
func (e *env) parseOne(name string, o *parseOptions) error {
	data, err := e.readInput(name)
	if err != nil {
		return err
	}
	defer quietGC(len(data))()
	doc, err := parseData(name, data, o.inFormat)
	if err != nil {
		return err
	}
	if o.out == "" {
		if o.format == export.FormatXLSX && isTerminal(e.stdout) {
			return usageError{"parse", "-f xlsx writes a binary workbook; use -o FILE"}
		}
		w, flush := e.bufferedStdout()
		if err := write(w, doc, o); err != nil {
			return fmt.Errorf("writing output: %v", err)
		}
		if err := flush(); err != nil {
			return fmt.Errorf("writing output: %v", err)
		}
		return nil
	}
	return writeFileAtomic(o.out, func(w io.Writer) error { return write(w, doc, o) })
}

// quietGC turns the collector off while one document of n bytes is parsed
// and written. The parse keeps nearly all it allocates (the tree) until
// the output is written, so collections during it find little to free,
// and cost CPU time and write barriers. A soft memory limit of 12 times
// the input plus 64 MiB, more than a parse needs, still starts the
// collector if the heap ever grows that large. A GOGC or GOMEMLIMIT set
// by the user wins. quietGC returns the function that restores the
// settings.
func quietGC(n int) (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(12*int64(n) + 64<<20)
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// write writes doc in the format of o.
func write(w io.Writer, doc *model.Document, o *parseOptions) error {
	switch o.format {
	case export.FormatYAML:
		return export.YAML(w, doc)
	case export.FormatCSV:
		return export.CSV(w, doc, o.table, export.CSVOptions{BOM: o.bom})
	case export.FormatXLSX:
		return export.XLSX(w, doc)
	case export.FormatJSONL:
		return export.JSON(w, doc, export.JSONOptions{})
	}
	return export.JSON(w, doc, export.JSONOptions{Indent: !o.compact})
}

// writeFileAtomic writes a file through fn: into a temporary file in the
// same directory, renamed over name only when everything was written, so
// that a failure never leaves half a file.
func writeFileAtomic(name string, fn func(w io.Writer) error) (err error) {
	dir := filepath.Dir(name)
	f, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp-*")
	if err != nil {
		return fileError(name, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := fn(bw); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	if err := bw.Flush(); err != nil {
		return fileError(name, err)
	}
	if err := f.Chmod(0o644); err != nil {
		return fileError(name, err)
	}
	if err := f.Close(); err != nil {
		return fileError(name, err)
	}
	if err := os.Rename(tmp, name); err != nil {
		return fileError(name, err)
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
