// stderr: 69999 0 70000
// A local array of 70,000 slots whose address is taken lives in a heap cell; the cell's size
// travels in a 16-bit operand (NEWCELL b), so it gets 4464 slots and the writes run past it,
// over the arrays allocated after it (counted in bad) or into unmapped memory (SIGSEGV).
// Found beside field_offset_16bit_alias.go while triaging it; checked with Go 1.19.
package main

func main() {
	var a [70000]int
	p := &a
	bs := make([]*[1000]int, 600)
	for i := range bs {
		bs[i] = new([1000]int)
		for j := range bs[i] {
			bs[i][j] = 7
		}
	}
	for i := range p {
		p[i] = i
	}
	bad := 0
	for i := range bs {
		for j := range bs[i] {
			if bs[i][j] != 7 {
				bad++
			}
		}
	}
	println(p[69999], bad, len(p))
}
