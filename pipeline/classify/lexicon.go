package classify

import (
	"embed"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
)

//go:embed lexicon/*.yaml
var lexiconFS embed.FS

// Lexicon is one language's phrases. The embedded lexicons (lexicon/*.yaml)
// and user rules files share this format; see docs/classify.md.
type Lexicon struct {
	Language      string            `yaml:"language"`
	FunctionWords []Phrase          `yaml:"function_words"` // language detection only
	Abbreviations map[string]string `yaml:"abbreviations"`  // short form → expansion
	Negators      []Phrase          `yaml:"negators"`       // block or flip a phrase just after them
	Breakers      []Phrase          `yaml:"breakers"`       // words that end a clause ("men", "but")
	Ignore        []Phrase          `yaml:"ignore"`         // phrases read as nothing ("ved ikke noget")
	TimeWords     []Phrase          `yaml:"time_words"`     // words that may start a date expression
	Outcome       OutcomeCues       `yaml:"outcome"`
	Reason        ReasonCues        `yaml:"reason"`
	Negated       ReasonCues        `yaml:"negated"` // phrases whose negation states a reason
	Ball          BallCues          `yaml:"ball"`

	path string // where the lexicon came from, for messages
}

// Cues are the phrases for one label: strong ones decide alone, weak ones
// only tip a balance (see Labels.Confidence).
type Cues struct {
	Strong []Phrase `yaml:"strong"`
	Weak   []Phrase `yaml:"weak"`
}

// OutcomeCues holds the phrases per outcome label.
type OutcomeCues struct {
	Meeting    Cues `yaml:"meeting"`
	Interested Cues `yaml:"interested"`
	No         Cues `yaml:"no"`
	NotReached Cues `yaml:"not_reached"`
	Invalid    Cues `yaml:"invalid"`
}

// ReasonCues holds the phrases per reason label. A reason phrase is also a
// cue for outcome no.
type ReasonCues struct {
	Timing           Cues `yaml:"timing"`
	Busy             Cues `yaml:"busy"`
	NotInterested    Cues `yaml:"not_interested"`
	ExistingSupplier Cues `yaml:"existing_supplier"`
	NoNeed           Cues `yaml:"no_need"`
	NoBudget         Cues `yaml:"no_budget"`
	NotDecisionMaker Cues `yaml:"not_decision_maker"`
	SendInfo         Cues `yaml:"send_info"`
	NoColdCalls      Cues `yaml:"no_cold_calls"`
	Unknown          Cues `yaml:"unknown"`
}

// BallCues holds the phrases per ball label.
type BallCues struct {
	Ours   Cues `yaml:"ours"`
	Theirs Cues `yaml:"theirs"`
	None   Cues `yaml:"none"`
}

// Phrase is one lexicon entry: words separated by spaces, where "*" stands
// for up to three words, but not a negator or clause break
// ("har * leverandør"). Line and Col say
// where it was written.
type Phrase struct {
	Text      string
	Line, Col int
}

// UnmarshalYAML keeps the phrase's position for error messages.
func (p *Phrase) UnmarshalYAML(node ast.Node) error {
	tk := node.GetToken()
	if tk != nil {
		p.Line, p.Col = tk.Position.Line, tk.Position.Column
	}
	switch n := node.(type) {
	case *ast.StringNode:
		p.Text = n.Value
	case ast.ScalarNode:
		p.Text = fmt.Sprint(n.GetValue())
	default:
		return fmt.Errorf("%d:%d: a phrase must be a string", p.Line, p.Col)
	}
	return nil
}

// RuleError is a problem in a lexicon or rules file, located as
// path:line:col.
type RuleError struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// LoadRules reads a user rules file (the lexicon format) from path.
func LoadRules(path string) (*Lexicon, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read rules: %w", err)
	}
	return ParseRules(path, data)
}

// ParseRules parses and validates a rules file. path only names the file
// in errors, which read path:line:col: message.
func ParseRules(path string, data []byte) (*Lexicon, error) {
	lx := &Lexicon{path: path}
	if err := yaml.UnmarshalWithOptions(data, lx, yaml.DisallowUnknownField()); err != nil {
		return nil, locate(path, err)
	}
	if err := lx.validate(); err != nil {
		return nil, err
	}
	return lx, nil
}

// locate turns a YAML error into a RuleError naming path:line:col.
func locate(path string, err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		pos := ye.GetToken().Position
		return &RuleError{Path: path, Line: pos.Line, Col: pos.Column, Msg: ye.GetMessage()}
	}
	var re *RuleError
	if errors.As(err, &re) {
		re.Path = path
		return re
	}
	msg := err.Error()
	var line, col int
	if n, _ := fmt.Sscanf(msg, "%d:%d:", &line, &col); n == 2 {
		_, rest, _ := strings.Cut(msg, ": ")
		return &RuleError{Path: path, Line: line, Col: col, Msg: rest}
	}
	return &RuleError{Path: path, Line: 1, Col: 1, Msg: msg}
}

