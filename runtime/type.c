/* type.c — operations on values through their type descriptors: Go's spelling of a type
 * (%T, and the checker's messages through a TypeStyle), method lookup, equality and hashing of
 * slot runs, interface satisfaction, and boxing into an interface's data word.
 *
 * Invariants relied on here (type.h):
 *   - types are canonical, so two identical types are one Type * (identity is ==);
 *   - a named type carries its underlying structure (kind, elem, fields...) itself;
 *   - t->methods and iface->imethods are sorted by name (strcmp order);
 *   - a value of type t occupies t->slots consecutive slots; narrow integers are
 *     sign/zero-extended, float32 values are doubles already rounded to float32.
 * type_string caches its result in t->str; two threads racing on the cache store the same
 * string, so no lock is needed (a pointer store is atomic on the targets we support).
 */
#include "type.h"

#include "../src/common.h"
#include "../src/text/quote.h"

#include <stdatomic.h>
#include <string.h>

/* ---- spelling types ------------------------------------------------------------------- */

/* The package *name* a type string shows: the last element of an import path. */
static const char *pkg_name(const char *pkg) {
    const char *slash = strrchr(pkg, '/');
    return slash ? slash + 1 : pkg;
}

const TypeStyle type_style_runtime = {.qualifier = pkg_name};

static const char *kind_name(Kind k) {
    static const char *const names[KIND_COUNT] = {
        [KIND_INVALID] = "invalid type",
        [KIND_BOOL] = "bool",
        [KIND_INT] = "int",
        [KIND_INT8] = "int8",
        [KIND_INT16] = "int16",
        [KIND_INT32] = "int32",
        [KIND_INT64] = "int64",
        [KIND_UINT] = "uint",
        [KIND_UINT8] = "uint8",
        [KIND_UINT16] = "uint16",
        [KIND_UINT32] = "uint32",
        [KIND_UINT64] = "uint64",
        [KIND_UINTPTR] = "uintptr",
        [KIND_FLOAT32] = "float32",
        [KIND_FLOAT64] = "float64",
        [KIND_COMPLEX64] = "complex64",
        [KIND_COMPLEX128] = "complex128",
        [KIND_STRING] = "string",
        [KIND_UNSAFE_POINTER] = "unsafe.Pointer",
        [KIND_UNTYPED_BOOL] = "untyped bool",
        [KIND_UNTYPED_INT] = "untyped int",
        [KIND_UNTYPED_RUNE] = "untyped rune",
        [KIND_UNTYPED_FLOAT] = "untyped float",
        [KIND_UNTYPED_COMPLEX] = "untyped complex",
        [KIND_UNTYPED_STRING] = "untyped string",
        [KIND_UNTYPED_NIL] = "untyped nil",
    };
    return (k >= 0 && k < KIND_COUNT && names[k]) ? names[k] : "?";
}

/* Go quotes struct tags with strconv.Quote. */
static void write_quoted_tag(StrBuf *b, const char *s) {
    quote_string(b, s, strlen(s), '"', QUOTE_PRINT);
}

/* "(a, b)" from a list of types. */
static void write_list(StrBuf *b, Type **ts, int n, const TypeStyle *s) {
    sb_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            sb_puts(b, ", ");
        }
        type_write(b, ts[i], s);
    }
    sb_putc(b, ')');
}

/* "(int, string) (bool, error)": a signature after "func" or a method's name. */
static void type_write_signature(StrBuf *b, Type *t, const TypeStyle *s) {
    sb_putc(b, '(');
    for (int i = 0; i < t->nparams; i++) {
        if (i > 0) {
            sb_puts(b, ", ");
        }
        if (t->variadic && i == t->nparams - 1 && t->params[i]->kind == KIND_SLICE) {
            sb_puts(b, "...");
            type_write(b, t->params[i]->elem, s);
        } else {
            type_write(b, t->params[i], s);
        }
    }
    sb_putc(b, ')');
    if (t->nresults == 1) {
        sb_putc(b, ' ');
        type_write(b, t->results[0], s);
    } else if (t->nresults > 1) {
        sb_putc(b, ' ');
        write_list(b, t->results, t->nresults, s);
    }
}

void type_write_methods(StrBuf *b, Type *t, const TypeStyle *s) {
    for (int i = 0; i < t->nimethods; i++) {
        if (i > 0) {
            sb_puts(b, "; ");
        }
        sb_puts(b, t->imethods[i].name);
        type_write_signature(b, t->imethods[i].sig, s);
    }
}

static void write_chan(StrBuf *b, Type *t, const TypeStyle *s) {
    sb_puts(b, t->dir == 1 ? "chan<- " : t->dir == 2 ? "<-chan " : "chan ");
    /* chan (<-chan T): without parentheses it would read as (chan<- chan T). */
    bool paren =
        t->dir == 3 && t->elem && t->elem->kind == KIND_CHAN && !t->elem->name && t->elem->dir == 2;
    sb_puts(b, paren ? "(" : "");
    type_write(b, t->elem, s);
    sb_puts(b, paren ? ")" : "");
}

