package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// plain is an io.Reader without ReadRune: Fscan reads it a byte at a time.
type plain struct {
	s     string
	calls int
}

func (p *plain) Read(b []byte) (int, error) {
	p.calls++
	if len(p.s) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.s)
	p.s = p.s[n:]
	return n, nil
}

type failing struct{ n int }

func (f *failing) Read(b []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk on fire")
	}
	f.n--
	b[0] = '7'
	return 1, nil
}

type dataAndEOF struct{ done bool }

func (d *dataAndEOF) Read(b []byte) (int, error) {
	if d.done {
		return 0, io.EOF
	}
	d.done = true
	b[0] = '9'
	return 1, io.EOF
}

func main() {
	var a, b int
	var s string
	// A RuneScanner keeps the rune after each token.
	r := strings.NewReader("1 2\n3 4\nword")
	for {
		n, err := fmt.Fscan(r, &a)
		if err != nil {
			fmt.Println("end:", n, err, err == io.EOF, errors.Is(err, io.EOF))
			break
		}
		fmt.Println("got", a)
	}
	r = strings.NewReader("1 2\n3 4\n\n5")
	for {
		n, err := fmt.Fscanln(r, &a, &b)
		fmt.Println(n, err, a, b)
		if err == io.EOF {
			break
		}
	}
	r = strings.NewReader("x:1 y:2\nx:3 y:4\n")
	for {
		n, err := fmt.Fscanf(r, "x:%d y:%d\n", &a, &b)
		if err != nil {
			fmt.Println(n, err, err == io.EOF)
			break
		}
		fmt.Println(a, b)
	}
	// A plain reader loses the rune read after each token.
	p := &plain{s: "12 34 56"}
	fmt.Fscan(p, &a)
	fmt.Fscan(p, &b)
	fmt.Println(a, b, p.calls)
	p = &plain{s: "12,34"}
	fmt.Fscan(p, &a)
	n, err := fmt.Fscan(p, &s)
	fmt.Println(a, n, err, s)
	// bufio.Reader is a RuneScanner.
	br := bufio.NewReader(strings.NewReader("alpha beta\ngamma"))
	var w1, w2 string
	fmt.Fscanln(br, &w1, &w2)
	rest, _ := br.ReadString(0)
	fmt.Printf("%q %q %q\n", w1, w2, rest)
	// Reader errors and EOFs.
	n, err = fmt.Fscan(&failing{2}, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscan(&dataAndEOF{}, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscan(strings.NewReader(""), &a)
	fmt.Println(n, err == io.EOF)
	n, err = fmt.Fscanf(strings.NewReader("ab"), "abc")
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err == io.EOF)
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	fmt.Println(n, err == io.ErrUnexpectedEOF)
}
