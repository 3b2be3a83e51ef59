package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	n, _ := b.WriteRune('é')
	fmt.Println(b.String(), b.Len(), b.Cap(), n)
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Println(b.String())

	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p))
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err, b.UnreadRune(), b.UnreadRune())
	r, size, _ = b.ReadRune()
	fmt.Println(string(r), size)
	rest, err := b.ReadBytes('z')
	fmt.Printf("%q %v\n", rest, err)
	n, err = b.Read(p)
	fmt.Println(n, err, b.Len())
	n, err = b.Read(nil)
	fmt.Println(n, err)

	b2 := bytes.NewBufferString("line1\nline2\nline3")
	fmt.Printf("%q\n", b2.Next(3))
	fmt.Printf("%q\n", b2.Next(100))
	b2.Reset()
	b2.WriteString("abcdef")
	b2.Truncate(3)
	fmt.Println(b2.String(), b2.Len())
	b2.Truncate(0)
	fmt.Println(b2.Len())

	var big bytes.Buffer
	caps := []int{}
	for i := 0; i < 2000; i++ {
		big.WriteString("0123456789")
		if len(caps) == 0 || caps[len(caps)-1] != big.Cap() {
			caps = append(caps, big.Cap())
		}
	}
	fmt.Println(big.Len(), caps)
	big.Next(19990)
	big.WriteString("tail")
	fmt.Println(big.String(), big.Cap())

	var g bytes.Buffer
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(10)
	fmt.Println(g.Cap())

	var from bytes.Buffer
	m, err := from.ReadFrom(strings.NewReader(strings.Repeat("x", 1500)))
	fmt.Println(m, err, from.Len(), from.Cap())
	var to strings.Builder
	m, err = from.WriteTo(&to)
	fmt.Println(m, err, to.Len(), from.Len())

	bb := bytes.NewBuffer([]byte("copy me"))
	m, err = io.Copy(os.Stdout, bb)
	fmt.Println()
	fmt.Println(m, err)

	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	for _, f := range []func(){
		func() { var x bytes.Buffer; x.Truncate(5) },
		func() { var x bytes.Buffer; x.Grow(-1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	rd := bytes.NewReader([]byte("héllo, reader"))
	fmt.Println(rd.Len(), rd.Size())
	ch, sz, _ := rd.ReadRune()
	ch2, sz2, _ := rd.ReadRune()
	fmt.Println(string(ch), sz, string(ch2), sz2, rd.UnreadRune(), rd.UnreadRune())
	by, _ := rd.ReadByte()
	fmt.Println(string(by), rd.UnreadByte(), rd.Len())
	buf := make([]byte, 4)
	n, err = rd.ReadAt(buf, 7)
	fmt.Println(n, err, string(buf))
	n, err = rd.ReadAt(buf, 12)
	fmt.Println(n, err, string(buf[:n]))
	_, err = rd.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := rd.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all))
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	_, err = rd.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	rd.Seek(0, io.SeekStart)
	var sb strings.Builder
	m, err = rd.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	n, err = rd.Read(buf)
	fmt.Println(n, err, errors.Is(err, io.EOF))
	rd.Reset([]byte("again"))
	fmt.Println(rd.Len())
	fresh := bytes.NewReader(nil)
	fmt.Println(fresh.UnreadByte(), fresh.UnreadRune())
	fresh.Reset([]byte("x"))
	fresh.ReadByte()
	fmt.Println(fresh.UnreadRune())
}
