package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, v ...any) { fmt.Println(append([]any{name + ":"}, v...)...) }

func main() {
	b := []byte("Hello, World! Hello, Gophers!")
	show("Contains", bytes.Contains(b, []byte("World")), bytes.Contains(b, []byte("world")), bytes.Contains(b, nil))
	show("ContainsAny", bytes.ContainsAny(b, "xyz!"), bytes.ContainsAny(b, ""))
	show("ContainsRune", bytes.ContainsRune([]byte("héllo"), 'é'), bytes.ContainsRune(b, 'é'))
	show("Count", bytes.Count(b, []byte("Hello")), bytes.Count(b, []byte("l")), bytes.Count([]byte("aaaa"), []byte("aa")), bytes.Count([]byte("héllo"), nil))
	show("Index", bytes.Index(b, []byte("Hello")), bytes.Index(b, []byte("Go")), bytes.Index(b, []byte("zz")), bytes.Index(b, nil))
	show("LastIndex", bytes.LastIndex(b, []byte("Hello")), bytes.LastIndex(b, []byte("q")), bytes.LastIndex(b, nil))
	show("IndexByte", bytes.IndexByte(b, ','), bytes.IndexByte(b, 'z'), bytes.LastIndexByte(b, ','), bytes.LastIndexByte(b, 'z'))
	show("IndexAny", bytes.IndexAny(b, "!W"), bytes.LastIndexAny(b, "!W"), bytes.IndexAny(b, "q"))
	show("IndexRune", bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexRune(b, utf8Bad()))
	show("IndexFunc", bytes.IndexFunc(b, unicode.IsPunct), bytes.LastIndexFunc(b, unicode.IsUpper), bytes.IndexFunc(b, unicode.IsDigit))
	show("Equal", bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	show("Compare", bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte("ab"), []byte("a")), bytes.Compare(nil, nil))
	show("EqualFold", bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.EqualFold([]byte("a"), []byte("b")))
	show("HasPrefix", bytes.HasPrefix(b, []byte("Hell")), bytes.HasSuffix(b, []byte("!")), bytes.HasSuffix(b, []byte("?")))

	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	show("Cut", string(before), string(after), found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	show("Cut", string(before), after == nil, found)

	show("Fields", fmt.Sprintf("%q", bytes.Fields([]byte("  a b\t\nc  d  "))), len(bytes.Fields([]byte("   "))))
	show("FieldsFunc", fmt.Sprintf("%q", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit)))
	show("Split", fmt.Sprintf("%q", bytes.Split([]byte("a,b,c"), []byte(","))))
	show("Split", fmt.Sprintf("%q", bytes.Split([]byte("héllo"), nil)))
	show("SplitN", fmt.Sprintf("%q", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2)), bytes.SplitN([]byte("a"), []byte(","), 0) == nil)
	show("SplitAfter", fmt.Sprintf("%q", bytes.SplitAfter([]byte("a,b,c"), []byte(","))))
	show("SplitAfterN", fmt.Sprintf("%q", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2)))
	parts := bytes.Split([]byte("ab,cd"), []byte(","))
	show("Split cap", cap(parts[0]), len(parts[0]))
	show("Join", string(bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", "))), bytes.Join(nil, []byte(",")) != nil)

	show("Repeat", string(bytes.Repeat([]byte("ab"), 3)))
	show("Map", string(bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("hello"))))
	show("Case", string(bytes.ToUpper([]byte("héllo wörld"))), string(bytes.ToLower([]byte("HÉLLO"))), string(bytes.ToTitle([]byte("ǆ"))), string(bytes.Title([]byte("hello go world"))))
	show("ToValidUTF8", fmt.Sprintf("%q", bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?"))))
	show("Replace", string(bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2)), string(bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo"))), string(bytes.Replace([]byte("abc"), nil, []byte("-"), -1)))
	show("Runes", bytes.Runes([]byte("héllo")))

	show("Trim", fmt.Sprintf("%q %q %q", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x")))
	show("Trim nil", bytes.Trim([]byte("xxx"), "x") == nil, bytes.TrimLeft([]byte("xxx"), "x") == nil, bytes.TrimRight([]byte("xxx"), "x") == nil)
	show("TrimSpace", fmt.Sprintf("%q", bytes.TrimSpace([]byte(" \t héllo \n"))), bytes.TrimSpace([]byte("  ")) == nil)
	show("TrimFunc", fmt.Sprintf("%q %q %q", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit), bytes.TrimLeftFunc([]byte("123abc456"), unicode.IsDigit), bytes.TrimRightFunc([]byte("123abc456"), unicode.IsDigit)))
	show("TrimFunc nil", bytes.TrimLeftFunc([]byte("123"), unicode.IsDigit) == nil, bytes.TrimRightFunc([]byte("123"), unicode.IsDigit) == nil)
	show("TrimPrefix", string(bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-"))), string(bytes.TrimSuffix([]byte("a.go"), []byte(".go"))), string(bytes.TrimPrefix([]byte("x"), []byte("y"))))

	s := []byte("  shared  ")
	t := bytes.TrimSpace(s)
	t[0] = 'S'
	show("shares", string(s))

	func() {
		defer func() { show("recovered", recover()) }()
		bytes.Repeat([]byte("x"), -1)
	}()
}

func utf8Bad() rune { return 0xFFFD }
