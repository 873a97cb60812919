package source

// dateForms are the date layouts tried for each order, Danish habits first.
var dateForms = map[string][]string{
	OrderDMY: {"%d-%m-%Y", "%d.%m.%Y", "%d/%m-%Y", "%d/%m-%y", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%y", "%d.%m.%y"},
	OrderMDY: {"%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%m.%d.%Y"},
	OrderYMD: {"%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d"},
}

// namedForms spell the month: "12. marts 2024", "12 March 2024",
// "March 12, 2024".
var namedForms = []string{"%d. %B %Y", "%d %B %Y", "%d-%b-%Y", "%B %d, %Y", "%B %d %Y"}

// clockForms are the time-of-day suffixes; "" is a date alone.
var clockForms = []string{" %H:%M:%S", " %H:%M", "T%H:%M:%S", " kl. %H:%M", " kl %H:%M", " %H.%M", ""}

// DefaultDateFormats returns the formats the warehouse tries when a mapping
// gives none, for a sniffed date order ("dmy", "mdy", "ymd"; anything else
// counts as "dmy"): the order's numeric dates (dd-mm-yyyy, dd.mm.yyyy,
// d/m-yy, d/m/yyyy, …), then ISO yyyy-mm-dd, then month names, each with and
// without a time of day (HH:MM[:SS]). Month names must be replaced by
// numbers (see MonthNames) before DuckDB's strptime sees them; ParseTime
// reads them as they are.
func DefaultDateFormats(order string) []string {
	var dates []string
	switch order {
	case OrderMDY:
		dates = append(dates, dateForms[OrderMDY]...)
		dates = append(dates, dateForms[OrderYMD]...)
	case OrderYMD:
		dates = append(dates, dateForms[OrderYMD]...)
		dates = append(dates, dateForms[OrderDMY]...)
	default:
		dates = append(dates, dateForms[OrderDMY]...)
		dates = append(dates, dateForms[OrderYMD]...)
	}
	dates = append(dates, namedForms...)
	out := make([]string, 0, len(dates)*len(clockForms))
	for _, d := range dates {
		for _, c := range clockForms {
			out = append(out, d+c)
		}
	}
	return out
}
