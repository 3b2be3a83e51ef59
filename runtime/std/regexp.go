// Package regexp: Go's regexp API over the RE2 engine. The natives (runtime/lib/regexp.c)
// compile a pattern and search a string; everything else is here: the Find/FindAll
// variants, replacing, expanding templates, Split.
//
// A Regexp holds its pattern, the compiled engine (an opaque *machine, shared by copies and
// never changed once made, so goroutines may use one Regexp at once) and its group names
// (names[0] is "" for the whole match). Longest swaps in a machine compiled for
// leftmost-longest matching.
//
// Matches are offsets: a match with n groups is 2*n ints (start, end of the whole match,
// then of each group, -1 for a group that took no part). findAll returns the matches of
// FindAll end to end; ReplaceAll replaces exactly those matches (Go's two loops pick the
// same ones). The []byte variants search string(b) and slice b with the offsets.
//
// Natives: lib_regexp_funcs in runtime/lib/regexp.c.
package regexp

import (
	"io"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// machine is the compiled engine: the address of a C++ RE2 object, deleted by a collector
// finalizer once no Regexp refers to it.
type machine struct {
	re2 uintptr
}

// Regexp is a compiled regular expression, safe for concurrent use (except Longest).
type Regexp struct {
	expr    string
	m       *machine
	names   []string
	longest bool
}

// syntaxError is the error of a pattern that does not parse (Go's *syntax.Error).
type syntaxError struct {
	code string
	expr string
}

func (e *syntaxError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

func compileRegexp(expr string, longest bool) (*Regexp, error) {
	m, names, code, frag := compile(expr, longest)
	if code != "" {
		return nil, &syntaxError{code, frag}
	}
	return &Regexp{expr: expr, m: m, names: names, longest: longest}, nil
}

// Compile parses a regular expression (RE2 syntax) for leftmost-first matching.
func Compile(expr string) (*Regexp, error) { return compileRegexp(expr, false) }

// MustCompile is Compile that panics when the expression does not parse.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether s contains a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

// MatchReader reports whether the runes of r contain a match of pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// QuoteMeta escapes every regular expression metacharacter of s.
func QuoteMeta(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if indexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// indexByte is strings.IndexByte (package strings costs more to load than regexp itself).
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func (re *Regexp) String() string { return re.expr }

// Copy returns a copy of re (sharing its compiled engine, as it never changes).
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Longest makes future searches leftmost-longest.
func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	m, _, _, _ := compile(re.expr, true)
	re.m = m
	re.longest = true
}

func (re *Regexp) NumSubexp() int { return len(re.names) - 1 }

func (re *Regexp) SubexpNames() []string { return re.names }

func (re *Regexp) SubexpIndex(name string) int {
	if name == "" {
		return -1
	}
	for i, n := range re.names {
		if n == name {
			return i
		}
	}
	return -1
}

// LiteralPrefix is not provided: it describes Go's own compiled program.

func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.expr), nil }

func (re *Regexp) UnmarshalText(text []byte) error {
	c, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *c
	return nil
}

func (re *Regexp) MatchString(s string) bool { return find(re.m, 0, s) != nil }

func (re *Regexp) Match(b []byte) bool { return find(re.m, 0, string(b)) != nil }

// ---- readers ----

// readRunes reads r to its end (or first error) as a string, and when a rune's size in r is
// not its size in the string (invalid input read as U+FFFD), the offset in r of each byte of
// the string (offs[len(s)] is the end).
func readRunes(r io.RuneReader) (s string, offs []int) {
	var b []byte
	pos := 0
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			break
		}
		n := len(b)
		b = utf8.AppendRune(b, c)
		if offs == nil && len(b)-n != size {
			offs = make([]int, n, len(b)+1)
			for i := range offs {
				offs[i] = i
			}
		}
		for offs != nil && len(offs) < len(b) {
			offs = append(offs, pos)
		}
		pos += size
	}
	if offs != nil {
		offs = append(offs, pos)
	}
	return string(b), offs
}

func (re *Regexp) MatchReader(r io.RuneReader) bool {
	s, _ := readRunes(r)
	return re.MatchString(s)
}

func (re *Regexp) readerMatch(r io.RuneReader, nsub int) []int {
	s, offs := readRunes(r)
	a := find(re.m, nsub, s)
	if offs != nil {
		for i, x := range a {
			if x >= 0 {
				a[i] = offs[x]
			}
		}
	}
	return a
}

// FindReaderIndex reads r to its end and returns the first match's offsets in r, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) { return re.readerMatch(r, 1) }

func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.readerMatch(r, len(re.names))
}

// ---- the first match ----

