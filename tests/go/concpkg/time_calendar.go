// env: TZ=UTC
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)

	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("ISO week:", y, w)
	fmt.Println(t.Date())
	fmt.Println(t.Clock())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(t.In(est), t.In(ist))
	fmt.Println(t.In(est).Equal(t), t.In(est) == t, t.In(ist).Location(), t.Location())
	name, off := t.In(ist).Zone()
	fmt.Println("zone:", name, off)

	// Normalisation of out-of-range fields.
	fmt.Println(time.Date(2023, 14, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 1, 31+28+1, 25, 61, 61, 1e9+1, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, -1, 0, 0, -1, time.UTC))
	fmt.Println(time.Date(2000, 0, 0, 0, 0, 0, 0, est))
	fmt.Println(time.Date(-100, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(10000, 12, 31, 23, 59, 59, 999999999, time.UTC))

	// Add, Sub, AddDate.
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 0, 0), t.AddDate(0, 0, -60), t.AddDate(-1, -2, -3))
	fmt.Println(t.Add(-time.Duration(t.Nanosecond())))

	// Comparisons.
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.Add(time.Nanosecond)
	fmt.Println(a.Before(b), a.After(b), b.After(a), a.Equal(b), a.Equal(a.In(est)))

	// The zero Time and Unix conversions.
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Weekday(), z.YearDay())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 5).UTC(), time.Unix(-1, 0).UTC())
	fmt.Println(time.Unix(1, -1).UTC(), time.Unix(0, 3e9).UTC(), time.UnixMilli(1700000000123).UTC())
	fmt.Println(time.UnixMicro(-1).UTC(), time.Unix(1700000000, 0).IsZero())
	fmt.Println(time.Unix(1700000000, 0).In(time.UTC).Unix())

	// Truncate and Round (relative to the zero Time).
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Second, time.Minute,
		time.Hour, 24 * time.Hour, 7 * time.Millisecond, 90 * time.Minute, 0, -1} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}

	// Months and weekdays.
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday+1; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(time.Month(0), time.Weekday(-1))
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Friday)

	// Every day of a leap year walked with AddDate.
	d := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	count, sundays := 0, 0
	for d.Year() == 2024 {
		if d.Weekday() == time.Sunday {
			sundays++
		}
		count++
		d = d.AddDate(0, 0, 1)
	}
	fmt.Println("days in 2024:", count, "Sundays:", sundays)
	fmt.Println(time.UTC, est, time.UTC.String())
}
