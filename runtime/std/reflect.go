// Package reflect: run-time reflection over gosub's type descriptors (runtime/type.h).
//
// A Type is a *rtype: the runtime's own type descriptor, which only natives read. A Value is
// (typ, ptr, flag): ptr is the address of the value's slots (values are runs of 64-bit slots,
// DESIGN.md §3), so a Value reached through a pointer, a slice element or a field of such a
// value is addressable and Set writes in place; any other value (ValueOf's argument, a map
// element, a call's result) is a private copy. flag holds the Kind in its low bits, whether
// the value is addressable, whether it was reached through an unexported field (then it can
// be read but neither set nor turned back into an interface), and for a method value the
// method's index.
//
// Loads and stores go through typed pointers: asString(p) is p seen as a *string, and so on
// (one identity native under several signatures); ints and bools are read and written in
// the slot directly (narrow integers stay sign- or zero-extended, float32 values stay doubles
// rounded to float32: the setters keep that invariant).
//
// Not provided: types made at run time other than pointers (SliceOf, MapOf, FuncOf, StructOf,
// ArrayOf, ChanOf), channel operations (Send, Recv, Close, MakeChan, Select), MakeFunc,
// Method.Type and Method.Func of a non-interface type, UnsafeAddr.
//
// Natives: lib_reflect_funcs in runtime/lib/reflect.c.
package reflect

import (
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// slot is one 64-bit word of a value; a *slot is the address of a value's first slot.
type slot struct{ i int64 }

// rtype stands for the runtime's type descriptor: a *rtype is a Type *, never read by Go code.
type rtype struct{ _ int }

// hiter stands for a native map iterator.
type hiter struct{ _ *slot }

// sliceHeader is a slice's three slots.
type sliceHeader struct {
	data *slot
	len  int
	cap  int
}

// A Kind is the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
	"complex128", "array", "chan", "func", "interface", "map", "ptr", "slice", "string",
	"struct", "unsafe.Pointer"}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// Type is the representation of a Go type. (Declared after Method and StructField, which
// refer to it: gosub's checker wants that order.)
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether the key is
// present. The tag is the conventional list of key:"value" pairs separated by spaces; the
// first malformed pair ends the search.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return "", false
		}
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			return "", false
		}
		name := s[:n]
		s = s[n+1:]
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			return "", false
		}
		quoted := s[:end+1]
		s = s[end+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				return "", false
			}
			return v, true
		}
	}
}

// ---- types ----

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, or nil when i is nil.
func TypeOf(i any) Type { return toType(typeOf(i)) }

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return ptrTo(t.common()) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

func (t *rtype) common() *rtype { return t }
func (t *rtype) String() string { return tstring(t) }
func (t *rtype) Name() string   { return tname(t) }
func (t *rtype) Kind() Kind     { return tkind(t) }
func (t *rtype) Size() uintptr  { return uintptr(tsize(t)) }
func (t *rtype) Align() int     { return talign(t) }

func (t *rtype) FieldAlign() int { return talign(t) }

func (t *rtype) PkgPath() string { return tpkg(t) }

func (t *rtype) Comparable() bool { return tcomparable(t) }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return tsize(t) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	switch tdir(t) {
	case 1:
		return SendDir
	case 2:
		return RecvDir
	}
	return BothDir
}

func (t *rtype) IsVariadic() bool {
	t.mustBeFunc("IsVariadic")
	return tvariadic(t)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return telem(t)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return tkey(t)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return tlen(t)
}

func (t *rtype) mustBeFunc(what string) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
}

func (t *rtype) NumIn() int {
	t.mustBeFunc("NumIn")
	return tnumIn(t)
}

func (t *rtype) In(i int) Type {
	t.mustBeFunc("In")
	return tin(t, i)
}

func (t *rtype) NumOut() int {
	t.mustBeFunc("NumOut")
	return tnumOut(t)
}

func (t *rtype) Out(i int) Type {
	t.mustBeFunc("Out")
	return tout(t, i)
}

