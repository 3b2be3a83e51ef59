// Package utf16: UTF-16 encoding and decoding of Unicode code points. Pure Go.
//
// A code point above U+FFFF is a surrogate pair: 0xD800 + the top ten bits of
// (r - 0x10000), then 0xDC00 + the low ten bits.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'
	surr1           = 0xd800 // first high surrogate
	surr2           = 0xdc00 // first low surrogate
	surr3           = 0xe000 // past the last low surrogate
	surrSelf        = 0x10000
)

// IsSurrogate reports whether r can appear in a surrogate pair.
func IsSurrogate(r rune) bool { return surr1 <= r && r < surr3 }

// DecodeRune returns the code point of the surrogate pair r1, r2, or U+FFFD if they are
// not one.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair of r, or U+FFFD twice if r needs none or is not
// a valid code point.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen returns the number of 16-bit words of r's encoding, or -1 if it has none.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	}
	return -1
}

// AppendRune appends the encoding of r (U+FFFD for an invalid code point).
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Encode returns the UTF-16 encoding of s.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if RuneLen(r) == 2 {
			n++
		}
	}
	a := make([]uint16, 0, n)
	for _, r := range s {
		a = AppendRune(a, r)
	}
	return a
}

// Decode returns the code points of s; a lone surrogate decodes as U+FFFD.
func Decode(s []uint16) []rune {
	a := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		if surr1 <= r && r < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3 {
			r = DecodeRune(r, rune(s[i+1]))
			i++
		} else if IsSurrogate(r) {
			r = replacementChar
		}
		a = append(a, r)
	}
	return a
}
