package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/Paris", "Australia/Sydney", "Asia/Kolkata", 
		"Pacific/Chatham", "Europe/London", "Asia/Tokyo", "America/St_Johns", "Etc/GMT+5", "UTC", "Local", ""}
	instants := []time.Time{
		time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2023, 7, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2040, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2040, 7, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2099, 10, 30, 1, 30, 0, 0, time.UTC),
		time.Date(2300, 3, 30, 1, 30, 0, 0, time.UTC),
	}
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println(n, err)
			continue
		}
		fmt.Println("==", loc)
		for _, t := range instants {
			lt := t.In(loc)
			name, off := lt.Zone()
			fmt.Println(lt, name, off, lt.Format(time.RFC3339), lt.YearDay())
		}
		// Wall times in gaps and overlaps.
		for _, d := range [][3]int{{2023, 3, 12}, {2023, 11, 5}, {2023, 3, 26}, {2023, 10, 29}, {2023, 4, 2}, {2023, 10, 1}, {2045, 3, 12}, {2045, 11, 5}} {
			for _, h := range []int{0, 1, 2, 3} {
				t := time.Date(d[0], time.Month(d[1]), d[2], h, 30, 0, 0, loc)
				fmt.Print(t.Format("01-02 15:04 MST -0700"), "; ")
			}
			fmt.Println()
		}
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2023-07-15 10:00 CEST", loc)
		fmt.Println(t, err)
		t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-01-15 10:00 EST", loc)
		fmt.Println(t, err)
		t, err = time.ParseInLocation("2006-01-02 15:04", "2023-07-15 10:00", loc)
		fmt.Println(t, err)
		fmt.Printf("%#v\n", time.Date(2023, 7, 15, 10, 0, 0, 0, loc))
	}
	for _, bad := range []string{"Nowhere/Land", "../etc/passwd", "/etc/localtime", "Europe/..", "America/New York", "Asia"} {
		_, err := time.LoadLocation(bad)
		fmt.Println(bad, err)
	}
	data, err := os.ReadFile("/usr/share/zoneinfo/Europe/Berlin")
	if err == nil {
		loc, err := time.LoadLocationFromTZData("Berlin", data)
		fmt.Println(loc, err, time.Date(2023, 7, 1, 12, 0, 0, 0, loc))
	}
	_, err = time.LoadLocationFromTZData("x", []byte("nonsense"))
	fmt.Println(err)
}
