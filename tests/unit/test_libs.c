/* test_libs.c — unit tests of the C natives of strings, strconv, math, unicode and
 * unicode/utf8, called directly with slot arrays as the VM calls them (runtime/native.h).
 *
 * Every expectation comes from real Go (Go 1.19, amd64): the generated tables in the middle of
 * this file were printed by a Go program running the same cases through Go's own packages.
 * Two kinds:
 *   - explicit cases (Case, MathCase): inputs and Go's result, compared one by one;
 *   - bulk checks: larger cross products of the bulk_* input lists (every rune for unicode,
 *     all strings of up to 2 bytes and the byte-range boundaries past them for utf8, 40000
 *     pseudo-random floats and a grid of special values per math function), whose results
 *     are rendered exactly like the explicit ones and folded into one FNV-1a hash per
 *     function; Go printed the hash of its own results. The loops here repeat the Go
 *     program's loops in the same order. TEST_LIBS_DUMP=1 prints every bulk string result.
 * Results render as Go's values would print: bool true/false, integers in decimal, strings
 * as their bytes, []string as "N:a|b|c" (or "nil"), floats as their 16 hex digits of bits.
 *
 * rt_make_slice, rt_panic_* and fmt_format_float belong to other modules; the weak versions
 * here let the test build on its own (the panic checks run only with these stand-ins).
 * Last line: `N passed, N failed`; exit status 1 on any failure.
 */
#include "src/text/quote.h"
#include "src/text/unicode.h"
#include "src/text/utf8.h"
#include "runtime/native.h"
#include "native_lookup.h"
#include "src/common.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int passed, failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            passed++;                                                                              \
        } else {                                                                                   \
            failed++;                                                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

extern const NativeFunc lib_strings_funcs[], lib_strconv_funcs[], lib_math_funcs[],
    lib_unicode_funcs[], lib_utf8_funcs[];

/* ---- weak stand-ins for other modules ---- */

static const char *panic_msg; /* the last panic's text, "runtime error: ..." or plain */

static void stub_panic_runtime(G *g, const char *fmt, ...) {
    (void)g;
    va_list ap;
    va_start(ap, fmt);
    panic_msg = str_printf("runtime error: %s", str_vprintf(fmt, ap));
    va_end(ap);
}

static void stub_panic_plain(G *g, const char *fmt, ...) {
    (void)g;
    va_list ap;
    va_start(ap, fmt);
    panic_msg = str_vprintf(fmt, ap);
    va_end(ap);
}

void rt_panic_runtime(G *g, const char *fmt, ...)
    __attribute__((weak, alias("stub_panic_runtime")));
void rt_panic_plain(G *g, const char *fmt, ...) __attribute__((weak, alias("stub_panic_plain")));

/* Are the stand-ins the ones linked (so panics can be observed without a goroutine)? */
static bool stub_panics(void) {
    return (void (*)(G *, const char *, ...))rt_panic_runtime == stub_panic_runtime &&
           (void (*)(G *, const char *, ...))rt_panic_plain == stub_panic_plain;
}

__attribute__((weak)) GoSlice rt_make_slice(int64_t len, int64_t cap, int32_t elem_slots,
                                            bool pointer_free) {
    size_t bytes = (size_t)cap * (size_t)elem_slots * sizeof(Slot);
    Slot *p = pointer_free ? GC_MALLOC_ATOMIC(bytes ? bytes : 1) : GC_MALLOC(bytes ? bytes : 1);
    memset(p, 0, bytes);
    return (GoSlice){p, len, cap};
}

/* Only what the FormatFloat cases below need: fixed precisions, as C and Go agree there. */
__attribute__((weak)) void fmt_format_float(StrBuf *out, double v, char fmt, int prec,
                                            int bitsize) {
    (void)bitsize;
    char spec[8] = {'%', '.', '*', fmt, 0};
    sb_printf(out, spec, prec, v);
}

/* ---- calling natives ---- */

static void set_cstr(Slot *a, const char *s) {
    a[0].p = (void *)s;
    a[1].i = (int64_t)strlen(s);
}

static bool str_is(const Slot *a, const char *want) {
    size_t n = strlen(want);
    return a[1].i == (int64_t)n && memcmp(a[0].p, want, n) == 0;
}

/* ---- string and strconv cases ---- */

typedef struct Case {
    const char *fn, *shape; /* shape: argument kinds > result kinds */
    const char *s, *t, *u;
    int64_t n, m;
    const char *want;
} Case;

typedef struct BulkHash {
    const char *fn, *shape;
    int count;
    uint64_t hash;
} BulkHash;

static void render_bool(StrBuf *out, int64_t b) {
    sb_puts(out, b ? "true" : "false");
}

static void render_list(StrBuf *out, const Slot *a) {
    GoSlice l = rt_slice(a);
    if (!l.ptr) {
        sb_puts(out, "nil");
        return;
    }
    sb_printf(out, "%" PRId64 ":", l.len);
    for (int64_t i = 0; i < l.len; i++) {
        if (i > 0) {
            sb_putc(out, '|');
        }
        sb_put(out, l.ptr[2 * i].p, (size_t)l.ptr[2 * i + 1].i);
    }
}

/* A []string from the '|'-separated s, with n elements (n == 0: nil). */
static void set_list(Slot *a, const char *s, int64_t n) {
    Slot *e = n ? GC_MALLOC((size_t)n * 2 * sizeof(Slot)) : NULL;
    for (int64_t i = 0; i < n; i++) {
        const char *bar = strchr(s, '|');
        size_t len = bar ? (size_t)(bar - s) : strlen(s);
        e[2 * i].p = (void *)s;
        e[2 * i + 1].i = (int64_t)len;
        s += len + (bar != NULL);
    }
    rt_set_slice(a, (GoSlice){e, n, n});
}

/* Runs one case through its native and renders the result as the Go program did. */
static void run_case(const NativeFunc *table, const Case *c, StrBuf *out) {
    Slot a[8] = {{0}};
    NativeFn fn = native(table, c->fn);
    const char *sh = c->shape;
    if (!strcmp(sh, "ls>s")) {
        set_list(a, c->s, c->n);
        set_cstr(a + 3, c->t);
    } else if (sh[0] == 's') {
        set_cstr(a, c->s);
        if (sh[1] == 's') {
            set_cstr(a + 2, c->t);
            if (sh[2] == 's') {
                set_cstr(a + 4, c->u);
                a[6].i = c->n;
            } else if (sh[2] == 'i') {
                a[4].i = c->n;
                a[5].i = c->m;
            }
        } else if (sh[1] != '>') {
            a[2].i = c->n;
            a[3].i = c->m;
        }
    } else {
        a[0].i = c->n;
        a[1].i = c->m;
    }
    fn(NULL, a);
    const char *res = strchr(sh, '>') + 1;
    if (!strcmp(res, "b")) {
        render_bool(out, a[0].i);
    } else if (!strcmp(res, "i")) {
        sb_printf(out, "%" PRId64, a[0].i);
    } else if (!strcmp(res, "s")) {
        sb_put(out, a[0].p, (size_t)a[1].i);
    } else if (!strcmp(res, "l")) {
        render_list(out, a);
    } else if (!strcmp(res, "ic")) {
        sb_printf(out, "%" PRId64 " %" PRId64, a[0].i, a[1].i);
    } else if (!strcmp(res, "uc")) {
        sb_printf(out, "%" PRIu64 " %" PRId64, a[0].u, a[1].i);
    } else if (!strcmp(res, "fc")) {
        sb_printf(out, "%016" PRIx64 " %" PRId64, a[0].u, a[1].i);
    } else if (!strcmp(res, "sb")) {
        if (a[2].i) {
            sb_puts(out, "ok:");
            sb_put(out, a[0].p, (size_t)a[1].i);
        } else {
            sb_puts(out, "fail");
        }
    } else if (!strcmp(res, "rbsb")) {
        if (a[4].i) {
            sb_printf(out, "%" PRId64 " %s|", a[0].i, a[1].i ? "true" : "false");
            sb_put(out, a[2].p, (size_t)a[3].i);
        } else {
            sb_puts(out, "fail");
        }
    } else {
        fprintf(stderr, "bad shape %s\n", sh);
        abort();
    }
}

static void check_cases(const NativeFunc *table, const Case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const Case *c = &cases[i];
        StrBuf out = {0};
        run_case(table, c, &out);
        size_t wn = strlen(c->want);
        bool ok = out.len == wn && (wn == 0 || memcmp(out.data, c->want, wn) == 0);
        CHECK(ok);
        if (!ok) {
            fprintf(stderr, "  %s(%s|%s|%s, %" PRId64 ", %" PRId64 "): want [%s] got [%s]\n", c->fn,
                    c->s, c->t, c->u, c->n, c->m, c->want, sb_cstr(&out));
        }
    }
}

/* Running FNV-1a hashes of rendered results, one per function of a BulkHash table. */
typedef struct Bulk {
    const NativeFunc *table;
    const BulkHash *want;
    size_t n;
    uint64_t *hash;
    int *count;
} Bulk;

static Bulk bulk_new(const NativeFunc *table, const BulkHash *want, size_t n) {
    Bulk b = {table, want, n, GC_MALLOC_ATOMIC(n * sizeof(uint64_t)),
              GC_MALLOC_ATOMIC(n * sizeof(int))};
    for (size_t i = 0; i < n; i++) {
        b.hash[i] = 14695981039346656037ull;
        b.count[i] = 0;
    }
    return b;
}

static void bulk_run(Bulk *b, const char *fn, const char *shape, const char *s, const char *t,
                     const char *u, int64_t n, int64_t m) {
    size_t k = 0;
    while (k < b->n && (strcmp(b->want[k].fn, fn) || strcmp(b->want[k].shape, shape))) {
        k++;
    }
    if (k == b->n) {
        fprintf(stderr, "no bulk hash for %s %s\n", fn, shape);
        abort();
    }
    Case c = {fn, shape, s, t, u, n, m, NULL};
    StrBuf out = {0};
    run_case(b->table, &c, &out);
    sb_putc(&out, '\n');
    if (getenv("TEST_LIBS_DUMP")) {
        printf("%s %s [%s|%s|%s %" PRId64 " %" PRId64 "] %s", fn, shape, s, t, u, n, m,
               sb_cstr(&out));
    }
    for (size_t i = 0; i < out.len; i++) {
        b->hash[k] = (b->hash[k] ^ (uint8_t)out.data[i]) * 1099511628211ull;
    }
    b->count[k]++;
}

static void bulk_check(const Bulk *b) {
    for (size_t i = 0; i < b->n; i++) {
        bool ok = b->hash[i] == b->want[i].hash && b->count[i] == b->want[i].count;
        CHECK(ok);
        if (!ok) {
            fprintf(stderr,
                    "  bulk %s %s: %d cases, hash %016" PRIx64 " (Go: %d, %016" PRIx64 ")\n",
                    b->want[i].fn, b->want[i].shape, b->count[i], b->hash[i], b->want[i].count,
                    b->want[i].hash);
        }
    }
}

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

typedef struct NumHash {
    const char *fn;
    int kind;
    uint64_t hash;
} NumHash;

/* kind: 1 one float64 argument, 2 two, 3 Pow on a grid. */
typedef struct MathCase {
    const char *fn;
    int nargs;
    uint64_t a0, a1, a2;
    int nres;
    uint64_t r0, r1;
} MathCase;

/* kind: 1 one float64 argument, 2 two, 3 Pow on a grid. */

/* kind: 1 one float64 argument, 2 two, 3 Pow on a grid. */

/* kind: 1 one float64 argument, 2 two, 3 Pow on a grid. */

/* ======== Generated by a Go program from Go 1.19's results (see the top). ======== */

