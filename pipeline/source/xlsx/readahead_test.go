package xlsx

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"testing/iotest"
)

func TestReadAhead(t *testing.T) {
	data := randomBytes(3*readAheadSize + 1234) // several buffers and a short tail
	errBroken := errors.New("broken")
	tests := []struct {
		name    string
		src     func() io.Reader
		want    []byte
		wantErr error
	}{
		{name: "whole", src: func() io.Reader { return bytes.NewReader(data) }, want: data},
		{name: "half reads", src: func() io.Reader { return iotest.HalfReader(bytes.NewReader(data)) }, want: data},
		{name: "empty", src: func() io.Reader { return bytes.NewReader(nil) }, want: nil},
		{
			name:    "error after data",
			src:     func() io.Reader { return io.MultiReader(bytes.NewReader(data[:100]), iotest.ErrReader(errBroken)) },
			want:    data[:100],
			wantErr: errBroken,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ra := newReadAhead(tt.src())
			defer ra.stop()
			got, err := io.ReadAll(iotest.OneByteReader(ra))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			if !bytes.Equal(got, tt.want) {
				t.Errorf("got %d bytes, want %d equal bytes", len(got), len(tt.want))
			}
		})
	}
}

func TestReadAheadStop(t *testing.T) {
	ra := newReadAhead(bytes.NewReader(randomBytes(10 * readAheadSize)))
	if _, err := io.ReadFull(ra, make([]byte, 10)); err != nil {
		t.Fatalf("first read: %v", err)
	}
	ra.stop()
	ra.stop() // idempotent
	// Buffers already filled may still be read; after them Read must fail,
	// not hang or report a clean end.
	_, err := io.Copy(io.Discard, ra)
	if err == nil {
		t.Errorf("got nil error reading after stop, want one")
	}
}
