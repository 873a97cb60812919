package reports

// texts are the words of one report language. Keys of the maps are the
// taxonomy's values (reasons, ball) and the data-quality metric names.
type texts struct {
	Lang string // "da" or "en"

	Title, Period, Filters, AllReps, AllTeams, Rep, Team, AsOf, Page, Of string
	Months, Weekdays, WeekdaysShort                                      []string

	// Section headings, in the order of the report.
	SecHeadline, SecReasons, SecWhen, SecNotNow, SecBall, SecReps, SecQuality, SecDefinitions string

	// Headline.
	Dials, Reached, Meetings, ConnectRate, MeetingRate, Current, Previous, Trailing3, Change string
	HeadlineText                                                                             string

	// Reasons.
	Reason, Nos, Share, Interval, Small, ReasonsText, NotNowText, EvidenceHead, Phrase, Calls string
	ReasonTrendTitle, Month                                                                   string

	// When.
	WhenText, Hour, Weekday, Week, MonthOfYear, Attempt, BestHours, NoRankHours string
	Touches, CompaniesReached, CompaniesMeeting, HeatmapTitle, GreyCells        string
	WeekTitle, AttemptsTitle                                                    string

	// Not now.
	NotNowFollowText, CallbackHead, Company, Contact, Phone, LastCalled, CallbackDate string
	Status, Overdue, Due, Days, Evidence, Note, NoCallbacks                           string

	// Ball.
	BallText, Ours, Theirs, None, Total, Direction, TheirsOpenHead, CalledAt, BallTitle string
	NoTheirsOpen                                                                        string

	// Reps.
	RepsText, WorkingDays, DaysWithoutCalls, CallsPerDay, NosPerMeeting, Rank, RepReasonsHead string
	NotRanked                                                                                 string

	// Quality and definitions.
	QualityText, Metric, Value string
	Definitions                [][2]string

	// Summary.
	SummaryChanges, NoChanges, TrendTitle, Other, MeetingsPerDial, MedianText, MoreInXLSX string

	// Charts.
	ReasonsTitle, ShareOfNos, HollowSmall, Companies, RateAxis string

	// Workbook.
	Low, High, Key, From, To, NosMonth, RepNos, SheetCallbacks, SheetHeadline, SheetReasons, SheetReasonTrend, SheetEvidence, SheetHours, SheetWeeks, SheetMonths, SheetWeekdays, SheetAttempts, SheetTouches, SheetFollowUp, SheetBall, SheetBallDir, SheetTheirs, SheetReps, SheetRepReasons, SheetQuality, FUTimingNos, FUWithDate, FUCalledByDate, FUCalledLater, FULaterMeeting, FUMedianDays string

	Reasons             map[string]string
	Quality             map[string]string
	ICSSummary, ICSDesc string
}

func textsFor(lang string) texts {
	if lang == "en" {
		return english()
	}
	return danish()
}

// weekdayInSentence names ISO weekday d (1 = Monday) for use mid-sentence:
// Danish writes weekdays in lower case, English capitalises them.
func (t texts) weekdayInSentence(d int) string {
	if t.Lang == "da" {
		return lowerFirst(t.Weekdays[d-1])
	}
	return t.Weekdays[d-1]
}

// reasonLabel names a reason in the report's language; unknown keys are
// shown as they are.
func (t texts) reasonLabel(key string) string {
	if s, ok := t.Reasons[key]; ok {
		return s
	}
	return key
}

// changeLabel names the metric of a Change.
func (t texts) changeLabel(key string) string {
	switch key {
	case "dials":
		return t.Dials
	case "reached":
		return t.Reached
	case "meetings":
		return t.Meetings
	case "connect_rate":
		return t.ConnectRate
	case "meeting_rate":
		return t.MeetingRate
	}
	if len(key) > len("reason:") && key[:len("reason:")] == "reason:" {
		return t.reasonLabel(key[len("reason:"):]) + " (" + lowerFirst(t.ShareOfNos) + ")"
	}
	return key
}

// qualityLabel names a data-quality metric.
func (t texts) qualityLabel(key string) string {
	if s, ok := t.Quality[key]; ok {
		return s
	}
	return key
}
