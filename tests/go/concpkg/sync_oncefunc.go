// go: skip (OnceFunc, OnceValue and OnceValues are Go 1.21)
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("initialising") })
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	f()
	fmt.Println("OnceFunc calls:", calls)

	n := 0
	v := sync.OnceValue(func() int { n++; return 42 })
	fmt.Println("OnceValue:", v(), v(), "computed", n, "time(s)")

	parse := sync.OnceValues(func() (int, error) { return strconv.Atoi("x12") })
	x, err := parse()
	x2, err2 := parse()
	fmt.Println("OnceValues:", x, err, x2, errors.Is(err2, strconv.ErrSyntax))

	// A panic is replayed on every call.
	tries := 0
	bad := sync.OnceFunc(func() { tries++; panic("broken init") })
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			bad()
		}()
	}
	fmt.Println("the function ran", tries, "time(s)")

	badValue := sync.OnceValue(func() string { panic(errors.New("no value")) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("OnceValue recovered:", recover()) }()
			fmt.Println(badValue())
		}()
	}
}
