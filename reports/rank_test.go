package reports

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRankReps(t *testing.T) {
	tests := []struct {
		name string
		reps []RepRow
		want []int
	}{
		{
			name: "small samples are never ranked",
			reps: []RepRow{
				{Rep: "a", Meeting: NewRate(10, 29)}, // best rate, but n < 30
				{Rep: "b", Meeting: NewRate(6, 30)},
				{Rep: "c", Meeting: NewRate(9, 30)},
			},
			want: []int{0, 2, 1},
		},
		{
			name: "ties by name",
			reps: []RepRow{{Rep: "z", Meeting: NewRate(5, 50)}, {Rep: "m", Meeting: NewRate(5, 50)}},
			want: []int{2, 1},
		},
		{
			name: "no conversations",
			reps: []RepRow{{Rep: "a", Meeting: NewRate(0, 0)}},
			want: []int{0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rankReps(tt.reps)
			var got []int
			for _, r := range tt.reps {
				got = append(got, r.Rank)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ranks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeatGridScaleIgnoresSmallCells(t *testing.T) {
	cells := []HourCell{
		{Weekday: 1, Hour: 9, Funnel: newFunnel(100, 40, 5)},
		{Weekday: 1, Hour: 10, Funnel: newFunnel(100, 20, 5)},
		{Weekday: 2, Hour: 12, Funnel: newFunnel(10, 9, 1)}, // 90 %, but only 10 dials
	}
	g := newHeatGrid(cells, numbersFor("da"))
	if g.lo != 0.2 || g.hi != 0.4 {
		t.Errorf("colour scale %v..%v, want 0.2..0.4 (the small cell left out)", g.lo, g.hi)
	}
	if diff := cmp.Diff([]int{9, 10, 11, 12}, g.hours); diff != "" {
		t.Errorf("hours (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 5}, g.weekdays); diff != "" {
		t.Errorf("weekdays (-want +got):\n%s", diff)
	}
	if best := bestHoursText(&Model{Heatmap: cells}, textsFor("en"), numbersFor("en")); best != "Best times (connect rate, at least 30 dials): Monday 09–10 (40%), Monday 10–11 (20%)." {
		t.Errorf("best hours = %q", best)
	}
}
