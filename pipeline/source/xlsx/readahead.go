package xlsx

import (
	"errors"
	"io"
	"sync"
)

// Read-ahead sizing: three 256 KiB buffers let the inflating goroutine
// run one to two buffers ahead of the scanner.
const (
	readAheadBufs = 3
	readAheadSize = 256 << 10
)

// readAhead reads its source on a second goroutine so that inflating the
// zip stream (some 40% of the work) overlaps with scanning the XML. Read
// must be called from one goroutine; stop ends the reading goroutine and
// may be called any number of times.
type readAhead struct {
	src  io.Reader
	full chan []byte // buffers holding data, closed after the last
	free chan []byte // buffers ready to fill
	done chan struct{}
	quit sync.Once
	gone chan struct{} // closed when the goroutine has returned
	err  error         // the source's final error, set before full closes

	cur  []byte // unread part of the buffer being consumed
	held []byte // the buffer being consumed, to return to free
}

func newReadAhead(src io.Reader) *readAhead {
	ra := &readAhead{
		src:  src,
		full: make(chan []byte, readAheadBufs),
		free: make(chan []byte, readAheadBufs),
		done: make(chan struct{}),
		gone: make(chan struct{}),
	}
	for range readAheadBufs {
		ra.free <- make([]byte, readAheadSize)
	}
	go ra.run()
	return ra
}

// run fills free buffers from the source until it ends or stop is called.
func (ra *readAhead) run() {
	defer close(ra.gone)
	defer close(ra.full)
	for {
		var buf []byte
		select {
		case buf = <-ra.free:
		case <-ra.done:
			return
		}
		n, err := io.ReadFull(ra.src, buf)
		if n > 0 {
			select {
			case ra.full <- buf[:n]:
			case <-ra.done:
				return
			}
		}
		if err != nil {
			if !errors.Is(err, io.ErrUnexpectedEOF) {
				ra.err = err
			} else {
				ra.err = io.EOF // a short last buffer is the normal end
			}
			return
		}
	}
}

// Read implements io.Reader.
func (ra *readAhead) Read(p []byte) (int, error) {
	for len(ra.cur) == 0 {
		if ra.held != nil {
			ra.free <- ra.held[:cap(ra.held)] // never blocks: free holds every buffer
			ra.held = nil
		}
		buf, ok := <-ra.full
		if !ok {
			if ra.err == nil {
				return 0, errors.New("read after stop")
			}
			return 0, ra.err
		}
		ra.cur, ra.held = buf, buf
	}
	n := copy(p, ra.cur)
	ra.cur = ra.cur[n:]
	return n, nil
}

// stop ends the reading goroutine and waits for it, so that the source
// can be closed safely afterwards.
func (ra *readAhead) stop() {
	ra.quit.Do(func() { close(ra.done) })
	<-ra.gone
}
