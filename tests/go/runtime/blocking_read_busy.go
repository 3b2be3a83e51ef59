// env: GOMAXPROCS=1
package main

// A goroutine that never blocks holds the only P while main reads stdin: when the read
// returns, main must get the P back (at the spinner's next preemption), not wait forever.

import (
	"bufio"
	"fmt"
	"os"
)

var n int

func main() {
	go func() {
		for {
			n++
		}
	}()
	r := bufio.NewReader(os.Stdin)
	for i := 0; i < 3; i++ {
		line, err := r.ReadString('\n')
		fmt.Printf("got %q %v\n", line, err)
	}
}
