package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var n, x, y int
	var name string
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		fmt.Scan(&x)
		sum += x
	}
	fmt.Println("sum", sum)
	c, err := fmt.Scanln(&name, &x)
	fmt.Println(c, err, name, x)
	c, err = fmt.Scanln(&name, &x)
	fmt.Println(c, err, name, x)
	c, err = fmt.Scanf("%d-%d\n", &x, &y)
	fmt.Println(c, err, x, y)
	c, err = fmt.Scanf("%s %d", &name, &x)
	fmt.Println(c, err, name, x)
	// Scanf consumed "sam 5" and no more; Fscan on os.Stdin reads on (it is no RuneScanner).
	c, err = fmt.Fscan(os.Stdin, &name)
	fmt.Println(c, err, name)
	// The rune after a token is lost to whoever reads next; the rest is there.
	rest, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	fmt.Printf("%q\n", rest)
	c, err = fmt.Scan(&x)
	fmt.Println(c, err)
	c, err = fmt.Scanln(&x)
	fmt.Println(c, err)
}
