package reports

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// pdfText encodes s as fpdf writes text in a UTF-8 font with compression
// off: UTF-16BE inside a literal string, with \, ( and ) escaped.
func pdfText(s string) []byte {
	var b bytes.Buffer
	for _, u := range utf16.Encode([]rune(s)) {
		for _, c := range []byte{byte(u >> 8), byte(u)} {
			if c == '\\' || c == '(' || c == ')' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
	}
	return b.Bytes()
}

func TestPDFStructure(t *testing.T) {
	tests := []struct {
		lang string
		want []string // headings and phrases that must be on the pages
	}{
		{lang: "da", want: []string{
			"Hvorfor sagde de nej?", "1. Overblik", "2. Hvorfor sagde de nej?", "3. Hvornår virker opkaldene?",
			"4. Nej betyder sjældent nej", "5. Bolden på egen banehalvdel", "6. Sælgerne", "7. Datakvalitet",
			"Definitioner", "Største ændringer mod forrige periode", "Dorthe Østergaard", "Bo Ågård",
			"1. marts 2026 – 31. marts 2026",
		}},
		{lang: "en", want: []string{
			"Why did they say no?", "1. Headline", "3. When do calls work?", "4. No rarely means no",
			"6. Reps", "7. Data quality", "Definitions", "Hanne Møller", "1 March 2026 – 31 March 2026",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			pdf := renderFixture(t, tt.lang).data[FilePDF]
			if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Fatalf("not a PDF: %q", pdf[:min(len(pdf), 10)])
			}
			pages := len(regexp.MustCompile(`/Type /Page\b`).FindAll(pdf, -1))
			if pages < 6 || pages > 30 {
				t.Errorf("got %d pages, want 6 to 30", pages)
			}
			for _, s := range tt.want {
				if !bytes.Contains(pdf, pdfText(s)) {
					t.Errorf("text %q not found in the content streams", s)
				}
			}
			for _, s := range []string{"/CreationDate (D:20260401000000", "/ModDate (D:20260401000000", "/Outlines"} {
				if !bytes.Contains(pdf, []byte(s)) {
					t.Errorf("%q missing from the document", s)
				}
			}
			if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != 7 {
				t.Errorf("got %d embedded images, want the 7 charts", n)
			}
		})
	}
}

// TestPDFTextExtractable checks with poppler's pdftotext, where installed,
// that a reader gets the Danish letters back and the footer numbers pages.
func TestPDFTextExtractable(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, renderFixture(t, "da").data[FilePDF], 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	for _, s := range []string{"Hvornår virker opkaldene?", "Sælger", "Årsagsmix pr. sælger", "Side 1 af ", "Dorthe Østergaard", "æ"} {
		if !strings.Contains(text, s) {
			t.Errorf("pdftotext output lacks %q", s)
		}
	}
}

func TestPDFTableRepeatsHeader(t *testing.T) {
	m := *fixtureModel(t, "en")
	// Enough callbacks to span pages: the header must repeat on each.
	for len(m.Callbacks) < 150 {
		m.Callbacks = append(m.Callbacks, m.Callbacks...)
	}
	var buf bytes.Buffer
	if err := renderPDF(&buf, &m, nil, false); err != nil {
		t.Fatalf("renderPDF: %v", err)
	}
	head := pdfText("Call back") // the callback date column's header
	if n := bytes.Count(buf.Bytes(), head); n < 3 {
		t.Errorf("callback header printed %d times, want it repeated on every page of the table", n)
	}
}
