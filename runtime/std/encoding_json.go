// Package json: Go's encoding/json over package reflect, with Go's output bytes and error
// texts. Pure Go.
//
// Four parts:
//   - the scanner: a byte-at-a-time state machine over JSON text (scanner.step), which says
//     what each byte does (begins a literal, ends an object, is space...) or why it is an
//     error, with Go's wording ("invalid character 'x' after object key"). Valid, Compact,
//     Indent, the Decoder's framing of a stream, and Unmarshal's validity check all run it;
//   - decoding: Unmarshal checks the whole input first, then a recursive descent
//     (decodeState) stores into the target through reflect, saving the first type mismatch
//     (UnmarshalTypeError, with the struct field path) and going on, as Go does;
//   - encoding: an encoder function per type, built once and cached (typeEncoder), and per
//     struct type the list of fields after Go's rules for tags and embedded structs
//     (typeFields, cached too);
//   - streams: Encoder and Decoder (Decode, More, Token, Buffered, InputOffset).
//
// Strings are escaped as Go 1.22 does (\b and \f have short forms); floats are written in
// 'f' format, or 'e' for exponents below -6 or from 21 up, as Go's encoder chooses.
package json

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// ---- interfaces and errors ----

// Marshaler is the interface implemented by types that can marshal themselves into valid
// JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON description of
// themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// A SyntaxError is a description of a JSON syntax error.
type SyntaxError struct {
	msg    string
	Offset int64 // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a
// specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the struct type containing the field
	Field  string       // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." +
			e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an unsupported
// value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an unsupported
// value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string { return "json: unsupported value: " + e.Str }

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// RawMessage is a raw encoded JSON value.
type RawMessage []byte

// MarshalJSON returns m as the JSON encoding of m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON sets *m to a copy of data.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

var (
	marshalerType       = reflect.TypeOf((*Marshaler)(nil)).Elem()
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textMarshalerType   = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	numberType          = reflect.TypeOf(Number(""))
	float64Type         = reflect.TypeOf(0.0)
)

// ---- the scanner ----

// What a byte does, as scanner.step reports it.
const (
	scanContinue     = iota // uninteresting byte
	scanBeginLiteral        // the first byte of a string, number or literal
	scanBeginObject         // {
	scanObjectKey           // : after a key
	scanObjectValue         // , after a member
	scanEndObject           // }
	scanBeginArray          // [
	scanArrayValue          // , after an element
	scanEndArray            // ]
	scanSkipSpace           // space between tokens
	scanEnd                 // the byte after a top-level value (not part of it)
	scanError               // the byte is an error: see scanner.err
)

// What an open array or object waits for.
const (
	parseObjectKey   = iota // the key of a member (or })
	parseObjectValue        // the value of a member
	parseArrayValue         // an element (or ])
)

// The scanner's states: what the next byte may be.
const (
	sBeginValue = iota
	sBeginValueOrEmpty
	sBeginStringOrEmpty
	sBeginString
	sEndValue
	sEndTop
	sInString
	sInStringEsc
	sInStringEscU
	sInStringEscU1
	sInStringEscU12
	sInStringEscU123
	sNeg
	s1
	s0
	sDot
	sDot0
	sE
	sESign
	sE0
	sT
	sTr
	sTru
	sF
	sFa
	sFal
	sFals
	sN
	sNu
	sNul
	sError
)

const maxNestingDepth = 10000

// scanner follows JSON text a byte at a time. bytes counts the bytes given so far (an error's
// offset); endTop is set once a top-level value is complete.
type scanner struct {
	state  int
	parse  []int
	err    error
	bytes  int64
	endTop bool
}

func (s *scanner) reset() {
	s.state = sBeginValue
	s.parse = s.parse[:0]
	s.err = nil
	s.endTop = false
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

// quoteChar is c as a Go character literal, for error messages.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func (s *scanner) error(c byte, context string) int {
	s.state = sError
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return scanError
}

// eof tells the scanner the input ended: scanEnd when a whole value was read, else
// scanError. Like Go's, it steps a space first, so "tru" fails on ' ' in the literal.
func (s *scanner) eof() int {
	if s.err != nil {
		return scanError
	}
	if s.endTop {
		return scanEnd
	}
	s.step(' ')
	if s.endTop {
		return scanEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return scanError
}

// push opens an array or object (c): its parse state p, and the op for c.
func (s *scanner) push(c byte, p int, op int) int {
	s.parse = append(s.parse, p)
	if len(s.parse) > maxNestingDepth {
		return s.error(c, "exceeded max depth")
	}
	return op
}

func (s *scanner) pop() {
	s.parse = s.parse[:len(s.parse)-1]
	if len(s.parse) == 0 {
		s.state = sEndTop
		s.endTop = true
	} else {
		s.state = sEndValue
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// step takes the next byte of the input and says what it does.
func (s *scanner) step(c byte) int {
	switch s.state {
	case sBeginValueOrEmpty:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case sBeginValue:
		return s.beginValue(c)
	case sBeginStringOrEmpty:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == '}' {
			s.parse[len(s.parse)-1] = parseObjectValue
			return s.endValue(c)
		}
		return s.beginString(c)
	case sBeginString:
		return s.beginString(c)
	case sEndValue:
		return s.endValue(c)
	case sEndTop:
		if !isSpace(c) {
			s.error(c, "after top-level value")
		}
		return scanEnd
	case sInString:
		if c == '"' {
			s.state = sEndValue
		} else if c == '\\' {
			s.state = sInStringEsc
		} else if c < 0x20 {
			return s.error(c, "in string literal")
		}
		return scanContinue
	case sInStringEsc:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = sInString
			return scanContinue
		case 'u':
			s.state = sInStringEscU
			return scanContinue
		}
		return s.error(c, "in string escape code")
	case sInStringEscU, sInStringEscU1, sInStringEscU12, sInStringEscU123:
		if !isHex(c) {
			return s.error(c, "in \\u hexadecimal character escape")
		}
		if s.state == sInStringEscU123 {
			s.state = sInString
		} else {
			s.state++
		}
		return scanContinue
	case sNeg:
		if c == '0' {
			s.state = s0
			return scanContinue
		}
		if '1' <= c && c <= '9' {
			s.state = s1
			return scanContinue
		}
		return s.error(c, "in numeric literal")
	case s1:
		if isDigit(c) {
			return scanContinue
		}
		return s.afterInt(c)
	case s0:
		return s.afterInt(c)
	case sDot:
		if isDigit(c) {
			s.state = sDot0
			return scanContinue
		}
		return s.error(c, "after decimal point in numeric literal")
	case sDot0:
		if isDigit(c) {
			return scanContinue
		}
		if c == 'e' || c == 'E' {
			s.state = sE
			return scanContinue
		}
		return s.endValue(c)
	case sE:
		if c == '+' || c == '-' {
			s.state = sESign
			return scanContinue
		}
		return s.expDigit(c)
	case sESign:
		return s.expDigit(c)
	case sE0:
		if isDigit(c) {
			return scanContinue
		}
		return s.endValue(c)
	case sT, sTr, sTru, sF, sFa, sFal, sFals, sN, sNu, sNul:
		l := literalStates[s.state-sT]
		if c == l.want {
			s.state = l.next
			return scanContinue
		}
		return s.error(c, "in literal "+l.lit+" (expecting "+quoteChar(l.want)+")")
	}
	return scanError
}

// literalStates: in the states sT to sNul, the byte wanted next and the state after it.
var literalStates = [...]struct {
	want byte
	next int
	lit  string
}{
	{'r', sTr, "true"}, {'u', sTru, "true"}, {'e', sEndValue, "true"},
	{'a', sFa, "false"}, {'l', sFal, "false"}, {'s', sFals, "false"}, {'e', sEndValue, "false"},
	{'u', sNu, "null"}, {'l', sNul, "null"}, {'l', sEndValue, "null"},
}

func (s *scanner) beginValue(c byte) int {
	if isSpace(c) {
		s.state = sBeginValue
		return scanSkipSpace
	}
	switch c {
	case '{':
		s.state = sBeginStringOrEmpty
		return s.push(c, parseObjectKey, scanBeginObject)
	case '[':
		s.state = sBeginValueOrEmpty
		return s.push(c, parseArrayValue, scanBeginArray)
	case '"':
		s.state = sInString
	case '-':
		s.state = sNeg
	case '0':
		s.state = s0
	case 't':
		s.state = sT
	case 'f':
		s.state = sF
	case 'n':
		s.state = sN
	default:
		if '1' <= c && c <= '9' {
			s.state = s1
			return scanBeginLiteral
		}
		return s.error(c, "looking for beginning of value")
	}
	return scanBeginLiteral
}

func (s *scanner) beginString(c byte) int {
	if isSpace(c) {
		s.state = sBeginString
		return scanSkipSpace
	}
	if c == '"' {
		s.state = sInString
		return scanBeginLiteral
	}
	return s.error(c, "looking for beginning of object key string")
}

func (s *scanner) afterInt(c byte) int {
	if c == '.' {
		s.state = sDot
		return scanContinue
	}
	if c == 'e' || c == 'E' {
		s.state = sE
		return scanContinue
	}
	return s.endValue(c)
}

func (s *scanner) expDigit(c byte) int {
	if isDigit(c) {
		s.state = sE0
		return scanContinue
	}
	return s.error(c, "in exponent of numeric literal")
}

// endValue: a value just ended; c is the byte after it.
func (s *scanner) endValue(c byte) int {
	n := len(s.parse)
	if n == 0 {
		s.state = sEndTop
		s.endTop = true
		return s.step(c)
	}
	if isSpace(c) {
		s.state = sEndValue
		return scanSkipSpace
	}
	switch s.parse[n-1] {
	case parseObjectKey:
		if c == ':' {
			s.parse[n-1] = parseObjectValue
			s.state = sBeginValue
			return scanObjectKey
		}
		return s.error(c, "after object key")
	case parseObjectValue:
		if c == ',' {
			s.parse[n-1] = parseObjectKey
			s.state = sBeginString
			return scanObjectValue
		}
		if c == '}' {
			s.pop()
			return scanEndObject
		}
		return s.error(c, "after object key:value pair")
	}
	if c == ',' {
		s.state = sBeginValue
		return scanArrayValue
	}
	if c == ']' {
		s.pop()
		return scanEndArray
	}
	return s.error(c, "after array element")
}

// checkValid reports the first syntax error of data, if any.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(c) == scanError {
			return s.err
		}
	}
	if s.eof() == scanError {
		return s.err
	}
	return nil
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}

