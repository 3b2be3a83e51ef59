package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// countingReader hands out its data k bytes per Read and counts the calls.
type countingReader struct {
	data  string
	k     int
	calls int
	err   error // after the data (io.EOF if nil)
}

func (r *countingReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.data) == 0 {
		if r.err != nil {
			err := r.err
			r.err = nil
			return 0, err
		}
		return 0, io.EOF
	}
	n := r.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

type sink struct {
	writes []int
	data   []byte
}

func (s *sink) Write(p []byte) (int, error) {
	s.writes = append(s.writes, len(p))
	s.data = append(s.data, p...)
	return len(p), nil
}

func main() {
	// Buffers below 16 bytes are raised to 16; wrapping a big enough Reader returns it.
	src := &countingReader{data: "0123456789abcdefghijklmnopqrstuvwxyz\nshort\n", k: 3}
	r := bufio.NewReaderSize(src, 5)
	fmt.Println("size:", r.Size(), bufio.NewReaderSize(r, 16) == r, bufio.NewReaderSize(r, 17) == r)

	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", err)
			break
		}
		fmt.Printf("ReadLine: %q prefix=%v\n", line, isPrefix)
	}

	// "\r" as the buffer's last byte: ReadLine holds it back in case "\n" follows.
	r = bufio.NewReaderSize(&countingReader{data: "0123456789abcde\r\nnext\r\rx\n", k: 16}, 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			break
		}
		fmt.Printf("ReadLine: %q prefix=%v\n", line, isPrefix)
	}

	r = bufio.NewReaderSize(&countingReader{data: "a-long-line-without-dashes-at-all? no-\nrest", k: 4}, 16)
	for i := 0; i < 4; i++ {
		s, err := r.ReadSlice('-')
		fmt.Printf("ReadSlice: %q %v\n", s, err)
	}
	s, err := r.ReadString('\n')
	fmt.Printf("ReadString: %q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("ReadString: %q %v\n", s, err)

	r = bufio.NewReaderSize(&countingReader{data: "0123456789abcdefghij", k: 7}, 16)
	p, err := r.Peek(20)
	fmt.Printf("Peek(20): %q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("Peek(-1): %q %v\n", p, err)
	p, err = r.Peek(16)
	fmt.Printf("Peek(16): %q %v\n", p, err)
	n, err := r.Discard(18)
	fmt.Println("Discard(18):", n, err, r.Buffered())
	p, err = r.Peek(5)
	fmt.Printf("Peek(5) near end: %q %v\n", p, err)

	// Runes split across refills.
	src = &countingReader{data: "ab€😀é\xe2\x82x😀", k: 1}
	r = bufio.NewReaderSize(src, 16)
	for {
		ru, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune:", err)
			break
		}
		fmt.Printf("%q/%d ", ru, size)
	}
	fmt.Println("calls:", src.calls)

	// A Read into a slice at least as large as the buffer goes straight through.
	src = &countingReader{data: "0123456789abcdefghijklmnopqrstuvwxyz", k: 10}
	r = bufio.NewReaderSize(src, 16)
	small := make([]byte, 4)
	big := make([]byte, 32)
	n, err = r.Read(small)
	fmt.Printf("Read small: %d %q %v buffered=%d calls=%d\n", n, small[:n], err, r.Buffered(), src.calls)
	n, err = r.Read(big)
	fmt.Printf("Read big: %d %q %v calls=%d\n", n, big[:n], err, src.calls)
	n, err = r.Read(big)
	fmt.Printf("Read big: %d %q %v calls=%d\n", n, big[:n], err, src.calls)
	fmt.Println("UnreadByte after big read:", r.UnreadByte())
	n, err = r.Read(big)
	fmt.Printf("Read: %d %q %v\n", n, big[:n], err)
	n, err = r.Read(big)
	fmt.Printf("Read: %d %v\n", n, err)
	n, err = r.Read(nil)
	fmt.Printf("Read(nil): %d %v\n", n, err)

	// An error from the underlying reader comes after the data before it, once.
	boom := errors.New("boom")
	r = bufio.NewReaderSize(&countingReader{data: "partial line", k: 5, err: boom}, 16)
	s, err = r.ReadString('\n')
	fmt.Printf("ReadString: %q %v %v\n", s, err, err == boom)
	s, err = r.ReadString('\n')
	fmt.Printf("ReadString: %q %v\n", s, err)

	// WriteTo (through io.Copy) drains the buffer and then the rest.
	r = bufio.NewReaderSize(&countingReader{data: "abcdefghijklmnopqrstuvwxyz0123456789", k: 5}, 16)
	r.ReadByte()
	out := &sink{}
	copied, err := io.Copy(out, r)
	fmt.Printf("Copy: %d %v %q writes=%v\n", copied, err, out.data, out.writes)

	// Reset drops what was buffered.
	r = bufio.NewReaderSize(&countingReader{data: "old data here", k: 20}, 16)
	r.ReadByte()
	r.Reset(&countingReader{data: "new", k: 1})
	all, err := io.ReadAll(r)
	fmt.Printf("after Reset: %q %v buffered=%d\n", all, err, r.Buffered())

	rw := bufio.NewReadWriter(bufio.NewReader(&countingReader{data: "in", k: 1}), bufio.NewWriter(out))
	c, _ := rw.ReadByte()
	rw.WriteString("<>")
	fmt.Printf("ReadWriter: %q %d %d\n", c, rw.Writer.Buffered(), rw.Reader.Buffered())
	rw.Flush()
	fmt.Printf("%q\n", out.data[len(out.data)-2:])
}
