package reports

import (
	"math"

	"gonum.org/v1/plot"
)

// percentTicks labels nice ticks of a 0..1 axis as percentages.
type percentTicks struct{ nf numberFormat }

// Ticks implements plot.Ticker.
func (t percentTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := niceTicks(lo, hi)
	dec := 0
	if step := majorStep(ticks); step > 0 && step < 0.01 {
		dec = 1 // steps below one percentage point need a decimal
	}
	for i, tk := range ticks {
		if tk.Label != "" {
			ticks[i].Label = t.nf.Pct(tk.Value, dec)
		}
	}
	return ticks
}

// countTicks labels nice ticks with thousands separators, never with
// trailing decimals.
type countTicks struct{ nf numberFormat }

// Ticks implements plot.Ticker.
func (t countTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := niceTicks(lo, hi)
	var out []plot.Tick
	for _, tk := range ticks {
		if tk.Label == "" {
			out = append(out, tk)
			continue
		}
		if tk.Value != math.Trunc(tk.Value) {
			continue // a count axis has no half calls
		}
		out = append(out, plot.Tick{Value: tk.Value, Label: t.nf.Int(int64(tk.Value))})
	}
	return out
}

// niceTicks returns four to eight labelled ticks at a round step (1, 2,
// 2.5 or 5 times a power of ten) between lo and hi, with one unlabelled
// minor tick between each pair. gonum's default gives as few as two
// labels, too few to read a value off the axis.
func niceTicks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: "x"}}
	}
	raw := (hi - lo) / 5
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	step := pow * 10
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if pow*m >= raw {
			step = pow * m
			break
		}
	}
	var out []plot.Tick
	first := math.Ceil(lo/step-1e-9) * step
	for v := first; v <= hi+step*1e-9; v += step {
		v := math.Round(v/step) * step // avoid 0.30000000000000004
		out = append(out, plot.Tick{Value: v, Label: "x"})
		if mid := v + step/2; mid <= hi {
			out = append(out, plot.Tick{Value: mid})
		}
	}
	return out
}

// majorStep is the distance between the first two labelled ticks.
func majorStep(ticks []plot.Tick) float64 {
	var prev float64
	seen := false
	for _, tk := range ticks {
		if tk.Label == "" {
			continue
		}
		if seen {
			return tk.Value - prev
		}
		prev, seen = tk.Value, true
	}
	return 0
}

// nominalTicks labels the positions 0..n-1 (or n-1..0 when reversed, so
// the first label is on top of a vertical axis), showing every step-th
// label so they do not overlap.
type nominalTicks struct {
	labels   []string
	step     int
	reversed bool
}

// Ticks implements plot.Ticker.
func (t nominalTicks) Ticks(lo, hi float64) []plot.Tick {
	step := max(t.step, 1)
	out := make([]plot.Tick, 0, len(t.labels))
	for i, l := range t.labels {
		v := float64(i)
		if t.reversed {
			v = float64(len(t.labels) - 1 - i)
		}
		if i%step != 0 {
			l = ""
		}
		out = append(out, plot.Tick{Value: v, Label: l})
	}
	return out
}

// thinStep is the label step that keeps at most maxLabels labels.
func thinStep(n, maxLabels int) int {
	if n <= maxLabels {
		return 1
	}
	return (n + maxLabels - 1) / maxLabels
}