// ---- Compact, Indent, HTMLEscape ----

const hexDigits = "0123456789abcdef"

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error { return compact(dst, src, false) }

func compact(dst *bytes.Buffer, src []byte, escape bool) error {
	origLen := dst.Len()
	var s scanner
	s.reset()
	start := 0
	for i, c := range src {
		if escape {
			start = htmlEscapeAt(dst, src, start, i)
		}
		s.bytes++
		v := s.step(c)
		if v >= scanSkipSpace {
			if v == scanError {
				break
			}
			if start < i {
				dst.Write(src[start:i])
			}
			start = i + 1
		}
	}
	if s.eof() == scanError {
		dst.Truncate(origLen)
		return s.err
	}
	if start < len(src) {
		dst.Write(src[start:])
	}
	return nil
}

func newline(dst *bytes.Buffer, prefix, indent string, depth int) {
	dst.WriteByte('\n')
	dst.WriteString(prefix)
	for i := 0; i < depth; i++ {
		dst.WriteString(indent)
	}
}

// Indent appends to dst an indented form of the JSON-encoded src: each element of an object
// or array on a new line beginning with prefix and one indent per level of nesting. The
// output does not begin with prefix; trailing space after the value is kept.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	origLen := dst.Len()
	var s scanner
	s.reset()
	needIndent := false
	depth := 0
	for _, c := range src {
		s.bytes++
		v := s.step(c)
		if v == scanSkipSpace {
			continue
		}
		if v == scanError {
			break
		}
		if needIndent && v != scanEndObject && v != scanEndArray {
			needIndent = false
			depth++
			newline(dst, prefix, indent, depth)
		}
		if v == scanContinue {
			dst.WriteByte(c)
			continue
		}
		switch c {
		case '{', '[':
			needIndent = true // empty objects and arrays stay {} and []
			dst.WriteByte(c)
		case ',':
			dst.WriteByte(c)
			newline(dst, prefix, indent, depth)
		case ':':
			dst.WriteByte(c)
			dst.WriteByte(' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline(dst, prefix, indent, depth)
			}
			dst.WriteByte(c)
		default:
			dst.WriteByte(c)
		}
	}
	if s.eof() == scanError {
		dst.Truncate(origLen)
		return s.err
	}
	return nil
}

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029 inside
// strings changed to \u003c, \u003e, \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	start := 0
	for i := range src {
		start = htmlEscapeAt(dst, src, start, i)
	}
	dst.Write(src[start:])
}

