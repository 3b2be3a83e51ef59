package main

import "fmt"

type Celsius float32
type Mask uint8

const (
	freezing Celsius = 0
	boiling  Celsius = 100
	mid              = (freezing + boiling) / 3
	all      Mask    = 0xF0 | 0x0F
	none             = all &^ all
)

// Typed constants keep their type through constant arithmetic; integer constant division
// truncates; float32 constants are rounded to float32 when used.
func main() {
	fmt.Printf("%T %v\n", mid, mid)
	fmt.Printf("%T %v %T %v\n", all, all, none, none)
	const i8 int8 = -128
	const q = i8 / 3
	fmt.Printf("%T %v %v\n", q, q, i8%3)
	const f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32 == 0.1)
	const f64 = 0.1
	fmt.Println(float32(f64) == f32)
	fmt.Println(float32(1<<24+1), float64(1<<53+1))
	const s = len("héllo")
	var arr [s]byte
	fmt.Println(s, len(arr))
	const n = len([3]int{})
	var a2 [4]int
	const m = len(a2) * 2
	fmt.Println(n, m)
	const big = 1 << 40
	fmt.Println(int64(big)*2, uint8(big>>33))
}
