package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Point scans as (x,y), nesting Fscanf on the ScanState.
type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

// Word takes letters only, with Token.
type Word string

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("no letters")
	}
	*w = Word(strings.ToUpper(string(tok)))
	return nil
}

// Runes reads exactly its width in runes (default 2) with ReadRune.
type Runes string

func (r *Runes) Scan(st fmt.ScanState, verb rune) error {
	w, ok := st.Width()
	if !ok {
		w = 2
	}
	var b []rune
	for i := 0; i < w; i++ {
		c, size, err := st.ReadRune()
		if err != nil {
			return err
		}
		_ = size
		b = append(b, c)
	}
	*r = Runes(fmt.Sprintf("%c:%q", verb, string(b)))
	return nil
}

// Peek reads a rune, puts it back and takes a token.
type Peek struct {
	first rune
	tok   string
}

func (p *Peek) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	c, _, _ := st.ReadRune()
	st.UnreadRune()
	tok, err := st.Token(false, nil)
	p.first, p.tok = c, string(tok)
	return err
}

type Fail struct{}

func (*Fail) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

type ReadIt struct{}

func (*ReadIt) Scan(st fmt.ScanState, verb rune) error {
	_, err := st.Read(make([]byte, 1))
	return err
}

// Line uses SkipSpace under Scanln: a newline there fails the scan.
type Line struct{ s string }

func (l *Line) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	tok, err := st.Token(false, nil)
	l.s = string(tok)
	return err
}

func main() {
	var p, q Point
	var w Word
	n, err := fmt.Sscan(" (1,2)  (3,4) hello", &p, &q, &w)
	fmt.Println(n, err, p, q, w)
	n, err = fmt.Sscan("abc123", &w)
	fmt.Println(n, err, w)
	n, err = fmt.Sscan("123", &w)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(n, err)
	var r1, r2 Runes
	n, err = fmt.Sscanf("abcdef", "%3v%s", &r1, &r2)
	fmt.Println(n, err, r1, r2)
	n, err = fmt.Sscanf("a", "%v", &r1)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	var pk Peek
	n, err = fmt.Sscan("   zebra crossing", &pk)
	fmt.Printf("%d %v %c %q\n", n, err, pk.first, pk.tok)
	n, err = fmt.Sscan("x", &Fail{})
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("x", &ReadIt{})
	fmt.Println(n, err)
	var l1, l2 Line
	n, err = fmt.Sscanln("one\ntwo", &l1, &l2)
	fmt.Println(n, err, l1.s)
	n, err = fmt.Sscan("one\ntwo", &l1, &l2)
	fmt.Println(n, err, l1.s, l2.s)
	n, err = fmt.Sscanf("one\ntwo", "%v%v", &l1, &l2)
	fmt.Println(n, err, l1.s)
	var x int
	n, err = fmt.Sscan("(5,6) 7", &p, &x)
	fmt.Println(n, err, p, x)
}
