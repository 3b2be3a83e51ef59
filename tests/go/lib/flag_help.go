// args: -h
// stderr: -count int
// stderr: how many (default 3)
package main

import (
	"flag"
	"fmt"
)

// -h prints the usage and exits with status 0.
func main() {
	flag.Int("count", 3, "how many")
	flag.Parse()
	fmt.Println("not reached")
}
