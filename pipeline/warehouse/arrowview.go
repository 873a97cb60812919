package warehouse

import (
	"context"
	"database/sql/driver"

	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/duckdb/duckdb-go/v2"
)

// execOverArrow runs query on the driver connection exec with rr readable
// as the view name, then drops the view. duckdb-go's RegisterView creates
// an ordinary view, not a temporary one, whose SQL points at the stream:
// left behind, it would be stored in the warehouse and crash whoever
// queried it once the stream is freed. (A failed query inside a
// transaction aborts it, and the rollback takes the view away.)
func execOverArrow(ctx context.Context, a *duckdb.Arrow, exec driver.ExecerContext, rr array.RecordReader, name, query string, args []driver.NamedValue) error {
	release, err := a.RegisterView(rr, name)
	if err != nil {
		return err
	}
	defer release()
	if _, err := exec.ExecContext(ctx, query, args); err != nil {
		return err
	}
	_, err = exec.ExecContext(context.WithoutCancel(ctx), "DROP VIEW IF EXISTS "+name, nil)
	return err
}
