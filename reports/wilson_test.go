package reports

import (
	"math"
	"testing"
)

func TestWilson(t *testing.T) {
	// Reference values computed independently (Python, closed form of the
	// Wilson score interval, z = 1.959964), rounded to 7 decimals.
	tests := []struct {
		name   string
		k, n   int64
		lo, hi float64
	}{
		{name: "zero successes", k: 0, n: 10, lo: 0, hi: 0.2775328},
		{name: "all successes", k: 10, n: 10, lo: 0.7224672, hi: 1},
		{name: "half of 100", k: 50, n: 100, lo: 0.4038315, hi: 0.5961685},
		{name: "one of twenty", k: 1, n: 20, lo: 0.0088814, hi: 0.2361312},
		{name: "81 of 263", k: 81, n: 263, lo: 0.2552885, hi: 0.3662096},
		{name: "empty sample", k: 0, n: 0, lo: 0, hi: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := Wilson(tt.k, tt.n, z95)
			if math.Abs(lo-tt.lo) > 1e-6 || math.Abs(hi-tt.hi) > 1e-6 {
				t.Errorf("Wilson(%d, %d) = [%.7f, %.7f], want [%.7f, %.7f]", tt.k, tt.n, lo, hi, tt.lo, tt.hi)
			}
		})
	}
}

func TestNewRate(t *testing.T) {
	tests := []struct {
		name     string
		num, den int64
		want     Rate
	}{
		{name: "no denominator", num: 3, den: 0, want: Rate{Num: 3, Den: 0, Small: true}},
		{name: "small sample", num: 1, den: 29, want: Rate{Num: 1, Den: 29, Valid: true, Small: true}},
		{name: "large enough", num: 15, den: 30, want: Rate{Num: 15, Den: 30, Valid: true}},
		{name: "numerator clamped", num: 40, den: 30, want: Rate{Num: 30, Den: 30, Valid: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NewRate(tt.num, tt.den)
			if got.Num != tt.want.Num || got.Den != tt.want.Den || got.Valid != tt.want.Valid || got.Small != tt.want.Small {
				t.Errorf("NewRate(%d, %d) = %+v, want %+v", tt.num, tt.den, got, tt.want)
			}
			if got.Valid && !(got.Lo <= got.P && got.P <= got.Hi) {
				t.Errorf("NewRate(%d, %d): P %v outside [%v, %v]", tt.num, tt.den, got.P, got.Lo, got.Hi)
			}
		})
	}
}
