package main

import "fmt"

type Animal struct{ name string }

func (a Animal) Sound() string { return "..." }
func (a Animal) Speak() string { return a.name + " says " + a.Sound() }

type Dog struct {
	Animal
	name string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct{ Dog }

// A method of the outer type hides the embedded one, but there is no virtual dispatch:
// the embedded type's methods still call its own methods and see its own fields.
func main() {
	d := Dog{Animal{"animal"}, "rex"}
	fmt.Println(d.Sound(), d.Animal.Sound())
	fmt.Println(d.Speak())
	fmt.Println(d.name, d.Animal.name)
	p := Puppy{d}
	fmt.Println(p.Sound(), p.Speak(), p.name)
	var s interface{ Sound() string } = p
	fmt.Println(s.Sound())
	s = p.Animal
	fmt.Println(s.Sound())
}