func (t *rtype) mustBeStruct(what string) {
	if t.Kind() != Struct {
		panic("reflect: " + what + " of non-struct type " + t.String())
	}
}

func (t *rtype) NumField() int {
	t.mustBeStruct("NumField")
	return tnumField(t)
}

func (t *rtype) Field(i int) StructField {
	t.mustBeStruct("Field")
	if i < 0 || i >= tnumField(t) {
		panic("reflect: Field index out of bounds")
	}
	name, ft, tag, _, embedded, exported := tfield(t, i)
	f := StructField{Name: name, Type: ft, Tag: StructTag(tag), Index: []int{i},
		Anonymous: embedded}
	if !exported {
		f.PkgPath = t.fieldPkg()
	}
	off := 0
	for k := 0; k <= i; k++ {
		_, kt, _, _, _, _ := tfield(t, k)
		a := talign(kt)
		off = (off + a - 1) / a * a
		if k < i {
			off += tsize(kt)
		}
	}
	f.Offset = uintptr(off)
	return f
}

// fieldPkg is the package of t's unexported fields: the package that declared t (unnamed
// struct types are taken to be main's).
func (t *rtype) fieldPkg() string {
	if p := tpkg(t); p != "" {
		return p
	}
	return "main"
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(i)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	t.mustBeStruct("FieldByName")
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches the fields breadth first, through embedded structs: the
// shallowest match wins; two matches at the same depth cancel each other.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.mustBeStruct("FieldByNameFunc")
	type level struct {
		t     *rtype
		index []int
	}
	current := []level{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []level
		var found StructField
		count := 0
		for _, l := range current {
			if visited[l.t] {
				continue
			}
			visited[l.t] = true
			for i := 0; i < tnumField(l.t); i++ {
				name, ft, _, _, embedded, _ := tfield(l.t, i)
				index := append(append([]int(nil), l.index...), i)
				if match(name) {
					count++
					if count == 1 {
						found = l.t.Field(i)
						found.Index = index
					}
					continue
				}
				if embedded {
					et := ft
					if et.Kind() == Pointer {
						et = telem(et)
					}
					if et.Kind() == Struct {
						next = append(next, level{et, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

// exportedMethods lists the table indexes of t's exported methods (Go counts only those),
// or all of an interface's methods.
func (t *rtype) exportedMethods() []int {
	n := tnumMethod(t)
	var idx []int
	for i := 0; i < n; i++ {
		name, _ := tmethod(t, i)
		if t.Kind() == Interface || isExported(name) {
			idx = append(idx, i)
		}
	}
	return idx
}

func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

func (t *rtype) NumMethod() int { return len(t.exportedMethods()) }

func (t *rtype) Method(i int) Method {
	idx := t.exportedMethods()
	if i < 0 || i >= len(idx) {
		panic("reflect: Method index out of range")
	}
	name, sig := tmethod(t, idx[i])
	m := Method{Name: name, Index: i}
	if !isExported(name) {
		m.PkgPath = t.fieldPkg()
	}
	if t.Kind() == Interface {
		m.Type = sig
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i, k := range t.exportedMethods() {
		if n, _ := tmethod(t, k); n == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return timplements(t, u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return assignable(t, u.common())
}

func assignable(t, u *rtype) bool {
	if t == u {
		return true
	}
	if u.Kind() == Interface {
		return timplements(t, u)
	}
	return (tname(t) == "" || tname(u) == "") && tunderlying(t) == tunderlying(u)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(t, u.common())
}

func isNumeric(k Kind) bool { return k >= Int && k <= Complex128 }

func convertible(t, u *rtype) bool {
	if assignable(t, u) || tunderlying(t) == tunderlying(u) {
		return true
	}
	tk, uk := t.Kind(), u.Kind()
	switch {
	case isNumeric(tk) && isNumeric(uk):
		return (tk >= Complex64) == (uk >= Complex64)
	case uk == String && (tk >= Int && tk <= Uintptr):
		return true
	case uk == String && tk == Slice:
		ek := telem(t).Kind()
		return ek == Uint8 || ek == Int32
	case tk == String && uk == Slice:
		ek := telem(u).Kind()
		return ek == Uint8 || ek == Int32
	case tk == Pointer && uk == Pointer && tname(t) == "" && tname(u) == "":
		return tunderlying(telem(t)) == tunderlying(telem(u))
	}
	return false
}

// ---- values ----

type flag uint

const (
	flagKindMask    flag = 1<<5 - 1
	flagStickyRO    flag = 1 << 5 // reached through an unexported field
	flagEmbedRO     flag = 1 << 6 // reached through an unexported embedded field
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9 // a method value: typ and ptr are the receiver's
	flagMethodShift      = 10
	flagRO               = flagStickyRO | flagEmbedRO
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  *slot
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func valueAt(t *rtype, p *slot, fl flag) Value { return Value{t, p, fl | flag(tkind(t))} }

// ValueOf returns a Value holding (a copy of) the value in i; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	t, p := unpack(i)
	return valueAt(t, p, 0)
}

// New returns a Value for a pointer to a new zero value of type typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := ptrTo(t)
	box := alloc(pt)
	*asPtr(box) = alloc(t)
	return Value{pt, box, flag(Pointer)}
}

// Zero returns a Value holding the zero value of type typ (not addressable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return valueAt(t, alloc(t), 0)
}

// Indirect returns the value v points to (v itself when v is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero slice value of the given slice type, length and capacity.
func MakeSlice(typ Type, n, c int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if n < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if c < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if n > c {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	p := alloc(t)
	*asSlice(p) = sliceHeader{makeSlice(telem(t), n, c), n, c}
	return Value{t, p, flag(Slice)}
}

// MakeMap creates a new map of the given type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map of the given type with room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	p := alloc(t)
	*asPtr(p) = makeMap(t, n)
	return Value{t, p, flag(Map)}
}

func (v Value) kind() Kind { return Kind(v.flag & flagKindMask) }

// Kind returns v's Kind (Invalid for the zero Value).
func (v Value) Kind() Kind { return v.kind() }

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// methodIndex is the method-table index of a method value's method in its receiver's type.
func (v Value) methodIndex() int {
	return v.typ.exportedMethods()[int(v.flag>>flagMethodShift)]
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		_, sig := tmethod(v.typ, v.methodIndex())
		return sig
	}
	return v.typ
}

// CanAddr reports whether Addr may be called (the value is addressable).
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether v is addressable and not reached through an unexported field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface may be called.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		panic("reflect.Value.Interface: method values are not supported")
	}
	return pack(v.typ, v.ptr)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := ptrTo(v.typ)
	box := alloc(pt)
	*asPtr(box) = v.ptr
	return Value{pt, box, v.flag&flagRO | flag(Pointer)}
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return v.ptr.i != 0
}

// Int returns v's underlying value.
func (v Value) Int() int64 {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return v.ptr.i
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// Uint returns v's underlying value.
func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return uint64(v.ptr.i)
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// Float returns v's underlying value.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32, Float64:
		return *asFloat(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// Complex returns v's underlying value.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64, Complex128:
		return *asComplex(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns v's value as a string; for kinds other than String, "<T Value>".
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *asString(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

// Bytes returns v's underlying value, a slice of bytes.
func (v Value) Bytes() []byte {
	v.mustBe(Slice, "reflect.Value.Bytes")
	if telem(v.typ).Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *asBytes(v.ptr)
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool { return v.kind() >= Int && v.kind() <= Int64 }

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool { return v.kind() >= Uint && v.kind() <= Uintptr }

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool { return v.kind() == Float32 || v.kind() == Float64 }

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool { return v.kind() == Complex64 || v.kind() == Complex128 }

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*asBool(v.ptr) = x
}

// SetInt sets v's underlying value to x (truncated to v's size, as a conversion would).
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int, Int64:
	case Int8:
		x = int64(int8(x))
	case Int16:
		x = int64(int16(x))
	case Int32:
		x = int64(int32(x))
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
	v.ptr.i = x
}

// SetUint sets v's underlying value to x (truncated to v's size).
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint, Uint64, Uintptr:
	case Uint8:
		x = uint64(uint8(x))
	case Uint16:
		x = uint64(uint16(x))
	case Uint32:
		x = uint64(uint32(x))
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
	v.ptr.i = int64(x)
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		x = float64(float32(x))
	case Float64:
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
	*asFloat(v.ptr) = x
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		x = complex128(complex64(x))
	case Complex128:
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
	*asComplex(v.ptr) = x
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*asString(v.ptr) = x
}

// SetBytes sets v's underlying value, a slice of bytes.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if telem(v.typ).Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*asBytes(v.ptr) = x
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	h := asSlice(v.ptr)
	if n < 0 || n > h.cap {
		panic("reflect: slice length out of range in SetLen")
	}
	h.len = n
}

// SetZero sets v to the zero value of its type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	move(v.typ, v.ptr, alloc(v.typ))
}

// assignTo returns x as a value of type dst, panicking (with context) when it does not fit.
func (x Value) assignTo(context string, dst *rtype) Value {
	if x.flag&flagMethod != 0 {
		panic(context + ": method values are not supported")
	}
	switch {
	case x.typ == dst:
		return x
	case dst.Kind() == Interface && timplements(x.typ, dst):
		if x.kind() == Interface {
			return Value{dst, x.ptr, x.flag&flagRO | flag(Interface)}
		}
		p := alloc(dst)
		*asIface(p) = pack(x.typ, x.ptr)
		return Value{dst, p, x.flag&flagRO | flag(Interface)}
	case assignable(x.typ, dst):
		return Value{dst, x.ptr, x.flag&flagRO | flag(x.kind())}
	}
	panic(context + ": value of type " + x.typ.String() + " is not assignable to type " +
		dst.String())
}

// Set assigns x to v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	x = x.assignTo("reflect.Set", v.typ)
	move(v.typ, v.ptr, x.ptr)
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		e := *asIface(v.ptr)
		if e == nil {
			return Value{}
		}
		t, p := unpack(e)
		return valueAt(t, p, v.flag&flagRO)
	case Pointer:
		p := *asPtr(v.ptr)
		if p == nil {
			return Value{}
		}
		return valueAt(telem(v.typ), p, v.flag&flagRO|flagAddr)
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return tnumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	ft, p, k, exported, embedded := fieldAt(v.typ, v.ptr, i)
	if ft == nil {
		panic("reflect: Field index out of range")
	}
	fl := v.flag&(flagStickyRO|flagAddr) | flag(k)
	if !exported {
		if embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{ft, p, fl}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.kind() == Pointer && telem(v.typ).Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name (the zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the struct field with a name that satisfies match.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	v.mustBe(Struct, "reflect.Value.FieldByNameFunc")
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Slice:
		return asSlice(v.ptr).len
	case Array:
		return tlen(v.typ)
	case String:
		return len(*asString(v.ptr))
	case Map:
		return mapLen(*asPtr(v.ptr))
	case Chan:
		return chanLen(*asPtr(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Slice:
		return asSlice(v.ptr).cap
	case Array:
		return tlen(v.typ)
	case Chan:
		return chanCap(*asPtr(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

var uint8Type = typeOf(uint8(0))

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Slice:
		h := asSlice(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		et, p, k := elemAt(v.typ, h.data, i)
		return Value{et, p, flagAddr | v.flag&flagRO | flag(k)}
	case Array:
		if uint(i) >= uint(tlen(v.typ)) {
			panic("reflect: array index out of range")
		}
		et, p, k := elemAt(v.typ, v.ptr, i)
		return Value{et, p, v.flag&(flagAddr|flagRO) | flag(k)}
	case String:
		s := *asString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		p := alloc(uint8Type)
		p.i = int64(s[i])
		return Value{uint8Type, p, v.flag&flagRO | flag(Uint8)}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// IsNil reports whether v, a chan, func, interface, map, pointer or slice, is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&flagMethod != 0 {
			return false
		}
		return *asPtr(v.ptr) == nil
	case Interface:
		return *asIface(v.ptr) == nil
	case Slice:
		return asSlice(v.ptr).data == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.ptr.i == 0
	case Float32, Float64:
		return math.Float64bits(*asFloat(v.ptr)) == 0
	case Complex64, Complex128:
		c := *asComplex(v.ptr)
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case String:
		return len(*asString(v.ptr)) == 0
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return v.IsNil()
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.kind()})
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer, Func:
		return addr(*asPtr(v.ptr))
	case Slice:
		return addr(asSlice(v.ptr).data)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// OverflowInt reports whether x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		shift := 64 - uint(tsize(v.typ)*8)
		return x != (x<<shift)>>shift
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		shift := 64 - uint(tsize(v.typ)*8)
		return x != (x<<shift)>>shift
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// OverflowFloat reports whether x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// ---- maps ----

// MapIndex returns the value associated with key in the map v (the zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", tkey(v.typ))
	p := mapFind(*asPtr(v.ptr), key.ptr)
	if p == nil {
		return Value{}
	}
	return copyOf(telem(v.typ), p, (v.flag|key.flag)&flagRO)
}

func copyOf(t *rtype, p *slot, fl flag) Value {
	q := alloc(t)
	move(t, q, p)
	return valueAt(t, q, fl)
}

// MapKeys returns the keys of the map v, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	m := *asPtr(v.ptr)
	kt := tkey(v.typ)
	keys := make([]Value, 0, mapLen(m))
	it := mapIterStart(m)
	for {
		k, _, ok := mapIterNext(it)
		if !ok {
			return keys
		}
		keys = append(keys, copyOf(kt, k, v.flag&flagRO))
	}
}

// SetMapIndex sets the element for key in the map v to elem; a zero elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", tkey(v.typ))
	m := *asPtr(v.ptr)
	if elem.flag == 0 {
		mapDelete(m, key.ptr)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	et := telem(v.typ)
	elem = elem.assignTo("reflect.Value.SetMapIndex", et)
	mapStore(et, m, key.ptr, elem.ptr)
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct {
	m    Value
	it   *hiter
	k, v *slot
	done bool
}

// MapRange returns a range iterator for the map v.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if it.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if it.it == nil {
		it.it = mapIterStart(*asPtr(it.m.ptr))
	}
	var ok bool
	it.k, it.v, ok = mapIterNext(it.it)
	it.done = !ok
	return ok
}

func (it *MapIter) entry(p *slot, t *rtype, what string) Value {
	if it.it == nil {
		panic("MapIter." + what + " called before Next")
	}
	if it.done {
		panic("MapIter." + what + " called on exhausted iterator")
	}
	return copyOf(t, p, it.m.flag&flagRO)
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value { return it.entry(it.k, tkey(it.m.typ), "Key") }

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value { return it.entry(it.v, telem(it.m.typ), "Value") }

// Reset modifies it to iterate over v.
func (it *MapIter) Reset(v Value) {
	*it = MapIter{m: v}
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }

// ---- slices ----

// grow returns the slice s with n more (zero) elements, reallocated when needed.
func (s Value) grow(n int) Value {
	h := *asSlice(s.ptr)
	et := telem(s.typ)
	es := tslots(et)
	need := h.len + n
	if need > h.cap {
		ncap := growCap(h.cap, need, tsize(et))
		data := makeSlice(et, need, ncap)
		if h.len > 0 {
			copySlots(data, h.data, h.len*es)
		}
		h = sliceHeader{data, h.len, ncap}
	}
	h.len = need
	p := alloc(s.typ)
	*asSlice(p) = h
	return Value{s.typ, p, flag(Slice)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "unknown method") // Go names only Value's methods
	n := s.Len()
	s = s.grow(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "unknown method")
	t.mustBe(Slice, "unknown method")
	n, m := s.Len(), t.Len()
	s = s.grow(m)
	Copy(s.Slice(n, n+m), t)
	return s
}

// Copy copies the contents of src into dst until either is full; it returns how many
// elements it copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Slice && dk != Array {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	if n == 0 {
		return 0
	}
	es := tslots(telem(dst.typ))
	copySlots(dst.Index(0).ptr, src.Index(0).ptr, n*es)
	return n
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	switch v.kind() {
	case Slice:
		h := *asSlice(v.ptr)
		if i < 0 || j < i || j > h.cap {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		p := alloc(v.typ)
		*asSlice(p) = sliceHeader{add(h.data, i*tslots(telem(v.typ))), j - i, h.cap - i}
		return Value{v.typ, p, v.flag&flagRO | flag(Slice)}
	case String:
		s := *asString(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := alloc(v.typ)
		*asString(p) = s[i:j]
		return Value{v.typ, p, v.flag&flagRO | flag(String)}
	}
	panic(&ValueError{"reflect.Value.Slice", v.kind()})
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	et := telem(v.typ)
	tmp := alloc(et)
	return func(i, j int) {
		a, b := v.Index(i).ptr, v.Index(j).ptr
		move(et, tmp, a)
		move(et, a, b)
		move(et, b, tmp)
	}
}

// ---- functions and methods ----

// NumMethod returns the number of methods in v's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ.NumMethod()
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	return Value{v.typ, v.ptr, v.flag&flagStickyRO | flagMethod | flag(i)<<flagMethodShift |
		flag(Func)}
}

// MethodByName returns a function value corresponding to the method of v with that name.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return Value{}
	}
	if m, ok := v.typ.MethodByName(name); ok {
		return v.Method(m.Index)
	}
	return Value{}
}

// Call calls the function v with the input arguments in and returns its results.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	var ft *rtype
	if v.flag&flagMethod != 0 {
		_, ft = tmethod(v.typ, v.methodIndex())
	} else {
		ft = v.typ
		if *asPtr(v.ptr) == nil {
			panic("reflect: call of nil function")
		}
	}
	n := tnumIn(ft)
	if tvariadic(ft) {
		if len(in) < n-1 {
			panic("reflect: Call with too few input arguments")
		}
		st := tin(ft, n-1)
		extra := MakeSlice(st, len(in)-(n-1), len(in)-(n-1))
		for i, x := range in[n-1:] {
			extra.Index(i).Set(x.assignCall(telem(st)))
		}
		in = append(in[:n-1:n-1], extra)
	} else if len(in) < n {
		panic("reflect: Call with too few input arguments")
	} else if len(in) > n {
		panic("reflect: Call with too many input arguments")
	}
	args := make([]*slot, n)
	for i := range args {
		args[i] = in[i].assignCall(tin(ft, i)).ptr
	}
	var res []*slot
	if v.flag&flagMethod == 0 {
		res = call(ft, v.ptr, args)
	} else if v.typ.Kind() == Interface {
		e := Value{v.typ, v.ptr, flag(Interface)}.Elem()
		name, _ := tmethod(v.typ, v.methodIndex())
		res = callMethod(e.typ, e.ptr, e.typ.tableIndex(name), args)
	} else {
		res = callMethod(v.typ, v.ptr, v.methodIndex(), args)
	}
	out := make([]Value, len(res))
	for i, p := range res {
		out[i] = valueAt(tout(ft, i), p, 0)
	}
	return out
}

// tableIndex is the index of method name in t's method table.
func (t *rtype) tableIndex(name string) int {
	for i := 0; i < tnumMethod(t); i++ {
		if n, _ := tmethod(t, i); n == name {
			return i
		}
	}
	panic("reflect: method " + name + " not in the method table of " + t.String())
}

func (x Value) assignCall(targ *rtype) Value {
	x.mustBeExported("reflect.Value.Call")
	if x.flag&flagMethod == 0 && x.typ != targ && !assignable(x.typ, targ) {
		panic("reflect: Call using " + x.typ.String() + " as type " + targ.String())
	}
	return x.assignTo("reflect.Value.Call", targ)
}

// ---- conversions ----

// CanConvert reports whether v can be converted to type t.
func (v Value) CanConvert(t Type) bool { return convertible(v.Type().common(), t.common()) }

// Convert returns v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		panic("reflect.Value.Convert: method values are not supported")
	}
	dst := t.common()
	if !convertible(v.typ, dst) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() +
			" cannot be converted to type " + t.String())
	}
	sk, dk := v.kind(), dst.Kind()
	out := valueAt(dst, alloc(dst), v.flag&flagRO)
	switch {
	case dk == Interface:
		return v.assignTo("reflect.Value.Convert", dst)
	case tunderlying(v.typ) == tunderlying(dst) || sk == Pointer && dk == Pointer:
		move(dst, out.ptr, v.ptr)
	case isNumeric(sk) && isNumeric(dk):
		convertNumber(v, out)
	case dk == String && sk >= Int && sk <= Int64:
		*asString(out.ptr) = intToString(v.Int())
	case dk == String && sk >= Uint && sk <= Uintptr:
		*asString(out.ptr) = intToString(int64(v.Uint()))
	case dk == String && telem(v.typ).Kind() == Uint8:
		*asString(out.ptr) = string(*asBytes(v.ptr))
	case dk == String:
		*asString(out.ptr) = string(*asRunes(v.ptr))
	case telem(dst).Kind() == Uint8:
		*asBytes(out.ptr) = []byte(*asString(v.ptr))
	default:
		*asRunes(out.ptr) = []rune(*asString(v.ptr))
	}
	return out
}