// htmlEscapeAt: when src[i] begins <, >, &, U+2028 or U+2029, writes src[start:i] and the
// character's escape to dst and returns where the text after it starts; else returns start.
func htmlEscapeAt(dst *bytes.Buffer, src []byte, start, i int) int {
	c := src[i]
	if c == '<' || c == '>' || c == '&' {
		dst.Write(src[start:i])
		dst.WriteString(`\u00`)
		dst.WriteByte(hexDigits[c>>4])
		dst.WriteByte(hexDigits[c&0xF])
		return i + 1
	}
	if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
		dst.Write(src[start:i])
		dst.WriteString(`\u202`)
		dst.WriteByte(hexDigits[src[i+2]&0xF])
		return i + 3
	}
	return start
}

// ---- struct fields ----

// A field is a struct field as JSON sees it: its name, the path of field indexes to it
// through embedded structs, and its options.
type field struct {
	name        string
	nameNonEsc  string // `"name":`
	nameEscHTML string // the same with HTML characters escaped
	tag         bool   // named by its tag
	index       []int
	typ         reflect.Type
	omitEmpty   bool
	quoted      bool // the ,string option
	encoder     encoderFunc
}

type structFields struct {
	list      []field
	nameIndex map[string]int
}

// parseTag splits a json tag into its name and its comma-separated options.
func parseTag(tag string) (string, string) {
	name, opts, _ := strings.Cut(tag, ",")
	return name, opts
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// isValidTag: a tag name may use letters, digits and these punctuation characters.
func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// typeFields lists the fields JSON encodes for struct type t, in index order: exported
// fields, and the fields of embedded structs promoted through them, where for each name the
// shallowest field wins, a tagged one breaking a tie, and a tie left unbroken drops the name.
func typeFields(t reflect.Type) structFields {
	type level struct {
		typ   reflect.Type
		index []int
	}
	var fields []field
	current := []level{}
	next := []level{{typ: t}}
	visited := map[reflect.Type]bool{}
	// count: how many times each struct type of this level was embedded at the level above.
	var count, nextCount map[reflect.Type]int
	for len(next) > 0 {
		current, next = next, nil
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, l := range current {
			if visited[l.typ] {
				continue
			}
			visited[l.typ] = true
			for i := 0; i < l.typ.NumField(); i++ {
				sf := l.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := parseTag(tag)
				if !isValidTag(name) {
					name = ""
				}
				index := make([]int, len(l.index)+1)
				copy(index, l.index)
				index[len(l.index)] = i
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if hasOption(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32,
						reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16,
						reflect.Uint32, reflect.Uint64, reflect.Uintptr, reflect.Float32,
						reflect.Float64, reflect.String:
						quoted = true
					}
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := field{name: name, tag: name != "", index: index, typ: ft,
						omitEmpty: hasOption(opts, "omitempty"), quoted: quoted}
					if f.name == "" {
						f.name = sf.Name
					}
					fields = append(fields, f)
					if count[l.typ] > 1 {
						// Two embedded copies of one struct at this level annihilate.
						fields = append(fields, fields[len(fields)-1])
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, level{ft, index})
				}
			}
		}
	}
	sort.SliceStable(fields, func(i, j int) bool {
		x, y := fields[i], fields[j]
		if x.name != y.name {
			return x.name < y.name
		}
		if len(x.index) != len(y.index) {
			return len(x.index) < len(y.index)
		}
		if x.tag != y.tag {
			return x.tag
		}
		return indexLess(x.index, y.index)
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		group := fields[i:j]
		if len(group) == 1 || len(group[0].index) < len(group[1].index) ||
			group[0].tag != group[1].tag {
			out = append(out, group[0])
		}
		i = j
	}
	fields = out
	sort.Slice(fields, func(i, j int) bool { return indexLess(fields[i].index, fields[j].index) })
	sf := structFields{list: fields, nameIndex: make(map[string]int, len(fields))}
	for i := range fields {
		f := &fields[i]
		f.nameNonEsc = string(appendString(nil, f.name, false)) + ":"
		f.nameEscHTML = string(appendString(nil, f.name, true)) + ":"
		sf.nameIndex[f.name] = i
	}
	for i := range fields {
		fields[i].encoder = typeEncoder(typeByIndex(t, fields[i].index))
	}
	return sf
}

func indexLess(a, b []int) bool {
	for k, x := range a {
		if k >= len(b) {
			return false
		}
		if x != b[k] {
			return x < b[k]
		}
	}
	return len(a) < len(b)
}

func typeByIndex(t reflect.Type, index []int) reflect.Type {
	for _, i := range index {
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		t = t.Field(i).Type
	}
	return t
}

var (
	cacheMu     sync.Mutex
	fieldCache  = map[reflect.Type]*structFields{}
	encoders    = map[reflect.Type]encoderFunc{}
	decodeHooks = map[reflect.Type]bool{}
)

func cachedTypeFields(t reflect.Type) *structFields {
	cacheMu.Lock()
	f, ok := fieldCache[t]
	cacheMu.Unlock()
	if ok {
		return f
	}
	fields := typeFields(t)
	cacheMu.Lock()
	fieldCache[t] = &fields
	cacheMu.Unlock()
	return &fields
}

// ---- encoding ----

type encOpts struct {
	quoted     bool // the ,string option: numbers and bools in quotes, strings quoted twice
	escapeHTML bool
}

type encoderFunc func(e *encodeState, v reflect.Value, opts encOpts)

// encodeState is the output being built and the pointers being followed (for cycles).
type encodeState struct {
	buf      []byte
	ptrLevel int
	ptrSeen  map[any]bool
}

// jsonError wraps an error raised while encoding, to tell it from other panics.
type jsonError struct{ error }

func (e *encodeState) error(err error) { panic(jsonError{err}) }

// Beyond this depth of pointers, maps and slices, the encoder looks for cycles.
const startDetectingCyclesAfter = 1000

func (e *encodeState) marshal(v any, opts encOpts) (err error) {
	defer func() {
		if r := recover(); r != nil {
			je, ok := r.(jsonError)
			if !ok {
				panic(r)
			}
			err = je.error
		}
	}()
	e.reflectValue(reflect.ValueOf(v), opts)
	return nil
}

func (e *encodeState) reflectValue(v reflect.Value, opts encOpts) {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	typeEncoder(v.Type())(e, v, opts)
}

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	e := &encodeState{}
	if err := e.marshal(v, encOpts{escapeHTML: true}); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// typeEncoder returns the (cached) encoder of t. While it is built, the cache holds an
// indirection to it: a recursive type meets its own encoder there, and another goroutine
// using it waits until it is ready.
func typeEncoder(t reflect.Type) encoderFunc {
	cacheMu.Lock()
	if f, ok := encoders[t]; ok {
		cacheMu.Unlock()
		return f
	}
	var real encoderFunc
	var ready sync.WaitGroup
	ready.Add(1)
	encoders[t] = func(e *encodeState, v reflect.Value, opts encOpts) {
		ready.Wait()
		real(e, v, opts)
	}
	cacheMu.Unlock()
	real = newTypeEncoder(t, true)
	ready.Done()
	cacheMu.Lock()
	encoders[t] = real
	cacheMu.Unlock()
	return real
}

func newTypeEncoder(t reflect.Type, allowAddr bool) encoderFunc {
	if t.Kind() != reflect.Pointer && allowAddr && reflect.PointerTo(t).Implements(marshalerType) {
		return condAddrEncoder(addrMarshalerEncoder, newTypeEncoder(t, false))
	}
	if t.Implements(marshalerType) {
		return marshalerEncoder
	}
	if t.Kind() != reflect.Pointer && allowAddr &&
		reflect.PointerTo(t).Implements(textMarshalerType) {
		return condAddrEncoder(addrTextMarshalerEncoder, newTypeEncoder(t, false))
	}
	if t.Implements(textMarshalerType) {
		return textMarshalerEncoder
	}
	switch t.Kind() {
	case reflect.Bool:
		return boolEncoder
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intEncoder
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Uintptr:
		return uintEncoder
	case reflect.Float32:
		return float32Encoder
	case reflect.Float64:
		return float64Encoder
	case reflect.String:
		return stringEncoder
	case reflect.Interface:
		return interfaceEncoder
	case reflect.Struct:
		return newStructEncoder(t)
	case reflect.Map:
		return newMapEncoder(t)
	case reflect.Slice:
		return newSliceEncoder(t)
	case reflect.Array:
		return newArrayEncoder(t)
	case reflect.Pointer:
		return newPtrEncoder(t)
	}
	return unsupportedTypeEncoder
}

func unsupportedTypeEncoder(e *encodeState, v reflect.Value, _ encOpts) {
	e.error(&UnsupportedTypeError{v.Type()})
}

// condAddrEncoder uses canAddr for addressable values (whose pointer methods apply), else
// other.
func condAddrEncoder(canAddr, other encoderFunc) encoderFunc {
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.CanAddr() {
			canAddr(e, v, opts)
		} else {
			other(e, v, opts)
		}
	}
}

