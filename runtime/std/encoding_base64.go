// Package base64: base64 encoding (RFC 4648), standard and URL alphabets, padded or raw.
// Pure Go; decoding reports the same CorruptInputError offsets as Go's, skipping CR and
// LF anywhere in the input.
package base64

import (
	"io"
	"strconv"
)

const (
	StdPadding rune = '=' // the standard padding character
	NoPadding  rune = -1  // no padding
)

const (
	alphabetStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	alphabetURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	invalid     = 0xFF // decodeMap's entry for a byte outside the alphabet
)

// An Encoding is a 64-character alphabet with a padding choice.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte
	padChar   rune
	strict    bool // reject non-zero bits after the last full byte
}

// NewEncoding returns a padded Encoding for the 64-byte alphabet encoder.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = invalid
	}
	for i := 0; i < 64; i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
		e.encode[i] = encoder[i]
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc padding with padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.encode {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects encodings whose trailing bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var (
	StdEncoding    = NewEncoding(alphabetStd)
	URLEncoding    = NewEncoding(alphabetURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// CorruptInputError is the offset of the first bad input byte.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// Encode writes the encoding of src into dst (EncodedLen(len(src)) bytes).
func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for si := 0; si < len(src); si += 3 {
		var val uint
		n := len(src) - si
		if n > 3 {
			n = 3
		}
		for k := 0; k < 3; k++ {
			val <<= 8
			if k < n {
				val |= uint(src[si+k])
			}
		}
		// n bytes give n+1 characters, then padding up to four.
		for k := 0; k < 4; k++ {
			switch {
			case k <= n:
				dst[di] = enc.encode[val>>(18-6*k)&0x3F]
			case enc.padChar != NoPadding:
				dst[di] = byte(enc.padChar)
			default:
				continue
			}
			di++
		}
	}
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := len(dst)
	dst = append(dst, make([]byte, enc.EncodedLen(len(src)))...)
	enc.Encode(dst[n:], src)
	return dst
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// decodeQuantum decodes one quantum (four characters, or fewer at the end) from src[si:]
// into dst. It returns where it stopped, how many bytes it wrote and any error. CR and
// LF are skipped. Padding may only follow two or three characters, must be complete and
// must end the input (newlines aside).
func (enc *Encoding) decodeQuantum(dst, src []byte, si int) (nsi, n int, err error) {
	var q [4]byte
	count := 4 // characters in the quantum
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			count = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != invalid {
			q[j] = v
			continue
		}
		if isNewline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 { // "xx=" must be "xx=="
			for si < len(src) && isNewline(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && isNewline(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		count = j
		break
	}
	val := uint(q[0])<<18 | uint(q[1])<<12 | uint(q[2])<<6 | uint(q[3])
	b := [3]byte{byte(val >> 16), byte(val >> 8), byte(val)}
	for k := 0; k < count-1; k++ {
		dst[k] = b[k]
	}
	if enc.strict {
		// The bits after the last whole byte must be zero.
		switch {
		case count == 3 && b[2] != 0:
			return si, 0, CorruptInputError(si - 1)
		case count == 2 && (b[1] != 0 || b[2] != 0):
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, count - 1, err
}

// Decode decodes src into dst and returns the bytes written; on corrupt input, the
// bytes before the bad quantum are written and a CorruptInputError returned.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	for si := 0; si < len(src); {
		var k int
		si, k, err = enc.decodeQuantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(dst)
	dst = append(dst, make([]byte, enc.DecodedLen(len(src))+3)...)
	k, err := enc.Decode(dst[n:], src)
	return dst[:n+k], err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

// NewEncoder returns a WriteCloser encoding into w; Close flushes a partial quantum.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

type encoder struct {
	enc  *Encoding
	w    io.Writer
	err  error
	buf  [3]byte // bytes waiting for a whole quantum
	nbuf int
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		k := copy(e.buf[e.nbuf:], p)
		e.nbuf += k
		n += k
		p = p[k:]
		if e.nbuf < 3 {
			return n, nil
		}
		if e.err = e.flush(e.buf[:]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		k := 768 // whole quanta, at most 1024 characters a write
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		if e.err = e.flush(p[:k]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	e.nbuf = copy(e.buf[:], p)
	return n + len(p), nil
}

func (e *encoder) flush(p []byte) error {
	out := make([]byte, e.enc.EncodedLen(len(p)))
	e.enc.Encode(out, p)
	_, err := e.w.Write(out)
	return err
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.err = e.flush(e.buf[:e.nbuf])
		e.nbuf = 0
	}
	return e.err
}

// NewDecoder returns a Reader decoding what it reads from r (CR and LF dropped).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilter{r}}
}

type decoder struct {
	enc     *Encoding
	r       io.Reader
	err     error // the error to report once the output is taken
	readErr error // r's error
	buf     [1024]byte
	nbuf    int    // characters in buf not yet decoded
	out     []byte // decoded bytes not yet taken
	outbuf  [768]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// Read at least one quantum (or to the end).
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var k int
		k, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += k
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	if size := d.nbuf / 4 * 3; size > len(p) {
		var k int
		k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:whole])
		d.out = d.outbuf[:k]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:])
	return n, d.err
}

// newlineFilter drops CR and LF from what it reads.
type newlineFilter struct {
	r io.Reader
}

func (f *newlineFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if !isNewline(c) {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
