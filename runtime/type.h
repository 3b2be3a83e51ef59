/* type.h — values and type descriptors, as the VM and the natives see them.
 *
 * A value is a run of 64-bit slots laid out as Go lays it out (DESIGN.md §3):
 *   bool, integers, floats, pointers, maps, chans, funcs   1 slot
 *   string      (ptr, len)                2 slots
 *   slice       (ptr, len, cap)           3 slots; ptr points at the first element's slots
 *   interface   (Type *dyn, data)         2 slots; dyn == NULL is the nil interface
 *   complex     (re, im)                  2 slots
 *   struct      its fields, flattened     sum of the fields
 *   array       its elements, flattened   len * elem
 * Heap objects hold values in the same layout, so a pointer is the address of a slot and
 * loading a value through it copies `slots` slots. Integers narrower than 64 bits are kept
 * sign- or zero-extended to 64 bits in their slot; float32 is kept as a double rounded to
 * float32.
 *
 * An interface's data word holds the value itself when the dynamic type is one slot wide
 * (TYPE_DIRECT); otherwise it points at a heap copy of the value's slots (NULL for a
 * zero-size value).
 *
 * Type descriptors are made by the checker and live as long as the program. Types are
 * canonical: two identical types are the same Type *, so identity is pointer equality.
 * A named type carries its underlying type's structure (kind, elem, fields, ...) itself,
 * so runtime code never needs to chase `underlying`.
 */
#ifndef GOSUB_TYPE_H
#define GOSUB_TYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef union Slot {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Slot;

typedef struct GoString {
    const char *ptr;
    int64_t len;
} GoString;

typedef struct GoSlice {
    Slot *ptr;
    int64_t len, cap;
} GoSlice;

typedef struct Type Type;
typedef struct Func Func; /* a compiled function (src/vm/vm.h) */

typedef enum Kind {
    KIND_INVALID,
    KIND_BOOL,
    KIND_INT,
    KIND_INT8,
    KIND_INT16,
    KIND_INT32,
    KIND_INT64,
    KIND_UINT,
    KIND_UINT8,
    KIND_UINT16,
    KIND_UINT32,
    KIND_UINT64,
    KIND_UINTPTR,
    KIND_FLOAT32,
    KIND_FLOAT64,
    KIND_COMPLEX64,
    KIND_COMPLEX128,
    KIND_STRING,
    KIND_UNSAFE_POINTER,
    KIND_ARRAY,
    KIND_SLICE,
    KIND_STRUCT,
    KIND_POINTER,
    KIND_FUNC,
    KIND_INTERFACE,
    KIND_MAP,
    KIND_CHAN,
    /* Only the checker meets these. */
    KIND_UNTYPED_BOOL,
    KIND_UNTYPED_INT,
    KIND_UNTYPED_RUNE,
    KIND_UNTYPED_FLOAT,
    KIND_UNTYPED_COMPLEX,
    KIND_UNTYPED_STRING,
    KIND_UNTYPED_NIL,
    KIND_TUPLE,     /* the results of a call with several results */
    KIND_TYPEPARAM, /* a type parameter inside a generic body */
    KIND_COUNT
} Kind;

enum {
    TYPE_COMPARABLE = 1 << 0, /* == is defined (may still panic on interface contents) */
    TYPE_DIRECT = 1 << 1,     /* one slot: stored directly in an interface's data word */
    TYPE_NAMED = 1 << 2,      /* a defined type (or predeclared) with a name */
    TYPE_POINTERFREE = 1 << 3,/* holds no pointers: heap copies may be GC_MALLOC_ATOMIC */
    TYPE_FLOATS = 1 << 4,     /* contains floats: equality is not bitwise (NaN, -0) */
    TYPE_COMPLETE = 1 << 5,   /* the checker has finished the layout */
};

typedef struct StructField {
    const char *name; /* the field name; for an embedded field, the type's name */
    Type *type;
    int32_t offset;   /* in slots from the start of the struct */
    bool embedded;
    bool exported;
    const char *tag;
} StructField;

/* An interface's method: name and signature (a KIND_FUNC type without receiver). */
typedef struct IMethod {
    const char *name;
    Type *sig;
} IMethod;

/* How a method-table function expects its receiver, given an interface's data word. */
typedef enum RecvMode {
    RECV_DIRECT, /* the data word is the receiver (one-slot receiver: pointer, int, ...) */
    RECV_BOXED,  /* the data word points at the receiver's slots: copy them in */
    RECV_DEREF,  /* the data word is a *T and the method wants T: copy *p (nil panics) */
} RecvMode;

/* An entry in the method set of a dynamic type (what an interface call looks up). */
typedef struct Method {
    const char *name;
    Type *sig;       /* without receiver */
    Func *fn;        /* takes the receiver first, flattened */
    RecvMode mode;
    int32_t recv_slots; /* slots of the receiver as fn takes it */
    bool ptr_recv;   /* declared with a pointer receiver */
} Method;

