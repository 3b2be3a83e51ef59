// env: TZ=UTC
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond + 1, time.Second, 90 * time.Minute,
		-time.Hour - 30*time.Second - 5*time.Millisecond, 1<<63 - 1, -1 << 63, 100 * time.Hour, 1234567890} {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Println(d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Truncate(0), d.Round(-1), d.Abs())
		fmt.Printf("%v %d %s %q %#v %08v\n", d, d, d, d, d, d)
	}
	for _, s := range []string{"1h", "1h30m", "1.5h", "-2m3.5s", "300ms", "1us", "1µs", "1μs", "10ns", "+5s", ".5s", "5.s",
		"0", "", "1", "1x", "h", "1.h", "9223372036854775807ns", "9223372036854775808ns", "2562047h47m16.854775807s",
		"2562048h", "1h-1m", "3m4", "-0", "0.000000001s", "0.0000000001s", "1e3s", "1_000ms", "+-1s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
	// Date normalisation.
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, -13, -400, -25, -61, -61, -1, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, 1, 31, 12, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2023, 3, 31, 12, 0, 0, 0, time.UTC).AddDate(0, -1, -31))
	t := time.Date(2023, 3, 5, 14, 7, 9, 123456789, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Second, time.Minute, 7 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second, 1234567 * time.Microsecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Round(time.Hour), time.Date(-100, 1, 1, 0, 30, 0, 0, time.UTC).Round(time.Hour))
	u := time.Unix(1700000000, 5)
	fmt.Println(u.UTC(), u.Unix(), u.Nanosecond())
	fmt.Println(time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC(), time.Unix(1, 2e9).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Unix(0, 0).UTC().Format(time.RFC3339Nano))
	a := time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b), a.Add(36*time.Hour), a.Before(b), a.After(b), a.Equal(b))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)))
	est := time.FixedZone("EST", -5*3600)
	c := time.Date(2023, 3, 5, 10, 0, 0, 0, est)
	fmt.Println(c, c.UTC(), c.Equal(c.UTC()), c == c.UTC(), c.Location(), c.UTC().Location())
	n, off := c.Zone()
	fmt.Println(n, off)
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println(time.Month(0), time.Month(-1))
	for d := time.Sunday; d <= time.Saturday+1; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %#v\n", time.May, time.May, time.May, time.May)
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday())
	fmt.Printf("%#v\n", time.Date(2023, 3, 5, 14, 7, 9, 123, time.UTC))
	fmt.Printf("%#v\n", time.Date(2023, 3, 5, 14, 7, 9, 0, est))
	fmt.Println(t.Clock())
	fmt.Println(t.Date())
	fmt.Println(t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.YearDay())
	ts, _ := t.MarshalText()
	fmt.Println(string(ts))
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2001-02-03T04:05:06.7+01:00")), t2)
	j, _ := t.MarshalJSON()
	fmt.Println(string(j))
}