func intToString(x int64) string {
	if x < 0 || x > utf8.MaxRune {
		return "\uFFFD"
	}
	return string(rune(x))
}

func convertNumber(v, out Value) {
	out.flag = out.flag&^flagRO | flagAddr
	sk, dk := v.kind(), out.kind()
	if dk >= Complex64 {
		out.SetComplex(v.Complex())
		return
	}
	var i int64
	var u uint64
	var f float64
	switch {
	case sk <= Int64:
		i = v.Int()
		u, f = uint64(i), float64(i)
	case sk <= Uintptr:
		u = v.Uint()
		i, f = int64(u), float64(u)
	default:
		f = v.Float()
		i, u = int64(f), uint64(f)
	}
	switch {
	case dk <= Int64:
		out.SetInt(i)
	case dk <= Uintptr:
		out.SetUint(u)
	default:
		out.SetFloat(f)
	}
}

// ---- DeepEqual ----

type visit struct {
	a1, a2 *slot
	typ    *rtype
}

// DeepEqual reports whether x and y are "deeply equal": same types, and equal elements,
// fields, map entries and pointees, recursively (pointer cycles are followed once).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

// refOf is the identity of what a map, slice, pointer or interface value refers to.
func refOf(v Value) *slot {
	switch v.kind() {
	case Map, Pointer:
		return *asPtr(v.ptr)
	case Slice:
		return asSlice(v.ptr).data
	}
	return v.ptr
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	switch v1.kind() {
	case Map, Slice, Pointer, Interface:
		a1, a2 := refOf(v1), refOf(v2)
		if a1 != nil && a2 != nil {
			key := visit{a1, a2, v1.typ}
			if visited[key] {
				return true
			}
			visited[key] = true
		}
	}
	switch v1.kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if refOf(v1) == refOf(v2) {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if refOf(v1) == refOf(v2) {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if refOf(v1) == refOf(v2) {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1, val2 := v1.MapIndex(k), v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	}
	return equal(v1.typ, v1.ptr, v2.ptr)
}
