// env: TZ=UTC
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05", "2006-01-02", "15:04:05",
		"Monday, January 2, 2006 at 3:04pm (MST)", "_2/1/06 03h04m05s", "002 __2 .000 ,999",
		"-07 -0700 -07:00 Z07:00 Z0700 Z07", "2006-01-02T15:04:05.000000Z07:00", "no elements",
	}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800)}
	times := []time.Time{
		time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2023, 12, 9, 0, 7, 9, 120000000, time.UTC),
		time.Date(1999, 7, 4, 12, 0, 0, 999999999, time.UTC),
		time.Date(2020, 2, 29, 23, 59, 59, 5000, time.UTC),
	}
	for _, t := range times {
		for _, z := range zones {
			tz := t.In(z)
			fmt.Println("==", tz)
			for _, l := range layouts {
				fmt.Printf("%-40q %s\n", l, tz.Format(l))
			}
		}
	}

	// Parse what Format produced.
	for _, l := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123Z, time.RFC822Z, time.ANSIC,
		"2006-01-02 15:04:05.000 -0700", time.Kitchen, "2006-01-02"} {
		for _, t := range times {
			s := t.In(zones[1]).Format(l)
			p, err := time.Parse(l, s)
			if err != nil {
				fmt.Println("parse error:", err)
				continue
			}
			fmt.Println(s, "=>", p, p.Equal(t))
		}
	}
	inputs := [][2]string{
		{time.RFC3339, "2024-03-10T08:30:00Z"},
		{time.RFC3339, "2024-03-10T08:30:00+02:00"},
		{time.RFC3339, "2024-03-10T08:30:00.5-01:30"},
		{time.RFC3339, "2024-03-10 08:30:00Z"},
		{time.RFC3339, "2024-13-10T08:30:00Z"},
		{time.RFC3339, "2024-02-30T08:30:00Z"},
		{time.RFC3339, "2024-03-10T25:30:00Z"},
		{"2006-01-02 15:04:05", "2024-03-10 08:30:00 trailing"},
		{"2006-01-02 15:04:05", "2024-03-10 08:30:00.123456"},
		{time.Kitchen, "9:05PM"},
		{time.Kitchen, "12:00AM"},
		{"Jan _2 2006", "Feb  3 2021"},
		{"Jan 2, 2006", "feb 3, 2021"},
		{"January 2006", "Sept 2021"},
		{"02/01/2006", "31/12/1999"},
		{"2006 002", "2024 060"},
		{"2006-01-02", "24-01-02"},
		{"Mon Jan 2", "Xyz Jan 2"},
		{"15:04:05.000", "10:11:12.34"},
	}
	for _, in := range inputs {
		p, err := time.Parse(in[0], in[1])
		if err != nil {
			fmt.Printf("Parse(%q, %q): %v\n", in[0], in[1], err)
			continue
		}
		fmt.Printf("Parse(%q, %q) = %v\n", in[0], in[1], p)
	}
	loc := time.FixedZone("XST", 3*3600)
	p, err := time.ParseInLocation("2006-01-02 15:04:05", "2024-03-10 08:30:00", loc)
	fmt.Println(p, err, p.UTC())
}
