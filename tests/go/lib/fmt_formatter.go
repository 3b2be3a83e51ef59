package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type T struct{ n int }

func (t T) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "T[%c", verb)
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " %c", c)
		}
	}
	io.WriteString(f, " "+formatString(f, verb)+"]")
}

type Hex int

func (h Hex) Format(f fmt.State, c rune) {
	switch c {
	case 'v', 's':
		fmt.Fprintf(f, "Hex(%#x)", int(h))
	default:
		fmt.Fprintf(f, formatString(f, c), int(h))
	}
}

// Formatter wins over Stringer and error.
type All struct{}

func (All) Format(f fmt.State, c rune) { f.Write([]byte("all")) }
func (All) String() string             { return "string" }
func (All) Error() string              { return "error" }
func (All) GoString() string           { return "gostring" }

type Boom struct{}

func (Boom) Format(f fmt.State, c rune) {
	f.Write([]byte("partial;"))
	panic("boom")
}

type PB struct{ x int }

func (p *PB) Format(f fmt.State, c rune) { fmt.Fprintf(f, "PB%d", p.x) }

type ErrF struct{}

func (ErrF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "errf:%c", c) }
func (ErrF) Error() string              { return "errf" }

type wrap struct {
	A Hex
	b Hex
	C []Hex
	M map[string]Hex
	I any
}

func main() {
	fmt.Printf("%v|%d|%+v|%#v|%-8.3x|% 05d|%s\n", T{}, T{}, T{}, T{}, T{}, T{}, T{})
	fmt.Printf("%*.*q|%[1]T|%p\n", 7, 2, T{}, &T{})
	fmt.Println(T{}, Hex(255))
	fmt.Print(Hex(1), Hex(2), "\n")
	fmt.Printf("%d %x %08b %v\n", Hex(10), Hex(10), Hex(5), Hex(10))
	fmt.Printf("%v %s %#v %d\n", All{}, All{}, All{}, All{})
	fmt.Println(Boom{}, "after")
	fmt.Printf("[%5v]\n", Boom{})
	var pb *PB
	fmt.Println(pb)
	fmt.Println(&PB{3}, []*PB{{4}})
	fmt.Printf("%v\n", wrap{1, 2, []Hex{3, 4}, map[string]Hex{"k": 5}, Hex(6)})
	fmt.Printf("%+v\n", wrap{1, 2, nil, nil, nil})
	err := fmt.Errorf("wrapped: %w", ErrF{})
	fmt.Println(err, errors.Is(err, ErrF{}))
	fmt.Println(fmt.Sprint(ErrF{}), fmt.Sprintf("%q", ErrF{}))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v", T{})
	fmt.Println(sb.String())
	fmt.Printf("%v %v\n", []any{T{}, Hex(1)}, struct{ X fmt.Formatter }{Hex(2)})
	fmt.Printf("%[2]v %[1]v\n", Hex(1), Hex(2))
	fmt.Printf("%!\n")
	fmt.Printf("%v %v\n", &[]Hex{1}, &struct{ H Hex }{2})
}

func formatString(state fmt.State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = append(b, fmt.Sprint(w)...)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, fmt.Sprintf(".%d", p)...)
	}
	return string(append(b, string(verb)...))
}
