/* interp.c — the bytecode interpreter: one C loop runs a goroutine, instruction by
 * instruction (opcodes.h says what each does).
 *
 * A Go call pushes a Frame on g->frames and continues; a return pops it. Registers of the
 * running frame are `R` (g->stack + frame base), its constants `K`. R is re-derived after
 * anything that may grow the stack (calls): the stack may move. The loop leaves when the
 * goroutine ends, panics for good, exits, parks or uses up its time slice (BUDGET back
 * edges); a goroutine that comes back resumes at its top frame's pc.
 * Also here: what the instructions need besides the loop (conversions, append's growth,
 * runtime error messages, interface calls' inline caches) and the values natives make
 * (rt_make_slice, rt_string_copy, rt_new_error).
 */
#include "state.h"

#include "../../runtime/lib/format.h"
#include "../../runtime/map.h"
#include "../../runtime/sched.h"
#include "../text/utf8.h"
#include "opcodes.h"

#include <math.h>
#include <stdio.h>
#include <unistd.h>

/* ---- values ---- */

static char empty_base[8];

GoString rt_string_copy(const char *p, size_t n) {
    char *s = NEW_ATOMIC(n + 1);
    if (n) {
        memcpy(s, p, n);
    }
    return (GoString){s, (int64_t)n};
}

GoSlice rt_make_slice(int64_t len, int64_t cap, int32_t elem_slots, bool pointer_free) {
    size_t bytes;
    if (cap < 0 || elem_slots < 0 || (elem_slots == TYPE_SLOTS_MAX && cap > 0) ||
        __builtin_mul_overflow((size_t)cap, sizeof(Slot) * (size_t)elem_slots, &bytes)) {
        /* no caller lets this happen; a size that wraps must not become a small block */
        return (GoSlice){GC_get_oom_fn()(SIZE_MAX), len, cap};
    }
    Slot *p;
    if (bytes == 0) {
        p = (Slot *)empty_base;
    } else if (pointer_free) {
        p = GC_MALLOC_ATOMIC(bytes);
        memset(p, 0, bytes);
    } else {
        p = GC_MALLOC(bytes);
    }
    return (GoSlice){p, len, cap};
}

void rt_new_error(Slot *iface, GoString msg) {
    Type *t = vm_types.errors_string;
    GoString *s = GC_MALLOC(sizeof(GoString));
    *s = msg;
    iface[0].p = t;
    iface[1].p = s;
}

/* A type's size and alignment in Go's memory layout (amd64): append's growth depends on them. */
static int64_t go_align(const Type *t);

static int64_t go_size(const Type *t) {
    switch (t->kind) {
    case KIND_BOOL:
    case KIND_INT8:
    case KIND_UINT8: return 1;
    case KIND_INT16:
    case KIND_UINT16: return 2;
    case KIND_INT32:
    case KIND_UINT32:
    case KIND_FLOAT32: return 4;
    case KIND_COMPLEX128:
    case KIND_STRING:
    case KIND_INTERFACE: return 16;
    case KIND_SLICE: return 24;
    case KIND_ARRAY: return t->len * go_size(t->elem);
    case KIND_STRUCT: {
        int64_t off = 0;
        for (int i = 0; i < t->nfields; i++) {
            int64_t a = go_align(t->fields[i].type);
            off = (off + a - 1) / a * a;
            off += go_size(t->fields[i].type);
        }
        if (t->nfields && off > 0 && go_size(t->fields[t->nfields - 1].type) == 0) {
            off++; /* a final zero-size field gets a byte, so &last stays inside */
        }
        int64_t a = go_align(t);
        return (off + a - 1) / a * a;
    }
    default: return 8;
    }
}

static int64_t go_align(const Type *t) {
    switch (t->kind) {
    case KIND_ARRAY: return go_align(t->elem);
    case KIND_STRUCT: {
        int64_t a = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t fa = go_align(t->fields[i].type);
            a = fa > a ? fa : a;
        }
        return a;
    }
    case KIND_COMPLEX128:
    case KIND_STRING:
    case KIND_INTERFACE:
    case KIND_SLICE: return 8;
    default: {
        int64_t s = go_size(t);
        return s > 0 ? s : 1;
    }
    }
}

/* Go's makeslice checks: the slice's byte size (Go's element size times cap, then len) must
 * not pass Go's maxAlloc (2^48 on amd64). Returns the panic's message, or NULL. Past this
 * check, len and cap times the element's slots cannot wrap: a slot is at most 8 times the
 * Go size of the smallest non-empty element. */
static const char *makeslice_error(int64_t len, int64_t cap, const Type *et) {
    const int64_t max_alloc = (int64_t)1 << 48;
    int64_t size = go_size(et), bytes;
    if (len < 0 || __builtin_mul_overflow(len, size, &bytes) || bytes > max_alloc) {
        return "makeslice: len out of range";
    }
    if (cap < len || __builtin_mul_overflow(cap, size, &bytes) || bytes > max_alloc) {
        return "makeslice: cap out of range";
    }
    return NULL;
}

/* Go's append growth (runtime.growslice, Go 1.20+), then rounded up to a size class. */
static int64_t grow_cap(int64_t old_cap, int64_t needed, int64_t elem_bytes) {
    /* unsigned: huge capacities (zero-size elements) wrap instead of overflowing */
    uint64_t newcap = (uint64_t)old_cap;
    uint64_t doublecap = newcap + newcap;
    if ((uint64_t)needed > doublecap || (int64_t)doublecap < 0) {
        newcap = (uint64_t)needed;
    } else {
        const uint64_t threshold = 256;
        if ((uint64_t)old_cap < threshold) {
            newcap = doublecap;
        } else {
            while ((int64_t)newcap > 0 && newcap < (uint64_t)needed) {
                newcap += (newcap + 3 * threshold) / 4;
            }
            if ((int64_t)newcap <= 0) {
                newcap = (uint64_t)needed;
            }
        }
    }
    /* round the allocation up to Go's malloc size classes */
    static const int64_t classes[] = {
        0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
        160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
        448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
        1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
        6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
        18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
    if (elem_bytes == 0) {
        return (int64_t)newcap;
    }
    int64_t mem = (int64_t)(newcap * (uint64_t)elem_bytes);
    int64_t rounded;
    if (mem <= 32768) {
        rounded = mem;
        for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
            if (classes[i] >= mem) {
                rounded = classes[i];
                break;
            }
        }
    } else {
        rounded = (mem + 8191) / 8192 * 8192; /* whole pages */
    }
    return rounded / elem_bytes;
}

int64_t rt_go_size(const Type *t) {
    return go_size(t);
}
int64_t rt_go_align(const Type *t) {
    return go_align(t);
}
int64_t rt_grow_cap(int64_t old_cap, int64_t needed, int64_t elem_bytes) {
    return grow_cap(old_cap, needed, elem_bytes);
}

static void print_op(const Type *t, const Slot *v, bool space, bool nl) {
    StrBuf b = {0};
    if (space) {
        sb_putc(&b, ' ');
    }
    if (t) {
        fmt_runtime_print_value(&b, t, v);
    }
    if (nl) {
        sb_putc(&b, '\n');
    }
    rt_write(2, b.data ? b.data : "", b.len);
}

/* ---- runtime errors ---- */

/* Go omits the length for a negative index. */
static void index_error(VmG *g, int64_t i, int64_t n) {
    if (i < 0) {
        rt_panic_runtime(&g->g, "index out of range [%lld]", (long long)i);
    } else {
        rt_panic_runtime(&g->g, "index out of range [%lld] with length %lld", (long long)i,
                         (long long)n);
    }
}

