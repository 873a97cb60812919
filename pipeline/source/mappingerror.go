package source

import (
	"errors"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml"
)

// A MappingError is a problem at one place in a mapping file. It prints as
// "path:line:col: message", the form editors jump to.
type MappingError struct {
	Path   string
	Line   int // 1-based; 0 when the place is unknown
	Column int // 1-based
	Msg    string
}

func (e *MappingError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
}

// yamlError turns a go-yaml error into a located MappingError. Errors from
// Columns.UnmarshalYAML already are one; they get the path.
func yamlError(path string, err error) error {
	var me *MappingError
	if errors.As(err, &me) {
		me.Path = path
		return me
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		msg := ye.GetMessage()
		if _, unknown := ye.(*yaml.UnknownFieldError); unknown {
			// go-yaml says "field" for a struct key; our fields are the canonical ones
			msg = strings.Replace(msg, "unknown field", "unknown key", 1)
		}
		if kind, ok := strings.CutPrefix(msg, "cannot unmarshal "); ok {
			// "cannot unmarshal string into Go struct field Mapping.Fields of
			// type bool" names Go's types, not the file's
			if _, want, found := strings.Cut(kind, " of type "); found {
				msg = "expected " + map[string]string{"bool": "true or false", "int": "a whole number",
					"string": "text", "[]string": "a name or a list of names"}[want]
				if msg == "expected " {
					msg = "this value has the wrong type (" + want + " expected)"
				}
			}
		}
		e := &MappingError{Path: path, Msg: msg}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
		return e
	}
	return &MappingError{Path: path, Msg: err.Error()}
}
