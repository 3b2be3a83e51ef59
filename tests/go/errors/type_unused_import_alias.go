// go: skip
// error: 12:2: "strings" imported as str and not used
// error: 13:2: "math" imported and not used
// error: 15:2: "os" imported and not used
// Go 1.19 words these `imported and not used: "strings" as str`; Go 1.20 and later put the
// path first (positions checked with Go 1.19). Renamed, dot and plain imports must all be
// used; the blank import is exempt.
package main

import (
	"fmt"
	str "strings"
	. "math"
	_ "sort"
	"os"
)

func main() {
	fmt.Println("hi")
}