/* Checks s[lo:hi:max] against cap (or the length of an array or string), panicking with
 * Go's messages (runtime boundsError) when out of range. three: written with a max. */
static bool slice_bounds_ok(VmG *g, int64_t lo, int64_t hi, int64_t max, int64_t cap, bool is_len,
                            bool three) {
    const char *what = is_len ? "length" : "capacity";
    if (three) {
        if ((uint64_t)max > (uint64_t)cap) {
            if (max < 0) {
                rt_panic_runtime(&g->g, "slice bounds out of range [::%lld]", (long long)max);
            } else {
                rt_panic_runtime(&g->g, "slice bounds out of range [::%lld] with %s %lld",
                                 (long long)max, what, (long long)cap);
            }
            return false;
        }
        if ((uint64_t)hi > (uint64_t)max) {
            if (hi < 0) {
                rt_panic_runtime(&g->g, "slice bounds out of range [:%lld:]", (long long)hi);
            } else {
                rt_panic_runtime(&g->g, "slice bounds out of range [:%lld:%lld]", (long long)hi,
                                 (long long)max);
            }
            return false;
        }
        if ((uint64_t)lo > (uint64_t)hi) {
            if (lo < 0) {
                rt_panic_runtime(&g->g, "slice bounds out of range [%lld::]", (long long)lo);
            } else {
                rt_panic_runtime(&g->g, "slice bounds out of range [%lld:%lld:]", (long long)lo,
                                 (long long)hi);
            }
            return false;
        }
        return true;
    }
    if ((uint64_t)hi > (uint64_t)cap) {
        if (hi < 0) {
            rt_panic_runtime(&g->g, "slice bounds out of range [:%lld]", (long long)hi);
        } else {
            rt_panic_runtime(&g->g, "slice bounds out of range [:%lld] with %s %lld", (long long)hi,
                             what, (long long)cap);
        }
        return false;
    }
    if ((uint64_t)lo > (uint64_t)hi) {
        if (lo < 0) {
            rt_panic_runtime(&g->g, "slice bounds out of range [%lld:]", (long long)lo);
        } else {
            rt_panic_runtime(&g->g, "slice bounds out of range [%lld:%lld]", (long long)lo,
                             (long long)hi);
        }
        return false;
    }
    return true;
}

/* x.(T) failed, T concrete: Go's TypeAssertionError text. inter: x's static interface type
 * (NULL: interface {}). */
static void assert_failed(VmG *g, const Type *inter, const Type *have, const Type *want) {
    const char *is = inter ? type_string((Type *)inter) : "interface {}";
    const char *as = type_string((Type *)want);
    if (!have) {
        vm_assert_panic(g, str_printf("interface conversion: %s is nil, not %s", is, as));
        return;
    }
    const char *cs = type_string((Type *)have);
    const char *why = "";
    if (strcmp(cs, as) == 0) {
        bool same_pkg =
            have->pkg == want->pkg || (have->pkg && want->pkg && strcmp(have->pkg, want->pkg) == 0);
        why = same_pkg ? " (types from different scopes)" : " (types from different packages)";
    }
    vm_assert_panic(g, str_printf("interface conversion: %s is %s, not %s%s", is, cs, as, why));
}

/* ---- interface calls ---- */

/* An interface call's inline cache: the method reached for each dynamic type met so far, up
 * to METHOD_CACHE_SIZE of them (a call site meeting more looks the others up each time).
 * Immutable once published: a miss publishes a copy with one entry more. */
#define METHOD_CACHE_SIZE 4
typedef struct MethodCache {
    int n;
    struct {
        const Type *type;
        const Method *m;
    } e[METHOD_CACHE_SIZE];
} MethodCache;

/* The extra word of a CALLI holds its MethodCache (NULL, zero, when emitted). Threads
 * running the same code share it: it is read (acquire) and replaced (release) whole. */
typedef union __attribute__((may_alias)) CallCache {
    Instr x;
    const MethodCache *mc;
} CallCache;

/* method_of when the cache has no entry for t: looks the method up by name, and publishes a
 * cache with t's entry added (unless it is full). */
static const Method *method_lookup(VmG *g, const Type *t, const char *name, CallCache *cache,
                                   const MethodCache *old) {
    if (!t) {
        vm_nil_deref(g);
        return NULL;
    }
    const Method *m = type_method(t, name);
    if (!m) {
        rt_panic_runtime(&g->g, "method %s not found for %s", name, type_string((Type *)t));
        return NULL;
    }
    int n = old ? old->n : 0;
    if (n < METHOD_CACHE_SIZE) {
        MethodCache *mc = NEW(MethodCache);
        if (old) {
            *mc = *old;
        }
        mc->e[n].type = t;
        mc->e[n].m = m;
        mc->n = n + 1;
        __atomic_store_n(&cache->mc, mc, __ATOMIC_RELEASE); /* a racing miss may win instead */
    }
    return m;
}

/* The method `name` of the dynamic type t, for the interface call whose inline cache is
 * `cache`; NULL once the panic is raised: a nil interface, or no such method. */
static inline const Method *method_of(VmG *g, const Type *t, const char *name, CallCache *cache) {
    const MethodCache *mc = __atomic_load_n(&cache->mc, __ATOMIC_ACQUIRE);
    if (mc) {
        for (int i = 0; i < mc->n; i++) {
            if (mc->e[i].type == t) {
                return mc->e[i].m;
            }
        }
    }
    return method_lookup(g, t, name, cache, mc);
}

/* ---- the interpreter ---- */

static inline int64_t f2i(double f) {
    /* Go on amd64: out of range and NaN give the most negative int64 */
    if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) {
        return INT64_MIN;
    }
    return (int64_t)f;
}

static inline int32_t f2i32(double f) {
    /* Go on amd64 converts to the narrower integers through int32: out of range and NaN give
     * the most negative int32 */
    if (!(f > -2147483649.0 && f < 2147483648.0)) {
        return INT32_MIN;
    }
    return (int32_t)f;
}

static inline uint64_t f2u(double f) {
    if (!(f > -1.0 && f < 18446744073709551616.0)) {
        if (f >= 9223372036854775808.0 && f < 18446744073709551616.0) {
            return (uint64_t)f;
        }
        return (uint64_t)f2i(f);
    }
    if (f < 9223372036854775808.0) {
        return (uint64_t)(int64_t)f;
    }
    return (uint64_t)f;
}

static int cmp_strings(const Slot *a, const Slot *b) {
    int64_t la = a[1].i, lb = b[1].i;
    int64_t n = la < lb ? la : lb;
    int c = n ? memcmp(a[0].p, b[0].p, (size_t)n) : 0;
    if (c) {
        return c;
    }
    return la < lb ? -1 : la > lb;
}

static inline bool str_eq(const Slot *a, const Slot *b) {
    return a[1].i == b[1].i &&
           (a[0].p == b[0].p || !a[1].i || memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0);
}

/* Decodes one UTF-8 rune as Go's range does. */
static int32_t decode_rune(const uint8_t *s, int64_t n, int *w) {
    int32_t r;
    int k = utf8_decode(s, (size_t)n, &r);
    *w = k;
    return r;
}

static bool type_pointer_free_rt(const Type *t) {
    return (t->flags & TYPE_POINTERFREE) != 0;
}

/* Appends n values of type et to the slice at s; false once it panicked (the new length
 * overflows: Go 1.19's growslice message). */