func (e *encodeState) callMarshalJSON(v reflect.Value, m Marshaler, opts encOpts) {
	b, err := m.MarshalJSON()
	if err == nil {
		var out bytes.Buffer
		if err = compact(&out, b, opts.escapeHTML); err == nil {
			e.buf = append(e.buf, out.Bytes()...)
			return
		}
	}
	e.error(&MarshalerError{v.Type(), err, "MarshalJSON"})
}

// methodReceiver is v as an interface, or nil for a nil pointer.
func methodReceiver(v reflect.Value) any {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return nil
	}
	return v.Interface()
}

func marshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	m, ok := methodReceiver(v).(Marshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.callMarshalJSON(v, m, opts)
}

func addrMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.callMarshalJSON(v, v.Addr().Interface().(Marshaler), opts)
}

func (e *encodeState) callMarshalText(v reflect.Value, m encoding.TextMarshaler, opts encOpts) {
	b, err := m.MarshalText()
	if err != nil {
		e.error(&MarshalerError{v.Type(), err, "MarshalText"})
	}
	e.buf = appendString(e.buf, string(b), opts.escapeHTML)
}

func textMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	m, ok := methodReceiver(v).(encoding.TextMarshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.callMarshalText(v, m, opts)
}

func addrTextMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.callMarshalText(v, v.Addr().Interface().(encoding.TextMarshaler), opts)
}

// quote writes the opening or closing quote of a ,string field's number or bool.
func (e *encodeState) quote(opts encOpts) {
	if opts.quoted {
		e.buf = append(e.buf, '"')
	}
}

func boolEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.quote(opts)
	e.buf = strconv.AppendBool(e.buf, v.Bool())
	e.quote(opts)
}

func intEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.quote(opts)
	e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	e.quote(opts)
}

func uintEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.quote(opts)
	e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	e.quote(opts)
}

func float32Encoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.encodeFloat(v, 32, opts)
}

func float64Encoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.encodeFloat(v, 64, opts)
}

// encodeFloat writes f as ES6 does: 'f' format, but 'e' for very small or large magnitudes,
// with a one-digit negative exponent written e-7, not e-07.
func (e *encodeState) encodeFloat(v reflect.Value, bits int, opts encOpts) {
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.error(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) ||
			bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	e.quote(opts)
	b := strconv.AppendFloat(e.buf, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.buf = b
	e.quote(opts)
}

func stringEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if v.Type() == numberType {
		s := v.String()
		if s == "" {
			s = "0" // the zero Number
		}
		if !isValidNumber(s) {
			e.error(fmt.Errorf("json: invalid number literal %q", s))
		}
		e.quote(opts)
		e.buf = append(e.buf, s...)
		e.quote(opts)
		return
	}
	if opts.quoted {
		inner := appendString(nil, v.String(), opts.escapeHTML)
		e.buf = appendString(e.buf, string(inner), false)
		return
	}
	e.buf = appendString(e.buf, v.String(), opts.escapeHTML)
}