// validate checks what YAML cannot: the language code and every phrase.
func (lx *Lexicon) validate() error {
	if len(lx.Language) != 2 || strings.ToLower(lx.Language) != lx.Language {
		return &RuleError{Path: lx.path, Line: 1, Col: 1, Msg: fmt.Sprintf("language %q: want a two-letter ISO 639-1 code such as da or en", lx.Language)}
	}
	var err error
	lx.eachPhrase(func(_ phraseSlot, p Phrase) {
		if err == nil {
			err = lx.checkPhrase(p)
		}
	})
	if err != nil {
		return err
	}
	for _, k := range sortedKeys(lx.Abbreviations) {
		if len(words(k)) == 0 || len(words(lx.Abbreviations[k])) == 0 {
			return &RuleError{Path: lx.path, Line: 1, Col: 1, Msg: fmt.Sprintf("abbreviation %q: short form and expansion must both have a word", k)}
		}
	}
	return nil
}

func (lx *Lexicon) checkPhrase(p Phrase) error {
	ws := strings.Fields(p.Text)
	bad := func(msg string) error {
		return &RuleError{Path: lx.path, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf("phrase %q: %s", p.Text, msg)}
	}
	switch {
	case len(words(p.Text)) == 0:
		return bad("has no words")
	case ws[0] == "*" || ws[len(ws)-1] == "*":
		return bad(`"*" must stand between two words`)
	case len(ws) > 8:
		return bad("longer than 8 words")
	}
	for i := 1; i < len(ws); i++ {
		if ws[i] == "*" && ws[i-1] == "*" {
			return bad(`two "*" in a row`)
		}
	}
	return nil
}

// phraseSlot says what a phrase means: its kind, label and strength.
type phraseSlot struct {
	kind   kind
	label  string
	strong bool
}

// eachPhrase calls fn for every phrase of lx in a fixed order.
func (lx *Lexicon) eachPhrase(fn func(phraseSlot, Phrase)) {
	for _, p := range lx.Negators {
		fn(phraseSlot{kind: kindNegator}, p)
	}
	for _, p := range lx.Breakers {
		fn(phraseSlot{kind: kindBreaker}, p)
	}
	for _, p := range lx.Ignore {
		fn(phraseSlot{kind: kindIgnore, strong: true}, p)
	}
	for _, g := range lx.groups() {
		for _, p := range g.cues.Strong {
			fn(phraseSlot{kind: g.kind, label: g.label, strong: true}, p)
		}
		for _, p := range g.cues.Weak {
			fn(phraseSlot{kind: g.kind, label: g.label}, p)
		}
	}
}

type cueGroup struct {
	kind  kind
	label string
	cues  *Cues
}

func (lx *Lexicon) groups() []cueGroup {
	o, r, b := &lx.Outcome, &lx.Reason, &lx.Ball
	return append([]cueGroup{
		{kindOutcome, OutcomeMeeting, &o.Meeting}, {kindOutcome, OutcomeInterested, &o.Interested},
		{kindOutcome, OutcomeNo, &o.No}, {kindOutcome, OutcomeNotReached, &o.NotReached},
		{kindOutcome, OutcomeInvalid, &o.Invalid},
		{kindReason, ReasonTiming, &r.Timing}, {kindReason, ReasonBusy, &r.Busy},
		{kindReason, ReasonNotInterested, &r.NotInterested}, {kindReason, ReasonExistingSupplier, &r.ExistingSupplier},
		{kindReason, ReasonNoNeed, &r.NoNeed}, {kindReason, ReasonNoBudget, &r.NoBudget},
		{kindReason, ReasonNotDecisionMaker, &r.NotDecisionMaker}, {kindReason, ReasonSendInfo, &r.SendInfo},
		{kindReason, ReasonNoColdCalls, &r.NoColdCalls}, {kindReason, ReasonUnknown, &r.Unknown},
		{kindBall, BallOurs, &b.Ours}, {kindBall, BallTheirs, &b.Theirs}, {kindBall, BallNone, &b.None},
	}, lx.negatedGroups()...)
}

// negatedGroups are the phrases that state a reason only when negated:
// "budget" under no_budget matches "ikke noget budget", "ingen penge".
func (lx *Lexicon) negatedGroups() []cueGroup {
	n := &lx.Negated
	return []cueGroup{
		{kindNegated, ReasonTiming, &n.Timing}, {kindNegated, ReasonBusy, &n.Busy},
		{kindNegated, ReasonNotInterested, &n.NotInterested}, {kindNegated, ReasonExistingSupplier, &n.ExistingSupplier},
		{kindNegated, ReasonNoNeed, &n.NoNeed}, {kindNegated, ReasonNoBudget, &n.NoBudget},
		{kindNegated, ReasonNotDecisionMaker, &n.NotDecisionMaker}, {kindNegated, ReasonSendInfo, &n.SendInfo},
		{kindNegated, ReasonNoColdCalls, &n.NoColdCalls}, {kindNegated, ReasonUnknown, &n.Unknown},
	}
}

// defaultLexicons parses the embedded lexicons, in Languages order. A
// broken embedded lexicon is a broken build, hence the panic.
func defaultLexicons() []*Lexicon {
	out := make([]*Lexicon, 0, len(Languages))
	for _, lang := range Languages {
		path := "lexicon/" + lang + ".yaml"
		data, err := lexiconFS.ReadFile(path)
		if err != nil {
			panic("classify: embedded lexicon missing: " + path)
		}
		lx, err := ParseRules(path, data)
		if err != nil {
			panic("classify: embedded lexicon broken: " + err.Error())
		}
		out = append(out, lx)
	}
	return out
}

// words splits a phrase into folded words (no "*").
func words(s string) []string {
	var out []string
	t := tokenizer{}
	for _, tk := range t.run(s) {
		if tk.id != idBreak {
			out = append(out, foldString(s[tk.start:tk.end]))
		}
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
