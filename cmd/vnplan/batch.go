package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/vnplan/vnplan/export"
)

// job is one input of a batch.
type job struct {
	index int
	name  string // the path to read
	out   string // the output path, relative to -o
}

// result is the outcome of one job.
type result struct {
	job
	data []byte // the output, for streaming to stdout
	err  error
}

// inputExts are the file endings a directory walk picks up.
var inputExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".docx": true, ".pdf": true}

// collect lists the jobs of a batch: the files named, and the documents
// found under the directories named, in a stable order. Output names are
// given in that order, so they do not depend on scheduling.
func collect(inputs []string, o *parseOptions) ([]job, error) {
	var jobs []job
	names := outputNamer{used: make(map[string]bool), next: make(map[string]int)}
	add := func(name, rel string) {
		jobs = append(jobs, job{index: len(jobs), name: name, out: names.name(rel, o)})
	}
	for _, in := range inputs {
		if in == "-" {
			return nil, usageError{"parse", "standard input cannot be part of a batch"}
		}
		if !isDir(in) {
			add(in, filepath.Base(in))
			continue
		}
		var files []string
		err := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && path != in {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && inputExts[strings.ToLower(filepath.Ext(path))] {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fileError(in, err)
		}
		sort.Strings(files)
		for _, f := range files {
			rel, _ := filepath.Rel(in, f)
			add(f, rel)
		}
	}
	return jobs, nil
}

// outputNamer gives the inputs of a batch output names that differ from
// each other, also where the file system ignores letter case or Unicode
// normalization (Windows, macOS), so that no output overwrites another.
type outputNamer struct {
	used map[string]bool // the names given, folded
	next map[string]int  // for a folded first choice, the number to try next
}

// name returns the output name of the input at the relative path rel:
// the input's name with the ending of the format, and -2, -3, ... after
// the input's name when that is taken.
func (n *outputNamer) name(rel string, o *parseOptions) string {
	stem := strings.TrimSuffix(rel, filepath.Ext(rel))
	suffix := outputSuffix(o)
	name := stem + suffix
	first := foldName(name)
	if !n.used[first] {
		n.used[first] = true
		return name
	}
	// A name like plan-2.json may also be an input's own choice, so
	// try numbers until one is free.
	i := max(n.next[first], 2)
	for ; ; i++ {
		name = fmt.Sprintf("%s-%d%s", stem, i, suffix)
		if key := foldName(name); !n.used[key] {
			n.used[key] = true
			break
		}
	}
	n.next[first] = i + 1
	return name
}

// foldName returns name in the form in which file systems that ignore
// case and Unicode normalization compare names.
func foldName(name string) string {
	return strings.ToLower(norm.NFC.String(name))
}

// outputSuffix returns the ending of the output files of the format of o.
func outputSuffix(o *parseOptions) string {
	switch o.format {
	case export.FormatCSV:
		return "." + string(o.table) + ".csv"
	case export.FormatJSONL:
		return ".json"
	}
	return "." + string(o.format)
}

// batchGCPercent is the garbage collector's growth ratio in batch mode.
const batchGCPercent = 400

// batch parses many documents on o.jobs workers.
func (e *env) batch(inputs []string, o *parseOptions) error {
	if o.out == "" && o.format != export.FormatJSONL {
		if len(inputs) == 1 {
			return usageError{"parse", inputs[0] + " is a directory: batch mode needs -o DIR, or -f jsonl to stream to standard output"}
		}
		return usageError{"parse", "several inputs need -o DIR, or -f jsonl to stream to standard output"}
	}
	jobs, err := collect(inputs, o)
	if err != nil {
		return err
	}
	if o.format == export.FormatJSONL && o.out != "" {
		// One file for the stream, written atomically; a document that
		// fails is reported and left out, as in any batch.
		failed := 0
		err := writeFileAtomic(o.out, func(w io.Writer) error {
			failed = e.runBatch(jobs, o, w)
			return nil
		})
		return e.batchError(err, failed, len(jobs))
	}
	if o.out != "" {
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			return fileError(o.out, err)
		}
	}
	out, flush := e.bufferedStdout()
	failed := e.runBatch(jobs, o, out)
	if err = flush(); err != nil {
		err = fmt.Errorf("writing output: %v", err)
	}
	return e.batchError(err, failed, len(jobs))
}

// batchError returns the error of a batch of n jobs, given the error of
// its output and the number of documents that failed, after reporting
// that number.
func (e *env) batchError(err error, failed, n int) error {
	if failed > 0 {
		fmt.Fprintf(e.stderr, "vnplan: %d of %d documents failed\n", failed, n)
	}
	switch {
	case err != nil:
		return err
	case failed > 0:
		return errReported
	}
	return nil
}

// runBatch runs the jobs on o.jobs workers, writes the output of
// streamed documents (-f jsonl) to out in input order, and reports the
// documents that failed. It returns how many failed.
func (e *env) runBatch(jobs []job, o *parseOptions, out io.Writer) (failed int) {
	// Documents parsed one after another keep a small heap, which the
	// collector would sweep after every few of them: a larger growth
	// ratio trades some tens of megabytes for far fewer collections. A
	// GOGC set by the user wins.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	var bar *progressbar.ProgressBar
	if !o.quiet && isTerminal(e.stderr) {
		bar = progressbar.NewOptions(len(jobs), progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("parsing"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
	}
	work := make(chan job)
	results := make(chan result, o.jobs)
	var wg sync.WaitGroup
	for w := 0; w < min(o.jobs, max(len(jobs), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				results <- e.runJob(j, o)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			work <- j
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	// Results come in any order; failures and streamed output are
	// reported in input order, so the output does not depend on
	// scheduling.
	pending := make(map[int]result)
	next := 0
	for r := range results {
		if bar != nil {
			bar.Add(1)
		}
		pending[r.index] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				failed++
				if bar != nil {
					bar.Clear()
				}
				fmt.Fprintf(e.stderr, "vnplan: %s\n", oneLine(r.err.Error()))
				continue
			}
			if r.data != nil {
				out.Write(r.data)
			}
		}
	}
	if bar != nil {
		bar.Finish()
	}
	return failed
}

// runJob parses one document and writes its output.
func (e *env) runJob(j job, o *parseOptions) (r result) {
	r.job = j
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("%s: internal error: %v", j.name, p)
		}
	}()
	doc, err := e.load(j.name, o.inFormat)
	if err != nil {
		r.err = err
		return r
	}
	if o.format == export.FormatJSONL {
		var buf bytes.Buffer
		if err := export.JSON(&buf, doc, export.JSONOptions{}); err != nil {
			r.err = fmt.Errorf("%s: %v", j.name, err)
			return r
		}
		r.data = buf.Bytes()
		return r
	}
	path := filepath.Join(o.out, j.out)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		r.err = fileError(path, err)
		return r
	}
	r.err = writeFileAtomic(path, func(w io.Writer) error { return write(w, doc, o) })
	return r
}
