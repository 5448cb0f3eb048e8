package model

// SchemaV1 is the value of [Document.Schema] for output version 1.
const SchemaV1 = "vnplan/v1"

// Document is a parsed plan: its source, its metadata, its tree of
// numbered sections, paragraphs, items and tables, its footnotes and the
// diagnostics the parser reported. The zero value is an empty document.
//
// A Document is plain data: it holds no reference to the source bytes and
// may be read by several goroutines at once as long as none modifies it.
type Document struct {
	// Schema names the output contract; it is SchemaV1.
	Schema string `json:"schema"`
	// Source describes the bytes the document was parsed from.
	Source Source `json:"source"`
	// Meta holds what the document says about itself: issuer, number,
	// date, title, subject, signature, recipients and so on.
	Meta Metadata `json:"document"`
	// Body is the typed tree of the document's content, in source order.
	Body []*Node `json:"body"`
	// Footnotes are the footnote bodies lifted out of the text.
	Footnotes []*Footnote `json:"footnotes,omitempty"`
	// Agencies lists every agency named as lead or cooperating agency of
	// a task, with the ids of those tasks.
	Agencies []*Agency `json:"agencies,omitempty"`
	// Diagnostics are the problems the parser found and the guesses it
	// had to make, sorted by position.
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Source describes the input a [Document] was parsed from.
type Source struct {
	// Name is the file name given to the parser, or "-" for standard input.
	Name string `json:"name,omitempty"`
	// Bytes is the size of the input as read, before decoding.
	Bytes int `json:"bytes"`
	// SHA256 is the hex digest of the input as read.
	SHA256 string `json:"sha256,omitempty"`
	// Encoding is the character encoding the input was decoded from:
	// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1258",
	// "tcvn3" or "vni".
	Encoding string `json:"encoding"`
	// EncodingConfidence, between 0 and 1, says how sure the decoder is
	// of Encoding when it had to guess; 0 means it did not guess.
	EncodingConfidence float64 `json:"encoding_confidence,omitempty"`
	// Normalization records what the decoder changed: "nfc" when the
	// text was recomposed to NFC, empty when it already was.
	Normalization string `json:"normalization,omitempty"`
	// Format is the container the text came in: "text", "markdown",
	// "docx" or "pdf".
	Format string `json:"format"`
	// Lines is the number of lines of the decoded text.
	Lines int `json:"lines"`
}

// Metadata is what a document says about itself, outside its body.
// Unknown values are empty and omitted from the output, never guessed.
type Metadata struct {
	// DocType is the kind of document in sentence case, such as
	// "Kế hoạch", "Quyết định" or "Nghị quyết".
	DocType string `json:"doc_type,omitempty"`
	// Title is the type line as written, such as "KẾ HOẠCH HÀNH ĐỘNG".
	Title string `json:"title,omitempty"`
	// Subject is the summary line (trích yếu) under the title.
	Subject string `json:"subject,omitempty"`
	// Number is the document's number and symbol, such as "28/CTr-UBND".
	Number string `json:"number,omitempty"`
	// Issuer is the issuing body as written in the header, its lines
	// joined with a space, such as "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ".
	// When the header names the body above the issuer on the lines
	// before it ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" / "SỞ NỘI VỤ"), Issuer
	// is the lower body, "SỞ NỘI VỤ", and Superior the upper one.
	Issuer string `json:"issuer,omitempty"`
	// Superior is the body that the header names above the issuer, such
	// as "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" above "SỞ NỘI VỤ", or "ĐẢNG BỘ
	// TỈNH NGHỆ AN" above "ĐẢNG ỦY XÃ NGHI LỘC".
	Superior string `json:"superior,omitempty"`
	// Motto is the national motto lines of the header.
	Motto string `json:"motto,omitempty"`
	// Place is the place of issue, such as "Hưng Yên".
	Place string `json:"place,omitempty"`
	// Date is the date of issue in ISO form, such as "2022-02-18".
	Date string `json:"date,omitempty"`
	// IssuedWith is the note that says which document this one is
	// attached to, such as "(Kèm theo Quyết định số 1422/QĐ-TTg ...)".
	IssuedWith string `json:"issued_with,omitempty"`
	// Authority is the line that names who enacts a legal document
	// before its legal basis, such as "THỦ TƯỚNG CHÍNH PHỦ".
	Authority string `json:"authority,omitempty"`
	// Preamble holds the paragraphs between the subject and the body:
	// the legal basis ("Căn cứ ...", "Thực hiện ...") and the opening.
	Preamble []string `json:"preamble,omitempty"`
	// Enacting is the enacting formula of a decision or resolution,
	// such as "QUYẾT ĐỊNH:".
	Enacting string `json:"enacting,omitempty"`
	// Addressees lists whom an official letter is addressed to, from its
	// "Kính gửi:" line or the items under it.
	Addressees []string `json:"addressees,omitempty"`
	// Signature is the signature block.
	Signature *Signature `json:"signature,omitempty"`
	// Recipients lists the addressees under "Nơi nhận:", without the
	// archive note.
	Recipients []Recipient `json:"recipients,omitempty"`
	// Archive lists the filing codes of the archive note
	// ("Lưu: VT, TH." gives ["VT", "TH"]).
	Archive []string `json:"archive,omitempty"`
	// Aliases are the short names the document defines for other
	// documents with "viết tắt là" or "sau đây gọi tắt là".
	Aliases []Alias `json:"aliases,omitempty"`
	// References are the documents cited in the title, subject, the
	// note of attachment and the preamble; citations in the body are on
	// the nodes.
	References []Reference `json:"references,omitempty"`
	// Attachments describes documents attached after the main one, such
	// as the plan a decision approves, each with the id of its first node.
	Attachments []Attachment `json:"attachments,omitempty"`
	// PageNumbers are the page-number lines removed from the text.
	PageNumbers []PageNumber `json:"page_numbers,omitempty"`
	// Notes holds lines outside the document proper, such as a note
	// added by whoever extracted the text.
	Notes []string `json:"notes,omitempty"`
}

// Signature is a document's signature block, such as
// "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn A".
type Signature struct {
	// Authority is the first prefix of the block: "TM.", "KT.", "TL.",
	// "TUQ." or "Q.", empty when the head signs in their own name.
	Authority string `json:"authority,omitempty"`
	// OnBehalfOf is the body or office named after Authority.
	OnBehalfOf string `json:"on_behalf_of,omitempty"`
	// Chain lists every authority prefix of the block in order, for
	// blocks such as "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG".
	Chain []Delegation `json:"chain,omitempty"`
	// Title is the signer's office, such as "CHỦ TỊCH".
	Title string `json:"title,omitempty"`
	// Name is the signer's name.
	Name string `json:"name,omitempty"`
	// Span is where the block is in the source.
	Span Span `json:"span"`
}

// Delegation is one authority prefix of a signature block.
type Delegation struct {
	// Authority is the prefix, such as "KT.".
	Authority string `json:"authority"`
	// OnBehalfOf is the body or office the prefix names.
	OnBehalfOf string `json:"on_behalf_of"`
}

// Recipient is one addressee of a document.
type Recipient struct {
	// Name is the addressee as written, without the note.
	Name string `json:"name"`
	// Note is the purpose in brackets, such as "b/c" (for report) or
	// "t/h" (to carry out).
	Note string `json:"note,omitempty"`
	// Span is where the recipient is in the source.
	Span Span `json:"span"`
}

// Alias is a short name a document defines for another document.
type Alias struct {
	// Short is the short name, such as "Nghị quyết 01/NQ-CP".
	Short string `json:"short"`
	// Number is the number of the document the short name stands for,
	// empty when the text does not give one.
	Number string `json:"number,omitempty"`
	// Span is where the definition is in the source.
	Span Span `json:"span"`
}

// Attachment describes a document attached to the main one, such as the
// plan that a decision approves.
type Attachment struct {
	// DocType is the kind of the attached document, such as "Kế hoạch".
	DocType string `json:"doc_type,omitempty"`
	// Title is its type line as written.
	Title string `json:"title,omitempty"`
	// Subject is its summary line.
	Subject string `json:"subject,omitempty"`
	// IssuedWith is its note of attachment ("Kèm theo ...").
	IssuedWith string `json:"issued_with,omitempty"`
	// First is the id of its first node in [Document.Body], empty when
	// it has no body.
	First string `json:"first,omitempty"`
	// Span is where its title block is in the source.
	Span Span `json:"span"`
}

// PageNumber is a page-number line the parser removed from the text.
type PageNumber struct {
	// Text is the line as written, trimmed, such as "12" or "- 12 -".
	Text string `json:"text"`
	// Span is where the line is in the source.
	Span Span `json:"span"`
}
