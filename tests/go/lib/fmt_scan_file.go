package main

import (
	"fmt"
	"os"
)

func main() {
	name := fmt.Sprintf("%s/gosub_fmt_scan_file_%d.txt", os.TempDir(), os.Getpid())
	defer os.Remove(name)
	os.WriteFile(name, []byte("3 1.5 go\n42 rest of line\n"), 0o644)
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	var a int
	var b float64
	var c string
	n, err := fmt.Fscan(f, &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Fscanln(f, &a, &c)
	fmt.Println(n, err, a, c)
	n, err = fmt.Fscanf(f, "%s %s\n", &c, &c)
	fmt.Println(n, err, c)
	n, err = fmt.Fscan(f, &a)
	fmt.Println(n, err)
	f.Close()
	n, err = fmt.Fscan(f, &a)
	fmt.Println(n, err != nil)
}
