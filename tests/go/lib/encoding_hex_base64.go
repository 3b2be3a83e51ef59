package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"
)

func main() {
	src := []byte("Hello, Gopher! \x00\x01\xfe\xff")
	h := hex.EncodeToString(src)
	fmt.Println(h, hex.EncodedLen(5), hex.DecodedLen(10))
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{1, 0xab, 0xCD}), string(dst))
	back, err := hex.DecodeString(h)
	fmt.Printf("%q %v\n", back, err)
	for _, s := range []string{"48656C6c6F", "4865z", "486", "48g", "zz", "", "4"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, b, err)
		var ib hex.InvalidByteError
		fmt.Println(" ", errors.As(err, &ib), err == hex.ErrLength)
	}
	fmt.Println(hex.InvalidByteError('\n'), hex.InvalidByteError(0xe9))
	buf := make([]byte, 4)
	n, err := hex.Decode(buf, []byte("0102x3"))
	fmt.Println(n, err, buf[:n])
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\t\x7f\x80")))
	fmt.Print(hex.Dump(bytes.Repeat([]byte{0x41}, 16)))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstuvwxyz0123"))
	d.Close()
	_, err = d.Write([]byte("x"))
	fmt.Println(err, d.Close())
	var sb strings.Builder
	e := hex.NewEncoder(&sb)
	e.Write([]byte("stream"))
	fmt.Println(sb.String())
	dec := hex.NewDecoder(strings.NewReader("73747265616d"))
	all, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("7374726")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("7374q2")))
	fmt.Printf("%q %v\n", all, err)

	msgs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished\xff\xfe\x00?>"}
	encs := []struct {
		name string
		enc  *base64.Encoding
	}{{"std", base64.StdEncoding}, {"url", base64.URLEncoding}, {"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding}}
	for _, e := range encs {
		for _, m := range msgs {
			s := e.enc.EncodeToString([]byte(m))
			b, err := e.enc.DecodeString(s)
			fmt.Printf("%s %q -> %q (%d %d) -> %q %v\n", e.name, m, s, e.enc.EncodedLen(len(m)), e.enc.DecodedLen(len(s)), b, err)
		}
	}
	bad := []string{"Zm9v!", "Zm9vYg=", "Zm9vYg", "Zm9vY===", "Zm9vYg==x", "Zm9v\nYmFy", "Zm9v\r\nYg==\n", "=Zm9v", "Zm=v", "Zm9vYh==", "Zg", "Z", "Zm9vYmE=\n\nx", "Zm\n=\n="}
	for _, s := range bad {
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("std %q -> %q %v\n", s, b, err)
		b, err = base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("raw %q -> %q %v\n", s, b, err)
		b, err = base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("strict %q -> %q %v\n", s, b, err)
	}
	var ce base64.CorruptInputError
	_, err = base64.StdEncoding.DecodeString("ab!d")
	fmt.Println(errors.As(err, &ce), int64(ce))
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("custom!"))
	b, err := custom.DecodeString(s)
	fmt.Println(s, string(b), err)
	for _, f := range []func(){
		func() { base64.NewEncoding("short") },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.WithPadding('\n') },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	var out strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &out)
	w.Write([]byte("stre"))
	w.Write([]byte("aming da"))
	w.Write([]byte(strings.Repeat("x", 2000)))
	w.Close()
	fmt.Println(len(out.String()), out.String()[:24])
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(out.String()[:20]+"\n\r\n"+out.String()[20:]))
	got, err := io.ReadAll(r)
	fmt.Println(len(got), string(got[:16]), err)
	got, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("Zm9vYmFy!!")))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("Zm9vYg")))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("Zm9vYg")))
	fmt.Printf("%q %v\n", got, err)

	for _, rs := range [][]rune{[]rune("héllo"), []rune("😀 a 𝄞"), {0xd800, 'x', 0x110000, -1, 0xffff, 0x10000}} {
		enc := utf16.Encode(rs)
		fmt.Printf("%x %q\n", enc, string(utf16.Decode(enc)))
	}
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0xd83d, 0xde00, 0xd83d, 'a', 0xde00, 0xdc00, 0xd800})))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c %x\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
	r1, r2 = utf16.EncodeRune('a')
	fmt.Printf("%x %x %v %v %v\n", r1, r2, utf16.IsSurrogate(0xdbff), utf16.IsSurrogate(0xe000), utf16.IsSurrogate(0xd7ff))
}
