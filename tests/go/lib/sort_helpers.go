package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	ints := sort.IntSlice{5, -3, 9, 0, 5, 12, -3}
	ints.Sort()
	fmt.Println(ints, ints.Search(5), ints.Search(6), ints.Len())
	sort.Sort(sort.Reverse(ints))
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.IsSorted(sort.Reverse(ints)))

	strs := sort.StringSlice{"b", "B", "a", "", "ab", "aa"}
	sort.Sort(strs)
	fmt.Printf("%q %d\n", strs, strs.Search("ab"))

	// Find: first index whose element is >= target, and whether it matches.
	words := []string{"apple", "banana", "cherry", "grape"}
	for _, t := range []string{"banana", "coconut", "zebra", ""} {
		i, found := sort.Find(len(words), func(i int) int { return strings.Compare(t, words[i]) })
		fmt.Println(t, i, found)
	}

	// Stable keeps the input order among equal lengths.
	w := byLen{"ccc", "a", "bb", "dd", "e", "fff", "gg", "h"}
	sort.Stable(w)
	fmt.Println(w)
	sort.Stable(sort.Reverse(w))
	fmt.Println(w)

	// Larger inputs through the fast paths.
	big := make([]int, 3000)
	for i := range big {
		big[i] = (i * 7919) % 3001
	}
	sort.Ints(big)
	fmt.Println(big[0], big[1500], big[2999], sort.IntsAreSorted(big))
	names := make([]string, 500)
	for i := range names {
		names[i] = fmt.Sprintf("n%03d", (i*37)%500)
	}
	sort.Strings(names)
	fmt.Println(names[:4], names[499], sort.StringsAreSorted(names))

	// Slice on arrays of structs, slices of slices, and the empty and one-element cases.
	pairs := [][2]int{{3, 1}, {1, 2}, {3, 0}, {2, 2}, {1, 1}}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	fmt.Println(pairs)
	nested := [][]string{{"x", "y"}, {"a"}, {}, {"b", "c", "d"}}
	sort.Slice(nested, func(i, j int) bool { return len(nested[i]) < len(nested[j]) })
	fmt.Println(nested, len(nested))
	var none []int
	sort.Slice(none, func(i, j int) bool { return none[i] < none[j] })
	one := []string{"only"}
	sort.SliceStable(one, func(i, j int) bool { return one[i] < one[j] })
	fmt.Println(none, one, sort.SliceIsSorted(one, func(i, j int) bool { return false }))

	// Search counts: bisection calls f about log2(n) times.
	calls := 0
	idx := sort.Search(1<<20, func(i int) bool { calls++; return i >= 777777 })
	fmt.Println(idx, calls)

	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
