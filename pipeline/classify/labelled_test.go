package classify

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestReadLabelled(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantN   int
		wantErr string // substring of the error; "" for none
	}{
		{
			name:  "full header, extra column, quoted note",
			data:  "id,called_at,disposition,note,outcome,reason,ball,callback_date,language,agent\n1,2026-05-12 10:14,,\"nej tak, ring i uge 34\",no,timing,ours,2026-08-17,da,ole\n",
			wantN: 1,
		},
		{
			name:  "minimal header, day-only call date",
			data:  "note,outcome,reason,ball,callback_date,called_at\nvm,not_reached,,none,,2026-05-12\n",
			wantN: 1,
		},
		{name: "missing column", data: "note,outcome,reason,ball\nvm,not_reached,,none\n", wantErr: "lacks a required column: callback_date"},
		{
			name:    "bad date keeps the good rows",
			data:    "note,outcome,reason,ball,callback_date\nvm,not_reached,,none,\nx,no,timing,ours,17/8\n",
			wantN:   1,
			wantErr: "line 3: callback_date: want YYYY-MM-DD",
		},
		{
			name:    "reason without no",
			data:    "note,outcome,reason,ball,callback_date\nx,meeting,busy,ours,\n",
			wantErr: "line 2: outcome: labels",
		},
		{
			name:    "bad call date",
			data:    "note,outcome,reason,ball,callback_date,called_at\nx,meeting,,ours,,12.05.2026\n",
			wantErr: "line 2: called_at:",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadLabelled(strings.NewReader(tt.data))
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("ReadLabelled error = %v, want %q", err, tt.wantErr)
			}
			if len(got) != tt.wantN {
				t.Errorf("ReadLabelled = %d examples, want %d", len(got), tt.wantN)
			}
		})
	}
}

func TestReadLabelledFields(t *testing.T) {
	data := "id,called_at,disposition,note,outcome,reason,ball,callback_date,language\nda-1,2026-05-12 10:14,No answer, ring igen ,no,timing,ours,2026-08-17,da\n"
	got, err := ReadLabelled(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := Example{
		ID: "da-1", Line: 2,
		Input: Input{Note: " ring igen ", Disposition: "No answer", CalledAt: time.Date(2026, 5, 12, 10, 14, 0, 0, time.UTC)},
		Want:  Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 8, 17), Language: "da"},
	}
	if got[0] != want {
		t.Errorf("ReadLabelled = %+v, want %+v", got[0], want)
	}
}

func TestReadLabelledRowError(t *testing.T) {
	_, err := ReadLabelled(strings.NewReader("note,outcome,reason,ball,callback_date\nx,no,timing,ours,2026-13-01\n"))
	var re *RowError
	if !errors.As(err, &re) || re.Line != 2 || re.Column != "callback_date" {
		t.Errorf("error = %#v, want a RowError at line 2, callback_date", err)
	}
}
