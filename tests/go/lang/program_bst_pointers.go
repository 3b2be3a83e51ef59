package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max2(t.Left.Height(), t.Right.Height())
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// A binary search tree with nil-receiver methods and a closure visitor.
func main() {
	text := "the quick brown fox jumps over the lazy dog the end fox"
	var root *Tree
	for _, w := range strings.Fields(text) {
		root = root.Insert(w)
	}
	var parts []string
	root.Walk(func(t *Tree) {
		parts = append(parts, fmt.Sprintf("%s:%d", t.Key, t.Count))
	})
	fmt.Println(strings.Join(parts, " "))
	fmt.Println("height", root.Height())
}
