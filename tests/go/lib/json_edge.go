package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type E struct{}

func (*E) UnmarshalJSON(b []byte) error { return errors.New("no " + string(b)) }

type T struct {
	A int
	B E
	C string
}

type K string

func (k *K) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New("empty key")
	}
	*k = K("k" + string(b))
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }

func main() {
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"B":[1],"C":"c"}`), &t), t.A, t.C)
	p := &Point{}
	var x any = p
	fmt.Println(json.Unmarshal([]byte(`{"X":5}`), &x), *p, x == any(p))
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`1e39`), &f32), f32)
	var f float64
	fmt.Println(json.Unmarshal([]byte(`-0`), &f), f, 1/f < 0)
	var mk map[K]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"":2}`), &mk), mk)
	b, err := json.Marshal(map[Point]string{{1, 2}: "a", {0, 5}: "b"})
	fmt.Println(string(b), err)
	var raws []json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` [ 1 , {"a" : [ ] } , "s" ] `), &raws), len(raws))
	for _, r := range raws {
		fmt.Printf("%s|", r)
	}
	fmt.Println()
	type O struct {
		S struct{ A int } `json:",omitempty"`
		P *int            `json:",omitempty"`
		M map[string]int  `json:",omitempty"`
		Z [0]int          `json:",omitempty"`
		F float64         `json:",omitempty"`
	}
	b, _ = json.Marshal(O{})
	fmt.Println(string(b))
	var o O
	fmt.Println(json.Unmarshal([]byte(`{"s":{"a":3},"p":4,"m":{"x":1},"z":[1],"f":2}`), &o), o.S, *o.P, o.M, o.F)
	var iface any = map[string]any{"keep": true}
	fmt.Println(json.Unmarshal([]byte(`{"new":1}`), &iface), iface)
	var m2 = map[string]any{"keep": true}
	fmt.Println(json.Unmarshal([]byte(`{"new":1}`), &m2), m2)
	var s []int = []int{1, 2, 3}
	fmt.Println(json.Unmarshal([]byte(`null`), &s), s == nil)
	var ss struct{ S []string }
	fmt.Println(json.Unmarshal([]byte(`{"S":["a",1,"c"]}`), &ss), ss.S, len(ss.S))
	var pi *int
	fmt.Println(json.Unmarshal([]byte(`"x"`), &pi), pi != nil)
	d := json.NewDecoder(strings.NewReader(`{"A":1}`))
	d.DisallowUnknownFields()
	var tt struct{ a int }
	fmt.Println(d.Decode(&tt))
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &arr), arr)
	var ui uint
	fmt.Println(json.Unmarshal([]byte(`1.0`), &ui), ui)
	var u8 []uint8
	fmt.Println(json.Unmarshal([]byte(`[1,2,300]`), &u8), u8)
	var str string
	fmt.Println(json.Unmarshal([]byte(`"\ud83d"`), &str), []rune(str))
	fmt.Println(json.Unmarshal([]byte(`"\ud83d\u0041"`), &str), []rune(str))
	b, _ = json.Marshal([]any{json.Number(""), float32(0.1), float32(1e-10), 1e-10, -1e21, 123456789.0})
	fmt.Println(string(b))
}
