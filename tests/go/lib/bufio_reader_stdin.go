package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// A bufio.Reader over stdin, driven through each of its reading methods in turn.
func main() {
	r := bufio.NewReader(os.Stdin)
	fmt.Println("size:", r.Size())

	line, err := r.ReadString('\n')
	fmt.Printf("ReadString: %q %v buffered=%d\n", line, err, r.Buffered())

	b, err := r.ReadBytes(';')
	fmt.Printf("ReadBytes: %q %v\n", b, err)

	peek, err := r.Peek(5)
	fmt.Printf("Peek: %q %v\n", peek, err)

	for i := 0; i < 4; i++ {
		c, err := r.ReadByte()
		fmt.Printf("ReadByte: %q %v\n", c, err)
	}
	fmt.Println("UnreadByte:", r.UnreadByte())
	fmt.Println("UnreadByte twice:", r.UnreadByte())
	c, _ := r.ReadByte()
	fmt.Printf("again: %q\n", c)

	for i := 0; i < 7; i++ {
		ru, size, err := r.ReadRune()
		fmt.Printf("ReadRune: %q %d %v\n", ru, size, err)
	}
	fmt.Println("UnreadRune:", r.UnreadRune())
	ru, size, _ := r.ReadRune()
	fmt.Printf("again: %q %d\n", ru, size)
	r.ReadByte()
	fmt.Println("UnreadRune after ReadByte:", r.UnreadRune())

	n, err := r.Discard(3)
	fmt.Println("Discard:", n, err)

	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", err, err == io.EOF, line == nil)
			break
		}
		fmt.Printf("ReadLine: %q %v\n", line, isPrefix)
	}
	s, err := r.ReadString('\n')
	fmt.Printf("after EOF: %q %v\n", s, err)
	c, err = r.ReadByte()
	fmt.Println("ReadByte at EOF:", c, err)
	ru, size, err = r.ReadRune()
	fmt.Println("ReadRune at EOF:", ru, size, err)
	p, err := r.Peek(1)
	fmt.Println("Peek at EOF:", len(p), err)
	n, err = r.Discard(2)
	fmt.Println("Discard at EOF:", n, err)
}
