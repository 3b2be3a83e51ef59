// args: -verbose -bogus
// exit: 2
// stderr: flag provided but not defined: -bogus
// stderr: -verbose
package main

import (
	"flag"
	"fmt"
)

func main() {
	v := flag.Bool("verbose", false, "say more")
	fmt.Println("before parse", *v)
	flag.Parse()
	fmt.Println("not reached")
}
