// One interface call site meeting many dynamic types (more than its inline cache holds),
// with receivers of every layout: a pointer, a one-word value, a multi-word value boxed in
// the interface, a value method called through a pointer, a method promoted from an
// embedded field, and a type whose method is implemented in C (strings.Builder). Several
// goroutines run the same call sites at once, each with its own order of types.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Namer interface{ Name() string }

type Ptr struct{ n int }
type Word int
type Wide struct{ a, b, c string }
type Val struct{ s string }
type Inner struct{ tag string }
type Outer struct {
	Inner
	x int
}
type Builder struct{ strings.Builder }

func (p *Ptr) Name() string  { return fmt.Sprint("ptr", p.n) }
func (w Word) Name() string  { return fmt.Sprint("word", int(w)) }
func (w Wide) Name() string  { return w.a + w.b + w.c }
func (v Val) Name() string   { return "val-" + v.s }
func (i Inner) Name() string { return "inner-" + i.tag }
func (b *Builder) Name() string {
	var own strings.Builder // the goroutines below share b: it is only read
	own.WriteString("builder")
	return own.String() + b.String()
}

type Lener interface{ Len() int }

func names(xs []Namer) string {
	var sb strings.Builder
	for _, x := range xs {
		sb.WriteString(x.Name()) // the call site under test
		sb.WriteByte(' ')
	}
	return sb.String()
}

func lens(xs []Lener) (n int) {
	for _, x := range xs {
		n += x.Len() // a site whose methods are natives
	}
	return n
}

func main() {
	all := []Namer{&Ptr{1}, Word(2), Wide{"w", "i", "de"}, &Val{"p"}, Val{"v"},
		Outer{Inner{"o"}, 3}, &Outer{Inner{"po"}, 4}, &Builder{}}
	fmt.Println(names(all))
	var b1, b2 strings.Builder
	b1.WriteString("abc")
	b2.WriteString("de")
	fmt.Println(lens([]Lener{&b1, &b2, &b1}))

	var wg sync.WaitGroup
	results := make([]string, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			xs := make([]Namer, 0, len(all))
			for i := range all {
				xs = append(xs, all[(i+w)%len(all)])
			}
			s := ""
			for k := 0; k < 200; k++ {
				s = names(xs)
			}
			results[w] = s
		}(w)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
