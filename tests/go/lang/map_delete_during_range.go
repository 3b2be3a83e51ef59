package main

import "fmt"

// Deleting entries during a range over a map is allowed: the current entry can be deleted,
// and entries deleted before they are reached are not produced. delete of a missing key,
// or on a nil map, does nothing.
func main() {
	m := map[int]string{}
	for i := 0; i < 100; i++ {
		m[i] = fmt.Sprint(i)
	}
	visits := 0
	for k := range m {
		delete(m, k)
		visits++
	}
	fmt.Println(visits, len(m))

	for i := 0; i < 50; i++ {
		m[i] = ""
	}
	visits = 0
	for k := range m {
		for other := range m {
			if other != k {
				delete(m, other)
			}
		}
		visits++
	}
	fmt.Println(visits, len(m))

	delete(m, 12345)
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(len(m), len(nm), nm == nil)

	evens := map[int]bool{}
	for i := 0; i < 20; i++ {
		evens[i] = i%2 == 0
	}
	for k, even := range evens {
		if !even {
			delete(evens, k)
		}
	}
	fmt.Println(len(evens), evens)
}