func (re *Regexp) FindString(s string) string {
	a := find(re.m, 1, s)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

func (re *Regexp) FindStringIndex(s string) (loc []int) { return find(re.m, 1, s) }

func (re *Regexp) FindStringSubmatch(s string) []string {
	a := find(re.m, len(re.names), s)
	if a == nil {
		return nil
	}
	return subStrings(s, a)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return find(re.m, len(re.names), s)
}

func (re *Regexp) Find(b []byte) []byte {
	a := find(re.m, 1, string(b))
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

func (re *Regexp) FindIndex(b []byte) (loc []int) { return find(re.m, 1, string(b)) }

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := find(re.m, len(re.names), string(b))
	if a == nil {
		return nil
	}
	return subBytes(b, a)
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return find(re.m, len(re.names), string(b))
}

// subStrings: the parts of s a match's offsets give, "" for a group that took no part.
func subStrings(s string, a []int) []string {
	subs := make([]string, len(a)/2)
	for i := range subs {
		if a[2*i] >= 0 {
			subs[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return subs
}

// subBytes: the parts of b a match's offsets give, nil for a group that took no part.
func subBytes(b []byte, a []int) [][]byte {
	subs := make([][]byte, len(a)/2)
	for i := range subs {
		if a[2*i] >= 0 {
			subs[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return subs
}

// ---- all matches ----

// all returns the successive matches (at most n if n >= 0) of s, each as 2*nsub offsets, or
// nil when there is none.
func (re *Regexp) all(s string, n int, nsub int) [][]int {
	if n == 0 {
		return nil
	}
	flat := findAll(re.m, nsub, n, s)
	if len(flat) == 0 {
		return nil
	}
	w := 2 * nsub
	matches := make([][]int, len(flat)/w)
	for i := range matches {
		matches[i] = flat[i*w : (i+1)*w : (i+1)*w]
	}
	return matches
}

func (re *Regexp) FindAllString(s string, n int) []string {
	matches := re.all(s, n, 1)
	if matches == nil {
		return nil
	}
	res := make([]string, len(matches))
	for i, a := range matches {
		res[i] = s[a[0]:a[1]]
	}
	return res
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int { return re.all(s, n, 1) }

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	matches := re.all(s, n, len(re.names))
	if matches == nil {
		return nil
	}
	res := make([][]string, len(matches))
	for i, a := range matches {
		res[i] = subStrings(s, a)
	}
	return res
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return re.all(s, n, len(re.names))
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	matches := re.all(string(b), n, 1)
	if matches == nil {
		return nil
	}
	res := make([][]byte, len(matches))
	for i, a := range matches {
		res[i] = b[a[0]:a[1]:a[1]]
	}
	return res
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.all(string(b), n, 1) }

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	matches := re.all(string(b), n, len(re.names))
	if matches == nil {
		return nil
	}
	res := make([][][]byte, len(matches))
	for i, a := range matches {
		res[i] = subBytes(b, a)
	}
	return res
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.all(string(b), n, len(re.names))
}

// Split slices s around the matches of re: at most n pieces if n > 0 (the last holds the
// rest of s), none if n == 0, all if n < 0.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.all(s, n, 1)
	pieces := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, a := range matches {
		if n > 0 && len(pieces) == n-1 {
			break
		}
		end = a[0]
		if a[1] != 0 {
			pieces = append(pieces, s[beg:end])
		}
		beg = a[1]
	}
	if end != len(s) {
		pieces = append(pieces, s[beg:])
	}
	return pieces
}

// ---- replacing ----

// replace appends to dst the text of s with each match replaced by what repl appends for
// it; nsub groups are found for repl.
func (re *Regexp) replace(dst []byte, s string, nsub int, repl func(dst []byte, a []int) []byte) []byte {
	last := 0
	for _, a := range re.all(s, -1, nsub) {
		dst = append(dst, s[last:a[0]]...)
		dst = repl(dst, a)
		last = a[1]
	}
	return append(dst, s[last:]...)
}

// templateGroups is how many groups ReplaceAll must find for template: all of them when it
// may refer to one.
func (re *Regexp) templateGroups(template string) int {
	if indexByte(template, '$') >= 0 {
		return len(re.names)
	}
	return 1
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(nil, src, re.templateGroups(repl), func(dst []byte, a []int) []byte {
		return re.expand(dst, repl, src, a)
	}))
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(nil, src, 1, func(dst []byte, a []int) []byte {
		return append(dst, repl...)
	}))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(nil, src, 1, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	}))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, template := string(src), string(repl)
	return re.replace(nil, s, re.templateGroups(template), func(dst []byte, a []int) []byte {
		return re.expand(dst, template, s, a)
	})
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(nil, string(src), 1, func(dst []byte, a []int) []byte {
		return append(dst, repl...)
	})
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(nil, string(src), 1, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	})
}

// ---- templates ----

// Expand appends template to dst with $1, $name, ${1}, ${name} replaced by the groups of
// match (offsets into src) and $$ by $.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		i := indexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := groupRef(template)
		if !ok {
			dst = append(dst, '$') // not a reference: a plain $
			continue
		}
		template = rest
		if num >= 0 {
			dst = appendGroup(dst, src, match, num)
			continue
		}
		for i, n := range re.names { // the first group of that name that took part
			if n == name && 2*i+1 < len(match) && match[2*i] >= 0 {
				dst = appendGroup(dst, src, match, i)
				break
			}
		}
	}
	return append(dst, template...)
}

func appendGroup(dst []byte, src string, match []int, i int) []byte {
	if 2*i+1 < len(match) && match[2*i] >= 0 {
		dst = append(dst, src[match[2*i]:match[2*i+1]]...)
	}
	return dst
}

// groupRef reads the reference after a $: a name of letters, digits and _, or the same in
// braces. num is its value when the name is a number without leading zeros (below 1e8),
// else -1; rest is what follows. ok is false when there is no name.
func groupRef(s string) (name string, num int, rest string, ok bool) {
	braced := s != "" && s[0] == '{'
	if braced {
		s = s[1:]
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += size
	}
	if i == 0 {
		return "", 0, "", false
	}
	name, rest = s[:i], s[i:]
	if braced {
		if rest == "" || rest[0] != '}' {
			return "", 0, "", false
		}
		rest = rest[1:]
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, rest, true
}
