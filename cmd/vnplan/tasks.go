package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/vnplan/vnplan/agency"
	"github.com/vnplan/vnplan/input"
	"github.com/vnplan/vnplan/model"
)

const tasksUsage = `Usage: vnplan tasks [--agency NAME] FILE

List the tasks of a document as a table: id, lead agencies (an inherited
lead is marked with *), deadlines and the task text. With --agency, only
the tasks that agency leads or cooperates on, inherited leads included;
NAME is matched tolerantly: case, tone-mark placement, UBND for Ủy ban
nhân dân and missing diacritics do not matter, and a prefix of the words
is enough ("sở tài chính", "UBND thành phố").

Flags:
`

const agenciesUsage = `Usage: vnplan agencies FILE

List the agencies a document names as lead or cooperating agency of a task,
with the number of tasks each leads (inherited leads included) and
cooperates on.

Flags:
`

// tasksOptions are the flags of "vnplan tasks".
type tasksOptions struct {
	agency   string
	width    int
	inFormat input.Format
}

// tasksFlags returns the flag set of "vnplan tasks".
func tasksFlags(stderr io.Writer) (*flag.FlagSet, *tasksOptions) {
	o := &tasksOptions{width: 100}
	fs := flag.NewFlagSet("tasks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.agency, "agency", "", "show only the tasks of the agency `NAME`")
	fs.IntVar(&o.width, "width", o.width, "cut task text to `N` characters (0: no limit)")
	fs.Var(&o.inFormat, "input-format", "input `format`: auto, text, markdown, docx or pdf")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), tasksUsage)
		fs.PrintDefaults()
	}
	return fs, o
}

// tasks runs "vnplan tasks".
func (e *env) tasks(args []string) error {
	fs, o := tasksFlags(e.stderr)
	if err := e.parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"tasks", "want exactly one input file"}
	}
	doc, err := e.load(fs.Arg(0), o.inFormat)
	if err != nil {
		return err
	}
	w, flush := e.bufferedStdout()
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLEAD\tDEADLINE\tTASK")
	n := 0
	model.Walk(doc.Body, func(nd *model.Node) bool {
		if !nd.Task || !taskMatches(nd, o.agency) {
			return true
		}
		n++
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", nd.ID, leadCell(nd.Assignment), deadlineCell(nd.Deadlines), cut(taskText(nd), o.width))
		return true
	})
	tw.Flush()
	if n == 0 && o.agency != "" {
		fmt.Fprintf(e.stderr, "vnplan: no task of an agency matching %q; run \"vnplan agencies %s\" to list them\n", o.agency, fs.Arg(0))
	}
	return flush()
}

// taskMatches reports whether the task's lead or cooperating agencies
// match query.
func taskMatches(n *model.Node, query string) bool {
	if query == "" {
		return true
	}
	a := n.Assignment
	if a == nil {
		return false
	}
	for _, names := range [][]string{a.Lead, a.Cooperating} {
		for _, name := range names {
			if agency.Matches(query, name) {
				return true
			}
		}
	}
	return false
}

func leadCell(a *model.Assignment) string {
	if a == nil || len(a.Lead) == 0 {
		return "-"
	}
	s := strings.Join(a.Lead, "; ")
	if a.Inherited {
		s += " *"
	}
	return s
}

func deadlineCell(ds []model.Deadline) string {
	var parts []string
	for _, d := range ds {
		v := d.Date
		if v == "" {
			v = d.Period
		}
		if v == "" {
			v = d.Text
		}
		if d.Relation != "" {
			v = d.Relation + " " + v
		}
		parts = append(parts, v)
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "; ")
}

func taskText(n *model.Node) string {
	if n.Kind == model.KindRow {
		return strings.Join(n.Cells, " | ")
	}
	return n.Text
}

// cut shortens s to n characters with an ellipsis; n <= 0 keeps it whole.
func cut(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// agenciesFlags returns the flag set of "vnplan agencies".
func agenciesFlags(stderr io.Writer) (*flag.FlagSet, *input.Format) {
	inFormat := new(input.Format)
	fs := flag.NewFlagSet("agencies", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(inFormat, "input-format", "input `format`: auto, text, markdown, docx or pdf")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), agenciesUsage)
		fs.PrintDefaults()
	}
	return fs, inFormat
}

// agencies runs "vnplan agencies".
func (e *env) agencies(args []string) error {
	fs, inFormat := agenciesFlags(e.stderr)
	if err := e.parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"agencies", "want exactly one input file"}
	}
	doc, err := e.load(fs.Arg(0), *inFormat)
	if err != nil {
		return err
	}
	w, flush := e.bufferedStdout()
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "AGENCY\tLEADS\tCOOPERATES")
	for _, a := range doc.Agencies {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", a.Name, len(a.Lead), len(a.Cooperating))
	}
	tw.Flush()
	return flush()
}