// isValidNumber reports whether s is a JSON number literal.
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		for len(s) > 0 && isDigit(s[0]) {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && isDigit(s[1]) {
		s = s[2:]
		for len(s) > 0 && isDigit(s[0]) {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for len(s) > 0 && isDigit(s[0]) {
			s = s[1:]
		}
	}
	return s == ""
}

// safe: the ASCII bytes a JSON string may hold as they are (and, when HTML is escaped, not
// < > &).
func safeByte(b byte, escapeHTML bool) bool {
	if b < 0x20 || b == '"' || b == '\\' {
		return false
	}
	return !escapeHTML || b != '<' && b != '>' && b != '&'
}

// appendString appends s as a JSON string: quotes, backslashes and control characters
// escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, and <, >, & too with
// escapeHTML.
func appendString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if safeByte(b, escapeHTML) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

func interfaceEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.reflectValue(v.Elem(), opts)
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

func newStructEncoder(t reflect.Type) encoderFunc {
	fields := cachedTypeFields(t)
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		next := byte('{')
	fieldLoop:
		for i := range fields.list {
			f := &fields.list[i]
			fv := v
			for _, k := range f.index {
				if fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						continue fieldLoop
					}
					fv = fv.Elem()
				}
				fv = fv.Field(k)
			}
			if f.omitEmpty && isEmptyValue(fv) {
				continue
			}
			e.buf = append(e.buf, next)
			next = ','
			if opts.escapeHTML {
				e.buf = append(e.buf, f.nameEscHTML...)
			} else {
				e.buf = append(e.buf, f.nameNonEsc...)
			}
			opts.quoted = f.quoted
			f.encoder(e, fv, opts)
		}
		if next == '{' {
			e.buf = append(e.buf, '{', '}')
		} else {
			e.buf = append(e.buf, '}')
		}
	}
}

// enter notes one more level of pointer, map or slice; past startDetectingCyclesAfter it
// fails on a reference already being encoded. leave undoes it.
func (e *encodeState) enter(v reflect.Value, ref any) {
	e.ptrLevel++
	if e.ptrLevel <= startDetectingCyclesAfter {
		return
	}
	if e.ptrSeen == nil {
		e.ptrSeen = map[any]bool{}
	}
	if e.ptrSeen[ref] {
		e.error(&UnsupportedValueError{v, fmt.Sprintf("encountered a cycle via %s", v.Type())})
	}
	e.ptrSeen[ref] = true
}

func (e *encodeState) leave(ref any) {
	if e.ptrLevel > startDetectingCyclesAfter {
		delete(e.ptrSeen, ref)
	}
	e.ptrLevel--
}

type sliceRef struct {
	ptr uintptr
	len int
}

// A map key with the string it is written as.
type keyString struct {
	v  reflect.Value
	ks string
}

func resolveKey(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	panic("unexpected map key type")
}

func newMapEncoder(t reflect.Type) encoderFunc {
	switch t.Key().Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Uintptr:
	default:
		if !t.Key().Implements(textMarshalerType) {
			return unsupportedTypeEncoder
		}
	}
	elemEnc := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		ref := v.Pointer()
		e.enter(v, ref)
		keys := make([]keyString, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			ks, err := resolveKey(it.Key())
			if err != nil {
				e.error(fmt.Errorf("json: encoding error for type %q: %q", v.Type().String(),
					err.Error()))
			}
			keys = append(keys, keyString{it.Value(), ks})
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i].ks < keys[j].ks })
		e.buf = append(e.buf, '{')
		for i, kv := range keys {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = appendString(e.buf, kv.ks, opts.escapeHTML)
			e.buf = append(e.buf, ':')
			elemEnc(e, kv.v, opts)
		}
		e.buf = append(e.buf, '}')
		e.leave(ref)
	}
}

func newSliceEncoder(t reflect.Type) encoderFunc {
	et := t.Elem()
	if et.Kind() == reflect.Uint8 {
		p := reflect.PointerTo(et)
		if !p.Implements(marshalerType) && !p.Implements(textMarshalerType) {
			return encodeByteSlice
		}
	}
	arrayEnc := newArrayEncoder(t)
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		ref := sliceRef{v.Pointer(), v.Len()}
		e.enter(v, ref)
		arrayEnc(e, v, opts)
		e.leave(ref)
	}
}

func encodeByteSlice(e *encodeState, v reflect.Value, _ encOpts) {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	b := v.Bytes()
	e.buf = append(e.buf, '"')
	e.buf = base64.StdEncoding.AppendEncode(e.buf, b)
	e.buf = append(e.buf, '"')
}

func newArrayEncoder(t reflect.Type) encoderFunc {
	elemEnc := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		e.buf = append(e.buf, '[')
		n := v.Len()
		for i := 0; i < n; i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			elemEnc(e, v.Index(i), opts)
		}
		e.buf = append(e.buf, ']')
	}
}

func newPtrEncoder(t reflect.Type) encoderFunc {
	elemEnc := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		ref := v.Pointer()
		e.enter(v, ref)
		elemEnc(e, v.Elem(), opts)
		e.leave(ref)
	}
}

// ---- decoding ----

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to by v.
func Unmarshal(data []byte, v any) error {
	var d decodeState
	if err := checkValid(data, &d.scan); err != nil {
		return err
	}
	d.data = data
	return d.unmarshal(v)
}

// decodeState decodes a valid JSON text: off is the next byte to read. The first error that
// does not stop decoding is kept in saved; errStruct and errPath say which struct field is
// being decoded, for UnmarshalTypeError.
type decodeState struct {
	data                  []byte
	off                   int
	scan                  scanner
	saved                 error
	errStruct             reflect.Type
	errPath               []string
	useNumber             bool
	disallowUnknownFields bool
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.off = 0
	d.skipSpace()
	if err := d.value(rv); err != nil {
		return d.addErrorContext(err)
	}
	return d.saved
}

func (d *decodeState) addErrorContext(err error) error {
	if d.errStruct != nil || len(d.errPath) > 0 {
		if te, ok := err.(*UnmarshalTypeError); ok {
			te.Struct = d.errStruct.Name()
			te.Field = strings.Join(d.errPath, ".")
		}
	}
	return err
}

