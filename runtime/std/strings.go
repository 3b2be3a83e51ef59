// Package strings: the parts written in Go. Searching, splitting, case mapping and
// Builder's writes are C natives (runtime/lib/strings.c); here are the functions that call
// user functions, Builder's layout, Replacer and Reader.
//
// Natives: lib_strings_funcs in runtime/lib/strings.c.
package strings

import (
	"io"
	"unicode"
	"unicode/utf8"
)

// A Builder builds a string with few copies. buf's bytes never change once written, so
// String returns buf itself; the natives append past len(buf) into a block of cap bytes.
type Builder struct {
	addr *Builder
	buf  string
	cap  int
}

func (b *Builder) String() string { return b.buf }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Cap() int       { return b.cap }

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = ""
	b.cap = 0
}

func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if count > 0 && len(s) > (1<<63-1)/count {
		panic("strings: Repeat output length overflow")
	}
	return repeat(s, count)
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Map returns s with every rune replaced by mapping(rune); runes mapped to a negative value
// are dropped. Invalid UTF-8 bytes are mapped as RuneError.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	start := 0
	changed := false
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		width := 1
		if c == utf8.RuneError {
			_, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		} else {
			width = utf8.RuneLen(c)
		}
		b.WriteString(s[start:i])
		if r >= 0 {
			b.WriteRune(r)
		}
		start = i + width
		changed = true
	}
	if !changed {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// Title maps the first letter of each word to title case (deprecated in Go, kept for old
// programs). A word starts after a separator: ASCII other than letters, digits and '_', or
// a non-ASCII space.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		wordStart := isSeparator(prev)
		prev = r
		if wordStart {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	fields := make([]string, 0)
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields
}

// A Replacer replaces a list of strings with replacements: at each position the first
// pair (in argument order) whose old string matches is used, and the scan goes on after it.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0
	prevEmpty := false // an empty old string matched at the previous position
	changed := false
	for i := 0; i <= len(s); {
		match := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if len(old) == 0 && prevEmpty {
				continue
			}
			if HasPrefix(s[i:], old) {
				match = k
				break
			}
		}
		if match < 0 {
			prevEmpty = false
			i++
			continue
		}
		keylen := len(r.oldnew[match])
		prevEmpty = keylen == 0
		b.WriteString(s[last:i])
		b.WriteString(r.oldnew[match+1])
		changed = true
		i += keylen
		last = i
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return w.Write([]byte(r.Replace(s)))
}

// A Reader reads from a string.
type Reader struct {
	s        string
	i        int64 // current reading index
	prevRune int   // index of previous rune; or < 0
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errReadAtNegative
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errSeekWhence
	}
	if abs < 0 {
		return 0, errSeekNegative
	}
	r.i = abs
	return abs, nil
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errUnreadByte
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errUnreadRuneStart
	}
	if r.prevRune < 0 {
		return errUnreadRune
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) ReadString(delim byte) (string, error) {
	if r.i >= int64(len(r.s)) {
		return "", io.EOF
	}
	rest := r.s[r.i:]
	r.prevRune = -1
	if k := IndexByte(rest, delim); k >= 0 {
		r.i += int64(k + 1)
		return rest[:k+1], nil
	}
	r.i = int64(len(r.s))
	return rest, io.EOF
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := w.Write([]byte(s))
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

type readerError string

func (e readerError) Error() string { return string(e) }

var (
	errUnreadByte      = readerError("strings.Reader.UnreadByte: at beginning of string")
	errUnreadRuneStart = readerError("strings.Reader.UnreadRune: at beginning of string")
	errUnreadRune      = readerError("strings.Reader.UnreadRune: previous operation was not ReadRune")
	errReadAtNegative  = readerError("strings.Reader.ReadAt: negative offset")
	errSeekWhence      = readerError("strings.Reader.Seek: invalid whence")
	errSeekNegative    = readerError("strings.Reader.Seek: negative position")
)
