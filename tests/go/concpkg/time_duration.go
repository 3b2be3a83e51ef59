package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500, 12345, 999999, time.Millisecond, 1500 * time.Microsecond,
		123456789, time.Second - 1, time.Second, 1500 * time.Millisecond, 59 * time.Second,
		time.Minute, 61 * time.Second, 90 * time.Minute, time.Hour, 25*time.Hour + 30*time.Second,
		100 * time.Hour, time.Hour + 1, time.Minute + time.Nanosecond, -1, -1500 * time.Microsecond,
		-90 * time.Minute, math.MaxInt64, math.MinInt64, 7 * 24 * time.Hour,
	}
	for _, d := range ds {
		fmt.Printf("%d | %v | %s | %.3f s | %.4f m | %.5f h | %d ms | %d us | %d ns\n", int64(d), d, d.String(),
			d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}

	units := []time.Duration{0, -time.Second, time.Nanosecond, 7, time.Microsecond, time.Millisecond,
		time.Second, 2 * time.Second, time.Minute, time.Hour, 1500 * time.Millisecond}
	vals := []time.Duration{1234567890, -1234567890, 1500 * time.Millisecond, -1500 * time.Millisecond,
		2500 * time.Millisecond, 59*time.Minute + 30*time.Second, math.MaxInt64, math.MinInt64 + 1,
		math.MinInt64}
	for _, v := range vals {
		for _, u := range units {
			fmt.Printf("%v.Round(%v)=%v Truncate=%v\n", v, u, v.Round(u), v.Truncate(u))
		}
	}

	// Arithmetic on the typed constants.
	fmt.Println(2*time.Hour+45*time.Minute, time.Duration(1.5*float64(time.Second)), time.Hour/3,
		time.Second*time.Duration(3), -time.Minute, time.Duration(90)*time.Second)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%T %v %q %x\n", time.Second, []time.Duration{time.Second, time.Minute}, time.Second, int64(time.Second))
	type timeout struct {
		Name string
		D    time.Duration
	}
	fmt.Printf("%v %+v\n", timeout{"read", 5 * time.Second}, timeout{"write", 250 * time.Millisecond})
	var m = map[time.Duration]string{time.Second: "s", time.Millisecond: "ms"}
	fmt.Println(m)
}