func (d *decodeState) saveError(err error) {
	if d.saved == nil {
		d.saved = d.addErrorContext(err)
	}
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// literalEnd is the offset just past the string, number or literal starting at i.
func (d *decodeState) literalEnd(i int) int {
	data := d.data
	if data[i] == '"' {
		for i++; ; i++ {
			switch data[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
	}
	for i < len(data) {
		c := data[i]
		if !isDigit(c) && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E' &&
			(c < 'a' || c > 'z') {
			break
		}
		i++
	}
	return i
}

// skip skips the value at off (with the space before it).
func (d *decodeState) skip() {
	d.skipSpace()
	c := d.data[d.off]
	if c != '{' && c != '[' {
		d.off = d.literalEnd(d.off)
		return
	}
	depth := 0
	for {
		c := d.data[d.off]
		switch c {
		case '{', '[':
			depth++
			d.off++
		case '}', ']':
			depth--
			d.off++
			if depth == 0 {
				return
			}
		case '"':
			d.off = d.literalEnd(d.off)
		default:
			d.off++
		}
	}
}

// value decodes the value at off into v (skips it when v is invalid). Errors returned stop
// decoding; type mismatches are saved and decoding goes on.
func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skip()
		return nil
	}
	switch d.data[d.off] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	start := d.off
	d.off = d.literalEnd(start)
	return d.literalStore(d.data[start:d.off], v, false)
}

// hasDecodeHooks: might a value of type t (or *t) unmarshal itself?
func hasDecodeHooks(t reflect.Type) bool {
	cacheMu.Lock()
	h, ok := decodeHooks[t]
	cacheMu.Unlock()
	if ok {
		return h
	}
	p := reflect.PointerTo(t)
	h = t.Implements(unmarshalerType) || t.Implements(textUnmarshalerType) ||
		p.Implements(unmarshalerType) || p.Implements(textUnmarshalerType)
	cacheMu.Lock()
	decodeHooks[t] = h
	cacheMu.Unlock()
	return h
}

// indirect walks down v through pointers (allocating nil ones) and interfaces holding
// pointers, stopping at an Unmarshaler or TextUnmarshaler; decodingNull stops at the last
// settable pointer, so that null can set it to nil.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler,
	reflect.Value) {
	k := v.Kind()
	if k != reflect.Pointer && k != reflect.Interface && !hasDecodeHooks(v.Type()) {
		return nil, nil, v
	}
	v0 := v
	haveAddr := false
	if k != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() &&
				(!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem() == v {
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// mismatch saves the error of an array or object (what) at start that does not fit type t,
// and skips it.
func (d *decodeState) mismatch(what string, t reflect.Type, start int) error {
	d.saveError(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(start + 1)})
	d.skip()
	return nil
}

// indirectComposite finds where the array or object (what) at off goes: an Unmarshaler takes
// it whole and a TextUnmarshaler cannot (done is true then); otherwise the value to decode
// it into.
func (d *decodeState) indirectComposite(v reflect.Value, what string) (reflect.Value, bool,
	error) {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skip()
		return pv, true, u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		return pv, true, d.mismatch(what, v.Type(), start)
	}
	return pv, false, nil
}

func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	v, done, err := d.indirectComposite(v, "array")
	if done {
		return err
	}
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.arrayInterface()))
			return nil
		}
		fallthrough
	default:
		return d.mismatch("array", v.Type(), start)
	}
	d.off++ // [
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				newcap := v.Cap() + v.Cap()/2
				if newcap < 4 {
					newcap = 4
				}
				newv := reflect.MakeSlice(v.Type(), v.Len(), newcap)
				reflect.Copy(newv, v)
				v.Set(newv)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		var err error
		if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			err = d.value(reflect.Value{}) // past the end of an array: dropped
		}
		if err != nil {
			return err
		}
		i++
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			z := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(z)
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

// readKey reads an object key and the colon after it: the key unquoted, and where it began.
func (d *decodeState) readKey() (string, int) {
	d.skipSpace()
	start := d.off
	d.off = d.literalEnd(start)
	key, _ := unquote(d.data[start:d.off])
	d.skipSpace()
	d.off++ // :
	return key, start
}

func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	v, done, err := d.indirectComposite(v, "object")
	if done {
		return err
	}
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.objectInterface()))
		return nil
	}
	var fields *structFields
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32,
			reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32,
			reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				return d.mismatch("object", t, start)
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		return d.mismatch("object", t, start)
	}
	d.off++ // {
	var mapElem reflect.Value
	origStruct, origDepth := d.errStruct, len(d.errPath)
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return nil
		}
		key, keyStart := d.readKey()
		var subv reflect.Value
		destring := false
		if v.Kind() == reflect.Map {
			et := t.Elem()
			if !mapElem.IsValid() {
				mapElem = reflect.New(et).Elem()
			} else {
				mapElem.Set(reflect.Zero(et))
			}
			subv = mapElem
		} else if f := fields.find(key); f != nil {
			subv = v
			destring = f.quoted
			for _, i := range f.index {
				if subv.Kind() == reflect.Pointer {
					if subv.IsNil() {
						if !subv.CanSet() {
							d.saveError(fmt.Errorf("json: cannot set embedded pointer to unexported struct: %v", subv.Type().Elem()))
							subv = reflect.Value{}
							destring = false
							break
						}
						subv.Set(reflect.New(subv.Type().Elem()))
					}
					subv = subv.Elem()
				}
				subv = subv.Field(i)
			}
			d.errPath = append(d.errPath, f.name)
			d.errStruct = t
		} else if d.disallowUnknownFields {
			d.saveError(fmt.Errorf("json: unknown field %q", key))
		}
		if destring {
			if err := d.quotedValue(subv); err != nil {
				return err
			}
		} else if err := d.value(subv); err != nil {
			return err
		}
		if v.Kind() == reflect.Map {
			if err := d.storeMapEntry(v, key, keyStart, subv); err != nil {
				return err
			}
		}
		d.errPath = d.errPath[:origDepth]
		d.errStruct = origStruct
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

// find is the field for key: the one with that name, or else one whose name matches it
// without regard to case.
func (fs *structFields) find(key string) *field {
	if i, ok := fs.nameIndex[key]; ok {
		return &fs.list[i]
	}
	for i := range fs.list {
		if strings.EqualFold(fs.list[i].name, key) {
			return &fs.list[i]
		}
	}
	return nil
}

// storeMapEntry converts key to the map's key type and stores elem under it.
func (d *decodeState) storeMapEntry(m reflect.Value, key string, keyStart int,
	elem reflect.Value) error {
	kt := m.Type().Key()
	var kv reflect.Value
	switch {
	case reflect.PointerTo(kt).Implements(textUnmarshalerType):
		kv = reflect.New(kt)
		if err := d.literalStore([]byte(strconv.Quote(key)), kv, true); err != nil {
			return err
		}
		kv = kv.Elem()
	case kt.Kind() == reflect.String:
		kv = reflect.New(kt).Elem()
		kv.SetString(key)
	default:
		kv = reflect.New(kt).Elem()
		if !setInteger(kv, key) {
			d.saveError(&UnmarshalTypeError{Value: "number " + key, Type: kt,
				Offset: int64(keyStart + 1)})
			return nil
		}
	}
	m.SetMapIndex(kv, elem)
	return nil
}

