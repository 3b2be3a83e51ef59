// env: TZ=UTC
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006 06 Jan January 01 1 Mon Monday 2 _2 02 __2 002 15 3 03 4 04 5 05 PM pm MST -0700 -07:00 Z07:00 -07 Z0700 Z07",
		".000 .999 ,000 ,999 .0 .9 .000000 .999999999 .000000000",
		"05.000 05.999 05,000 15:04:05.00000",
		"Jan _2 __2 002", "-070000 -07:00:00 Z070000 Z07:00:00",
		"2006-01-02T15:04:05.999999999Z07:00", "3:04PM", "03:04:05 pm", "Monday, 02-Jan-06",
		"literal text 2006", "20060102150405", "1/2/06", "January2006",
	}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("X", -(3*3600 + 25*60 + 7))}
	for _, loc := range zones {
		tt := t.In(loc)
		for _, l := range layouts {
			fmt.Printf("%q => %q\n", l, tt.Format(l))
		}
	}
	for _, d := range []time.Time{
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-5, 6, 7, 12, 0, 0, 0, time.UTC),
		time.Date(12345, 6, 7, 12, 0, 0, 5000, time.UTC),
		time.Date(2024, 2, 29, 0, 30, 0, 100, time.UTC),
		time.Date(2023, 12, 31, 12, 0, 0, 120000000, time.UTC),
	} {
		fmt.Println(d, "|", d.Format(time.RFC3339Nano), "|", d.Format("2006-002 Mon __2 3PM .99"), d.YearDay(), d.Weekday())
		y, w := d.ISOWeek()
		fmt.Println(y, w, d.Unix(), d.UnixMilli(), d.UnixMicro(), d.UnixNano(), d.IsZero())
	}
}
