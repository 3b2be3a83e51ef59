// Package hex: hexadecimal encoding and decoding, and hex dumps in the format of
// `hexdump -C`. Pure Go.
package hex

import (
	"errors"
	"fmt"
	"io"
)

const digits = "0123456789abcdef"

// ErrLength reports an odd-length input to Decode.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex of src into dst (EncodedLen(len(src)) bytes) and returns that
// length.
func Encode(dst, src []byte) int {
	for i, v := range src {
		dst[2*i] = digits[v>>4]
		dst[2*i+1] = digits[v&0x0f]
	}
	return len(src) * 2
}

// AppendEncode appends the hex of src to dst.
func AppendEncode(dst, src []byte) []byte {
	n := len(dst)
	dst = append(dst, make([]byte, EncodedLen(len(src)))...)
	Encode(dst[n:], src)
	return dst
}

func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// fromHex returns the value of a hex digit (either case), or false.
func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode writes the bytes src spells into dst and returns how many. A bad digit stops it
// with InvalidByteError (the bytes before it decoded); an odd length gives ErrLength —
// unless the last digit is itself bad.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, ok := fromHex(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		lo, ok := fromHex(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		if _, ok := fromHex(src[len(src)-1]); !ok {
			return n, InvalidByteError(src[len(src)-1])
		}
		return n, ErrLength
	}
	return n, nil
}

// AppendDecode appends the bytes src spells to dst (as far as they decode).
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(dst)
	dst = append(dst, make([]byte, DecodedLen(len(src)))...)
	k, err := Decode(dst[n:], src)
	return dst[:n+k], err
}

func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// NewEncoder returns a Writer that writes the hex of what it is given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

type encoder struct {
	w   io.Writer
	err error
}

func (e *encoder) Write(p []byte) (n int, err error) {
	const chunk = 512
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk {
			k = chunk
		}
		out := make([]byte, EncodedLen(k))
		Encode(out, p[:k])
		var written int
		written, e.err = e.w.Write(out)
		n += written / 2
		p = p[k:]
	}
	return n, e.err
}

// NewDecoder returns a Reader that decodes the hex read from r. A bad digit, or a dangling
// digit at the end (io.ErrUnexpectedEOF), is reported once the bytes before it are read.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

type decoder struct {
	r   io.Reader
	err error
	in  []byte // digits read but not yet decoded
	arr [1024]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if _, ok := fromHex(d.in[len(d.in)-1]); !ok {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, err
}

// Dump returns the hex dump of data: per 16 bytes, the offset, the bytes in hex (two
// groups of eight) and the printable ASCII ones between bars.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b []byte
	for off := 0; off < len(data); off += 16 {
		end := off + 16
		if end > len(data) {
			end = len(data)
		}
		b = dumpLine(b, off, data[off:end])
	}
	return string(b)
}

// dumpLine appends the dump line of up to 16 bytes at offset off.
func dumpLine(b []byte, off int, line []byte) []byte {
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, digits[off>>shift&0xf])
	}
	b = append(b, "  "...)
	for i := 0; i < 16; i++ {
		if i < len(line) {
			b = append(b, digits[line[i]>>4], digits[line[i]&0xf], ' ')
		} else {
			b = append(b, "   "...)
		}
		if i == 7 {
			b = append(b, ' ')
		}
	}
	b = append(b, " |"...)
	for _, c := range line {
		if c < 32 || c > 126 {
			c = '.'
		}
		b = append(b, c)
	}
	return append(b, "|\n"...)
}

// Dumper returns a WriteCloser that writes a hex dump of what it is given to w, a line
// per 16 bytes; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	line   []byte // bytes of the current line
	off    int    // offset of the current line
	closed bool
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for len(data) > 0 {
		k := 16 - len(d.line)
		if k > len(data) {
			k = len(data)
		}
		d.line = append(d.line, data[:k]...)
		data = data[k:]
		n += k
		if len(d.line) == 16 {
			if _, err = d.w.Write(dumpLine(nil, d.off, d.line)); err != nil {
				return n, err
			}
			d.off += 16
			d.line = d.line[:0]
		}
	}
	return n, nil
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if len(d.line) == 0 {
		return nil
	}
	_, err := d.w.Write(dumpLine(nil, d.off, d.line))
	return err
}
