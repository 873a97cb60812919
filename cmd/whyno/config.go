package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// defaultConfig is read from the working directory when --config is not given.
const defaultConfig = "whyno.yaml"

// config is whyno.yaml: defaults for the flags every command shares. A flag
// given on the command line wins over the file.
type config struct {
	DB    string `yaml:"db"`    // warehouse file
	TZ    string `yaml:"tz"`    // zone of local call times
	Lang  string `yaml:"lang"`  // report language
	Rules string `yaml:"rules"` // classification rules file
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
	data, err := os.ReadFile(path)
	if err != nil {
		return usagef("config: %v", err)
	}
	var c config
	if err := yaml.UnmarshalWithOptions(data, &c, yaml.Strict()); err != nil {
		return usagef("%s:%s", path, locateYAML(yaml.FormatError(err, false, false)))
	}
	setDefault(cmd.Flags(), "db", c.DB)
	setDefault(cmd.Flags(), "tz", c.TZ)
	setDefault(cmd.Flags(), "lang", c.Lang)
	setDefault(cmd.Flags(), "rules", c.Rules)
	return nil
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
