package xlsx

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// tokens lists a document's tags and the text of every <t> and <v>, as
// "<name attrs>", "</name>", "<name/>" and "text:...".
func tokens(r io.Reader) ([]string, error) {
	s := newScanner(r)
	var out []string
	for {
		ok, err := s.nextTag()
		if err != nil || !ok {
			return out, err
		}
		switch {
		case s.closing:
			out = append(out, "</"+string(s.name)+">")
		case s.selfClose:
			out = append(out, "<"+string(s.name)+string(s.attrs)+"/>")
		default:
			out = append(out, "<"+string(s.name)+string(s.attrs)+">")
		}
		if name := string(s.name); !s.closing && !s.selfClose && (name == "t" || name == "v") {
			s.text = s.text[:0]
			if err := s.readText(); err != nil {
				return out, err
			}
			out = append(out, "text:"+string(s.text))
		}
	}
}

func TestScanner(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		want    []string
		wantErr string
	}{
		{
			name: "tags attributes and prefixes",
			doc:  `<?xml version="1.0"?><x:row r="1" a='>'><c/><x:v>1</x:v></x:row>`,
			want: []string{`<row r="1" a='>'>`, `<c/>`, `<v>`, "text:1", `</v>`, `</row>`},
		},
		{
			name: "references and line ends",
			doc:  "<t>a&amp;b&#230;&#xe6;&unknown;&#xD800;\r\nc\rd&#13;</t>",
			want: []string{"<t>", "text:a&bææ&unknown;&#xD800;\nc\nd\r", "</t>"},
		},
		{
			name: "cdata comments and instructions inside text",
			doc:  "<t>a<![CDATA[<&amp;>\r\n]]>b<!-- <t>x</t> -->c<?pi <t>?>d</t>",
			want: []string{"<t>", "text:a<&amp;>\nbcd", "</t>"},
		},
		{
			name: "ampersand without semicolon",
			doc:  "<t>R&D &</t>",
			want: []string{"<t>", "text:R&D &", "</t>"},
		},
		{
			name: "byte order mark",
			doc:  "\xEF\xBB\xBF<t>x</t>",
			want: []string{"<t>", "text:x", "</t>"},
		},
		{
			name:    "unterminated tag",
			doc:     `<row r="1`,
			wantErr: "unterminated tag: unexpected EOF",
		},
		{
			name:    "unterminated comment",
			doc:     `<row><!-- x`,
			want:    []string{"<row>"},
			wantErr: `unterminated markup, want "-->": unexpected EOF`,
		},
		{
			name:    "utf-16",
			doc:     "\xFF\xFE<\x00t\x00>\x00",
			wantErr: "utf-16 encoded part is not supported",
		},
		{
			name:    "lone angle bracket at end",
			doc:     `<row/><`,
			want:    []string{"<row/>"},
			wantErr: "unexpected EOF",
		},
	}
	readers := map[string]func(string) io.Reader{
		"whole":    func(s string) io.Reader { return strings.NewReader(s) },
		"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
	}
	for _, tt := range tests {
		for _, rname := range []string{"whole", "one byte"} {
			t.Run(tt.name+"/"+rname, func(t *testing.T) {
				got, err := tokens(readers[rname](tt.doc))
				if gotErr := errString(err); gotErr != tt.wantErr {
					t.Fatalf("got error %q, want %q", gotErr, tt.wantErr)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("tokens mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestScannerBufferBoundaries moves a reference, a CRLF and a CDATA end
// across every position of the first buffer refill.
func TestScannerBufferBoundaries(t *testing.T) {
	for pad := minBuf - 16; pad < minBuf+4; pad++ {
		doc := "<t>" + strings.Repeat("x", pad) + "&amp;\r\n<![CDATA[]]]]>&#230;</t>"
		got, err := tokens(strings.NewReader(doc))
		if err != nil {
			t.Fatalf("pad %d: %v", pad, err)
		}
		want := "text:" + strings.Repeat("x", pad) + "&\n]]æ"
		if len(got) != 3 || got[1] != want {
			t.Fatalf("pad %d: got %q, want text ending %q", pad, tail(got), want[len(want)-8:])
		}
	}
}

func tail(toks []string) string {
	if len(toks) < 2 {
		return fmt.Sprint(toks)
	}
	s := toks[1]
	return s[max(0, len(s)-8):]
}

func TestNextAttr(t *testing.T) {
	var got []string
	attrs := []byte(` r="A1" x:s = '2'  t="s" broken`)
	for i := 0; ; {
		name, val, next, ok := nextAttr(attrs, i)
		if !ok {
			break
		}
		got = append(got, string(name)+"="+string(val))
		i = next
	}
	if diff := cmp.Diff([]string{"r=A1", "s=2", "t=s"}, got); diff != "" {
		t.Errorf("attrs mismatch (-want +got):\n%s", diff)
	}
}

func TestUnescapeXString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a_x000D_b", "a\rb"},
		{"_x00E6__x00F8_", "æø"},
		{"_x005F_x000D_", "_x000D_"},
		{"_x00G0_ _x12", "_x00G0_ _x12"},
	}
	for _, tt := range tests {
		if got := string(unescapeXString([]byte(tt.in))); got != tt.want {
			t.Errorf("unescapeXString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
