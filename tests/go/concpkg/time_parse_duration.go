package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "+0", "-0", "0s", "1ns", "1us", "1µs", "1μs", "1ms", "1s", "1m", "1h",
		"1.5h", "-1.5h", "+2m3s", ".5s", "5.s", "1.000000001s", "0.1234567891s", "1h2m3s4ms5us6ns",
		"3m3m", "2562047h47m16.854775807s", "-2562047h47m16.854775808s", "9223372036854775807ns",
		"100ms", "1.5µs", "0.0000000001s",
		// errors
		"", "1", "s", ".s", ".", "-", "+", "1x", "1sx", "3 s", " 3s", "1.5", "1s2",
		"2562047h47m16.854775808s", "9223372036854775808ns", "99999999999999999999h", "1e3s",
		"1\"s", "1\x01s", "1ßs", "ten seconds", "1hh", "..5s",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error: %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %v (%d)\n", s, d, int64(d))
	}
	// Round trip through String.
	bad := 0
	for d := time.Duration(1); d > 0 && d < time.Duration(1<<62); d = d*3 + 7 {
		for _, x := range []time.Duration{d, -d} {
			back, err := time.ParseDuration(x.String())
			if err != nil || back != x {
				bad++
			}
		}
	}
	fmt.Println("round trip failures:", bad)
}
