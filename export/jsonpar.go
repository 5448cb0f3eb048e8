package export

import (
	"runtime"
	"sync"

	"github.com/vnplan/vnplan/model"
)

// A large document's body is encoded on all cores: the body is cut into
// subtrees of about the same size (units), which workers encode into
// buffers of their own, in document order and a few units ahead of the
// writer, while the rest of the document (the skeleton) is encoded as
// usual with a gap where each unit goes. The writer then writes the
// skeleton and the units in order, so the output is byte for byte the one
// of a single encoder, and only a window of units is held in memory.

// parallelWeight is the weight of a body (see weight) from which JSON
// encodes it on several cores; below it the work is too small to share.
const parallelWeight = 1 << 14

// unitsPerWorker is how many units each worker's share of the body is cut
// into, so that uneven units still keep every worker busy.
const unitsPerWorker = 16

// unit is a subtree of the body encoded apart.
type unit struct {
	node  *model.Node
	depth int // the encoder's depth where the node is written
}

// weight estimates the share of the output a node's own fields take: one
// for its structure and span, and one per 256 bytes of text.
func weight(n *model.Node) int {
	return 1 + (len(n.Text)+len(n.Heading))/256 + len(n.References) + len(n.Targets) + len(n.Deadlines)
}

// splitBody returns the units of body for parts workers, in document
// order, or nil when the body is too small to share.
func splitBody(body []*model.Node, parts int) []unit {
	if parts < 2 {
		return nil
	}
	var m measure
	total := m.nodes(body, 2)
	if total < parallelWeight {
		return nil
	}
	return m.units(total / (parts * unitsPerWorker))
}

// units returns the largest subtrees of the measured body that weigh at
// most limit, in document order; the nodes above them stay in the
// skeleton.
func (m *measure) units(limit int) []unit {
	var units []unit
	for i := 0; i < len(m.list); {
		w := m.list[i]
		if w.weight > limit {
			i++ // the node stays in the skeleton; look at its children
			continue
		}
		units = append(units, unit{node: w.node, depth: w.depth})
		i = w.end
	}
	return units
}

// measured is a node of the body with the weight of its subtree.
type measured struct {
	node   *model.Node
	depth  int // the encoder's depth where the node is written
	weight int // the weight of the node and its descendants
	end    int // the index in the list after its last descendant
}

// measure lists the nodes of a body in pre-order with their weights.
type measure struct {
	list []measured
}

// nodes adds ns, written at encoder depth depth, and their descendants to
// the list, and returns their total weight.
func (m *measure) nodes(ns []*model.Node, depth int) int {
	sum := 0
	for _, n := range ns {
		if n == nil {
			continue
		}
		i := len(m.list)
		m.list = append(m.list, measured{node: n, depth: depth})
		// A node's children are written two levels deeper: inside its
		// object and inside its "children" array.
		w := weight(n) + m.nodes(n.Children, depth+2)
		m.list[i].weight, m.list[i].end = w, len(m.list)
		sum += w
	}
	return sum
}

// segment is a piece of the output: literal bytes of the skeleton, then
// the unit with index unit, or none when unit is -1.
type segment struct {
	lit  []byte
	unit int
}

// encodeParallel writes doc as JSON on several cores, cut into units.
func encodeParallel(e *encoder, doc *model.Document, units []unit, workers int) {
	at := make(map[*model.Node]int, len(units))
	for k, u := range units {
		if _, dup := at[u.node]; dup {
			// A node that appears twice in the body would need its
			// unit twice: write the document on one core.
			e.document(doc)
			e.buf = append(e.buf, '\n')
			e.flush()
			return
		}
		at[u.node] = k
	}
	// Workers encode the units in order, at most window units ahead of
	// the writer.
	window := 2 * workers
	results := make([]chan []byte, len(units))
	for i := range results {
		results[i] = make(chan []byte, 1)
	}
	todo := make(chan int, len(units))
	free := make(chan []byte, window) // buffers the writer is done with
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for k := range todo {
				var buf []byte
				select {
				case buf = <-free:
				default:
				}
				u := encoder{indent: e.indent, depth: units[k].depth, buf: buf}
				u.node(units[k].node)
				results[k] <- u.buf
			}
		})
	}
	next, limit := 0, window
	feed := func() {
		for next < len(units) && next < limit {
			todo <- next
			next++
		}
	}
	feed()

	// The skeleton, with a gap for each unit.
	e.units = at
	e.document(doc)
	e.buf = append(e.buf, '\n')
	e.cut(-1)

	for _, sg := range e.segs {
		e.write(sg.lit)
		if sg.unit < 0 || e.err != nil {
			continue
		}
		buf := <-results[sg.unit]
		e.write(buf)
		select {
		case free <- buf[:0]:
		default:
		}
		limit++
		feed()
	}
	close(todo)
	wg.Wait()
}

// cut ends the skeleton's current literal segment and records that unit
// k comes after it. The next segment follows it in the same buffer, or
// in a new one when little room is left.
func (e *encoder) cut(k int) {
	e.segs = append(e.segs, segment{lit: e.buf, unit: k})
	if cap(e.buf)-len(e.buf) < flushSize/4 {
		e.buf = make([]byte, 0, flushSize+flushSize/4)
	} else {
		e.buf = e.buf[len(e.buf):]
	}
}

// write writes b to e.w, unless an earlier write failed.
func (e *encoder) write(b []byte) {
	if e.err == nil && len(b) > 0 {
		_, e.err = e.w.Write(b)
	}
}

// jsonWorkers returns the number of cores JSON may use.
func jsonWorkers() int { return min(runtime.GOMAXPROCS(0), 8) }
