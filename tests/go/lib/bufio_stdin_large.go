package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// A large stdin, read in many chunks: numbers summed line by line, a 20000-byte line that
// grows the buffer, then a 60000-byte line over the 50000-byte limit set with Buffer.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 100), 50000)
	lines, words, sum, longest := 0, 0, 0, 0
	var last string
	for sc.Scan() {
		lines++
		t := sc.Text()
		if len(t) > longest {
			longest = len(t)
		}
		for _, f := range strings.Fields(t) {
			if n, err := strconv.Atoi(f); err == nil {
				words++
				sum += n
			}
		}
		last = t
	}
	fmt.Println("lines:", lines, "numbers:", words, "sum:", sum, "longest:", longest)
	fmt.Printf("last: %q\n", last)
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
}
