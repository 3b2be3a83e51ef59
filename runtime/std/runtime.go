// Package runtime: the types of the runtime's own panics, and goroutine/scheduler queries.
//
// The VM panics with these types: runtime.Error values for faults it detects (index out of
// range, nil dereference, division by zero: errorString, whose text includes the
// "runtime error: " prefix), plainError for misuse that Go reports without the prefix
// ("assignment to entry in nil map"), and *TypeAssertionError for failed type assertions.
//
// Natives: lib_runtime_funcs in runtime/lib/runtime.c.
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gosub"

// GOOS and GOARCH: where the program runs.
const GOOS = "linux"
const GOARCH = "amd64"

// A Func is a function of the program, as FuncForPC finds it: the address of its code (its
// methods, Name, Entry and FileLine, are natives, as are KeepAlive, CallersFrames and
// Frames.Next: see src/vm/debug.c).
type Func struct {
	entry uintptr
}

// Frame is what Frames.Next reports of one call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the pcs Callers returned, innermost first.
type Frames struct {
	callers []uintptr
}
