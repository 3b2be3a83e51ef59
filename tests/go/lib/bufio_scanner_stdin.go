package main

import (
	"bufio"
	"fmt"
	"os"
)

// Lines from stdin: "\r\n" endings lose the "\r", empty lines are tokens, a final line
// without "\n" still counts, a lone "\r" in the middle of a line stays. The input's second
// half is read as words by a second Scanner over the same stdin, which only sees what the
// first one has not buffered: here, nothing.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	n, bytes := 0, 0
	for sc.Scan() {
		n++
		b := sc.Bytes()
		bytes += len(b)
		fmt.Printf("%2d %q\n", n, sc.Text())
	}
	fmt.Println("lines:", n, "bytes:", bytes, "err:", sc.Err())
	fmt.Println("again:", sc.Scan(), sc.Scan(), sc.Err())

	ws := bufio.NewScanner(os.Stdin)
	ws.Split(bufio.ScanWords)
	fmt.Println("second scanner:", ws.Scan(), ws.Err())
}
