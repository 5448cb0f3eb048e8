package parser

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/vnplan/vnplan/agency"
	"github.com/vnplan/vnplan/target"
)

// The tree is built on one core, block by block. For a large document the
// other cores meanwhile work ahead on what depends only on the text of
// each block: first the text itself, which the tree then finds ready, and
// then the annotations read from that text alone (targets, and the fields
// and clause that name agencies), which the annotation pass takes instead
// of reading the text again. Every result is what the tree or the
// annotation pass would compute, so the output does not depend on how
// far ahead the workers got.

// aheadJob is the work on one text or footnote block.
type aheadJob struct {
	segs     []seg    // the block's segments when the job was made
	skip     int      // the bytes of its label or bullet, left out of the text
	skipBy   skipKind // how the worker finds skip, when it is not known yet
	textOnly bool     // only the text is wanted, not what it holds

	text  mapped      // the text, valid once ready is set
	ready atomic.Bool // text is set

	// What the text holds, valid once read is set.
	targets []target.Match
	field   bool           // the text is an explicit field ("Cơ quan chủ trì: ...")
	clause  *agency.Clause // the clause the text names agencies in, or nil
	read    atomic.Bool
	taken   atomic.Bool // a node has used the annotations
}

// skipKind tells how a job's skip is read from its first line.
type skipKind uint8

const (
	skipKnown    skipKind = iota // skip is set
	skipBullet                   // the bytes of a bullet and the spaces after it
	skipFootnote                 // the bytes of a footnote's label
)

// findSkip sets the job's skip from the first line of its text, str[segs[0]].
func (j *aheadJob) findSkip(str string) {
	first := str[j.segs[0].start:j.segs[0].end]
	switch j.skipBy {
	case skipBullet:
		_, j.skip = bulletMarker(first)
	case skipFootnote:
		j.skip = footnoteBodyStart(first)
	}
}

// ahead runs the jobs of a document on the spare cores.
type ahead struct {
	jobs     []aheadJob
	nextText atomic.Int64 // the next job whose text is to be built
	nextRead atomic.Int64 // the next job whose text is to be read
	stopped  atomic.Bool
	wg       sync.WaitGroup
}

// aheadChunk is how many jobs a worker takes at once.
const aheadChunk = 32

// startAhead starts working ahead on the text and footnote blocks of a
// large document, on all cores but the one that builds the tree. It
// returns nil, and starts nothing, for a small document or a single core.
// Each block gets the skip the tree will ask for: its label or bullet, or
// a footnote's label; the workers read the last two from the text.
func (p *parser) startAhead() *ahead {
	workers := min(runtime.GOMAXPROCS(0), 8) - 1
	if len(p.text) < parallelMin || workers < 1 {
		return nil
	}
	// The tree reads the texts of the blocks with no lead (paragraphs,
	// front matter, closing) and of the footnotes as it goes, and those of
	// sections and items only at its end: they come first.
	early, late := 0, 0
	for _, b := range p.blocks {
		switch {
		case b.kind != blockText && b.kind != blockFootnote:
		case b.lead == leadNone:
			early++
		default:
			late++
		}
	}
	a := &ahead{jobs: make([]aheadJob, early+late)}
	next := [2]int{0, early} // the next job of an early and a late block
	for _, b := range p.blocks {
		if b.kind != blockText && b.kind != blockFootnote {
			continue
		}
		k := 0
		if b.lead != leadNone {
			k = 1
		}
		j := &a.jobs[next[k]]
		next[k]++
		j.segs = b.segs
		switch {
		case b.kind == blockFootnote:
			j.skipBy = skipFootnote
			j.textOnly = true // a footnote's text is not annotated as a node's
		case b.lead == leadLabel:
			j.skip = b.lab.size
		case b.lead == leadBullet:
			j.skipBy = skipBullet
		}
		b.ahead = j
	}
	for range workers {
		a.wg.Go(func() { a.work(p) })
	}
	return a
}

// work builds the texts of the jobs, then reads them, until every job is
// done or the tree is finished.
func (a *ahead) work(p *parser) {
	for !a.stopped.Load() {
		start := int(a.nextText.Add(aheadChunk)) - aheadChunk
		if start >= len(a.jobs) {
			break
		}
		for i := start; i < min(start+aheadChunk, len(a.jobs)); i++ {
			j := &a.jobs[i]
			j.findSkip(p.str)
			j.text = trimMapped(segText(p.text, p.str, j.segs, j.skip), "")
			j.ready.Store(true)
		}
	}
	for !a.stopped.Load() {
		start := int(a.nextRead.Add(aheadChunk)) - aheadChunk
		if start >= len(a.jobs) {
			return
		}
		for i := start; i < min(start+aheadChunk, len(a.jobs)) && !a.stopped.Load(); i++ {
			j := &a.jobs[i]
			if j.textOnly || !j.ready.Load() {
				continue
			}
			s := j.text.s
			j.targets = target.Find(s)
			if _, j.field = agency.ParseField(s); !j.field {
				if c, ok := agency.ParseClause(s); ok {
					j.clause = &c
				}
			}
			j.read.Store(true)
		}
	}
}

// stop ends the work ahead and waits for the workers; the jobs' results
// may then be read without further synchronisation.
func (a *ahead) stop() {
	if a == nil {
		return
	}
	a.stopped.Store(true)
	a.wg.Wait()
}

// textFor returns the text of the job, when it is built and was built for
// block b as it is now, with skip bytes left out.
func (j *aheadJob) textFor(b *block, skip int) (mapped, bool) {
	if j == nil || !j.ready.Load() || j.skip != skip || len(j.segs) != len(b.segs) {
		return mapped{}, false
	}
	return j.text, true
}

// readFor returns the job whose annotations a node with the given info
// may take: one read from the node's very text, not yet taken by
// another node.
func readFor(info *nodeInfo) *aheadJob {
	if info == nil || info.blk == nil || len(info.cells) > 0 {
		return nil
	}
	j := info.blk.ahead
	if j == nil || !j.read.Load() || !sameString(j.text.s, info.text.s) || j.taken.Swap(true) {
		return nil
	}
	return j
}

// sameString reports whether a and b are the same bytes in memory.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}
