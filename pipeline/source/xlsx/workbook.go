package xlsx

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// defaultWorkbook is where nearly every writer puts the workbook part; the
// package relationships (_rels/.rels) may name another.
const defaultWorkbook = "xl/workbook.xml"

// maxPartXML bounds the small parts read whole (workbook, relationships,
// styles) so a zip bomb cannot exhaust memory through them.
const maxPartXML = 64 << 20

// xmlRels is a relationships part (*.rels).
type xmlRels struct {
	Rels []struct {
		ID         string `xml:"Id,attr"`
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// xmlWorkbook is the part of workbook.xml this package needs.
type xmlWorkbook struct {
	Pr struct {
		Date1904 string `xml:"date1904,attr"`
	} `xml:"workbookPr"`
	Sheets []struct {
		Name  string     `xml:"name,attr"`
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"sheets>sheet"`
}

// readWorkbook reads the sheet list, the date system, the styles and
// where the shared strings live.
func (f *File) readWorkbook() error {
	wbPart := f.workbookPart()
	if !f.hasPart(wbPart) {
		return ErrNoWorkbook
	}
	var wb xmlWorkbook
	if err := f.decodePart(wbPart, &wb); err != nil {
		return err
	}
	f.date1904 = wb.Pr.Date1904 == "1" || strings.EqualFold(wb.Pr.Date1904, "true")
	dir := path.Dir(wbPart)
	var rels xmlRels
	if err := f.decodePart(path.Join(dir, "_rels", path.Base(wbPart)+".rels"), &rels); err != nil {
		return err
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		if strings.EqualFold(r.TargetMode, "External") {
			continue
		}
		target := resolveTarget(dir, r.Target)
		targets[r.ID] = target
		f.noteWorkbookRel(relKind(r.Type), target)
	}
	return f.addSheets(wb, targets)
}

// noteWorkbookRel records the shared strings and styles parts.
func (f *File) noteWorkbookRel(kind, target string) {
	switch kind {
	case "sharedStrings":
		if f.hasPart(target) { // a dangling relationship is as good as none
			f.sstPart = target
		}
	case "styles":
		f.readStylesPart(target)
	}
}

// addSheets resolves each sheet's relationship id to its part.
func (f *File) addSheets(wb xmlWorkbook, targets map[string]string) error {
	for _, s := range wb.Sheets {
		id := sheetRelID(s.Attrs)
		target, ok := targets[id]
		if !ok {
			return fmt.Errorf("sheet %q: relationship %q not found", s.Name, id)
		}
		f.sheets = append(f.sheets, sheetRef{name: s.Name, part: target})
	}
	if f.sstPart == "" && f.hasPart("xl/sharedStrings.xml") {
		f.sstPart = "xl/sharedStrings.xml" // some writers omit the relationship
	}
	return nil
}

// readStylesPart reads the date formats; a styles part that cannot be
// read leaves every number undated rather than failing the whole file,
// since the numbers' raw text is still right.
func (f *File) readStylesPart(part string) {
	rc, err := f.openPart(part)
	if err != nil {
		return
	}
	defer rc.Close() // read-only
	if kinds, err := readStyles(io.LimitReader(rc, maxPartXML)); err == nil {
		f.dates = kinds
	}
}

// sheetRelID returns the r:id attribute of a <sheet>. The namespace
// differs between transitional and strict OOXML, so any "id" attribute in
// a relationships namespace counts.
func sheetRelID(attrs []xml.Attr) string {
	for _, a := range attrs {
		if a.Name.Local == "id" && strings.Contains(a.Name.Space, "relationships") {
			return a.Value
		}
	}
	for _, a := range attrs {
		if a.Name.Local == "id" {
			return a.Value
		}
	}
	return ""
}

// workbookPart finds the workbook through the package relationships,
// falling back to the usual name.
func (f *File) workbookPart() string {
	var rels xmlRels
	if err := f.decodePart("_rels/.rels", &rels); err != nil {
		return defaultWorkbook
	}
	for _, r := range rels.Rels {
		if relKind(r.Type) == "officeDocument" {
			if target := resolveTarget("", r.Target); f.hasPart(target) {
				return target
			}
		}
	}
	return defaultWorkbook
}

// relKind returns the last path element of a relationship type URI, e.g.
// "worksheet", "sharedStrings", "styles", "officeDocument".
func relKind(typ string) string {
	return typ[strings.LastIndexByte(typ, '/')+1:]
}

// resolveTarget turns a relationship target into a part name. Targets are
// relative to the source part's folder unless they start with '/'.
func resolveTarget(dir, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return path.Clean(target)[1:]
	}
	return strings.TrimPrefix(path.Clean(path.Join(dir, target)), "/")
}

// decodePart unmarshals a small XML part.
func (f *File) decodePart(name string, v any) error {
	rc, err := f.openPart(name)
	if err != nil {
		return err
	}
	defer rc.Close() // read-only
	if err := xml.NewDecoder(io.LimitReader(rc, maxPartXML)).Decode(v); err != nil {
		return fmt.Errorf("part %s: %w", name, err)
	}
	return nil
}