/* ---- explicit cases ---- */
static const Case strings_cases[] = {
    {"Contains", "ss>b", "", "", "", 0, 0, "true"},
    {"Contains", "ss>b", "", ",", "", 0, 0, "false"},
    {"Contains", "ss>b", "", "\303\251", "", 0, 0, "false"},
    {"Contains", "ss>b", "", "\377", "", 0, 0, "false"},
    {"Contains", "ss>b", "a,b,,c", "", "", 0, 0, "true"},
    {"Contains", "ss>b", "a,b,,c", ",", "", 0, 0, "true"},
    {"Contains", "ss>b", "a,b,,c", "\303\251", "", 0, 0, "false"},
    {"Contains", "ss>b", "a,b,,c", "\377", "", 0, 0, "false"},
    {"Contains", "ss>b", "h\303\251llo w\303\266rld", "", "", 0, 0, "true"},
    {"Contains", "ss>b", "h\303\251llo w\303\266rld", ",", "", 0, 0, "false"},
    {"Contains", "ss>b", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "true"},
    {"Contains", "ss>b", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "false"},
    {"Contains", "ss>b", "\377\376ab\303", "", "", 0, 0, "true"},
    {"Contains", "ss>b", "\377\376ab\303", ",", "", 0, 0, "false"},
    {"Contains", "ss>b", "\377\376ab\303", "\303\251", "", 0, 0, "false"},
    {"Contains", "ss>b", "\377\376ab\303", "\377", "", 0, 0, "true"},
    {"Contains", "ss>b", "  x\302\240y \011", "", "", 0, 0, "true"},
    {"Contains", "ss>b", "  x\302\240y \011", ",", "", 0, 0, "false"},
    {"Contains", "ss>b", "  x\302\240y \011", "\303\251", "", 0, 0, "false"},
    {"Contains", "ss>b", "  x\302\240y \011", "\377", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "", "", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "", ",", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "", "\303\251", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "", "\377", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "a,b,,c", "", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "a,b,,c", ",", "", 0, 0, "true"},
    {"ContainsAny", "ss>b", "a,b,,c", "\303\251", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "a,b,,c", "\377", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "h\303\251llo w\303\266rld", "", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "h\303\251llo w\303\266rld", ",", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "true"},
    {"ContainsAny", "ss>b", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "\377\376ab\303", "", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "\377\376ab\303", ",", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "\377\376ab\303", "\303\251", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "\377\376ab\303", "\377", "", 0, 0, "true"},
    {"ContainsAny", "ss>b", "  x\302\240y \011", "", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "  x\302\240y \011", ",", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "  x\302\240y \011", "\303\251", "", 0, 0, "false"},
    {"ContainsAny", "ss>b", "  x\302\240y \011", "\377", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "", "", "", 0, 0, "true"},
    {"HasPrefix", "ss>b", "", ",", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "", "\303\251", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "", "\377", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "a,b,,c", "", "", 0, 0, "true"},
    {"HasPrefix", "ss>b", "a,b,,c", ",", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "a,b,,c", "\303\251", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "a,b,,c", "\377", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "h\303\251llo w\303\266rld", "", "", 0, 0, "true"},
    {"HasPrefix", "ss>b", "h\303\251llo w\303\266rld", ",", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "\377\376ab\303", "", "", 0, 0, "true"},
    {"HasPrefix", "ss>b", "\377\376ab\303", ",", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "\377\376ab\303", "\303\251", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "\377\376ab\303", "\377", "", 0, 0, "true"},
    {"HasPrefix", "ss>b", "  x\302\240y \011", "", "", 0, 0, "true"},
    {"HasPrefix", "ss>b", "  x\302\240y \011", ",", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "  x\302\240y \011", "\303\251", "", 0, 0, "false"},
    {"HasPrefix", "ss>b", "  x\302\240y \011", "\377", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "", "", "", 0, 0, "true"},
    {"HasSuffix", "ss>b", "", ",", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "", "\303\251", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "", "\377", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "a,b,,c", "", "", 0, 0, "true"},
    {"HasSuffix", "ss>b", "a,b,,c", ",", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "a,b,,c", "\303\251", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "a,b,,c", "\377", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "h\303\251llo w\303\266rld", "", "", 0, 0, "true"},
    {"HasSuffix", "ss>b", "h\303\251llo w\303\266rld", ",", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "\377\376ab\303", "", "", 0, 0, "true"},
    {"HasSuffix", "ss>b", "\377\376ab\303", ",", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "\377\376ab\303", "\303\251", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "\377\376ab\303", "\377", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "  x\302\240y \011", "", "", 0, 0, "true"},
    {"HasSuffix", "ss>b", "  x\302\240y \011", ",", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "  x\302\240y \011", "\303\251", "", 0, 0, "false"},
    {"HasSuffix", "ss>b", "  x\302\240y \011", "\377", "", 0, 0, "false"},
    {"Count", "ss>i", "", "", "", 0, 0, "1"},
    {"Count", "ss>i", "", ",", "", 0, 0, "0"},
    {"Count", "ss>i", "", "\303\251", "", 0, 0, "0"},
    {"Count", "ss>i", "", "\377", "", 0, 0, "0"},
    {"Count", "ss>i", "a,b,,c", "", "", 0, 0, "7"},
    {"Count", "ss>i", "a,b,,c", ",", "", 0, 0, "3"},
    {"Count", "ss>i", "a,b,,c", "\303\251", "", 0, 0, "0"},
    {"Count", "ss>i", "a,b,,c", "\377", "", 0, 0, "0"},
    {"Count", "ss>i", "h\303\251llo w\303\266rld", "", "", 0, 0, "12"},
    {"Count", "ss>i", "h\303\251llo w\303\266rld", ",", "", 0, 0, "0"},
    {"Count", "ss>i", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "1"},
    {"Count", "ss>i", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "0"},
    {"Count", "ss>i", "\377\376ab\303", "", "", 0, 0, "6"},
    {"Count", "ss>i", "\377\376ab\303", ",", "", 0, 0, "0"},
    {"Count", "ss>i", "\377\376ab\303", "\303\251", "", 0, 0, "0"},
    {"Count", "ss>i", "\377\376ab\303", "\377", "", 0, 0, "1"},
    {"Count", "ss>i", "  x\302\240y \011", "", "", 0, 0, "8"},
    {"Count", "ss>i", "  x\302\240y \011", ",", "", 0, 0, "0"},
    {"Count", "ss>i", "  x\302\240y \011", "\303\251", "", 0, 0, "0"},
    {"Count", "ss>i", "  x\302\240y \011", "\377", "", 0, 0, "0"},
    {"Index", "ss>i", "", "", "", 0, 0, "0"},
    {"Index", "ss>i", "", ",", "", 0, 0, "-1"},
    {"Index", "ss>i", "", "\303\251", "", 0, 0, "-1"},
    {"Index", "ss>i", "", "\377", "", 0, 0, "-1"},
    {"Index", "ss>i", "a,b,,c", "", "", 0, 0, "0"},
    {"Index", "ss>i", "a,b,,c", ",", "", 0, 0, "1"},
    {"Index", "ss>i", "a,b,,c", "\303\251", "", 0, 0, "-1"},
    {"Index", "ss>i", "a,b,,c", "\377", "", 0, 0, "-1"},
    {"Index", "ss>i", "h\303\251llo w\303\266rld", "", "", 0, 0, "0"},
    {"Index", "ss>i", "h\303\251llo w\303\266rld", ",", "", 0, 0, "-1"},
    {"Index", "ss>i", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "1"},
    {"Index", "ss>i", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "-1"},
    {"Index", "ss>i", "\377\376ab\303", "", "", 0, 0, "0"},
    {"Index", "ss>i", "\377\376ab\303", ",", "", 0, 0, "-1"},
    {"Index", "ss>i", "\377\376ab\303", "\303\251", "", 0, 0, "-1"},
    {"Index", "ss>i", "\377\376ab\303", "\377", "", 0, 0, "0"},
    {"Index", "ss>i", "  x\302\240y \011", "", "", 0, 0, "0"},
    {"Index", "ss>i", "  x\302\240y \011", ",", "", 0, 0, "-1"},
    {"Index", "ss>i", "  x\302\240y \011", "\303\251", "", 0, 0, "-1"},
    {"Index", "ss>i", "  x\302\240y \011", "\377", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "", "", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "", ",", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "", "\303\251", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "", "\377", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "a,b,,c", "", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "a,b,,c", ",", "", 0, 0, "1"},
    {"IndexAny", "ss>i", "a,b,,c", "\303\251", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "a,b,,c", "\377", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "h\303\251llo w\303\266rld", "", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "h\303\251llo w\303\266rld", ",", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "1"},
    {"IndexAny", "ss>i", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "\377\376ab\303", "", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "\377\376ab\303", ",", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "\377\376ab\303", "\303\251", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "\377\376ab\303", "\377", "", 0, 0, "0"},
    {"IndexAny", "ss>i", "  x\302\240y \011", "", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "  x\302\240y \011", ",", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "  x\302\240y \011", "\303\251", "", 0, 0, "-1"},
    {"IndexAny", "ss>i", "  x\302\240y \011", "\377", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "", "", "", 0, 0, "0"},
    {"LastIndex", "ss>i", "", ",", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "", "\303\251", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "", "\377", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "a,b,,c", "", "", 0, 0, "6"},
    {"LastIndex", "ss>i", "a,b,,c", ",", "", 0, 0, "4"},
    {"LastIndex", "ss>i", "a,b,,c", "\303\251", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "a,b,,c", "\377", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "h\303\251llo w\303\266rld", "", "", 0, 0, "13"},
    {"LastIndex", "ss>i", "h\303\251llo w\303\266rld", ",", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "1"},
    {"LastIndex", "ss>i", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "\377\376ab\303", "", "", 0, 0, "5"},
    {"LastIndex", "ss>i", "\377\376ab\303", ",", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "\377\376ab\303", "\303\251", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "\377\376ab\303", "\377", "", 0, 0, "0"},
    {"LastIndex", "ss>i", "  x\302\240y \011", "", "", 0, 0, "8"},
    {"LastIndex", "ss>i", "  x\302\240y \011", ",", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "  x\302\240y \011", "\303\251", "", 0, 0, "-1"},
    {"LastIndex", "ss>i", "  x\302\240y \011", "\377", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "", "", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "", ",", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "", "\303\251", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "", "\377", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "a,b,,c", "", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "a,b,,c", ",", "", 0, 0, "4"},
    {"LastIndexAny", "ss>i", "a,b,,c", "\303\251", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "a,b,,c", "\377", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "h\303\251llo w\303\266rld", "", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "h\303\251llo w\303\266rld", ",", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "1"},
    {"LastIndexAny", "ss>i", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "\377\376ab\303", "", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "\377\376ab\303", ",", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "\377\376ab\303", "\303\251", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "\377\376ab\303", "\377", "", 0, 0, "4"},
    {"LastIndexAny", "ss>i", "  x\302\240y \011", "", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "  x\302\240y \011", ",", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "  x\302\240y \011", "\303\251", "", 0, 0, "-1"},
    {"LastIndexAny", "ss>i", "  x\302\240y \011", "\377", "", 0, 0, "-1"},
    {"Trim", "ss>s", "", "", "", 0, 0, ""},
    {"Trim", "ss>s", "", ",", "", 0, 0, ""},
    {"Trim", "ss>s", "", "\303\251", "", 0, 0, ""},
    {"Trim", "ss>s", "", "\377", "", 0, 0, ""},
    {"Trim", "ss>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"Trim", "ss>s", "a,b,,c", ",", "", 0, 0, "a,b,,c"},
    {"Trim", "ss>s", "a,b,,c", "\303\251", "", 0, 0, "a,b,,c"},
    {"Trim", "ss>s", "a,b,,c", "\377", "", 0, 0, "a,b,,c"},
    {"Trim", "ss>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"Trim", "ss>s", "h\303\251llo w\303\266rld", ",", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"Trim", "ss>s", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"Trim", "ss>s", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"Trim", "ss>s", "\377\376ab\303", "", "", 0, 0, "\377\376ab\303"},
    {"Trim", "ss>s", "\377\376ab\303", ",", "", 0, 0, "\377\376ab\303"},
    {"Trim", "ss>s", "\377\376ab\303", "\303\251", "", 0, 0, "\377\376ab\303"},
    {"Trim", "ss>s", "\377\376ab\303", "\377", "", 0, 0, "ab"},
    {"Trim", "ss>s", "  x\302\240y \011", "", "", 0, 0, "  x\302\240y \011"},
    {"Trim", "ss>s", "  x\302\240y \011", ",", "", 0, 0, "  x\302\240y \011"},
    {"Trim", "ss>s", "  x\302\240y \011", "\303\251", "", 0, 0, "  x\302\240y \011"},
    {"Trim", "ss>s", "  x\302\240y \011", "\377", "", 0, 0, "  x\302\240y \011"},
    {"TrimLeft", "ss>s", "", "", "", 0, 0, ""},
    {"TrimLeft", "ss>s", "", ",", "", 0, 0, ""},
    {"TrimLeft", "ss>s", "", "\303\251", "", 0, 0, ""},
    {"TrimLeft", "ss>s", "", "\377", "", 0, 0, ""},
    {"TrimLeft", "ss>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"TrimLeft", "ss>s", "a,b,,c", ",", "", 0, 0, "a,b,,c"},
    {"TrimLeft", "ss>s", "a,b,,c", "\303\251", "", 0, 0, "a,b,,c"},
    {"TrimLeft", "ss>s", "a,b,,c", "\377", "", 0, 0, "a,b,,c"},
    {"TrimLeft", "ss>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"TrimLeft", "ss>s", "h\303\251llo w\303\266rld", ",", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"TrimLeft", "ss>s", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"TrimLeft", "ss>s", "h\303\251llo w\303\266rld", "\377", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"TrimLeft", "ss>s", "\377\376ab\303", "", "", 0, 0, "\377\376ab\303"},
    {"TrimLeft", "ss>s", "\377\376ab\303", ",", "", 0, 0, "\377\376ab\303"},
    {"TrimLeft", "ss>s", "\377\376ab\303", "\303\251", "", 0, 0, "\377\376ab\303"},
    {"TrimLeft", "ss>s", "\377\376ab\303", "\377", "", 0, 0, "ab\303"},
    {"TrimLeft", "ss>s", "  x\302\240y \011", "", "", 0, 0, "  x\302\240y \011"},
    {"TrimLeft", "ss>s", "  x\302\240y \011", ",", "", 0, 0, "  x\302\240y \011"},
    {"TrimLeft", "ss>s", "  x\302\240y \011", "\303\251", "", 0, 0, "  x\302\240y \011"},
    {"TrimLeft", "ss>s", "  x\302\240y \011", "\377", "", 0, 0, "  x\302\240y \011"},
    {"TrimRight", "ss>s", "", "", "", 0, 0, ""},
    {"TrimRight", "ss>s", "", ",", "", 0, 0, ""},
    {"TrimRight", "ss>s", "", "\303\251", "", 0, 0, ""},
    {"TrimRight", "ss>s", "", "\377", "", 0, 0, ""},
    {"TrimRight", "ss>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"TrimRight", "ss>s", "a,b,,c", ",", "", 0, 0, "a,b,,c"},
    {"TrimRight", "ss>s", "a,b,,c", "\303\251", "", 0, 0, "a,b,,c"},
    {"TrimRight", "ss>s", "a,b,,c", "\377", "", 0, 0, "a,b,,c"},
    {"TrimRight", "ss>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"TrimRight", "ss>s", "h\303\251llo w\303\266rld", ",", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"TrimRight", "ss>s", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"TrimRight", "ss>s", "h\303\251llo w\303\266rld", "\377", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"TrimRight", "ss>s", "\377\376ab\303", "", "", 0, 0, "\377\376ab\303"},
    {"TrimRight", "ss>s", "\377\376ab\303", ",", "", 0, 0, "\377\376ab\303"},
    {"TrimRight", "ss>s", "\377\376ab\303", "\303\251", "", 0, 0, "\377\376ab\303"},
    {"TrimRight", "ss>s", "\377\376ab\303", "\377", "", 0, 0, "\377\376ab"},
    {"TrimRight", "ss>s", "  x\302\240y \011", "", "", 0, 0, "  x\302\240y \011"},
    {"TrimRight", "ss>s", "  x\302\240y \011", ",", "", 0, 0, "  x\302\240y \011"},
    {"TrimRight", "ss>s", "  x\302\240y \011", "\303\251", "", 0, 0, "  x\302\240y \011"},
    {"TrimRight", "ss>s", "  x\302\240y \011", "\377", "", 0, 0, "  x\302\240y \011"},
    {"ToValidUTF8", "ss>s", "", "", "", 0, 0, ""},
    {"ToValidUTF8", "ss>s", "", ",", "", 0, 0, ""},
    {"ToValidUTF8", "ss>s", "", "\303\251", "", 0, 0, ""},
    {"ToValidUTF8", "ss>s", "", "\377", "", 0, 0, ""},
    {"ToValidUTF8", "ss>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"ToValidUTF8", "ss>s", "a,b,,c", ",", "", 0, 0, "a,b,,c"},
    {"ToValidUTF8", "ss>s", "a,b,,c", "\303\251", "", 0, 0, "a,b,,c"},
    {"ToValidUTF8", "ss>s", "a,b,,c", "\377", "", 0, 0, "a,b,,c"},
    {"ToValidUTF8", "ss>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"ToValidUTF8", "ss>s", "h\303\251llo w\303\266rld", ",", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"ToValidUTF8", "ss>s", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"ToValidUTF8", "ss>s", "h\303\251llo w\303\266rld", "\377", "", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"ToValidUTF8", "ss>s", "\377\376ab\303", "", "", 0, 0, "ab"},
    {"ToValidUTF8", "ss>s", "\377\376ab\303", ",", "", 0, 0, ",ab,"},
    {"ToValidUTF8", "ss>s", "\377\376ab\303", "\303\251", "", 0, 0, "\303\251ab\303\251"},
    {"ToValidUTF8", "ss>s", "\377\376ab\303", "\377", "", 0, 0, "\377ab\377"},
    {"ToValidUTF8", "ss>s", "  x\302\240y \011", "", "", 0, 0, "  x\302\240y \011"},
    {"ToValidUTF8", "ss>s", "  x\302\240y \011", ",", "", 0, 0, "  x\302\240y \011"},
    {"ToValidUTF8", "ss>s", "  x\302\240y \011", "\303\251", "", 0, 0, "  x\302\240y \011"},
    {"ToValidUTF8", "ss>s", "  x\302\240y \011", "\377", "", 0, 0, "  x\302\240y \011"},
    {"Split", "ss>l", "", "", "", 0, 0, "0:"},
    {"Split", "ss>l", "", ",", "", 0, 0, "1:"},
    {"Split", "ss>l", "", "\303\251", "", 0, 0, "1:"},
    {"Split", "ss>l", "", "\377", "", 0, 0, "1:"},
    {"Split", "ss>l", "a,b,,c", "", "", 0, 0, "6:a|,|b|,|,|c"},
    {"Split", "ss>l", "a,b,,c", ",", "", 0, 0, "4:a|b||c"},
    {"Split", "ss>l", "a,b,,c", "\303\251", "", 0, 0, "1:a,b,,c"},
    {"Split", "ss>l", "a,b,,c", "\377", "", 0, 0, "1:a,b,,c"},
    {"Split", "ss>l", "h\303\251llo w\303\266rld", "", "", 0, 0,
     "11:h|\303\251|l|l|o| |w|\303\266|r|l|d"},
    {"Split", "ss>l", "h\303\251llo w\303\266rld", ",", "", 0, 0, "1:h\303\251llo w\303\266rld"},
    {"Split", "ss>l", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0, "2:h|llo w\303\266rld"},
    {"Split", "ss>l", "h\303\251llo w\303\266rld", "\377", "", 0, 0, "1:h\303\251llo w\303\266rld"},
    {"Split", "ss>l", "\377\376ab\303", "", "", 0, 0, "5:\357\277\275|\357\277\275|a|b|\303"},
    {"Split", "ss>l", "\377\376ab\303", ",", "", 0, 0, "1:\377\376ab\303"},
    {"Split", "ss>l", "\377\376ab\303", "\303\251", "", 0, 0, "1:\377\376ab\303"},
    {"Split", "ss>l", "\377\376ab\303", "\377", "", 0, 0, "2:|\376ab\303"},
    {"Split", "ss>l", "  x\302\240y \011", "", "", 0, 0, "7: | |x|\302\240|y| |\011"},
    {"Split", "ss>l", "  x\302\240y \011", ",", "", 0, 0, "1:  x\302\240y \011"},
    {"Split", "ss>l", "  x\302\240y \011", "\303\251", "", 0, 0, "1:  x\302\240y \011"},
    {"Split", "ss>l", "  x\302\240y \011", "\377", "", 0, 0, "1:  x\302\240y \011"},
    {"SplitAfter", "ss>l", "", "", "", 0, 0, "0:"},
    {"SplitAfter", "ss>l", "", ",", "", 0, 0, "1:"},
    {"SplitAfter", "ss>l", "", "\303\251", "", 0, 0, "1:"},
    {"SplitAfter", "ss>l", "", "\377", "", 0, 0, "1:"},
    {"SplitAfter", "ss>l", "a,b,,c", "", "", 0, 0, "6:a|,|b|,|,|c"},
    {"SplitAfter", "ss>l", "a,b,,c", ",", "", 0, 0, "4:a,|b,|,|c"},
    {"SplitAfter", "ss>l", "a,b,,c", "\303\251", "", 0, 0, "1:a,b,,c"},
    {"SplitAfter", "ss>l", "a,b,,c", "\377", "", 0, 0, "1:a,b,,c"},
    {"SplitAfter", "ss>l", "h\303\251llo w\303\266rld", "", "", 0, 0,
     "11:h|\303\251|l|l|o| |w|\303\266|r|l|d"},
    {"SplitAfter", "ss>l", "h\303\251llo w\303\266rld", ",", "", 0, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitAfter", "ss>l", "h\303\251llo w\303\266rld", "\303\251", "", 0, 0,
     "2:h\303\251|llo w\303\266rld"},
    {"SplitAfter", "ss>l", "h\303\251llo w\303\266rld", "\377", "", 0, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitAfter", "ss>l", "\377\376ab\303", "", "", 0, 0, "5:\357\277\275|\357\277\275|a|b|\303"},
    {"SplitAfter", "ss>l", "\377\376ab\303", ",", "", 0, 0, "1:\377\376ab\303"},
    {"SplitAfter", "ss>l", "\377\376ab\303", "\303\251", "", 0, 0, "1:\377\376ab\303"},
    {"SplitAfter", "ss>l", "\377\376ab\303", "\377", "", 0, 0, "2:\377|\376ab\303"},
    {"SplitAfter", "ss>l", "  x\302\240y \011", "", "", 0, 0, "7: | |x|\302\240|y| |\011"},
    {"SplitAfter", "ss>l", "  x\302\240y \011", ",", "", 0, 0, "1:  x\302\240y \011"},
    {"SplitAfter", "ss>l", "  x\302\240y \011", "\303\251", "", 0, 0, "1:  x\302\240y \011"},
    {"SplitAfter", "ss>l", "  x\302\240y \011", "\377", "", 0, 0, "1:  x\302\240y \011"},
    {"EqualFold", "ss>b", "Stra\303\237e", "Stra\303\237e", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "Stra\303\237e", "STRASSE", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "Stra\303\237e", "\316\243\316\221\316\243", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "Stra\303\237e", "\317\203\316\261\317\202", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "Stra\303\237e", "k", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "Stra\303\237e", "\342\204\252", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "STRASSE", "Stra\303\237e", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "STRASSE", "STRASSE", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "STRASSE", "\316\243\316\221\316\243", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "STRASSE", "\317\203\316\261\317\202", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "STRASSE", "k", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "STRASSE", "\342\204\252", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\316\243\316\221\316\243", "Stra\303\237e", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\316\243\316\221\316\243", "STRASSE", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\316\243\316\221\316\243", "\316\243\316\221\316\243", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "\316\243\316\221\316\243", "\317\203\316\261\317\202", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "\316\243\316\221\316\243", "k", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\316\243\316\221\316\243", "\342\204\252", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\317\203\316\261\317\202", "Stra\303\237e", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\317\203\316\261\317\202", "STRASSE", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\317\203\316\261\317\202", "\316\243\316\221\316\243", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "\317\203\316\261\317\202", "\317\203\316\261\317\202", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "\317\203\316\261\317\202", "k", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\317\203\316\261\317\202", "\342\204\252", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "k", "Stra\303\237e", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "k", "STRASSE", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "k", "\316\243\316\221\316\243", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "k", "\317\203\316\261\317\202", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "k", "k", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "k", "\342\204\252", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "\342\204\252", "Stra\303\237e", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\342\204\252", "STRASSE", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\342\204\252", "\316\243\316\221\316\243", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\342\204\252", "\317\203\316\261\317\202", "", 0, 0, "false"},
    {"EqualFold", "ss>b", "\342\204\252", "k", "", 0, 0, "true"},
    {"EqualFold", "ss>b", "\342\204\252", "\342\204\252", "", 0, 0, "true"},
    {"SplitN", "ssi>l", "", "", "<>", -1, 0, "0:"},
    {"SplitN", "ssi>l", "", "", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "", "", "<>", 2, 0, "0:"},
    {"SplitN", "ssi>l", "", ",", "<>", -1, 0, "1:"},
    {"SplitN", "ssi>l", "", ",", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "", ",", "<>", 2, 0, "1:"},
    {"SplitN", "ssi>l", "", "\303\251", "<>", -1, 0, "1:"},
    {"SplitN", "ssi>l", "", "\303\251", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "", "\303\251", "<>", 2, 0, "1:"},
    {"SplitN", "ssi>l", "", "\377", "<>", -1, 0, "1:"},
    {"SplitN", "ssi>l", "", "\377", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "", "\377", "<>", 2, 0, "1:"},
    {"SplitN", "ssi>l", "a,b,,c", "", "<>", -1, 0, "6:a|,|b|,|,|c"},
    {"SplitN", "ssi>l", "a,b,,c", "", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "a,b,,c", "", "<>", 2, 0, "2:a|,b,,c"},
    {"SplitN", "ssi>l", "a,b,,c", ",", "<>", -1, 0, "4:a|b||c"},
    {"SplitN", "ssi>l", "a,b,,c", ",", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "a,b,,c", ",", "<>", 2, 0, "2:a|b,,c"},
    {"SplitN", "ssi>l", "a,b,,c", "\303\251", "<>", -1, 0, "1:a,b,,c"},
    {"SplitN", "ssi>l", "a,b,,c", "\303\251", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "a,b,,c", "\303\251", "<>", 2, 0, "1:a,b,,c"},
    {"SplitN", "ssi>l", "a,b,,c", "\377", "<>", -1, 0, "1:a,b,,c"},
    {"SplitN", "ssi>l", "a,b,,c", "\377", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "a,b,,c", "\377", "<>", 2, 0, "1:a,b,,c"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "", "<>", -1, 0,
     "11:h|\303\251|l|l|o| |w|\303\266|r|l|d"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "", "<>", 2, 0,
     "2:h|\303\251llo w\303\266rld"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", ",", "<>", -1, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", ",", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", ",", "<>", 2, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "\303\251", "<>", -1, 0,
     "2:h|llo w\303\266rld"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "\303\251", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "\303\251", "<>", 2, 0,
     "2:h|llo w\303\266rld"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "\377", "<>", -1, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "\377", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "h\303\251llo w\303\266rld", "\377", "<>", 2, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitN", "ssi>l", "\377\376ab\303", "", "<>", -1, 0, "5:\357\277\275|\357\277\275|a|b|\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", "", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "\377\376ab\303", "", "<>", 2, 0, "2:\357\277\275|\376ab\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", ",", "<>", -1, 0, "1:\377\376ab\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", ",", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "\377\376ab\303", ",", "<>", 2, 0, "1:\377\376ab\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", "\303\251", "<>", -1, 0, "1:\377\376ab\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", "\303\251", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "\377\376ab\303", "\303\251", "<>", 2, 0, "1:\377\376ab\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", "\377", "<>", -1, 0, "2:|\376ab\303"},
    {"SplitN", "ssi>l", "\377\376ab\303", "\377", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "\377\376ab\303", "\377", "<>", 2, 0, "2:|\376ab\303"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "", "<>", -1, 0, "7: | |x|\302\240|y| |\011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "", "<>", 2, 0, "2: | x\302\240y \011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", ",", "<>", -1, 0, "1:  x\302\240y \011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", ",", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "  x\302\240y \011", ",", "<>", 2, 0, "1:  x\302\240y \011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "\303\251", "<>", -1, 0, "1:  x\302\240y \011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "\303\251", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "\303\251", "<>", 2, 0, "1:  x\302\240y \011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "\377", "<>", -1, 0, "1:  x\302\240y \011"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "\377", "<>", 0, 0, "nil"},
    {"SplitN", "ssi>l", "  x\302\240y \011", "\377", "<>", 2, 0, "1:  x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "", "", "<>", -1, 0, "0:"},
    {"SplitAfterN", "ssi>l", "", "", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "", "", "<>", 2, 0, "0:"},
    {"SplitAfterN", "ssi>l", "", ",", "<>", -1, 0, "1:"},
    {"SplitAfterN", "ssi>l", "", ",", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "", ",", "<>", 2, 0, "1:"},
    {"SplitAfterN", "ssi>l", "", "\303\251", "<>", -1, 0, "1:"},
    {"SplitAfterN", "ssi>l", "", "\303\251", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "", "\303\251", "<>", 2, 0, "1:"},
    {"SplitAfterN", "ssi>l", "", "\377", "<>", -1, 0, "1:"},
    {"SplitAfterN", "ssi>l", "", "\377", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "", "\377", "<>", 2, 0, "1:"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "", "<>", -1, 0, "6:a|,|b|,|,|c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "", "<>", 2, 0, "2:a|,b,,c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", ",", "<>", -1, 0, "4:a,|b,|,|c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", ",", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "a,b,,c", ",", "<>", 2, 0, "2:a,|b,,c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "\303\251", "<>", -1, 0, "1:a,b,,c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "\303\251", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "\303\251", "<>", 2, 0, "1:a,b,,c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "\377", "<>", -1, 0, "1:a,b,,c"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "\377", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "a,b,,c", "\377", "<>", 2, 0, "1:a,b,,c"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "", "<>", -1, 0,
     "11:h|\303\251|l|l|o| |w|\303\266|r|l|d"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "", "<>", 2, 0,
     "2:h|\303\251llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", ",", "<>", -1, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", ",", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", ",", "<>", 2, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "\303\251", "<>", -1, 0,
     "2:h\303\251|llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "\303\251", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "\303\251", "<>", 2, 0,
     "2:h\303\251|llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "\377", "<>", -1, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "\377", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "h\303\251llo w\303\266rld", "\377", "<>", 2, 0,
     "1:h\303\251llo w\303\266rld"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "", "<>", -1, 0,
     "5:\357\277\275|\357\277\275|a|b|\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "", "<>", 2, 0, "2:\357\277\275|\376ab\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", ",", "<>", -1, 0, "1:\377\376ab\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", ",", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", ",", "<>", 2, 0, "1:\377\376ab\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "\303\251", "<>", -1, 0, "1:\377\376ab\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "\303\251", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "\303\251", "<>", 2, 0, "1:\377\376ab\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "\377", "<>", -1, 0, "2:\377|\376ab\303"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "\377", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "\377\376ab\303", "\377", "<>", 2, 0, "2:\377|\376ab\303"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "", "<>", -1, 0, "7: | |x|\302\240|y| |\011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "", "<>", 2, 0, "2: | x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", ",", "<>", -1, 0, "1:  x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", ",", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", ",", "<>", 2, 0, "1:  x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "\303\251", "<>", -1, 0, "1:  x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "\303\251", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "\303\251", "<>", 2, 0, "1:  x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "\377", "<>", -1, 0, "1:  x\302\240y \011"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "\377", "<>", 0, 0, "nil"},
    {"SplitAfterN", "ssi>l", "  x\302\240y \011", "\377", "<>", 2, 0, "1:  x\302\240y \011"},
    {"Replace", "sssi>s", "", "", "<>", -1, 0, "<>"},
    {"Replace", "sssi>s", "", "", "<>", 0, 0, ""},
    {"Replace", "sssi>s", "", "", "<>", 2, 0, "<>"},
    {"Replace", "sssi>s", "", ",", "<>", -1, 0, ""},
    {"Replace", "sssi>s", "", ",", "<>", 0, 0, ""},
    {"Replace", "sssi>s", "", ",", "<>", 2, 0, ""},
    {"Replace", "sssi>s", "", "\303\251", "<>", -1, 0, ""},
    {"Replace", "sssi>s", "", "\303\251", "<>", 0, 0, ""},
    {"Replace", "sssi>s", "", "\303\251", "<>", 2, 0, ""},
    {"Replace", "sssi>s", "", "\377", "<>", -1, 0, ""},
    {"Replace", "sssi>s", "", "\377", "<>", 0, 0, ""},
    {"Replace", "sssi>s", "", "\377", "<>", 2, 0, ""},
    {"Replace", "sssi>s", "a,b,,c", "", "<>", -1, 0, "<>a<>,<>b<>,<>,<>c<>"},
    {"Replace", "sssi>s", "a,b,,c", "", "<>", 0, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", "", "<>", 2, 0, "<>a<>,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", ",", "<>", -1, 0, "a<>b<><>c"},
    {"Replace", "sssi>s", "a,b,,c", ",", "<>", 0, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", ",", "<>", 2, 0, "a<>b<>,c"},
    {"Replace", "sssi>s", "a,b,,c", "\303\251", "<>", -1, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", "\303\251", "<>", 0, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", "\303\251", "<>", 2, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", "\377", "<>", -1, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", "\377", "<>", 0, 0, "a,b,,c"},
    {"Replace", "sssi>s", "a,b,,c", "\377", "<>", 2, 0, "a,b,,c"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "", "<>", -1, 0,
     "<>h<>\303\251<>l<>l<>o<> <>w<>\303\266<>r<>l<>d<>"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "", "<>", 0, 0, "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "", "<>", 2, 0,
     "<>h<>\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", ",", "<>", -1, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", ",", "<>", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", ",", "<>", 2, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "\303\251", "<>", -1, 0,
     "h<>llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "\303\251", "<>", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "\303\251", "<>", 2, 0,
     "h<>llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "\377", "<>", -1, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "\377", "<>", 0, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "h\303\251llo w\303\266rld", "\377", "<>", 2, 0,
     "h\303\251llo w\303\266rld"},
    {"Replace", "sssi>s", "\377\376ab\303", "", "<>", -1, 0, "<>\377<>\376<>a<>b<>\303<>"},
    {"Replace", "sssi>s", "\377\376ab\303", "", "<>", 0, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "", "<>", 2, 0, "<>\377<>\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", ",", "<>", -1, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", ",", "<>", 0, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", ",", "<>", 2, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "\303\251", "<>", -1, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "\303\251", "<>", 0, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "\303\251", "<>", 2, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "\377", "<>", -1, 0, "<>\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "\377", "<>", 0, 0, "\377\376ab\303"},
    {"Replace", "sssi>s", "\377\376ab\303", "\377", "<>", 2, 0, "<>\376ab\303"},
    {"Replace", "sssi>s", "  x\302\240y \011", "", "<>", -1, 0,
     "<> <> <>x<>\302\240<>y<> <>\011<>"},
    {"Replace", "sssi>s", "  x\302\240y \011", "", "<>", 0, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "", "<>", 2, 0, "<> <> x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", ",", "<>", -1, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", ",", "<>", 0, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", ",", "<>", 2, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "\303\251", "<>", -1, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "\303\251", "<>", 0, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "\303\251", "<>", 2, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "\377", "<>", -1, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "\377", "<>", 0, 0, "  x\302\240y \011"},
    {"Replace", "sssi>s", "  x\302\240y \011", "\377", "<>", 2, 0, "  x\302\240y \011"},
    {"ContainsRune", "sr>b", "", "", "", 97, 0, "false"},
    {"ContainsRune", "sr>b", "", "", "", 39, 0, "false"},
    {"ContainsRune", "sr>b", "", "", "", 233, 0, "false"},
    {"ContainsRune", "sr>b", "", "", "", 8232, 0, "false"},
    {"ContainsRune", "sr>b", "", "", "", 55296, 0, "false"},
    {"ContainsRune", "sr>b", "", "", "", -1, 0, "false"},
    {"ContainsRune", "sr>b", "a,b,,c", "", "", 97, 0, "true"},
    {"ContainsRune", "sr>b", "a,b,,c", "", "", 39, 0, "false"},
    {"ContainsRune", "sr>b", "a,b,,c", "", "", 233, 0, "false"},
    {"ContainsRune", "sr>b", "a,b,,c", "", "", 8232, 0, "false"},
    {"ContainsRune", "sr>b", "a,b,,c", "", "", 55296, 0, "false"},
    {"ContainsRune", "sr>b", "a,b,,c", "", "", -1, 0, "false"},
    {"ContainsRune", "sr>b", "h\303\251llo w\303\266rld", "", "", 97, 0, "false"},
    {"ContainsRune", "sr>b", "h\303\251llo w\303\266rld", "", "", 39, 0, "false"},
    {"ContainsRune", "sr>b", "h\303\251llo w\303\266rld", "", "", 233, 0, "true"},
    {"ContainsRune", "sr>b", "h\303\251llo w\303\266rld", "", "", 8232, 0, "false"},
    {"ContainsRune", "sr>b", "h\303\251llo w\303\266rld", "", "", 55296, 0, "false"},
    {"ContainsRune", "sr>b", "h\303\251llo w\303\266rld", "", "", -1, 0, "false"},
    {"ContainsRune", "sr>b", "\377\376ab\303", "", "", 97, 0, "true"},
    {"ContainsRune", "sr>b", "\377\376ab\303", "", "", 39, 0, "false"},
    {"ContainsRune", "sr>b", "\377\376ab\303", "", "", 233, 0, "false"},
    {"ContainsRune", "sr>b", "\377\376ab\303", "", "", 8232, 0, "false"},
    {"ContainsRune", "sr>b", "\377\376ab\303", "", "", 55296, 0, "false"},
    {"ContainsRune", "sr>b", "\377\376ab\303", "", "", -1, 0, "false"},
    {"ContainsRune", "sr>b", "  x\302\240y \011", "", "", 97, 0, "false"},
    {"ContainsRune", "sr>b", "  x\302\240y \011", "", "", 39, 0, "false"},
    {"ContainsRune", "sr>b", "  x\302\240y \011", "", "", 233, 0, "false"},
    {"ContainsRune", "sr>b", "  x\302\240y \011", "", "", 8232, 0, "false"},
    {"ContainsRune", "sr>b", "  x\302\240y \011", "", "", 55296, 0, "false"},
    {"ContainsRune", "sr>b", "  x\302\240y \011", "", "", -1, 0, "false"},
    {"IndexRune", "sr>i", "", "", "", 97, 0, "-1"},
    {"IndexRune", "sr>i", "", "", "", 39, 0, "-1"},
    {"IndexRune", "sr>i", "", "", "", 233, 0, "-1"},
    {"IndexRune", "sr>i", "", "", "", 8232, 0, "-1"},
    {"IndexRune", "sr>i", "", "", "", 55296, 0, "-1"},
    {"IndexRune", "sr>i", "", "", "", -1, 0, "-1"},
    {"IndexRune", "sr>i", "a,b,,c", "", "", 97, 0, "0"},
    {"IndexRune", "sr>i", "a,b,,c", "", "", 39, 0, "-1"},
    {"IndexRune", "sr>i", "a,b,,c", "", "", 233, 0, "-1"},
    {"IndexRune", "sr>i", "a,b,,c", "", "", 8232, 0, "-1"},
    {"IndexRune", "sr>i", "a,b,,c", "", "", 55296, 0, "-1"},
    {"IndexRune", "sr>i", "a,b,,c", "", "", -1, 0, "-1"},
    {"IndexRune", "sr>i", "h\303\251llo w\303\266rld", "", "", 97, 0, "-1"},
    {"IndexRune", "sr>i", "h\303\251llo w\303\266rld", "", "", 39, 0, "-1"},
    {"IndexRune", "sr>i", "h\303\251llo w\303\266rld", "", "", 233, 0, "1"},
    {"IndexRune", "sr>i", "h\303\251llo w\303\266rld", "", "", 8232, 0, "-1"},
    {"IndexRune", "sr>i", "h\303\251llo w\303\266rld", "", "", 55296, 0, "-1"},
    {"IndexRune", "sr>i", "h\303\251llo w\303\266rld", "", "", -1, 0, "-1"},
    {"IndexRune", "sr>i", "\377\376ab\303", "", "", 97, 0, "2"},
    {"IndexRune", "sr>i", "\377\376ab\303", "", "", 39, 0, "-1"},
    {"IndexRune", "sr>i", "\377\376ab\303", "", "", 233, 0, "-1"},
    {"IndexRune", "sr>i", "\377\376ab\303", "", "", 8232, 0, "-1"},
    {"IndexRune", "sr>i", "\377\376ab\303", "", "", 55296, 0, "-1"},
    {"IndexRune", "sr>i", "\377\376ab\303", "", "", -1, 0, "-1"},
    {"IndexRune", "sr>i", "  x\302\240y \011", "", "", 97, 0, "-1"},
    {"IndexRune", "sr>i", "  x\302\240y \011", "", "", 39, 0, "-1"},
    {"IndexRune", "sr>i", "  x\302\240y \011", "", "", 233, 0, "-1"},
    {"IndexRune", "sr>i", "  x\302\240y \011", "", "", 8232, 0, "-1"},
    {"IndexRune", "sr>i", "  x\302\240y \011", "", "", 55296, 0, "-1"},
    {"IndexRune", "sr>i", "  x\302\240y \011", "", "", -1, 0, "-1"},
    {"IndexByte", "sc>i", "", "", "", 44, 0, "-1"},
    {"IndexByte", "sc>i", "", "", "", 255, 0, "-1"},
    {"IndexByte", "sc>i", "a,b,,c", "", "", 44, 0, "1"},
    {"IndexByte", "sc>i", "a,b,,c", "", "", 255, 0, "-1"},
    {"IndexByte", "sc>i", "h\303\251llo w\303\266rld", "", "", 44, 0, "-1"},
    {"IndexByte", "sc>i", "h\303\251llo w\303\266rld", "", "", 255, 0, "-1"},
    {"IndexByte", "sc>i", "\377\376ab\303", "", "", 44, 0, "-1"},
    {"IndexByte", "sc>i", "\377\376ab\303", "", "", 255, 0, "0"},
    {"IndexByte", "sc>i", "  x\302\240y \011", "", "", 44, 0, "-1"},
    {"IndexByte", "sc>i", "  x\302\240y \011", "", "", 255, 0, "-1"},
    {"LastIndexByte", "sc>i", "", "", "", 44, 0, "-1"},
    {"LastIndexByte", "sc>i", "", "", "", 255, 0, "-1"},
    {"LastIndexByte", "sc>i", "a,b,,c", "", "", 44, 0, "4"},
    {"LastIndexByte", "sc>i", "a,b,,c", "", "", 255, 0, "-1"},
    {"LastIndexByte", "sc>i", "h\303\251llo w\303\266rld", "", "", 44, 0, "-1"},
    {"LastIndexByte", "sc>i", "h\303\251llo w\303\266rld", "", "", 255, 0, "-1"},
    {"LastIndexByte", "sc>i", "\377\376ab\303", "", "", 44, 0, "-1"},
    {"LastIndexByte", "sc>i", "\377\376ab\303", "", "", 255, 0, "0"},
    {"LastIndexByte", "sc>i", "  x\302\240y \011", "", "", 44, 0, "-1"},
    {"LastIndexByte", "sc>i", "  x\302\240y \011", "", "", 255, 0, "-1"},
    {"ToUpper", "s>s", "", "", "", 0, 0, ""},
    {"ToUpper", "s>s", "a,b,,c", "", "", 0, 0, "A,B,,C"},
    {"ToUpper", "s>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "H\303\211LLO W\303\226RLD"},
    {"ToUpper", "s>s", "\377\376ab\303", "", "", 0, 0, "\357\277\275\357\277\275AB\357\277\275"},
    {"ToUpper", "s>s", "  x\302\240y \011", "", "", 0, 0, "  X\302\240Y \011"},
    {"ToLower", "s>s", "", "", "", 0, 0, ""},
    {"ToLower", "s>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"ToLower", "s>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"ToLower", "s>s", "\377\376ab\303", "", "", 0, 0, "\357\277\275\357\277\275ab\357\277\275"},
    {"ToLower", "s>s", "  x\302\240y \011", "", "", 0, 0, "  x\302\240y \011"},
    {"ToTitle", "s>s", "", "", "", 0, 0, ""},
    {"ToTitle", "s>s", "a,b,,c", "", "", 0, 0, "A,B,,C"},
    {"ToTitle", "s>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "H\303\211LLO W\303\226RLD"},
    {"ToTitle", "s>s", "\377\376ab\303", "", "", 0, 0, "\357\277\275\357\277\275AB\357\277\275"},
    {"ToTitle", "s>s", "  x\302\240y \011", "", "", 0, 0, "  X\302\240Y \011"},
    {"TrimSpace", "s>s", "", "", "", 0, 0, ""},
    {"TrimSpace", "s>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"TrimSpace", "s>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"TrimSpace", "s>s", "\377\376ab\303", "", "", 0, 0, "\377\376ab\303"},
    {"TrimSpace", "s>s", "  x\302\240y \011", "", "", 0, 0, "x\302\240y"},
    {"Clone", "s>s", "", "", "", 0, 0, ""},
    {"Clone", "s>s", "a,b,,c", "", "", 0, 0, "a,b,,c"},
    {"Clone", "s>s", "h\303\251llo w\303\266rld", "", "", 0, 0, "h\303\251llo w\303\266rld"},
    {"Clone", "s>s", "\377\376ab\303", "", "", 0, 0, "\377\376ab\303"},
    {"Clone", "s>s", "  x\302\240y \011", "", "", 0, 0, "  x\302\240y \011"},
    {"Fields", "s>l", "", "", "", 0, 0, "0:"},
    {"Fields", "s>l", "a,b,,c", "", "", 0, 0, "1:a,b,,c"},
    {"Fields", "s>l", "h\303\251llo w\303\266rld", "", "", 0, 0, "2:h\303\251llo|w\303\266rld"},
    {"Fields", "s>l", "\377\376ab\303", "", "", 0, 0, "1:\377\376ab\303"},
    {"Fields", "s>l", "  x\302\240y \011", "", "", 0, 0, "2:x|y"},
    {"repeat", "si>s", "", "", "", 0, 0, ""},
    {"repeat", "si>s", "", "", "", 2, 0, ""},
    {"repeat", "si>s", "a,b,,c", "", "", 0, 0, ""},
    {"repeat", "si>s", "a,b,,c", "", "", 2, 0, "a,b,,ca,b,,c"},
    {"repeat", "si>s", "h\303\251llo w\303\266rld", "", "", 0, 0, ""},
    {"repeat", "si>s", "h\303\251llo w\303\266rld", "", "", 2, 0,
     "h\303\251llo w\303\266rldh\303\251llo w\303\266rld"},
    {"repeat", "si>s", "\377\376ab\303", "", "", 0, 0, ""},
    {"repeat", "si>s", "\377\376ab\303", "", "", 2, 0, "\377\376ab\303\377\376ab\303"},
    {"repeat", "si>s", "  x\302\240y \011", "", "", 0, 0, ""},
    {"repeat", "si>s", "  x\302\240y \011", "", "", 2, 0, "  x\302\240y \011  x\302\240y \011"},
    {"Join", "ls>s", "", "", "", 0, 0, ""},
    {"Join", "ls>s", "", ",", "", 0, 0, ""},
    {"Join", "ls>s", "", "\303\251", "", 0, 0, ""},
    {"Join", "ls>s", "", "\377", "", 0, 0, ""},
    {"Join", "ls>s", "a", "", "", 1, 0, "a"},
    {"Join", "ls>s", "a", ",", "", 1, 0, "a"},
    {"Join", "ls>s", "a", "\303\251", "", 1, 0, "a"},
    {"Join", "ls>s", "a", "\377", "", 1, 0, "a"},
    {"Join", "ls>s", "a||c|", "", "", 4, 0, "ac"},
    {"Join", "ls>s", "a||c|", ",", "", 4, 0, "a,,c,"},
    {"Join", "ls>s", "a||c|", "\303\251", "", 4, 0, "a\303\251\303\251c\303\251"},
    {"Join", "ls>s", "a||c|", "\377", "", 4, 0, "a\377\377c\377"},
};
static const Case strconv_cases[] = {
    {"Itoa", "i>s", "", "", "", 0, 0, "0"},
    {"Itoa", "i>s", "", "", "", -99, 0, "-99"},
    {"Itoa", "i>s", "", "", "", INT64_MIN, 0, "-9223372036854775808"},
    {"formatInt", "ii>s", "", "", "", 0, 2, "0"},
    {"formatInt", "ii>s", "", "", "", 0, 16, "0"},
    {"formatInt", "ii>s", "", "", "", 0, 36, "0"},
    {"formatInt", "ii>s", "", "", "", -99, 2, "-1100011"},
    {"formatInt", "ii>s", "", "", "", -99, 16, "-63"},
    {"formatInt", "ii>s", "", "", "", -99, 36, "-2r"},
    {"formatInt", "ii>s", "", "", "", INT64_MIN, 2,
     "-1000000000000000000000000000000000000000000000000000000000000000"},
    {"formatInt", "ii>s", "", "", "", INT64_MIN, 16, "-8000000000000000"},
    {"formatInt", "ii>s", "", "", "", INT64_MIN, 36, "-1y2p0ij32e8e8"},
    {"formatUint", "ii>s", "", "", "", 0, 2, "0"},
    {"formatUint", "ii>s", "", "", "", 0, 16, "0"},
    {"formatUint", "ii>s", "", "", "", 0, 36, "0"},
    {"formatUint", "ii>s", "", "", "", -99, 2,
     "1111111111111111111111111111111111111111111111111111111110011101"},
    {"formatUint", "ii>s", "", "", "", -99, 16, "ffffffffffffff9d"},
    {"formatUint", "ii>s", "", "", "", -99, 36, "3w5e11264sgpp"},
    {"formatUint", "ii>s", "", "", "", INT64_MIN, 2,
     "1000000000000000000000000000000000000000000000000000000000000000"},
    {"formatUint", "ii>s", "", "", "", INT64_MIN, 16, "8000000000000000"},
    {"formatUint", "ii>s", "", "", "", INT64_MIN, 36, "1y2p0ij32e8e8"},
    {"atoi", "s>ic", "", "", "", 0, 0, "0 1"},
    {"atoi", "s>ic", "-12", "", "", 0, 0, "-12 0"},
    {"atoi", "s>ic", "0x1f", "", "", 0, 0, "0 1"},
    {"atoi", "s>ic", "1_000", "", "", 0, 0, "0 1"},
    {"atoi", "s>ic", "9223372036854775808", "", "", 0, 0, "9223372036854775807 2"},
    {"atoi", "s>ic", "abc", "", "", 0, 0, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 0, 0, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 0, 8, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 0, 65, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 2, 0, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 2, 8, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 2, 65, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 16, 0, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 16, 8, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 16, 65, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 36, 0, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 36, 8, "0 1"},
    {"parseInt", "sii>ic", "", "", "", 36, 65, "0 1"},
    {"parseInt", "sii>ic", "-12", "", "", 0, 0, "-12 0"},
    {"parseInt", "sii>ic", "-12", "", "", 0, 8, "-12 0"},
    {"parseInt", "sii>ic", "-12", "", "", 0, 65, "0 4"},
    {"parseInt", "sii>ic", "-12", "", "", 2, 0, "0 1"},
    {"parseInt", "sii>ic", "-12", "", "", 2, 8, "0 1"},
    {"parseInt", "sii>ic", "-12", "", "", 2, 65, "0 4"},
    {"parseInt", "sii>ic", "-12", "", "", 16, 0, "-18 0"},
    {"parseInt", "sii>ic", "-12", "", "", 16, 8, "-18 0"},
    {"parseInt", "sii>ic", "-12", "", "", 16, 65, "0 4"},
    {"parseInt", "sii>ic", "-12", "", "", 36, 0, "-38 0"},
    {"parseInt", "sii>ic", "-12", "", "", 36, 8, "-38 0"},
    {"parseInt", "sii>ic", "-12", "", "", 36, 65, "0 4"},
    {"parseInt", "sii>ic", "0x1f", "", "", 0, 0, "31 0"},
    {"parseInt", "sii>ic", "0x1f", "", "", 0, 8, "31 0"},
    {"parseInt", "sii>ic", "0x1f", "", "", 0, 65, "0 4"},
    {"parseInt", "sii>ic", "0x1f", "", "", 2, 0, "0 1"},
    {"parseInt", "sii>ic", "0x1f", "", "", 2, 8, "0 1"},
    {"parseInt", "sii>ic", "0x1f", "", "", 2, 65, "0 4"},
    {"parseInt", "sii>ic", "0x1f", "", "", 16, 0, "0 1"},
    {"parseInt", "sii>ic", "0x1f", "", "", 16, 8, "0 1"},
    {"parseInt", "sii>ic", "0x1f", "", "", 16, 65, "0 4"},
    {"parseInt", "sii>ic", "0x1f", "", "", 36, 0, "42819 0"},
    {"parseInt", "sii>ic", "0x1f", "", "", 36, 8, "127 2"},
    {"parseInt", "sii>ic", "0x1f", "", "", 36, 65, "0 4"},
    {"parseInt", "sii>ic", "1_000", "", "", 0, 0, "1000 0"},
    {"parseInt", "sii>ic", "1_000", "", "", 0, 8, "127 2"},
    {"parseInt", "sii>ic", "1_000", "", "", 0, 65, "0 4"},
    {"parseInt", "sii>ic", "1_000", "", "", 2, 0, "0 1"},
    {"parseInt", "sii>ic", "1_000", "", "", 2, 8, "0 1"},
    {"parseInt", "sii>ic", "1_000", "", "", 2, 65, "0 4"},
    {"parseInt", "sii>ic", "1_000", "", "", 16, 0, "0 1"},
    {"parseInt", "sii>ic", "1_000", "", "", 16, 8, "0 1"},
    {"parseInt", "sii>ic", "1_000", "", "", 16, 65, "0 4"},
    {"parseInt", "sii>ic", "1_000", "", "", 36, 0, "0 1"},
    {"parseInt", "sii>ic", "1_000", "", "", 36, 8, "0 1"},
    {"parseInt", "sii>ic", "1_000", "", "", 36, 65, "0 4"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 0, 0, "9223372036854775807 2"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 0, 8, "127 2"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 0, 65, "0 4"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 2, 0, "0 1"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 2, 8, "0 1"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 2, 65, "0 4"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 16, 0, "9223372036854775807 2"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 16, 8, "127 2"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 16, 65, "0 4"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 36, 0, "9223372036854775807 2"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 36, 8, "127 2"},
    {"parseInt", "sii>ic", "9223372036854775808", "", "", 36, 65, "0 4"},
    {"parseInt", "sii>ic", "abc", "", "", 0, 0, "0 1"},
    {"parseInt", "sii>ic", "abc", "", "", 0, 8, "0 1"},
    {"parseInt", "sii>ic", "abc", "", "", 0, 65, "0 4"},
    {"parseInt", "sii>ic", "abc", "", "", 2, 0, "0 1"},
    {"parseInt", "sii>ic", "abc", "", "", 2, 8, "0 1"},
    {"parseInt", "sii>ic", "abc", "", "", 2, 65, "0 4"},
    {"parseInt", "sii>ic", "abc", "", "", 16, 0, "2748 0"},
    {"parseInt", "sii>ic", "abc", "", "", 16, 8, "127 2"},
    {"parseInt", "sii>ic", "abc", "", "", 16, 65, "0 4"},
    {"parseInt", "sii>ic", "abc", "", "", 36, 0, "13368 0"},
    {"parseInt", "sii>ic", "abc", "", "", 36, 8, "127 2"},
    {"parseInt", "sii>ic", "abc", "", "", 36, 65, "0 4"},
    {"parseUint", "sii>uc", "", "", "", 0, 0, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 0, 8, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 0, 65, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 2, 0, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 2, 8, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 2, 65, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 16, 0, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 16, 8, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 16, 65, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 36, 0, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 36, 8, "0 1"},
    {"parseUint", "sii>uc", "", "", "", 36, 65, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 0, 0, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 0, 8, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 0, 65, "0 4"},
    {"parseUint", "sii>uc", "-12", "", "", 2, 0, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 2, 8, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 2, 65, "0 4"},
    {"parseUint", "sii>uc", "-12", "", "", 16, 0, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 16, 8, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 16, 65, "0 4"},
    {"parseUint", "sii>uc", "-12", "", "", 36, 0, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 36, 8, "0 1"},
    {"parseUint", "sii>uc", "-12", "", "", 36, 65, "0 4"},
    {"parseUint", "sii>uc", "0x1f", "", "", 0, 0, "31 0"},
    {"parseUint", "sii>uc", "0x1f", "", "", 0, 8, "31 0"},
    {"parseUint", "sii>uc", "0x1f", "", "", 0, 65, "0 4"},
    {"parseUint", "sii>uc", "0x1f", "", "", 2, 0, "0 1"},
    {"parseUint", "sii>uc", "0x1f", "", "", 2, 8, "0 1"},
    {"parseUint", "sii>uc", "0x1f", "", "", 2, 65, "0 4"},
    {"parseUint", "sii>uc", "0x1f", "", "", 16, 0, "0 1"},
    {"parseUint", "sii>uc", "0x1f", "", "", 16, 8, "0 1"},
    {"parseUint", "sii>uc", "0x1f", "", "", 16, 65, "0 4"},
    {"parseUint", "sii>uc", "0x1f", "", "", 36, 0, "42819 0"},
    {"parseUint", "sii>uc", "0x1f", "", "", 36, 8, "255 2"},
    {"parseUint", "sii>uc", "0x1f", "", "", 36, 65, "0 4"},
    {"parseUint", "sii>uc", "1_000", "", "", 0, 0, "1000 0"},
    {"parseUint", "sii>uc", "1_000", "", "", 0, 8, "255 2"},
    {"parseUint", "sii>uc", "1_000", "", "", 0, 65, "0 4"},
    {"parseUint", "sii>uc", "1_000", "", "", 2, 0, "0 1"},
    {"parseUint", "sii>uc", "1_000", "", "", 2, 8, "0 1"},
    {"parseUint", "sii>uc", "1_000", "", "", 2, 65, "0 4"},
    {"parseUint", "sii>uc", "1_000", "", "", 16, 0, "0 1"},
    {"parseUint", "sii>uc", "1_000", "", "", 16, 8, "0 1"},
    {"parseUint", "sii>uc", "1_000", "", "", 16, 65, "0 4"},
    {"parseUint", "sii>uc", "1_000", "", "", 36, 0, "0 1"},
    {"parseUint", "sii>uc", "1_000", "", "", 36, 8, "0 1"},
    {"parseUint", "sii>uc", "1_000", "", "", 36, 65, "0 4"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 0, 0, "9223372036854775808 0"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 0, 8, "255 2"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 0, 65, "0 4"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 2, 0, "0 1"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 2, 8, "0 1"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 2, 65, "0 4"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 16, 0, "18446744073709551615 2"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 16, 8, "255 2"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 16, 65, "0 4"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 36, 0, "18446744073709551615 2"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 36, 8, "255 2"},
    {"parseUint", "sii>uc", "9223372036854775808", "", "", 36, 65, "0 4"},
    {"parseUint", "sii>uc", "abc", "", "", 0, 0, "0 1"},
    {"parseUint", "sii>uc", "abc", "", "", 0, 8, "0 1"},
    {"parseUint", "sii>uc", "abc", "", "", 0, 65, "0 4"},
    {"parseUint", "sii>uc", "abc", "", "", 2, 0, "0 1"},
    {"parseUint", "sii>uc", "abc", "", "", 2, 8, "0 1"},
    {"parseUint", "sii>uc", "abc", "", "", 2, 65, "0 4"},
    {"parseUint", "sii>uc", "abc", "", "", 16, 0, "2748 0"},
    {"parseUint", "sii>uc", "abc", "", "", 16, 8, "255 2"},
    {"parseUint", "sii>uc", "abc", "", "", 16, 65, "0 4"},
    {"parseUint", "sii>uc", "abc", "", "", 36, 0, "13368 0"},
    {"parseUint", "sii>uc", "abc", "", "", 36, 8, "255 2"},
    {"parseUint", "sii>uc", "abc", "", "", 36, 65, "0 4"},
    {"parseFloat", "si>fc", "1.5", "", "", 32, 0, "3ff8000000000000 0"},
    {"parseFloat", "si>fc", "1.5", "", "", 64, 0, "3ff8000000000000 0"},
    {"parseFloat", "si>fc", "1e400", "", "", 32, 0, "7ff0000000000000 2"},
    {"parseFloat", "si>fc", "1e400", "", "", 64, 0, "7ff0000000000000 2"},
    {"parseFloat", "si>fc", "0x1p-2", "", "", 32, 0, "3fd0000000000000 0"},
    {"parseFloat", "si>fc", "0x1p-2", "", "", 64, 0, "3fd0000000000000 0"},
    {"parseFloat", "si>fc", "-Inf", "", "", 32, 0, "fff0000000000000 0"},
    {"parseFloat", "si>fc", "-Inf", "", "", 64, 0, "fff0000000000000 0"},
    {"parseFloat", "si>fc", "1_0.5", "", "", 32, 0, "4025000000000000 0"},
    {"parseFloat", "si>fc", "1_0.5", "", "", 64, 0, "4025000000000000 0"},
    {"parseFloat", "si>fc", "3.5e38", "", "", 32, 0, "7ff0000000000000 2"},
    {"parseFloat", "si>fc", "3.5e38", "", "", 64, 0, "47f074f8c4d3cd7b 0"},
    {"parseFloat", "si>fc", "nan", "", "", 32, 0, "7ff8000000000000 0"},
    {"parseFloat", "si>fc", "nan", "", "", 64, 0, "7ff8000000000001 0"},
    {"parseFloat", "si>fc", "1e", "", "", 32, 0, "0000000000000000 1"},
    {"parseFloat", "si>fc", "1e", "", "", 64, 0, "0000000000000000 1"},
    {"Quote", "s>s", "a\"b\\", "", "", 0, 0, "\"a\\\"b\\\\\""},
    {"Quote", "s>s", "\007\001\177\012", "", "", 0, 0, "\"\\a\\x01\\x7f\\n\""},
    {"Quote", "s>s", "h\303\251llo\377", "", "", 0, 0, "\"h\303\251llo\\xff\""},
    {"Quote", "s>s", "\302\240\342\200\250\360\237\230\200\357\273\277", "", "", 0, 0,
     "\"\\u00a0\\u2028\360\237\230\200\\ufeff\""},
    {"QuoteToASCII", "s>s", "a\"b\\", "", "", 0, 0, "\"a\\\"b\\\\\""},
    {"QuoteToASCII", "s>s", "\007\001\177\012", "", "", 0, 0, "\"\\a\\x01\\x7f\\n\""},
    {"QuoteToASCII", "s>s", "h\303\251llo\377", "", "", 0, 0, "\"h\\u00e9llo\\xff\""},
    {"QuoteToASCII", "s>s", "\302\240\342\200\250\360\237\230\200\357\273\277", "", "", 0, 0,
     "\"\\u00a0\\u2028\\U0001f600\\ufeff\""},
    {"QuoteToGraphic", "s>s", "a\"b\\", "", "", 0, 0, "\"a\\\"b\\\\\""},
    {"QuoteToGraphic", "s>s", "\007\001\177\012", "", "", 0, 0, "\"\\a\\x01\\x7f\\n\""},
    {"QuoteToGraphic", "s>s", "h\303\251llo\377", "", "", 0, 0, "\"h\303\251llo\\xff\""},
    {"QuoteToGraphic", "s>s", "\302\240\342\200\250\360\237\230\200\357\273\277", "", "", 0, 0,
     "\"\302\240\\u2028\360\237\230\200\\ufeff\""},
    {"CanBackquote", "s>b", "a\"b\\", "", "", 0, 0, "true"},
    {"CanBackquote", "s>b", "\007\001\177\012", "", "", 0, 0, "false"},
    {"CanBackquote", "s>b", "h\303\251llo\377", "", "", 0, 0, "false"},
    {"CanBackquote", "s>b", "\302\240\342\200\250\360\237\230\200\357\273\277", "", "", 0, 0,
     "false"},
    {"QuoteRune", "r>s", "", "", "", 97, 0, "'a'"},
    {"QuoteRune", "r>s", "", "", "", 39, 0, "'\\''"},
    {"QuoteRune", "r>s", "", "", "", 233, 0, "'\303\251'"},
    {"QuoteRune", "r>s", "", "", "", 8232, 0, "'\\u2028'"},
    {"QuoteRune", "r>s", "", "", "", 55296, 0, "'\357\277\275'"},
    {"QuoteRune", "r>s", "", "", "", -1, 0, "'\357\277\275'"},
    {"QuoteRuneToASCII", "r>s", "", "", "", 97, 0, "'a'"},
    {"QuoteRuneToASCII", "r>s", "", "", "", 39, 0, "'\\''"},
    {"QuoteRuneToASCII", "r>s", "", "", "", 233, 0, "'\\u00e9'"},
    {"QuoteRuneToASCII", "r>s", "", "", "", 8232, 0, "'\\u2028'"},
    {"QuoteRuneToASCII", "r>s", "", "", "", 55296, 0, "'\\ufffd'"},
    {"QuoteRuneToASCII", "r>s", "", "", "", -1, 0, "'\\ufffd'"},
    {"QuoteRuneToGraphic", "r>s", "", "", "", 97, 0, "'a'"},
    {"QuoteRuneToGraphic", "r>s", "", "", "", 39, 0, "'\\''"},
    {"QuoteRuneToGraphic", "r>s", "", "", "", 233, 0, "'\303\251'"},
    {"QuoteRuneToGraphic", "r>s", "", "", "", 8232, 0, "'\\u2028'"},
    {"QuoteRuneToGraphic", "r>s", "", "", "", 55296, 0, "'\357\277\275'"},
    {"QuoteRuneToGraphic", "r>s", "", "", "", -1, 0, "'\357\277\275'"},
    {"IsPrint", "r>b", "", "", "", 97, 0, "true"},
    {"IsPrint", "r>b", "", "", "", 39, 0, "true"},
    {"IsPrint", "r>b", "", "", "", 233, 0, "true"},
    {"IsPrint", "r>b", "", "", "", 8232, 0, "false"},
    {"IsPrint", "r>b", "", "", "", 55296, 0, "false"},
    {"IsPrint", "r>b", "", "", "", -1, 0, "false"},
    {"IsGraphic", "r>b", "", "", "", 97, 0, "true"},
    {"IsGraphic", "r>b", "", "", "", 39, 0, "true"},
    {"IsGraphic", "r>b", "", "", "", 233, 0, "true"},
    {"IsGraphic", "r>b", "", "", "", 8232, 0, "false"},
    {"IsGraphic", "r>b", "", "", "", 55296, 0, "false"},
    {"IsGraphic", "r>b", "", "", "", -1, 0, "false"},
    {"unquote", "s>sb", "\"a\\\"b\"", "", "", 0, 0, "ok:a\"b"},
    {"unquote", "s>sb", "'\303\251'", "", "", 0, 0, "ok:\303\251"},
    {"unquote", "s>sb", "`a\015b`", "", "", 0, 0, "ok:ab"},
    {"unquote", "s>sb", "\"\\x41\\101\\u00e9\"", "", "", 0, 0, "ok:AA\303\251"},
    {"unquote", "s>sb", "\"\\400\"", "", "", 0, 0, "fail"},
    {"unquote", "s>sb", "'ab'", "", "", 0, 0, "fail"},
    {"unquote", "s>sb", "\"\"", "", "", 0, 0, "ok:"},
    {"unquote", "s>sb", "''", "", "", 0, 0, "ok:"},
    {"quotedPrefix", "s>sb", "\"a\\\"b\"tail", "", "", 0, 0, "ok:\"a\\\"b\""},
    {"quotedPrefix", "s>sb", "'\303\251'tail", "", "", 0, 0, "ok:'\303\251'"},
    {"quotedPrefix", "s>sb", "`a\015b`tail", "", "", 0, 0, "ok:`a\015b`"},
    {"quotedPrefix", "s>sb", "\"\\x41\\101\\u00e9\"tail", "", "", 0, 0, "ok:\"\\x41\\101\\u00e9\""},
    {"quotedPrefix", "s>sb", "\"\\400\"tail", "", "", 0, 0, "fail"},
    {"quotedPrefix", "s>sb", "'ab'tail", "", "", 0, 0, "fail"},
    {"quotedPrefix", "s>sb", "\"\"tail", "", "", 0, 0, "ok:\"\""},
    {"quotedPrefix", "s>sb", "''tail", "", "", 0, 0, "ok:''"},
    {"unquoteChar", "sc>rbsb", "\\n", "", "", 34, 0, "10 false|"},
    {"unquoteChar", "sc>rbsb", "\\n", "", "", 39, 0, "10 false|"},
    {"unquoteChar", "sc>rbsb", "\\n", "", "", 0, 0, "10 false|"},
    {"unquoteChar", "sc>rbsb", "\303\251!", "", "", 34, 0, "233 true|!"},
    {"unquoteChar", "sc>rbsb", "\303\251!", "", "", 39, 0, "233 true|!"},
    {"unquoteChar", "sc>rbsb", "\303\251!", "", "", 0, 0, "233 true|!"},
    {"unquoteChar", "sc>rbsb", "\\U0001F600", "", "", 34, 0, "128512 true|"},
    {"unquoteChar", "sc>rbsb", "\\U0001F600", "", "", 39, 0, "128512 true|"},
    {"unquoteChar", "sc>rbsb", "\\U0001F600", "", "", 0, 0, "128512 true|"},
    {"unquoteChar", "sc>rbsb", "'", "", "", 34, 0, "39 false|"},
    {"unquoteChar", "sc>rbsb", "'", "", "", 39, 0, "fail"},
    {"unquoteChar", "sc>rbsb", "'", "", "", 0, 0, "39 false|"},
};
/* ---- bulk inputs and the hashes of Go's results ---- */
static const char *const bulk_samples[] = {
    "",
    "a",
    "abc",
    "a,b,,c",
    "  lead and trail \011\012",
    "h\303\251llo w\303\266rld",
    "\377\376ab\303",
    "\303\200\303\211\303\216\303\265\303\274 \303\237 \307\205 \357\254\201 \304\260\304\261",
    "aaaa",
    "\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254",
    "x\302\240y\342\200\203z\302\205",
    "\357\277\275\357\277\275\355\240\200",
    "\316\243\316\221\316\243 \317\203\316\261\317\202 \317\202",
    "Kelvin \342\204\252 k",
    "\311\220\311\221 \341\272\236 \342\261\245",
    "a\314\200\314\201b",
};
static const char *const bulk_seps[] = {
    "",     "a", ",",        " ",   "aa",           "\303\251", "\346\227\245\346\234\254",
    "\377", "k", "\303\237", "xyz", "\357\277\275", "a,",
};
static const char *const bulk_folds[] = {
    "",
    "a",
    "A",
    "Stra\303\237e",
    "STRASSE",
    "stra\303\237e",
    "\316\243\316\221\316\243",
    "\317\203\316\261\317\202",
    "\317\203\316\261\316\243",
    "k",
    "K",
    "\342\204\252",
    "\305\277",
    "s",
    "S",
    "\307\205",
    "\307\206",
    "\307\204",
    "\377",
    "\357\277\275",
    "\303\251",
    "\303\211",
    "ab",
    "aB",
    "abc",
};
static const char *const bulk_joins[] = {
    "", "a", "a|b", "a||c|", "h\303\251llo|w\303\266rld|\346\227\245\346\234\254", "|",
};
static const char *const bulk_nums[] = {
    "",
    "0",
    "-0",
    "+5",
    "12",
    "-12",
    "abc",
    "1a",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999",
    "18446744073709551615",
    "18446744073709551616",
    "0x1f",
    "0X1F",
    "0b101",
    "0o17",
    "017",
    "08",
    "1_000",
    "_1",
    "1__0",
    "1_",
    "0x_1f",
    "0_7",
    "+",
    "-",
    "0x",
    "z",
    "Zz",
    "255",
    "256",
    "-128",
    "-129",
    "127",
    "128",
    "65535",
    "4294967296",
    "1234567890123456789",
    "12345678901234567890",
    "+-1",
    " 1",
    "1 ",
    "0b",
    "0o",
    "-0x8000000000000000",
    "0xffffffffffffffff",
};
static const char *const bulk_floats[] = {
    "",
    "0",
    "-0",
    "1",
    "1.5",
    "-1.5e3",
    ".5",
    "5.",
    ".",
    "1e",
    "1e+",
    "1e5",
    "1E-5",
    "1e400",
    "-1e400",
    "1e-400",
    "2.2250738585072011e-308",
    "4.9e-324",
    "2e-324",
    "1.7976931348623157e308",
    "1.7976931348623159e308",
    "0x1p-2",
    "0x1.8p1",
    "0x1p",
    "0x1",
    "0X.8P+1",
    "0x1p-1074",
    "0x1p-1075",
    "inf",
    "+Inf",
    "-INF",
    "infinity",
    "-Infinity",
    "infx",
    "nan",
    "NaN",
    "-nan",
    "+nan",
    "1_000.5",
    "1_000_000",
    "0x_1p0",
    "_1",
    "1__0",
    "1_e5",
    "3.4028234663852886e38",
    "3.4028235e38",
    "3.5e38",
    "1e-46",
    "0.1",
    "123456789012345678901234567890",
    "0.000001234",
    "1e23",
    "8.98846567431158e307",
    "0x1.fffffffffffff8p1023",
    "1.0000000000000001",
    "12a",
    "1e5x",
    "--1",
    "+.e1",
    "9007199254740993",
    "1.00000017881393421514957253748434595763683319091796875",
};
static const char *const bulk_quotes[] = {
    "",
    "abc",
    "a\"b",
    "a\\b",
    "'",
    "\007\010\014\012\015\011\013",
    "\001\037\177",
    "h\303\251llo",
    "\377\376",
    "a\303",
    "\302\240\342\200\250\342\200\213",
    "\360\237\230\200",
    "\357\273\277",
    "\363\240\200\201",
    "\346\227\245\346\234\254",
    "\357\277\275",
    "\355\240\200",
    "`",
    "a`b",
    "\314\200",
    "\330\234",
    "\364\217\277\277",
    "\363\260\200\200",
    "\302\255",
    "\302\205",
    "\343\200\200",
};
static const char *const bulk_unquotes[] = {
    "\"\"",
    "\"abc\"",
    "\"a\\\"b\"",
    "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"",
    "\"\\x41\\101\\u00e9\\U0001F600\"",
    "\"\\xff\"",
    "\"\\377\"",
    "\"\\400\"",
    "\"\\8\"",
    "\"\\z\"",
    "\"\\'\"",
    "'\\\"'",
    "'a'",
    "'ab'",
    "''",
    "'\\''",
    "'\303\251'",
    "'\377'",
    "'\\x41'",
    "'\\u00e9'",
    "`raw\\n`",
    "`a\015b`",
    "`a`b`",
    "\"a",
    "a\"",
    "\"a\"b",
    "\"a\012b\"",
    "\"\\ud800\"",
    "\"\\U00110000\"",
    "\"\303\251\"",
    "\"\377\"",
    "'",
    "\"",
    "``",
    "\"\\u12\"",
    "\"\\x4\"",
    "\"\\",
    "x",
    "\"a\" ",
    "'\012'",
    "\"\346\227\245\346\234\254\"",
    "'\357\277\275'",
};
static const char *const bulk_uchars[] = {
    "a", "\303\251!", "\\n", "\\x41z", "\\u00e9", "\\U0001F600", "\\101",   "\\'",  "\\\"",
    "'", "\"",        "\\z", "",       "\\",      "\\400",       "\\ud800", "\377", "\\xZZ",
};
static const int64_t bulk_runes[] = {
    97,    44,    32,     39,    34, 92,      10,      0,   127,    160, 233,  26085, 8232,
    65279, 65533, 128512, 55296, -1, 1114112, 1114111, 768, 917505, 223, 8490, 173,
};
static const int64_t bulk_bytes[] = {
    97, 44, 32, 255, 195, 169, 0,
};
static const int64_t bulk_ns[] = {
    -1, 0, 1, 2, 5,
};
static const int64_t bulk_ints[] = {
    0, 1, -1, 9, 10, 99, 100, -99, 12345, 9223372036854775807, INT64_MIN, 1099511627776,
};
static const int64_t bulk_bases[] = {
    0, 2, 8, 10, 16, 36, 1, 37,
};
static const int64_t bulk_bits[] = {
    0, 8, 16, 32, 64, 65, -1,
};
static const BulkHash strings_hashes[] = {
    {"Contains", "ss>b", 208, 0x084d4fa939127667ull},
    {"ContainsAny", "ss>b", 208, 0xe1574e609f03a776ull},
    {"HasPrefix", "ss>b", 208, 0xb1e4040aa9f9a5d8ull},
    {"HasSuffix", "ss>b", 208, 0x60c529665d5ddb10ull},
    {"Count", "ss>i", 208, 0xb7a5bf6abe8666c7ull},
    {"Index", "ss>i", 208, 0xaecee37b91adb282ull},
    {"IndexAny", "ss>i", 208, 0xc2749ae90be10d22ull},
    {"LastIndex", "ss>i", 208, 0x83142e80804ea7feull},
    {"LastIndexAny", "ss>i", 208, 0x1433ec3eeea02905ull},
    {"Trim", "ss>s", 208, 0x3d7634acedd6c453ull},
    {"TrimLeft", "ss>s", 208, 0xc8aa03dd501b35beull},
    {"TrimRight", "ss>s", 208, 0x2cbbdec4075a48ccull},
    {"ToValidUTF8", "ss>s", 208, 0x03d9361cebeda82full},
    {"Split", "ss>l", 208, 0x805627d9306f9e87ull},
    {"SplitAfter", "ss>l", 208, 0xf324799aaf2e36d2ull},
    {"EqualFold", "ss>b", 625, 0x3862bd9ecba465afull},
    {"SplitN", "ssi>l", 1040, 0x35d42afbabace902ull},
    {"SplitAfterN", "ssi>l", 1040, 0x6f9713c407870111ull},
    {"Replace", "sssi>s", 1040, 0xd301d3c6182c0eb3ull},
    {"ContainsRune", "sr>b", 400, 0xcc758313940278ceull},
    {"IndexRune", "sr>i", 400, 0x3aaa56c53bc845a8ull},
    {"IndexByte", "sc>i", 112, 0xc8639c45763f60e4ull},
    {"LastIndexByte", "sc>i", 112, 0x0dae83f59f562358ull},
    {"ToUpper", "s>s", 16, 0xe5205825641c18d4ull},
    {"ToLower", "s>s", 16, 0x6a9a1b2425a2e0f7ull},
    {"ToTitle", "s>s", 16, 0x1037a0b3e0db5e27ull},
    {"TrimSpace", "s>s", 16, 0x2d16a59dfd97fa9eull},
    {"Clone", "s>s", 16, 0xe128c7da329dc972ull},
    {"Fields", "s>l", 16, 0x3741fa2d06910b91ull},
    {"repeat", "si>s", 64, 0x955994d3ee8dd2a9ull},
    {"Join", "ls>s", 78, 0x3a255357a2da160cull},
};
static const BulkHash strconv_hashes[] = {
    {"Itoa", "i>s", 12, 0x0e42a881c283474cull},
    {"formatInt", "ii>s", 60, 0xdfc6bb5d74b23f30ull},
    {"formatUint", "ii>s", 60, 0x5499fd80504e189aull},
    {"atoi", "s>ic", 49, 0xa2624a0da08dea87ull},
    {"parseInt", "sii>ic", 2744, 0xbe0ca6fc682b327dull},
    {"parseUint", "sii>uc", 2744, 0x53419244e5a4b6ffull},
    {"parseFloat", "si>fc", 122, 0xf5ed227c3e8aef5aull},
    {"Quote", "s>s", 26, 0xf986526cc9ba27c1ull},
    {"QuoteToASCII", "s>s", 26, 0xc3993d720bf8073cull},
    {"QuoteToGraphic", "s>s", 26, 0x96baf83804151d86ull},
    {"CanBackquote", "s>b", 26, 0x8759931037548effull},
    {"QuoteRune", "r>s", 25, 0xf0ac5a4f13ea6e99ull},
    {"QuoteRuneToASCII", "r>s", 25, 0xe10735623a6998c9ull},
    {"QuoteRuneToGraphic", "r>s", 25, 0xf40052cf6003f251ull},
    {"IsPrint", "r>b", 25, 0xda22554ad38e682dull},
    {"IsGraphic", "r>b", 25, 0x607390e4db13b676ull},
    {"unquote", "s>sb", 42, 0x84ea44de3958b610ull},
    {"quotedPrefix", "s>sb", 42, 0xb27ca2e04ba88ec2ull},
    {"unquoteChar", "sc>rbsb", 54, 0xa7d33a34ccabae97ull},
};
static const uint64_t math_specials[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x3fe0000000000000ull, 0xbfe0000000000000ull, 0x3ff8000000000000ull, 0x4004000000000000ull,
    0xc004000000000000ull, 0x4008000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
    0x7ff8000000000001ull, 0x0000000000000001ull, 0x8000000000000001ull, 0x0010000000000000ull,
    0x000012688b70e62bull, 0x7fefffffffffffffull, 0xffefffffffffffffull, 0x41c0000000000000ull,
    0x7e37e43c8800759cull, 0xfe37e43c8800759cull, 0x4340000000000000ull, 0x4340000000000001ull,
    0x43e0000000000000ull, 0x43e158e460913d00ull, 0x400921fb54442d18ull, 0x3ff921fb54442d18ull,
    0xc00921fb54442d18ull, 0x3fe6a09e667f3bcdull, 0x3fe6666666666666ull, 0x4003504f333f9de6ull,
    0x4035000000000000ull, 0x3fe4000000000000ull, 0x40862e42fefa39efull, 0x40862e51eb851eb8ull,
    0xc08749999999999aull, 0xc086233333333333ull, 0x4090000000000000ull, 0x408fffffffffffffull,
    0xc090c80000000000ull, 0xc090ce0000000000ull, 0x3fb999999999999aull, 0x4024000000000000ull,
    0x4059000000000000ull, 0x3e112e0be826d695ull, 0x3ff0000000000001ull, 0x3fefffffffffffffull,
    0xc01c000000000000ull, 0x4330000000000000ull, 0x3fdfffffffffffffull, 0x404601e678fc457bull,
    0x4000000000000000ull, 0x4010000000000000ull, 0x3fd0000000000000ull,
};
#define MATH_N 40000
static const NumHash math_hashes[] = {
    {"Abs", 1, 0x25e147e8ce9ee9eeull},       {"Ceil", 1, 0x461fd4ce2ea4f575ull},
    {"Floor", 1, 0xe6107938fe8509a3ull},     {"Trunc", 1, 0xa90280e3bf8e9995ull},
    {"Round", 1, 0xfbb3fbefd5af7893ull},     {"RoundToEven", 1, 0xa7ff878b96a16693ull},
    {"Sqrt", 1, 0x7c5780fcbd1f2a04ull},      {"Cbrt", 1, 0x8495edeb72d3f45full},
    {"Exp", 1, 0x95d86d8a87586f8aull},       {"Exp2", 1, 0xaf3112b7bd4acae3ull},
    {"Expm1", 1, 0x2aeb2331970baf33ull},     {"Log", 1, 0x3b2eef5bd802695aull},
    {"Log2", 1, 0xf2b1764d780c188cull},      {"Log10", 1, 0xe65ddd71db291205ull},
    {"Log1p", 1, 0x7cf5058cb9f59937ull},     {"Logb", 1, 0xd33651dfff4edf5cull},
    {"Sin", 1, 0x78576d09929f4093ull},       {"Cos", 1, 0x9df3c33424e4aea0ull},
    {"Tan", 1, 0x5251f271d111168eull},       {"Asin", 1, 0x0e14007beb5f6536ull},
    {"Acos", 1, 0xbe84c2b4dc9e6a4aull},      {"Atan", 1, 0x9957cd9dfa04ea6full},
    {"Sinh", 1, 0x1ad4c421188cdecaull},      {"Cosh", 1, 0x98f80ac4ea9384f0ull},
    {"Tanh", 1, 0x1e9bfc46055d1758ull},      {"Asinh", 1, 0xc801464f80e806deull},
    {"Acosh", 1, 0xd1f38505c8f6f0dfull},     {"Atanh", 1, 0xe670d6fb92b0473bull},
    {"Pow", 2, 0xc1aef3e825871287ull},       {"Mod", 2, 0x0a3653f9376db2fcull},
    {"Remainder", 2, 0xe67954058970c713ull}, {"Hypot", 2, 0x1e6649a351f46b38ull},
    {"Atan2", 2, 0xda4ba589046892c6ull},     {"Max", 2, 0x0596e98ef057c827ull},
    {"Min", 2, 0xdb5f96e5412c53c5ull},       {"Dim", 2, 0x4780bc450b6adb86ull},
    {"Copysign", 2, 0x1ceb0fc6741b99aaull},  {"Nextafter", 2, 0x1c1cb7014fa0e972ull},
    {"Pow", 3, 0xc156213779ea92fbull},
};
/* Go 1.19's unicode (Unicode 13.0.0) on every rune but those Unicode 14.0 and 15.0 changed
 * (changed_since_go119 below), which gosub's Unicode 15.0.0 tables rightly answer otherwise:
 * printed by tests/unit/unicode_hashes.go. */
static const NumHash unicode_hashes[] = {
    {"IsLetter", 1, 0xb90a5f446b422ecbull},   {"IsDigit", 1, 0x4d9aa8d82072c3bfull},
    {"IsNumber", 1, 0xb4213c53002838d8ull},   {"IsSpace", 1, 0x985410972b7a3c12ull},
    {"IsUpper", 1, 0x40f2ecc772c8daf4ull},    {"IsLower", 1, 0x3e563245d1726e2aull},
    {"IsTitle", 1, 0x1fd68e2046b553d8ull},    {"IsMark", 1, 0x5fc764eca380bd05ull},
    {"IsPunct", 1, 0x54388d4c3e231e22ull},    {"IsSymbol", 1, 0x0a43671c74c4b735ull},
    {"IsPrint", 1, 0x13a290710c977d9cull},    {"IsGraphic", 1, 0x0c8dba3ef61e6c94ull},
    {"IsControl", 1, 0x5fe9bd961f3fe7baull},  {"ToUpper", 2, 0x887771a8a5247d43ull},
    {"ToLower", 2, 0x882ece1de0c37c66ull},    {"ToTitle", 2, 0x4dc892fcb89657bbull},
    {"SimpleFold", 2, 0xfbb6045352a58c31ull},  {"To", 3, 0x7e669d9002064f2full},
    {"isTable", 4, 0x2df85f59ddfe7757ull},
};
/* The code points DerivedAge.txt (15.0.0) gives the ages 14.0 and 15.0, and three older ones
 * Unicode 14.0 changed: U+1734 (Mn to Mc), U+16FE2 and U+16FE3 (script Common to Han). */
static const uint32_t changed_since_go119[][2] = {
    {0x61D, 0x61D}, {0x870, 0x88E}, {0x890, 0x891}, {0x898, 0x89F},
    {0x8B5, 0x8B5}, {0x8C8, 0x8D2}, {0xC3C, 0xC3C}, {0xC5D, 0xC5D},
    {0xCDD, 0xCDD}, {0xCF3, 0xCF3}, {0xECE, 0xECE}, {0x170D, 0x170D},
    {0x1715, 0x1715}, {0x171F, 0x171F}, {0x1734, 0x1734}, {0x180F, 0x180F},
    {0x1AC1, 0x1ACE}, {0x1B4C, 0x1B4C}, {0x1B7D, 0x1B7E}, {0x1DFA, 0x1DFA},
    {0x20C0, 0x20C0}, {0x2C2F, 0x2C2F}, {0x2C5F, 0x2C5F}, {0x2E53, 0x2E5D},
    {0x9FFD, 0x9FFF}, {0xA7C0, 0xA7C1}, {0xA7D0, 0xA7D1}, {0xA7D3, 0xA7D3},
    {0xA7D5, 0xA7D9}, {0xA7F2, 0xA7F4}, {0xFBC2, 0xFBC2}, {0xFD40, 0xFD4F},
    {0xFDCF, 0xFDCF}, {0xFDFE, 0xFDFF}, {0x10570, 0x1057A}, {0x1057C, 0x1058A},
    {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1}, {0x105A3, 0x105B1},
    {0x105B3, 0x105B9}, {0x105BB, 0x105BC}, {0x10780, 0x10785}, {0x10787, 0x107B0},
    {0x107B2, 0x107BA}, {0x10EFD, 0x10EFF}, {0x10F70, 0x10F89}, {0x11070, 0x11075},
    {0x110C2, 0x110C2}, {0x1123F, 0x11241}, {0x116B9, 0x116B9}, {0x11740, 0x11746},
    {0x11AB0, 0x11ABF}, {0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A},
    {0x11F3E, 0x11F59}, {0x12F90, 0x12FF2}, {0x1342F, 0x1342F}, {0x13439, 0x13455},
    {0x16A70, 0x16ABE}, {0x16AC0, 0x16AC9}, {0x16FE2, 0x16FE3}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B11F, 0x1B122}, {0x1B132, 0x1B132},
    {0x1B155, 0x1B155}, {0x1CF00, 0x1CF2D}, {0x1CF30, 0x1CF46}, {0x1CF50, 0x1CFC3},
    {0x1D1E9, 0x1D1EA}, {0x1D2C0, 0x1D2D3}, {0x1DF00, 0x1DF1E}, {0x1DF25, 0x1DF2A},
    {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F}, {0x1E290, 0x1E2AE}, {0x1E4D0, 0x1E4F9},
    {0x1E7E0, 0x1E7E6}, {0x1E7E8, 0x1E7EB}, {0x1E7ED, 0x1E7EE}, {0x1E7F0, 0x1E7FE},
    {0x1F6DC, 0x1F6DF}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F}, {0x1F7D9, 0x1F7D9},
    {0x1F7F0, 0x1F7F0}, {0x1F979, 0x1F979}, {0x1F9CC, 0x1F9CC}, {0x1FA75, 0x1FA77},
    {0x1FA7B, 0x1FA7C}, {0x1FA87, 0x1FA88}, {0x1FAA9, 0x1FAAF}, {0x1FAB7, 0x1FABD},
    {0x1FABF, 0x1FABF}, {0x1FAC3, 0x1FAC5}, {0x1FACE, 0x1FACF}, {0x1FAD7, 0x1FADB},
    {0x1FAE0, 0x1FAE8}, {0x1FAF0, 0x1FAF8}, {0x2A6DE, 0x2A6DF}, {0x2B735, 0x2B739},
    {0x31350, 0x323AF},
};
#define UNICODE_TABLE_IDS 81
static const uint8_t edge_bytes[] = {
    0x00, 0x41, 0x7f, 0x80, 0x81, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
    0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff,
};
static const NumHash utf8_hashes[] = {
    {"Decode", 1, 0x02e6baa073465161ull},    {"DecodeLast", 1, 0x1613cbeed8203e00ull},
    {"FullRune", 1, 0xb9b9f441f61b387cull},  {"Valid", 1, 0xe8960757cdbb016dull},
    {"RuneCount", 1, 0x115cb9a42426b203ull}, {"Encode", 2, 0x848cb02a2b5d4fb5ull},
};
static const MathCase math_cases[] = {
    {"Frexp", 1, 0x0ull, 0x0ull, 0x0ull, 2, 0x0ull, 0x0ull},
    {"Modf", 1, 0x0ull, 0x0ull, 0x0ull, 2, 0x0ull, 0x0ull},
    {"Sincos", 1, 0x0ull, 0x0ull, 0x0ull, 2, 0x0ull, 0x3ff0000000000000ull},
    {"IsNaN", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0xffffffff80000000ull, 0x0ull},
    {"Float64bits", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float64frombits", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x0ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x0ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0x3ffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0x400ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x0ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x0ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1, 0xbff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x0ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1, 0xbff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x0ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1, 0xbff0000000000000ull,
     0x0ull},
    {"Frexp", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 2, 0x8000000000000000ull, 0x0ull},
    {"Modf", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 2, 0x8000000000000000ull,
     0x8000000000000000ull},
    {"Sincos", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 2, 0x8000000000000000ull,
     0x3ff0000000000000ull},
    {"IsNaN", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ilogb", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0xffffffff80000000ull, 0x0ull},
    {"Float64bits", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"IsInf", 2, 0x8000000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x8000000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0x1ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0x3ffull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0x400ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x8000000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"FMA", 3, 0x8000000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0xbff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x8000000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xbff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x8000000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0xbff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 2, 0x3fe0000000000000ull, 0x1ull},
    {"Modf", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 2, 0x3ff0000000000000ull, 0x0ull},
    {"Sincos", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 2, 0x3feaed548f090ceeull,
     0x3fe14a280fb5068cull},
    {"IsNaN", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float64bits", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x3ff0000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x3ff0000000000000ull, 0x0ull},
    {"IsInf", 2, 0x3ff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x3ff0000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x4000ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x3fe0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x3ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0x1ull, 0x0ull, 1, 0x4000000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0x3ffull, 0x0ull, 1, 0x7fe0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x3ff0000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x3ff0000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x3ff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x3ff0000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xbff8000000000000ull, 0x0ull},
    {"FMA", 3, 0x3ff0000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7fe1ccf385ebc8a0ull, 0x0ull},
    {"Frexp", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 2, 0xbfe0000000000000ull, 0x1ull},
    {"Modf", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 2, 0xbff0000000000000ull,
     0x8000000000000000ull},
    {"Sincos", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 2, 0xbfeaed548f090ceeull,
     0x3fe14a280fb5068cull},
    {"IsNaN", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ilogb", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float64bits", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0xbff0000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0xbff0000000000000ull, 0x0ull},
    {"IsInf", 2, 0xbff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0xbff0000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x8000000000000001ull,
     0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x8000000000004000ull,
     0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0xbfe0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0x0ull, 0x0ull, 1, 0xbff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0x1ull, 0x0ull, 1, 0xc000000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0x3ffull, 0x0ull, 1, 0xffe0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0x400ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xbff0000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"FMA", 3, 0xbff0000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0xc008000000000000ull, 0x0ull},
    {"FMA", 3, 0xbff0000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xbfe0000000000000ull, 0x0ull},
    {"FMA", 3, 0xbff0000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0xffe1ccf385ebc8a0ull, 0x0ull},
    {"Frexp", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 2, 0x3fe8000000000000ull, 0x0ull},
    {"Modf", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 2, 0x0ull, 0x3fe8000000000000ull},
    {"Sincos", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 2, 0x3fe5cffc16bf8f0eull,
     0x3fe769fec655211full},
    {"IsNaN", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0xffffffffffffffffull, 0x0ull},
    {"Float64bits", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0x3fe8000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0x3fe8000000000000ull, 0x0ull},
    {"IsInf", 2, 0x3fe8000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x3fe8000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x3000ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x3fd8000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0x0ull, 0x0ull, 1, 0x3fe8000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0x1ull, 0x0ull, 1, 0x3ff8000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0x3ffull, 0x0ull, 1, 0x7fd8000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0x400ull, 0x0ull, 1, 0x7fe8000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x3fe8000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x3fe8000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x3fe0000000000000ull, 0x0ull},
    {"FMA", 3, 0x3fe8000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xbff6000000000000ull, 0x0ull},
    {"FMA", 3, 0x3fe8000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7fdab36d48e1acf0ull, 0x0ull},
    {"Frexp", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 2, 0xbfe4000000000000ull, 0x2ull},
    {"Modf", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 2, 0xc000000000000000ull,
     0xbfe0000000000000ull},
    {"Sincos", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 2, 0xbfe326af0dcfcab0ull,
     0xbfe9a2f7ef858b7dull},
    {"IsNaN", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ilogb", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Float64bits", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0xc004000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0xc004000000000000ull, 0x0ull},
    {"IsInf", 2, 0xc004000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0xc004000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x8000000000000002ull,
     0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x800000000000a000ull,
     0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0xbff4000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0x0ull, 0x0ull, 1, 0xc004000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0x1ull, 0x0ull, 1, 0xc014000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0x3ffull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0x400ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xc004000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x8000000000000000ull,
     0x0ull},
    {"FMA", 3, 0xc004000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0xc018000000000000ull, 0x0ull},
    {"FMA", 3, 0xc004000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0x3fd0000000000000ull, 0x0ull},
    {"FMA", 3, 0xc004000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0xfff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 2, 0x3fee000000000000ull, 0x2ull},
    {"Modf", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 2, 0x4008000000000000ull,
     0x3fe8000000000000ull},
    {"Sincos", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 2, 0xbfe24a3af6750622ull,
     0xbfea4205b28667f6ull},
    {"IsNaN", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Float64bits", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x400e000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x400e000000000000ull, 0x0ull},
    {"IsInf", 2, 0x400e000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x400e000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x4ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0xf000ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x3ffe000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0x0ull, 0x0ull, 1, 0x400e000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0x1ull, 0x0ull, 1, 0x401e000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0x3ffull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x400e000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x400e000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x401a000000000000ull, 0x0ull},
    {"FMA", 3, 0x400e000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xc007000000000000ull, 0x0ull},
    {"FMA", 3, 0x400e000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 2, 0x3fe7e43c8800759cull, 0x3e5ull},
    {"Modf", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 2, 0x7e37e43c8800759cull, 0x0ull},
    {"Sincos", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 2, 0xbfea2c16b010e386ull,
     0xbfe2699022adc4c1ull},
    {"IsNaN", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x3e4ull, 0x0ull},
    {"Float64bits", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x7e37e43c8800759cull, 0x0ull},
    {"Float64frombits", 1, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x7e37e43c8800759cull, 0x0ull},
    {"IsInf", 2, 0x7e37e43c8800759cull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x7e37e43c8800759cull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x3ab7e43c8800759cull,
     0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0xfffffffffffffbceull, 0x0ull, 1, 0x3b17e43c8800759cull,
     0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x3bf7e43c8800759cull,
     0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0xffffffffffffffffull, 0x0ull, 1, 0x7e27e43c8800759cull,
     0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0x0ull, 0x0ull, 1, 0x7e37e43c8800759cull, 0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0x1ull, 0x0ull, 1, 0x7e47e43c8800759cull, 0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0x3ffull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0x7fffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x7e37e43c8800759cull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x7e37e43c8800759cull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x7e47e43c8800759cull, 0x0ull},
    {"FMA", 3, 0x7e37e43c8800759cull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xfe27e43c8800759cull, 0x0ull},
    {"FMA", 3, 0x7e37e43c8800759cull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x1ull, 0x0ull, 0x0ull, 2, 0x3fe0000000000000ull, 0xfffffffffffffbcfull},
    {"Modf", 1, 0x1ull, 0x0ull, 0x0ull, 2, 0x0ull, 0x1ull},
    {"Sincos", 1, 0x1ull, 0x0ull, 0x0ull, 2, 0x1ull, 0x3ff0000000000000ull},
    {"IsNaN", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0xfffffffffffffbceull, 0x0ull},
    {"Float64bits", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Float64frombits", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"IsInf", 2, 0x1ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x1ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x1ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0x1ull, 0x0ull, 1, 0x2ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0x3ffull, 0x0ull, 1, 0x3cc0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0x400ull, 0x0ull, 1, 0x3cd0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x1ull, 0x8000000000000000ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x1ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1, 0xbff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x1ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1, 0xbff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x1ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1, 0xbfeffffffffffffcull,
     0x0ull},
    {"Frexp", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 2, 0x3fe2688b70e62b00ull,
     0xfffffffffffffbfbull},
    {"Modf", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 2, 0x0ull, 0x12688b70e62bull},
    {"Sincos", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 2, 0x12688b70e62bull, 0x3ff0000000000000ull},
    {"IsNaN", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0xfffffffffffffbfaull, 0x0ull},
    {"Float64bits", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0x12688b70e62bull, 0x0ull},
    {"Float64frombits", 1, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0x12688b70e62bull, 0x0ull},
    {"IsInf", 2, 0x12688b70e62bull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x12688b70e62bull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0xfffffffffffffbceull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0xffffffffffffffffull, 0x0ull, 1, 0x93445b87316ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0x0ull, 0x0ull, 1, 0x12688b70e62bull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0x1ull, 0x0ull, 1, 0x24d116e1cc56ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0x3ffull, 0x0ull, 1, 0x3f82688b70e62b00ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0x400ull, 0x0ull, 1, 0x3f92688b70e62b00ull, 0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x12688b70e62bull, 0x8000000000000000ull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x12688b70e62bull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0xbff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x12688b70e62bull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xbff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x12688b70e62bull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0xbfefae147ae147aeull, 0x0ull},
    {"Frexp", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 2, 0x7ff0000000000000ull, 0x0ull},
    {"Modf", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 2, 0x7ff0000000000000ull,
     0xfff8000000000000ull},
    {"Sincos", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 2, 0x7ff8000000000001ull,
     0x7ff8000000000001ull},
    {"IsNaN", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x7fffffffull, 0x0ull},
    {"Float64bits", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"IsInf", 2, 0x7ff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"IsInf", 2, 0x7ff0000000000000ull, 0x1ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0x1ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0x3ffull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff0000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0x7ff0000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x7ff0000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xfff0000000000000ull, 0x0ull},
    {"FMA", 3, 0x7ff0000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 2, 0xfff0000000000000ull, 0x0ull},
    {"Modf", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 2, 0xfff0000000000000ull,
     0x7ff8000000000000ull},
    {"Sincos", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 2, 0x7ff8000000000001ull,
     0x7ff8000000000001ull},
    {"IsNaN", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ilogb", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0x7fffffffull, 0x0ull},
    {"Float64bits", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"IsInf", 2, 0xfff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"IsInf", 2, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"IsInf", 2, 0xfff0000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0x1ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0x3ffull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0x400ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0xfff0000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0xfff0000000000000ull,
     0x0ull},
    {"FMA", 3, 0xfff0000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0xfff0000000000000ull, 0x0ull},
    {"FMA", 3, 0xfff0000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"FMA", 3, 0xfff0000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0xfff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 2, 0x7ff8000000000001ull, 0x0ull},
    {"Modf", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 2, 0x7ff8000000000001ull,
     0x7ff8000000000001ull},
    {"Sincos", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 2, 0x7ff8000000000001ull,
     0x7ff8000000000001ull},
    {"IsNaN", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Signbit", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x7fffffffull, 0x0ull},
    {"Float64bits", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"Float64frombits", 1, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"IsInf", 2, 0x7ff8000000000001ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x7ff8000000000001ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x7ff8000000000001ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x7ff8000000000001ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x7ff8000000000001ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0xffffffffffffffffull, 0x0ull, 1, 0x7ff8000000000001ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0x0ull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0x1ull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0x3ffull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0x400ull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff8000000000001ull,
     0x0ull},
    {"Ldexp", 2, 0x7ff8000000000001ull, 0x8000000000000000ull, 0x0ull, 1, 0x7ff8000000000001ull,
     0x0ull},
    {"FMA", 3, 0x7ff8000000000001ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x7ff8000000000001ull, 0x0ull},
    {"FMA", 3, 0x7ff8000000000001ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0x7ff8000000000001ull, 0x0ull},
    {"FMA", 3, 0x7ff8000000000001ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7ff8000000000001ull, 0x0ull},
    {"Frexp", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 2, 0x3fe0000000000000ull, 0x3dull},
    {"Modf", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 2, 0x43b0000000000000ull, 0x0ull},
    {"Sincos", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 2, 0xbfea94adab06665cull,
     0xbfe1d146047d6947ull},
    {"IsNaN", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x3cull, 0x0ull},
    {"Float64bits", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x43b0000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x43b0000000000000ull, 0x0ull},
    {"IsInf", 2, 0x43b0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x43b0000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x30000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x90000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x170000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x43a0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0x0ull, 0x0ull, 1, 0x43b0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0x1ull, 0x0ull, 1, 0x43c0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0x3ffull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x43b0000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x43b0000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x43c0000000000000ull, 0x0ull},
    {"FMA", 3, 0x43b0000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xc3a0000000000000ull, 0x0ull},
    {"FMA", 3, 0x43b0000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 2, 0x3fe0000000000000ull, 0x4ull},
    {"Modf", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 2, 0x4020000000000000ull, 0x0ull},
    {"Sincos", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 2, 0x3fefa8d2a028cf7aull,
     0xbfc29fbebf632f94ull},
    {"IsNaN", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x3ull, 0x0ull},
    {"Float64bits", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x4020000000000000ull, 0x0ull},
    {"Float64frombits", 1, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x4020000000000000ull, 0x0ull},
    {"IsInf", 2, 0x4020000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x4020000000000000ull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0xfffffffffffffbceull, 0x0ull, 1, 0x8ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x20000ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0xffffffffffffffffull, 0x0ull, 1, 0x4010000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0x0ull, 0x0ull, 1, 0x4020000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0x1ull, 0x0ull, 1, 0x4030000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0x3ffull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0x7fffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x4020000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x4020000000000000ull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x402e000000000000ull, 0x0ull},
    {"FMA", 3, 0x4020000000000000ull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xc014000000000000ull, 0x0ull},
    {"FMA", 3, 0x4020000000000000ull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7ff0000000000000ull, 0x0ull},
    {"Frexp", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 2, 0x3fe199999999999aull, 0x1ull},
    {"Modf", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 2, 0x3ff0000000000000ull,
     0x3fb99999999999a0ull},
    {"Sincos", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 2, 0x3fec84c54c2d6338ull,
     0x3fdd07b806c76111ull},
    {"IsNaN", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Signbit", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ilogb", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float64bits", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x3ff199999999999aull, 0x0ull},
    {"Float64frombits", 1, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x3ff199999999999aull, 0x0ull},
    {"IsInf", 2, 0x3ff199999999999aull, 0xffffffffffffffffull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"IsInf", 2, 0x3ff199999999999aull, 0x1ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0xfffffffffffffbc8ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0xfffffffffffffbceull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0xfffffffffffffbdcull, 0x0ull, 1, 0x4666ull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0xffffffffffffffffull, 0x0ull, 1, 0x3fe199999999999aull,
     0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0x0ull, 0x0ull, 1, 0x3ff199999999999aull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0x1ull, 0x0ull, 1, 0x400199999999999aull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0x3ffull, 0x0ull, 1, 0x7fe199999999999aull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0x400ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0x7fffffffffffffffull, 0x0ull, 1, 0x7ff0000000000000ull,
     0x0ull},
    {"Ldexp", 2, 0x3ff199999999999aull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"FMA", 3, 0x3ff199999999999aull, 0x4000000000000000ull, 0xbff0000000000000ull, 1,
     0x3ff3333333333334ull, 0x0ull},
    {"FMA", 3, 0x3ff199999999999aull, 0xbfe0000000000000ull, 0xbff0000000000000ull, 1,
     0xbff8cccccccccccdull, 0x0ull},
    {"FMA", 3, 0x3ff199999999999aull, 0x7fe1ccf385ebc8a0ull, 0xbff0000000000000ull, 1,
     0x7fe394a579b68fe4ull, 0x0ull},
    {"Inf", 1, 0xfffffffffffffffeull, 0x0ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Inf", 1, 0xffffffffffffffffull, 0x0ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Inf", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Inf", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"NaN", 0, 0x0ull, 0x0ull, 0x0ull, 1, 0x7ff8000000000001ull, 0x0ull},
    {"Pow10", 1, 0xfffffffffffffe70ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Pow10", 1, 0xfffffffffffffebcull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Pow10", 1, 0xfffffffffffffebdull, 0x0ull, 0x0ull, 1, 0x2ull, 0x0ull},
    {"Pow10", 1, 0xffffffffffffffe0ull, 0x0ull, 0x0ull, 1, 0x3949f623d5a8a733ull, 0x0ull},
    {"Pow10", 1, 0xffffffffffffffffull, 0x0ull, 0x0ull, 1, 0x3fb999999999999aull, 0x0ull},
    {"Pow10", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x3ff0000000000000ull, 0x0ull},
    {"Pow10", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x4024000000000000ull, 0x0ull},
    {"Pow10", 1, 0x16ull, 0x0ull, 0x0ull, 1, 0x4480f0cf064dd592ull, 0x0ull},
    {"Pow10", 1, 0x17ull, 0x0ull, 0x0ull, 1, 0x44b52d02c7e14af6ull, 0x0ull},
    {"Pow10", 1, 0x134ull, 0x0ull, 0x0ull, 1, 0x7fe1ccf385ebc8a0ull, 0x0ull},
    {"Pow10", 1, 0x135ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Float32bits", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0x3ff0000000000000ull, 0x0ull, 1, 0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0xbff8000000000000ull, 0x0ull, 1, 0xb6a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0x3ff19999a0000000ull, 0x0ull, 1, 0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0x47efffffe0000000ull, 0x0ull, 1, 0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0x36a0000000000000ull, 0x0ull, 1, 0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0xfff0000000000000ull, 0x0ull, 1, 0xb6a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x0ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float32bits", 1, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x3f800000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0x0ull, 0x0ull, 1, 0x3fefffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0x3ff0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0xbff8000000000000ull, 0x0ull, 1,
     0x3fefffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0x3ff0000020000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0x3ff0000020000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0x3fefffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0xfff0000000000000ull, 0x0ull, 1,
     0x3fefffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff0000000000000ull, 0x8000000000000000ull, 0x0ull, 1,
     0x3fefffffe0000000ull, 0x0ull},
    {"Float32bits", 1, 0xbff8000000000000ull, 0x0ull, 0x0ull, 1, 0xbfc00000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0x0ull, 0x0ull, 1, 0xbff7ffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0xbff7ffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0xbff8000000000000ull, 0x0ull, 1,
     0xbff8000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0xbff7ffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0xbff7ffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0xbff7ffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0xfff0000000000000ull, 0x0ull, 1,
     0xbff8000020000000ull, 0x0ull},
    {"Nextafter32", 2, 0xbff8000000000000ull, 0x8000000000000000ull, 0x0ull, 1,
     0xbff7ffffe0000000ull, 0x0ull},
    {"Float32bits", 1, 0x3ff19999a0000000ull, 0x0ull, 0x0ull, 1, 0x3f8ccccdull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0x0ull, 0x0ull, 1, 0x3ff1999980000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0x3ff1999980000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0xbff8000000000000ull, 0x0ull, 1,
     0x3ff1999980000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0x3ff19999a0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0x3ff19999c0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0x3ff1999980000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0xfff0000000000000ull, 0x0ull, 1,
     0x3ff1999980000000ull, 0x0ull},
    {"Nextafter32", 2, 0x3ff19999a0000000ull, 0x8000000000000000ull, 0x0ull, 1,
     0x3ff1999980000000ull, 0x0ull},
    {"Float32bits", 1, 0x47efffffe0000000ull, 0x0ull, 0x0ull, 1, 0x7f7fffffull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0x0ull, 0x0ull, 1, 0x47efffffc0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0x47efffffc0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0xbff8000000000000ull, 0x0ull, 1,
     0x47efffffc0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0x47efffffc0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0x47efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0x47efffffc0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0xfff0000000000000ull, 0x0ull, 1,
     0x47efffffc0000000ull, 0x0ull},
    {"Nextafter32", 2, 0x47efffffe0000000ull, 0x8000000000000000ull, 0x0ull, 1,
     0x47efffffc0000000ull, 0x0ull},
    {"Float32bits", 1, 0x36a0000000000000ull, 0x0ull, 0x0ull, 1, 0x1ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0x36b0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0xbff8000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0x36b0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0x36b0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0xfff0000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Nextafter32", 2, 0x36a0000000000000ull, 0x8000000000000000ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float32bits", 1, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0xff800000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0x0ull, 0x0ull, 1, 0xc7efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0xc7efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0xbff8000000000000ull, 0x0ull, 1,
     0xc7efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0xc7efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0xc7efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0xc7efffffe0000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0xfff0000000000000ull, 0x0ull, 1,
     0xfff0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0xfff0000000000000ull, 0x8000000000000000ull, 0x0ull, 1,
     0xc7efffffe0000000ull, 0x0ull},
    {"Float32bits", 1, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x80000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0x0ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0x3ff0000000000000ull, 0x0ull, 1,
     0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0xbff8000000000000ull, 0x0ull, 1,
     0xb6a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0x3ff19999a0000000ull, 0x0ull, 1,
     0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0x47efffffe0000000ull, 0x0ull, 1,
     0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0x36a0000000000000ull, 0x0ull, 1,
     0x36a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0xfff0000000000000ull, 0x0ull, 1,
     0xb6a0000000000000ull, 0x0ull},
    {"Nextafter32", 2, 0x8000000000000000ull, 0x8000000000000000ull, 0x0ull, 1,
     0x8000000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0x0ull, 0x0ull, 0x0ull, 1, 0x0ull, 0x0ull},
    {"Float32frombits", 1, 0x1ull, 0x0ull, 0x0ull, 1, 0x36a0000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0x3f800000ull, 0x0ull, 0x0ull, 1, 0x3ff0000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0xbfc00000ull, 0x0ull, 0x0ull, 1, 0xbff8000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0x7f7fffffull, 0x0ull, 0x0ull, 1, 0x47efffffe0000000ull, 0x0ull},
    {"Float32frombits", 1, 0x7f800000ull, 0x0ull, 0x0ull, 1, 0x7ff0000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0xff800000ull, 0x0ull, 0x0ull, 1, 0xfff0000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0x7fc00000ull, 0x0ull, 0x0ull, 1, 0x7ff8000000000000ull, 0x0ull},
    {"Float32frombits", 1, 0x80000000ull, 0x0ull, 0x0ull, 1, 0x8000000000000000ull, 0x0ull},
};
#define RUNE_START_HASH 0x0da8172cfcd38fe5ull

/* ======== End of generated tables. ======== */

/* The bulk loops: the same nesting, order and filters as the Go program's. */
static void bulk_strings(void) {
    Bulk b = bulk_new(lib_strings_funcs, strings_hashes, LEN(strings_hashes));
    static const char *const ss[][2] = {
        {"Contains", "ss>b"},    {"ContainsAny", "ss>b"}, {"HasPrefix", "ss>b"},
        {"HasSuffix", "ss>b"},   {"Count", "ss>i"},       {"Index", "ss>i"},
        {"IndexAny", "ss>i"},    {"LastIndex", "ss>i"},   {"LastIndexAny", "ss>i"},
        {"Trim", "ss>s"},        {"TrimLeft", "ss>s"},    {"TrimRight", "ss>s"},
        {"ToValidUTF8", "ss>s"}, {"Split", "ss>l"},       {"SplitAfter", "ss>l"},
    };
    for (size_t f = 0; f < LEN(ss); f++) {
        for (size_t i = 0; i < LEN(bulk_samples); i++) {
            for (size_t j = 0; j < LEN(bulk_seps); j++) {
                bulk_run(&b, ss[f][0], ss[f][1], bulk_samples[i], bulk_seps[j], "", 0, 0);
            }
        }
    }
    for (size_t i = 0; i < LEN(bulk_folds); i++) {
        for (size_t j = 0; j < LEN(bulk_folds); j++) {
            bulk_run(&b, "EqualFold", "ss>b", bulk_folds[i], bulk_folds[j], "", 0, 0);
        }
    }
    static const char *const ssn[][2] = {
        {"SplitN", "ssi>l"}, {"SplitAfterN", "ssi>l"}, {"Replace", "sssi>s"}};
    for (size_t f = 0; f < LEN(ssn); f++) {
        for (size_t i = 0; i < LEN(bulk_samples); i++) {
            for (size_t j = 0; j < LEN(bulk_seps); j++) {
                for (size_t k = 0; k < LEN(bulk_ns); k++) {
                    bulk_run(&b, ssn[f][0], ssn[f][1], bulk_samples[i], bulk_seps[j], "<>",
                             bulk_ns[k], 0);
                }
            }
        }
    }
    static const char *const sr[][2] = {{"ContainsRune", "sr>b"}, {"IndexRune", "sr>i"}};
    for (size_t f = 0; f < LEN(sr); f++) {
        for (size_t i = 0; i < LEN(bulk_samples); i++) {
            for (size_t k = 0; k < LEN(bulk_runes); k++) {
                bulk_run(&b, sr[f][0], sr[f][1], bulk_samples[i], "", "", bulk_runes[k], 0);
            }
        }
    }
    static const char *const sc[] = {"IndexByte", "LastIndexByte"};
    for (size_t f = 0; f < LEN(sc); f++) {
        for (size_t i = 0; i < LEN(bulk_samples); i++) {
            for (size_t k = 0; k < LEN(bulk_bytes); k++) {
                bulk_run(&b, sc[f], "sc>i", bulk_samples[i], "", "", bulk_bytes[k], 0);
            }
        }
    }
    static const char *const s1[][2] = {{"ToUpper", "s>s"}, {"ToLower", "s>s"},
                                        {"ToTitle", "s>s"}, {"TrimSpace", "s>s"},
                                        {"Clone", "s>s"},   {"Fields", "s>l"}};
    for (size_t f = 0; f < LEN(s1); f++) {
        for (size_t i = 0; i < LEN(bulk_samples); i++) {
            bulk_run(&b, s1[f][0], s1[f][1], bulk_samples[i], "", "", 0, 0);
        }
    }
    for (size_t i = 0; i < LEN(bulk_samples); i++) {
        for (size_t k = 0; k < LEN(bulk_ns); k++) {
            if (bulk_ns[k] >= 0) {
                bulk_run(&b, "repeat", "si>s", bulk_samples[i], "", "", bulk_ns[k], 0);
            }
        }
    }
    for (size_t i = 0; i < LEN(bulk_joins); i++) {
        const char *l = bulk_joins[i];
        int64_t n = *l ? 1 : 0;
        for (const char *p = l; *p; p++) {
            n += *p == '|';
        }
        for (size_t j = 0; j < LEN(bulk_seps); j++) {
            bulk_run(&b, "Join", "ls>s", l, bulk_seps[j], "", n, 0);
        }
    }
    bulk_check(&b);
}

static void bulk_strconv(void) {
    Bulk b = bulk_new(lib_strconv_funcs, strconv_hashes, LEN(strconv_hashes));
    for (size_t i = 0; i < LEN(bulk_ints); i++) {
        bulk_run(&b, "Itoa", "i>s", "", "", "", bulk_ints[i], 0);
    }
    static const char *const fmts[] = {"formatInt", "formatUint"};
    for (size_t f = 0; f < LEN(fmts); f++) {
        for (size_t i = 0; i < LEN(bulk_ints); i++) {
            for (size_t k = 0; k < LEN(bulk_bases); k++) {
                if (bulk_bases[k] >= 2 && bulk_bases[k] <= 36) {
                    bulk_run(&b, fmts[f], "ii>s", "", "", "", bulk_ints[i], bulk_bases[k]);
                }
            }
        }
    }
    for (size_t i = 0; i < LEN(bulk_nums); i++) {
        bulk_run(&b, "atoi", "s>ic", bulk_nums[i], "", "", 0, 0);
    }
    static const char *const parse[][2] = {{"parseInt", "sii>ic"}, {"parseUint", "sii>uc"}};
    for (size_t f = 0; f < LEN(parse); f++) {
        for (size_t i = 0; i < LEN(bulk_nums); i++) {
            for (size_t k = 0; k < LEN(bulk_bases); k++) {
                for (size_t j = 0; j < LEN(bulk_bits); j++) {
                    bulk_run(&b, parse[f][0], parse[f][1], bulk_nums[i], "", "", bulk_bases[k],
                             bulk_bits[j]);
                }
            }
        }
    }
    for (size_t i = 0; i < LEN(bulk_floats); i++) {
        bulk_run(&b, "parseFloat", "si>fc", bulk_floats[i], "", "", 32, 0);
        bulk_run(&b, "parseFloat", "si>fc", bulk_floats[i], "", "", 64, 0);
    }
    static const char *const q[][2] = {{"Quote", "s>s"},
                                       {"QuoteToASCII", "s>s"},
                                       {"QuoteToGraphic", "s>s"},
                                       {"CanBackquote", "s>b"}};
    for (size_t f = 0; f < LEN(q); f++) {
        for (size_t i = 0; i < LEN(bulk_quotes); i++) {
            bulk_run(&b, q[f][0], q[f][1], bulk_quotes[i], "", "", 0, 0);
        }
    }
    static const char *const qr[][2] = {{"QuoteRune", "r>s"},
                                        {"QuoteRuneToASCII", "r>s"},
                                        {"QuoteRuneToGraphic", "r>s"},
                                        {"IsPrint", "r>b"},
                                        {"IsGraphic", "r>b"}};
    for (size_t f = 0; f < LEN(qr); f++) {
        for (size_t i = 0; i < LEN(bulk_runes); i++) {
            bulk_run(&b, qr[f][0], qr[f][1], "", "", "", bulk_runes[i], 0);
        }
    }
    for (size_t i = 0; i < LEN(bulk_unquotes); i++) {
        bulk_run(&b, "unquote", "s>sb", bulk_unquotes[i], "", "", 0, 0);
    }
    for (size_t i = 0; i < LEN(bulk_unquotes); i++) {
        bulk_run(&b, "quotedPrefix", "s>sb", str_printf("%stail", bulk_unquotes[i]), "", "", 0, 0);
    }
    static const int64_t quotes[] = {'"', '\'', 0};
    for (size_t i = 0; i < LEN(bulk_uchars); i++) {
        for (size_t k = 0; k < LEN(quotes); k++) {
            bulk_run(&b, "unquoteChar", "sc>rbsb", bulk_uchars[i], "", "", quotes[k], 0);
        }
    }
    bulk_check(&b);
}

/* ---- strings.Builder ---- */

/* A Builder's slots: addr, buf (ptr, len), cap (runtime/std/strings.go). */
static void test_builder(void) {
    NativeFn ws = native(lib_strings_funcs, "(b *Builder) WriteString");
    NativeFn wb = native(lib_strings_funcs, "(b *Builder) WriteByte");
    NativeFn wr = native(lib_strings_funcs, "(b *Builder) WriteRune");
    NativeFn w = native(lib_strings_funcs, "(b *Builder) Write");
    NativeFn grow = native(lib_strings_funcs, "(b *Builder) Grow");
    Slot *b = GC_MALLOC(4 * sizeof(Slot));
    Slot a[4];

    a[0].p = b;
    set_cstr(a + 1, "ab");
    ws(NULL, a);
    CHECK(a[0].i == 2 && a[1].p == NULL && a[2].p == NULL);
    a[0].p = b;
    a[1].u = 'c';
    wb(NULL, a);
    CHECK(a[0].p == NULL && a[1].p == NULL);
    a[0].p = b;
    a[1].i = 0xe9;
    wr(NULL, a);
    CHECK(a[0].i == 2);
    a[0].p = b;
    a[1].i = -1;
    wr(NULL, a);
    CHECK(a[0].i == 3);
    Slot bytes[2] = {{.u = 'x'}, {.u = 'y'}};
    a[0].p = b;
    rt_set_slice(a + 1, (GoSlice){bytes, 2, 2});
    w(NULL, a);
    CHECK(a[0].i == 2);
    const char *want = "abc\303\251\357\277\275xy"; /* Go: "abcé\uFFFDxy", Len() 10 */
    CHECK(b[0].p == b && str_is(b + 1, want) && b[2].i == 10);

    /* a string taken earlier never changes */
    Slot before[2] = {b[1], b[2]};
    for (int i = 0; i < 100; i++) {
        a[0].p = b;
        set_cstr(a + 1, "more");
        ws(NULL, a);
    }
    CHECK(str_is(before, want) && b[2].i == 410);

    /* a million appends: linear time */
    Slot *big = GC_MALLOC(4 * sizeof(Slot));
    clock_t t0 = clock();
    for (int i = 0; i < 1000000; i++) {
        a[0].p = big;
        a[1].u = (uint64_t)('a' + i % 26);
        wb(NULL, a);
    }
    double ms = (double)(clock() - t0) * 1000 / CLOCKS_PER_SEC;
    CHECK(big[2].i == 1000000 && ((char *)big[1].p)[999999] == 'a' + 999999 % 26);
    CHECK(ms < 1000);

    Slot *g = GC_MALLOC(4 * sizeof(Slot));
    a[0].p = g;
    a[1].i = 100;
    grow(NULL, a);
    CHECK(g[3].i >= 100 && g[2].i == 0);

    if (stub_panics()) {
        /* Go: "strings: illegal use of non-zero Builder copied by value" */
        Slot *copy = GC_MALLOC(4 * sizeof(Slot));
        memcpy(copy, b, 4 * sizeof(Slot));
        panic_msg = NULL;
        a[0].p = copy;
        set_cstr(a + 1, "y");
        ws(NULL, a);
        CHECK(panic_msg &&
              !strcmp(panic_msg, "strings: illegal use of non-zero Builder copied by value"));
        /* Go: "strings.Builder.Grow: negative count" */
        panic_msg = NULL;
        a[0].p = g;
        a[1].i = -1;
        grow(NULL, a);
        CHECK(panic_msg && !strcmp(panic_msg, "strings.Builder.Grow: negative count"));
        /* a zero Builder copied before any write is fine (Go prints "y") */
        Slot *zero = GC_MALLOC(4 * sizeof(Slot));
        panic_msg = NULL;
        a[0].p = zero;
        set_cstr(a + 1, "y");
        ws(NULL, a);
        CHECK(!panic_msg && str_is(zero + 1, "y"));
    }
}

/* ---- strconv: FormatFloat and the quoter (src/text/quote.h) ---- */

static void test_strconv_misc(void) {
    NativeFn ff = native(lib_strconv_funcs, "FormatFloat");
    /* Go: FormatFloat(1.5,'f',2,64) = "1.50"; (0.1,'e',3,64) = "1.000e-01"; (-2,'E',0,64) =
     * "-2E+00" */
    static const struct {
        double v;
        char fmt;
        int prec;
        const char *want;
    } cases[] = {{1.5, 'f', 2, "1.50"}, {0.1, 'e', 3, "1.000e-01"}, {-2, 'E', 0, "-2E+00"}};
    for (size_t i = 0; i < LEN(cases); i++) {
        Slot a[4] = {
            {.f = cases[i].v}, {.u = (uint8_t)cases[i].fmt}, {.i = cases[i].prec}, {.i = 64}};
        ff(NULL, a);
        CHECK(str_is(a, cases[i].want));
    }
    /* The C entry points fmt uses: Go's Quote("a\n\xff"), QuoteRune('☺'), CanBackquote("a`"). */
    StrBuf q = {0};
    quote_string(&q, "a\n\xff\xe2\x98\xba", 6, '"', QUOTE_PRINT);
    CHECK(!strcmp(sb_cstr(&q), "\"a\\n\\xff\xe2\x98\xba\""));
    q.len = 0;
    quote_string(&q, "a\n\xff\xe2\x98\xba", 6, '"', QUOTE_ASCII);
    CHECK(!strcmp(sb_cstr(&q), "\"a\\n\\xff\\u263a\""));
    q.len = 0;
    quote_rune(&q, 0x263a, QUOTE_PRINT);
    CHECK(!strcmp(sb_cstr(&q), "'\xe2\x98\xba'"));
    q.len = 0;
    quote_rune(&q, 0x263a, QUOTE_ASCII);
    CHECK(!strcmp(sb_cstr(&q), "'\\u263a'"));
    q.len = 0;
    quote_rune(&q, 0xd800, QUOTE_PRINT);
    CHECK(!strcmp(sb_cstr(&q), "'\xef\xbf\xbd'"));
    q.len = 0;
    quote_string(&q, "\xc2\xa0", 2, '"', QUOTE_GRAPHIC);
    CHECK(!strcmp(sb_cstr(&q), "\"\xc2\xa0\""));
    CHECK(!quote_can_backquote("a`", 2) && quote_can_backquote("a\tb", 3));
}

/* ---- unicode and unicode/utf8 ---- */

static inline void hadd(uint64_t *h, uint64_t v) {
    *h = (*h ^ v) * 1099511628211ull;
}

static const NumHash *num_hash(const NumHash *t, size_t n, const char *fn, int kind) {
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(t[i].fn, fn) && t[i].kind == kind) {
            return &t[i];
        }
    }
    fprintf(stderr, "no hash for %s/%d\n", fn, kind);
    abort();
}

static void check_hash(const NumHash *want, uint64_t got) {
    CHECK(got == want->hash);
    if (got != want->hash) {
        fprintf(stderr, "  %s (%d): hash %016" PRIx64 ", Go's %016" PRIx64 "\n", want->fn,
                want->kind, got, want->hash);
    }
}

static bool changed_since_go119_rune(int32_t r) {
    for (size_t i = 0; i < LEN(changed_since_go119); i++) {
        if ((uint32_t)r >= changed_since_go119[i][0] && (uint32_t)r <= changed_since_go119[i][1]) {
            return true;
        }
    }
    return false;
}

static void test_unicode(void) {
    for (size_t i = 0; i < LEN(unicode_hashes); i++) {
        const NumHash *w = &unicode_hashes[i];
        if (w->kind > 2) {
            continue;
        }
        NativeFn fn = native(lib_unicode_funcs, w->fn);
        uint64_t h = 14695981039346656037ull;
        for (int32_t r = -2; r <= 0x110001; r++) {
            if (changed_since_go119_rune(r)) {
                continue;
            }
            Slot a[1] = {{.i = r}};
            fn(NULL, a);
            hadd(&h, w->kind == 1 ? (uint64_t)(a[0].i != 0) : (uint64_t)(int64_t)(int32_t)a[0].i);
        }
        check_hash(w, h);
    }
    NativeFn to = native(lib_unicode_funcs, "To");
    uint64_t h = 14695981039346656037ull;
    for (int64_t c = -1; c <= 3; c++) {
        for (int32_t r = -2; r <= 0x110001; r += 3) {
            if (changed_since_go119_rune(r)) {
                continue;
            }
            Slot a[2] = {{.i = c}, {.i = r}};
            to(NULL, a);
            hadd(&h, (uint64_t)(int64_t)(int32_t)a[0].i);
        }
    }
    check_hash(num_hash(unicode_hashes, LEN(unicode_hashes), "To", 3), h);
    NativeFn is_table = native(lib_unicode_funcs, "isTable");
    h = 14695981039346656037ull;
    for (int64_t id = 1; id < UNICODE_TABLE_IDS; id++) {
        for (int32_t r = -2; r <= 0x110001; r++) {
            if ((r >= 0x3000 && r % 17 != 0) || changed_since_go119_rune(r)) {
                continue;
            }
            Slot a[2] = {{.i = id}, {.i = r}};
            is_table(NULL, a);
            hadd(&h, a[0].i != 0);
        }
    }
    check_hash(num_hash(unicode_hashes, LEN(unicode_hashes), "isTable", 4), h);
    /* the C entry points used by other natives agree with the natives */
    CHECK(uni_is_space(0x85) && !uni_is_space(0x200b));
    CHECK(uni_to_upper(0xdf) == 0xdf && uni_simple_fold('k') == 0x212a);
}

typedef struct Utf8Hashes {
    uint64_t decode, decode_last, full, valid, count;
} Utf8Hashes;

static void utf8_string_case(Utf8Hashes *h, const char *p, int n, const NativeFn *fns) {
    Slot a[2];
    a[0].p = (void *)p;
    a[1].i = n;
    fns[0](NULL, a);
    hadd(&h->decode, (uint64_t)a[0].i);
    hadd(&h->decode, (uint64_t)a[1].i);
    a[0].p = (void *)p;
    a[1].i = n;
    fns[1](NULL, a);
    hadd(&h->decode_last, (uint64_t)a[0].i);
    hadd(&h->decode_last, (uint64_t)a[1].i);
    a[0].p = (void *)p;
    a[1].i = n;
    fns[2](NULL, a);
    hadd(&h->full, a[0].i != 0);
    a[0].p = (void *)p;
    a[1].i = n;
    fns[3](NULL, a);
    hadd(&h->valid, a[0].i != 0);
    a[0].p = (void *)p;
    a[1].i = n;
    fns[4](NULL, a);
    hadd(&h->count, (uint64_t)a[0].i);
}

static void utf8_slice_case(Utf8Hashes *h, const char *p, int n, const NativeFn *fns) {
    Slot bytes[4], a[3];
    for (int i = 0; i < n; i++) {
        bytes[i].u = (uint8_t)p[i];
    }
    for (int f = 0; f < 5; f++) {
        rt_set_slice(a, (GoSlice){bytes, n, 4});
        fns[f](NULL, a);
        switch (f) {
        case 0:
            hadd(&h->decode, (uint64_t)a[0].i);
            hadd(&h->decode, (uint64_t)a[1].i);
            break;
        case 1:
            hadd(&h->decode_last, (uint64_t)a[0].i);
            hadd(&h->decode_last, (uint64_t)a[1].i);
            break;
        case 2: hadd(&h->full, a[0].i != 0); break;
        case 3: hadd(&h->valid, a[0].i != 0); break;
        default: hadd(&h->count, (uint64_t)a[0].i);
        }
    }
}

static void utf8_all_inputs(void (*run)(Utf8Hashes *, const char *, int, const NativeFn *),
                            const NativeFn *fns) {
    Utf8Hashes h;
    h.decode = h.decode_last = h.full = h.valid = h.count = 14695981039346656037ull;
    char buf[4] = {0};
    run(&h, buf, 0, fns);
    for (int a = 0; a < 256; a++) {
        buf[0] = (char)a;
        run(&h, buf, 1, fns);
        for (int b = 0; b < 256; b++) {
            buf[1] = (char)b;
            run(&h, buf, 2, fns);
            for (size_t c = 0; c < LEN(edge_bytes); c++) {
                buf[2] = (char)edge_bytes[c];
                run(&h, buf, 3, fns);
            }
        }
    }
    for (int a = 0xc0; a < 256; a++) {
        buf[0] = (char)a;
        for (size_t b = 0; b < LEN(edge_bytes); b++) {
            buf[1] = (char)edge_bytes[b];
            for (size_t c = 0; c < LEN(edge_bytes); c++) {
                buf[2] = (char)edge_bytes[c];
                for (size_t d = 0; d < LEN(edge_bytes); d++) {
                    buf[3] = (char)edge_bytes[d];
                    run(&h, buf, 4, fns);
                }
            }
        }
    }
    const NumHash *t = utf8_hashes;
    size_t n = LEN(utf8_hashes);
    check_hash(num_hash(t, n, "Decode", 1), h.decode);
    check_hash(num_hash(t, n, "DecodeLast", 1), h.decode_last);
    check_hash(num_hash(t, n, "FullRune", 1), h.full);
    check_hash(num_hash(t, n, "Valid", 1), h.valid);
    check_hash(num_hash(t, n, "RuneCount", 1), h.count);
}

static void test_utf8(void) {
    const NativeFunc *t = lib_utf8_funcs;
    NativeFn in_string[] = {native(t, "DecodeRuneInString"), native(t, "DecodeLastRuneInString"),
                            native(t, "FullRuneInString"), native(t, "ValidString"),
                            native(t, "RuneCountInString")};
    NativeFn in_slice[] = {native(t, "DecodeRune"), native(t, "DecodeLastRune"),
                           native(t, "FullRune"), native(t, "Valid"), native(t, "RuneCount")};
    utf8_all_inputs(utf8_string_case, in_string);
    utf8_all_inputs(utf8_slice_case, in_slice);

    NativeFn enc = native(t, "EncodeRune"), len = native(t, "RuneLen"), vr = native(t, "ValidRune");
    uint64_t h = 14695981039346656037ull;
    Slot bytes[4];
    for (int32_t r = -3; r < 0x110005; r++) {
        Slot a[4] = {{.p = bytes}, {.i = 4}, {.i = 4}, {.i = r}};
        enc(NULL, a);
        int64_t n = a[0].i;
        hadd(&h, (uint64_t)n);
        for (int64_t i = 0; i < n; i++) {
            hadd(&h, bytes[i].u);
        }
        a[0].i = r;
        len(NULL, a);
        hadd(&h, (uint64_t)a[0].i);
        a[0].i = r;
        vr(NULL, a);
        hadd(&h, a[0].i != 0);
    }
    check_hash(num_hash(utf8_hashes, LEN(utf8_hashes), "Encode", 2), h);

    NativeFn rs = native(t, "RuneStart");
    h = 14695981039346656037ull;
    for (int b = 0; b < 256; b++) {
        Slot a[1] = {{.u = (uint64_t)b}};
        rs(NULL, a);
        hadd(&h, a[0].i != 0);
    }
    CHECK(h == RUNE_START_HASH);

    if (stub_panics()) {
        /* Go: EncodeRune into too short a slice panics on the last byte's index. */
        static const struct {
            int64_t len;
            int32_t r;
            const char *want;
        } short_cases[] = {
            {1, 0xe9, "runtime error: index out of range [1] with length 1"},
            {0, 'a', "runtime error: index out of range [0] with length 0"},
            {2, 0x10000, "runtime error: index out of range [3] with length 2"},
            {2, -1, "runtime error: index out of range [2] with length 2"},
        };
        for (size_t i = 0; i < LEN(short_cases); i++) {
            panic_msg = NULL;
            Slot a[4] = {
                {.p = bytes}, {.i = short_cases[i].len}, {.i = 4}, {.i = short_cases[i].r}};
            enc(NULL, a);
            CHECK(panic_msg && !strcmp(panic_msg, short_cases[i].want));
        }
    }
    /* the C entry points */
    int32_t r;
    CHECK(utf8_decode("\xe6\x97\xa5", 3, &r) == 3 && r == 0x65e5);
    CHECK(utf8_decode_last("a\xe6\x97", 3, &r) == 1 && r == UTF8_RUNE_ERROR);
    CHECK(utf8_count("a\xffz\xe6\x97\xa5", 6) == 4 && !utf8_valid("a\xff", 2));
}

/* ---- math ---- */

static uint64_t splitmix(uint64_t *s) {
    *s += 0x9e3779b97f4a7c15ull;
    uint64_t z = *s;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The same inputs as the Go program's mathInput. */
static double math_input(uint64_t *s, int i) {
    uint64_t u = splitmix(s);
    Slot v;
    switch (i % 4) {
    case 0: v.u = u; return v.f;
    case 1: return (double)(u >> 11) * 0x1p-53 * 20 - 10;
    case 2: return ldexp((double)(u >> 11) * 0x1p-53, (int)(u % 121) - 60);
    default: return (double)((int64_t)(u % 2001) - 1000) / 8;
    }
}

static uint64_t call_f1(NativeFn fn, double x) {
    Slot a[1] = {{.f = x}};
    fn(NULL, a);
    return a[0].u;
}

static uint64_t call_f2(NativeFn fn, double x, double y) {
    Slot a[2] = {{.f = x}, {.f = y}};
    fn(NULL, a);
    return a[0].u;
}

static void test_math(void) {
    for (size_t i = 0; i < LEN(math_cases); i++) {
        const MathCase *c = &math_cases[i];
        Slot a[3] = {{.u = c->a0}, {.u = c->a1}, {.u = c->a2}};
        native(lib_math_funcs, c->fn)(NULL, a);
        bool ok = a[0].u == c->r0 && (c->nres < 2 || a[1].u == c->r1);
        CHECK(ok);
        if (!ok) {
            fprintf(stderr,
                    "  %s(%016" PRIx64 ", %016" PRIx64 "): want %016" PRIx64 " %016" PRIx64
                    ", got %016" PRIx64 " %016" PRIx64 "\n",
                    c->fn, c->a0, c->a1, c->r0, c->r1, a[0].u, a[1].u);
        }
    }
    const size_t ns = LEN(math_specials);
    for (size_t k = 0; k < LEN(math_hashes); k++) {
        const NumHash *w = &math_hashes[k];
        NativeFn fn = native(lib_math_funcs, w->fn);
        uint64_t h = 14695981039346656037ull;
        Slot x, y;
        if (w->kind == 1) {
            uint64_t s = 1;
            for (int i = 0; i < MATH_N; i++) {
                hadd(&h, call_f1(fn, math_input(&s, i)));
            }
            for (size_t i = 0; i < ns; i++) {
                x.u = math_specials[i];
                hadd(&h, call_f1(fn, x.f));
            }
        } else if (w->kind == 2) {
            uint64_t s = 2;
            for (int i = 0; i < MATH_N; i++) {
                double xv = math_input(&s, i);
                double yv = math_input(&s, i / 2);
                hadd(&h, call_f2(fn, xv, yv));
            }
            for (size_t i = 0; i < ns; i++) {
                for (size_t j = 0; j < ns; j++) {
                    x.u = math_specials[i];
                    y.u = math_specials[j];
                    hadd(&h, call_f2(fn, x.f, y.f));
                }
            }
        } else {
            for (int xi = -20; xi <= 20; xi++) {
                for (int yi = -40; yi <= 40; yi++) {
                    hadd(&h, call_f2(fn, (double)xi / 4, (double)yi / 2));
                }
            }
        }
        check_hash(w, h);
    }
}

int main(void) {
    GC_INIT();
    check_cases(lib_strings_funcs, strings_cases, LEN(strings_cases));
    check_cases(lib_strconv_funcs, strconv_cases, LEN(strconv_cases));
    bulk_strings();
    bulk_strconv();
    test_builder();
    test_strconv_misc();
    test_unicode();
    test_utf8();
    test_math();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
