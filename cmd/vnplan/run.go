package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/vnplan/vnplan/input"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/parser"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// version is set at build time with -ldflags "-X main.version=...";
// otherwise the module version or VCS revision is used.
var version = ""

// maxInput bounds the size of one input file.
const maxInput = 256 << 20

const usage = `vnplan turns Vietnamese administrative plan documents into structured data.

Usage:
  vnplan parse [flags] FILE|DIR|-...   parse documents and print or write them
  vnplan tasks [--agency NAME] FILE    list the tasks of a document, or of one agency
  vnplan agencies FILE                 list the agencies of a document with their tasks
  vnplan version                       print the version
  vnplan help [COMMAND]                print help for a command

Run "vnplan help parse" for the flags of parse.
`

// usageError is an error in the command line of the command cmd (empty
// for none); it exits with status 2.
type usageError struct{ cmd, msg string }

func (e usageError) Error() string {
	if e.cmd == "" {
		return e.msg
	}
	return e.cmd + ": " + e.msg
}

// printUsageError prints a usage error as one line, and a hint where the
// full usage is, instead of the usage itself: the error should not
// scroll out of sight.
func printUsageError(w io.Writer, e usageError) {
	fmt.Fprintf(w, "vnplan: %s\n", oneLine(e.Error()))
	if e.cmd == "" {
		fmt.Fprintf(w, "run 'vnplan help' for usage\n")
		return
	}
	fmt.Fprintf(w, "run 'vnplan help %s' for usage\n", e.cmd)
}

// run runs the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "parse":
		err = env.parse(rest)
	case "tasks":
		err = env.tasks(rest)
	case "agencies":
		err = env.agencies(rest)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "vnplan", versionString())
		return exitOK
	case "help", "-h", "-help", "--help":
		return env.help(rest)
	default:
		printUsageError(stderr, usageError{msg: fmt.Sprintf("unknown command %q", cmd)})
		return exitUsage
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		printUsageError(stderr, ue)
		return exitUsage
	case errors.Is(err, errReported):
		return exitFail
	default:
		fmt.Fprintf(stderr, "vnplan: %s\n", oneLine(err.Error()))
		return exitFail
	}
}

// errReported means the failures were already printed.
var errReported = errors.New("failures reported")

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// help prints the help of a command.
func (e *env) help(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	var fs *flag.FlagSet
	switch args[0] {
	case "parse":
		fs, _ = parseFlags(e.stdout)
	case "tasks":
		fs, _ = tasksFlags(e.stdout)
	case "agencies":
		fs, _ = agenciesFlags(e.stdout)
	default:
		printUsageError(e.stderr, usageError{msg: fmt.Sprintf("unknown command %q", args[0])})
		return exitUsage
	}
	fs.SetOutput(e.stdout)
	fs.Usage()
	return exitOK
}

// parseArgs parses the flags of a command, which may come before or after
// its inputs. A flag error becomes a usageError of one line, not the
// flag package's message followed by the whole usage; -h prints the usage
// to stdout and returns flag.ErrHelp.
func (e *env) parseArgs(fs *flag.FlagSet, args []string) error {
	usage := fs.Usage
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(interleave(fs, args))
	if err == flag.ErrHelp {
		fs.SetOutput(e.stdout)
		usage()
		return err
	}
	if err != nil {
		return usageError{fs.Name(), err.Error()}
	}
	return nil
}

// interleave moves flags after the first non-flag argument to the front,
// so that "vnplan parse plan.txt -f csv" works as users expect. A flag
// of fs that is not boolean takes the next argument with it as its
// value, unless written -flag=value.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			return append(flags, append([]string{"--"}, rest...)...)
		case a == "-" || !strings.HasPrefix(a, "-"):
			rest = append(rest, a)
		default:
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue(fs, name) && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		}
	}
	return append(flags, rest...)
}

// takesValue reports whether the flag name of fs takes a value: whether
// it is defined and not boolean. Asking the flag set, rather than keeping
// a list, keeps new flags right.
func takesValue(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// stdinName is how messages name standard input, given as "-".
const stdinName = "standard input"

// displayName returns how messages name the input name.
func displayName(name string) string {
	if name == "-" {
		return stdinName
	}
	return name
}

// versionString returns the version of this build.
func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// oneLine returns s on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// readInput reads a file, or standard input for "-".
func (e *env) readInput(name string) ([]byte, error) {
	var r io.Reader
	size := 0
	label := displayName(name)
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, fileError(name, err)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return nil, fileError(name, err)
		}
		if fi.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", name)
		}
		r = f
		if fi.Size() <= maxInput {
			size = int(fi.Size())
		}
	}
	// Read into a buffer of the file's size, not one grown by doubling.
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, maxInput+1)); err != nil {
		return nil, fileError(label, err)
	}
	data := buf.Bytes()
	if len(data) > maxInput {
		return nil, fmt.Errorf("%s: input is larger than %d MB", label, maxInput>>20)
	}
	return data, nil
}

// fileError words a file-system error as "name: problem".
func fileError(name string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: no such file", name)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("%s: permission denied", name)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// load reads and parses one document.
func (e *env) load(name string, inFormat input.Format) (*model.Document, error) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, err
	}
	return parseData(name, data, inFormat)
}

// parseData parses the bytes of one input file.
func parseData(name string, data []byte, inFormat input.Format) (*model.Document, error) {
	conv, err := input.Convert(data, inFormat)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", displayName(name), err)
	}
	text, format := conv.Text, conv.Format
	opts := []parser.Option{parser.WithFilename(name), parser.WithExtractionWarnings(conv.Warnings)}
	if format == input.FormatDOCX || format == input.FormatPDF {
		sum := sha256.Sum256(data)
		opts = append(opts, parser.WithFormat(string(format)), parser.WithOriginal(len(data), hex.EncodeToString(sum[:])))
	} else if format == input.FormatMarkdown {
		opts = append(opts, parser.WithFormat(string(format)))
	}
	doc, err := parser.Parse(text, opts...)
	if err != nil {
		var pe *parser.Error
		if errors.As(err, &pe) {
			// The document keeps the name "-" in source.name; the
			// message says what it is.
			named := *pe
			named.Filename = displayName(name)
			return nil, &named
		}
		return nil, err
	}
	return doc, nil
}

// bufferedStdout returns a buffered writer on stdout and its flush.
func (e *env) bufferedStdout() (*bufio.Writer, func() error) {
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	return w, w.Flush
}
