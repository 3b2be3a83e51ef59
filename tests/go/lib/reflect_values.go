package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Point struct {
	X, Y int
	name string
}

func (p Point) String() string        { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) Add(q Point) Point     { return Point{X: p.X + q.X, Y: p.Y + q.Y} }
func (p *Point) Scale(k int)          { p.X *= k; p.Y *= k }
func (p Point) Sum(xs ...int) (int, error) {
	s := p.X + p.Y
	for _, x := range xs {
		s += x
	}
	return s, nil
}

type Level int8
type Key string

type Config struct {
	Name    string
	Port    uint16
	Ratio   float32
	Debug   bool
	Level   Level
	Tags    []string
	Limits  map[Key]int
	Origin  *Point
	Extra   any
	Grid    [2][2]int
	C       complex128
	private int
}

func main() {
	// scalars
	for _, x := range []any{42, int8(-7), uint(7), 2.5, float32(0.1), "héllo", true, 3 + 4i, Level(3)} {
		v := reflect.ValueOf(x)
		fmt.Printf("%-10v %-10s %v|", v, v.Kind(), v.Type())
		switch {
		case v.CanInt():
			fmt.Println(" int", v.Int())
		case v.CanUint():
			fmt.Println(" uint", v.Uint())
		case v.CanFloat():
			fmt.Println(" float", v.Float())
		case v.CanComplex():
			fmt.Println(" complex", v.Complex())
		case v.Kind() == reflect.String:
			fmt.Println(" string", v.String(), v.Len(), v.Index(1).Uint())
		default:
			fmt.Println(" bool", v.Bool())
		}
	}

	// setting through a pointer
	c := Config{Name: "svc", Tags: []string{"a"}, Limits: map[Key]int{"cpu": 2}}
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.CanSet(), v.CanAddr(), reflect.ValueOf(c).CanSet(), reflect.ValueOf(c).CanAddr())
	v.FieldByName("Name").SetString("api")
	v.FieldByName("Port").SetUint(70000) // truncated to uint16
	v.FieldByName("Ratio").SetFloat(1.0 / 3)
	v.FieldByName("Debug").SetBool(true)
	v.FieldByName("Level").SetInt(300) // truncated to int8
	v.FieldByName("Tags").Set(reflect.Append(v.FieldByName("Tags"), reflect.ValueOf("b")))
	v.FieldByName("Tags").Index(0).SetString("A")
	v.FieldByName("Limits").SetMapIndex(reflect.ValueOf(Key("mem")), reflect.ValueOf(64))
	v.FieldByName("Limits").SetMapIndex(reflect.ValueOf(Key("cpu")), reflect.Value{})
	origin := reflect.New(reflect.TypeOf(Point{}))
	origin.Elem().Field(0).SetInt(5)
	v.FieldByName("Origin").Set(origin)
	v.FieldByName("Extra").Set(reflect.ValueOf([]int{1, 2}))
	v.FieldByName("Grid").Index(1).Index(0).SetInt(9)
	v.FieldByName("C").SetComplex(1 - 2i)
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Ratio == float32(1.0/3), *c.Origin, v.FieldByName("private").CanSet(),
		v.FieldByName("private").CanInterface())

	// walking a struct
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Printf("%-8s %-13v zero=%-5v", t.Field(i).Name, f.Kind(), f.IsZero())
		switch f.Kind() {
		case reflect.Slice, reflect.Map, reflect.Array, reflect.String:
			fmt.Print(" len=", f.Len())
		case reflect.Ptr, reflect.Interface:
			fmt.Print(" nil=", f.IsNil(), " elem=", f.Elem().Kind())
		}
		fmt.Println()
	}

	// maps
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Print(k, "=", mv.MapIndex(k), " ")
	}
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("none")).IsValid())
	var pairs []string
	it := mv.MapRange()
	for it.Next() {
		pairs = append(pairs, fmt.Sprintf("%v:%v", it.Key(), it.Value()))
	}
	sort.Strings(pairs)
	fmt.Println(pairs)
	nm := reflect.MakeMap(reflect.TypeOf(map[int][]string{}))
	nm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf([]string{"x"}))
	fmt.Println(nm.Interface(), nm.Len())

	// slices and arrays
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	s.Index(0).SetInt(10)
	s = reflect.Append(s, reflect.ValueOf(30))
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{40, 50, 60}))
	fmt.Println(s.Interface(), s.Len(), s.Slice(1, 3).Interface(), s.Slice(1, 3).Cap())
	arr := [3]string{"a", "b", "c"}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(2).SetString("z")
	fmt.Println(arr, av.Len(), reflect.ValueOf(arr).Index(0).CanSet())
	dst := make([]int, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9})), dst)
	sw := []string{"x", "y", "z"}
	reflect.Swapper(sw)(0, 2)
	fmt.Println(sw)

	// pointers, New, Zero, Indirect, Addr
	p := &Point{1, 2, "p"}
	pv := reflect.ValueOf(p)
	fmt.Println(pv.Kind(), pv.Elem().Kind(), reflect.Indirect(pv).Field(0), pv.IsNil())
	n := reflect.New(reflect.TypeOf(0))
	n.Elem().SetInt(11)
	fmt.Println(*n.Interface().(*int), reflect.Zero(reflect.TypeOf(Point{})).Interface())
	ap := pv.Elem().Field(1).Addr().Interface().(*int)
	*ap = 20
	fmt.Println(p.Y)
	var nilp *Point
	fmt.Println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilp).Elem().IsValid())

	// channels
	ch := make(chan int, 3)
	ch <- 1
	var nilch chan string
	fmt.Println(reflect.ValueOf(ch).Len(), reflect.ValueOf(ch).Cap(), reflect.ValueOf(nilch).Len(),
		reflect.ValueOf(nilch).IsNil(), reflect.ValueOf(ch).Type().ChanDir())

	// fresh values are zeroed, even where the collector reuses memory
	zeros := 0
	for i := 0; i < 2000; i++ {
		_ = fmt.Sprint(i, 1.5, "garbage")
		if reflect.Zero(reflect.TypeOf(0)).Int() == 0 && reflect.New(reflect.TypeOf(0.0)).Elem().Float() == 0 &&
			reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 3).Index(2).Int() == 0 {
			zeros++
		}
	}
	fmt.Println("zeroed:", zeros)

	// interfaces
	var e any = Point{3, 4, ""}
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Type(), ev.NumMethod())
	ev.Set(reflect.ValueOf("now a string"))
	fmt.Println(e)
	var st fmt.Stringer = Point{1, 1, ""}
	sv := reflect.ValueOf(&st).Elem()
	fmt.Println(sv.Kind(), sv.Type(), sv.Elem().Type(), sv.Interface())

	// calls and methods
	fn := reflect.ValueOf(strings.Repeat)
	out := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0], len(out), fn.Type())
	sprintf := reflect.ValueOf(fmt.Sprintf)
	fmt.Println(sprintf.Call([]reflect.Value{reflect.ValueOf("%d-%s"), reflect.ValueOf(1), reflect.ValueOf("x")})[0])
	pt := reflect.ValueOf(Point{1, 2, ""})
	fmt.Println(pt.NumMethod(), reflect.ValueOf(&Point{}).NumMethod())
	add := pt.MethodByName("Add")
	fmt.Println(add.Kind(), add.Type(), add.Call([]reflect.Value{reflect.ValueOf(Point{10, 20, ""})})[0])
	sum := pt.MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})
	fmt.Println(sum[0], sum[1].IsNil())
	pp := &Point{2, 3, ""}
	reflect.ValueOf(pp).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(10)})
	fmt.Println(*pp, reflect.ValueOf(pp).MethodByName("Nope").IsValid())
	fmt.Println(sv.Method(0).Call(nil)[0])

	// conversions
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Interface(),
		reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte(nil))).Interface(),
		reflect.ValueOf(Key("k")).Convert(reflect.TypeOf("")).Type(),
		reflect.ValueOf(int64(-1)).Convert(reflect.TypeOf(uint8(0))).Interface(),
		reflect.ValueOf(1).CanConvert(reflect.TypeOf([]int{})))

	// overflow checks
	lv := reflect.ValueOf(Level(0))
	fmt.Println(lv.OverflowInt(127), lv.OverflowInt(128), lv.OverflowInt(-129),
		reflect.ValueOf(uint8(0)).OverflowUint(256), reflect.ValueOf(float32(0)).OverflowFloat(1e39))

	// DeepEqual
	type node struct {
		V    int
		Next *node
	}
	a := &node{1, nil}
	a.Next = a
	b := &node{1, nil}
	b.Next = b
	fmt.Println(reflect.DeepEqual(a, b),
		reflect.DeepEqual([]int{1, 2}, []int{1, 2}),
		reflect.DeepEqual([]int{}, []int(nil)),
		reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}),
		reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}),
		reflect.DeepEqual(Point{1, 2, "x"}, Point{1, 2, "y"}),
		reflect.DeepEqual(1, int64(1)),
		reflect.DeepEqual(nil, nil),
		reflect.DeepEqual([]any{1, "a", nil}, []any{1, "a", nil}),
		reflect.DeepEqual(c, c))

	// %v of Values and Types
	fmt.Println(reflect.ValueOf(Point{1, 2, ""}), reflect.ValueOf(&Point{5, 6, ""}).Elem(),
		reflect.ValueOf([]int{1}), reflect.ValueOf(map[string]bool{"t": true}), reflect.Value{})
	fmt.Printf("%v %d %s %q %T\n", reflect.ValueOf(7), reflect.ValueOf(8), reflect.ValueOf("s"),
		reflect.ValueOf("q"), reflect.ValueOf(1))
	fmt.Println(reflect.ValueOf(7).String(), reflect.ValueOf("str").String(), reflect.Value{}.String(),
		reflect.ValueOf(c).Field(11), reflect.ValueOf(c).Field(11).Int())
}
