package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// defaultConfig is read from the working directory when --config is not given.
const defaultConfig = "whyno.yaml"

// config is whyno.yaml: defaults for the flags every command shares, and
// what `whyno run` ingests and reports. A flag given on the command line wins
// over the file. `whyno init` writes a commented starter.
type config struct {
	DB      string      `yaml:"db"`    // warehouse file
	TZ      string      `yaml:"tz"`    // zone of local call times
	Lang    string      `yaml:"lang"`  // report language
	Rules   string      `yaml:"rules"` // classification rules file
	Inputs  []inputSpec `yaml:"inputs"`
	Reports reportSpec  `yaml:"reports"`

	path string // where it was read from; paths in it are relative to its folder
}

// inputSpec is one group of export files for `whyno run`.
type inputSpec struct {
	Glob    string `yaml:"glob"`    // files to ingest, e.g. exports/hubspot-*.csv
	Source  string `yaml:"source"`  // force a preset
	Mapping string `yaml:"mapping"` // or read them with this mapping file
	Sheet   string `yaml:"sheet"`   // XLSX: only this sheet
}

// reportSpec says which reports `whyno run` writes.
type reportSpec struct {
	Out     string            `yaml:"out"`      // folder; each month gets a dated subfolder
	PerTeam bool              `yaml:"per_team"` // also one report per team
	PerRep  bool              `yaml:"per_rep"`  // also one report per rep
	Lang    map[string]string `yaml:"lang"`     // report language per team or rep name
}

// loadConfig fills the flags the user did not set from the config file:
// --config FILE, or whyno.yaml in the working directory when present.
func loadConfig(cmd *cobra.Command, g *globals) error {
	path := g.config
	if path == "" {
		if _, err := os.Stat(defaultConfig); errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		path = defaultConfig
	}
	c, err := readConfig(path)
	if err != nil {
		return err
	}
	g.cfg = c
	setDefault(cmd.Flags(), "db", c.resolve(c.DB))
	setDefault(cmd.Flags(), "tz", c.TZ)
	setDefault(cmd.Flags(), "lang", c.Lang)
	setDefault(cmd.Flags(), "rules", c.resolve(c.Rules))
	return nil
}

// readConfig reads and checks a config file; errors name file:line:col.
func readConfig(path string) (*config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("config: %v", err)
	}
	var c config
	if err := yaml.UnmarshalWithOptions(data, &c, yaml.Strict()); err != nil {
		return nil, usagef("%s:%s", path, locateYAML(yaml.FormatError(err, false, false)))
	}
	c.path = path
	if err := c.check(data); err != nil {
		return nil, err
	}
	return &c, nil
}

// check validates what YAML's types cannot, naming the line of the fault.
func (c *config) check(data []byte) error {
	bad := func(key, format string, args ...any) error {
		return usagef("%s:%d: %s", c.path, lineOf(data, key), fmt.Sprintf(format, args...))
	}
	if c.TZ != "" {
		if _, err := time.LoadLocation(c.TZ); err != nil {
			return bad("tz:", "tz %q: %v", c.TZ, err)
		}
	}
	if c.Lang != "" && c.Lang != "da" && c.Lang != "en" {
		return bad("lang:", "lang %q: want da or en", c.Lang)
	}
	for i, in := range c.Inputs {
		if in.Glob == "" {
			return bad("inputs:", "inputs[%d]: glob is required", i)
		}
		if _, err := filepath.Match(in.Glob, ""); err != nil {
			return bad(in.Glob, "inputs[%d]: glob %q: %v", i, in.Glob, err)
		}
		if in.Source != "" && in.Mapping != "" {
			return bad(in.Glob, "inputs[%d]: give source or mapping, not both", i)
		}
	}
	for name, l := range c.Reports.Lang {
		if l != "da" && l != "en" {
			return bad(name, "reports.lang[%q] = %q: want da or en", name, l)
		}
	}
	return nil
}

// lineOf is the 1-based line of the first line containing key, or 1.
func lineOf(data []byte, key string) int {
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, key) {
			return i + 1
		}
	}
	return 1
}

// resolve makes a path from the config relative to the config's folder.
func (c *config) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || c.path == "" {
		return p
	}
	return filepath.Join(filepath.Dir(c.path), p)
}

// locateYAML turns go-yaml's "[3:1] message" into "3:1: message".
func locateYAML(msg string) string {
	if i := strings.Index(msg, "]"); strings.HasPrefix(msg, "[") && i > 0 {
		return msg[1:i] + ":" + msg[i+1:]
	}
	return " " + msg
}

// setDefault sets flag name to v unless the user gave it or v is empty.
func setDefault(flags *pflag.FlagSet, name, v string) {
	f := flags.Lookup(name)
	if f == nil || f.Changed || v == "" {
		return
	}
	if err := f.Value.Set(v); err != nil {
		// Every flag set here is a plain string flag; Set cannot fail.
		panic(fmt.Sprintf("config: set --%s: %v", name, err))
	}
}
