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
// found under the directories named, in a stable order.
func collect(inputs []string, o *parseOptions) ([]job, error) {
	var jobs []job
	seen := make(map[string]int)
	add := func(name, rel string) {
		out := outputName(rel, o)
		if n := seen[out]; n > 0 {
			ext := filepath.Ext(out)
			out = fmt.Sprintf("%s-%d%s", strings.TrimSuffix(out, ext), n+1, ext)
		}
		seen[out]++
		jobs = append(jobs, job{index: len(jobs), name: name, out: out})
	}
	for _, in := range inputs {
		if in == "-" {
			return nil, usageError{"parse: standard input cannot be part of a batch"}
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

// outputName returns the output file name for an input's relative path.
func outputName(rel string, o *parseOptions) string {
	base := strings.TrimSuffix(rel, filepath.Ext(rel))
	switch o.format {
	case export.FormatCSV:
		return base + "." + string(o.table) + ".csv"
	case export.FormatJSONL:
		return base + ".json"
	}
	return base + "." + string(o.format)
}

// batchGCPercent is the garbage collector's growth ratio in batch mode.
const batchGCPercent = 400

// batch parses many documents on o.jobs workers.
func (e *env) batch(inputs []string, o *parseOptions) error {
	if o.out == "" && o.format != export.FormatJSONL {
		return usageError{"parse: several inputs need -o DIR, or -f jsonl to stream to standard output"}
	}
	jobs, err := collect(inputs, o)
	if err != nil {
		return err
	}
	if o.out != "" {
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			return fileError(o.out, err)
		}
	}
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
	next, failed := 0, 0
	out, flush := e.bufferedStdout()
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
	if err := flush(); err != nil {
		return fmt.Errorf("writing output: %v", err)
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "vnplan: %d of %d documents failed\n", failed, len(jobs))
		return errReported
	}
	return nil
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
	if o.out == "" {
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