static bool append_elems(VmG *g, Slot *s, const Slot *vals, int64_t n, const Type *et) {
    int es = et->slots;
    int64_t len = s[1].i, cap = s[2].i;
    Slot *p = s[0].p;
    uint64_t newlen = (uint64_t)len + (uint64_t)n;
    if (newlen > (uint64_t)cap) {
        if ((int64_t)newlen < 0) {
            rt_panic_runtime(&g->g, "growslice: cap out of range");
            return false;
        }
        int64_t ncap = grow_cap(cap, len + n, go_size(et));
        GoSlice ns = rt_make_slice(len + n, ncap, es, type_pointer_free_rt(et));
        if (len > 0 && es > 0) {
            memcpy(ns.ptr, p, sizeof(Slot) * (size_t)(len * es));
        }
        p = ns.ptr;
        cap = ncap;
    }
    if (n > 0 && es > 0) {
        memmove(p + len * es, vals, sizeof(Slot) * (size_t)(n * es));
    }
    s[0].p = p;
    s[1].i = len + n;
    s[2].i = cap;
    return true;
}

/* Copies n slots that may hold pointers a whole word at a time, so that no goroutine (nor
 * the collector) ever reads half of an old pointer and half of a new one, as a sanitizer's
 * memmove, copying in pieces, would let them; in the direction an overlap needs. */
static void copy_words(Slot *d, const Slot *s, int64_t n) {
    if (d < s) {
        for (int64_t i = 0; i < n; i++) {
            __atomic_store_n(&d[i].u, __atomic_load_n(&s[i].u, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
        }
    } else {
        for (int64_t i = n - 1; i >= 0; i--) {
            __atomic_store_n(&d[i].u, __atomic_load_n(&s[i].u, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
        }
    }
}

/* String conversions (STRCONV). */
static void strconv_op(Slot *dst, const Slot *src, int kind) {
    switch (kind) {
    case 0: { /* []byte -> string */
        GoSlice s = {src[0].p, src[1].i, src[2].i};
        char *p = NEW_ATOMIC((size_t)s.len + 1);
        for (int64_t i = 0; i < s.len; i++) {
            p[i] = (char)s.ptr[i].u;
        }
        dst[0].p = p;
        dst[1].i = s.len;
        return;
    }
    case 1: { /* string -> []byte */
        GoString s = {src[0].p, src[1].i};
        GoSlice r = rt_make_slice(s.len, s.len, 1, true);
        for (int64_t i = 0; i < s.len; i++) {
            r.ptr[i].u = (uint8_t)s.ptr[i];
        }
        dst[0].p = r.ptr;
        dst[1].i = r.len;
        dst[2].i = r.cap;
        return;
    }
    case 2: { /* []rune -> string */
        GoSlice s = {src[0].p, src[1].i, src[2].i};
        StrBuf b = {0};
        for (int64_t i = 0; i < s.len; i++) {
            char buf[4];
            int n = utf8_encode((int32_t)s.ptr[i].i, buf);
            sb_put(&b, buf, (size_t)n);
        }
        dst[0].p = b.len ? b.data : (void *)"";
        dst[1].i = (int64_t)b.len;
        return;
    }
    case 3: { /* string -> []rune */
        GoString s = {src[0].p, src[1].i};
        int64_t n = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            decode_rune((const uint8_t *)s.ptr + i, s.len - i, &w);
            i += w;
            n++;
        }
        GoSlice r = rt_make_slice(n, n, 1, true);
        int64_t k = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            r.ptr[k++].i = decode_rune((const uint8_t *)s.ptr + i, s.len - i, &w);
            i += w;
        }
        dst[0].p = r.ptr;
        dst[1].i = r.len;
        dst[2].i = r.cap;
        return;
    }
    default: { /* rune (any integer) -> string */
        int64_t v = src[0].i;
        int32_t r = (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) ? 0xFFFD : (int32_t)v;
        char *p = NEW_ATOMIC(5);
        int n = utf8_encode(r, p);
        dst[0].p = p;
        dst[1].i = n;
        return;
    }
    }
}

/* Interface equality (IEQ); sets *bad to the uncomparable type, if any. */
static bool iface_eq(const Slot *a, const Slot *b, const Type **bad) {
    const Type *ta = a[0].p, *tb = b[0].p;
    if (ta != tb) {
        return false;
    }
    if (!ta) {
        return true;
    }
    if (!(ta->flags & TYPE_COMPARABLE)) {
        *bad = ta;
        return false;
    }
    const Slot *va = iface_value_ptr(ta, &a[1]), *vb = iface_value_ptr(tb, &b[1]);
    return type_equal(ta, va, vb, bad);
}

#if defined(__GNUC__)
#define COMPUTED_GOTO 1
#endif

#define BUDGET 20000 /* back edges between preemption points */

int64_t vm_slice_limit;

/* A time slice is used up: ends the process when vm_slice_limit says so. Out of line, and
 * reached once per BUDGET back edges: no cost on the loop's path. */
static void __attribute__((noinline)) slice_used(void) {
    if (vm_slice_limit > 0 && __atomic_sub_fetch(&vm_slice_limit, 1, __ATOMIC_RELAXED) == 0) {
        fputs("gosub: the fuzz run's time slices are used up\n", stderr);
        _exit(0);
    }
}

RunResult vm_execute(VmG *g) {
    Frame *f;
    Func *fn;
    const Instr *pc;
    Slot *R;
    Slot *K;
    int budget = BUDGET;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        f = &g->frames[g->nframes - 1];                                                            \
        fn = f->fn;                                                                                \
        pc = f->pc;                                                                                \
        R = g->stack + f->base;                                                                    \
        K = fn->consts;                                                                            \
    } while (0)
#define SAVE_PC() (f->pc = pc)
#define BACK_EDGE()                                                                                \
    do {                                                                                           \
        if (--budget <= 0) {                                                                       \
            budget = BUDGET;                                                                       \
            if (__atomic_load_n(&vm_slice_limit, __ATOMIC_RELAXED)) {                              \
                slice_used();                                                                      \
            }                                                                                      \
            if (g->g.nested == 0) {                                                                \
                SAVE_PC();                                                                         \
                return RUN_YIELD;                                                                  \
            }                                                                                      \
        }                                                                                          \
    } while (0)
#define PANIC_NOW() goto do_panic
/* After vm_call: into the callee, on after a native, or stop. */
#define GO_ON_AFTER_CALL(outcome)                                                                  \
    switch (outcome) {                                                                             \
    case CALL_ENTERED: LOAD_FRAME(); NEXT();                                                       \
    case CALL_RETURNED: R = g->stack + f->base; NEXT();                                            \
    case CALL_STOPPED: goto stopped;                                                               \
    default: goto stack_overflow;                                                                  \
    }
#define RT_ERROR(...)                                                                              \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        rt_panic_runtime(&g->g, __VA_ARGS__);                                                      \
        goto do_panic;                                                                             \
    } while (0)
#define INDEX_ERROR(i, n)                                                                          \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        index_error(g, i, n);                                                                      \
        goto do_panic;                                                                             \
    } while (0)
#define NIL_PANIC()                                                                                \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        vm_nil_deref(g);                                                                           \
        goto do_panic;                                                                             \
    } while (0)

    LOAD_FRAME();
    if (g->unwinding) {
        g->unwinding = false;
        goto continue_panic;
    }
    if (chan_parked(&g->g) && !chan_resume(&g->g)) {
        goto do_panic; /* back from a channel operation that parked: it panics */
    }

