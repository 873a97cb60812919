package synth

import "time"

// day is one day of the simulated year with the factors that shape it.
type day struct {
	date time.Time
	dato string // the date as the export writes it, dd-mm-yyyy
	week int    // ISO week
	work bool   // a working day (Monday to Friday, not a holiday)
	half bool   // the afternoon is off
	// volume is how many calls a rep at work makes relative to an ordinary
	// Wednesday; reach is how likely a prospect answers relative to one.
	volume, reach float64
}

// newDays returns every day of year with its working-day flags and its
// seasonal factors.
func newDays(year int) []day {
	half := map[time.Time]bool{}
	off := map[time.Time]bool{}
	for _, h := range Holidays(year) {
		if h.HalfDay {
			half[h.Date] = true
		} else {
			off[h.Date] = true
		}
	}
	bridge := Easter(year).AddDate(0, 0, 40) // the Friday after Kristi himmelfart
	var days []day
	for t := date(year, time.January, 1); t.Year() == year; t = t.AddDate(0, 0, 1) {
		_, w := t.ISOWeek()
		wd := t.Weekday()
		d := day{date: t, dato: t.Format("02-01-2006"), week: w, half: half[t], volume: weekdayVolume[wd], reach: 1}
		d.work = wd != time.Saturday && wd != time.Sunday && !off[t]
		seasonal(&d, t.Equal(bridge))
		days = append(days, d)
	}
	return days
}

// weekdayVolume: reps plan the week on Monday and leave early on Friday.
var weekdayVolume = [7]float64{0, 1.1, 1.05, 1, 1, 0.8, 0}

// seasonal applies the Danish holiday seasons. Weeks 28 to 31 are the common
// summer holiday (industriferie): few prospects answer, so reps at work call
// little. The days between Christmas and New Year are nearly dead, and the
// Friday after Kristi himmelfart is a bridge day most take off.
func seasonal(d *day, bridge bool) {
	m, dd := d.date.Month(), d.date.Day()
	switch {
	case d.week >= 28 && d.week <= 31:
		d.volume, d.reach = d.volume*0.45, 0.55
	case d.week == 27 || d.week == 32:
		d.volume, d.reach = d.volume*0.85, 0.85
	case m == time.December && dd >= 27:
		d.volume, d.reach = d.volume*0.3, 0.5
	case m == time.December && dd >= 20:
		d.volume, d.reach = d.volume*0.6, 0.65
	case m == time.January && dd <= 3:
		d.volume, d.reach = d.volume*0.7, 0.7
	case bridge:
		d.volume, d.reach = d.volume*0.35, 0.6
	case d.week == 7 || d.week == 42: // winter and autumn school holidays
		d.reach = 0.9
	}
	if d.half {
		d.volume *= 0.5
	}
}

// Hours of the calling day: 8:00 to 16:30. Index 0 is 8:00-8:59.
const (
	firstHour = 8
	lastHour  = 16 // the last slot is half an hour
)

// hourVolume is when reps dial; hourReach how likely a prospect answers.
// Early morning and late afternoon reach decision makers at their desks; the
// lunch hour does not.
var (
	hourVolume = [9]float64{0.9, 1.1, 1.15, 1.0, 0.35, 0.85, 1.0, 0.85, 0.3}
	hourReach  = [9]float64{0.42, 0.38, 0.30, 0.28, 0.17, 0.25, 0.28, 0.36, 0.36}
)

// weekdayReach adjusts hourReach: Monday mornings prospects are busy with
// their own week, Friday afternoons they have left.
func weekdayReach(wd time.Weekday, hour int) float64 {
	switch {
	case wd == time.Monday && hour < 12:
		return 0.78
	case wd == time.Friday && hour >= 12:
		return 0.6
	case wd == time.Friday:
		return 0.95
	case wd == time.Monday:
		return 1
	}
	return 1.05
}
