// env: TZ=America/New_York
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.UTC)
	for _, d := range []time.Time{
		time.Date(2023, 1, 15, 12, 0, 0, 0, time.Local),
		time.Date(2023, 7, 15, 12, 0, 0, 0, time.Local),
		time.Date(2023, 3, 12, 2, 30, 0, 0, time.Local),
		time.Date(2023, 11, 5, 1, 30, 0, 0, time.Local),
	} {
		n, off := d.Zone()
		fmt.Println(d, n, off, d.UTC(), d.Format(time.RFC1123), d.Format(time.RFC3339))
	}
	u := time.Unix(1700000000, 0)
	fmt.Println(u.Location(), u.Format(time.UnixDate), u.In(time.UTC))
	t, err := time.Parse("2006-01-02 15:04 MST", "2023-07-15 10:00 EDT")
	fmt.Println(t, err, t.Location())
	t, err = time.Parse("2006-01-02 15:04 MST", "2023-01-15 10:00 EST")
	fmt.Println(t, err)
	t, err = time.Parse("2006-01-02 15:04 -0700", "2023-01-15 10:00 -0500")
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04", "2023-07-15 10:00", time.Local)
	fmt.Println(t, err)
	t, err = time.Parse(time.RFC3339, "2023-07-15T10:00:00-04:00")
	fmt.Println(t, err, t.Location())
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err)
	loc, err = time.LoadLocation("")
	fmt.Println(loc, err)
	loc, err = time.LoadLocation("Local")
	fmt.Println(loc, err)
	loc, err = time.LoadLocation("Europe/Paris")
	if err == nil {
		fmt.Println(time.Date(2023, 7, 1, 0, 0, 0, 0, loc))
	} else {
		fmt.Println(err)
	}
	loc, err = time.LoadLocation("Nowhere/Land")
	fmt.Println(loc, err)
}
