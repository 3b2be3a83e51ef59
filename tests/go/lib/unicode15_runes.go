// go: skip
// Unicode 15.0.0, the version of Go 1.21 to 1.23, in unicode, strconv, strings and fmt: the
// same answers everywhere, for runes new in Unicode 14.0 and 15.0 and for older ones.
//
// The Go at hand (1.19) has Unicode 13.0.0, so the expected lines of the runes new in 14.0 and
// 15.0 (and of U+1734 and U+16FE2, whose category and script 14.0 changed) were written by
// hand from the Unicode 15.0.0 data files (UnicodeData.txt, CaseFolding.txt, Scripts.txt in
// /usr/share/unicode); the lines of the other runes are Go 1.19's output.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var samples = []rune{
	// older than Unicode 14.0
	'A', 'é', 'ß', 'Σ', 'ς', '\u00a0', '\u00ad', '\u2028', '\u0660', '😀', '\U0010ffff',
	// new in 14.0
	'\u0870',     // ARABIC LETTER ALEF WITH ATTACHED FATHA (Lo)
	'\U0001fae0', // MELTING FACE (So)
	'\ua7c0',     // LATIN CAPITAL LETTER OLD POLISH O (Lu), lower case U+A7C1
	'\ua7c1',     // LATIN SMALL LETTER OLD POLISH O (Ll)
	'\u2c2f',     // GLAGOLITIC CAPITAL LETTER CAUDATE CHRIVI (Lu), lower case U+2C5F
	'\U00010570', // VITHKUQI CAPITAL LETTER A (Lu), lower case U+10597
	// new in 15.0
	'\U0001e030', // MODIFIER LETTER CYRILLIC SMALL A (Lm)
	'\U0001e08f', // COMBINING CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I (Mn)
	'\U00011f00', // KAWI SIGN CANDRABINDU (Mn)
	'\U00011f04', // KAWI LETTER A (Lo)
	'\U00011f41', // KAWI SIGN KILLER (Mc)
	'\U0001e4f1', // NAG MUNDARI DIGIT ONE (Nd)
	'\U0001f6dc', // WIRELESS (So)
	'\U0001faf8', // RIGHTWARDS PUSHING HAND (So)
	// changed by 14.0
	'\u1734',     // HANUNOO SIGN PAMUDPOD: Mn until 13.0, Mc since
	'\U00016fe2', // OLD CHINESE HOOK MARK: script Common until 13.0, Han since
}

func classes(r rune) string {
	var b strings.Builder
	for _, c := range []struct {
		name string
		is   func(rune) bool
	}{
		{"letter", unicode.IsLetter}, {"digit", unicode.IsDigit}, {"number", unicode.IsNumber},
		{"upper", unicode.IsUpper}, {"lower", unicode.IsLower}, {"title", unicode.IsTitle},
		{"mark", unicode.IsMark}, {"punct", unicode.IsPunct}, {"symbol", unicode.IsSymbol},
		{"space", unicode.IsSpace}, {"control", unicode.IsControl}, {"print", unicode.IsPrint},
		{"graphic", unicode.IsGraphic},
	} {
		if c.is(r) {
			b.WriteString(" " + c.name)
		}
	}
	for _, t := range []struct {
		name string
		tab  *unicode.RangeTable
	}{
		{"Lm", unicode.Lm}, {"Lo", unicode.Lo}, {"Mn", unicode.Mn}, {"Mc", unicode.Mc},
		{"Nd", unicode.Nd}, {"So", unicode.So}, {"Zs", unicode.Zs}, {"Cf", unicode.Cf},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Arabic", unicode.Arabic}, {"Han", unicode.Han}, {"Common", unicode.Common},
		{"Inherited", unicode.Inherited},
	} {
		if unicode.Is(t.tab, r) {
			b.WriteString(" " + t.name)
		}
	}
	return b.String()
}

func main() {
	for _, r := range samples {
		s := string(r)
		fmt.Printf("%U:%s\n", r, classes(r))
		fmt.Printf("  upper %U lower %U title %U fold %U\n", unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r), unicode.SimpleFold(r))
		fmt.Printf("  %%q %q %%+q %+q %%#q %#q %%#U %#U\n", s, s, s, r)
		q, qa, qr := strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteRune(r)
		agree := q == fmt.Sprintf("%q", s) && qa == fmt.Sprintf("%+q", s) && qr == fmt.Sprintf("%q", r)
		agree = agree && strconv.IsPrint(r) == unicode.IsPrint(r) && strconv.IsGraphic(r) == unicode.IsGraphic(r)
		fmt.Printf("  strconv %s %s %s, agrees with fmt and unicode: %t\n", q, qa, qr, agree)
		fmt.Printf("  strings %q %q %t %q\n", strings.ToUpper("x"+s), strings.ToLower("X"+s),
			strings.EqualFold(s, string(unicode.SimpleFold(r))), strings.TrimSpace(s+" "))
		fmt.Printf("  utf8 %d %d %t\n", utf8.RuneLen(r), utf8.RuneCountInString(s), utf8.ValidString(s))
	}
}
