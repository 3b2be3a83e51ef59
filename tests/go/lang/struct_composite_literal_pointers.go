package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

// &T{} yields a new variable every time it is evaluated; elided &T in []*T and map values;
// building a linked list from composite literals.
func main() {
	a := &Node{Val: 1}
	b := &Node{Val: 1}
	fmt.Println(a == b, *a == *b)
	var ptrs []*Node
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &Node{Val: i})
	}
	fmt.Println(ptrs[0] != ptrs[1], ptrs[2].Val)
	list := &Node{1, &Node{2, &Node{3, nil}}}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	nodes := []*Node{{Val: 10}, {Val: 20, Next: &Node{Val: 21}}}
	fmt.Println(nodes[1].Next.Val, nodes[0].Next == nil)
	byName := map[string]*Node{"x": {Val: 5}}
	byName["x"].Val++
	fmt.Println(byName["x"].Val)
	arr := [2]*Node{{Val: 7}}
	fmt.Println(arr[0].Val, arr[1] == nil)
}