// setInteger stores the decimal integer s into v, of an integer kind; false when s is not an
// integer or does not fit.
func setInteger(v reflect.Value, s string) bool {
	if v.CanInt() {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v.OverflowInt(n) {
			return false
		}
		v.SetInt(n)
		return true
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v.OverflowUint(n) {
		return false
	}
	v.SetUint(n)
	return true
}

// quotedValue decodes a value of a field with the ,string option: a string holding the
// value's literal, or null.
func (d *decodeState) quotedValue(v reflect.Value) error {
	d.skipSpace()
	start := d.off
	c := d.data[start]
	if c == '{' || c == '[' {
		d.skip()
	} else {
		d.off = d.literalEnd(start)
	}
	item := d.data[start:d.off]
	switch {
	case c == 'n':
		return d.literalStore(item, v, false)
	case c == '"':
		s, _ := unquote(item)
		return d.literalStore([]byte(s), v, true)
	}
	d.saveError(fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %v", v.Type()))
	return nil
}

func (d *decodeState) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: float64Type,
			Offset: int64(d.off)}
	}
	return f, nil
}

func invalidStringTag(item []byte, t reflect.Type) error {
	return fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v",
		item, t)
}

// literalStore stores the literal item (a string, number, true, false or null) into v;
// fromQuoted says it came out of a ,string field's quotes (and may not be a literal at all).
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error {
	if len(item) == 0 {
		d.saveError(invalidStringTag(item, v.Type()))
		return nil
	}
	end := int64(d.off)
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(invalidStringTag(item, v.Type()))
				return nil
			}
			val := "number"
			switch item[0] {
			case 'n':
				val = "null"
			case 't', 'f':
				val = "bool"
			}
			d.saveError(&UnmarshalTypeError{Value: val, Type: v.Type(), Offset: end})
			return nil
		}
		s, ok := unquote(item)
		if !ok {
			return invalidStringTag(item, v.Type())
		}
		return ut.UnmarshalText([]byte(s))
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		if fromQuoted && string(item) != "null" {
			d.saveError(invalidStringTag(item, v.Type()))
			break
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(v.Type()))
		}
	case 't', 'f':
		value := c == 't'
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(invalidStringTag(item, v.Type()))
			break
		}
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(value)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(value))
				break
			}
			d.saveError(&UnmarshalTypeError{Value: "bool", Type: v.Type(), Offset: end})
		default:
			if fromQuoted {
				return invalidStringTag(item, v.Type())
			}
			d.saveError(&UnmarshalTypeError{Value: "bool", Type: v.Type(), Offset: end})
		}
	case '"':
		s, ok := unquote(item)
		if !ok {
			return invalidStringTag(item, v.Type())
		}
		switch v.Kind() {
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: end})
				break
			}
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, []byte(s))
			if err != nil {
				d.saveError(err)
				break
			}
			v.SetBytes(b[:n])
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(s) {
				return fmt.Errorf("json: invalid number literal, trying to unmarshal %q into Number", item)
			}
			v.SetString(s)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
				break
			}
			d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: end})
		default:
			d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: end})
		}
	default:
		if c != '-' && !isDigit(c) {
			return invalidStringTag(item, v.Type())
		}
		return d.storeNumber(string(item), item, v, fromQuoted, end)
	}
	return nil
}

func (d *decodeState) storeNumber(s string, item []byte, v reflect.Value, fromQuoted bool,
	end int64) error {
	if fromQuoted && !isValidNumber(s) {
		return invalidStringTag(item, v.Type())
	}
	bad := false
	switch v.Kind() {
	case reflect.Interface:
		n, err := d.convertNumber(s)
		if err != nil {
			d.saveError(err)
			return nil
		}
		if v.NumMethod() != 0 {
			d.saveError(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: end})
			return nil
		}
		v.Set(reflect.ValueOf(n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		bad = !setInteger(v, s)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, v.Type().Bits())
		if bad = err != nil || v.OverflowFloat(n); !bad {
			v.SetFloat(n)
		}
	default:
		if v.Kind() == reflect.String && v.Type() == numberType {
			v.SetString(s)
			return nil
		}
		if fromQuoted {
			return invalidStringTag(item, v.Type())
		}
		d.saveError(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: end})
	}
	if bad {
		d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: end})
	}
	return nil
}

// valueInterface decodes the value at off as an any: map[string]any, []any, float64 (or
// Number), string, bool or nil.
func (d *decodeState) valueInterface() any {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		return d.objectInterface()
	case '[':
		return d.arrayInterface()
	}
	start := d.off
	d.off = d.literalEnd(start)
	item := d.data[start:d.off]
	switch item[0] {
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	case '"':
		s, _ := unquote(item)
		return s
	}
	n, err := d.convertNumber(string(item))
	if err != nil {
		d.saveError(err)
	}
	return n
}

func (d *decodeState) arrayInterface() []any {
	v := make([]any, 0)
	d.off++ // [
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			return v
		}
		v = append(v, d.valueInterface())
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

func (d *decodeState) objectInterface() map[string]any {
	m := make(map[string]any)
	d.off++ // {
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return m
		}
		key, _ := d.readKey()
		m[key] = d.valueInterface()
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

// getu4 decodes the four hex digits after \u at s[0:6], or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquote converts a quoted JSON string literal to its value: escapes decoded (a lone or
// broken surrogate is U+FFFD), and each byte of invalid UTF-8 replaced by U+FFFD.
func unquote(s []byte) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	plain := true
	for _, c := range s {
		if c == '\\' || c == '"' || c < ' ' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return string(s), true
	}
	b := make([]byte, 0, len(s)+2*utf8.UTFMax)
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			if r+1 >= len(s) {
				return "", false
			}
			if k := strings.IndexByte(`"\/'bfnrt`, s[r+1]); k >= 0 {
				b = append(b, "\"\\/'\b\f\n\r\t"[k])
				r += 2
				break
			}
			rr := getu4(s[r:])
			if rr < 0 {
				return "", false
			}
			r += 6
			if utf16.IsSurrogate(rr) {
				rr1 := getu4(s[r:])
				if dec := utf16.DecodeRune(rr, rr1); dec != unicode.ReplacementChar {
					r += 6
					b = utf8.AppendRune(b, dec)
					break
				}
				rr = unicode.ReplacementChar
			}
			b = utf8.AppendRune(b, rr)
		case c == '"' || c < ' ':
			return "", false
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = utf8.AppendRune(b, rr)
		}
	}
	return string(b), true
}

