// exit: 2
// stderr: panic: invalid argument to Intn
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for _, f := range []func(){
		func() { r.Int63n(0) },
		func() { r.Int31n(-1) },
		func() { r.Shuffle(-1, func(i, j int) {}) },
		func() { var z *rand.Zipf; z.Uint64() },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
	rand.Intn(0)
}
