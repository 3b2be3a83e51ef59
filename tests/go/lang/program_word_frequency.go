package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

// Reads stdin, counts words case-insensitively, prints them by descending count then name.
func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
		words := strings.FieldsFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			counts[strings.ToLower(w)]++
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println(lines, "lines,", len(list), "distinct words")
	for _, e := range list[:8] {
		fmt.Printf("%-6s %d\n", e.w, e.n)
	}
	fmt.Println(counts["über"], counts["don't"], counts["naïve"])
}
