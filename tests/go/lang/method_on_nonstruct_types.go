package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] > l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
func (l *IntList) Push(v int)        { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// Methods on named slice, map, function and float types.
func main() {
	var l IntList
	l.Push(3)
	l.Push(1)
	l.Push(2)
	sort.Sort(l)
	fmt.Println(l, l.Len())
	s := Set{}
	s.Add("b").Add("a").Add("b")
	fmt.Println(s.Keys(), len(s))
	h := HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
	fmt.Println(Celsius(21.55), []Celsius{1, 2})
}
