package source

import (
	"errors"
	"fmt"
	"strings"
)

// CheckFormat reports whether a date format uses only the verbs ParseTime
// knows (%d %m %Y %y %H %M %S %b %B %%) and names a day, a month and a year.
func CheckFormat(f string) error {
	if strings.TrimSpace(f) == "" {
		return errors.New("empty date format")
	}
	var day, month, year bool
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 == len(f) {
			return fmt.Errorf("date format %q ends in %%", f)
		}
		i++
		switch f[i] {
		case 'd':
			day = true
		case 'm', 'b', 'B':
			month = true
		case 'Y', 'y':
			year = true
		case 'H', 'M', 'S', '%':
		default:
			return fmt.Errorf("date format %q: unknown verb %%%c (want %%d %%m %%Y %%y %%H %%M %%S %%b %%B %%%%)", f, f[i])
		}
	}
	if !day || !month || !year {
		return fmt.Errorf("date format %q needs a day, a month and a year", f)
	}
	return nil
}
