// Package unicode: constants and range tables; the classes and case mappings themselves
// are C natives (runtime/lib/unicode.c) over Unicode 15.0.0 tables generated from the Unicode
// data files (src/text/unicode_data.c), the version of Go 1.21 to 1.23.
//
// Natives: lib_unicode_funcs in runtime/lib/unicode.c.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

const Version = "15.0.0"

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks an alternating upper/lower case sequence in a CaseRange's deltas.
const UpperLower = MaxRune + 1

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// A RangeTable is a set of code points. The package's own tables are kept in C and carry
// only an id; tables a program builds use R16 and R32 as in Go.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int
}

// Ids of the C tables (runtime/lib/unicode.c): categories 1..29, major categories 32..38,
// White_Space 40, scripts from 64 (in the order of src/text/unicode.h's UNI_SCRIPTS).
var (
	Lu = &RangeTable{id: 1}
	Ll = &RangeTable{id: 2}
	Lt = &RangeTable{id: 3}
	Lm = &RangeTable{id: 4}
	Lo = &RangeTable{id: 5}
	Mn = &RangeTable{id: 6}
	Mc = &RangeTable{id: 7}
	Me = &RangeTable{id: 8}
	Nd = &RangeTable{id: 9}
	Nl = &RangeTable{id: 10}
	No = &RangeTable{id: 11}
	Pc = &RangeTable{id: 12}
	Pd = &RangeTable{id: 13}
	Ps = &RangeTable{id: 14}
	Pe = &RangeTable{id: 15}
	Pi = &RangeTable{id: 16}
	Pf = &RangeTable{id: 17}
	Po = &RangeTable{id: 18}
	Sm = &RangeTable{id: 19}
	Sc = &RangeTable{id: 20}
	Sk = &RangeTable{id: 21}
	So = &RangeTable{id: 22}
	Zs = &RangeTable{id: 23}
	Zl = &RangeTable{id: 24}
	Zp = &RangeTable{id: 25}
	Cc = &RangeTable{id: 26}
	Cf = &RangeTable{id: 27}
	Cs = &RangeTable{id: 28}
	Co = &RangeTable{id: 29}
	L  = &RangeTable{id: 32}
	M  = &RangeTable{id: 33}
	N  = &RangeTable{id: 34}
	P  = &RangeTable{id: 35}
	S  = &RangeTable{id: 36}
	Z  = &RangeTable{id: 37}
	C  = &RangeTable{id: 38}

	White_Space = &RangeTable{id: 40}

	Latin      = &RangeTable{id: 64}
	Greek      = &RangeTable{id: 65}
	Cyrillic   = &RangeTable{id: 66}
	Armenian   = &RangeTable{id: 67}
	Hebrew     = &RangeTable{id: 68}
	Arabic     = &RangeTable{id: 69}
	Devanagari = &RangeTable{id: 70}
	Bengali    = &RangeTable{id: 71}
	Thai       = &RangeTable{id: 72}
	Georgian   = &RangeTable{id: 73}
	Hangul     = &RangeTable{id: 74}
	Hiragana   = &RangeTable{id: 75}
	Katakana   = &RangeTable{id: 76}
	Han        = &RangeTable{id: 77}
	Common     = &RangeTable{id: 78}
	Inherited  = &RangeTable{id: 79}

	Upper   = Lu
	Lower   = Ll
	Title   = Lt
	Letter  = L
	Mark    = M
	Number  = N
	Digit   = Nd
	Punct   = P
	Symbol  = S
	Space   = Z
	Control = Cc
	Other   = C

	GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
	PrintRanges   = []*RangeTable{L, M, N, P, S}
)

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return isTable(rangeTab.id, r)
	}
	for _, g := range rangeTab.R16 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	for _, g := range rangeTab.R32 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}
