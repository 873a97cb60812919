package source

import "errors"

// Sentinel errors of the package. Callers test them with errors.Is; the
// wrapped messages add what failed.
var (
	// ErrEmpty is returned for an input that holds no text at all.
	ErrEmpty = errors.New("source: empty input")
	// ErrNotText is returned for binary input (NUL bytes, control codes).
	ErrNotText = errors.New("source: not a text file")
	// ErrNoDelimiter is returned when no candidate delimiter splits the
	// lines into a consistent number of fields (more than one).
	ErrNoDelimiter = errors.New("source: no delimiter gives a consistent field count")
	// ErrNoHeader is returned when no row looks like a header.
	ErrNoHeader = errors.New("source: no header row found")
	// ErrEncoding is returned for an encoding name the package cannot decode.
	ErrEncoding = errors.New("source: unknown encoding")
	// ErrNoPreset is returned by Detect when no preset fits a header.
	ErrNoPreset = errors.New("source: no preset matches the header")
	// ErrUnknownPreset is returned by Preset for a name it does not know.
	ErrUnknownPreset = errors.New("source: unknown preset")
	// ErrMissingColumns is returned by Resolve when a file lacks columns
	// its mapping needs.
	ErrMissingColumns = errors.New("source: missing columns")
)
