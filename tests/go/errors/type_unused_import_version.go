// go: skip (math/rand/v2 is Go 1.22)
// error: 10:2: "math/rand/v2" imported as rand and not used
// error: 11:2: "math/rand/v2" imported and not used
// error: 12:2: "math/rand/v2" imported as r and not used
// An import of a package whose clause names it otherwise than the path's last element shows
// that name, as Go 1.22 does; one renamed to the last element does not.
package main

import (
	"math/rand/v2"
	v2 "math/rand/v2"
	r "math/rand/v2"
)

func main() {}
