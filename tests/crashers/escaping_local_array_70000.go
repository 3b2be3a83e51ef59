// stderr: 69999 0 70000
// A local array of 70,000 slots whose address is taken lives in a heap cell; the cell's size
// travels in a 16-bit operand (NEWCELL b), so writes run past it (SIGSEGV). Found beside
// field_offset_16bit_alias.go while triaging it; checked with Go 1.19.
package main

func main() {
	var a [70000]int
	p := &a
	for i := range p {
		p[i] = i
	}
	var b [10]int
	q := &b
	println(p[69999], q[0], len(p))
}
