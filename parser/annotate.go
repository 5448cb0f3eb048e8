package parser

import (
	"github.com/vnplan/vnplan/model"
)

// annotate runs the annotation passes in their declared order: footnotes,
// tasks and assignments, targets, deadlines, references.
func (p *parser) annotate() {
	p.linkFootnotes(p.doc.Body)
	p.markTasks(p.doc.Body)
}

// markTasks sets Task on the actionable nodes of the body: items,
// paragraphs, numbered paragraphs with a body, and rows of task tables.
func (p *parser) markTasks(ns []*model.Node) {
	for _, n := range ns {
		switch n.Kind {
		case model.KindItem, model.KindParagraph:
			n.Task = n.Text != ""
		case model.KindSection:
			n.Task = n.Text != ""
		case model.KindRow:
			n.Task = true
		}
		p.markTasks(n.Children)
	}
}
