package main

import "fmt"

type Acc struct {
	N     int
	Items []string
}

// Updating map values: op-assignment on missing keys starts from the zero value; slices
// are appended and stored back; struct values must be copied, changed and stored; pointer
// values are changed in place; nested maps are created on demand.
func main() {
	count := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		count[w]++
	}
	count["z"] += 10
	count["y"] -= 1
	fmt.Println(count)

	groups := map[bool][]int{}
	for i := 0; i < 7; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)

	accs := map[string]Acc{}
	a := accs["x"]
	a.N++
	a.Items = append(a.Items, "first")
	accs["x"] = a
	fmt.Println(accs["x"], len(accs["missing"].Items))

	ptrs := map[string]*Acc{"p": {}}
	ptrs["p"].N += 5
	ptrs["p"].Items = append(ptrs["p"].Items, "via pointer")
	fmt.Println(*ptrs["p"])

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b]++
	}
	add("x", "1")
	add("x", "2")
	add("y", "1")
	add("x", "1")
	fmt.Println(nested, len(nested["none"]))
}
