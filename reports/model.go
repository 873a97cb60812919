package reports

import "time"

// Model is everything a report shows, built once by Build and read by
// every renderer. It holds plain values only, so renderers are pure.
type Model struct {
	Title     string
	Lang      string
	From, To  time.Time // the period; To is exclusive
	TrendFrom time.Time // first day of the trend and seasonality window
	AsOf      time.Time
	Rep, Team string

	Headline Headline
	Trend    []MonthFunnel // monthly_trend over the trend window

	Reasons     []Reason      // this period, most frequent first
	NotNow      Rate          // share of no's with reason timing
	ReasonTrend []ReasonMonth // reasons_trend over the trend window
	Evidence    []Evidence    // top phrases per reason

	Heatmap      []HourCell // hour × weekday over the trend window
	Weeks        []WeekFunnel
	MonthsOfYear []Success // key = month 1..12
	Weekdays     []Success // key = ISO weekday 1..7
	Attempts     []Success // key = attempt number
	Touches      []Touch

	FollowUp  FollowUp
	Callbacks []Callback

	Ball          []Ball // per rep, plus a total row with Rep ""
	BallDirection []Ball // Rep holds the direction
	TheirsOpen    []TheirsCase

	Reps       []RepRow
	RepReasons []RepReason

	Quality []Metric
	Changes []Change // biggest changes vs the previous period, largest first
}

// Funnel is dials → conversations (reached) → meetings with both rates.
type Funnel struct {
	Dials, Reached, Meetings int64
	Connect                  Rate // reached / dials
	Meeting                  Rate // meetings / reached
}

func newFunnel(dials, reached, meetings int64) Funnel {
	return Funnel{
		Dials: dials, Reached: reached, Meetings: meetings,
		Connect: NewRate(reached, dials),
		Meeting: NewRate(meetings, reached),
	}
}

// Headline compares the period with the previous one and with the
// average month of the three months before it.
type Headline struct {
	Current, Previous, Trailing3 PeriodFunnel
}

// PeriodFunnel is a Funnel over a named period. For trailing3 the counts
// are monthly averages (Avg*) and the rates are pooled over three months.
type PeriodFunnel struct {
	Period                      string
	Start, End                  time.Time
	AvgDials, AvgReached, AvgMt float64
	Funnel
}

// MonthFunnel is one month of the trend.
type MonthFunnel struct {
	Month time.Time
	Funnel
}

// WeekFunnel is one ISO week of the year, summed over the window.
type WeekFunnel struct {
	Week int
	Funnel
}

// HourCell is one hour of one ISO weekday.
type HourCell struct {
	Weekday, Hour int
	Funnel
}

// Reason is one refusal reason's share of the period's no's.
type Reason struct {
	Reason string
	Share  Rate // Num = no's with this reason, Den = all no's
}

// ReasonMonth is a reason's share of one month's no's.
type ReasonMonth struct {
	Month  time.Time
	Reason string
	Share  Rate
}

// Evidence is a phrase prospects said, with how many calls said it.
type Evidence struct {
	Reason, Phrase string
	Calls          int64
}

// Success is a meeting rate per key (month, weekday or attempt number).
type Success struct {
	Key   int
	Calls int64
	Rate  Rate // meetings / calls
}

// Touch counts companies by the call on which they were first reached
// and first booked a meeting.
type Touch struct {
	Touches                   int
	CompaniesReached, Meeting int64
}

// FollowUp is what became of the period's not-now answers.
type FollowUp struct {
	TimingNos, WithCallbackDate int64
	CalledByDate                Rate // of those with a callback date
	CalledLater                 int64
	LaterMeeting                Rate // of all not-now answers
	MedianDays                  float64
	HasMedian                   bool
}

// Callback is one company to call back.
type Callback struct {
	Rep, Company, Contact, Phone string
	LastCalled, Date             time.Time
	Overdue                      bool
	Days                         int
	Evidence, Note               string
}

// Ball is who holds the next step after the conversations of one rep (or
// one direction). Rep is "" on the total row.
type Ball struct {
	Rep                string
	Calls              int64
	Ours, Theirs, None Rate
}

// TheirsCase is a conversation that left the next step with the prospect
// and was never followed up.
type TheirsCase struct {
	Rep, Company    string
	CalledAt        time.Time
	Direction, Note string
}

// RepRow is one rep's activity. Rank is 1 for the best meeting rate among
// reps with enough conversations, and 0 when the sample is too small.
type RepRow struct {
	Rep, Team                     string
	WorkingDays, DaysWithoutCalls int64
	Calls                         int64
	CallsPerDay                   float64
	Reached, Meetings, Nos        int64
	NosPerMeeting                 float64
	HasNosPerMeeting              bool
	Meeting                       Rate
	Rank                          int
}

// RepReason is one reason's share of one rep's no's.
type RepReason struct {
	Rep, Reason string
	Share       Rate
}

// Metric is one data-quality count.
type Metric struct {
	Name  string
	Value int64
}

// Change is a difference between this period and the previous one.
// Score ranks changes by how unlikely they are under no change (a z
// score), so a big swing on a tiny sample does not lead the summary.
type Change struct {
	Key       string // message key of the metric, or "reason:<reason>"
	Rate      bool   // a rate (difference in percentage points) or a count
	Prev, Cur float64
	Score     float64
}
