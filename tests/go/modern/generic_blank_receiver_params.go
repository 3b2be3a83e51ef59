// Methods whose receivers name some type parameters _ (Go's typeparam/issue50419 and
// issue50690a): the fields keep their instantiated types and offsets.
package main

import "fmt"

type Foo[T1 any, T2 any] struct {
	valueA T1
	valueB T2
}

func (f *Foo[_, _]) String() string {
	return fmt.Sprintf("%v %v", f.valueA, f.valueB)
}

type Ledger[K comparable, V any] struct {
	ID   K
	Vals []V
	Name string
}

func (l Ledger[_, V]) Last() V { return l.Vals[len(l.Vals)-1] }

func (l *Ledger[K, _]) Key() K { return l.ID }

func main() {
	fmt.Println(&Foo[string, int]{"i am a string", 123})
	fmt.Println(&Foo[[3]byte, float64]{[3]byte{1, 2, 3}, 2.5})
	l := Ledger[string, [2]int]{"k", [][2]int{{1, 2}, {3, 4}}, "n"}
	fmt.Println(l.Last(), l.Key(), l.Name)
	m := &Ledger[int64, string]{7, []string{"a", "b"}, "m"}
	fmt.Println(m.Last(), m.Key()+1, m.Name)
}
