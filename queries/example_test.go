package queries_test

import (
	"fmt"

	"whyno/queries"
)

// Each query declares its parameters in its header; a parameter without a
// default is required.
func ExampleGet() {
	q, err := queries.Get("callback_queue")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(q.Purpose)
	for _, p := range q.Params {
		def := p.Default
		if p.Required() {
			def = "required"
		}
		fmt.Printf("%s %s (%s)\n", p.Name, p.Type, def)
	}
	fmt.Println(q.Columns)
	// Output:
	// the callbacks reps owe: overdue, and due within the horizon, per rep
	// as_of date (required)
	// horizon int (31)
	// rep text (NULL)
	// team text (NULL)
	// [rep company contact phone last_called_at callback_date status days evidence note]
}

// Args turns --param text into typed, named arguments; values are bound, never
// written into the SQL.
func ExampleQuery_Args() {
	q, err := queries.Get("reason_evidence")
	if err != nil {
		fmt.Println(err)
		return
	}
	args, err := q.Args(map[string]string{"from": "2026-03-01", "top": "3"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range args {
		fmt.Printf("%v\n", a)
	}
	_, err = q.Args(map[string]string{"top": "three"})
	fmt.Println(err)
	// Output:
	// {{} from 2026-03-01 00:00:00 +0000 UTC}
	// {{} to <nil>}
	// {{} rep <nil>}
	// {{} team <nil>}
	// {{} top 3}
	// queries/reason_evidence.sql: param top: "three" is not an integer
}
