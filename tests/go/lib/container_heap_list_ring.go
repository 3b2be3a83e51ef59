package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type item struct {
	name     string
	priority int
	index    int
}

type queue []*item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)        { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	it.index = -1
	return it
}
func (q *queue) update(it *item, p int) { it.priority = p; heap.Fix(q, it.index) }

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }

// pair compares on key only: equal keys show the order heap leaves them in.
type pair struct{ key, tag int }
type pairs []pair

func (h pairs) Len() int           { return len(h) }
func (h pairs) Less(i, j int) bool { return h[i].key < h[j].key }
func (h pairs) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pairs) Push(x any)        { *h = append(*h, x.(pair)) }
func (h *pairs) Pop() any          { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }

func printList(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	h := &ints{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println(*h, (*h)[0])
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	ps := &pairs{}
	for i := 0; i < 12; i++ {
		heap.Push(ps, pair{i % 3, i})
	}
	for ps.Len() > 0 {
		fmt.Print(heap.Pop(ps), " ")
	}
	fmt.Println()

	q := queue{}
	for i, name := range []string{"banana", "apple", "pear", "kiwi"} {
		heap.Push(&q, &item{name: name, priority: (i * 7) % 5})
	}
	it := &item{name: "orange", priority: 1}
	heap.Push(&q, it)
	q.update(it, 9)
	for q.Len() > 0 {
		x := heap.Pop(&q).(*item)
		fmt.Printf("%d:%s ", x.priority, x.name)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value)
	printList(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	printList(l)
	l.PushBackList(l)
	printList(l)
	// operations with foreign or removed elements do nothing
	fmt.Println(l.Remove(other.Front()), other.Len(), l.Len())
	fmt.Println(l.InsertBefore(0, other.Front()) == nil, l.InsertAfter(0, e4) == nil)
	l.MoveToFront(e4)
	fmt.Println(e4.Next() == nil, e4.Prev() == nil)
	var zero list.List
	zero.PushBack("lazy")
	printList(&zero)
	fmt.Println(zero.Init().Len(), zero.Front() == nil, zero.Back() == nil)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Prev().Value, r.Move(7).Value)
	removed := r.Unlink(2)
	fmt.Print(r.Len(), " ", removed.Len(), ": ")
	removed.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	var one ring.Ring
	fmt.Println(one.Len(), one.Next() == &one, ring.New(0) == nil, (*ring.Ring)(nil).Len())
	fmt.Println(r.Unlink(0) == nil)
}
