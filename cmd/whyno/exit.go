package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"whyno/pipeline/warehouse"
)

// Exit statuses, the same for every subcommand (see EXIT STATUS in --help).
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitPartial     = 3 // done, but some rows were rejected
	exitInterrupted = 130
)

// errPartial marks a run that finished but rejected rows; the rejects were
// already reported.
var errPartial = errors.New("some rows were rejected")

// usageError is a bad flag, argument or config: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitCode maps an error from a subcommand to the process exit status and
// prints it once. It is the only place that decides exit statuses.
func exitCode(ctx context.Context, err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		return exitPartial
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "whyno: interrupted")
		return exitInterrupted
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "whyno: %v\n", err)
		return exitUsage
	case warehouse.IsDamaged(err):
		if !errors.Is(err, warehouse.ErrDamaged) {
			err = fmt.Errorf("%w: %v", warehouse.ErrDamaged, err) // damage found by a query, after the open
		}
		fmt.Fprintf(stderr, "whyno: %v\nwhyno: %s\n", err, warehouse.RebuildAdvice)
		return exitFailure
	default:
		fmt.Fprintf(stderr, "whyno: %v\n", err)
		return exitFailure
	}
}

const exitStatusHelp = `
EXIT STATUS
  0  success
  1  failure (unreadable input, warehouse error)
  2  usage error (bad flag, argument or config)
  3  done, but some rows were rejected (see the rejects table)
  130 interrupted`
