package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
)

type Base struct {
	ID   int `json:"id" db:"pk"`
	note string
}

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Named struct {
	Base
	*strings.Builder
	Name  string            `json:"name,omitempty"`
	Tags  []string          `json:"tags" xml:"tag"`
	Attrs map[string]int    `json:"-"`
	Next  *Named            `weird:"a\"b" other:"x"`
	Fn    func(int) error
	Ch    chan<- bool
	Arr   [3]byte
	small int8
}

func (n *Named) Rename(s string) { n.Name = s }
func (n Named) Hello() string    { return "hi " + n.Name }
func (n Named) private()         {}

type Celsius float64
type Shape interface {
	Area() float64
	Perimeter() float64
}
type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }

func show(t reflect.Type) {
	fmt.Printf("%-28s kind=%-9s name=%q pkg=%q size=%d comparable=%v\n", t.String(), t.Kind(),
		t.Name(), t.PkgPath(), t.Size(), t.Comparable())
}

func main() {
	for _, x := range []any{1, int8(1), uint16(2), 3.5, float32(1), "s", true, 'r', byte(1),
		complex(1, 2), []int{}, [2]string{}, map[string][]int{}, &Named{}, Named{}, Celsius(1),
		errors.New("x"), time.Second, struct{ A, b int }{}, make(chan int), func(string) {},
		uintptr(0), [0]int{}, struct{}{}} {
		show(reflect.TypeOf(x))
	}

	t := reflect.TypeOf(Named{})
	fmt.Println("fields:", t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %d %s %v tag=%q json=%q anon=%v exported=%v pkg=%q off=%d idx=%v\n", i,
			f.Name, f.Type, f.Tag, f.Tag.Get("json"), f.Anonymous, f.IsExported(), f.PkgPath,
			f.Offset, f.Index)
	}
	f, _ := t.FieldByName("Next")
	v, ok := f.Tag.Lookup("weird")
	fmt.Printf("weird=%q %v\n", v, ok)
	v, ok = f.Tag.Lookup("missing")
	fmt.Printf("missing=%q %v\n", v, ok)
	fmt.Printf("other=%q\n", f.Tag.Get("other"))
	fmt.Printf("%q\n", reflect.StructTag(`a:"1" b:"2"`).Get("b"))
	fmt.Printf("%q\n", reflect.StructTag(`a:1 b:"2"`).Get("b"))

	id, ok := t.FieldByName("ID")
	fmt.Println("promoted ID:", ok, id.Index, id.Type, id.Tag.Get("db"))
	_, ok = t.FieldByName("nope")
	fmt.Println("nope:", ok)
	fmt.Println("FieldByIndex:", t.FieldByIndex([]int{0, 0}).Name)

	fmt.Println("Elem/Key/Len:", reflect.TypeOf(map[string][]int{}).Key(),
		reflect.TypeOf(map[string][]int{}).Elem(), reflect.TypeOf([4]int{}).Len(),
		reflect.TypeOf(&Named{}).Elem().Name())
	ct := reflect.TypeOf(make(chan<- bool))
	fmt.Println("chan:", ct.ChanDir(), ct.Elem(), reflect.TypeOf(make(<-chan int)).ChanDir())

	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println("func:", ft, ft.NumIn(), ft.In(0), ft.In(1), ft.IsVariadic(), ft.NumOut(), ft.Out(0))

	pt := reflect.TypeOf(&Named{})
	fmt.Println("methods:", t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println("  ", m.Index, m.Name, m.IsExported())
	}
	m, ok := t.MethodByName("Hello")
	fmt.Println("Hello:", m.Name, ok)
	_, ok = t.MethodByName("Rename")
	fmt.Println("Rename on value type:", ok)

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println("iface:", shape, shape.Kind(), shape.NumMethod(), shape.Method(0).Name,
		shape.Method(1).Type)
	fmt.Println("implements:", reflect.TypeOf(Square{}).Implements(shape),
		reflect.TypeOf(Named{}).Implements(shape),
		reflect.TypeOf(&Named{}).Implements(reflect.TypeOf((*io.Writer)(nil)).Elem()),
		reflect.TypeOf(errors.New("")).Implements(reflect.TypeOf((*error)(nil)).Elem()))
	fmt.Println("assignable:", reflect.TypeOf(Square{}).AssignableTo(shape),
		reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)),
		reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf([]int(nil))))
	fmt.Println("convertible:", reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)),
		reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)))

	fmt.Println("identity:", reflect.TypeOf(1) == reflect.TypeOf(2),
		reflect.TypeOf([]string{}) == reflect.TypeOf([]string(nil)),
		reflect.TypeOf(Celsius(1)) == reflect.TypeOf(1.0))
	fmt.Println("nil:", reflect.TypeOf(nil) == nil)
	fmt.Println("PtrTo:", reflect.PtrTo(reflect.TypeOf(0)), reflect.PointerTo(t) == pt)

	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.TypeOf(1).Bits(), reflect.TypeOf(float32(0)).Bits())
	fmt.Printf("%v %s %T\n", t, t, t)
}
