// unicode_hashes.go — prints the unicode hashes and the changed_since_go119 ranges of
// tests/unit/test_libs.c from Go's own unicode package. It is not run by the build.
//
// Go 1.19 (the Go at hand) carries Unicode 13.0.0, gosub Unicode 15.0.0: the hashes leave out
// every code point DerivedAge.txt gives the ages 14.0 or 15.0, and the three older ones whose
// properties Unicode 14.0 changed. Its loops are test_libs.c's test_unicode loops, in the same
// order. Run:
//
//	go run tests/unit/unicode_hashes.go /usr/share/unicode/DerivedAge.txt ranges
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

const offset = 14695981039346656037

func hadd(h *uint64, v uint64) { *h = (*h ^ v) * 1099511628211 }

type span struct{ lo, hi rune }

// The skipped code points: sorted, merged ranges.
var newer []span

func skip(r rune) bool {
	for _, s := range newer {
		if r >= s.lo && r <= s.hi {
			return true
		}
	}
	return false
}

func readAges(path string) {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fs := strings.Split(line, ";")
		if len(fs) != 2 {
			continue
		}
		age := strings.TrimSpace(fs[1])
		if age != "14.0" && age != "15.0" {
			continue
		}
		rg := strings.Split(strings.TrimSpace(fs[0]), "..")
		lo, _ := strconv.ParseUint(rg[0], 16, 32)
		hi := lo
		if len(rg) == 2 {
			hi, _ = strconv.ParseUint(rg[1], 16, 32)
		}
		newer = append(newer, span{rune(lo), rune(hi)})
	}
	// Unicode 14.0 moved U+1734 from Mn to Mc, U+16FE2 and U+16FE3 from script Common to Han.
	newer = append(newer, span{0x1734, 0x1734}, span{0x16FE2, 0x16FE3})
	// sort (insertion: the list is short) and merge
	for i := 1; i < len(newer); i++ {
		for j := i; j > 0 && newer[j].lo < newer[j-1].lo; j-- {
			newer[j], newer[j-1] = newer[j-1], newer[j]
		}
	}
	var m []span
	for _, s := range newer {
		if len(m) > 0 && s.lo <= m[len(m)-1].hi+1 {
			if s.hi > m[len(m)-1].hi {
				m[len(m)-1].hi = s.hi
			}
		} else {
			m = append(m, s)
		}
	}
	newer = m
}

var tables = map[int]*unicode.RangeTable{
	1: unicode.Lu, 2: unicode.Ll, 3: unicode.Lt, 4: unicode.Lm, 5: unicode.Lo, 6: unicode.Mn,
	7: unicode.Mc, 8: unicode.Me, 9: unicode.Nd, 10: unicode.Nl, 11: unicode.No, 12: unicode.Pc,
	13: unicode.Pd, 14: unicode.Ps, 15: unicode.Pe, 16: unicode.Pi, 17: unicode.Pf, 18: unicode.Po,
	19: unicode.Sm, 20: unicode.Sc, 21: unicode.Sk, 22: unicode.So, 23: unicode.Zs, 24: unicode.Zl,
	25: unicode.Zp, 26: unicode.Cc, 27: unicode.Cf, 28: unicode.Cs, 29: unicode.Co,
	32: unicode.L, 33: unicode.M, 34: unicode.N, 35: unicode.P, 36: unicode.S, 37: unicode.Z,
	38: unicode.C, 40: unicode.White_Space,
	64: unicode.Latin, 65: unicode.Greek, 66: unicode.Cyrillic, 67: unicode.Armenian,
	68: unicode.Hebrew, 69: unicode.Arabic, 70: unicode.Devanagari, 71: unicode.Bengali,
	72: unicode.Thai, 73: unicode.Georgian, 74: unicode.Hangul, 75: unicode.Hiragana,
	76: unicode.Katakana, 77: unicode.Han, 78: unicode.Common, 79: unicode.Inherited,
}

func main() {
	if len(os.Args) > 1 {
		readAges(os.Args[1])
	}
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsMark", unicode.IsMark}, {"IsPunct", unicode.IsPunct},
		{"IsSymbol", unicode.IsSymbol}, {"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic},
		{"IsControl", unicode.IsControl},
	}
	for _, p := range preds {
		h := uint64(offset)
		for r := rune(-2); r <= 0x110001; r++ {
			if skip(r) {
				continue
			}
			b := uint64(0)
			if p.f(r) {
				b = 1
			}
			hadd(&h, b)
		}
		fmt.Printf("{\"%s\", 1, 0x%016xull},\n", p.name, h)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold}}
	for _, m := range maps {
		h := uint64(offset)
		for r := rune(-2); r <= 0x110001; r++ {
			if skip(r) {
				continue
			}
			hadd(&h, uint64(int64(m.f(r))))
		}
		fmt.Printf("{\"%s\", 2, 0x%016xull},\n", m.name, h)
	}
	h := uint64(offset)
	for c := -1; c <= 3; c++ {
		for r := rune(-2); r <= 0x110001; r += 3 {
			if skip(r) {
				continue
			}
			hadd(&h, uint64(int64(unicode.To(c, r))))
		}
	}
	fmt.Printf("{\"To\", 3, 0x%016xull},\n", h)
	h = offset
	for id := 1; id < 81; id++ {
		for r := rune(-2); r <= 0x110001; r++ {
			if r >= 0x3000 && r%17 != 0 {
				continue
			}
			if skip(r) {
				continue
			}
			b := uint64(0)
			if t := tables[id]; t != nil && unicode.Is(t, r) {
				b = 1
			}
			hadd(&h, b)
		}
	}
	fmt.Printf("{\"isTable\", 4, 0x%016xull},\n", h)
	if len(os.Args) > 2 {
		for i, s := range newer {
			fmt.Printf("{0x%X, 0x%X},", s.lo, s.hi)
			if i%5 == 4 {
				fmt.Println()
			}
		}
		fmt.Println(len(newer))
	}
}
