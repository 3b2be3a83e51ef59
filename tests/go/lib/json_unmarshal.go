package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Email   string            `json:"-"`
	Nick    *string           `json:"nick"`
	Tags    []string          `json:"tags"`
	Addr    *Address          `json:"address"`
	Home    Address           `json:"home"`
	Scores  map[string]int    `json:"scores"`
	Extra   any               `json:"extra"`
	ID      int64             `json:"id,string"`
	Ratio   float32           `json:"ratio"`
	Small   int8              `json:"small"`
	U       uint16            `json:"u"`
	Grid    [3]int            `json:"grid"`
	Bytes   []byte            `json:"bytes"`
	Flags   map[int]bool      `json:"flags"`
	private int
}

type Base struct {
	ID   int `json:"id"`
	Note string
}
type Wrapper struct {
	*Base
	Title string
}

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"low"`:
		*l = 1
	case `"high"`:
		*l = 9
	default:
		return fmt.Errorf("bad level %s", b)
	}
	return nil
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Task struct {
	Name  string
	Level Level
	Owner Upper
	Meta  json.RawMessage
	Count json.Number
}

func decode(data string, v any) {
	err := json.Unmarshal([]byte(data), v)
	if err != nil {
		fmt.Printf("error: %v\n", err)
	}
}

func main() {
	var p Person
	decode(`{"name":"Alice","age":30,"Email":"x","nick":"al","tags":["a","b"],
		"address":{"street":"1 Main","city":"Paris"},"home":{"street":"2 Side"},
		"scores":{"go":9,"c":7},"extra":{"k":[1,"two",true,null,{"n":1.5}]},
		"id":"1234567890123","ratio":0.1,"small":-5,"u":65535,"grid":[1,2,3,4],
		"bytes":"AAEC+g==","flags":{"1":true,"-2":false},"private":5,"unknown":[1,{"x":2}]}`, &p)
	fmt.Printf("%s %d %q %s %v %+v %+v %v\n", p.Name, p.Age, p.Email, *p.Nick, p.Tags, *p.Addr,
		p.Home, p.Scores)
	fmt.Printf("%v %T %d %v %d %d %v %v %v %d\n", p.Extra, p.Extra, p.ID, p.Ratio, p.Small, p.U,
		p.Grid, p.Bytes, p.Flags, p.private)

	// case-insensitive keys, exact match preferred
	var ci struct {
		Name string
		NAME string `json:"NAME"`
		Zip  int
	}
	decode(`{"name":"a","NAME":"b","ZIP":5}`, &ci)
	fmt.Printf("%+v\n", ci)

	// merging into existing values; null leaves non-pointers alone
	q := Person{Name: "keep", Age: 1, Tags: []string{"x", "y", "z"}, Home: Address{City: "Rome"},
		Scores: map[string]int{"old": 1}, Nick: new(string)}
	decode(`{"age":2,"tags":["t"],"home":{"street":"s"},"scores":{"new":2},"nick":null,"name":null}`, &q)
	fmt.Printf("%s %d %v %d %+v %v %v\n", q.Name, q.Age, q.Tags, cap(q.Tags), q.Home, q.Scores, q.Nick)

	// any
	var x any
	for _, s := range []string{`1`, `-2.5e3`, `"s"`, `true`, `null`, `[]`, `{}`,
		`[1,[2,[3]],{"a":{"b":null}}]`, `{"z":1,"a":[true,false],"m":{"k":"v"}}`,
		`"\u00e9\ud83d\ude00\ud800 \\ \/ \b\f\n\r\t"`, "\"\xff\""} {
		x = nil
		decode(s, &x)
		fmt.Printf("%T %v\n", x, x)
	}
	m := map[string]any{}
	decode(`{"a":1,"b":[1,2]}`, &m)
	fmt.Println(m, len(m))
	var sl []any
	decode(`[1,"a",null]`, &sl)
	fmt.Println(sl, len(sl))

	// embedded pointer allocated on demand
	var w Wrapper
	decode(`{"id":7,"Note":"n","Title":"t"}`, &w)
	fmt.Println(w.ID, w.Note, w.Title)

	// pointers all the way
	var pp **int
	decode(`5`, &pp)
	fmt.Println(**pp)
	decode(`null`, &pp)
	fmt.Println(pp == nil)

	// arrays and slices
	var arr [2]string
	decode(`["a","b","c"]`, &arr)
	fmt.Println(arr)
	arr2 := [3]int{9, 9, 9}
	decode(`[1]`, &arr2)
	fmt.Println(arr2)
	var empty []int
	decode(`[]`, &empty)
	fmt.Println(empty == nil, len(empty))

	// Unmarshaler, TextUnmarshaler, RawMessage, Number
	var t Task
	decode(`{"Name":"t","Level":"high","Owner":"bob","Meta":{"a": [1, 2]},"Count":12.50}`, &t)
	fmt.Printf("%+v %s %s\n", t, t.Meta, t.Count)
	n, err := t.Count.Int64()
	fmt.Println(n, err)
	f, err := t.Count.Float64()
	fmt.Println(f, err)
	decode(`{"Level":"mid"}`, &t)
	var keys map[Upper]int
	decode(`{"a":1,"b":2}`, &keys)
	fmt.Println(keys)

	// string option
	var so struct {
		N int     `json:",string"`
		F float64 `json:",string"`
		B bool    `json:",string"`
		S string  `json:",string"`
		P *int    `json:",string"`
	}
	decode(`{"N":"12","F":"1.5","B":"true","S":"\"hi\"","P":"7"}`, &so)
	fmt.Println(so.N, so.F, so.B, so.S, *so.P)
	decode(`{"N":12}`, &so)
	decode(`{"N":"x"}`, &so)
	decode(`{"B":"maybe"}`, &so)

	// type errors: decoding goes on, the first error is returned
	type Inner struct {
		Age int `json:"age"`
	}
	type Outer struct {
		In   Inner `json:"inner"`
		List []Inner
		M    map[string]Inner
		P    *Inner
		Name string
	}
	var o Outer
	decode(`{"inner":{"age":"x"},"Name":"still set"}`, &o)
	fmt.Println(o.Name)
	decode(`{"List":[{"age":"x"}]}`, &o)
	decode(`{"M":{"k":{"age":true}}}`, &o)
	decode(`{"P":{"age":[1]}}`, &o)
	decode(`{"inner":5}`, &o)
	decode(`{"inner":{"age":1.5}}`, &o)
	decode(`{"inner":{"age":1e400}}`, &o)
	decode(`[1,2,3]`, &o)
	var i8 int8
	decode(`300`, &i8)
	var u8 uint8
	decode(`-1`, &u8)
	var s string
	decode(`5`, &s)
	var bs []int
	decode(`"abc"`, &bs)
	var by []byte
	decode(`"!!"`, &by)
	var mi map[int]string
	decode(`{"1":"a","x":"b"}`, &mi)
	fmt.Println(mi)
	var mb map[bool]string
	decode(`{"1":"a"}`, &mb)
	var e error
	decode(`"x"`, &e)
	var fs fmt.Stringer
	decode(`{}`, &fs)
	err = json.Unmarshal([]byte(`"s"`), &i8)
	var te *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &te), te.Value, te.Type, te.Offset, te.Field == "")

	// syntax errors
	for _, s := range []string{`{"a":1,}`, `{"a" 1}`, `{"a":1 "b":2}`, `[1 2]`, `tru`, `trux`,
		`"a\x"`, "\"a\n\"", `"\u12G4"`, `01`, `-`, `-a`, `1.e`, `1e+`, `1ex`, "\xe9", `'a'`, ``,
		`  `, `{} x`, `{"a":nul}`, `{`, `[1,`, `{"a":}`, `nulx`, `fals`, `[-]`, `{"a":1}}`} {
		err := json.Unmarshal([]byte(s), &x)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-12q %v (offset %d)\n", s, err, se.Offset)
		} else {
			fmt.Printf("%-12q %v\n", s, err)
		}
	}
	fmt.Println(json.Unmarshal([]byte(strings.Repeat("[", 10001)), &x))

	// invalid targets
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), mi))
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), nil))
	var nilp *Outer
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), nilp))
	fmt.Println(json.Unmarshal([]byte(`{"a":1`), nil))
}
