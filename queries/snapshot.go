package queries

import (
	"context"
	"database/sql"
	"fmt"
)

// Execer runs a statement; *sql.Conn satisfies it.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Snapshot materialises the views that every query reads (calls_joined and
// calls_sequence) as temporary tables on conn. They shadow the views for
// every later query on that connection, so a batch of queries (a report)
// joins the labels and sorts each company's calls once, not once per query.
//
// Temporary tables belong to one connection: pass a *sql.Conn, and run the
// queries on the same *sql.Conn. The snapshot does not see later changes to
// calls or labels; call Snapshot again to refresh it, or Release to drop it.
func Snapshot(ctx context.Context, conn Execer) error {
	if _, err := conn.ExecContext(ctx, mustAsset(snapshotFile)); err != nil {
		return fmt.Errorf("queries/%s: %w", snapshotFile, err)
	}
	return nil
}

// Release drops the tables of Snapshot, so conn reads the views again.
func Release(ctx context.Context, conn Execer) error {
	const drop = "DROP TABLE IF EXISTS temp.calls_joined; DROP TABLE IF EXISTS temp.calls_sequence; RESET preserve_insertion_order;"
	if _, err := conn.ExecContext(ctx, drop); err != nil {
		return fmt.Errorf("queries: release snapshot: %w", err)
	}
	return nil
}
