/* atomic.c — the natives of package sync/atomic (runtime/std/sync_atomic.go): loads, stores,
 * swaps, compare-and-swaps, adds, ands and ors, as functions and as the methods of Int32 & co.,
 * and the interface-valued ones Pointer[T] and Value are built on.
 *
 * Every integer is a 64-bit slot; an int32 is kept sign-extended and a uint32 zero-extended.
 * Loads, stores, swaps and compare-and-swaps work on the whole slot (the values compared and
 * stored are extended already), and so do And/Or (they preserve the extension). 32-bit Add is
 * a compare-and-swap loop that wraps at 32 bits and re-extends. All operations are
 * sequentially consistent, as Go's are.
 */
#include "../native.h"

#define SC __ATOMIC_SEQ_CST

static Slot *atomic_addr(G *g, Slot *a) {
    Slot *p = a[0].p;
    if (!p) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    }
    return p;
}

static void load64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        a[0].i = __atomic_load_n(&p->i, SC);
    }
}

static void store64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        __atomic_store_n(&p->i, a[1].i, SC);
    }
}

static void swap64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        a[0].i = __atomic_exchange_n(&p->i, a[1].i, SC);
    }
}

static void cas64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        int64_t old = a[1].i;
        a[0].i = __atomic_compare_exchange_n(&p->i, &old, a[2].i, false, SC, SC);
    }
}

static void add64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        a[0].u = __atomic_add_fetch(&p->u, a[1].u, SC);
    }
}

static void and64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        a[0].u = __atomic_fetch_and(&p->u, a[1].u, SC);
    }
}

static void or64(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (p) {
        a[0].u = __atomic_fetch_or(&p->u, a[1].u, SC);
    }
}

static void add_int32(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (!p) {
        return;
    }
    int64_t old = __atomic_load_n(&p->i, SC);
    int64_t new;
    do {
        new = (int32_t)((uint32_t)old + (uint32_t)a[1].u);
    } while (!__atomic_compare_exchange_n(&p->i, &old, new, false, SC, SC));
    a[0].i = new;
}

static void add_uint32(G *g, Slot *a) {
    Slot *p = atomic_addr(g, a);
    if (!p) {
        return;
    }
    uint64_t old = __atomic_load_n(&p->u, SC);
    uint64_t new;
    do {
        new = (uint32_t)(old + a[1].u);
    } while (!__atomic_compare_exchange_n(&p->u, &old, new, false, SC, SC));
    a[0].u = new;
}

/* Pointer[T]: p is a **T in an interface (its data word is the address of the *T slot);
 * values are *T in interfaces (their data word is the pointer itself). */
static Slot *any_addr(G *g, Slot *a) {
    Slot *p = a[1].p;
    if (!p) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    }
    return p;
}

static void load_any(G *g, Slot *a) {
    const Type *t = a[0].p;
    Slot *p = any_addr(g, a);
    if (p) {
        a[1].p = __atomic_load_n(&p->p, SC);
        a[0].p = t->elem;
    }
}

static void store_any(G *g, Slot *a) {
    Slot *p = any_addr(g, a);
    if (p) {
        __atomic_store_n(&p->p, a[3].p, SC);
    }
}

static void swap_any(G *g, Slot *a) {
    const Type *t = a[0].p;
    Slot *p = any_addr(g, a);
    if (p) {
        a[1].p = __atomic_exchange_n(&p->p, a[3].p, SC);
        a[0].p = t->elem;
    }
}

static void cas_any(G *g, Slot *a) {
    Slot *p = any_addr(g, a);
    if (p) {
        void *old = a[3].p;
        a[0].i = __atomic_compare_exchange_n(&p->p, &old, a[5].p, false, SC, SC);
    }
}

/* Value: are two interfaces' dynamic types the same (types are canonical)? */
static void same_type(G *g, Slot *a) {
    a[0].i = a[0].p == a[2].p;
}

/* The methods of Int32 & co. are bound to the same natives: a pointer to the one-slot
 * struct is a pointer to its slot. */
#define ATOMIC_METHODS(T, VT, add)                                                                \
    {"(x *" T ") Load() " VT, load64}, {"(x *" T ") Store(val " VT ")", store64},                \
        {"(x *" T ") Swap(new " VT ") (old " VT ")", swap64},                                     \
        {"(x *" T ") CompareAndSwap(old, new " VT ") (swapped bool)", cas64},                     \
        {"(x *" T ") Add(delta " VT ") (new " VT ")", add},                                       \
        {"(x *" T ") And(mask " VT ") (old " VT ")", and64},                                      \
        {"(x *" T ") Or(mask " VT ") (old " VT ")", or64}

#define ATOMIC_FUNCS(N, VT, add)                                                                  \
    {"Add" N "(addr *" VT ", delta " VT ") (new " VT ")", add},                                   \
        {"Load" N "(addr *" VT ") (val " VT ")", load64},                                         \
        {"Store" N "(addr *" VT ", val " VT ")", store64},                                        \
        {"Swap" N "(addr *" VT ", new " VT ") (old " VT ")", swap64},                             \
        {"CompareAndSwap" N "(addr *" VT ", old, new " VT ") (swapped bool)", cas64},             \
        {"And" N "(addr *" VT ", mask " VT ") (old " VT ")", and64},                              \
        {"Or" N "(addr *" VT ", mask " VT ") (old " VT ")", or64}

const NativeFunc lib_atomic_funcs[] = {
    ATOMIC_FUNCS("Int32", "int32", add_int32),
    ATOMIC_FUNCS("Uint32", "uint32", add_uint32),
    ATOMIC_FUNCS("Int64", "int64", add64),
    ATOMIC_FUNCS("Uint64", "uint64", add64),
    ATOMIC_FUNCS("Uintptr", "uintptr", add64),
    ATOMIC_METHODS("Int32", "int32", add_int32),
    ATOMIC_METHODS("Uint32", "uint32", add_uint32),
    ATOMIC_METHODS("Int64", "int64", add64),
    ATOMIC_METHODS("Uint64", "uint64", add64),
    ATOMIC_METHODS("Uintptr", "uintptr", add64),
    {"(x *Bool) Load() bool", load64},
    {"(x *Bool) Store(val bool)", store64},
    {"(x *Bool) Swap(new bool) (old bool)", swap64},
    {"(x *Bool) CompareAndSwap(old, new bool) (swapped bool)", cas64},
    {"loadAny(p any) any", load_any},
    {"storeAny(p any, v any)", store_any},
    {"swapAny(p any, v any) any", swap_any},
    {"casAny(p any, old, new any) bool", cas_any},
    {"loadBox(p **valueBox) *valueBox", load64},
    {"casBox(p **valueBox, old, new *valueBox) bool", cas64},
    {"sameType(a, b any) bool", same_type},
    {NULL, NULL},
};
