// A struct copied by value by one goroutine while another writes one of its fields.
// race: 23 19
package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

var p Point

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		p.Y = 5
	}()
	go func() {
		defer wg.Done()
		q := p
		_ = q
	}()
	wg.Wait()
	fmt.Println(p.X)
}
