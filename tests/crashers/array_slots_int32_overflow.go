// error: 5:5: symbol too large
// From ../shared/crashers/array_slots_int32_overflow.go (README.md there); expectation checked with Go 1.19.
package main

var a [1 << 31]int // 2^31 slots: truncated to int32 gives a negative slot count

func main() {
	for i := 0; i < 100000; i++ {
		a[i*1000] = 0x41414141
	}
	println(len(a), a[5000])
}
