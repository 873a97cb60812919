package source

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// presetFS holds the built-in mappings, one YAML file per export.
//
//go:embed presets/*.yaml
var presetFS embed.FS

// presetNames returns the preset names, sorted.
func presetNames() []string {
	files, err := fs.Glob(presetFS, "presets/*.yaml")
	if err != nil {
		panic("source: presets missing from the build: " + err.Error())
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = strings.TrimSuffix(path.Base(f), ".yaml")
	}
	slices.Sort(names)
	return names
}

// Presets returns the built-in mappings, sorted by name. Each call returns
// fresh copies the caller may change.
func Presets() []*Mapping {
	names := presetNames()
	out := make([]*Mapping, len(names))
	for i, n := range names {
		m, err := Preset(n)
		if err != nil {
			panic("source: broken embedded preset: " + err.Error()) // a broken build, caught by the tests
		}
		out[i] = m
	}
	return out
}

// Preset returns the built-in mapping of that name.
func Preset(name string) (*Mapping, error) {
	data, err := PresetYAML(name)
	if err != nil {
		return nil, err
	}
	return ParseMapping("presets/"+name+".yaml", data)
}

// PresetYAML returns a preset's mapping file as written, for a user to copy
// and adapt (whyno sources --show NAME).
func PresetYAML(name string) ([]byte, error) {
	if !slices.Contains(presetNames(), name) {
		return nil, fmt.Errorf("%w %q (have %s)", ErrUnknownPreset, name, strings.Join(presetNames(), ", "))
	}
	return presetFS.ReadFile("presets/" + name + ".yaml")
}