// ---- streams ----

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w            io.Writer
	err          error
	escapeHTML   bool
	indentPrefix string
	indentValue  string
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w, escapeHTML: true} }

// Encode writes the JSON encoding of v to the stream, followed by a newline character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	e := &encodeState{}
	if err := e.marshal(v, encOpts{escapeHTML: enc.escapeHTML}); err != nil {
		return err
	}
	e.buf = append(e.buf, '\n')
	b := e.buf
	if enc.indentPrefix != "" || enc.indentValue != "" {
		var buf bytes.Buffer
		if err := Indent(&buf, b, enc.indentPrefix, enc.indentValue); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	_, err := enc.w.Write(b)
	if err != nil {
		enc.err = err
	}
	return err
}

// SetIndent makes the encoder indent each value as MarshalIndent would.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
}

// SetEscapeHTML specifies whether problematic HTML characters are escaped inside JSON
// quoted strings.
func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

// A Token holds a value of one of these types: Delim, bool, float64, Number, string, nil.
type Token any

// A Delim is a JSON array or object delimiter, one of [ ] { or }.
type Delim rune

func (d Delim) String() string { return string(d) }

// Where the Token API stands in the value being read.
const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// A Decoder reads and decodes JSON values from an input stream. buf[scanp:] is read but not
// yet consumed; scanned counts the bytes dropped from buf's front.
type Decoder struct {
	r          io.Reader
	buf        []byte
	d          decodeState
	scanp      int
	scanned    int64
	scan       scanner
	err        error
	tokenState int
	tokenStack []int
}

// NewDecoder returns a new decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// UseNumber makes the decoder decode a number into an interface{} as a Number.
func (dec *Decoder) UseNumber() { dec.d.useNumber = true }

// DisallowUnknownFields makes decoding into a struct fail on a key that matches no field.
func (dec *Decoder) DisallowUnknownFields() { dec.d.disallowUnknownFields = true }

// Decode reads the next JSON-encoded value from its input and stores it in the value pointed
// to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{"not at beginning of value", dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	dec.d.data = dec.buf[dec.scanp : dec.scanp+n]
	dec.d.saved = nil
	dec.d.errStruct, dec.d.errPath = nil, nil
	dec.scanp += n
	// An error here leaves the stream usable: the whole value was read.
	err = dec.d.unmarshal(v)
	dec.tokenValueEnd()
	return err
}

// Buffered returns a reader of the data remaining in the Decoder's buffer.
func (dec *Decoder) Buffered() io.Reader { return bytes.NewReader(dec.buf[dec.scanp:]) }

// readValue reads a whole JSON value into buf[scanp:] and returns its length.
func (dec *Decoder) readValue() (int, error) {
	dec.scan.reset()
	scanp := dec.scanp
	var err error
	for {
		for ; scanp < len(dec.buf); scanp++ {
			c := dec.buf[scanp]
			dec.scan.bytes++
			switch dec.scan.step(c) {
			case scanEnd:
				dec.scan.bytes-- // the byte after the value is not part of it
				return scanp - dec.scanp, nil
			case scanEndObject, scanEndArray:
				// The value may be complete: do not wait for another byte to know it.
				if dec.scan.endValue(' ') == scanEnd {
					return scanp + 1 - dec.scanp, nil
				}
			case scanError:
				dec.err = dec.scan.err
				return 0, dec.scan.err
			}
		}
		if err != nil {
			if err == io.EOF {
				if dec.scan.step(' ') == scanEnd {
					return scanp - dec.scanp, nil
				}
				if nonSpace(dec.buf) {
					err = io.ErrUnexpectedEOF
				}
			}
			dec.err = err
			return 0, err
		}
		n := scanp - dec.scanp
		err = dec.refill()
		scanp = dec.scanp + n
	}
}

func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		newBuf := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(newBuf, dec.buf)
		dec.buf = newBuf
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

func nonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

// peek returns the next byte that is not space, without consuming it.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			c := dec.buf[i]
			if isSpace(c) {
				continue
			}
			dec.scanp = i
			return c, nil
		}
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// More reports whether there is another element in the current array or object being
// parsed.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// InputOffset returns the input stream byte offset of the current decoder position.
func (dec *Decoder) InputOffset() int64 { return dec.scanned + int64(dec.scanp) }

// tokenPrepareForDecode consumes the comma or colon that Token left before a value.
func (dec *Decoder) tokenPrepareForDecode() error {
	want, next, msg := byte(','), tokenArrayValue, "expected comma after array element"
	switch dec.tokenState {
	case tokenArrayComma:
	case tokenObjectColon:
		want, next, msg = ':', tokenObjectValue, "expected colon after object key"
	default:
		return nil
	}
	c, err := dec.peek()
	if err != nil {
		return err
	}
	if c != want {
		return &SyntaxError{msg, dec.InputOffset()}
	}
	dec.scanp++
	dec.tokenState = next
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	context := " looking for beginning of value"
	switch dec.tokenState {
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}

func (dec *Decoder) popToken() {
	dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
	dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
	dec.tokenValueEnd()
}

// Token returns the next JSON token in the input stream: a Delim for [ ] { }, or a bool,
// float64 (or Number), string or nil; nil and io.EOF at the end of the input.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			dec.tokenState = tokenArrayStart
			if c == '{' {
				dec.tokenState = tokenObjectStart
			}
			return Delim(c), nil
		case ']', '}':
			open, comma := tokenArrayStart, tokenArrayComma
			if c == '}' {
				open, comma = tokenObjectStart, tokenObjectComma
			}
			if dec.tokenState != open && dec.tokenState != comma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.popToken()
			return Delim(c), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			continue
		case ',':
			if dec.tokenState == tokenArrayComma {
				dec.scanp++
				dec.tokenState = tokenArrayValue
				continue
			}
			if dec.tokenState == tokenObjectComma {
				dec.scanp++
				dec.tokenState = tokenObjectKey
				continue
			}
			return dec.tokenError(c)
		case '"':
			if dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey {
				var x string
				old := dec.tokenState
				dec.tokenState = tokenTopValue
				err := dec.Decode(&x)
				dec.tokenState = old
				if err != nil {
					return nil, err
				}
				dec.tokenState = tokenObjectColon
				return x, nil
			}
		}
		if !dec.tokenValueAllowed() {
			return dec.tokenError(c)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}
