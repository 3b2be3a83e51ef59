package main

import "fmt"

type Vec3 struct{ X, Y, Z float64 }
type Big struct{ A [5]int64 }
type Odd struct {
	A int32
	B int16
	C int8
}

func report(name string, caps []int) {
	fmt.Println(name, caps)
}

// Capacities after one-at-a-time appends, for pointer-free element types of 1, 2, 4, 7
// (padded to 8), 12, 24 and 40 bytes: gc doubles below 256 elements, then grows by
// (cap+768)/4, and rounds every allocation up to a malloc size class.
func main() {
	const n = 1300
	var b []byte
	var caps []int
	for i := 0; i < n; i++ {
		if len(b) == cap(b) {
			b = append(b, byte(i))
			caps = append(caps, cap(b))
			continue
		}
		b = append(b, byte(i))
	}
	report("byte", caps)

	var h []int16
	caps = nil
	for i := 0; i < n; i++ {
		c := cap(h)
		h = append(h, int16(i))
		if cap(h) != c {
			caps = append(caps, cap(h))
		}
	}
	report("int16", caps)

	var w []float32
	caps = nil
	for i := 0; i < n; i++ {
		c := cap(w)
		w = append(w, float32(i))
		if cap(w) != c {
			caps = append(caps, cap(w))
		}
	}
	report("float32", caps)

	var o []Odd
	caps = nil
	for i := 0; i < n; i++ {
		c := cap(o)
		o = append(o, Odd{})
		if cap(o) != c {
			caps = append(caps, cap(o))
		}
	}
	report("odd8", caps)

	var t [][3]int32
	caps = nil
	for i := 0; i < n; i++ {
		c := cap(t)
		t = append(t, [3]int32{})
		if cap(t) != c {
			caps = append(caps, cap(t))
		}
	}
	report("int32x3", caps)

	var v []Vec3
	caps = nil
	for i := 0; i < n; i++ {
		c := cap(v)
		v = append(v, Vec3{})
		if cap(v) != c {
			caps = append(caps, cap(v))
		}
	}
	report("vec3", caps)

	var g []Big
	caps = nil
	for i := 0; i < n; i++ {
		c := cap(g)
		g = append(g, Big{})
		if cap(g) != c {
			caps = append(caps, cap(g))
		}
	}
	report("big40", caps)
	fmt.Println(b[n-1], h[n-1], w[n-1], len(o), len(t), len(v), len(g))
}
