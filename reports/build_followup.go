package reports

// callbackHorizon is how many days ahead the callback queue looks: the
// coming month.
const callbackHorizon = "31"

// followUp reads what became of the period's not-now answers.
func (b *builder) followUp() error {
	t, err := b.run("timing_followup", with(b.o.params(b.o.From, b.o.To), "as_of", isoDate(b.o.AsOf)))
	if err != nil {
		return err
	}
	if t.Len() == 0 {
		return t.err
	}
	f := FollowUp{
		TimingNos:        t.Int(0, "timing_nos"),
		WithCallbackDate: t.Int(0, "with_callback_date"),
		CalledLater:      t.Int(0, "called_again_later"),
	}
	f.CalledByDate = NewRate(t.Int(0, "called_again_by_date"), f.WithCallbackDate)
	f.LaterMeeting = NewRate(t.Int(0, "later_meeting"), f.TimingNos)
	f.MedianDays, f.HasMedian = t.Float(0, "median_days_to_meeting")
	b.m.FollowUp = f
	return t.err
}

// callbacks reads the queue of due and overdue callbacks.
func (b *builder) callbacks() error {
	p := map[string]string{"as_of": isoDate(b.o.AsOf), "horizon": callbackHorizon}
	if b.o.Rep != "" {
		p["rep"] = b.o.Rep
	}
	if b.o.Team != "" {
		p["team"] = b.o.Team
	}
	t, err := b.run("callback_queue", p)
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Callbacks = append(b.m.Callbacks, Callback{
			Rep: t.Str(i, "rep"), Company: t.Str(i, "company"),
			Contact: t.Str(i, "contact"), Phone: t.Str(i, "phone"),
			LastCalled: t.Time(i, "last_called_at"), Date: t.Time(i, "callback_date"),
			Overdue: t.Str(i, "status") == "overdue", Days: int(t.Int(i, "days")),
			Evidence: t.Str(i, "evidence"), Note: t.Str(i, "note"),
		})
	}
	return t.err
}