#ifdef COMPUTED_GOTO
    static const void *const labels[] = {
#define OP_LABEL(name, shape, doc) &&L_##name,
        OPCODES(OP_LABEL)
#undef OP_LABEL
    };
#define CASE(name) L_##name:
#define NEXT()                                                                                     \
    do {                                                                                           \
        in = *pc++;                                                                                \
        goto *labels[in.op];                                                                       \
    } while (0)
    Instr in;
    NEXT();
#else
#define CASE(name) case OP_##name:
#define NEXT() continue
    Instr in;
    for (;;) {
        in = *pc++;
        switch (in.op) {
#endif

    CASE(NOP) {
        NEXT();
    }
    CASE(MOVE) {
        R[in.a] = R[in.b];
        NEXT();
    }
    CASE(MOVE2) {
        Slot x = R[in.b], y = R[in.b + 1];
        R[in.a] = x;
        R[in.a + 1] = y;
        NEXT();
    }
    CASE(MOVE3) {
        Slot x = R[in.b], y = R[in.b + 1], z = R[in.b + 2];
        R[in.a] = x;
        R[in.a + 1] = y;
        R[in.a + 2] = z;
        NEXT();
    }
    CASE(MOVEN) {
        memmove(&R[in.a], &R[in.b], sizeof(Slot) * in.c);
        NEXT();
    }
    CASE(LOADK) {
        R[in.a] = K[in.bx];
        NEXT();
    }
    CASE(LOADK2) {
        R[in.a] = K[in.bx];
        R[in.a + 1] = K[in.bx + 1];
        NEXT();
    }
    CASE(LOADI) {
        R[in.a].i = in.sbx;
        NEXT();
    }
    CASE(ZERO) {
        memset(&R[in.a], 0, sizeof(Slot) * in.b);
        NEXT();
    }
    CASE(GGET) {
        R[in.a] = *(Slot *)K[in.bx].p;
        NEXT();
    }
    CASE(GSET) {
        *(Slot *)K[in.bx].p = R[in.a];
        NEXT();
    }
    CASE(ADD) {
        R[in.a].u = R[in.b].u + R[in.c].u;
        NEXT();
    }
    CASE(SUB) {
        R[in.a].u = R[in.b].u - R[in.c].u;
        NEXT();
    }
    CASE(MUL) {
        R[in.a].u = R[in.b].u * R[in.c].u;
        NEXT();
    }
    CASE(DIV) {
        int64_t y = R[in.c].i;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        int64_t x = R[in.b].i;
        R[in.a].i = (y == -1) ? (int64_t)(0 - (uint64_t)x) : x / y;
        NEXT();
    }
    CASE(DIVU) {
        uint64_t y = R[in.c].u;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        R[in.a].u = R[in.b].u / y;
        NEXT();
    }
    CASE(REM) {
        int64_t y = R[in.c].i;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        R[in.a].i = (y == -1) ? 0 : R[in.b].i % y;
        NEXT();
    }
    CASE(REMU) {
        uint64_t y = R[in.c].u;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        R[in.a].u = R[in.b].u % y;
        NEXT();
    }
    CASE(AND) {
        R[in.a].u = R[in.b].u & R[in.c].u;
        NEXT();
    }
    CASE(OR) {
        R[in.a].u = R[in.b].u | R[in.c].u;
        NEXT();
    }
    CASE(XOR) {
        R[in.a].u = R[in.b].u ^ R[in.c].u;
        NEXT();
    }
    CASE(ANDNOT) {
        R[in.a].u = R[in.b].u & ~R[in.c].u;
        NEXT();
    }
    CASE(SHL) {
        uint64_t n = R[in.c].u;
        R[in.a].u = n >= 64 ? 0 : R[in.b].u << n;
        NEXT();
    }
    CASE(SHLS) {
        int64_t n = R[in.c].i;
        if (n < 0) {
            RT_ERROR("negative shift amount");
        }
        R[in.a].u = n >= 64 ? 0 : R[in.b].u << n;
        NEXT();
    }
    CASE(SHR) {
        uint64_t n = R[in.c].u;
        R[in.a].i = R[in.b].i >> (n >= 64 ? 63 : n);
        NEXT();
    }
    CASE(SHRS) {
        int64_t n = R[in.c].i;
        if (n < 0) {
            RT_ERROR("negative shift amount");
        }
        R[in.a].i = R[in.b].i >> (n >= 64 ? 63 : n);
        NEXT();
    }
    CASE(SHRU) {
        uint64_t n = R[in.c].u;
        R[in.a].u = n >= 64 ? 0 : R[in.b].u >> n;
        NEXT();
    }
    CASE(SHRUS) {
        int64_t n = R[in.c].i;
        if (n < 0) {
            RT_ERROR("negative shift amount");
        }
        R[in.a].u = n >= 64 ? 0 : R[in.b].u >> n;
        NEXT();
    }
    CASE(NEG) {
        R[in.a].u = 0 - R[in.b].u;
        NEXT();
    }
    CASE(NOT) {
        R[in.a].u = ~R[in.b].u;
        NEXT();
    }
    CASE(LNOT) {
        R[in.a].i = !R[in.b].i;
        NEXT();
    }
    CASE(ADDI) {
        R[in.a].u = R[in.b].u + (uint64_t)(int64_t)(int16_t)in.c;
        NEXT();
    }
    CASE(MULI) {
        R[in.a].u = R[in.b].u * (uint64_t)(int64_t)(int16_t)in.c;
        NEXT();
    }
    CASE(SEXT8) {
        R[in.a].i = (int8_t)R[in.b].i;
        NEXT();
    }
    CASE(SEXT16) {
        R[in.a].i = (int16_t)R[in.b].i;
        NEXT();
    }
    CASE(SEXT32) {
        R[in.a].i = (int32_t)R[in.b].i;
        NEXT();
    }
    CASE(ZEXT8) {
        R[in.a].u = (uint8_t)R[in.b].u;
        NEXT();
    }
    CASE(ZEXT16) {
        R[in.a].u = (uint16_t)R[in.b].u;
        NEXT();
    }
    CASE(ZEXT32) {
        R[in.a].u = (uint32_t)R[in.b].u;
        NEXT();
    }
    CASE(EQ) {
        R[in.a].i = R[in.b].u == R[in.c].u;
        NEXT();
    }
    CASE(NE) {
        R[in.a].i = R[in.b].u != R[in.c].u;
        NEXT();
    }
    CASE(LT) {
        R[in.a].i = R[in.b].i < R[in.c].i;
        NEXT();
    }
    CASE(LE) {
        R[in.a].i = R[in.b].i <= R[in.c].i;
        NEXT();
    }
    CASE(LTU) {
        R[in.a].i = R[in.b].u < R[in.c].u;
        NEXT();
    }
    CASE(LEU) {
        R[in.a].i = R[in.b].u <= R[in.c].u;
        NEXT();
    }
    CASE(FADD) {
        R[in.a].f = R[in.b].f + R[in.c].f;
        NEXT();
    }
    CASE(FSUB) {
        R[in.a].f = R[in.b].f - R[in.c].f;
        NEXT();
    }
    CASE(FMUL) {
        R[in.a].f = R[in.b].f * R[in.c].f;
        NEXT();
    }
    CASE(FDIV) {
        R[in.a].f = R[in.b].f / R[in.c].f;
        NEXT();
    }
    CASE(FNEG) {
        R[in.a].f = -R[in.b].f;
        NEXT();
    }
    CASE(FEQ) {
        R[in.a].i = R[in.b].f == R[in.c].f;
        NEXT();
    }
    CASE(FNE) {
        R[in.a].i = R[in.b].f != R[in.c].f;
        NEXT();
    }
    CASE(FLT) {
        R[in.a].i = R[in.b].f < R[in.c].f;
        NEXT();
    }
    CASE(FLE) {
        R[in.a].i = R[in.b].f <= R[in.c].f;
        NEXT();
    }
    CASE(F32) {
        R[in.a].f = (double)(float)R[in.b].f;
        NEXT();
    }
    CASE(I2F) {
        R[in.a].f = (double)R[in.b].i;
        NEXT();
    }
    CASE(U2F) {
        R[in.a].f = (double)R[in.b].u;
        NEXT();
    }
    CASE(F2I) {
        R[in.a].i = f2i(R[in.b].f);
        NEXT();
    }
    CASE(F2I32) {
        R[in.a].i = f2i32(R[in.b].f);
        NEXT();
    }
    CASE(F2U) {
        R[in.a].u = f2u(R[in.b].f);
        NEXT();
    }
    CASE(CADD) {
        double re = R[in.b].f + R[in.c].f, im = R[in.b + 1].f + R[in.c + 1].f;
        R[in.a].f = re;
        R[in.a + 1].f = im;
        NEXT();
    }
    CASE(CSUB) {
        double re = R[in.b].f - R[in.c].f, im = R[in.b + 1].f - R[in.c + 1].f;
        R[in.a].f = re;
        R[in.a + 1].f = im;
        NEXT();
    }
    CASE(CMUL) {
        double a = R[in.b].f, b = R[in.b + 1].f, c = R[in.c].f, d = R[in.c + 1].f;
        R[in.a].f = a * c - b * d;
        R[in.a + 1].f = a * d + b * c;
        NEXT();
    }
    CASE(CDIV) {
        double _Complex x = R[in.b].f + R[in.b + 1].f * 1.0i;
        double _Complex y = R[in.c].f + R[in.c + 1].f * 1.0i;
        double _Complex z = x / y;
        R[in.a].f = __real__ z;
        R[in.a + 1].f = __imag__ z;
        NEXT();
    }
    CASE(CEQ) {
        R[in.a].i = R[in.b].f == R[in.c].f && R[in.b + 1].f == R[in.c + 1].f;
        NEXT();
    }
    CASE(JMP) {
        pc += in.sbx;
        NEXT();
    }
    CASE(JT) {
        if (R[in.a].i) {
            pc += in.sbx;
            if (in.sbx < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JF) {
        if (!R[in.a].i) {
            pc += in.sbx;
        }
        NEXT();
    }
    CASE(JLT) {
        if (R[in.a].i < R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JLE) {
        if (R[in.a].i <= R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JGE) {
        if (R[in.a].i >= R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JGT) {
        if (R[in.a].i > R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JEQ) {
        if (R[in.a].u == R[in.b].u) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JNE) {
        if (R[in.a].u != R[in.b].u) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(LOOP) {
        pc += in.sbx;
        BACK_EDGE();
        NEXT();
    }
    CASE(CONCAT) {
        int64_t la = R[in.b + 1].i, lb = R[in.c + 1].i;
        if (la == 0) {
            Slot p = R[in.c], l = R[in.c + 1];
            R[in.a] = p;
            R[in.a + 1] = l;
            NEXT();
        }
        if (lb == 0) {
            Slot p = R[in.b], l = R[in.b + 1];
            R[in.a] = p;
            R[in.a + 1] = l;
            NEXT();
        }
        char *s = NEW_ATOMIC((size_t)(la + lb) + 1);
        memcpy(s, R[in.b].p, (size_t)la);
        memcpy(s + la, R[in.c].p, (size_t)lb);
        R[in.a].p = s;
        R[in.a + 1].i = la + lb;
        NEXT();
    }
    CASE(SEQ) {
        R[in.a].i = str_eq(&R[in.b], &R[in.c]);
        NEXT();
    }
    CASE(SNE) {
        R[in.a].i = !str_eq(&R[in.b], &R[in.c]);
        NEXT();
    }
    CASE(SLT) {
        R[in.a].i = cmp_strings(&R[in.b], &R[in.c]) < 0;
        NEXT();
    }
    CASE(SLE) {
        R[in.a].i = cmp_strings(&R[in.b], &R[in.c]) <= 0;
        NEXT();
    }
    CASE(SINDEX) {
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        R[in.a].u = ((const uint8_t *)R[in.b].p)[i];
        NEXT();
    }
    CASE(SSLICE) {
        int64_t lo = R[in.c].i, hi = R[in.c + 1].i, n = R[in.b + 1].i;
        if (!slice_bounds_ok(g, lo, hi, n, n, true, 0)) {
            SAVE_PC();
            PANIC_NOW();
        }
        R[in.a].p = (char *)((uintptr_t)R[in.b].p + (uintptr_t)lo); /* ""[0:0]: NULL + 0 */
        R[in.a + 1].i = hi - lo;
        NEXT();
    }
    CASE(STRCONV) {
        Slot tmp[3] = {{0}, {0}, {0}};
        strconv_op(tmp, &R[in.b], in.c);
        R[in.a] = tmp[0];
        R[in.a + 1] = tmp[1];
        if (in.c == 1 || in.c == 3) {
            R[in.a + 2] = tmp[2];
        }
        NEXT();
    }
    CASE(RUNEAT) {
        int64_t i = R[in.c].i;
        int w;
        int32_t r = decode_rune((const uint8_t *)R[in.b].p + i, R[in.b + 1].i - i, &w);
        R[in.a].i = r;
        R[in.a + 1].i = i + w;
        NEXT();
    }
    CASE(NEW) {
        const Type *t = K[in.bx].p;
        if (t->slots == TYPE_SLOTS_MAX) {
            GC_get_oom_fn()((size_t)go_size(t)); /* too large for slots: cannot be had */
        }
        size_t n = (size_t)(t->slots > 0 ? t->slots : 1);
        void *p;
        if (type_pointer_free_rt(t)) {
            p = GC_MALLOC_ATOMIC(n * sizeof(Slot));
            memset(p, 0, n * sizeof(Slot));
        } else {
            p = GC_MALLOC(n * sizeof(Slot));
        }
        R[in.a].p = p;
        NEXT();
    }
    CASE(NEWCELL) {
        size_t n = in.b ? in.b : 1;
        void *p;
        if (in.c) {
            p = GC_MALLOC_ATOMIC(n * sizeof(Slot));
            memset(p, 0, n * sizeof(Slot));
        } else {
            p = GC_MALLOC(n * sizeof(Slot));
        }
        R[in.a].p = p;
        NEXT();
    }
    CASE(LOAD) {
        Slot *p = R[in.b].p;
        if (!p) {
            NIL_PANIC();
        }
        R[in.a] = p[in.c];
        NEXT();
    }
    CASE(LOADN) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        if (!p) {
            NIL_PANIC();
        }
        memmove(&R[in.a], p + in.c, sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(STORE) {
        Slot *p = R[in.a].p;
        if (!p) {
            NIL_PANIC();
        }
        p[in.b] = R[in.c];
        NEXT();
    }
    CASE(STOREN) {
        Instr x = *pc++;
        Slot *p = R[in.a].p;
        if (!p) {
            NIL_PANIC();
        }
        memmove(p + in.b, &R[in.c], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(ADDR) {
        Slot *p = R[in.b].p;
        if (!p) {
            NIL_PANIC();
        }
        R[in.a].p = p + in.c;
        NEXT();
    }
    CASE(MEMCOPY) {
        Instr x = *pc++;
        Slot *d = R[in.a].p, *s = R[in.b].p;
        if (!d || !s) {
            NIL_PANIC();
        }
        if (in.c) {
            memset(d, 0, sizeof(Slot) * x.bx);
        } else {
            copy_words(d, s, x.bx);
        }
        NEXT();
    }
    CASE(NILCHK) {
        if (!R[in.a].p) {
            NIL_PANIC();
        }
        NEXT();
    }
    CASE(AGET) {
        Instr x = *pc++;
        int64_t i = R[in.c].i;
        if ((uint64_t)i >= (uint64_t)x.bx) {
            INDEX_ERROR(i, (int64_t)x.bx);
        }
        memmove(&R[in.a], &R[in.b + i * x.a], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(RIDX) {
        Instr x = *pc++;
        int64_t i = R[in.c].i;
        if ((uint64_t)i >= (uint64_t)x.b) {
            INDEX_ERROR(i, (int64_t)x.b);
        }
        R[in.a].i = R[in.b].i + x.c + i * x.a;
        NEXT();
    }
    CASE(RLOAD) {
        Instr x = *pc++;
        memmove(&R[in.a], &R[R[in.b].i + in.c], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(RSTORE) {
        Instr x = *pc++;
        memmove(&R[R[in.a].i + in.b], &R[in.c], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(SGET) {
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        R[in.a] = ((Slot *)R[in.b].p)[i];
        NEXT();
    }
    CASE(SGETN) {
        Instr x = *pc++;
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        memmove(&R[in.a], (Slot *)R[in.b].p + i * x.b, sizeof(Slot) * x.b);
        NEXT();
    }
    CASE(SSET) {
        int64_t i = R[in.b].i, n = R[in.a + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        ((Slot *)R[in.a].p)[i] = R[in.c];
        NEXT();
    }
    CASE(SSETN) {
        Instr x = *pc++;
        int64_t i = R[in.b].i, n = R[in.a + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        memmove((Slot *)R[in.a].p + i * x.b, &R[in.c], sizeof(Slot) * x.b);
        NEXT();
    }
    CASE(SADDR) {
        Instr x = *pc++;
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        R[in.a].p = (Slot *)R[in.b].p + i * (int64_t)x.bx;
        NEXT();
    }
    CASE(PGETN) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        int64_t i = R[in.c].i;
        if ((uint64_t)i >= (uint64_t)x.bx) {
            SAVE_PC();
            if (!p) {
                vm_nil_deref(g);
            } else {
                index_error(g, i, (int64_t)x.bx);
            }
            PANIC_NOW();
        }
        if (!p) {
            NIL_PANIC();
        }
        memmove(&R[in.a], p + i * x.a, sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(PADDR) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        int64_t i = R[in.c].i;
        if (!p) {
            NIL_PANIC();
        }
        if ((uint64_t)i >= (uint64_t)x.bx) {
            INDEX_ERROR(i, (int64_t)x.bx);
        }
        R[in.a].p = p + i * x.a;
        NEXT();
    }
    CASE(SLICE) {
        Instr x = *pc++;
        int64_t lo = R[in.c].i, hi = R[in.c + 1].i, max = R[in.c + 2].i;
        if (!slice_bounds_ok(g, lo, hi, max, R[in.b + 2].i, false, x.a)) {
            SAVE_PC();
            PANIC_NOW();
        }
        /* in integers: a nil slice's nil pointer plus 0 is nil, not undefined behaviour */
        R[in.a].p = (Slot *)((uintptr_t)R[in.b].p + (uintptr_t)(lo * (int64_t)x.bx) * sizeof(Slot));
        R[in.a + 1].i = hi - lo;
        R[in.a + 2].i = max - lo;
        NEXT();
    }
    CASE(SLICEP) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        int64_t lo = R[in.c].i, hi = R[in.c + 1].i, max = R[in.c + 2].i;
        if (!p) {
            NIL_PANIC();
        }
        if (!slice_bounds_ok(g, lo, hi, max, (int64_t)x.bx, true, (x.a & 0x8000) != 0)) {
            SAVE_PC();
            PANIC_NOW();
        }
        R[in.a].p = p + lo * (x.a & 0x7fff);
        R[in.a + 1].i = hi - lo;
        R[in.a + 2].i = max - lo;
        NEXT();
    }
    CASE(SLICEPTR) {
        Instr x = *pc++;
        int64_t len = R[in.b + 1].i;
        if (len < (int64_t)x.bx) {
            RT_ERROR(in.c ? "cannot convert slice with length %lld to array or pointer to array "
                            "with length %lld"
                          : "cannot convert slice with length %lld to pointer to array with "
                            "length %lld",
                     (long long)len, (long long)x.bx);
        }
        R[in.a] = R[in.b];
        NEXT();
    }
    CASE(MAKESLICE) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        int64_t len = R[in.b].i, cap = R[in.c].i;
        const char *err = makeslice_error(len, cap, et);
        if (err) {
            RT_ERROR("%s", err);
        }
        GoSlice s = rt_make_slice(len, cap, et->slots, type_pointer_free_rt(et));
        R[in.a].p = s.ptr;
        R[in.a + 1].i = s.len;
        R[in.a + 2].i = s.cap;
        NEXT();
    }
    CASE(NEWSLICE) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        int64_t n = in.c;
        GoSlice s = rt_make_slice(n, n, et->slots, type_pointer_free_rt(et));
        if (n > 0 && et->slots > 0) {
            memcpy(s.ptr, &R[in.b], sizeof(Slot) * (size_t)(n * et->slots));
        }
        R[in.a].p = s.ptr;
        R[in.a + 1].i = n;
        R[in.a + 2].i = n;
        NEXT();
    }
    CASE(APPEND) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        SAVE_PC();
        if (!append_elems(g, &R[in.a], &R[in.b], in.c, et)) {
            PANIC_NOW();
        }
        NEXT();
    }
    CASE(APPENDS) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        if (in.c) {
            /* append([]byte, string...) */
            int64_t n = R[in.b + 1].i;
            const uint8_t *s = R[in.b].p;
            Slot *tmp = GC_MALLOC_ATOMIC(sizeof(Slot) * (size_t)(n ? n : 1));
            for (int64_t i = 0; i < n; i++) {
                tmp[i].u = s[i];
            }
            if (!append_elems(g, &R[in.a], tmp, n, et)) {
                SAVE_PC();
                PANIC_NOW();
            }
        } else {
            Slot src[3] = {R[in.b], R[in.b + 1], R[in.b + 2]};
            if (!append_elems(g, &R[in.a], src[0].p, src[1].i, et)) {
                SAVE_PC();
                PANIC_NOW();
            }
        }
        NEXT();
    }
    CASE(COPY) {
        Instr x = *pc++;
        Slot *d = &R[in.b];
        int64_t n = d[1].i;
        if (in.c & 1) {
            GoString s = {R[x.a].p, R[x.a + 1].i};
            if (s.len < n) {
                n = s.len;
            }
            for (int64_t i = 0; i < n; i++) {
                ((Slot *)d[0].p)[i].u = (uint8_t)s.ptr[i];
            }
        } else {
            Slot *s = &R[x.a];
            if (s[1].i < n) {
                n = s[1].i;
            }
            if (n > 0 && (in.c & 2)) {
                copy_words(d[0].p, s[0].p, n * (int64_t)x.bx);
            } else if (n > 0) {
                memmove(d[0].p, s[0].p, sizeof(Slot) * (size_t)(n * (int64_t)x.bx));
            }
        }
        R[in.a].i = n;
        NEXT();
    }
    CASE(CLEAR) {
        Instr x = *pc++;
        if (in.c) {
            map_clear(R[in.a].p);
        } else if (R[in.a + 1].i > 0) {
            memset(R[in.a].p, 0, sizeof(Slot) * (size_t)(R[in.a + 1].i * (int64_t)x.bx));
        }
        NEXT();
    }
    CASE(MAKEMAP) {
        Instr x = *pc++;
        const Type *mt = K[x.bx].p;
        int64_t hint = R[in.b].i;
        R[in.a].p = map_new(mt, hint < 0 ? 0 : hint); /* Go ignores a negative hint */
        NEXT();
    }
    CASE(MAPGET) {
        Instr x = *pc++;
        const Type *mt = K[x.bx].p;
        const Type *bad = NULL;
        Slot *v = map_find(R[in.b].p, &R[in.c], &bad);
        if (bad) {
            RT_ERROR("hash of unhashable type %s", type_string((Type *)bad));
        }
        int vs = mt->elem->slots;
        if (v) {
            memmove(&R[in.a], v, sizeof(Slot) * (size_t)vs);
        } else {
            memset(&R[in.a], 0, sizeof(Slot) * (size_t)vs);
        }
        if (x.a) {
            R[in.a + vs].i = v != NULL;
        }
        NEXT();
    }
    CASE(MAPSET) {
        Instr x = *pc++;
        const Type *mt = K[x.bx].p;
        Map *m = R[in.a].p;
        if (!m) {
            SAVE_PC();
            rt_panic_plain(&g->g, "assignment to entry in nil map");
            PANIC_NOW();
        }
        const Type *bad = NULL;
        Slot *v = map_insert(m, &R[in.b], &bad);
        if (bad) {
            RT_ERROR("hash of unhashable type %s", type_string((Type *)bad));
        }
        memmove(v, &R[in.c], sizeof(Slot) * (size_t)mt->elem->slots);
        NEXT();
    }
    CASE(MAPDEL) {
        pc++;
        const Type *bad = NULL;
        map_delete(R[in.a].p, &R[in.b], &bad);
        if (bad) {
            RT_ERROR("hash of unhashable type %s", type_string((Type *)bad));
        }
        NEXT();
    }
    CASE(MAPLEN) {
        R[in.a].i = map_len(R[in.b].p);
        NEXT();
    }
    CASE(MAPITER) {
        MapIter *it = GC_MALLOC(sizeof(MapIter));
        *it = map_iter(R[in.b].p);
        R[in.a].p = it;
        NEXT();
    }
    CASE(MAPNEXT) {
        Instr x = *pc++;
        MapIter *it = R[in.a].p;
        Slot *k, *v;
        if (!map_iter_next(it, &k, &v)) {
            pc += x.sbx;
            NEXT();
        }
        const Type *mt = map_type(it->m);
        if (x.a & 1) {
            memmove(&R[in.b], k, sizeof(Slot) * (size_t)mt->key->slots);
        }
        if (x.a & 2) {
            memmove(&R[in.c], v, sizeof(Slot) * (size_t)mt->elem->slots);
        }
        NEXT();
    }
    CASE(MKIFACE) {
        Instr x = *pc++;
        const Type *t = K[in.bx].p;
        Slot d = iface_box(t, &R[x.a]);
        R[in.a].p = (void *)t;
        R[in.a + 1] = d;
        NEXT();
    }
    CASE(ASSERT) {
        Instr x = *pc++;
        const Type *want = K[x.bx].p;
        const Type *have = R[in.b].p;
        int n = want->slots;
        if (have == want) {
            Slot d = R[in.b + 1];
            if (in.c & 2) {
                R[in.a] = d; /* the value's box itself (a huge value) */
                NEXT();
            }
            iface_unbox(want, d, &R[in.a]);
            if (in.c) {
                R[in.a + n].i = 1;
            }
            NEXT();
        }
        if (in.c & 1) {
            memset(&R[in.a], 0, sizeof(Slot) * (size_t)(n + 1));
            NEXT();
        }
        SAVE_PC();
        assert_failed(g, x.a ? K[x.a - 1].p : NULL, have, want);
        PANIC_NOW();
    }
    CASE(ASSERTI) {
        Instr x = *pc++;
        const Type *want = K[x.bx].p;
        const Type *have = R[in.b].p;
        const char *missing = NULL;
        if (have && type_implements(have, want, &missing)) {
            Slot t0 = R[in.b], t1 = R[in.b + 1];
            R[in.a] = t0;
            R[in.a + 1] = t1;
            if (in.c) {
                R[in.a + 2].i = 1;
            }
            NEXT();
        }
        if (in.c) {
            memset(&R[in.a], 0, sizeof(Slot) * 3);
            NEXT();
        }
        SAVE_PC();
        if (!have) {
            vm_assert_panic(g, str_printf("interface conversion: interface is nil, not %s",
                                          type_string((Type *)want)));
        } else {
            vm_assert_panic(g, str_printf("interface conversion: %s is not %s: missing method %s",
                                          type_string((Type *)have), type_string((Type *)want),
                                          missing ? missing : "?"));
        }
        PANIC_NOW();
    }
    CASE(TYPEIS) {
        Instr x = *pc++;
        R[in.a].i = in.c ? R[in.b].p == NULL : R[in.b].p == K[x.bx].p;
        NEXT();
    }
    CASE(IMPLS) {
        Instr x = *pc++;
        const Type *have = R[in.b].p;
        const char *missing;
        R[in.a].i = have && type_implements(have, K[x.bx].p, &missing);
        NEXT();
    }
    CASE(IEQ) {
        const Type *bad = NULL;
        bool eq = iface_eq(&R[in.b], &R[in.c], &bad);
        if (bad) {
            RT_ERROR("comparing uncomparable type %s", type_string((Type *)bad));
        }
        R[in.a].i = eq;
        NEXT();
    }
    CASE(VEQ) {
        Instr x = *pc++;
        const Type *t = K[x.bx].p;
        const Type *bad = NULL;
        bool eq = type_equal(t, &R[in.b], &R[in.c], &bad);
        if (bad) {
            RT_ERROR("comparing uncomparable type %s", type_string((Type *)bad));
        }
        R[in.a].i = eq;
        NEXT();
    }
    CASE(CALL) {
        SAVE_PC();
        GO_ON_AFTER_CALL(vm_call(g, K[in.bx].p, NULL, f->base + in.a, 0, pc - 1));
    }
    CASE(CALLC) {
        Closure *cl = R[in.b].p;
        if (!cl) {
            NIL_PANIC();
        }
        SAVE_PC();
        GO_ON_AFTER_CALL(vm_call(g, cl->fn, cl, f->base + in.a, 0, pc - 1));
    }
    CASE(CALLI) {
        CallCache *cache = (CallCache *)pc++;
        SAVE_PC();
        const Method *m = method_of(g, R[in.b].p, K[in.c].p, cache);
        if (!m || !vm_place_receiver(g, m, R[in.b + 1], &R[in.a])) {
            PANIC_NOW();
        }
        GO_ON_AFTER_CALL(vm_call(g, m->fn, NULL, f->base + in.a, 0, pc - 2));
    }
    CASE(RET) {
        int n = in.b;
        if (n && in.a) {
            memmove(R, &R[in.a], sizeof(Slot) * (size_t)n);
        }
        uint32_t flags = f->flags;
        Panic *dp = f->panic;
        g->nframes--;
        if (flags & FRAME_RETURN_TO_C) {
            return RUN_DONE;
        }
        if (g->nframes == 0) {
            return RUN_DONE;
        }
        if ((flags & FRAME_DEFERRED) && dp) {
            /* a deferred call run by a panic returned: the panic goes on (or is over) */
            if (g->panic == dp || (g->panic && dp->recovered)) {
                goto continue_panic;
            }
        }
        LOAD_FRAME();
        NEXT();
    }
    CASE(CLOSURE) {
        Func *cf = K[in.bx].p;
        int n = cf->nup;
        Closure *cl = GC_MALLOC(sizeof(Closure) + sizeof(Slot) * (size_t)n);
        cl->fn = cf;
        cl->nup = n;
        for (int i = 0; i < n; i++) {
            Instr x = *pc++;
            cl->up[i] = R[x.a];
        }
        R[in.a].p = cl;
        NEXT();
    }
    CASE(GETUP) {
        R[in.a] = f->cl->up[in.b];
        NEXT();
    }
    CASE(DEFER) {
        Closure *cl = R[in.a].p;
        if (g->ndefer == g->defers_cap) {
            int32_t ncap = g->defers_cap ? g->defers_cap * 2 : 8;
            Defer *nd = GC_MALLOC(sizeof(Defer) * (size_t)ncap);
            if (g->ndefer) {
                memcpy(nd, g->defers, sizeof(Defer) * (size_t)g->ndefer);
            }
            g->defers = nd;
            g->defers_cap = ncap;
        }
        Defer *d = &g->defers[g->ndefer++];
        d->fn.p = cl;
        d->nargs = in.c;
        d->args = NULL;
        if (in.c) {
            d->args = GC_MALLOC(sizeof(Slot) * in.c);
            memcpy(d->args, &R[in.b], sizeof(Slot) * in.c);
        }
        d->frame = g->nframes - 1;
        NEXT();
    }
    CASE(RUNDEFERS) {
        if (g->ndefer > f->defers) {
            pc--; /* come back here for the next one */
            SAVE_PC();
            Defer d = g->defers[--g->ndefer];
            if (!d.fn.p) {
                vm_nil_deref(g);
                PANIC_NOW();
            }
            CallOutcome r = vm_call_deferred(g, &d, NULL, pc);
            if (r == CALL_STOPPED && g->g.retry) {
                g->defers[g->ndefer++] = d; /* a native to run again: still deferred */
            }
            GO_ON_AFTER_CALL(r);
        }
        NEXT();
    }
    CASE(RECOVER) {
        vm_recover(g, in.b, &R[in.a]);
        NEXT();
    }
    CASE(PANIC) {
        SAVE_PC();
        const Type *t = R[in.a].p;
        Slot d = R[in.a + 1];
        if (!t) {
            /* panic(nil): Go 1.21+ panics with a *runtime.PanicNilError */
            vm_panic(g, vm_types.panic_nil, (Slot){.p = GC_MALLOC(sizeof(Slot))});
        } else {
            vm_panic(g, t, d);
        }
        PANIC_NOW();
    }
    CASE(PRINT) {
        Instr x = *pc++;
        print_op(K[x.bx].p, &R[in.a], in.b, in.c);
        NEXT();
    }
    CASE(GO) {
        SAVE_PC();
        if (!R[in.b].p) {
            vm_fatal_go_nil(g);
            return RUN_PANIC;
        }
        rt_go(&g->g, R[in.b], &R[in.a], in.c);
        NEXT();
    }
    CASE(MAKECHAN) {
        Instr x = *pc++;
        int64_t n = R[in.b].i;
        if (n < 0 || n > ((int64_t)1 << 40)) {
            SAVE_PC();
            rt_panic_plain(&g->g, "makechan: size out of range");
            PANIC_NOW();
        }
        Chan *c = chan_make(K[x.bx].p, n);
        if (in.c) {
            c->name = K[in.c - 1].p; /* the variable it is made into (trace and reports) */
        }
        R[in.a].p = c;
        NEXT();
    }
    CASE(SEND) {
        SAVE_PC();
        if (chan_send(&g->g, R[in.a].p, &R[in.b], true) != CHAN_DONE) {
            goto stopped;
        }
        NEXT();
    }
    CASE(RECV) {
        SAVE_PC();
        Chan *c = R[in.b].p;
        Slot *okp = in.c && c ? &R[in.a + c->buf.es] : NULL;
        if (chan_recv(&g->g, c, &R[in.a], okp, true) != CHAN_DONE) {
            goto stopped;
        }
        NEXT();
    }
    CASE(CLOSE) {
        SAVE_PC();
        chan_close(&g->g, R[in.a].p);
        if (g->panic_pending) {
            PANIC_NOW();
        }
        NEXT();
    }
    CASE(CHANLEN) {
        R[in.a].i = in.c ? chan_cap(R[in.b].p) : chan_len(R[in.b].p);
        NEXT();
    }
    CASE(SELECT) {
        SAVE_PC();
        if (chan_select(&g->g, K[in.bx].p, R, &R[in.a]) != CHAN_DONE) {
            goto stopped;
        }
        NEXT();
    }
    CASE(HOOK) {
        SAVE_PC();
        if (vm_hook(g, R, K, pc)) {
            return RUN_YIELD; /* resumes at the instruction after the hook */
        }
        NEXT();
    }

#ifndef COMPUTED_GOTO
default: abort();
}
}
#endif

/* a native or a channel operation stopped: exit, panic, park or yield */
stopped : if (g->g.exiting) {
    return RUN_EXIT;
}
if (g->panic_pending) {
    goto do_panic;
}
if (g->g.stop) {
    GStop stop = g->g.stop;
    g->g.stop = STOP_NONE;
    if (stop == STOP_YIELD) {
        return RUN_YIELD;
    }
    if (g->g.retry) {
        /* the native asked to run again once woken (a lock that must be retried) */
        g->g.retry = false;
        f->pc = g->native_call;
    }
    return RUN_PARK;
}
LOAD_FRAME();
NEXT();

do_panic : g->panic_pending = false;
continue_panic : {
    Unwind u = vm_unwind(g);
    if (g->fatal) {
        return RUN_PANIC;
    }
    switch (u) {
    case UNWIND_RESUME:
        if (g->panic_pending || g->g.exiting) {
            goto stopped;
        }
        LOAD_FRAME();
        NEXT();
    case UNWIND_TO_C: return RUN_PANIC;
    case UNWIND_STOPPED: {
        if (g->g.exiting) {
            return RUN_EXIT;
        }
        GStop stop = g->g.stop;
        g->g.stop = STOP_NONE;
        g->g.retry = false; /* vm_unwind kept the deferred call */
        g->unwinding = true;
        return stop == STOP_YIELD ? RUN_YIELD : RUN_PARK;
    }
    case UNWIND_FATAL:
        if (g->panic && g->panic->goexit) {
            /* runtime.Goexit: every deferred call ran; the goroutine ends */
            g->panic = NULL;
            g->nframes = 0;
            return RUN_GOEXIT;
        }
        return RUN_PANIC;
    }
    return RUN_PANIC;
}

stack_overflow : vm_fatal_stack_overflow(g);
return RUN_PANIC;
}

RunResult exec_run(G *g) {
    return vm_execute(vm_g(g));
}
