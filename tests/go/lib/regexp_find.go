// regexp: compiling, matching and every Find variant (string and []byte), with groups that
// do and do not take part, limits on FindAll, and what a Regexp tells about itself.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)(\.com)?`)
	s := "mail bob@example.com or ann@host, not @here"
	b := []byte(s)

	fmt.Println(re, re.String(), re.NumSubexp(), len(re.SubexpNames()))
	fmt.Println(re.MatchString(s), re.Match(b), re.MatchString("nothing"))
	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^\d+$`, []byte("12a45"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)

	// The first match.
	fmt.Printf("%q\n", re.FindString(s))
	fmt.Println(re.FindStringIndex(s))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Println(re.FindStringSubmatchIndex(s))
	fmt.Printf("%q\n", re.Find(b))
	fmt.Println(re.FindIndex(b))
	fmt.Printf("%q\n", re.FindSubmatch(b))
	fmt.Println(re.FindSubmatchIndex(b))

	// No match: empty string, nil slices.
	fmt.Printf("%q %v %v %v\n", re.FindString("x"), re.FindStringIndex("x") == nil,
		re.FindStringSubmatch("x") == nil, re.Find([]byte("x")) == nil)
	fmt.Println(re.FindSubmatch([]byte("x")) == nil, re.FindAllString("x", -1) == nil)

	// All matches, with and without a limit.
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, 1))
	fmt.Println(re.FindAllString(s, 0) == nil)
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Printf("%q\n", re.FindAll(b, -1))
	fmt.Println(re.FindAllIndex(b, 5))
	fmt.Printf("%q\n", re.FindAllSubmatch(b, -1))
	fmt.Println(re.FindAllSubmatchIndex(b, -1))

	// A group that takes no part is nil in the []byte variants.
	sub := re.FindAllSubmatch(b, -1)
	fmt.Println(sub[1][3] == nil, sub[0][3] != nil)

	// Matched []byte share the input's memory, with the capacity cut at the match.
	m := re.Find(b)
	fmt.Println(len(m), cap(m))
	m[0] = 'B'
	fmt.Println(string(b[:10]))

	// Named groups.
	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})(-(?P<day>\d{2}))?`)
	fmt.Printf("%q\n", date.SubexpNames())
	fmt.Println(date.SubexpIndex("month"), date.SubexpIndex("day"), date.SubexpIndex("nope"), date.SubexpIndex(""))
	for _, d := range []string{"2024-03-15", "1999-12", "x"} {
		mm := date.FindStringSubmatch(d)
		if mm == nil {
			fmt.Println(d, "no match")
			continue
		}
		fmt.Printf("%s year=%q month=%q day=%q\n", d, mm[date.SubexpIndex("year")],
			mm[date.SubexpIndex("month")], mm[date.SubexpIndex("day")])
	}

	// Copy.
	c := re.Copy()
	fmt.Println(c.String() == re.String(), c != re, c.FindString(s))

	// Readers.
	fmt.Println(re.MatchReader(strings.NewReader(s)))
	fmt.Println(re.FindReaderIndex(strings.NewReader(s)))
	fmt.Println(re.FindReaderSubmatchIndex(strings.NewReader("héllo bob@x.com")))
	ok, err = regexp.MatchReader(`o.*o`, strings.NewReader("foo"))
	fmt.Println(ok, err)
}
