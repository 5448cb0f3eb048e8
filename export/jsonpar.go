package export

import (
	"runtime"
	"slices"
	"sync"

	"github.com/vnplan/vnplan/model"
)

// A large document's body is encoded on all cores: the body is cut into
// subtrees of about the same size (units), which workers encode into
// buffers of their own, in document order and a few units ahead of the
// writer. The writer encodes the document as usual, but writes the
// buffer of each unit where the unit goes, so the output is byte for byte
// the one of a single encoder, and only a window of units is held in
// memory. When the writer reaches a unit no worker has begun, it encodes
// the unit itself, straight into its output; while it waits for one, it
// encodes the next unit no worker has begun. So the writer never idles
// while there is work, and on a busy machine, where the workers get
// little time, the document is still written about as fast as by one
// encoder.

// parallelWeight is the weight of a body (see weight) from which JSON
// encodes it on several cores; below it the work is too small to share.
const parallelWeight = 1 << 14

// unitsPerWorker is how many units each worker's share of the body is cut
// into, so that uneven units still keep every worker busy.
const unitsPerWorker = 16

// maxUnitWeight bounds the weight of a unit, and so the memory the
// window of units takes, in very large documents.
const maxUnitWeight = 1 << 10

// unit is a subtree of the body encoded apart.
type unit struct {
	node   *model.Node
	depth  int // the encoder's depth where the node is written
	weight int // the weight of the node and its descendants
}

// bytesPerWeight bounds the bytes of indented JSON a unit of weight one
// takes in documents of the usual shape, so that a buffer of its weight
// times bytesPerWeight seldom needs to grow.
const bytesPerWeight = 1 << 10

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
	total := bodyWeight(body)
	if total < parallelWeight {
		return nil
	}
	return cutBody(body, min(total/(parts*unitsPerWorker), maxUnitWeight))
}

// bodyWeight returns the weight of ns and their descendants.
func bodyWeight(ns []*model.Node) int {
	sum := 0
	for _, n := range ns {
		if n != nil {
			sum += weight(n) + bodyWeight(n.Children)
		}
	}
	return sum
}

// cutBody returns the largest subtrees of body that weigh at most limit,
// in document order; the nodes above them are not in any unit.
func cutBody(body []*model.Node, limit int) []unit {
	c := cutter{limit: limit}
	c.nodes(body, 2)
	return c.units
}

// cutter collects the units of a body.
type cutter struct {
	limit int
	units []unit
}

// nodes adds the units among ns, written at encoder depth depth, and
// their descendants, and returns their total weight. A node that weighs
// at most the limit with its descendants is a unit, in the place of the
// units found among its descendants.
func (c *cutter) nodes(ns []*model.Node, depth int) int {
	sum := 0
	for _, n := range ns {
		if n == nil {
			continue
		}
		mark := len(c.units)
		// A node's children are written two levels deeper: inside its
		// object and inside its "children" array.
		w := weight(n) + c.nodes(n.Children, depth+2)
		if w <= c.limit {
			c.units = append(c.units[:mark], unit{node: n, depth: depth, weight: w})
		}
		sum += w
	}
	return sum
}

// parallel is the state of a document encoded on several cores.
type parallel struct {
	units   []unit
	indent  bool
	next    int           // the index of the next unit to write
	results []chan []byte // the buffer of each unit, once encoded
	todo    chan int      // the units to encode, in order
	fed     int           // the number of units sent to todo
	window  int           // how many units todo may be ahead of next
	free    chan []byte   // buffers the writer is done with
}

// encodeParallel writes doc as JSON on workers cores, cut into units:
// workers-1 goroutines encode units, and the writer encodes the rest of
// the document, and the units no other goroutine has begun when it
// needs them.
func encodeParallel(e *encoder, doc *model.Document, units []unit, workers int) {
	window := 2 * workers
	p := &parallel{
		units:   units,
		indent:  e.indent,
		results: make([]chan []byte, len(units)),
		todo:    make(chan int, len(units)),
		window:  window,
		free:    make(chan []byte, window),
	}
	for i := range p.results {
		p.results[i] = make(chan []byte, 1)
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(func() {
			for k := range p.todo {
				p.encode(k)
			}
		})
	}
	p.feed()
	e.par = p
	e.document(doc)
	e.buf = append(e.buf, '\n')
	e.flush()
	close(p.todo)
	wg.Wait()
}

// feed sends the units up to window units after the next one to write
// to the workers.
func (p *parallel) feed() {
	for ; p.fed < len(p.units) && p.fed < p.next+p.window; p.fed++ {
		p.todo <- p.fed
	}
}

// encode encodes unit k into a buffer of its own, and sends the buffer
// to the writer.
func (p *parallel) encode(k int) {
	var buf []byte
	select {
	case buf = <-p.free:
	default:
	}
	// Room for the unit, so that the buffers in use soon stop growing.
	buf = slices.Grow(buf, p.units[k].weight*bytesPerWeight)
	u := encoder{indent: p.indent, depth: p.units[k].depth, buf: buf}
	u.node(p.units[k].node)
	p.results[k] <- u.buf
}

// isUnit reports whether n, about to be written, is the next unit. The
// encoder meets the nodes in the order in which splitBody listed them,
// and the nodes before the next unit that it meets are not units, so a
// node that appears twice in the body is recognized where it is a unit.
func (p *parallel) isUnit(n *model.Node) bool {
	return p.next < len(p.units) && p.units[p.next].node == n
}

// unit writes the next unit, n. Until a worker has encoded it, the
// writer takes on the units no worker has begun: n itself, which it
// then writes as it writes the skeleton, or a later one.
func (e *encoder) unit(n *model.Node) {
	p := e.par
	k := p.next
	p.next++
	for {
		select {
		case buf := <-p.results[k]:
			p.feed()
			e.writeUnit(buf)
			return
		default:
		}
		select {
		case j := <-p.todo:
			if j == k {
				p.feed()
				// The nodes of n are not units, even those that
				// appear again later in the body.
				e.par = nil
				e.node(n)
				e.par = p
				return
			}
			p.encode(j)
		default:
			buf := <-p.results[k]
			p.feed()
			e.writeUnit(buf)
			return
		}
	}
}

// writeUnit writes the buffer of a unit, and hands it back to the
// workers.
func (e *encoder) writeUnit(buf []byte) {
	if len(e.buf)+len(buf) <= flushSize {
		e.buf = append(e.buf, buf...)
	} else {
		e.flush()
		e.write(buf)
	}
	select {
	case e.par.free <- buf[:0]:
	default:
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