/* reflect's "struct { a int "tag"; T }", or go/types' "struct{a int; T}" (without tags). */
static void write_struct(StrBuf *b, Type *t, const TypeStyle *s) {
    if (t->nfields == 0) {
        sb_puts(b, s->compact ? "struct{}" : "struct {}");
        return;
    }
    sb_puts(b, s->compact ? "struct{" : "struct { ");
    for (int i = 0; i < t->nfields; i++) {
        const StructField *f = &t->fields[i];
        if (i > 0) {
            sb_puts(b, "; ");
        }
        if (!f->embedded) {
            sb_puts(b, f->name);
            sb_putc(b, ' ');
        }
        type_write(b, f->type, s);
        if (!s->compact && f->tag && f->tag[0]) {
            sb_putc(b, ' ');
            write_quoted_tag(b, f->tag);
        }
    }
    sb_puts(b, s->compact ? "}" : " }");
}

/* reflect's "interface { M() }" / "interface {}", or go/types' "interface{M()}" / "any". */
static void write_interface(StrBuf *b, Type *t, const TypeStyle *s) {
    if (t->nimethods == 0) {
        sb_puts(b, s->compact ? "any" : "interface {}");
        return;
    }
    sb_puts(b, s->compact ? "interface{" : "interface { ");
    type_write_methods(b, t, s);
    sb_puts(b, s->compact ? "}" : " }");
}

void type_write(StrBuf *b, Type *t, const TypeStyle *s) {
    if (s->special && s->special(b, t, s)) {
        return;
    }
    if (!t) {
        sb_puts(b, "nil");
        return;
    }
    if (t->str && s == &type_style_runtime) {
        sb_puts(b, t->str);
        return;
    }
    if (t->name) {
        const char *q = t->pkg ? s->qualifier(t->pkg) : NULL;
        if (q) {
            sb_puts(b, q);
            sb_putc(b, '.');
        }
        sb_puts(b, t->name);
        if (s->name_suffix) {
            s->name_suffix(b, t, s);
        }
        return;
    }
    switch (t->kind) {
    case KIND_POINTER:
        sb_putc(b, '*');
        type_write(b, t->elem, s);
        break;
    case KIND_SLICE:
        sb_puts(b, "[]");
        type_write(b, t->elem, s);
        break;
    case KIND_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        type_write(b, t->elem, s);
        break;
    case KIND_MAP:
        sb_puts(b, "map[");
        type_write(b, t->key, s);
        sb_putc(b, ']');
        type_write(b, t->elem, s);
        break;
    case KIND_CHAN: write_chan(b, t, s); break;
    case KIND_FUNC:
        sb_puts(b, "func");
        type_write_signature(b, t, s);
        break;
    case KIND_INTERFACE: write_interface(b, t, s); break;
    case KIND_STRUCT: write_struct(b, t, s); break;
    case KIND_TUPLE: write_list(b, t->params, t->nparams, s); break;
    default: sb_puts(b, kind_name(t->kind)); break;
    }
}

const char *type_format(Type *t, const TypeStyle *s) {
    StrBuf b = {0};
    type_write(&b, t, s);
    return sb_cstr(&b);
}

const char *type_string(Type *t) {
    if (!t) {
        return "nil";
    }
    if (t->str) {
        return t->str;
    }
    const char *s = type_format(t, &type_style_runtime);
    t->str = s;
    return s;
}
/* ---- methods --------------------------------------------------------------------------- */

const Method *type_method(const Type *t, const char *name) {
    if (!t || !t->methods) {
        return NULL;
    }
    int lo = 0, hi = t->nmethods - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0) {
            return &t->methods[mid];
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return NULL;
}

bool type_implements(const Type *dyn, const Type *iface, const char **missing) {
    for (int i = 0; i < iface->nimethods; i++) {
        const IMethod *im = &iface->imethods[i];
        const Method *m = dyn ? type_method(dyn, im->name) : NULL;
        if (!m || m->sig != im->sig) {
            if (missing) {
                *missing = im->name;
            }
            return false;
        }
    }
    return true;
}

/* ---- walking a value ----------------------------------------------------------------- */

/* Equality and hashing visit a value's leaves — the parts of a kind other than struct and
 * array — in order, with an explicit stack rather than C recursion: an interface's dynamic
 * value is walked on the same stack, so values nested through interfaces a million deep (Go
 * compares them on its growable stack) cannot overflow the C stack. A frame is a struct or
 * array being walked, two of them in step for equality (b is NULL for hashing), or a leaf to
 * visit; a frame leaves the stack as its last part is visited, so a chain of values each
 * ending in the next (struct{ x any } holding another) takes one frame, not one a level. */

