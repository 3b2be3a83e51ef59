// go: skip (math/rand/v2 is Go 1.22; the output follows from the spec: an import without a
// name binds the package clause's name, rand, not the path's last element v2)
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(1), rand.IntN(1), rand.N(1))
}
