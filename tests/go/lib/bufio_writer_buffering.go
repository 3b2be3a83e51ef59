package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

// recorder keeps what reaches it and how it arrived.
type recorder struct {
	calls []string
	fail  int // fail the call with this number (1-based); 0: never
	short bool
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	if len(r.calls) == r.fail {
		if r.short {
			return len(p) / 2, nil
		}
		return 1, errors.New("device full")
	}
	return len(p), nil
}

// stringRecorder also has WriteString, which bufio uses for large strings.
type stringRecorder struct {
	recorder
}

func (r *stringRecorder) WriteString(s string) (int, error) {
	r.calls = append(r.calls, "S:"+s)
	return len(s), nil
}

func main() {
	// Output through a bufio.Writer on os.Stdout appears when flushed, after whatever
	// fmt printed in between.
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Println("direct 1")
	w.WriteString("buffered 2\n")
	fmt.Println("buffered bytes:", w.Buffered(), "available:", w.Available(), "size:", w.Size())
	w.Flush()
	fmt.Println("direct 2, buffered now", w.Buffered())

	rec := &recorder{}
	bw := bufio.NewWriterSize(rec, 8)
	bw.WriteString("abc")
	bw.WriteByte('d')
	n, err := bw.WriteRune('é')
	fmt.Println("WriteRune:", n, err, bw.Buffered())
	n, err = bw.WriteRune('€') // does not fit: flushes first
	fmt.Println("WriteRune:", n, err, bw.Buffered(), rec.calls)
	n, err = bw.Write([]byte("0123456789abcdefghij")) // larger than the buffer
	fmt.Printf("Write: %d %v buffered=%d calls=%q\n", n, err, bw.Buffered(), rec.calls)
	bw.Flush()
	n, err = bw.Write([]byte("ABCDEFGHIJKLMNOPQRST")) // empty buffer: straight through
	fmt.Printf("Write: %d %v buffered=%d calls=%q\n", n, err, bw.Buffered(), rec.calls)
	bw.Write([]byte("xy"))
	fmt.Println("Flush:", bw.Flush(), bw.Flush(), rec.calls[len(rec.calls)-1])

	// Wrapping a Writer that is big enough returns it; the default size is 4096.
	fmt.Println(bufio.NewWriterSize(bw, 8) == bw, bufio.NewWriterSize(bw, 9) == bw,
		bufio.NewWriterSize(rec, 0).Size(), bufio.NewWriterSize(rec, -5).Size())

	// Large strings go through WriteString when the underlying writer has one.
	srec := &stringRecorder{}
	sw := bufio.NewWriterSize(srec, 8)
	sw.WriteString("hi")
	sw.WriteString("a string longer than eight")
	sw.WriteString("then more text")
	sw.Flush()
	fmt.Printf("%q\n", srec.calls)

	// An error sticks: later writes and flushes report it and write nothing.
	frec := &recorder{fail: 2}
	ew := bufio.NewWriterSize(frec, 4)
	for _, s := range []string{"ab", "cdef", "gh", "ij"} {
		n, err := ew.WriteString(s)
		fmt.Printf("WriteString(%q): %d %v buffered=%d\n", s, n, err, ew.Buffered())
	}
	fmt.Println("WriteByte:", ew.WriteByte('z'))
	_, err = ew.WriteRune('✓')
	fmt.Println("WriteRune:", err)
	fmt.Println("Flush:", ew.Flush())
	fmt.Printf("calls: %q\n", frec.calls)

	// A short write without an error is io.ErrShortWrite.
	srec2 := &recorder{fail: 1, short: true}
	shw := bufio.NewWriterSize(srec2, 16)
	shw.WriteString("12345678")
	fmt.Println("short:", shw.Flush(), shw.Buffered())

	// Reset drops the data and the error.
	ew.Reset(rec)
	ew.WriteString("ok")
	fmt.Println("after Reset:", ew.Flush(), rec.calls[len(rec.calls)-1])

	// AvailableBuffer: append into the free space, then Write it.
	ab := bufio.NewWriterSize(os.Stdout, 32)
	b := ab.AvailableBuffer()
	b = append(b, "appended "...)
	b = append(b, '4', '2', '\n')
	ab.Write(b)
	fmt.Println("before flush")
	ab.Flush()

	// Never flushed: lost when main returns.
	lost := bufio.NewWriter(os.Stdout)
	lost.WriteString("this is never printed\n")
}
