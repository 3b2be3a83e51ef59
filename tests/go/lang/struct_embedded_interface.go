package main

import "fmt"

type Greeter interface {
	Greet(name string) string
	Bye() string
}

type english struct{}

func (english) Greet(n string) string { return "hello " + n }
func (english) Bye() string           { return "bye" }

// loud embeds a Greeter and overrides one method, delegating to the embedded value.
type loud struct{ Greeter }

func (l loud) Greet(n string) string { return l.Greeter.Greet(n) + "!" }

// A struct embedding an interface satisfies it; unimplemented methods are forwarded to the
// embedded value.
func main() {
	var g Greeter = loud{english{}}
	fmt.Println(g.Greet("ann"), g.Bye())
	double := loud{loud{english{}}}
	fmt.Println(double.Greet("bob"), double.Bye())
	empty := loud{}
	fmt.Println(empty.Greeter == nil)
}