typedef struct WalkFrame {
    const Type *t;
    const Slot *a, *b;
    int64_t next; /* the next field or element to visit; -1: a leaf, visited as itself */
} WalkFrame;

typedef struct Walk {
    WalkFrame *frames;
    int n, cap;
    WalkFrame first[16];
} Walk;

static bool is_composite(const Type *t) {
    return t->kind == KIND_STRUCT || t->kind == KIND_ARRAY;
}
static bool is_blank(const StructField *f) { return f->name && f->name[0] == '_' && !f->name[1]; }

static void walk_init(Walk *w) {
    w->frames = w->first;
    w->n = 0;
    w->cap = (int)(sizeof w->first / sizeof w->first[0]);
}

/* Pushes a value to visit next: a struct or array (its leaves), or a leaf. */
static void walk_push(Walk *w, const Type *t, const Slot *a, const Slot *b) {
    if (w->n == w->cap) {
        WalkFrame *nf = GC_MALLOC(sizeof(WalkFrame) * (size_t)w->cap * 2);
        memcpy(nf, w->frames, sizeof(WalkFrame) * (size_t)w->n);
        w->frames = nf;
        w->cap *= 2;
    }
    w->frames[w->n++] = (WalkFrame){t, a, b, is_composite(t) ? 0 : -1};
}

/* The next leaf: its type and where it lies in a (and b). False when the walk is over. */
static bool walk_next(Walk *w, const Type **t, const Slot **a, const Slot **b) {
    while (w->n > 0) {
        WalkFrame *f = &w->frames[w->n - 1];
        if (f->next < 0) {
            w->n--;
            *t = f->t, *a = f->a, *b = f->b;
            return true;
        }
        const Type *ct = NULL;
        int64_t off = 0;
        if (f->t->kind == KIND_ARRAY) {
            if (f->next < f->t->len) {
                ct = f->t->elem;
                off = f->next++ * ct->slots;
            }
        } else {
            while (f->next < f->t->nfields && is_blank(&f->t->fields[f->next])) {
                f->next++;
            }
            if (f->next < f->t->nfields) {
                const StructField *fd = &f->t->fields[f->next++];
                ct = fd->type;
                off = fd->offset;
            }
        }
        if (!ct) {
            w->n--;
            continue;
        }
        /* in integers: a zero-size value's pointer may be NULL, and NULL plus 0 stays NULL */
        const Slot *ca = (const Slot *)((uintptr_t)f->a + (uintptr_t)off * sizeof(Slot));
        const Slot *cb = f->b ? f->b + off : NULL;
        if (f->next >= (f->t->kind == KIND_ARRAY ? f->t->len : f->t->nfields)) {
            w->n--; /* f is done: gone before its last part is visited (a tail call) */
        }
        if (is_composite(ct)) {
            walk_push(w, ct, ca, cb);
            continue;
        }
        *t = ct, *a = ca, *b = cb;
        return true;
    }
    return false;
}

/* ---- equality -------------------------------------------------------------------------- */

/* Equality of two leaves other than interfaces. */
static bool leaf_equal(const Type *t, const Slot *a, const Slot *b, const Type **uncomparable) {
    switch (t->kind) {
    case KIND_BOOL:
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64:
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR:
    case KIND_UNSAFE_POINTER:
    case KIND_POINTER:
    case KIND_CHAN:
    case KIND_FUNC: /* only ever compared with nil */
    case KIND_MAP:
        return a[0].u == b[0].u;
    case KIND_FLOAT32:
    case KIND_FLOAT64:
        return a[0].f == b[0].f;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128:
        return a[0].f == b[0].f && a[1].f == b[1].f;
    case KIND_STRING:
        return a[1].i == b[1].i &&
               (a[0].p == b[0].p || a[1].i == 0 || memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0);
    default:
        if (uncomparable) {
            *uncomparable = t;
        }
        return false;
    }
}

/* Equality of two interface values: false when they differ at once (or hold an uncomparable
 * type: *uncomparable set); otherwise their dynamic values are pushed, to be compared next. */
static bool walk_push_iface(Walk *w, const Slot *a, const Slot *b, const Type **uncomparable) {
    const Type *ta = a[0].p, *tb = b[0].p;
    if (ta != tb) {
        return false;
    }
    if (!ta) {
        return true;
    }
    if (!(ta->flags & TYPE_COMPARABLE)) {
        if (uncomparable) {
            *uncomparable = ta;
        }
        return false;
    }
    walk_push(w, ta, iface_value_ptr(ta, &a[1]), iface_value_ptr(ta, &b[1]));
    return true;
}

