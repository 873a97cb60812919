package source

import (
	"github.com/goccy/go-yaml/ast"
)

// UnmarshalYAML reads one column name or a list of candidate names.
func (c *Columns) UnmarshalYAML(node ast.Node) error {
	switch n := node.(type) {
	case *ast.NullNode:
		*c = nil
		return nil
	case *ast.SequenceNode:
		out := make(Columns, 0, len(n.Values))
		for _, v := range n.Values {
			s, ok := scalarText(v)
			if !ok {
				return nodeError(v, "a column name must be a string")
			}
			out = append(out, s)
		}
		*c = out
		return nil
	}
	s, ok := scalarText(node)
	if !ok {
		return nodeError(node, "column must be a name or a list of names")
	}
	*c = Columns{s}
	return nil
}

// scalarText returns the text of a scalar node as written (numbers and
// booleans included, quotes removed).
func scalarText(n ast.Node) (string, bool) {
	if _, ok := n.(ast.ScalarNode); !ok {
		return "", false
	}
	if tk := n.GetToken(); tk != nil {
		return tk.Value, true
	}
	return "", false
}

// nodeError is a MappingError at a node; the loader adds the path.
func nodeError(n ast.Node, msg string) *MappingError {
	e := &MappingError{Msg: msg}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		e.Line, e.Column = tk.Position.Line, tk.Position.Column
	}
	return e
}
