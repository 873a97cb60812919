package reports

// theirsGrace is how many days a "they will get back to us" may wait
// before it counts as not followed up.
const theirsGrace = "14"

// ball reads who holds the next step per rep and per direction, and adds
// a total row.
func (b *builder) ball() error {
	t, err := b.period("ball_by_rep")
	if err != nil {
		return err
	}
	var tot [4]int64
	for i := range t.Len() {
		c := [4]int64{t.Int(i, "calls"), t.Int(i, "ours"), t.Int(i, "theirs"), t.Int(i, "none")}
		b.m.Ball = append(b.m.Ball, newBall(t.Str(i, "rep"), c))
		for k := range tot {
			tot[k] += c[k]
		}
	}
	if t.err != nil {
		return t.err
	}
	if len(b.m.Ball) > 0 {
		b.m.Ball = append(b.m.Ball, newBall("", tot))
	}
	return b.ballDirection()
}

// newBall builds a Ball from calls, ours, theirs, none.
func newBall(rep string, c [4]int64) Ball {
	return Ball{Rep: rep, Calls: c[0], Ours: NewRate(c[1], c[0]), Theirs: NewRate(c[2], c[0]), None: NewRate(c[3], c[0])}
}

func (b *builder) ballDirection() error {
	t, err := b.period("ball_by_direction")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		c := [4]int64{t.Int(i, "calls"), t.Int(i, "ours"), t.Int(i, "theirs"), t.Int(i, "none")}
		b.m.BallDirection = append(b.m.BallDirection, newBall(t.Str(i, "direction"), c))
	}
	return t.err
}

// theirs reads the conversations left with the prospect and never
// followed up.
func (b *builder) theirs() error {
	t, err := b.run("theirs_not_followed", with(b.o.params(b.o.From, b.o.To), "grace", theirsGrace))
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.TheirsOpen = append(b.m.TheirsOpen, TheirsCase{
			Rep: t.Str(i, "rep"), Company: t.Str(i, "company"), CalledAt: t.Time(i, "called_at"),
			Direction: t.Str(i, "direction"), Note: t.Str(i, "note"),
		})
	}
	return t.err
}
