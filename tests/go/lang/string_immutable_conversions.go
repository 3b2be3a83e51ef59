package main

import "fmt"

// Converting between strings and byte or rune slices copies: later writes to the slice do
// not change the string, and writes to the string's copy do not change the slice.
func main() {
	b := []byte("hello")
	s := string(b)
	b[0] = 'J'
	fmt.Println(s, string(b))
	t := s[1:4]
	u := s
	u += "!"
	fmt.Println(s, t, u, len(s), len(u))
	rs := []rune("añb")
	s2 := string(rs)
	rs[1] = 'n'
	fmt.Println(s2, string(rs))
	bs2 := []byte(s)
	bs2 = append(bs2, " world"...)
	fmt.Println(s, string(bs2))
	m := map[string]int{}
	key := []byte("k1")
	m[string(key)] = 1
	key[1] = '2'
	m[string(key)] = 2
	fmt.Println(m)
	fmt.Printf("%T %T %v\n", s[0], s[0:1], s[len(s):] == "")
}
