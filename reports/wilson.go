package reports

import "math"

// SmallSample is the sample size below which a rate is flagged and never
// ranked: with fewer than 30 observations a 95 % interval is wider than
// the differences a manager would act on.
const SmallSample = 30

// z95 is the two-sided 95 % quantile of the standard normal distribution.
const z95 = 1.959963984540054

// Rate is a proportion Num/Den with its Wilson 95 % score interval.
// Valid is false when Den is zero; Small is true when Den < SmallSample.
type Rate struct {
	Num, Den int64
	P        float64 // Num/Den
	Lo, Hi   float64 // Wilson 95 % interval
	Valid    bool
	Small    bool
}

// NewRate returns the rate num/den with its Wilson 95 % interval. A zero or
// negative denominator gives an invalid rate; num is clamped to [0, den].
func NewRate(num, den int64) Rate {
	if den <= 0 {
		return Rate{Num: num, Den: den, Small: true}
	}
	num = min(max(num, 0), den)
	lo, hi := Wilson(num, den, z95)
	return Rate{
		Num: num, Den: den,
		P:  float64(num) / float64(den),
		Lo: lo, Hi: hi,
		Valid: true,
		Small: den < SmallSample,
	}
}

// Wilson returns the Wilson score interval for k successes in n trials at
// the normal quantile z. It returns 0, 0 for n <= 0.
func Wilson(k, n int64, z float64) (lo, hi float64) {
	if n <= 0 {
		return 0, 0
	}
	nf := float64(n)
	p := float64(k) / nf
	z2 := z * z
	denom := 1 + z2/nf
	centre := (p + z2/(2*nf)) / denom
	half := z / denom * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf))
	lo, hi = math.Max(0, centre-half), math.Min(1, centre+half)
	// The bounds are exactly 0 and 1 at the extremes; rounding would
	// otherwise leave P = 1 just outside [lo, hi].
	if k <= 0 {
		lo = 0
	}
	if k >= n {
		hi = 1
	}
	return lo, hi
}
