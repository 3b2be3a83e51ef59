package main

import (
	"fmt"
)

type Celsius float64
type Small int8
type Name string
type Bytes []byte
type Flag bool

func show(n int, err error, vals ...any) {
	fmt.Printf("n=%d err=%v", n, err)
	for _, v := range vals {
		fmt.Printf(" %#v", v)
	}
	fmt.Println()
}

func main() {
	var (
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
		b   bool
		s   string
		bs  []byte
		r   rune
	)
	n, err := fmt.Sscan("-12 127 -300 70000 -9000000000 7 255 65535 4000000000 18446744073709551615 99",
		&i, &i8, &i16, &i32, &i64, &u, &u8, &u16, &u32, &u64, &up)
	show(n, err, i, i8, i16, i32, i64, u, u8, u16, u32, u64, up)
	n, err = fmt.Sscan("1.5 -2.25e3 (1+2i) 3-4.5i true F hello bytes", &f32, &f64, &c64, &c, &b, &b, &s, &bs)
	show(n, err, f32, f64, c64, c, b, s, bs)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000 -0x10 +5", &i, &i8, &i16, &i32, &i64, &u, &u8)
	show(n, err, i, i8, i16, i32, i64, u)
	n, err = fmt.Sscan("NaN -Inf +inf 0x1p-2 1.5p3 1e400", &f64, &f32, &f64, &f64, &f32, &f64)
	show(n, err, f64, f32)
	n, err = fmt.Sscan("2.5e1 X", &f64, &f64)
	show(n, err, f64)
	var cc Celsius
	var sm Small
	var nm Name
	var by Bytes
	var fl Flag
	n, err = fmt.Sscan("36.6 -100 bob xyz true", &cc, &sm, &nm, &by, &fl)
	show(n, err, cc, sm, nm, by, fl)
	n, err = fmt.Sscan("200", &sm)
	show(n, err, sm)
	n, err = fmt.Sscan("300", &u8)
	show(n, err, u8)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	show(n, err, i64)
	n, err = fmt.Sscan("-5", &u)
	show(n, err, u)
	n, err = fmt.Sscan("tru", &b)
	show(n, err, b)
	n, err = fmt.Sscan("yes", &b)
	show(n, err, b)
	n, err = fmt.Sscan("1e", &f64)
	show(n, err, f64)
	n, err = fmt.Sscan("(1+2)", &c)
	show(n, err, c)
	n, err = fmt.Sscan("5", i)
	show(n, err)
	n, err = fmt.Sscan("5", &r)
	show(n, err, r)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	show(n, err)
	n, err = fmt.Sscan("  \n\t 42  ", &i)
	show(n, err, i)
	n, err = fmt.Sscan("1 2", &i)
	show(n, err, i)
	n, err = fmt.Sscan("1", &i, &i8)
	show(n, err, i)
	n, err = fmt.Sscan("", &i)
	show(n, err)
	n, err = fmt.Sscan("   ", &s)
	show(n, err)
	n, err = fmt.Sscan("héllo wörld ☺", &s, &bs)
	show(n, err, s, string(bs))
	n, err = fmt.Sscan("0x", &i)
	show(n, err)
	n, err = fmt.Sscan("08", &i)
	show(n, err, i)
	n, err = fmt.Sscan("1__0", &i)
	show(n, err)
	n, err = fmt.Sscan("0b102", &i, &i8)
	show(n, err, i, i8)

	// Sscanln
	n, err = fmt.Sscanln("1 2\n", &i, &i8)
	show(n, err, i, i8)
	n, err = fmt.Sscanln("1\n2", &i, &i8)
	show(n, err, i)
	n, err = fmt.Sscanln("1 2 3\n", &i, &i8)
	show(n, err, i, i8)
	n, err = fmt.Sscanln("1 2   \n", &i, &i8)
	show(n, err)
	n, err = fmt.Sscanln("", &i)
	show(n, err)
	n, err = fmt.Sscanln("\n", &i)
	show(n, err)
	n, err = fmt.Sscanln("7", &i)
	show(n, err, i)
	n, err = fmt.Sscanln("7 \r\n", &i)
	show(n, err, i)
	n, err = fmt.Sscanln("abc def\nghi", &s, &s)
	show(n, err, s)
}
