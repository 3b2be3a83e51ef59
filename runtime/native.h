/* native.h — how C natives of the standard packages meet the VM.
 *
 * A std package is Go source (runtime/std/<name>.go, embedded in the binary) plus a table of
 * C functions (runtime/lib/<name>.c). Each table entry gives a Go declaration without the
 * `func` keyword and without a body; the loader adds `func <decl>` to the package's source
 * and binds that declaration to the C function:
 *
 *     {"Contains(s, substr string) bool", lib_strings_contains},
 *     {"(b *Builder) WriteString(s string) (int, error)", lib_strings_builder_write},
 *
 * Calling convention: a native receives `a`, its arguments (receiver first) flattened into
 * slots in declaration order (type.h gives each type's layout), and writes its results
 * flattened from a[0] on (results may overwrite arguments; read what you need first).
 * `a` has room for max(argument slots, result slots).
 *
 * A native reports a Go panic with rt_panic_* and returns at once; the VM unwinds.
 * A native never blocks its worker thread (concurrency natives park through the scheduler).
 */
#ifndef GOSUB_NATIVE_H
#define GOSUB_NATIVE_H

#include "type.h"

typedef struct G G; /* a goroutine (g.h) */
typedef void (*NativeFn)(G *g, Slot *a);

typedef struct NativeFunc {
    const char *decl; /* "Name(params) results" or "(recv) Name(params) results" */
    NativeFn fn;
} NativeFunc;

typedef struct NativePkg {
    const char *path;         /* import path: "strings", "unicode/utf8" */
    const NativeFunc *funcs;  /* terminated by {NULL, NULL} */
    const char *go_source;    /* the package's Go source (without its natives), or NULL */
} NativePkg;

/* The package table (runtime/lib/packages.c). Returns NULL for an unknown path. */
const NativePkg *native_pkg(const char *path);
/* The import path of the i-th package of the table, NULL past its end (the REPL lists them). */
const char *native_pkg_path(int i);

/* Panics. The message is Go's text without the "runtime error: " prefix for
 * rt_panic_runtime ("index out of range [5] with length 3"); rt_panic_plain panics with a
 * runtime.Error whose text has no prefix ("assignment to entry in nil map"). */
void rt_panic_runtime(G *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rt_panic_plain(G *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Panics with a string value, like panic("msg") in Go. */
void rt_panic_string(G *g, const char *msg);
/* Panics with an arbitrary interface value (type, data). */
void rt_panic_value(G *g, const Type *t, Slot data);
/* Has the goroutine a panic in flight (set by a native or by a Go call it made)? */
bool rt_panicking(G *g);

/* Strings. */
GoString rt_string_copy(const char *p, size_t n); /* into fresh GC memory */
static inline GoString rt_str(const Slot *a) { return (GoString){(const char *)a[0].p, a[1].i}; }
static inline void rt_set_str(Slot *a, GoString s) {
    a[0].p = (void *)s.ptr;
    a[1].i = s.len;
}
static inline GoSlice rt_slice(const Slot *a) { return (GoSlice){(Slot *)a[0].p, a[1].i, a[2].i}; }
static inline void rt_set_slice(Slot *a, GoSlice s) {
    a[0].p = s.ptr;
    a[1].i = s.len;
    a[2].i = s.cap;
}
/* A new slice of n elements of `slots` slots each, zeroed; atomic when pointer-free. */
GoSlice rt_make_slice(int64_t len, int64_t cap, int32_t elem_slots, bool pointer_free);

/* Go's size and alignment in bytes of a value of type t (unsafe.Sizeof, unsafe.Alignof), and
 * the capacity append grows a slice of cap old_cap to when it needs room for `needed`. */
int64_t rt_go_size(const Type *t);
int64_t rt_go_align(const Type *t);
int64_t rt_grow_cap(int64_t old_cap, int64_t needed, int64_t elem_bytes);

/* An error value (interface slots) made from a message, like errors.New. */
void rt_new_error(Slot *iface, GoString msg);
/* The nil error. */
static inline void rt_nil_iface(Slot *iface) {
    iface[0].p = NULL;
    iface[1].p = NULL;
}

/* Calls a Go function value (a func slot) with argument slots args[0..nargs) and copies
 * nres result slots to res. Runs on g's stack, nested in this native. Returns false if the
 * call panicked: the panic stays in flight (rt_panicking) unless the caller takes it with
 * rt_recover_into. */
bool rt_call(G *g, Slot fn, const Slot *args, int nargs, Slot *res, int nres);
/* Calls method m of the dynamic value (t, data) with extra args; like rt_call. */
bool rt_call_method(G *g, const Type *t, Slot data, const Method *m, const Slot *args, int nargs,
                    Slot *res, int nres);
/* Takes the panic in flight (after rt_call returned false): its value into out[0..2). */
void rt_recover_into(G *g, Slot *out);

/* Output: the process's stdout/stderr, buffered; flushed at exit and before a panic report. */
void rt_write(int fd, const char *p, size_t n);
void rt_flush(void);
/* The REPL takes the output: when set, rt_write hands every write to it (from any thread),
 * and a panic's report has no "exit status 2" line (the process goes on). */
extern void (*rt_output_hook)(int fd, const char *p, size_t n);
/* Input: reads up to n bytes from fd (flushing stdout first); 0 at end of file, -1 on error. */
int64_t rt_read(G *g, int fd, char *buf, size_t n);

/* os.Exit: ends the program with status code once the native returns (deferred calls do
 * not run). */
void rt_exit(G *g, int code);

/* The program's arguments as os.Args sees them: argv[0] is the program name. */
extern int rt_argc;
extern char **rt_argv;

#endif
