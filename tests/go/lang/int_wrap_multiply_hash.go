package main

import "fmt"

// FNV-1a, 32 and 64 bit, relies on multiplication that wraps modulo 2^32 and 2^64.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "foobar", "héllo, 世界"} {
		fmt.Printf("%q %d %d %x\n", s, fnv32(s), fnv64(s), fnv64(s))
	}
	var i32 int32 = 1 << 30
	var i64 int64 = 1 << 62
	var up uintptr = 1 << 63
	fmt.Println(i32*4, i32*3, i64*2, i64*3, up*2, up+up-1)
	x := int16(181)
	fmt.Println(x*x, x*x*x, uint16(x)*uint16(x)*uint16(x))
}