bool type_equal(const Type *t, const Slot *a, const Slot *b, const Type **uncomparable) {
    if (!is_composite(t) && t->kind != KIND_INTERFACE) {
        return leaf_equal(t, a, b, uncomparable);
    }
    Walk w;
    walk_init(&w);
    walk_push(&w, t, a, b);
    while (walk_next(&w, &t, &a, &b)) {
        if (t->kind == KIND_INTERFACE) {
            if (!walk_push_iface(&w, a, b, uncomparable)) {
                return false;
            }
        } else if (!leaf_equal(t, a, b, uncomparable)) {
            return false;
        }
    }
    return true;
}

/* ---- hashing --------------------------------------------------------------------------- */

/* A 64x64->128 multiply folded to 64 bits: a fast mixer with good avalanche. */
static inline uint64_t mix(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

#define HASH_K0 0xa0761d6478bd642full
#define HASH_K1 0xe7037ed1a0b428dbull
#define HASH_K2 0x8ebc6af09c88c6e3ull

static inline uint64_t hash_word(uint64_t h, uint64_t w) { return mix(h ^ HASH_K0, w ^ HASH_K1); }

static uint64_t hash_bytes(uint64_t h, const unsigned char *p, size_t n) {
    h = hash_word(h, n ^ HASH_K2);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = hash_word(h, w);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        memcpy(&w, p, n);
        h = hash_word(h, w ^ ((uint64_t)n << 56));
    }
    return h;
}

/* NaN != NaN, so NaN keys never meet: any hash will do, and Go uses a random one. */
static uint64_t nan_hash(void) {
    static _Atomic uint64_t counter;
    return mix(atomic_fetch_add(&counter, 1) + HASH_K2, HASH_K1);
}

static uint64_t hash_float(uint64_t h, double f) {
    if (f == 0) {
        return hash_word(h, 0); /* +0 and -0 alike */
    }
    if (f != f) {
        return hash_word(h, nan_hash());
    }
    uint64_t bits;
    memcpy(&bits, &f, sizeof bits);
    return hash_word(h, bits);
}

/* Hash of a leaf other than an interface, or 0 with *uncomparable set. */
static uint64_t leaf_hash(const Type *t, const Slot *v, uint64_t h, const Type **uncomparable) {
    switch (t->kind) {
    case KIND_BOOL:
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64:
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR:
    case KIND_UNSAFE_POINTER:
    case KIND_POINTER:
    case KIND_CHAN:
        return hash_word(h, v[0].u);
    case KIND_FLOAT32:
    case KIND_FLOAT64:
        return hash_float(h, v[0].f);
    case KIND_COMPLEX64:
    case KIND_COMPLEX128:
        return hash_float(hash_float(h, v[0].f), v[1].f);
    case KIND_STRING:
        return hash_bytes(h, (const unsigned char *)v[0].p, (size_t)v[1].i);
    default:
        if (uncomparable) {
            *uncomparable = t;
        }
        return 0;
    }
}

uint64_t type_hash(const Type *t, const Slot *v, uint64_t seed, const Type **uncomparable) {
    if (!is_composite(t) && t->kind != KIND_INTERFACE) {
        return leaf_hash(t, v, seed, uncomparable);
    }
    Walk w;
    walk_init(&w);
    walk_push(&w, t, v, NULL);
    uint64_t h = seed;
    const Type *unc = NULL;
    const Slot *none;
    while (!unc && walk_next(&w, &t, &v, &none)) {
        if (t->kind != KIND_INTERFACE) {
            h = leaf_hash(t, v, h, &unc);
            continue;
        }
        const Type *dyn = v[0].p;
        if (!dyn) {
            h = hash_word(h, 0);
        } else if (!(dyn->flags & TYPE_COMPARABLE)) {
            unc = dyn;
        } else {
            h = hash_word(h, (uint64_t)(uintptr_t)dyn);
            walk_push(&w, dyn, iface_value_ptr(dyn, &v[1]), NULL);
        }
    }
    if (unc) {
        if (uncomparable) {
            *uncomparable = unc;
        }
        return 0;
    }
    return h;
}

/* ---- interfaces ------------------------------------------------------------------------ */

Slot iface_box(const Type *t, const Slot *v) {
    Slot data;
    if (t->flags & TYPE_DIRECT) {
        return *v;
    }
    if (t->slots == 0) {
        data.p = NULL;
        return data;
    }
    size_t size = sizeof(Slot) * (size_t)t->slots;
    Slot *box = (t->flags & TYPE_POINTERFREE) ? GC_MALLOC_ATOMIC(size) : GC_MALLOC(size);
    memcpy(box, v, size);
    data.p = box;
    return data;
}

void iface_unbox(const Type *t, Slot data, Slot *out) {
    if (t->flags & TYPE_DIRECT) {
        out[0] = data;
    } else if (t->slots > 0) {
        memcpy(out, data.p, sizeof(Slot) * (size_t)t->slots);
    }
}
