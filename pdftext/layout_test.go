package pdftext

import "testing"

// TestNewParagraph checks the signs of a new paragraph in justified text:
// a first-line indent after a line at the left margin starts one, a line
// back at the margin after a full one does not.
func TestNewParagraph(t *testing.T) {
	const left, right, lead, size = 70.0, 525.0, 1.2, 13.0
	full := &line{y: 100, size: size, x0: left, x1: right, firstW: 20}
	for _, tt := range []struct {
		name string
		p, c *line
		want bool
	}{
		{"indented after a full line", full, &line{y: 115, size: size, x0: left + 2*size, x1: right, firstW: 30}, true},
		{"at the margin after a full line", full, &line{y: 115, size: size, x0: left, x1: right, firstW: 30}, false},
		{"indented after an indented line", &line{y: 100, size: size, x0: left + 2*size, x1: right, firstW: 20},
			&line{y: 115, size: size, x0: left + 2*size, x1: right, firstW: 30}, false},
		{"after a short line", &line{y: 100, size: size, x0: left, x1: 300, firstW: 20},
			&line{y: 115, size: size, x0: left, x1: right, firstW: 30}, true},
	} {
		if got := newParagraph(tt.p, tt.c, lead, left, right); got != tt.want {
			t.Errorf("%s: newParagraph = %v, want %v", tt.name, got, tt.want)
		}
	}
}
