package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	return v.Major < o.Major || v.Major == o.Major && v.Minor < o.Minor
}

type Word string

func (w Word) Less(o Word) bool { return len(w) < len(o) }

func Min[T Lesser[T]](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func SortInsertion[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// A constraint that refers to the type parameter itself (T Lesser[T]): methods of the type
// argument are called through the type parameter.
func main() {
	fmt.Println(Min(Version{1, 4}, Version{1, 2}, Version{2, 0}))
	fmt.Println(Min[Word]("banana", "fig", "kiwi"))
	vs := []Version{{2, 1}, {1, 9}, {2, 0}, {1, 10}}
	SortInsertion(vs)
	fmt.Println(vs)
}