struct Type {
    Kind kind;
    uint32_t flags;
    int32_t slots;    /* the value's size in slots */
    uint32_t hash;    /* structural hash (for canonicalisation and type switches) */
    const char *name; /* defined and predeclared types: "P", "int"; NULL otherwise */
    const char *pkg;  /* package of a defined type ("main", "time"); NULL if predeclared */
    Type *underlying; /* the type itself when not named */

    Type *elem;  /* pointer, slice, array, chan: element; map: value */
    Type *key;   /* map */
    int64_t len; /* array */
    int dir;     /* chan: 1 send-only, 2 receive-only, 3 both */

    StructField *fields; /* struct */
    int nfields;

    Type **params; /* func: parameters (variadic: the last is a slice) */
    int nparams;
    Type **results;
    int nresults;
    bool variadic;

    IMethod *imethods; /* interface: full method list sorted by name */
    int nimethods;

    /* The method set of this type as a dynamic type in an interface, sorted by name. Filled
     * by the compiler before any value of this type is stored in an interface. */
    Method *methods;
    int nmethods;

    Type *type_args_of; /* generic instance: the generic type it instantiates (checker) */
    const char *str;    /* cached type_string */
    void *chk;          /* checker-private data */
    Type *ptr_to;       /* cache: *T */
};

/* Go's spelling of a type, as %T prints it: "int", "main.P", "[]map[string]*main.T",
 * "func(int) string", "interface {}", "struct { X int }". Cached in t->str. */
const char *type_string(Type *t);

/* The one type printer, parameterised: type_string is type_format with type_style_runtime;
 * the checker's messages use a style of their own (check/types.c). */
typedef struct StrBuf StrBuf; /* src/common.h */
typedef struct TypeStyle TypeStyle;
struct TypeStyle {
    /* What a defined type of package pkg (its path) is qualified with, before a dot; NULL
     * leaves the name alone. */
    const char *(*qualifier)(const char *pkg);
    /* go/types' compact spelling (struct{x int}, interface{M()}, any; without field tags)
     * rather than reflect's (struct { x int "tag" }, interface { M() }, interface {}). */
    bool compact;
    /* What only the checker knows (Type.chk), or NULL. special may write the whole spelling of
     * t (t may be NULL) and return true, or return false to leave t to the printer;
     * name_suffix follows a defined type's name (a generic type's parameter list). */
    bool (*special)(StrBuf *b, Type *t, const TypeStyle *style);
    void (*name_suffix)(StrBuf *b, Type *t, const TypeStyle *style);
};
extern const TypeStyle type_style_runtime; /* package names as qualifiers, reflect's spelling */
void type_write(StrBuf *b, Type *t, const TypeStyle *style);
const char *type_format(Type *t, const TypeStyle *style);
/* An interface's methods, "M(); N() int", as its braces hold them. */
void type_write_methods(StrBuf *b, Type *iface, const TypeStyle *style);

/* The method-table entry for name in t's method set, or NULL. */
const Method *type_method(const Type *t, const char *name);

/* Equality of two values of type t (slot runs). For interfaces holding an uncomparable
 * dynamic type, *uncomparable is set to that type and false returned (the caller panics). */
bool type_equal(const Type *t, const Slot *a, const Slot *b, const Type **uncomparable);

/* Hash of a value of type t (consistent with type_equal; +0 and -0 hash alike). */
uint64_t type_hash(const Type *t, const Slot *v, uint64_t seed, const Type **uncomparable);

/* Does a value's dynamic type dyn implement interface iface? (method names and signatures) */
bool type_implements(const Type *dyn, const Type *iface, const char **missing);

static inline bool type_is_int(const Type *t) { return t->kind >= KIND_INT && t->kind <= KIND_UINTPTR; }
static inline bool type_is_unsigned(const Type *t) {
    return t->kind >= KIND_UINT && t->kind <= KIND_UINTPTR;
}
static inline bool type_is_float(const Type *t) {
    return t->kind == KIND_FLOAT32 || t->kind == KIND_FLOAT64;
}
static inline bool type_is_complex(const Type *t) {
    return t->kind == KIND_COMPLEX64 || t->kind == KIND_COMPLEX128;
}

/* Interfaces: boxing a value of type t into an interface's data word, and back. */
Slot iface_box(const Type *t, const Slot *v);
/* Copies the dynamic value of data (of type t) into out (t->slots slots). */
void iface_unbox(const Type *t, Slot data, Slot *out);
/* A pointer to the slots of the dynamic value (for direct types, to the data word itself). */
static inline const Slot *iface_value_ptr(const Type *t, const Slot *data) {
    return (t->flags & TYPE_DIRECT) ? data : (const Slot *)data->p;
}

#endif
