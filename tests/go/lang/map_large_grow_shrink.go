package main

import "fmt"

// Inserting, overwriting, deleting and re-inserting many keys keeps len and lookups right
// through every internal resize.
func main() {
	m := make(map[int]int)
	const n = 200000
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k != v*7 {
			fmt.Println("bad", k, v)
		}
		sum += v
	}
	fmt.Println(sum)
	for i := 0; i < n; i += 4 {
		m[i*7] = -1
	}
	fmt.Println(len(m), m[0], m[7], m[14], m[28])
	_, ok := m[14]
	fmt.Println(ok)
	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s[fmt.Sprintf("key-%d", i%30000)] += i
	}
	fmt.Println(len(s), s["key-0"], s["key-29999"])
}
