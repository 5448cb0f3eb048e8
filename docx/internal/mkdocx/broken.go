package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// fixture is a file written by -broken.
type fixture struct {
	name string
	data []byte
}

// smallPlan is the text of the small document the damaged fixtures start
// from.
const smallPlan = "KẾ HOẠCH\n\nA. MỤC ĐÍCH\n\n- Nội dung thứ nhất.\n"

// Bomb geometry: bombCopies entries of bombEntrySize bytes each, all
// pointing at the same compressed data, declare bombCopies MiB in total,
// more than the 256 MiB limit of package docx, in a file of about 25 KB.
const (
	bombCopies    = 300
	bombEntrySize = 1 << 20
)

// brokenFixtures returns the damaged documents:
//   - corrupt.docx, a valid document cut in the middle (no central
//     directory);
//   - notdocx.docx, a zip archive without word/document.xml;
//   - bomb.docx, a valid document plus entries that expand to more than
//     the size limit, built as an overlapping zip bomb: many central
//     directory records share one compressed megabyte of zeros.
func brokenFixtures() ([]fixture, error) {
	small, err := build([]byte(smallPlan))
	if err != nil {
		return nil, err
	}
	notDOCX, err := pack([]entry{
		{"[Content_Types].xml", xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="txt" ContentType="text/plain"/></Types>`},
		{"readme.txt", "This archive holds no Word document.\n"},
	})
	if err != nil {
		return nil, err
	}
	bomb, err := bombDOCX()
	if err != nil {
		return nil, err
	}
	return []fixture{
		{"corrupt.docx", small[:len(small)/2]},
		{"notdocx.docx", notDOCX},
		{"bomb.docx", bomb},
	}, nil
}

// bombDOCX builds the overlapping zip bomb.
func bombDOCX() ([]byte, error) {
	// The small document with one more entry, the kernel.
	entries, err := buildEntries([]byte(smallPlan))
	if err != nil {
		return nil, err
	}
	entries = append(entries, entry{bombName(0), string(make([]byte, bombEntrySize))})
	data, err := pack(entries)
	if err != nil {
		return nil, err
	}

	// Find the central directory and the kernel's record, the last one.
	const eocdLen, cdHeaderLen = 22, 46
	if len(data) < eocdLen {
		return nil, fmt.Errorf("bomb: short archive")
	}
	eocd := data[len(data)-eocdLen:]
	if binary.LittleEndian.Uint32(eocd) != 0x06054b50 {
		return nil, fmt.Errorf("bomb: no end of central directory")
	}
	count := int(binary.LittleEndian.Uint16(eocd[10:]))
	cdSize := int(binary.LittleEndian.Uint32(eocd[12:]))
	cdOff := int(binary.LittleEndian.Uint32(eocd[16:]))
	cd := data[cdOff : cdOff+cdSize]
	var last []byte
	for off, i := 0, 0; i < count; i++ {
		if off+cdHeaderLen > len(cd) || binary.LittleEndian.Uint32(cd[off:]) != 0x02014b50 {
			return nil, fmt.Errorf("bomb: bad central directory")
		}
		n := int(binary.LittleEndian.Uint16(cd[off+28:]))
		m := int(binary.LittleEndian.Uint16(cd[off+30:]))
		k := int(binary.LittleEndian.Uint16(cd[off+32:]))
		last = cd[off : off+cdHeaderLen+n+m+k]
		off += len(last)
	}

	var out bytes.Buffer
	out.Write(data[:cdOff+cdSize])
	for i := 1; i < bombCopies; i++ {
		rec := bytes.Clone(last)
		copy(rec[cdHeaderLen:], bombName(i))
		out.Write(rec)
	}
	newEOCD := bytes.Clone(eocd)
	total := count + bombCopies - 1
	binary.LittleEndian.PutUint16(newEOCD[8:], uint16(total))
	binary.LittleEndian.PutUint16(newEOCD[10:], uint16(total))
	binary.LittleEndian.PutUint32(newEOCD[12:], uint32(cdSize+(bombCopies-1)*len(last)))
	out.Write(newEOCD)
	return out.Bytes(), nil
}

// bombName names the i-th bomb entry; all names have the same length.
func bombName(i int) string { return fmt.Sprintf("word/media/zeros%03d.bin", i) }
