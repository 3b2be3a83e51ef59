package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	for _, s := range []string{`{}`, `[]`, ` 1 `, `"x"`, `{"a":[1,2,{"b":null}]}`, `-0.5e+10`,
		`{"a":1,}`, `[1,]`, `01`, `.5`, `1.`, `"\u00zz"`, `nul`, ``, `{"a" : true , "b":false}`,
		"[\"tab\tinside\"]", `1 2`, `"\ud800"`} {
		fmt.Printf("%-26q valid=%v\n", s, json.Valid([]byte(s)))
	}

	src := []byte(` { "a" : [ 1 , 2.5e3 , "s p a c e" ] ,
		"b" : { } , "c" : [ ] , "d" : { "e" : null , "f" : "<&>" } } `)
	var out bytes.Buffer
	fmt.Println(json.Compact(&out, src), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, src, "", "  "))
	fmt.Println(out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`[1,[2,[3,[]]],{}]`+"\n"), "| ", "\t"))
	fmt.Printf("%q\n", out.String())
	out.Reset()
	out.WriteString("kept:")
	fmt.Println(json.Indent(&out, []byte(`{"a":[1,}`), "", " "), out.String())
	out.Reset()
	out.WriteString("kept:")
	fmt.Println(json.Compact(&out, []byte(`{"a" 1}`)), out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, []byte(`[1, 2`)), out.String())

	out.Reset()
	json.HTMLEscape(&out, []byte(`{"html":"<a href=\"x\">&amp;</a>","sep":"`+"\u2028\u2029"+`"}`))
	fmt.Println(out.String())
}
