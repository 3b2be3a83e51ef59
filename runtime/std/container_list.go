// Package list: a doubly linked list.
//
// A List points to a sentinel Element, root: the list is the ring root <-> first <-> ...
// <-> last <-> root, and len counts the elements other than root. An Element knows its
// list, so operations given an element of another list (or one already removed) do
// nothing, as in Go. The zero List is empty and ready to use (root is made on first
// insert). Go's List holds its root by value; here it is a pointer, because gosub's
// checker wrongly reports Element -> *List -> List -> Element as an invalid cycle.
package list

// A List is a doubly linked list.
type List struct {
	root *Element
	len  int
}

// An Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

// Next returns the next element or nil.
func (e *Element) Next() *Element {
	if p := e.next; e.list != nil && p != e.list.root {
		return p
	}
	return nil
}

// Prev returns the previous element or nil.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != e.list.root {
		return p
	}
	return nil
}

// Init empties l.
func (l *List) Init() *List {
	if l.root == nil {
		l.root = new(Element)
	}
	l.root.next = l.root
	l.root.prev = l.root
	l.len = 0
	return l
}

// New returns an empty list.
func New() *List { return new(List).Init() }

func (l *List) Len() int { return l.len }

// Front returns the first element or nil.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element or nil.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

func (l *List) lazyInit() {
	if l.root == nil {
		l.Init()
	}
}

// insert links e after at and returns it.
func (l *List) insert(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of its ring.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil
	e.prev = nil
	e.list = nil
	l.len--
}

// relink moves e (in l) to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

// Remove removes e from l if e is an element of l, and returns e.Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.insert(&Element{Value: v}, l.root)
}

func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.insert(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts v before mark (an element of l; else nothing happens) and returns
// the new element.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insert(&Element{Value: v}, mark.prev)
}

func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insert(&Element{Value: v}, mark)
}

func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relink(e, l.root)
}

func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relink(e, l.root.prev)
}

func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList appends a copy of other (which may be l itself).
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.insert(&Element{Value: e.Value}, l.root.prev)
	}
}

// PushFrontList prepends a copy of other (which may be l itself).
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.insert(&Element{Value: e.Value}, l.root)
	}
}
