// Package atomic: atomic operations on integers, booleans, pointers and interface values.
//
// Every integer lives in a 64-bit slot, int32 sign-extended and uint32 zero-extended. The
// functions are C natives (runtime/lib/atomic.c) working with __atomic builtins on the slot a
// pointer designates; 32-bit operations keep the slot extended and wrap at 32 bits.
//
// The types (Int32, Int64, ..., Bool) are one-slot structs: a pointer to one is a pointer to
// its slot, so their methods are bound to the same natives as the functions. Pointer[T]
// and Value hold one pointer word, swapped atomically: a Value points at an immutable box
// holding the interface, so Load never sees half of a Store.
//
// Natives: lib_atomic_funcs in runtime/lib/atomic.c.
package atomic

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	v int32
}

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	v int64
}

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	v uint32
}

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	v uint64
}

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	v uintptr
}

// A Bool is an atomic boolean. The zero value is false.
type Bool struct {
	v bool
}

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
type Pointer[T any] struct {
	v *T
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	p, _ := loadAny(&x.v).(*T)
	return p
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { storeAny(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, _ = swapAny(&x.v, new).(*T)
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return casAny(&x.v, old, new)
}

// A Value provides an atomic load and store of a consistently typed value. The zero value
// is empty (Load returns nil). A Value must not be copied after first use.
type Value struct {
	box *valueBox
}

// valueBox holds a value stored in a Value; a box never changes once published.
type valueBox struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if there has been none.
func (v *Value) Load() (val any) {
	b := loadBox(&v.box)
	if b == nil {
		return nil
	}
	return b.v
}

// Store sets the value of the Value v to val. All calls to Store for a given Value must use
// values of the same concrete type; Store of nil panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	nb := &valueBox{val}
	for {
		b := loadBox(&v.box)
		if b != nil && !sameType(b.v, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if casBox(&v.box, b, nb) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value (nil if the Value is empty).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	nb := &valueBox{new}
	for {
		b := loadBox(&v.box)
		if b != nil && !sameType(b.v, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if casBox(&v.box, b, nb) {
			if b == nil {
				return nil
			}
			return b.v
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	nb := &valueBox{new}
	for {
		b := loadBox(&v.box)
		if b == nil {
			if old != nil {
				return false
			}
		} else {
			if !sameType(b.v, new) {
				panic("sync/atomic: compare and swap of inconsistently typed value into Value")
			}
			if b.v != old {
				return false
			}
		}
		if casBox(&v.box, b, nb) {
			return true
		}
	}
}
