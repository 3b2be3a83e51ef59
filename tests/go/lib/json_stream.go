package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	Name string `json:"name"`
	Text string `json:"text,omitempty"`
	N    int    `json:"n"`
}

// oneByte reads one byte at a time, to make the decoder refill often.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	// Encoder: one value a line; SetEscapeHTML; SetIndent
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Msg{Name: "a", Text: "<b>&</b>", N: 1})
	enc.Encode([]int{1, 2})
	enc.Encode("str")
	enc.Encode(nil)
	enc.SetEscapeHTML(false)
	enc.Encode(Msg{Name: "b", Text: "<i>"})
	enc.SetIndent("# ", "  ")
	enc.Encode(map[string]any{"list": []int{1}, "obj": Msg{Name: "c"}, "e": []int{}})
	enc.Encode(7)
	fmt.Println(enc.Encode(make(chan int)))

	var buf bytes.Buffer
	e2 := json.NewEncoder(&buf)
	for i := 0; i < 3; i++ {
		e2.Encode(Msg{Name: fmt.Sprint("m", i), N: i})
	}
	fmt.Printf("%q\n", buf.String())

	// Decoder: a stream of values, in any spacing
	dec := json.NewDecoder(strings.NewReader(buf.String() + ` {"name":"x"}{"name":"y","n":5} 3 "s" [1] null`))
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T %v (offset %d)\n", v, v, dec.InputOffset())
	}

	// into structs, reading a byte at a time
	dec = json.NewDecoder(oneByte{strings.NewReader(`{"name":"p","n":1} {"name":"q","text":"t","n":2}`)})
	for dec.More() {
		var m Msg
		if err := dec.Decode(&m); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%+v\n", m)
	}

	// an array streamed element by element with Token and More
	dec = json.NewDecoder(strings.NewReader(`[{"name":"a","n":1}, {"name":"b","n":2}, {"name":"c","n":3}]`))
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for dec.More() {
		var m Msg
		if err := dec.Decode(&m); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println(m.Name, m.N)
	}
	tok, err = dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	tok, err = dec.Token()
	fmt.Printf("%v %v\n", tok, err)

	// all tokens of a document
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "two", true, null, {"b": -2.5}], "c": {}}`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%v ", t)
	}
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	dec.Token()
	dec.Token()
	_, err = dec.Token()
	fmt.Println(err)

	// UseNumber, DisallowUnknownFields
	dec = json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.5} {"name":"z","extra":1}`))
	dec.UseNumber()
	var nm map[string]any
	fmt.Println(dec.Decode(&nm), nm)
	n := nm["big"].(json.Number)
	fmt.Printf("%T %s\n", n, n)
	_, err = n.Int64()
	fmt.Println(err)
	dec.DisallowUnknownFields()
	var m Msg
	fmt.Println(dec.Decode(&m), m)

	// errors mid-stream: a syntax error sticks; a type error does not
	dec = json.NewDecoder(strings.NewReader(`{"n":"x"} {"n":2} {"n" 3} {"n":4}`))
	for i := 0; i < 4; i++ {
		var m Msg
		err := dec.Decode(&m)
		fmt.Println(m.N, err)
	}
	dec = json.NewDecoder(strings.NewReader(`{"name": "trunc`))
	err = dec.Decode(&m)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	dec = json.NewDecoder(strings.NewReader("  \n "))
	fmt.Println(dec.Decode(&m) == io.EOF)
	dec = json.NewDecoder(strings.NewReader(`123`))
	var num int
	fmt.Println(dec.Decode(&num), num)

	// Buffered holds what was read past the value
	dec = json.NewDecoder(strings.NewReader(`{"name":"k"} trailing text`))
	dec.Decode(&m)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("%q\n", rest)
}
