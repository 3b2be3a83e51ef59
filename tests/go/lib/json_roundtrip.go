package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"time"
)

type Item struct {
	SKU   string            `json:"sku"`
	Qty   int               `json:"qty"`
	Price float64           `json:"price"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

type Order struct {
	ID       int             `json:"id"`
	Customer *Customer       `json:"customer"`
	Items    []Item          `json:"items"`
	Notes    []string        `json:"notes"`
	Paid     bool            `json:"paid"`
	Created  time.Time       `json:"created"`
	Timeout  time.Duration   `json:"timeout"`
	Meta     map[string]any  `json:"meta"`
	Totals   [2]float64      `json:"totals"`
	Raw      json.RawMessage `json:"raw"`
	Discount *float64        `json:"discount"`
}

type Customer struct {
	Name    string `json:"name"`
	Email   string `json:"email,omitempty"`
	Address struct {
		Lines []string `json:"lines"`
		Zip   string   `json:"zip"`
	} `json:"address"`
}

func main() {
	c := &Customer{Name: "Zoë", Email: "z@example.com"}
	c.Address.Lines = []string{"1 Rue <Haute>", "Étage 2"}
	c.Address.Zip = "75001"
	o := Order{ID: 42, Customer: c,
		Items: []Item{{"A-1", 2, 9.99, map[string]string{"color": "red", "size": "M"}},
			{"B-2", 1, 120, nil}},
		Paid: true, Created: time.Date(2023, 5, 6, 7, 8, 9, 0, time.UTC),
		Timeout: 90 * time.Second,
		Meta:    map[string]any{"source": "web", "tries": 3, "tags": []any{"a", 1.5}},
		Totals:  [2]float64{139.98, 0.07}, Raw: json.RawMessage(`{"x":[true]}`)}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)

	var back Order
	fmt.Println(json.Unmarshal(b, &back))
	b2, _ := json.Marshal(back)
	fmt.Println(string(b) == string(b2))
	fmt.Println(back.Customer.Address.Lines, back.Created.Equal(o.Created), back.Timeout,
		back.Meta["tries"], back.Notes == nil, back.Discount == nil)
	fmt.Println(reflect.DeepEqual(o.Items, back.Items), reflect.DeepEqual(o.Meta, back.Meta))

	// through any: numbers become float64, objects map[string]any
	var generic any
	json.Unmarshal(b, &generic)
	fmt.Println(generic)
	m := generic.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %T %v\n", k, m[k], m[k])
	}
	items := m["items"].([]any)
	fmt.Println(items[0].(map[string]any)["price"].(float64) * 2)
	b3, _ := json.Marshal(generic)
	fmt.Println(string(b3) == string(b))

	indented, _ := json.MarshalIndent(o.Items, "", "    ")
	fmt.Println(string(indented))
	var items2 []Item
	fmt.Println(json.Unmarshal(indented, &items2), len(items2), items2[1])

	// the zero value and back
	var zero Order
	zb, _ := json.Marshal(zero)
	fmt.Println(string(zb))
	var z2 Order
	fmt.Println(json.Unmarshal(zb, &z2), reflect.DeepEqual(zero, z2))

	// maps of slices of maps
	nested := map[string][]map[string]int{"x": {{"a": 1}, {"b": 2, "c": 3}}, "y": nil}
	nb, _ := json.Marshal(nested)
	var nested2 map[string][]map[string]int
	json.Unmarshal(nb, &nested2)
	fmt.Println(string(nb), reflect.DeepEqual(nested, nested2), nested2)
}
