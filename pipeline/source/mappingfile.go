package source

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// LoadMapping reads and checks a mapping file (see ParseMapping).
func LoadMapping(path string) (*Mapping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read mapping: %w", err)
	}
	return ParseMapping(path, data)
}

// ParseMapping decodes a mapping file and checks it strictly: unknown keys,
// unknown canonical fields, a field with both column and value (or
// neither), outcome or direction values outside the taxonomy, unknown
// duration units, bad date formats and bad csv settings are errors. Every
// problem found is reported, each as a *MappingError located at
// path:line:col, joined with errors.Join. The name defaults to the file's
// base name without extension.
func ParseMapping(path string, data []byte) (*Mapping, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &MappingError{Path: path, Msg: "empty mapping file"}
	}
	var m Mapping
	if err := decodeYAML(data, &m); err != nil {
		return nil, yamlError(path, err)
	}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, yamlError(path, err)
	}
	var body ast.Node
	if len(file.Docs) > 0 {
		body = file.Docs[0].Body
	}
	m.Path = path
	if m.CSV.Delimiter == `\t` || m.CSV.Delimiter == "tab" {
		m.CSV.Delimiter = "\t" // written out in single quotes or as a word
	}
	if m.Name == "" {
		m.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	c := &checker{path: path, body: body}
	c.mapping(&m)
	if len(c.errs) > 0 {
		slices.SortStableFunc(c.errs, byPlace)
		return nil, errors.Join(c.errs...)
	}
	return &m, nil
}

// decodeYAML decodes strictly. go-yaml v1.19 panics on some malformed
// input (a tag on a sequence value, found by FuzzParseMapping); that panic
// becomes an error, as bad input must never crash a run.
func decodeYAML(data []byte, m *Mapping) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed yaml: the decoder failed (%v)", r)
		}
	}()
	return yaml.UnmarshalWithOptions(data, m, yaml.Strict())
}

// byPlace orders MappingErrors by line, then column.
func byPlace(a, b error) int {
	var ea, eb *MappingError
	errors.As(a, &ea)
	errors.As(b, &eb)
	return cmp.Or(cmp.Compare(ea.Line, eb.Line), cmp.Compare(ea.Column, eb.Column))
}

// checker collects located problems of one mapping file.
type checker struct {
	path string
	body ast.Node
	errs []error
}

// failAt records a problem at the node the path of keys leads to: the key
// itself when atKey, else its value. Path elements are map keys (string)
// or sequence indexes (int). Where the path ends early, the last node
// found is used.
func (c *checker) failAt(atKey bool, path []any, format string, args ...any) {
	e := &MappingError{Path: c.path, Msg: fmt.Sprintf(format, args...)}
	if n := locate(c.body, path, atKey); n != nil {
		if tk := n.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
	}
	c.errs = append(c.errs, e)
}

// locate walks path from n and returns the key or value node it ends on,
// the deepest node found when the path ends early, or nil when not even the
// first step is there.
func locate(n ast.Node, path []any, atKey bool) ast.Node {
	var last ast.Node
	for i, p := range path {
		var key, val ast.Node
		switch p := p.(type) {
		case string:
			mv := mapValue(n, p)
			if mv == nil {
				return last
			}
			key, val = mv.Key, mv.Value
		case int:
			seq, ok := n.(*ast.SequenceNode)
			if !ok || p >= len(seq.Values) {
				return last
			}
			key, val = seq.Values[p], seq.Values[p]
		}
		if i == len(path)-1 && atKey {
			return key
		}
		n, last = val, val
	}
	return last
}

// mapValue finds the pair with the given key in a mapping node.
func mapValue(n ast.Node, key string) *ast.MappingValueNode {
	var pairs []*ast.MappingValueNode
	switch n := n.(type) {
	case *ast.MappingNode:
		pairs = n.Values
	case *ast.MappingValueNode:
		pairs = []*ast.MappingValueNode{n}
	}
	for _, mv := range pairs {
		if tk := mv.Key.GetToken(); tk != nil && tk.Value == key {
			return mv
		}
	}
	return nil
}

// line returns the line of the key at path, or 0.
func (c *checker) line(path ...any) int {
	if n := locate(c.body, path, true); n != nil {
		if tk := n.GetToken(); tk != nil && tk.Position != nil {
			return tk.Position.Line
		}
	}
	return 0
}
