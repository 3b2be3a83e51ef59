/* test_format.c — unit tests of the fmt engine (runtime/lib/format.c) and of runtime/type.c.
 *
 * Type descriptors and values are built by hand, in the layout of runtime/type.h, and
 * formatted through the engine's API; each result is compared with what real Go printed.
 * The cases in generated_fmt_cases() and generated_float_cases() were produced by the Go
 * program at the end of this file, which evaluates every case with Go's fmt and strconv and
 * writes the operands as C constructors by reflection: expectations are Go's, never ours.
 * A handful of hand-written checks (runtime print format, panic values, Errorf's wrapped
 * operands, type_string, type_equal/hash) carry expectations copied from Go's output, except
 * two behaviours newer than the Go 1.19 at hand, taken from Go's sources: several %w in one
 * Errorf (Go 1.20) and the tab after a newline in a panic message (Go 1.23).
 *
 * Methods (String, Error, GoString) are C functions standing in for compiled Go code: the
 * weak rt_call_method below calls them, so the test links without the VM.
 * The last line printed is "N passed, N failed"; the exit status is nonzero on failure.
 * Standalone build (from the repository root):
 *   gcc -std=c17 -D_GNU_SOURCE -I. tests/unit/test_format.c runtime/type.c runtime/map.c \
 *       runtime/lib/format.c runtime/lib/format_field.c runtime/lib/format_float.c \
 *       runtime/lib/format_mapsort.c runtime/lib/format_runtime.c \
 *       src/common.c src/text/utf8.c src/text/unicode.c src/text/unicode_data.c src/text/quote.c \
 *       $(pkg-config --cflags --libs bdw-gc) -lm
 */
#include "runtime/lib/format.h"
#include "runtime/map.h"
#include "runtime/type.h"
#include "src/text/quote.h"
#include "src/text/unicode.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

static void report(const char *what, const char *got, size_t glen, const char *want, size_t wlen) {
    if (glen == wlen && memcmp(got, want, glen) == 0) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n  got:  [%.*s]\n  want: [%.*s]\n", what, (int)glen, got, (int)wlen, want);
}

/* ---- stand-ins for the VM's functions --------------------------------------------------- */

/* What a test method "panics" with, until rt_recover_into takes it. */
static Slot test_panic[2];
static bool test_panicking;

typedef bool (*TestMethod)(const Type *t, Slot data, Slot *res);

/* The stand-ins are weak aliases of these, so that the test links alone; linked with the
 * VM, the VM's definitions win and main() notices (methods_live). */
static bool test_call_method(G *g, const Type *t, Slot data, const Method *m, const Slot *args,
                             int nargs, Slot *res, int nres) {
    (void)g, (void)args, (void)nargs, (void)nres;
    if (m->mode == RECV_DEREF) {
        /* A value method through a pointer: a nil pointer panics before the call. */
        if (!data.p) {
            test_panic[0].p = NULL;
            test_panicking = true;
            return false;
        }
        const Type *elem = t->elem;
        data = (elem->flags & TYPE_DIRECT) ? *(Slot *)data.p : data;
        t = elem;
    }
    bool ok = ((TestMethod)(void *)m->fn)(t, data, res);
    test_panicking = !ok;
    return ok;
}

static void test_recover_into(G *g, Slot *out) {
    (void)g;
    out[0] = test_panic[0];
    out[1] = test_panic[1];
    test_panicking = false;
}

static bool test_rt_panicking(G *g) {
    (void)g;
    return test_panicking;
}

static void test_panic_value(G *g, const Type *t, Slot data) {
    (void)g;
    test_panic[0].p = (void *)t;
    test_panic[1] = data;
    test_panicking = true;
}

static void test_write(int fd, const char *p, size_t n) { (void)fd, (void)p, (void)n; }

bool rt_call_method(G *g, const Type *t, Slot data, const Method *m, const Slot *args, int nargs,
                    Slot *res, int nres) __attribute__((weak, alias("test_call_method")));
void rt_recover_into(G *g, Slot *out) __attribute__((weak, alias("test_recover_into")));
bool rt_panicking(G *g) __attribute__((weak, alias("test_rt_panicking")));
void rt_panic_value(G *g, const Type *t, Slot data)
    __attribute__((weak, alias("test_panic_value")));
void rt_write(int fd, const char *p, size_t n) __attribute__((weak, alias("test_write")));

/* ---- building types --------------------------------------------------------------------- */

static Type *ty_new(Kind k) {
    Type *t = GC_MALLOC(sizeof(Type));
    t->kind = k;
    t->underlying = t;
    t->flags = TYPE_COMPLETE;
    return t;
}

/* Sizes and flags, as the checker would compute them. */
static Type *ty_finish(Type *t) {
    bool comparable = true, pointer_free = false;
    switch (t->kind) {
    case KIND_STRING:
    case KIND_COMPLEX64:
    case KIND_COMPLEX128:
    case KIND_INTERFACE:
        t->slots = 2;
        pointer_free = t->kind != KIND_STRING && t->kind != KIND_INTERFACE;
        break;
    case KIND_SLICE:
        t->slots = 3;
        comparable = false;
        break;
    case KIND_MAP:
    case KIND_FUNC:
        t->slots = 1;
        comparable = false;
        break;
    case KIND_ARRAY:
        t->slots = (int32_t)(t->len * t->elem->slots);
        comparable = t->elem->flags & TYPE_COMPARABLE;
        pointer_free = t->elem->flags & TYPE_POINTERFREE;
        break;
    case KIND_STRUCT:
        t->slots = 0;
        pointer_free = true;
        for (int i = 0; i < t->nfields; i++) {
            t->fields[i].offset = t->slots;
            t->slots += t->fields[i].type->slots;
            comparable = comparable && (t->fields[i].type->flags & TYPE_COMPARABLE);
            pointer_free = pointer_free && (t->fields[i].type->flags & TYPE_POINTERFREE);
        }
        break;
    case KIND_POINTER:
    case KIND_CHAN:
    case KIND_UNSAFE_POINTER:
        t->slots = 1;
        break;
    default:
        t->slots = 1;
        pointer_free = true;
        break;
    }
    if (comparable) {
        t->flags |= TYPE_COMPARABLE;
    }
    if (pointer_free) {
        t->flags |= TYPE_POINTERFREE;
    }
    if (t->slots == 1) {
        t->flags |= TYPE_DIRECT;
    }
    return t;
}

static Type *ty_basic(Kind k, const char *name) {
    Type *t = ty_new(k);
    if (name) {
        t->name = name;
        t->flags |= TYPE_NAMED;
    }
    return ty_finish(t);
}

static Type *ty_string_type(void) {
    static Type *t;
    if (!t) {
        t = ty_basic(KIND_STRING, "string");
    }
    return t;
}

static Type *ty_float64_type(void) {
    static Type *t;
    if (!t) {
        t = ty_basic(KIND_FLOAT64, "float64");
    }
    return t;
}

static Type *ty_int_type(void) {
    static Type *t;
    if (!t) {
        t = ty_basic(KIND_INT, "int");
    }
    return t;
}

static void ty_name(Type *t, const char *pkg, const char *name) {
    t->name = name;
    t->pkg = pkg;
    t->flags |= TYPE_NAMED;
}

static Type *ty_elem(Kind k, Type *elem) {
    Type *t = ty_new(k);
    t->elem = elem;
    return ty_finish(t);
}

static Type *ty_slice(Type *elem) { return ty_elem(KIND_SLICE, elem); }
static Type *ty_ptr(Type *elem) { return ty_elem(KIND_POINTER, elem); }

static Type *ty_array(int64_t n, Type *elem) {
    Type *t = ty_new(KIND_ARRAY);
    t->elem = elem;
    t->len = n;
    return ty_finish(t);
}

static Type *ty_map(Type *key, Type *val) {
    Type *t = ty_new(KIND_MAP);
    t->key = key;
    t->elem = val;
    return ty_finish(t);
}

static Type *ty_chan(int dir, Type *elem) {
    Type *t = ty_new(KIND_CHAN);
    t->elem = elem;
    t->dir = dir;
    return ty_finish(t);
}

static Type *ty_func(int np, Type **params, int nr, Type **results, bool variadic) {
    Type *t = ty_new(KIND_FUNC);
    t->nparams = np;
    t->params = params;
    t->nresults = nr;
    t->results = results;
    t->variadic = variadic;
    return ty_finish(t);
}

/* func() string, the signature of String, Error and GoString. */
static Type *ty_string_sig(void) {
    static Type *t;
    if (!t) {
        Type **r = GC_MALLOC(sizeof(Type *));
        r[0] = ty_string_type();
        t = ty_func(0, NULL, 1, r, false);
    }
    return t;
}

static Type *ty_iface(int n, const char **names, Type **sigs) {
    Type *t = ty_new(KIND_INTERFACE);
    t->nimethods = n;
    t->imethods = GC_MALLOC(sizeof(IMethod) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        t->imethods[i].name = names[i];
        t->imethods[i].sig = sigs[i];
    }
    return ty_finish(t);
}

static Type *ty_any(void) { return ty_iface(0, NULL, NULL); }

static Type *ty_error(void) {
    static Type *t;
    if (!t) {
        const char *names[] = {"Error"};
        Type *sigs[] = {ty_string_sig()};
        t = ty_iface(1, names, sigs);
        t->name = "error";
        t->flags |= TYPE_NAMED;
    }
    return t;
}

static Type *ty_stringer_iface(void) {
    const char *names[] = {"String"};
    Type *sigs[] = {ty_string_sig()};
    return ty_iface(1, names, sigs);
}

/* ty_struct(n, name, type, embedded, exported, ...) */
static Type *ty_struct(int n, ...) {
    Type *t = ty_new(KIND_STRUCT);
    t->nfields = n;
    t->fields = GC_MALLOC(sizeof(StructField) * (size_t)(n ? n : 1));
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        t->fields[i].name = va_arg(ap, const char *);
        t->fields[i].type = va_arg(ap, Type *);
        t->fields[i].embedded = va_arg(ap, int);
        t->fields[i].exported = va_arg(ap, int);
    }
    va_end(ap);
    return ty_finish(t);
}

/* Adds a func() string method; deref: a value method reached through a pointer type. */
static void ty_method(Type *t, const char *name, Func *fn, bool deref) {
    Method *ms = GC_MALLOC(sizeof(Method) * (size_t)(t->nmethods + 1));
    int i = 0, j = 0;
    for (; i < t->nmethods && strcmp(t->methods[i].name, name) < 0; i++) {
        ms[j++] = t->methods[i];
    }
    ms[j].name = name;
    ms[j].sig = ty_string_sig();
    ms[j].fn = fn;
    ms[j].mode = deref ? RECV_DEREF : (t->flags & TYPE_DIRECT) ? RECV_DIRECT : RECV_BOXED;
    j++;
    for (; i < t->nmethods; i++) {
        ms[j++] = t->methods[i];
    }
    t->methods = ms;
    t->nmethods++;
}

/* ---- building values -------------------------------------------------------------------- */

typedef struct Val {
    const Type *t; /* NULL: the nil interface (an operand only) */
    Slot *s;
} Val;

static Val vnew(const Type *t) {
    Val v = {t, GC_MALLOC(sizeof(Slot) * (size_t)(t->slots > 0 ? t->slots : 1))};
    return v;
}

static Val vnil(void) { return (Val){NULL, NULL}; }
static Val vzero(const Type *t) { return vnew(t); }

static Val vint(const Type *t, int64_t x) {
    Val v = vnew(t);
    v.s[0].i = x;
    return v;
}

static Val vfloat(const Type *t, double x) {
    Val v = vnew(t);
    v.s[0].f = t->kind == KIND_FLOAT32 ? (double)(float)x : x;
    return v;
}

static Val vcomplex(const Type *t, double re, double im) {
    Val v = vnew(t);
    if (t->kind == KIND_COMPLEX64) {
        re = (float)re;
        im = (float)im;
    }
    v.s[0].f = re;
    v.s[1].f = im;
    return v;
}

static Val vstr(const Type *t, const char *s, int64_t n) {
    Val v = vnew(t);
    char *p = GC_MALLOC_ATOMIC((size_t)n + 1);
    memcpy(p, s, (size_t)n);
    v.s[0].p = p;
    v.s[1].i = n;
    return v;
}

static void vcopy(Slot *dst, Val v) {
    if (v.t->slots > 0) {
        memcpy(dst, v.s, sizeof(Slot) * (size_t)v.t->slots);
    }
}

static Val vslice(const Type *t, int64_t n, ...) {
    Val v = vnew(t);
    int32_t es = t->elem->slots;
    Slot *backing = GC_MALLOC(sizeof(Slot) * (size_t)(n * es > 0 ? n * es : 1));
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) {
        vcopy(backing + i * es, va_arg(ap, Val));
    }
    va_end(ap);
    v.s[0].p = backing;
    v.s[1].i = n;
    v.s[2].i = n;
    return v;
}

static Val varray(const Type *t, ...) {
    Val v = vnew(t);
    int32_t es = t->elem->slots;
    va_list ap;
    va_start(ap, t);
    for (int64_t i = 0; i < t->len; i++) {
        vcopy(v.s + i * es, va_arg(ap, Val));
    }
    va_end(ap);
    return v;
}

static Val vstruct(const Type *t, ...) {
    Val v = vnew(t);
    va_list ap;
    va_start(ap, t);
    for (int i = 0; i < t->nfields; i++) {
        vcopy(v.s + t->fields[i].offset, va_arg(ap, Val));
    }
    va_end(ap);
    return v;
}

static Val vptr(const Type *t, Val elem) {
    Val v = vnew(t);
    v.s[0].p = elem.s;
    return v;
}

static Val viface(const Type *t, Val dyn) {
    Val v = vnew(t);
    v.s[0].p = (void *)dyn.t;
    v.s[1] = iface_box(dyn.t, dyn.s);
    return v;
}

static Val vmap(const Type *t, int64_t n, ...) {
    Val v = vnew(t);
    Map *m = map_new(t, n);
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) {
        Val k = va_arg(ap, Val), x = va_arg(ap, Val);
        const Type *unc = NULL;
        Slot *dst = map_insert(m, k.s, &unc);
        vcopy(dst, x);
    }
    va_end(ap);
    v.s[0].p = m;
    return v;
}

/* Operands: interface values, two slots each. */
static Slot *operands(int n, va_list ap) {
    Slot *a = GC_MALLOC(sizeof(Slot) * (size_t)(2 * n + 2));
    for (int i = 0; i < n; i++) {
        Val v = va_arg(ap, Val);
        a[2 * i].p = (void *)v.t;
        a[2 * i + 1].u = 0;
        if (v.t) {
            a[2 * i + 1] = iface_box(v.t, v.s);
        }
    }
    return a;
}

/* mode 'f': Sprintf(format, ...); 's': Sprint(...); 'l': Sprintln(...). */
static void check_fmt(char mode, const char *format, size_t flen, const char *want, size_t wlen,
                      int n, ...) {
    va_list ap;
    va_start(ap, n);
    Slot *args = operands(n, ap);
    va_end(ap);
    StrBuf out = {0};
    switch (mode) {
    case 'f':
        fmt_sprintf(NULL, &out, format, flen, args, n);
        break;
    case 's':
        fmt_sprint(NULL, &out, args, n);
        break;
    default:
        fmt_sprintln(NULL, &out, args, n);
        break;
    }
    char what[256];
    snprintf(what, sizeof what, "%c %.200s", mode, format);
    report(what, out.data ? out.data : "", out.len, want, wlen);
}

static bool methods_live;

/* A case that calls methods: only with the test's stand-in for rt_call_method. */
static void check_fmt_methods(char mode, const char *format, size_t flen, const char *want,
                              size_t wlen, int n, ...) {
    if (!methods_live) {
        return;
    }
    va_list ap;
    va_start(ap, n);
    Slot *args = operands(n, ap);
    va_end(ap);
    StrBuf out = {0};
    switch (mode) {
    case 'f':
        fmt_sprintf(NULL, &out, format, flen, args, n);
        break;
    case 's':
        fmt_sprint(NULL, &out, args, n);
        break;
    default:
        fmt_sprintln(NULL, &out, args, n);
        break;
    }
    char what[256];
    snprintf(what, sizeof what, "%c %.200s", mode, format);
    report(what, out.data ? out.data : "", out.len, want, wlen);
}

static void check_float(double v, char fc, int prec, int bitsize, const char *want) {
    StrBuf out = {0};
    fmt_format_float(&out, v, fc, prec, bitsize);
    char what[128];
    snprintf(what, sizeof what, "FormatFloat(%a, '%c', %d, %d)", v, fc, prec, bitsize);
    report(what, out.data, out.len, want, strlen(want));
}

/* ---- the test types' methods (what the Go declarations in the generator do) -------------- */

static void set_result(Slot *res, const char *s, size_t n) {
    char *p = GC_MALLOC_ATOMIC(n + 1);
    memcpy(p, s, n);
    res[0].p = p;
    res[1].i = (int64_t)n;
}

static bool panic_with_string(const char *msg) {
    Val v = vstr(ty_string_type(), msg, (int64_t)strlen(msg));
    test_panic[0].p = (void *)v.t;
    test_panic[1] = iface_box(v.t, v.s);
    return false;
}

/* func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) } */
static bool m_Temp_String(const Type *t, Slot data, Slot *res) {
    (void)t;
    Slot args[2] = {{.p = ty_float64_type()}, data};
    StrBuf out = {0};
    fmt_sprintf(NULL, &out, "%.1f deg", 8, args, 1);
    set_result(res, out.data, out.len);
    return true;
}

static bool m_Color_String(const Type *t, Slot data, Slot *res) {
    (void)t;
    static const char *names[] = {"red", "green", "blue"};
    if (data.i < 0 || data.i > 2) {
        return panic_with_string("runtime error: index out of range");
    }
    set_result(res, names[data.i], strlen(names[data.i]));
    return true;
}

/* func (n *Node) String() string { return "Node<" + n.name + ">" } */
static bool m_Node_String(const Type *t, Slot data, Slot *res) {
    (void)t;
    const Slot *n = data.p;
    if (!n) {
        return panic_with_string("invalid memory address or nil pointer dereference");
    }
    char buf[256];
    int len = snprintf(buf, sizeof buf, "Node<%.*s>", (int)n[1].i, (const char *)n[0].p);
    set_result(res, buf, (size_t)len);
    return true;
}

static bool m_BadInput_Error(const Type *t, Slot data, Slot *res) {
    const Slot *v = iface_value_ptr(t, &data);
    char buf[256];
    int len = snprintf(buf, sizeof buf, "bad input in %.*s", (int)v[1].i, (const char *)v[0].p);
    set_result(res, buf, (size_t)len);
    return true;
}

static bool m_Both_Error(const Type *t, Slot data, Slot *res) {
    (void)t, (void)data;
    set_result(res, "as error", 8);
    return true;
}

static bool m_Both_String(const Type *t, Slot data, Slot *res) {
    (void)t, (void)data;
    set_result(res, "as stringer", 11);
    return true;
}

/* func (Boom) String() string { panic("boom") } */
static bool m_Boom_String(const Type *t, Slot data, Slot *res) {
    (void)t, (void)data, (void)res;
    return panic_with_string("boom");
}

/* func (n *NilStr) String() string { return strconv.Itoa(n.v) } */
static bool m_NilStr_String(const Type *t, Slot data, Slot *res) {
    (void)t;
    const Slot *n = data.p;
    if (!n) {
        return panic_with_string("invalid memory address or nil pointer dereference");
    }
    char buf[32];
    int len = snprintf(buf, sizeof buf, "%lld", (long long)n[0].i);
    set_result(res, buf, (size_t)len);
    return true;
}

static bool m_GoStr_GoString(const Type *t, Slot data, Slot *res) {
    (void)t, (void)data;
    set_result(res, "GoStr!", 6);
    return true;
}

/* errors.New's *errorString. */
static bool m_errorString_Error(const Type *t, Slot data, Slot *res) {
    (void)t;
    const Slot *e = data.p;
    res[0] = e[0];
    res[1] = e[1];
    return true;
}

/* ---- generated cases ------------------------------------------------------------------ */

// Generated by the Go program at the end of this file: do not edit by hand.
static Type *t0, *t1, *t2, *t3, *t4, *t5, *t6, *t7, *t8, *t9, *t10, *t11, *t12, *t13, *t14, *t15,
    *t16, *t17, *t18, *t19, *t20, *t21, *t22, *t23, *t24, *t25, *t26, *t27, *t28, *t29, *t30, *t31,
    *t32, *t33, *t34, *t35, *t36, *t37, *t38, *t39, *t40, *t41, *t42, *t43, *t44, *t45, *t46, *t47,
    *t48, *t49, *t50, *t51, *t52, *t53, *t54, *t55, *t56, *t57, *t58, *t59, *t60, *t61, *t62, *t63,
    *t64, *t65, *t66, *t67, *t68, *t69, *t70, *t71, *t72, *t73, *t74, *t75, *t76, *t77, *t78, *t79,
    *t80, *t81, *t82, *t83, *t84, *t85, *t86, *t87, *t88, *t89, *t90, *t91, *t92, *t93, *t94, *t95,
    *t96, *t97, *t98, *t99, *t100, *t101, *t102, *t103, *t104, *t105, *t106, *t107, *t108, *t109,
    *t110, *t111, *t112, *t113, *t114, *t115, *t116, *t117, *t118, *t119, *t120, *t121;

static void make_types(void) {
    t0 = ty_basic(KIND_INT, "int");
    t1 = ty_basic(KIND_INT8, "int8");
    t2 = ty_basic(KIND_UINT8, "uint8");
    t3 = ty_basic(KIND_UINT16, "uint16");
    t4 = ty_basic(KIND_INT32, "int32");
    t5 = ty_basic(KIND_UINT64, "uint64");
    t6 = ty_basic(KIND_UINT32, "uint32");
    t7 = ty_basic(KIND_UINTPTR, "uintptr");
    t8 = ty_basic(KIND_INT, NULL);
    ty_name(t8, "main", "Level");
    t9 = ty_basic(KIND_INT64, "int64");
    t10 = ty_basic(KIND_BOOL, "bool");
    t11 = ty_basic(KIND_STRING, "string");
    t12 = ty_basic(KIND_STRING, NULL);
    ty_name(t12, "main", "Str");
    t13 = ty_slice(t2);
    t14 = ty_slice(t2);
    ty_name(t14, "main", "Bytes");
    t15 = ty_array(3, t2);
    t16 = ty_ptr(t13);
    t17 = ty_slice(t13);
    t18 = ty_basic(KIND_FLOAT64, "float64");
    t19 = ty_basic(KIND_FLOAT32, "float32");
    t20 = ty_basic(KIND_COMPLEX128, "complex128");
    t21 = ty_basic(KIND_COMPLEX64, "complex64");
    t22 = ty_struct(2, "X", t0, false, true, "S", t11, false, true);
    ty_name(t22, "main", "P");
    t23 = ty_ptr(t22);
    t24 = ty_slice(t0);
    t25 = ty_array(0, t0);
    t26 = ty_array(2, t10);
    t27 = ty_slice(t11);
    t28 = ty_slice(t24);
    t29 = ty_struct(2, "A", t0, false, true, "B", t11, false, true);
    ty_name(t29, "main", "Inner");
    t30 = ty_array(2, t29);
    t31 = ty_struct(2, "X", t0, false, true, "Y", t0, false, true);
    ty_name(t31, "main", "Point");
    t32 = ty_slice(t31);
    t33 = ty_map(t11, t0);
    t34 = ty_map(t0, t11);
    t35 = ty_map(t0, t0);
    t36 = ty_map(t0, t27);
    t37 = ty_map(t18, t0);
    t38 = ty_map(t10, t0);
    t39 = ty_map(t29, t10);
    t40 = ty_array(2, t0);
    t41 = ty_map(t40, t11);
    t42 = ty_any();
    t43 = ty_map(t42, t0);
    t44 = ty_basic(KIND_INT, NULL);
    ty_name(t44, "main", "Color");
    ty_method(t44, "String", (Func *)m_Color_String, false);
    t45 = ty_map(t44, t0);
    t46 = ty_slice(t42);
    t47 = ty_ptr(t0);
    t48 = ty_slice(t47);
    t49 = ty_error();
    t50 = ty_slice(t49);
    t51 = ty_array(1, t42);
    t52 = ty_struct(2, "A", t24, false, true, "M", t34, false, true);
    t53 = ty_struct(0);
    t54 = ty_struct(2, "A", t0, false, true, "B", t11, false, true);
    t55 = ty_ptr(t29);
    t56 = ty_slice(t29);
    t57 = ty_struct(8, "Name", t11, false, true, "In", t29, false, true, "Ptr", t55, false, true,
                    "List", t24, false, true, "M", t33, false, true, "Any", t42, false, true, "Err",
                    t49, false, true, "inner", t56, false, false);
    ty_name(t57, "main", "Outer");
    t58 = ty_struct(1, "Field", t11, false, true);
    ty_name(t58, "main", "BadInput");
    ty_method(t58, "Error", (Func *)m_BadInput_Error, false);
    t59 = ty_ptr(t24);
    t60 = ty_ptr(t33);
    t61 = ty_ptr(t40);
    t62 = ty_slice(t55);
    t63 = ty_ptr(t62);
    t64 = ty_ptr(t27);
    t65 = ty_ptr(t31);
    t66 = ty_slice(t65);
    t67 = ty_struct(2, "K", t0, false, true, "V", t11, false, true);
    ty_name(t67, "main", "Pair[int,string]");
    t68 = ty_struct(2, "K", t8, false, true, "V", t24, false, true);
    ty_name(t68, "main", "Pair[main.Level,[]int]");
    t69 = ty_slice(t67);
    t70 = ty_map(t11, t66);
    t71 = ty_array(3, t8);
    t72 = ty_struct(2, "a", t0, false, false, "B", t0, false, true);
    t73 = ty_ptr(t42);
    t74 = ty_ptr(t49);
    t75 = ty_struct(1, "s", t11, false, false);
    ty_name(t75, "errors", "errorString");
    t76 = ty_ptr(t75);
    ty_method(t76, "Error", (Func *)m_errorString_Error, false);
    t77 = ty_struct(2, "_", t0, false, false, "A", t0, false, true);
    t78 = ty_struct(2, "x", t19, false, false, "y", t19, false, false);
    t79 = ty_ptr(t78);
    t80 = ty_basic(KIND_FLOAT64, NULL);
    ty_name(t80, "main", "Temp");
    ty_method(t80, "String", (Func *)m_Temp_String, false);
    t81 = ty_slice(t44);
    t82 = ty_map(t44, t11);
    t83 = ty_ptr(t81);
    t84 = ty_struct(1, "name", t11, false, false);
    ty_name(t84, "main", "Node");
    t85 = ty_ptr(t84);
    ty_method(t85, "String", (Func *)m_Node_String, false);
    t86 = ty_slice(t85);
    t87 = ty_struct(3, "Where", t11, false, true, "T", t80, false, true, "N", t85, false, true);
    ty_name(t87, "main", "Reading");
    t88 = ty_struct(0);
    ty_name(t88, "main", "Both");
    ty_method(t88, "Error", (Func *)m_Both_Error, false);
    ty_method(t88, "String", (Func *)m_Both_String, false);
    t89 = ty_slice(t88);
    t90 = ty_basic(KIND_INT, NULL);
    ty_name(t90, "main", "Boom");
    ty_method(t90, "String", (Func *)m_Boom_String, false);
    t91 = ty_slice(t90);
    t92 = ty_struct(1, "B", t90, false, true);
    t93 = ty_struct(1, "v", t0, false, false);
    ty_name(t93, "main", "NilStr");
    t94 = ty_ptr(t93);
    ty_method(t94, "String", (Func *)m_NilStr_String, false);
    t95 = ty_slice(t94);
    t96 = ty_struct(1, "N", t94, false, true);
    t97 = ty_basic(KIND_INT, NULL);
    ty_name(t97, "main", "GoStr");
    ty_method(t97, "GoString", (Func *)m_GoStr_GoString, false);
    t98 = ty_slice(t97);
    t99 = ty_struct(1, "G", t97, false, true);
    t100 = ty_struct(2, "c", t44, false, false, "T", t80, false, true);
    ty_name(t100, "main", "Hidden");
    t101 = ty_stringer_iface();
    ty_name(t101, "fmt", "Stringer");
    t102 = ty_struct(2, "e", t49, false, false, "s", t101, false, false);
    t103 = ty_map(t11, t10);
    t104 = ty_basic(KIND_UINT, "uint");
    t105 = ty_slice(t18);
    t106 = ty_array(2, t2);
    t107 = ty_slice(t3);
    t108 = ty_struct(4, "Name", t11, false, true, "Tags", t27, false, true, "Inner", t65, false,
                     true, "Score", t18, false, true);
    ty_name(t108, "main", "Named");
    t109 = ty_struct(5, "Name", t11, false, true, "Points", t32, false, true, "Tags", t103, false,
                     true, "Center", t65, false, true, "Meta", t42, false, true);
    ty_name(t109, "main", "Shape");
    t110 = ty_ptr(t108);
    t111 = ty_struct(3, "X", t0, false, true, "Y", t0, false, true, "S", t27, false, true);
    t112 = ty_slice(t104);
    t113 = ty_slice(t1);
    t114 = ty_slice(t19);
    t115 = ty_array(2, t53);
    t116 = ty_slice(t53);
    t117 = ty_slice(t12);
    t118 = ty_slice(t8);
    t119 = ty_map(t8, t12);
    t120 = ty_slice(t4);
    t121 = ty_map(t11, t42);
}

static void generated_fmt_cases(void) {
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "0|    0|0    |00000|+0| 0|0|0|0|0o0|0|0x0|0X0|0|0b0|0|0", 55, 17, vint(t0, 0LL),
              vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL),
              vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL),
              vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL),
              vint(t0, 0LL));
    check_fmt('f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
              "000|     000|000     |     000|+000||     |0|     0x0|0x0     |00000000|+0| 0|int",
              81, 14, vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL),
              vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL),
              vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL), vint(t0, 0LL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "42|   42|42   |00042|+42| 42|2a|2A|52|0o52|101010|0x2a|0X2A|052|0b101010|42|42", 78,
              17, vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL),
              vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL),
              vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL),
              vint(t0, 42LL), vint(t0, 42LL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "042|     042|042     |     042|+042|42|   42|2a|    0x2a|0x2a    |0000002a|+2a| 2a|int",
        86, 14, vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL),
        vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL),
        vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL), vint(t0, 42LL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "-42|  -42|-42  "
              "|-0042|-42|-42|-2a|-2A|-52|-0o52|-101010|-0x2a|-0X2A|-052|-0b101010|-42|-42",
              90, 17, vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL),
              vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL),
              vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL),
              vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "-042|    -042|-042    |    -042|-042|-42|  -42|-2a|   -0x2a|-0x2a   |-000002a|-2a|-2a|int",
        89, 14, vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL),
        vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL),
        vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL), vint(t0, -42LL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "255|  255|255  |00255|+255| "
              "255|ff|FF|377|0o377|11111111|0xff|0XFF|0377|0b11111111|255|255",
              90, 17, vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL),
              vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL),
              vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL),
              vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "255|     255|255     |     255|+255|255|  255|ff|    0xff|0xff    |000000ff|+ff| ff|int",
        87, 14, vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL),
        vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL),
        vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL), vint(t0, 255LL));
    check_fmt(
        'f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
        "9223372036854775807|9223372036854775807|9223372036854775807|9223372036854775807|+"
        "9223372036854775807| "
        "9223372036854775807|7fffffffffffffff|7FFFFFFFFFFFFFFF|777777777777777777777|"
        "0o777777777777777777777|111111111111111111111111111111111111111111111111111111111111111|"
        "0x7fffffffffffffff|0X7FFFFFFFFFFFFFFF|0777777777777777777777|"
        "0b111111111111111111111111111111111111111111111111111111111111111|9223372036854775807|"
        "9223372036854775807",
        432, 17, vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
        vint(t0, 9223372036854775807LL));
    check_fmt('f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
              "9223372036854775807|9223372036854775807|9223372036854775807|9223372036854775807|+"
              "9223372036854775807|9223372036854775807|9223372036854775807|7fffffffffffffff|"
              "0x7fffffffffffffff|0x7fffffffffffffff|7fffffffffffffff|+7fffffffffffffff| "
              "7fffffffffffffff|int",
              252, 14, vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
              vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
              vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
              vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
              vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
              vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL),
              vint(t0, 9223372036854775807LL), vint(t0, 9223372036854775807LL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "-9223372036854775808|-9223372036854775808|-9223372036854775808|-9223372036854775808|"
              "-9223372036854775808|-9223372036854775808|-8000000000000000|-8000000000000000|-"
              "1000000000000000000000|-0o1000000000000000000000|-"
              "1000000000000000000000000000000000000000000000000000000000000000|-"
              "0x8000000000000000|-0X8000000000000000|-01000000000000000000000|-"
              "0b1000000000000000000000000000000000000000000000000000000000000000|-"
              "9223372036854775808|-9223372036854775808",
              452, 17, vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN));
    check_fmt('f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
              "-9223372036854775808|-9223372036854775808|-9223372036854775808|-9223372036854775808|"
              "-9223372036854775808|-9223372036854775808|-9223372036854775808|-8000000000000000|-"
              "0x8000000000000000|-0x8000000000000000|-8000000000000000|-8000000000000000|-"
              "8000000000000000|int",
              262, 14, vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN),
              vint(t0, INT64_MIN), vint(t0, INT64_MIN), vint(t0, INT64_MIN));
    check_fmt(
        'f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
        "-128| -128|-128 "
        "|-0128|-128|-128|-80|-80|-200|-0o200|-10000000|-0x80|-0X80|-0200|-0b10000000|-128|-128",
        102, 17, vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL),
        vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL),
        vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL),
        vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL));
    check_fmt('f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
              "-128|    -128|-128    |    -128|-128|-128| -128|-80|   -0x80|-0x80   "
              "|-0000080|-80|-80|int8",
              91, 14, vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL),
              vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL),
              vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL), vint(t1, -128LL),
              vint(t1, -128LL), vint(t1, -128LL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "200|  200|200  |00200|+200| "
              "200|c8|C8|310|0o310|11001000|0xc8|0XC8|0310|0b11001000|200|0xc8",
              91, 17, vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
              vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
              vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
              vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
              vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
              vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "200|     200|200     |     200|+200|200|  200|c8|    0xc8|0xc8    |000000c8|+c8| c8|uint8",
        89, 14, vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
        vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
        vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
        vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL),
        vint(t2, (int64_t)200ULL), vint(t2, (int64_t)200ULL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "7|    7|7    |00007|+7| 7|7|7|7|0o7|111|0x7|0X7|07|0b111|7|0x7", 62, 17,
              vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
              vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
              vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
              vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
              vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
              vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "007|     007|007     |     007|+007|7|    7|7|     0x7|0x7     |00000007|+7| 7|uint16", 85,
        14, vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
        vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
        vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
        vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL),
        vint(t3, (int64_t)7ULL), vint(t3, (int64_t)7ULL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "-5|   -5|-5   |-0005|-5|-5|-5|-5|-5|-0o5|-101|-0x5|-0X5|-05|-0b101|-5|-5", 72, 17,
              vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL),
              vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL),
              vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL),
              vint(t4, -5LL), vint(t4, -5LL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "-005|    -005|-005    |    -005|-005|-5|   -5|-5|    -0x5|-0x5    |-0000005|-5|-5|int32",
        87, 14, vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL),
        vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL),
        vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL), vint(t4, -5LL));
    check_fmt(
        'f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
        "18446744073709551615|18446744073709551615|18446744073709551615|18446744073709551615|+"
        "18446744073709551615| "
        "18446744073709551615|ffffffffffffffff|FFFFFFFFFFFFFFFF|1777777777777777777777|"
        "0o1777777777777777777777|1111111111111111111111111111111111111111111111111111111111111111|"
        "0xffffffffffffffff|0XFFFFFFFFFFFFFFFF|01777777777777777777777|"
        "0b1111111111111111111111111111111111111111111111111111111111111111|18446744073709551615|"
        "0xffffffffffffffff",
        443, 17, vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "18446744073709551615|18446744073709551615|18446744073709551615|18446744073709551615|+"
        "18446744073709551615|18446744073709551615|18446744073709551615|ffffffffffffffff|"
        "0xffffffffffffffff|0xffffffffffffffff|ffffffffffffffff|+ffffffffffffffff| "
        "ffffffffffffffff|uint64",
        262, 14, vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL), vint(t5, (int64_t)18446744073709551615ULL),
        vint(t5, (int64_t)18446744073709551615ULL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "3735928559|3735928559|3735928559|3735928559|+3735928559| "
              "3735928559|deadbeef|DEADBEEF|33653337357|0o33653337357|"
              "11011110101011011011111011101111|0xdeadbeef|0XDEADBEEF|033653337357|"
              "0b11011110101011011011111011101111|3735928559|0xdeadbeef",
              236, 17, vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL));
    check_fmt('f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
              "3735928559|3735928559|3735928559|3735928559|+3735928559|3735928559|3735928559|"
              "deadbeef|0xdeadbeef|0xdeadbeef|deadbeef|+deadbeef| deadbeef|uint32",
              144, 14, vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL),
              vint(t6, (int64_t)3735928559ULL), vint(t6, (int64_t)3735928559ULL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "4096| 4096|4096 |04096|+4096| "
              "4096|1000|1000|10000|0o10000|1000000000000|0x1000|0X1000|010000|0b1000000000000|"
              "4096|0x1000",
              121, 17, vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL));
    check_fmt('f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
              "4096|    4096|4096    |    4096|+4096|4096| 4096|1000|  0x1000|0x1000  "
              "|00001000|+1000| 1000|uintptr",
              100, 14, vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL),
              vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL), vint(t7, (int64_t)4096ULL));
    check_fmt('f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", 62,
              "3|    3|3    |00003|+3| 3|3|3|3|0o3|11|0x3|0X3|03|0b11|3|3", 58, 17, vint(t8, 3LL),
              vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL),
              vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL),
              vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL),
              vint(t8, 3LL));
    check_fmt(
        'f', "%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", 71,
        "003|     003|003     |     003|+003|3|    3|3|     0x3|0x3     |00000003|+3| 3|main.Level",
        89, 14, vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL),
        vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL),
        vint(t8, 3LL), vint(t8, 3LL), vint(t8, 3LL));
    check_fmt('f', "%c|%c|%c|%c|%c|%-3c|%3c|%c", 26,
              "A|\303\251|\344\270\226|\360\237\230\200|\357\277\275|b  |  a|\357\277\275", 29, 8,
              vint(t4, 65LL), vint(t4, 233LL), vint(t0, 19990LL), vint(t0, 128512LL),
              vint(t0, -1LL), vint(t4, 98LL), vint(t4, 97LL), vint(t0, 1114112LL));
    check_fmt(
        'f', "%q|%q|%q|%q|%q|%+q|%#q|%q|%q|%q", 31,
        "'a'|'\\n'|'\\''|'\"'|'\\u2028'|'\\u00e9'|'x'|'\357\277\275'|'\357\277\275'|'\\U0010ffff'",
        64, 10, vint(t4, 97LL), vint(t4, 10LL), vint(t4, 39LL), vint(t4, 34LL), vint(t0, 8232LL),
        vint(t4, 233LL), vint(t4, 120LL), vint(t0, -1LL), vint(t0, 55296LL), vint(t0, 1114111LL));
    check_fmt('f', "%U|%#U|%U|%#U|%.6U|%#.2U|%-10U|%010U|%#U|%U", 43,
              "U+0041|U+00E4 '\303\244'|U+1F600|U+1F600 '\360\237\230\200'|U+000078|U+0078 "
              "'x'|U+0078    |    U+0078|U+000A|U+FFFFFFFFFFFFFFFF",
              109, 10, vint(t4, 65LL), vint(t4, 228LL), vint(t0, 128512LL), vint(t0, 128512LL),
              vint(t4, 120LL), vint(t4, 120LL), vint(t4, 120LL), vint(t4, 120LL), vint(t4, 10LL),
              vint(t0, -1LL));
    check_fmt('f', "%5q|%-5q|%05c|%x|%X|%#v|%v", 26, "  'x'|'y'  |0000z|e9|-FF|120|120", 32, 7,
              vint(t4, 120LL), vint(t4, 121LL), vint(t4, 122LL), vint(t4, 233LL), vint(t0, -255LL),
              vint(t4, 120LL), vint(t4, 120LL));
    check_fmt('f', "%d %d %d %x", 11, "200 -128 18446744073709551615 ffffffffffffffff", 46, 4,
              vint(t2, (int64_t)200ULL), vint(t1, -128LL),
              vint(t5, (int64_t)18446744073709551615ULL),
              vint(t5, (int64_t)18446744073709551615ULL));
    check_fmt('f', "%v %v", 5, "-9223372036854775808 4294967295", 31, 2, vint(t9, INT64_MIN),
              vint(t6, (int64_t)4294967295ULL));
    check_fmt('f', "[%8b] [%08b] [%-8x|] [%#08x] [%# x] [%#-8o|]", 44,
              "[     101] [00000101] [beef    |] [0x000000ff] [ 0xff] [010     |]", 66, 6,
              vint(t0, 5LL), vint(t0, 5LL), vint(t0, 48879LL), vint(t0, 255LL), vint(t0, 255LL),
              vint(t0, 8LL));
    check_fmt('f', "%x %X %o %b", 11, "-ff -FF -10 -101", 16, 4, vint(t0, -255LL), vint(t0, -255LL),
              vint(t0, -8LL), vint(t0, -5LL));
    check_fmt('f', "%+.2d|%+05d|% 05d|%-+5d|%0-5d|%-05d|%+-5d", 41,
              "+03|+0003| 0003|+3   |3    |3    |+3   ", 39, 7, vint(t0, 3LL), vint(t0, 3LL),
              vint(t0, 3LL), vint(t0, 3LL), vint(t0, 3LL), vint(t0, 3LL), vint(t0, 3LL));
    check_fmt('f', "%t|%5t|%-6t|%v|%#v|%d|%s", 24,
              "true|false|true  |false|true|%!d(bool=true)|%!s(bool=false)", 59, 7, vint(t10, 1),
              vint(t10, 0), vint(t10, 1), vint(t10, 0), vint(t10, 1), vint(t10, 1), vint(t10, 0));
    check_fmt('f',
              "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] "
              "[%.2x] [%v] [%#v] [%T]",
              103,
              "[] [          ] [          ] [] [        ] [\"\"] [\"\"] [``] [] [] [] [] [] [] [] "
              "[\"\"] [string]",
              92, 17, vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0),
              vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0),
              vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0),
              vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0),
              vstr(t11, "", 0));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[00000] [     ] [   \"\"] [\"\"          ] [0000000000] [          ] [] [\"\"] "
              "[%!d(string=)]",
              87, 9, vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0),
              vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0), vstr(t11, "", 0),
              vstr(t11, "", 0));
    check_fmt('f',
              "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] "
              "[%.2x] [%v] [%#v] [%T]",
              103,
              "[go] [        go] [go        ] [go] [      go] [\"go\"] [\"go\"] [`go`] [676f] [67 "
              "6f] [676F] [0x676f] [0X67 0X6F] [676f] [go] [\"go\"] [string]",
              138, 17, vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2),
              vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2),
              vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2),
              vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2),
              vstr(t11, "go", 2), vstr(t11, "go", 2));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[000go] [go   ] [ \"go\"] [\"go\"        ] [000000676f] [676F      ] [] [\"g\"] "
              "[%!d(string=go)]",
              90, 9, vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2),
              vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2), vstr(t11, "go", 2),
              vstr(t11, "go", 2));
    check_fmt('f',
              "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] "
              "[%.2x] [%v] [%#v] [%T]",
              103,
              "[gopher] [    gopher] [gopher    ] [gop] [      go] [\"gopher\"] [\"gopher\"] "
              "[`gopher`] [676f70686572] [67 6f 70 68 65 72] [676F70686572] [0x676f70686572] [0X67 "
              "0X6F 0X70 0X68 0X65 0X72] [676f] [gopher] [\"gopher\"] [string]",
              219, 17, vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[gopher] [gopher] [\"gopher\"] [\"gopher\"    ] [676f70686572] [676F70686572] [] "
              "[\"g\"] [%!d(string=gopher)]",
              103, 9, vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6),
              vstr(t11, "gopher", 6), vstr(t11, "gopher", 6), vstr(t11, "gopher", 6));
    check_fmt(
        'f',
        "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] [%.2x] "
        "[%v] [%#v] [%T]",
        103,
        "[h\303\251llo] [     h\303\251llo] [h\303\251llo     ] [h\303\251l] [      h\303\251] "
        "[\"h\303\251llo\"] [\"h\\u00e9llo\"] [`h\303\251llo`] [68c3a96c6c6f] [68 c3 a9 6c 6c 6f] "
        "[68C3A96C6C6F] [0x68c3a96c6c6f] [0X68 0XC3 0XA9 0X6C 0X6C 0X6F] [68c3] [h\303\251llo] "
        "[\"h\303\251llo\"] [string]",
        227, 17, vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
        vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
        vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
        vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
        vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
        vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[h\303\251llo] [h\303\251llo] [\"h\303\251llo\"] [\"h\303\251llo\"     ] "
              "[68c3a96c6c6f] [68C3A96C6C6F] [] [\"h\"] [%!d(string=h\303\251llo)]",
              104, 9, vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
              vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
              vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
              vstr(t11, "h\303\251llo", 6), vstr(t11, "h\303\251llo", 6),
              vstr(t11, "h\303\251llo", 6));
    check_fmt(
        'f',
        "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] [%.2x] "
        "[%v] [%#v] [%T]",
        103,
        "[\346\227\245\346\234\254\350\252\236] [       \346\227\245\346\234\254\350\252\236] "
        "[\346\227\245\346\234\254\350\252\236       ] [\346\227\245\346\234\254\350\252\236] [    "
        "  \346\227\245\346\234\254] [\"\346\227\245\346\234\254\350\252\236\"] "
        "[\"\\u65e5\\u672c\\u8a9e\"] [`\346\227\245\346\234\254\350\252\236`] [e697a5e69cace8aa9e] "
        "[e6 97 a5 e6 9c ac e8 aa 9e] [E697A5E69CACE8AA9E] [0xe697a5e69cace8aa9e] [0XE6 0X97 0XA5 "
        "0XE6 0X9C 0XAC 0XE8 0XAA 0X9E] [e697] [\346\227\245\346\234\254\350\252\236] "
        "[\"\346\227\245\346\234\254\350\252\236\"] [string]",
        310, 17, vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9));
    check_fmt(
        'f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
        "[00\346\227\245\346\234\254\350\252\236] [\346\227\245\346\234\254\350\252\236  ] "
        "[\"\346\227\245\346\234\254\350\252\236\"] [\"\346\227\245\346\234\254\350\252\236\"      "
        " ] [e697a5e69cace8aa9e] [E697A5E69CACE8AA9E] [] [\"\346\227\245\"] "
        "[%!d(string=\346\227\245\346\234\254\350\252\236)]",
        139, 9, vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9),
        vstr(t11, "\346\227\245\346\234\254\350\252\236", 9));
    check_fmt(
        'f',
        "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] [%.2x] "
        "[%v] [%#v] [%T]",
        103,
        "[tab\011here \"q\" \\ new\012line] [tab\011here \"q\" \\ new\012line] [tab\011here \"q\" "
        "\\ new\012line] [tab] [      ta] [\"tab\\there \\\"q\\\" \\\\ new\\nline\"] [\"tab\\there "
        "\\\"q\\\" \\\\ new\\nline\"] [\"tab\\there \\\"q\\\" \\\\ new\\nline\"] "
        "[746162096865726520227122205c206e65770a6c696e65] [74 61 62 09 68 65 72 65 20 22 71 22 20 "
        "5c 20 6e 65 77 0a 6c 69 6e 65] [746162096865726520227122205C206E65770A6C696E65] "
        "[0x746162096865726520227122205c206e65770a6c696e65] [0X74 0X61 0X62 0X09 0X68 0X65 0X72 "
        "0X65 0X20 0X22 0X71 0X22 0X20 0X5C 0X20 0X6E 0X65 0X77 0X0A 0X6C 0X69 0X6E 0X65] [7461] "
        "[tab\011here \"q\" \\ new\012line] [\"tab\\there \\\"q\\\" \\\\ new\\nline\"] [string]",
        605, 17, vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
        vstr(t11, "tab\011here \"q\" \\ new\012line", 23));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[tab\011here \"q\" \\ new\012line] [tab\011here \"q\" \\ new\012line] [\"tab\\there "
              "\\\"q\\\" \\\\ new\\nline\"] [\"tab\\there \\\"q\\\" \\\\ new\\nline\"] "
              "[746162096865726520227122205c206e65770a6c696e65] "
              "[746162096865726520227122205C206E65770A6C696E65] [] [\"t\"] [%!d(string=tab\011here "
              "\"q\" \\ new\012line)]",
              262, 9, vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23),
              vstr(t11, "tab\011here \"q\" \\ new\012line", 23));
    check_fmt(
        'f',
        "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] [%.2x] "
        "[%v] [%#v] [%T]",
        103,
        "[a\000\377\342\200\250\360\237\230\200] [     a\000\377\342\200\250\360\237\230\200] "
        "[a\000\377\342\200\250\360\237\230\200     ] [a\000\377] [      a\000] "
        "[\"a\\x00\\xff\\u2028\360\237\230\200\"] [\"a\\x00\\xff\\u2028\\U0001f600\"] "
        "[\"a\\x00\\xff\\u2028\360\237\230\200\"] [6100ffe280a8f09f9880] [61 00 ff e2 80 a8 f0 9f "
        "98 80] [6100FFE280A8F09F9880] [0x6100ffe280a8f09f9880] [0X61 0X00 0XFF 0XE2 0X80 0XA8 "
        "0XF0 0X9F 0X98 0X80] [6100] [a\000\377\342\200\250\360\237\230\200] "
        "[\"a\\x00\\xff\\u2028\360\237\230\200\"] [string]",
        351, 17, vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
        vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[a\000\377\342\200\250\360\237\230\200] [a\000\377\342\200\250\360\237\230\200] "
              "[\"a\\x00\\xff\\u2028\360\237\230\200\"] [\"a\\x00\\xff\\u2028\360\237\230\200\"] "
              "[6100ffe280a8f09f9880] [6100FFE280A8F09F9880] [] [\"a\"] "
              "[%!d(string=a\000\377\342\200\250\360\237\230\200)]",
              153, 9, vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10),
              vstr(t11, "a\000\377\342\200\250\360\237\230\200", 10));
    check_fmt('f',
              "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] "
              "[%.2x] [%v] [%#v] [%T]",
              103,
              "[back`tick] [ back`tick] [back`tick ] [bac] [      ba] [\"back`tick\"] "
              "[\"back`tick\"] [\"back`tick\"] [6261636b607469636b] [62 61 63 6b 60 74 69 63 6b] "
              "[6261636B607469636B] [0x6261636b607469636b] [0X62 0X61 0X63 0X6B 0X60 0X74 0X69 "
              "0X63 0X6B] [6261] [back`tick] [\"back`tick\"] [string]",
              279, 17, vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[back`tick] [back`tick] [\"back`tick\"] [\"back`tick\" ] [6261636b607469636b] "
              "[6261636B607469636B] [] [\"b\"] [%!d(string=back`tick)]",
              127, 9, vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9), vstr(t11, "back`tick", 9),
              vstr(t11, "back`tick", 9));
    check_fmt('f',
              "[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] "
              "[%.2x] [%v] [%#v] [%T]",
              103,
              "[named] [     named] [named     ] [nam] [      na] [\"named\"] [\"named\"] "
              "[`named`] [6e616d6564] [6e 61 6d 65 64] [6E616D6564] [0x6e616d6564] [0X6E 0X61 0X6D "
              "0X65 0X64] [6e61] [named] [\"named\"] [main.Str]",
              201, 17, vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5));
    check_fmt('f', "[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", 63,
              "[named] [named] [\"named\"] [\"named\"     ] [6e616d6564] [6E616D6564] [] [\"n\"] "
              "[%!d(main.Str=named)]",
              97, 9, vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5),
              vstr(t12, "named", 5), vstr(t12, "named", 5), vstr(t12, "named", 5));
    check_fmt('f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
              "[hi] [[104 105]] [[104 105]] [6869] [68 69] [\"hi\"] [[]byte{0x68, 0x69}] [[h i]] "
              "[[150 151]] [[]uint8] [   hi] [6869    ]",
              120, 12, vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)),
              vslice(t13, 2, vint(t2, (int64_t)104ULL), vint(t2, (int64_t)105ULL)));
    check_fmt('f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
              "[\001\253\377] [[1 171 255]] [[1 171 255]] [01abff] [01 AB FF] "
              "[\"\\x01\\xab\\xff\"] [[]byte{0x1, 0xab, 0xff}] [[\001 \302\253 \303\277]] [[1 253 "
              "377]] [[]uint8] [  \001\253\377] [01abff  ]",
              151, 12,
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)),
              vslice(t13, 3, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)171ULL),
                     vint(t2, (int64_t)255ULL)));
    check_fmt('f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
              "[] [[]] [[]] [] [] [\"\"] [[]byte(nil)] [[]] [[]] [[]uint8] [     ] [        ]", 76,
              12, vzero(t13), vzero(t13), vzero(t13), vzero(t13), vzero(t13), vzero(t13),
              vzero(t13), vzero(t13), vzero(t13), vzero(t13), vzero(t13), vzero(t13));
    check_fmt('f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
              "[] [[]] [[]] [] [] [\"\"] [[]byte{}] [[]] [[]] [[]uint8] [     ] [        ]", 73, 12,
              vslice(t13, 0), vslice(t13, 0), vslice(t13, 0), vslice(t13, 0), vslice(t13, 0),
              vslice(t13, 0), vslice(t13, 0), vslice(t13, 0), vslice(t13, 0), vslice(t13, 0),
              vslice(t13, 0), vslice(t13, 0));
    check_fmt('f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
              "[xy] [[120 121]] [[120 121]] [7879] [78 79] [\"xy\"] [main.Bytes{0x78, 0x79}] [[x "
              "y]] [[170 171]] [main.Bytes] [   xy] [7879    ]",
              127, 12, vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)),
              vslice(t14, 2, vint(t2, (int64_t)120ULL), vint(t2, (int64_t)121ULL)));
    check_fmt(
        'f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
        "[\001\002\003] [[1 2 3]] [[1 2 3]] [010203] [01 02 03] [\"\\x01\\x02\\x03\"] "
        "[[3]uint8{0x1, 0x2, 0x3}] [[\001 \002 \003]] [[1 2 3]] [[3]uint8] [  \001\002\003] "
        "[010203  ]",
        138, 12,
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)),
        varray(t15, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL), vint(t2, (int64_t)3ULL)));
    check_fmt('f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
              "[&\007] [&[7]] [&[7]] [&07] [&07] [&\"\\a\"] [&[]uint8{0x7}] [&[\007]] [&[7]] "
              "[*[]uint8] [&    \007] [&07      ]",
              100, 12, vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))),
              vptr(t16, vslice(t13, 1, vint(t2, (int64_t)7ULL))));
    check_fmt(
        'f', "[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", 64,
        "[[a ]] [[[97] []]] [[[97] []]] [[61 ]] [[61 ]] [[\"a\" \"\"]] [[][]uint8{[]uint8{0x61}, "
        "[]uint8(nil)}] [[[a] []]] [[[141] []]] [[][]uint8] [[    a      ]] [[61               ]]",
        172, 12, vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)),
        vslice(t17, 2, vslice(t13, 1, vint(t2, (int64_t)97ULL)), vzero(t13)));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "0|0|0|0.000000e+00|0.000000E+00|0.000000|0.000000|0.00|0.000e+00|0|     0.000|0.00e+00  "
        "|+0.0| 0.00|0000.000|+0000.00|0.00000|0.00|0|0x0p+00|0X0P+00|0x0.00p+00|0p-1074|  0.0|0   "
        "    |00000000",
        191, 26, vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
        vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
        vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
        vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
        vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
        vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
        vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|0e+00|0|0.|0.e+00|0x0.0000p+00|0|         0|+0| "
              "0|0|%!s(float64=0)|%!d(float64=0)|float64|0.000000e+00|0.000000",
              113, 16, vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
              vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
              vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
              vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
              vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00), vfloat(t18, 0x0p+00),
              vfloat(t18, 0x0p+00));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "-0|-0|-0|-0.000000e+00|-0.000000E+00|-0.000000|-0.000000|-0.00|-0.000e+00|-0|    "
        "-0.000|-0.00e+00 "
        "|-0.0|-0.00|-000.000|-0000.00|-0.00000|-0.00|-0|-0x0p+00|-0X0P+00|-0x0.00p+00|-0p-1074| "
        "-0.0|-0      |-0000000",
        208, 26, vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
        vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
        vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
        vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
        vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
        vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
        vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "-0|-0e+00|-0|-0.|-0.e+00|-0x0.0000p+00|-0|        "
              "-0|-0|-0|-0|%!s(float64=-0)|%!d(float64=-0)|float64|-0.000000e+00|-0.000000",
              125, 16, vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
              vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
              vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
              vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
              vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00), vfloat(t18, -0x0p+00),
              vfloat(t18, -0x0p+00));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "1|1|1|1.000000e+00|1.000000E+00|1.000000|1.000000|1.00|1.000e+00|1|     1.000|1.00e+00  "
        "|+1.0| "
        "1.00|0001.000|+0001.00|1.00000|1.00|1|0x1p+00|0X1P+00|0x1.00p+00|4503599627370496p-52|  "
        "1.0|1       |00000001",
        204, 26, vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
        vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
        vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
        vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
        vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
        vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
        vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "1|1e+00|1|1.|1.e+00|0x1.0000p+00|1|         1|+1| "
              "1|1|%!s(float64=1)|%!d(float64=1)|float64|1.000000e+00|1.000000",
              113, 16, vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
              vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
              vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
              vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
              vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00), vfloat(t18, 0x1p+00),
              vfloat(t18, 0x1p+00));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "-1|-1|-1|-1.000000e+00|-1.000000E+00|-1.000000|-1.000000|-1.00|-1.000e+00|-1|    "
        "-1.000|-1.00e+00 "
        "|-1.0|-1.00|-001.000|-0001.00|-1.00000|-1.00|-1|-0x1p+00|-0X1P+00|-0x1.00p+00|-"
        "4503599627370496p-52| -1.0|-1      |-0000001",
        221, 26, vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
        vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
        vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
        vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
        vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
        vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
        vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "-1|-1e+00|-1|-1.|-1.e+00|-0x1.0000p+00|-1|        "
              "-1|-1|-1|-1|%!s(float64=-1)|%!d(float64=-1)|float64|-1.000000e+00|-1.000000",
              125, 16, vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
              vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
              vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
              vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
              vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00), vfloat(t18, -0x1p+00),
              vfloat(t18, -0x1p+00));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "0.1|0.1|0.1|1.000000e-01|1.000000E-01|0.100000|0.100000|0.10|1.000e-01|0.1|     "
              "0.100|1.00e-01  |+0.1| "
              "0.10|0000.100|+0000.10|0.100000|0.100|0.1|0x1.999999999999ap-04|0X1.999999999999AP-"
              "04|0x1.9ap-04|7205759403792794p-56|  0.1|0.1     |000000.1",
              244, 26, vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|1e-01|0.1|0.|1.e-01|0x1.999999999999ap-04|0.1|       0.1|+0.1| "
              "0.1|0.1|%!s(float64=0.1)|%!d(float64=0.1)|float64|1.000000e-01|0.100000",
              136, 16, vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04),
              vfloat(t18, 0x1.999999999999ap-04), vfloat(t18, 0x1.999999999999ap-04));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "0.3|0.3|0.3|3.000000e-01|3.000000E-01|0.300000|0.300000|0.30|3.000e-01|0.3|     "
              "0.300|3.00e-01  |+0.3| "
              "0.30|0000.300|+0000.30|0.300000|0.300|0.3|0x1.3333333333333p-02|0X1.3333333333333P-"
              "02|0x1.33p-02|5404319552844595p-54|  0.3|0.3     |000000.3",
              244, 26, vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|3e-01|0.3|0.|3.e-01|0x1.3333333333333p-02|0.3|       0.3|+0.3| "
              "0.3|0.3|%!s(float64=0.3)|%!d(float64=0.3)|float64|3.000000e-01|0.300000",
              136, 16, vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02),
              vfloat(t18, 0x1.3333333333333p-02), vfloat(t18, 0x1.3333333333333p-02));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "2.5|2.5|2.5|2.500000e+00|2.500000E+00|2.500000|2.500000|2.50|2.500e+00|2.5|     "
              "2.500|2.50e+00  |+2.5| "
              "2.50|0002.500|+0002.50|2.50000|2.50|2.5|0x1.4p+01|0X1.4P+01|0x1.40p+01|"
              "5629499534213120p-51|  2.5|2.5     |000002.5",
              218, 26, vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "2|2e+00|2|2.|2.e+00|0x1.4000p+01|2|       2.5|+2.5| "
              "2.5|2.5|%!s(float64=2.5)|%!d(float64=2.5)|float64|2.500000e+00|2.500000",
              123, 16, vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.4p+01),
              vfloat(t18, 0x1.4p+01));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1e+21|1e+21|1E+21|1.000000e+21|1.000000E+21|1000000000000000000000.000000|"
              "1000000000000000000000.000000|1000000000000000000000.00|1.000e+21|1e+21|"
              "1000000000000000000000.000|1.00e+21  |+1000000000000000000000.0| "
              "1000000000000000000000.00|1000000000000000000000.000|+1000000000000000000000.00|1."
              "00000e+21|1.00e+21|1e+21|0x1.b1ae4d6e2ef5p+69|0X1.B1AE4D6E2EF5P+69|0x1.b2p+69|"
              "7629394531250000p+17|1000000000000000000000.0|1e+21   |0001e+21",
              434, 26, vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "1000000000000000000000|1e+21|1e+21|1000000000000000000000.|1.e+21|0x1.b1ae4d6e2ef5p+"
              "69|1e+21|     1e+21|+1e+21| "
              "1e+21|1e+21|%!s(float64=1e+21)|%!d(float64=1e+21)|float64|1.000000e+21|"
              "1000000000000000000000.000000",
              212, 16, vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69),
              vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.b1ae4d6e2ef5p+69));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1e+20|1e+20|1E+20|1.000000e+20|1.000000E+20|100000000000000000000.000000|"
              "100000000000000000000.000000|100000000000000000000.00|1.000e+20|1e+20|"
              "100000000000000000000.000|1.00e+20  |+100000000000000000000.0| "
              "100000000000000000000.00|100000000000000000000.000|+100000000000000000000.00|1."
              "00000e+20|1.00e+20|1e+20|0x1.5af1d78b58c4p+66|0X1.5AF1D78B58C4P+66|0x1.5bp+66|"
              "6103515625000000p+14|100000000000000000000.0|1e+20   |0001e+20",
              425, 26, vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "100000000000000000000|1e+20|1e+20|100000000000000000000.|1.e+20|0x1.5af1d78b58c4p+"
              "66|1e+20|     1e+20|+1e+20| "
              "1e+20|1e+20|%!s(float64=1e+20)|%!d(float64=1e+20)|float64|1.000000e+20|"
              "100000000000000000000.000000",
              209, 16, vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.5af1d78b58c4p+66), vfloat(t18, 0x1.5af1d78b58c4p+66));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "1.23456789e+08|1.23456789e+08|1.23456789E+08|1.234568e+08|1.234568E+08|123456789.000000|"
        "123456789.000000|123456789.00|1.235e+08|1.23e+08|123456789.000|1.23e+08  |+123456789.0| "
        "123456789.00|123456789.000|+123456789.00|1.23456789e+08|1.23e+08|1.23456789e+08|0x1."
        "d6f3454p+26|0X1.D6F3454P+26|0x1.d7p+26|8285044862877696p-26|123456789.0|1.23456789e+08|1."
        "23456789e+08",
        361, 26, vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "123456789|1e+08|1e+08|123456789.|1.e+08|0x1.d6f3454p+26|1e+08|1.23456789e+08|+1.23456789e+"
        "08| "
        "1.23456789e+08|1.23456789e+08|%!s(float64=1.23456789e+08)|%!d(float64=1.23456789e+08)|"
        "float64|1.234568e+08|123456789.000000",
        217, 16, vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26),
        vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.d6f3454p+26));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1e-05|1e-05|1E-05|1.000000e-05|1.000000E-05|0.000010|0.000010|0.00|1.000e-05|1e-05| "
              "    0.000|1.00e-05  |+0.0| "
              "0.00|0000.000|+0000.00|1.00000e-05|1.00e-05|1e-05|0x1.4f8b588e368f1p-17|0X1."
              "4F8B588E368F1P-17|0x1.50p-17|5902958103587057p-69|  0.0|1e-05   |0001e-05",
              260, 26, vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|1e-05|1e-05|0.|1.e-05|0x1.4f8b588e368f1p-17|1e-05|     1e-05|+1e-05| "
              "1e-05|1e-05|%!s(float64=1e-05)|%!d(float64=1e-05)|float64|1.000000e-05|0.000010",
              150, 16, vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.4f8b588e368f1p-17), vfloat(t18, 0x1.4f8b588e368f1p-17));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1e-07|1e-07|1E-07|1.000000e-07|1.000000E-07|0.000000|0.000000|0.00|1.000e-07|1e-07| "
              "    0.000|1.00e-07  |+0.0| "
              "0.00|0000.000|+0000.00|1.00000e-07|1.00e-07|1e-07|0x1.ad7f29abcaf48p-24|0X1."
              "AD7F29ABCAF48P-24|0x1.adp-24|7555786372591432p-76|  0.0|1e-07   |0001e-07",
              260, 26, vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|1e-07|1e-07|0.|1.e-07|0x1.ad7f29abcaf48p-24|1e-07|     1e-07|+1e-07| "
              "1e-07|1e-07|%!s(float64=1e-07)|%!d(float64=1e-07)|float64|1.000000e-07|0.000000",
              150, 16, vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.ad7f29abcaf48p-24), vfloat(t18, 0x1.ad7f29abcaf48p-24));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "0.0001|0.0001|0.0001|1.000000e-04|1.000000E-04|0.000100|0.000100|0.00|1.000e-04|0."
              "0001|     0.000|1.00e-04  |+0.0| "
              "0.00|0000.000|+0000.00|0.000100000|0.000100|0.0001|0x1.a36e2eb1c432dp-14|0X1."
              "A36E2EB1C432DP-14|0x1.a3p-14|7378697629483821p-66|  0.0|0.0001  |000.0001",
              265, 26, vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|1e-04|0.0001|0.|1.e-04|0x1.a36e2eb1c432dp-14|0.0001|    0.0001|+0.0001| "
              "0.0001|0.0001|%!s(float64=0.0001)|%!d(float64=0.0001)|float64|1.000000e-04|0.000100",
              157, 16, vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.a36e2eb1c432dp-14));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "100000|100000|100000|1.000000e+05|1.000000E+05|100000.000000|100000.000000|100000."
              "00|1.000e+05|1e+05|100000.000|1.00e+05  |+100000.0| "
              "100000.00|100000.000|+100000.00|100000.|1.00e+05|100000|0x1.86ap+16|0X1.86AP+16|0x1."
              "87p+16|6871947673600000p-36|100000.0|100000  |00100000",
              272, 26, vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
              vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "100000|1e+05|1e+05|100000.|1.e+05|0x1.86a0p+16|1e+05|    100000|+100000| "
        "100000|100000|%!s(float64=100000)|%!d(float64=100000)|float64|1.000000e+05|100000.000000",
        161, 16, vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
        vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
        vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
        vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
        vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16), vfloat(t18, 0x1.86ap+16),
        vfloat(t18, 0x1.86ap+16));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1e+06|1e+06|1E+06|1.000000e+06|1.000000E+06|1000000.000000|1000000.000000|1000000."
              "00|1.000e+06|1e+06|1000000.000|1.00e+06  |+1000000.0| "
              "1000000.00|1000000.000|+1000000.00|1.00000e+06|1.00e+06|1e+06|0x1.e848p+19|0X1."
              "E848P+19|0x1.e8p+19|8589934592000000p-33|1000000.0|1e+06   |0001e+06",
              283, 26, vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
              vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "1000000|1e+06|1e+06|1000000.|1.e+06|0x1.e848p+19|1e+06|     1e+06|+1e+06| "
        "1e+06|1e+06|%!s(float64=1e+06)|%!d(float64=1e+06)|float64|1.000000e+06|1000000.000000",
        159, 16, vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
        vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
        vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
        vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
        vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19), vfloat(t18, 0x1.e848p+19),
        vfloat(t18, 0x1.e848p+19));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1.234567e+06|1.234567e+06|1.234567E+06|1.234567e+06|1.234567E+06|1234567.000000|"
              "1234567.000000|1234567.00|1.235e+06|1.23e+06|1234567.000|1.23e+06  |+1234567.0| "
              "1234567.00|1234567.000|+1234567.00|1.234567e+06|1.23e+06|1.234567e+06|0x1.2d687p+20|"
              "0X1.2D687P+20|0x1.2dp+20|5302424889720832p-32|1234567.0|1.234567e+06|1.234567e+06",
              325, 26, vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "1234567|1e+06|1e+06|1234567.|1.e+06|0x1.2d687p+20|1e+06|1.234567e+06|+1.234567e+06| "
              "1.234567e+06|1.234567e+06|%!s(float64=1.234567e+06)|%!d(float64=1.234567e+06)|"
              "float64|1.234567e+06|1234567.000000",
              197, 16, vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20),
              vfloat(t18, 0x1.2d687p+20), vfloat(t18, 0x1.2d687p+20));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1234.5678|1234.5678|1234.5678|1.234568e+03|1.234568E+03|1234.567800|1234.567800|"
              "1234.57|1.235e+03|1.23e+03|  1234.568|1.23e+03  |+1234.6| "
              "1234.57|1234.568|+1234.57|1234.5678|1.23e+03|1234.5678|0x1.34a456d5cfaadp+10|0X1."
              "34A456D5CFAADP+10|0x1.35p+10|5429686605511341p-42|1234.6|1234.5678|1234.5678",
              295, 26, vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "1235|1e+03|1e+03|1235.|1.e+03|0x1.34a456d5cfaadp+10|1e+03| 1234.5678|+1234.5678| "
              "1234.5678|1234.5678|%!s(float64=1234.5678)|%!d(float64=1234.5678)|float64|1.234568e+"
              "03|1234.567800",
              179, 16, vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10),
              vfloat(t18, 0x1.34a456d5cfaadp+10), vfloat(t18, 0x1.34a456d5cfaadp+10));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1.2345e-05|1.2345e-05|1.2345E-05|1.234500e-05|1.234500E-05|0.000012|0.000012|0.00|1."
              "234e-05|1.23e-05|     0.000|1.23e-05  |+0.0| "
              "0.00|0000.000|+0000.00|1.23450e-05|1.23e-05|1.2345e-05|0x1.9e3abe16fc70dp-17|0X1."
              "9E3ABE16FC70DP-17|0x1.9ep-17|7287201778878221p-69|  0.0|1.2345e-05|1.2345e-05",
              287, 26, vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|1e-05|1e-05|0.|1.e-05|0x1.9e3abe16fc70dp-17|1e-05|1.2345e-05|+1.2345e-05| "
              "1.2345e-05|1.2345e-05|%!s(float64=1.2345e-05)|%!d(float64=1.2345e-05)|float64|1."
              "234500e-05|0.000012",
              175, 16, vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17),
              vfloat(t18, 0x1.9e3abe16fc70dp-17), vfloat(t18, 0x1.9e3abe16fc70dp-17));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "5e-324|5e-324|5E-324|4.940656e-324|4.940656E-324|0.000000|0.000000|0.00|4.941e-324|"
              "4.94e-324|     0.000|4.94e-324 |+0.0| "
              "0.00|0000.000|+0000.00|5.00000e-324|4.94e-324|5e-324|0x1p-1074|0X1P-1074|0x1.00p-"
              "1074|1p-1074|  0.0|5e-324  |005e-324",
              238, 26, vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
              vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "0|5e-324|5e-324|0.|5.e-324|0x1.0000p-1074|5e-324|    5e-324|+5e-324| "
        "5e-324|5e-324|%!s(float64=5e-324)|%!d(float64=5e-324)|float64|4.940656e-324|0.000000",
        153, 16, vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
        vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
        vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
        vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
        vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074), vfloat(t18, 0x1p-1074),
        vfloat(t18, 0x1p-1074));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "1.7976931348623157e+308|1.7976931348623157e+308|1.7976931348623157E+308|1.797693e+308|1."
        "797693E+308|"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.000000|"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.000000|"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.00|1.798e+308|1.8e+308|"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.000|1.80e+308 "
        "|+"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.0| "
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.00|"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.000|+"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.00|1.7976931348623157e+308|1.80e+308|1."
        "7976931348623157e+308|0x1.fffffffffffffp+1023|0X1.FFFFFFFFFFFFFP+1023|0x1.00p+1024|"
        "9007199254740991p+971|"
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
        "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
        "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
        "738177180919299881250404026184124858368.0|1.7976931348623157e+308|1.7976931348623157e+308",
        3147, 26, vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
        vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "179769313486231570814527423731704356798070567525844996598917476803157260780028538760"
              "589558632766878171540458953514382464234321326889464182768467546703537516986049910576"
              "551282076245490090389328944075868508455133942304583236903222948165808559332123348274"
              "797826204144723168738177180919299881250404026184124858368|2e+308|2e+308|"
              "179769313486231570814527423731704356798070567525844996598917476803157260780028538760"
              "589558632766878171540458953514382464234321326889464182768467546703537516986049910576"
              "551282076245490090389328944075868508455133942304583236903222948165808559332123348274"
              "797826204144723168738177180919299881250404026184124858368.|2.e+308|0x1."
              "fffffffffffffp+1023|2e+308|1.7976931348623157e+308|+1.7976931348623157e+308| "
              "1.7976931348623157e+308|1.7976931348623157e+308|%!s(float64=1.7976931348623157e+308)"
              "|%!d(float64=1.7976931348623157e+308)|float64|1.797693e+308|"
              "179769313486231570814527423731704356798070567525844996598917476803157260780028538760"
              "589558632766878171540458953514382464234321326889464182768467546703537516986049910576"
              "551282076245490090389328944075868508455133942304583236903222948165808559332123348274"
              "797826204144723168738177180919299881250404026184124858368.000000",
              1184, 16, vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1.fffffffffffffp+1023), vfloat(t18, 0x1.fffffffffffffp+1023));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|       NaN|NaN       |+NaN| NaN|     NaN|   "
              " +NaN|NaN|NaN|NaN|NaN|NaN|NaN|NaN|  NaN|NaN     |     NaN",
              141, 26, vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "NaN|NaN|NaN|NaN|NaN|NaN|NaN|       NaN|+NaN| "
              "NaN|NaN|%!s(float64=NaN)|%!d(float64=NaN)|float64|NaN|NaN",
              102, 16, vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
              vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|      +Inf|+Inf      |+Inf| Inf|    "
        "+Inf|    +Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf| +Inf|+Inf    |    +Inf",
        158, 26, vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|      +Inf|+Inf| "
              "Inf|+Inf|%!s(float64=+Inf)|%!d(float64=+Inf)|float64|+Inf|+Inf",
              114, 16, vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
              vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
              vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
              vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
              vfloat(t18, INFINITY), vfloat(t18, INFINITY), vfloat(t18, INFINITY),
              vfloat(t18, INFINITY));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|      -Inf|-Inf      |-Inf|-Inf|  "
              "  -Inf|    -Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf| -Inf|-Inf    |    -Inf",
              158, 26, vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|-Inf|      "
              "-Inf|-Inf|-Inf|-Inf|%!s(float64=-Inf)|%!d(float64=-Inf)|float64|-Inf|-Inf",
              114, 16, vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY), vfloat(t18, -INFINITY), vfloat(t18, -INFINITY),
              vfloat(t18, -INFINITY));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "0.3333333333333333|0.3333333333333333|0.3333333333333333|3.333333e-01|3.333333E-01|"
              "0.333333|0.333333|0.33|3.333e-01|0.333|     0.333|3.33e-01  |+0.3| "
              "0.33|0000.333|+0000.33|0.3333333333333333|0.333|0.3333333333333333|0x1."
              "5555555555555p-02|0X1.5555555555555P-02|0x1.55p-02|6004799503160661p-54|  "
              "0.3|0.3333333333333333|0.3333333333333333",
              336, 26, vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "0|3e-01|0.3|0.|3.e-01|0x1.5555555555555p-02|0.3|0.3333333333333333|+0.3333333333333333| "
        "0.3333333333333333|0.3333333333333333|%!s(float64=0.3333333333333333)|%!d(float64=0."
        "3333333333333333)|float64|3.333333e-01|0.333333",
        219, 16, vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02),
        vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.5555555555555p-02));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "3.14159|3.14159|3.14159|3.141590e+00|3.141590E+00|3.141590|3.141590|3.14|3.142e+00|"
              "3.14|     3.142|3.14e+00  |+3.1| "
              "3.14|0003.142|+0003.14|3.14159|3.14|3.14159|0x1.921f9f01b866ep+01|0X1."
              "921F9F01B866EP+01|0x1.92p+01|7074231776675438p-51|  3.1|3.14159 |03.14159",
              259, 26, vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "3|3e+00|3|3.|3.e+00|0x1.921f9f01b866ep+01|3|   3.14159|+3.14159| "
        "3.14159|3.14159|%!s(float64=3.14159)|%!d(float64=3.14159)|float64|3.141590e+00|3.141590",
        152, 16, vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01),
        vfloat(t18, 0x1.921f9f01b866ep+01), vfloat(t18, 0x1.921f9f01b866ep+01));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "-3.14159|-3.14159|-3.14159|-3.141590e+00|-3.141590E+00|-3.141590|-3.141590|-3.14|-3."
              "142e+00|-3.14|    -3.142|-3.14e+00 "
              "|-3.1|-3.14|-003.142|-0003.14|-3.14159|-3.14|-3.14159|-0x1.921f9f01b866ep+01|-0X1."
              "921F9F01B866EP+01|-0x1.92p+01|-7074231776675438p-51| -3.1|-3.14159|-3.14159",
              276, 26, vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "-3|-3e+00|-3|-3.|-3.e+00|-0x1.921f9f01b866ep+01|-3|  "
              "-3.14159|-3.14159|-3.14159|-3.14159|%!s(float64=-3.14159)|%!d(float64=-3.14159)|"
              "float64|-3.141590e+00|-3.141590",
              164, 16, vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01),
              vfloat(t18, -0x1.921f9f01b866ep+01), vfloat(t18, -0x1.921f9f01b866ep+01));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "12.3456|12.3456|12.3456|1.234560e+01|1.234560E+01|12.345600|12.345600|12.35|1.235e+"
              "01|12.3|    12.346|1.23e+01  |+12.3| "
              "12.35|0012.346|+0012.35|12.3456|12.3|12.3456|0x1.8b0f27bb2fec5p+03|0X1."
              "8B0F27BB2FEC5P+03|0x1.8bp+03|6949954944958149p-49| 12.3|12.3456 |012.3456",
              264, 26, vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
              vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "12|1e+01|1e+01|12.|1.e+01|0x1.8b0f27bb2fec5p+03|1e+01|   12.3456|+12.3456| "
        "12.3456|12.3456|%!s(float64=12.3456)|%!d(float64=12.3456)|float64|1.234560e+01|12.345600",
        163, 16, vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03),
        vfloat(t18, 0x1.8b0f27bb2fec5p+03), vfloat(t18, 0x1.8b0f27bb2fec5p+03));
    check_fmt(
        'f',
        "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
        ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
        121,
        "0.5|0.5|0.5|5.000000e-01|5.000000E-01|0.500000|0.500000|0.50|5.000e-01|0.5|     "
        "0.500|5.00e-01  |+0.5| "
        "0.50|0000.500|+0000.50|0.500000|0.500|0.5|0x1p-01|0X1P-01|0x1.00p-01|4503599627370496p-53|"
        "  0.5|0.5     |000000.5",
        216, 26, vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
        vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
        vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
        vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
        vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
        vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
        vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|5e-01|0.5|0.|5.e-01|0x1.0000p-01|0.5|       0.5|+0.5| "
              "0.5|0.5|%!s(float64=0.5)|%!d(float64=0.5)|float64|5.000000e-01|0.500000",
              127, 16, vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
              vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
              vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
              vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
              vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01), vfloat(t18, 0x1p-01),
              vfloat(t18, 0x1p-01));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1.5|1.5|1.5|1.500000e+00|1.500000E+00|1.500000|1.500000|1.50|1.500e+00|1.5|     "
              "1.500|1.50e+00  |+1.5| "
              "1.50|0001.500|+0001.50|1.50000|1.50|1.5|0x1.8p+00|0X1.8P+00|0x1.80p+00|"
              "6755399441055744p-52|  1.5|1.5     |000001.5",
              218, 26, vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "2|2e+00|2|2.|2.e+00|0x1.8000p+00|2|       1.5|+1.5| "
              "1.5|1.5|%!s(float64=1.5)|%!d(float64=1.5)|float64|1.500000e+00|1.500000",
              123, 16, vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.8p+00));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "0.05|0.05|0.05|5.000000e-02|5.000000E-02|0.050000|0.050000|0.05|5.000e-02|0.05|     "
              "0.050|5.00e-02  |+0.1| "
              "0.05|0000.050|+0000.05|0.0500000|0.0500|0.05|0x1.999999999999ap-05|0X1."
              "999999999999AP-05|0x1.9ap-05|7205759403792794p-57|  0.1|0.05    |00000.05",
              251, 26, vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "0|5e-02|0.05|0.|5.e-02|0x1.999999999999ap-05|0.05|      0.05|+0.05| "
              "0.05|0.05|%!s(float64=0.05)|%!d(float64=0.05)|float64|5.000000e-02|0.050000",
              143, 16, vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05),
              vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1.999999999999ap-05));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "1e+100|1e+100|1E+100|1.000000e+100|1.000000E+100|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.000000|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.000000|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.00|1.000e+100|1e+100|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.000|1.00e+100 "
              "|+"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.0| "
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.00|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.000|+"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.00|1.00000e+100|1.00e+100|1e+100|0x1.249ad2594c37dp+332|0X1."
              "249AD2594C37DP+332|0x1.25p+332|5147557589468029p+280|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.0|1e+100  |001e+100",
              1161, 26, vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332));
    check_fmt('f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104|1e+100|1e+100|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.|1.e+100|0x1.249ad2594c37dp+332|1e+100|    1e+100|+1e+100| "
              "1e+100|1e+100|%!s(float64=1e+100)|%!d(float64=1e+100)|float64|1.000000e+100|"
              "100000000000000001590289110975991804683608085639452813897813275577478387721703810608"
              "13469985856815104.000000",
              461, 16, vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332),
              vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, 0x1.249ad2594c37dp+332));
    check_fmt('f',
              "%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% "
              ".2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v",
              121,
              "314159|314159|314159|3.141590e+05|3.141590E+05|314159.000000|314159.000000|314159."
              "00|3.142e+05|3.14e+05|314159.000|3.14e+05  |+314159.0| "
              "314159.00|314159.000|+314159.00|314159.|3.14e+05|314159|0x1.32cbcp+18|0X1.32CBCP+18|"
              "0x1.33p+18|5397210522976256p-34|314159.0|314159  |00314159",
              279, 26, vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
              vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18));
    check_fmt(
        'f', "%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", 69,
        "314159|3e+05|3e+05|314159.|3.e+05|0x1.32cbcp+18|3e+05|    314159|+314159| "
        "314159|314159|%!s(float64=314159)|%!d(float64=314159)|float64|3.141590e+05|314159.000000",
        162, 16, vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
        vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
        vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
        vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
        vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18), vfloat(t18, 0x1.32cbcp+18),
        vfloat(t18, 0x1.32cbcp+18));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "0.1|0.1|1.000000e-01|0.100000|0.10|0x1.99999ap-04|13421773p-27|float32|0.1|     0.1",
              83, 10, vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.99999ap-04),
              vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.99999ap-04),
              vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.99999ap-04),
              vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.99999ap-04));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "0.33333334|0.33333334|3.333333e-01|0.333333|0.33|0x1.555556p-02|11184811p-25|"
              "float32|0.33333334|   0.333",
              104, 10, vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1.555556p-02),
              vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1.555556p-02),
              vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1.555556p-02),
              vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1.555556p-02));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "1.6777216e+07|1.6777216e+07|1.677722e+07|16777216.000000|16777216.00|0x1p+24|"
              "8388608p+1|float32|1.6777216e+07|1.68e+07",
              118, 10, vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24),
              vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24),
              vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24),
              vfloat(t19, 0x1p+24));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "1.6777216e+07|1.6777216e+07|1.677722e+07|16777216.000000|16777216.00|0x1p+24|"
              "8388608p+1|float32|1.6777216e+07|1.68e+07",
              118, 10, vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24),
              vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24),
              vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24), vfloat(t19, 0x1p+24),
              vfloat(t19, 0x1p+24));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "3.4028235e+38|3.4028235e+38|3.402823e+38|340282346638528859811704183484516925440."
              "000000|340282346638528859811704183484516925440.00|0x1.fffffep+127|16777215p+104|"
              "float32|3.4028235e+38| 3.4e+38",
              191, 10, vfloat(t19, 0x1.fffffep+127), vfloat(t19, 0x1.fffffep+127),
              vfloat(t19, 0x1.fffffep+127), vfloat(t19, 0x1.fffffep+127),
              vfloat(t19, 0x1.fffffep+127), vfloat(t19, 0x1.fffffep+127),
              vfloat(t19, 0x1.fffffep+127), vfloat(t19, 0x1.fffffep+127),
              vfloat(t19, 0x1.fffffep+127), vfloat(t19, 0x1.fffffep+127));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "1e-45|1e-45|1.401298e-45|0.000000|0.00|0x1p-149|1p-149|float32|1e-45| 1.4e-45", 77,
              10, vfloat(t19, 0x1p-149), vfloat(t19, 0x1p-149), vfloat(t19, 0x1p-149),
              vfloat(t19, 0x1p-149), vfloat(t19, 0x1p-149), vfloat(t19, 0x1p-149),
              vfloat(t19, 0x1p-149), vfloat(t19, 0x1p-149), vfloat(t19, 0x1p-149),
              vfloat(t19, 0x1p-149));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "2.5|2.5|2.500000e+00|2.500000|2.50|0x1.4p+01|10485760p-22|float32|2.5|     2.5", 78,
              10, vfloat(t19, 0x1.4p+01), vfloat(t19, 0x1.4p+01), vfloat(t19, 0x1.4p+01),
              vfloat(t19, 0x1.4p+01), vfloat(t19, 0x1.4p+01), vfloat(t19, 0x1.4p+01),
              vfloat(t19, 0x1.4p+01), vfloat(t19, 0x1.4p+01), vfloat(t19, 0x1.4p+01),
              vfloat(t19, 0x1.4p+01));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "0|0|0.000000e+00|0.000000|0.00|0x0p+00|0p-149|float32|0|       0", 64, 10,
              vfloat(t19, 0x0p+00), vfloat(t19, 0x0p+00), vfloat(t19, 0x0p+00),
              vfloat(t19, 0x0p+00), vfloat(t19, 0x0p+00), vfloat(t19, 0x0p+00),
              vfloat(t19, 0x0p+00), vfloat(t19, 0x0p+00), vfloat(t19, 0x0p+00),
              vfloat(t19, 0x0p+00));
    check_fmt('f', "%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", 35,
              "+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|+Inf|float32|+Inf|    +Inf", 56, 10,
              vfloat(t19, INFINITY), vfloat(t19, INFINITY), vfloat(t19, INFINITY),
              vfloat(t19, INFINITY), vfloat(t19, INFINITY), vfloat(t19, INFINITY),
              vfloat(t19, INFINITY), vfloat(t19, INFINITY), vfloat(t19, INFINITY),
              vfloat(t19, INFINITY));
    check_fmt('f', "[%.0f] [%.0f] [%.0f] [%.1f] [%.1f] [%.2f]", 41,
              "[0] [2] [2] [0.1] [0.2] [1.00]", 30, 6, vfloat(t18, 0x1p-01), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.999999999999ap-05), vfloat(t18, 0x1p-02),
              vfloat(t18, 0x1.0147ae147ae14p+00));
    check_fmt(
        'f', "[%5.1f] [%-7.2f|] [%+.2f] [%07.2f] [% f] [%+f] [%5v] [%-6v|] [%06v] [%+06.1f]", 77,
        "[ +Inf] [-Inf   |] [+Inf] [   -Inf] [ NaN] [+NaN] [  NaN] [+Inf  |] [   NaN] [  +Inf]", 85,
        10, vfloat(t18, INFINITY), vfloat(t18, -INFINITY), vfloat(t18, INFINITY),
        vfloat(t18, -INFINITY), vfloat(t18, NAN), vfloat(t18, NAN), vfloat(t18, NAN),
        vfloat(t18, INFINITY), vfloat(t18, NAN), vfloat(t18, INFINITY));
    check_fmt('f', "%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", 33,
              "(1.5-2i)|(1.50-2.00i)|(1.500000e+00-2.000000e+00i)|(1.5-2i)|(1.5-2i)|(1.5-2i)|(     "
              "1.5    -2.0i)|complex128|%!d(complex128=(1.5-2i))",
              133, 9, vcomplex(t20, 0x1.8p+00, -0x1p+01), vcomplex(t20, 0x1.8p+00, -0x1p+01),
              vcomplex(t20, 0x1.8p+00, -0x1p+01), vcomplex(t20, 0x1.8p+00, -0x1p+01),
              vcomplex(t20, 0x1.8p+00, -0x1p+01), vcomplex(t20, 0x1.8p+00, -0x1p+01),
              vcomplex(t20, 0x1.8p+00, -0x1p+01), vcomplex(t20, 0x1.8p+00, -0x1p+01),
              vcomplex(t20, 0x1.8p+00, -0x1p+01));
    check_fmt('f', "%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", 33,
              "(1+2i)|(1.00+2.00i)|(1.000000e+00+2.000000e+00i)|(1+2i)|(1+2i)|(1+2i)|(     1.0    "
              "+2.0i)|complex128|%!d(complex128=(1+2i))",
              123, 9, vcomplex(t20, 0x1p+00, 0x1p+01), vcomplex(t20, 0x1p+00, 0x1p+01),
              vcomplex(t20, 0x1p+00, 0x1p+01), vcomplex(t20, 0x1p+00, 0x1p+01),
              vcomplex(t20, 0x1p+00, 0x1p+01), vcomplex(t20, 0x1p+00, 0x1p+01),
              vcomplex(t20, 0x1p+00, 0x1p+01), vcomplex(t20, 0x1p+00, 0x1p+01),
              vcomplex(t20, 0x1p+00, 0x1p+01));
    check_fmt('f', "%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", 33,
              "(0+0i)|(0.00+0.00i)|(0.000000e+00+0.000000e+00i)|(0+0i)|(0+0i)|(0+0i)|(     0.0    "
              "+0.0i)|complex128|%!d(complex128=(0+0i))",
              123, 9, vcomplex(t20, 0x0p+00, 0x0p+00), vcomplex(t20, 0x0p+00, 0x0p+00),
              vcomplex(t20, 0x0p+00, 0x0p+00), vcomplex(t20, 0x0p+00, 0x0p+00),
              vcomplex(t20, 0x0p+00, 0x0p+00), vcomplex(t20, 0x0p+00, 0x0p+00),
              vcomplex(t20, 0x0p+00, 0x0p+00), vcomplex(t20, 0x0p+00, 0x0p+00),
              vcomplex(t20, 0x0p+00, 0x0p+00));
    check_fmt('f', "%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", 33,
              "(+Inf+NaNi)|(+Inf+NaNi)|(+Inf+NaNi)|(+Inf+NaNi)|(+Inf+NaNi)|(+Inf+NaNi)|(    +Inf   "
              " +NaNi)|complex128|%!d(complex128=(+Inf+NaNi))",
              130, 9, vcomplex(t20, INFINITY, NAN), vcomplex(t20, INFINITY, NAN),
              vcomplex(t20, INFINITY, NAN), vcomplex(t20, INFINITY, NAN),
              vcomplex(t20, INFINITY, NAN), vcomplex(t20, INFINITY, NAN),
              vcomplex(t20, INFINITY, NAN), vcomplex(t20, INFINITY, NAN),
              vcomplex(t20, INFINITY, NAN));
    check_fmt('f', "%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", 33,
              "(0.1+0.2i)|(0.10+0.20i)|(1.000000e-01+2.000000e-01i)|(0.1+0.2i)|(0.1+0.2i)|(0.1+0."
              "2i)|(     0.1    +0.2i)|complex64|%!d(complex64=(0.1+0.2i))",
              141, 9, vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03),
              vcomplex(t21, 0x1.99999ap-04, 0x1.99999ap-03));
    check_fmt('f', "%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", 33,
              "(-1e+21+1e-07i)|(-1000000000000000000000.00+0.00i)|(-1.000000e+21+1.000000e-07i)|(-"
              "1e+21+1e-07i)|(-1e+21+1e-07i)|(-1e+21+1e-07i)|(-1000000000000000000000.0    "
              "+0.0i)|complex128|%!d(complex128=(-1e+21+1e-07i))",
              208, 9, vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24),
              vcomplex(t20, -0x1.b1ae4d6e2ef5p+69, 0x1.ad7f29abcaf48p-24));
    check_fmt('f', "%v|%+v|%#v|%T|%d|%s|%x|%q", 25,
              "{1 a}|{X:1 S:a}|main.P{X:1, S:\"a\"}|main.P|{1 %!d(string=a)}|{%!s(int=1) a}|{1 "
              "61}|{'\\x01' \"a\"}",
              94, 8, vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)));
    check_fmt('f', "%v|%+v|%#v|%T", 13, "&{1 a}|&{X:1 S:a}|&main.P{X:1, S:\"a\"}|*main.P", 45, 4,
              vptr(t23, vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1))),
              vptr(t23, vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1))),
              vptr(t23, vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1))),
              vptr(t23, vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1))));
    check_fmt(
        'f', "%v|%#v|%T|%d|%x|%q|%s|%5v|%-4d|", 31,
        "[1 2]|[]int{1, 2}|[]int|[3 4]|[a ff]|['A' '\303\251']|[%!s(int=1)]|[    1     2]|[1    2  "
        " ]|",
        87, 9, vslice(t24, 2, vint(t0, 1LL), vint(t0, 2LL)),
        vslice(t24, 2, vint(t0, 1LL), vint(t0, 2LL)), vslice(t24, 2, vint(t0, 1LL), vint(t0, 2LL)),
        vslice(t24, 2, vint(t0, 3LL), vint(t0, 4LL)),
        vslice(t24, 2, vint(t0, 10LL), vint(t0, 255LL)),
        vslice(t24, 2, vint(t0, 65LL), vint(t0, 233LL)), vslice(t24, 1, vint(t0, 1LL)),
        vslice(t24, 2, vint(t0, 1LL), vint(t0, 2LL)), vslice(t24, 2, vint(t0, 1LL), vint(t0, 2LL)));
    check_fmt('f', "%v|%#v|%v|%#v|%v|%#v", 20, "[]|[]int(nil)|[]|[]int{}|[]|[2]bool{true, false}",
              48, 6, vzero(t24), vzero(t24), vslice(t24, 0), vslice(t24, 0), varray(t25),
              varray(t26, vint(t10, 1), vint(t10, 0)));
    check_fmt(
        'f', "%v|%#v|%q|%s|%x|%X", 18,
        "[a b c]|[]string{\"a\", \"b\"}|[\"a b\" \"c\"]|[x]|[6869 796f]|[6869]", 61, 6,
        vslice(t27, 2, vstr(t11, "a b", 3), vstr(t11, "c", 1)),
        vslice(t27, 2, vstr(t11, "a", 1), vstr(t11, "b", 1)),
        vslice(t27, 2, vstr(t11, "a b", 3), vstr(t11, "c", 1)), vslice(t27, 1, vstr(t11, "x", 1)),
        vslice(t27, 2, vstr(t11, "hi", 2), vstr(t11, "yo", 2)), vslice(t27, 1, vstr(t11, "hi", 2)));
    check_fmt(
        'f', "%v|%+v|%#v", 10,
        "[[1] [] []]|[{A:0 B:} {A:0 B:}]|[]main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}}",
        88, 3, vslice(t28, 3, vslice(t24, 1, vint(t0, 1LL)), vslice(t24, 0), vzero(t24)),
        varray(t30, vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0)),
               vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0))),
        vslice(t32, 2, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)),
               vstruct(t31, vint(t0, 3LL), vint(t0, 4LL))));
    check_fmt('f', "%v|%#v|%v|%#v", 13,
              "map[a:2 z:1]|map[string]int{\"a\":1, \"z\":26}|map[]|map[string]int(nil)", 68, 4,
              vmap(t33, 2, vstr(t11, "a", 1), vint(t0, 2LL), vstr(t11, "z", 1), vint(t0, 1LL)),
              vmap(t33, 2, vstr(t11, "z", 1), vint(t0, 26LL), vstr(t11, "a", 1), vint(t0, 1LL)),
              vzero(t33), vzero(t33));
    check_fmt('f', "%v|%d|%x|%#v", 12,
              "map[-1:m 2:b 3:c 10:x]|map[1:10 2:20]|map[61:ff]|map[int][]string{1:[]string{\"a\", "
              "\"a2\"}, 2:[]string{\"b\"}}",
              105, 4,
              vmap(t34, 4, vint(t0, 10LL), vstr(t11, "x", 1), vint(t0, -1LL), vstr(t11, "m", 1),
                   vint(t0, 3LL), vstr(t11, "c", 1), vint(t0, 2LL), vstr(t11, "b", 1)),
              vmap(t35, 2, vint(t0, 2LL), vint(t0, 20LL), vint(t0, 1LL), vint(t0, 10LL)),
              vmap(t33, 1, vstr(t11, "a", 1), vint(t0, 255LL)),
              vmap(t36, 2, vint(t0, 1LL), vslice(t27, 2, vstr(t11, "a", 1), vstr(t11, "a2", 2)),
                   vint(t0, 2LL), vslice(t27, 1, vstr(t11, "b", 1))));
    check_fmt('f', "%v", 2, "map[NaN:1 -Inf:2 -1.5:4 0:3 +Inf:5]", 35, 1,
              vmap(t37, 5, vfloat(t18, INFINITY), vint(t0, 5LL), vfloat(t18, -0x1.8p+00),
                   vint(t0, 4LL), vfloat(t18, 0x0p+00), vint(t0, 3LL), vfloat(t18, -INFINITY),
                   vint(t0, 2LL), vfloat(t18, NAN), vint(t0, 1LL)));
    check_fmt('f', "%v|%v", 5, "map[false:0 true:1]|map[{1 0}:true {1 a}:false {2 b}:true]", 58, 2,
              vmap(t38, 2, vint(t10, 1), vint(t0, 1LL), vint(t10, 0), vint(t0, 0LL)),
              vmap(t39, 3, vstruct(t29, vint(t0, 2LL), vstr(t11, "b", 1)), vint(t10, 1),
                   vstruct(t29, vint(t0, 1LL), vstr(t11, "0", 1)), vint(t10, 1),
                   vstruct(t29, vint(t0, 1LL), vstr(t11, "a", 1)), vint(t10, 0)));
    check_fmt('f', "%v|%v", 5, "map[[1 2]:z [1 9]:y [2 1]:x]|map[<nil>:0 1:1 3:3]", 49, 2,
              vmap(t41, 3, varray(t40, vint(t0, 1LL), vint(t0, 2LL)), vstr(t11, "z", 1),
                   varray(t40, vint(t0, 1LL), vint(t0, 9LL)), vstr(t11, "y", 1),
                   varray(t40, vint(t0, 2LL), vint(t0, 1LL)), vstr(t11, "x", 1)),
              vmap(t43, 3, viface(t42, vint(t0, 3LL)), vint(t0, 3LL), viface(t42, vint(t0, 1LL)),
                   vint(t0, 1LL), vzero(t42), vint(t0, 0LL)));
    check_fmt_methods('f', "%v", 2, "map[red:3 blue:1]", 17, 1,
                      vmap(t45, 2, vint(t44, 0LL), vint(t0, 3LL), vint(t44, 2LL), vint(t0, 1LL)));
    check_fmt('f', "%v|%v|%v|%v", 11, "[1 a <nil> 2.5 true]|[<nil> [] map[]]|[<nil>]|[<nil>]", 53,
              4,
              vslice(t46, 5, viface(t42, vint(t0, 1LL)), viface(t42, vstr(t11, "a", 1)), vzero(t42),
                     viface(t42, vfloat(t18, 0x1.4p+01)), viface(t42, vint(t10, 1))),
              vslice(t46, 3, vzero(t42), viface(t42, vzero(t24)), viface(t42, vzero(t33))),
              vslice(t48, 1, vzero(t47)), vslice(t50, 1, vzero(t49)));
    check_fmt(
        'f', "%#v|%#v|%#v", 11,
        "[]interface {}{1, \"s\", interface {}(nil)}|[]error{error(nil)}|[1]interface {}{interface "
        "{}(nil)}",
        96, 3,
        vslice(t46, 3, viface(t42, vint(t0, 1LL)), viface(t42, vstr(t11, "s", 1)), vzero(t42)),
        vslice(t50, 1, vzero(t49)), varray(t51, vzero(t42)));
    check_fmt('f', "%v|%+v|%#v", 10, "{[1] map[1:one]}|{}|struct { A int; B string }{A:1, B:\"b\"}",
              58, 3,
              vstruct(t52, vslice(t24, 1, vint(t0, 1LL)),
                      vmap(t34, 1, vint(t0, 1LL), vstr(t11, "one", 3))),
              vstruct(t53), vstruct(t54, vint(t0, 1LL), vstr(t11, "b", 1)));
    check_fmt('f', "%v", 2, "{top {1 x} <nil> [1 2 3] map[a:1 b:2 c:3] {3 z} <nil> [{4 w}]}", 62, 1,
              vstruct(t57, vstr(t11, "top", 3), vstruct(t29, vint(t0, 1LL), vstr(t11, "x", 1)),
                      vzero(t55), vslice(t24, 3, vint(t0, 1LL), vint(t0, 2LL), vint(t0, 3LL)),
                      vmap(t33, 3, vstr(t11, "c", 1), vint(t0, 3LL), vstr(t11, "b", 1),
                           vint(t0, 2LL), vstr(t11, "a", 1), vint(t0, 1LL)),
                      viface(t42, vstruct(t29, vint(t0, 3LL), vstr(t11, "z", 1))), vzero(t49),
                      vslice(t56, 1, vstruct(t29, vint(t0, 4LL), vstr(t11, "w", 1)))));
    check_fmt('f', "%+v", 3,
              "{Name:top In:{A:1 B:x} Ptr:<nil> List:[1 2 3] M:map[a:1 b:2 c:3] Any:{A:3 B:z} "
              "Err:<nil> inner:[{A:4 B:w}]}",
              107, 1,
              vstruct(t57, vstr(t11, "top", 3), vstruct(t29, vint(t0, 1LL), vstr(t11, "x", 1)),
                      vzero(t55), vslice(t24, 3, vint(t0, 1LL), vint(t0, 2LL), vint(t0, 3LL)),
                      vmap(t33, 3, vstr(t11, "c", 1), vint(t0, 3LL), vstr(t11, "b", 1),
                           vint(t0, 2LL), vstr(t11, "a", 1), vint(t0, 1LL)),
                      viface(t42, vstruct(t29, vint(t0, 3LL), vstr(t11, "z", 1))), vzero(t49),
                      vslice(t56, 1, vstruct(t29, vint(t0, 4LL), vstr(t11, "w", 1)))));
    check_fmt('f', "%v|%+v", 6,
              "{ {0 } <nil> [] map[] <nil> <nil> []}|{Name: In:{A:0 B:} Ptr:<nil> List:[] M:map[] "
              "Any:<nil> Err:<nil> inner:[]}",
              112, 2,
              vstruct(t57, vstr(t11, "", 0), vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0)),
                      vzero(t55), vzero(t24), vzero(t33), vzero(t42), vzero(t49), vzero(t56)),
              vstruct(t57, vstr(t11, "", 0), vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0)),
                      vzero(t55), vzero(t24), vzero(t33), vzero(t42), vzero(t49), vzero(t56)));
    check_fmt_methods('f', "%#v", 3,
                      "main.Outer{Name:\"\", In:main.Inner{A:0, B:\"\"}, Ptr:(*main.Inner)(nil), "
                      "List:[]int(nil), M:map[string]int(nil), Any:5, "
                      "Err:main.BadInput{Field:\"f\"}, inner:[]main.Inner(nil)}",
                      171, 1,
                      vstruct(t57, vstr(t11, "", 0), vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0)),
                              vzero(t55), vzero(t24), vzero(t33), viface(t42, vint(t0, 5LL)),
                              viface(t49, vstruct(t58, vstr(t11, "f", 1))), vzero(t56)));
    check_fmt('f', "%v %+v|%d %s", 12,
              "[{0 } {0 }] &{A:5 B:five}|{6 %!d(string=six)} {%!s(int=7) seven}", 64, 4,
              varray(t30, vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0)),
                     vstruct(t29, vint(t0, 0LL), vstr(t11, "", 0))),
              vptr(t55, vstruct(t29, vint(t0, 5LL), vstr(t11, "five", 4))),
              vstruct(t29, vint(t0, 6LL), vstr(t11, "six", 3)),
              vstruct(t29, vint(t0, 7LL), vstr(t11, "seven", 5)));
    check_fmt('f', "%v|%v|%#v|%v", 12, "&[1]|&map[a:1]|&[2]int{1, 2}|&[<nil>]", 37, 4,
              vptr(t59, vslice(t24, 1, vint(t0, 1LL))),
              vptr(t60, vmap(t33, 1, vstr(t11, "a", 1), vint(t0, 1LL))),
              vptr(t61, varray(t40, vint(t0, 1LL), vint(t0, 2LL))),
              vptr(t63, vslice(t62, 1, vzero(t55))));
    check_fmt('f', "%v|%d|%s|%x", 11, "&[a]|&{1 %!d(string=b)}|&{%!s(int=1) %!s(int=2)}|&{ff 62}",
              57, 4, vptr(t64, vslice(t27, 1, vstr(t11, "a", 1))),
              vptr(t55, vstruct(t29, vint(t0, 1LL), vstr(t11, "b", 1))),
              vptr(t65, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL))),
              vptr(t55, vstruct(t29, vint(t0, 255LL), vstr(t11, "b", 1))));
    check_fmt('f', "%v|%+v|%#v|%v", 13, "<nil>|<nil>|(*main.Point)(nil)|[<nil>]", 38, 4, vzero(t65),
              vzero(t65), vzero(t65), vslice(t66, 1, vzero(t65)));
    check_fmt('f', "%v|%s|%d|%#v|%T", 15, "<nil>|%!s(<nil>)|%!d(<nil>)|<nil>|<nil>", 39, 5, vnil(),
              vnil(), vnil(), vnil(), vnil());
    check_fmt('f', "%#v|%#v|%#v|%#v", 15, "3|0x7|0xa|-1", 12, 4, vint(t8, 3LL),
              vint(t2, (int64_t)7ULL), vint(t7, (int64_t)10ULL), vint(t9, -1LL));
    check_fmt('f', "%#v|%#v|%#v|%#v|%#v", 19, "\"quote\\\"d\"|42|3|2.5|1e+21", 25, 5,
              vstr(t11, "quote\"d", 7), vint(t0, 42LL), vfloat(t18, 0x1.8p+01),
              vfloat(t18, 0x1.4p+01), vfloat(t18, 0x1.b1ae4d6e2ef5p+69));
    check_fmt('f', "%#v|%#v", 7,
              "main.Pair[int,string]{K:1, V:\"a\"}|main.Pair[main.Level,[]int]{K:2, V:[]int(nil)}",
              80, 2, vstruct(t67, vint(t0, 1LL), vstr(t11, "a", 1)),
              vstruct(t68, vint(t8, 2LL), vzero(t24)));
    check_fmt('f', "%T|%T|%T|%T|%T", 14,
              "main.Pair[int,string]|[]main.Pair[int,string]|map[string][]*main.Point|[3]main."
              "Level|struct { a int; B int }",
              108, 5, vstruct(t67, vint(t0, 0LL), vstr(t11, "", 0)), vslice(t69, 0), vmap(t70, 0),
              varray(t71, vint(t8, 0LL), vint(t8, 0LL), vint(t8, 0LL)),
              vstruct(t72, vint(t0, 0LL), vint(t0, 0LL)));
    check_fmt_methods('f', "%T|%T|%T|%T", 11,
                      "[]interface {}|*interface {}|*error|*errors.errorString", 55, 4,
                      vslice(t46, 0), vptr(t73, vzero(t42)), vptr(t74, vzero(t49)),
                      vptr(t76, vstruct(t75, vstr(t11, "x", 1))));
    check_fmt('f', "%v|%v", 5, "{0 2}|&{0.1 2}", 14, 2, vstruct(t77, vint(t0, 0LL), vint(t0, 2LL)),
              vptr(t79, vstruct(t78, vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1p+01))));
    check_fmt_methods('f', "%v|%s|%d|%.2f|%q|%x|%5v|%-12s|%#v|%+v", 37,
                      "21.6 deg|21.6 deg|%!d(main.Temp=3)|21.55|\"1.0 deg\"|312e3020646567|1.0 "
                      "deg|2.0 deg     |1|1.0 deg",
                      96, 10, vfloat(t80, 0x1.58ccccccccccdp+04),
                      vfloat(t80, 0x1.58ccccccccccdp+04), vfloat(t80, 0x1.8p+01),
                      vfloat(t80, 0x1.58ccccccccccdp+04), vfloat(t80, 0x1p+00),
                      vfloat(t80, 0x1p+00), vfloat(t80, 0x1p+00), vfloat(t80, 0x1p+01),
                      vfloat(t80, 0x1p+00), vfloat(t80, 0x1p+00));
    check_fmt_methods(
        'f', "%v|%d|%s|%v|%v", 14, "green|1|[red blue]|map[green:x]|&[blue]", 39, 5, vint(t44, 1LL),
        vint(t44, 1LL), vslice(t81, 2, vint(t44, 0LL), vint(t44, 2LL)),
        vmap(t82, 1, vint(t44, 1LL), vstr(t11, "x", 1)), vptr(t83, vslice(t81, 1, vint(t44, 2LL))));
    check_fmt_methods('f', "%v|%v|%s|%d", 11, "Node<a>|{a}|[Node<a>]|&{%!d(string=a)}", 38, 4,
                      vptr(t85, vstruct(t84, vstr(t11, "a", 1))), vstruct(t84, vstr(t11, "a", 1)),
                      vslice(t86, 1, vptr(t85, vstruct(t84, vstr(t11, "a", 1)))),
                      vptr(t85, vstruct(t84, vstr(t11, "a", 1))));
    check_fmt_methods(
        'f', "%v|%+v|%s", 9,
        "{lab 19.2 deg Node<b>}|{Where:lab T:19.2 deg N:Node<b>}|{lab 19.2 deg Node<b>}", 78, 3,
        vstruct(t87, vstr(t11, "lab", 3), vfloat(t80, 0x1.34p+04),
                vptr(t85, vstruct(t84, vstr(t11, "b", 1)))),
        vstruct(t87, vstr(t11, "lab", 3), vfloat(t80, 0x1.34p+04),
                vptr(t85, vstruct(t84, vstr(t11, "b", 1)))),
        vstruct(t87, vstr(t11, "lab", 3), vfloat(t80, 0x1.34p+04),
                vptr(t85, vstruct(t84, vstr(t11, "b", 1)))));
    check_fmt_methods('f', "[%v] [%s] [%q] [%x] [%d] [%+v] [%#v]", 36,
                      "[bad input in age] [bad input in age] [\"bad input in age\"] "
                      "[62616420696e70757420696e20616765] [{%!d(string=age)}] [bad input in age] "
                      "[main.BadInput{Field:\"age\"}]",
                      161, 7, vstruct(t58, vstr(t11, "age", 3)), vstruct(t58, vstr(t11, "age", 3)),
                      vstruct(t58, vstr(t11, "age", 3)), vstruct(t58, vstr(t11, "age", 3)),
                      vstruct(t58, vstr(t11, "age", 3)), vstruct(t58, vstr(t11, "age", 3)),
                      vstruct(t58, vstr(t11, "age", 3)));
    check_fmt_methods('f', "%v|%s|%v|%#v", 12, "as error|as error|[as error]|main.Both{}", 40, 4,
                      vstruct(t88), vstruct(t88), vslice(t89, 1, vstruct(t88)), vstruct(t88));
    check_fmt_methods('f', "%v|%s|%d|%v|%+v", 15,
                      "%!v(PANIC=String method: boom)|%!s(PANIC=String method: "
                      "boom)|3|[%!v(PANIC=String method: boom)]|{B:%!v(PANIC=String method: boom)}",
                      131, 5, vint(t90, 1LL), vint(t90, 2LL), vint(t90, 3LL),
                      vslice(t91, 1, vint(t90, 1LL)), vstruct(t92, vint(t90, 1LL)));
    check_fmt_methods('f', "%v|%s|%v|%v|%v", 14, "<nil>|5|[<nil>]|{7}|{<nil>}", 27, 5, vzero(t94),
                      vptr(t94, vstruct(t93, vint(t0, 5LL))), vslice(t95, 1, vzero(t94)),
                      vstruct(t93, vint(t0, 7LL)), vstruct(t96, vzero(t94)));
    check_fmt_methods('f', "%v|%#v|%#v|%#v|%d", 17,
                      "1|GoStr!|[]main.GoStr{GoStr!}|struct { G main.GoStr }{G:GoStr!}|3", 65, 5,
                      vint(t97, 1LL), vint(t97, 1LL), vslice(t98, 1, vint(t97, 1LL)),
                      vstruct(t99, vint(t97, 2LL)), vint(t97, 3LL));
    check_fmt_methods('f', "%v|%+v", 6, "{1 2.0 deg}|{c:2 T:3.0 deg}", 27, 2,
                      vstruct(t100, vint(t44, 1LL), vfloat(t80, 0x1p+01)),
                      vstruct(t100, vint(t44, 2LL), vfloat(t80, 0x1.8p+01)));
    check_fmt_methods('f', "%v|%v", 5, "plain|[bad input in age <nil>]", 30, 2,
                      vptr(t76, vstruct(t75, vstr(t11, "plain", 5))),
                      vslice(t50, 2, viface(t49, vstruct(t58, vstr(t11, "age", 3))), vzero(t49)));
    check_fmt_methods('f', "%w|%w", 5, "%!w(*errors.errorString=&{e})|%!w(int=5)", 40, 2,
                      vptr(t76, vstruct(t75, vstr(t11, "e", 1))), vint(t0, 5LL));
    check_fmt_methods('f', "%v", 2, "{{x} 1}", 7, 1,
                      vstruct(t102, viface(t49, vstruct(t58, vstr(t11, "x", 1))),
                              viface(t101, vfloat(t80, 0x1p+00))));
    check_fmt('f', "%d", 2, "%!d(string=hi)", 14, 1, vstr(t11, "hi", 2));
    check_fmt('f', "%s", 2, "%!s(int=42)", 11, 1, vint(t0, 42LL));
    check_fmt('f', "%d %d", 5, "1 %!d(MISSING)", 14, 1, vint(t0, 1LL));
    check_fmt('f', "%v", 2, "%!v(MISSING)", 12, 0);
    check_fmt('f', "%d", 2, "1%!(EXTRA int=2)", 16, 2, vint(t0, 1LL), vint(t0, 2LL));
    check_fmt('f', "x", 1, "x%!(EXTRA string=extra, float64=3.5)", 36, 2, vstr(t11, "extra", 5),
              vfloat(t18, 0x1.cp+01));
    check_fmt_methods('f', "x", 1, "x%!(EXTRA <nil>, []int=[1], main.Temp=1.0 deg)", 46, 3, vnil(),
                      vslice(t24, 1, vint(t0, 1LL)), vfloat(t80, 0x1p+00));
    check_fmt('f', "%z", 2, "%!z(int=7)", 10, 1, vint(t0, 7LL));
    check_fmt('f', "%t", 2, "%!t(int=1)", 10, 1, vint(t0, 1LL));
    check_fmt('f', "%f", 2, "%!f(string=str)", 15, 1, vstr(t11, "str", 3));
    check_fmt('f', "%d", 2, "{1 %!d(string=a)}", 17, 1,
              vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)));
    check_fmt('f', "%s|%d", 5, "%!s(<nil>)|%!d(<nil>)", 21, 2, vnil(), vnil());
    check_fmt('f', "%!", 2, "%!!(MISSING)", 12, 0);
    check_fmt('f', "trailing %", 10, "trailing %!(NOVERB)", 19, 0);
    check_fmt('f', "%-", 2, "%!(NOVERB)", 10, 0);
    check_fmt('f', "%d-%s", 5, "5-%!s(MISSING)", 14, 1, vint(t0, 5LL));
    check_fmt('f', "%d", 2, "%!d(bool=true)", 14, 1, vint(t10, 1));
    check_fmt('f', "%c", 2, "%!c(string=c)", 13, 1, vstr(t11, "c", 1));
    check_fmt('f', "%s %s", 5, "[%!s(int=1)] map[k:%!s(bool=true)]", 34, 2,
              vslice(t24, 1, vint(t0, 1LL)), vmap(t103, 1, vstr(t11, "k", 1), vint(t10, 1)));
    check_fmt('f', "%5d|%-6s|%08.3d", 15, "%!d(string=   hi)|%!s(int=3     )|%!d(string=0000000x)",
              54, 3, vstr(t11, "hi", 2), vint(t0, 3LL), vstr(t11, "x", 1));
    check_fmt('f', "%\303\251|%\303\274", 7, "%!\303\251(int=1)|%!\303\274(string=x)", 26, 2,
              vint(t0, 1LL), vstr(t11, "x", 1));
    check_fmt('f', "%p|%s", 5, "%!p(int=5)|&{%!s(int=1) %!s(int=2)}", 35, 2, vint(t0, 5LL),
              vptr(t65, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL))));
    check_fmt('f', "%d|%x", 5, "[0]|&[]", 7, 2, vslice(t66, 1, vzero(t65)),
              vptr(t59, vslice(t24, 0)));
    check_fmt('f', "[%*d] [%-*d|] [%*d] [%.*f] [%*.*f] [%*s] [%.*s]", 47,
              "[   7] [7   |] [42    ] [3.14] [      2.72] [   right] [tr]", 59, 15, vint(t0, 4LL),
              vint(t0, 7LL), vint(t0, 4LL), vint(t0, 7LL), vint(t0, -6LL), vint(t0, 42LL),
              vint(t0, 2LL), vfloat(t18, 0x1.921f9f01b866ep+01), vint(t0, 10LL), vint(t0, 2LL),
              vfloat(t18, 0x1.5bf0995aaf79p+01), vint(t0, 8LL), vstr(t11, "right", 5),
              vint(t0, 2LL), vstr(t11, "truncate", 8));
    check_fmt('f', "[%[2]d %[1]d] [%[1]d %[1]x %[1]o %[1]b] [%[3]*.[2]*[1]f]", 56,
              "[2 1] [1 1 1 1] [%!f(int=        01)]", 37, 3, vint(t0, 1LL), vint(t0, 2LL),
              vint(t0, 10LL));
    check_fmt('f', "[%[3]*.[2]*[1]f]", 16, "[ 12.00]", 8, 3, vfloat(t18, 0x1.8p+03), vint(t0, 2LL),
              vint(t0, 6LL));
    check_fmt('f', "[%*d] [%.*d] [%*d]", 18, "[%!(BADWIDTH)5] [%!(BADPREC)6] [%!(BADWIDTH)1]", 46,
              6, vstr(t11, "x", 1), vint(t0, 5LL), vstr(t11, "y", 1), vint(t0, 6LL),
              vint(t0, 10000000LL), vint(t0, 1LL));
    check_fmt('f', "[%*d] [%.*d] [%*d]", 18, "[  5] [%!(BADPREC)6] [ 1]", 25, 6,
              vint(t2, (int64_t)3ULL), vint(t0, 5LL), vint(t9, -2LL), vint(t0, 6LL),
              vint(t104, (int64_t)2ULL), vint(t0, 1LL));
    check_fmt('f', "%[5]d|%[0]d|%[x]d|%[1]|%[2]*d|%d %[1]d %d", 41,
              "%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!|(int=1)%!d(MISSING)|%!d(MISSING) 1 2",
              81, 2, vint(t0, 1LL), vint(t0, 2LL));
    check_fmt('f', "%[1]d %d %d", 11, "1 2 3", 5, 3, vint(t0, 1LL), vint(t0, 2LL), vint(t0, 3LL));
    check_fmt('f', "%.[2]d|%[3]2d|%[1].2d", 21, "2|%!d(BADINDEX)|%!d(BADINDEX)", 29, 3,
              vint(t0, 1LL), vint(t0, 2LL), vint(t0, 3LL));
    check_fmt('f', "%!d(x)|%%|%5%|%-%", 17, "%!!(int=1)d(x)|%|%|%", 20, 1, vint(t0, 1LL));
    check_fmt('f', "%v %v", 5, "1 %!v(MISSING)", 14, 1, vint(t0, 1LL));
    check_fmt('f', "%10.4v|%-10.3v|", 15, "      abcd|3.14      |", 22, 2, vstr(t11, "abcdefgh", 8),
              vfloat(t18, 0x1.921f9f01b866ep+01));
    check_fmt('f', "%.3v|%.1v|%3.1v", 15, "[abc gh]|[1 3]|map[  a:  1]", 27, 3,
              vslice(t27, 2, vstr(t11, "abcdef", 6), vstr(t11, "gh", 2)),
              vslice(t105, 2, vfloat(t18, 0x1.4p+00), vfloat(t18, 0x1.8p+01)),
              vmap(t33, 1, vstr(t11, "abc", 3), vint(t0, 1LL)));
    check_fmt('f', "%12345678d|%.12345678d", 22, "%!(NOVERB)%!(EXTRA int=1, int=2)", 32, 2,
              vint(t0, 1LL), vint(t0, 2LL));
    check_fmt('f', "%x|%X", 5, "0102|[1 12C]", 12, 2,
              varray(t106, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL)),
              vslice(t107, 2, vint(t3, (int64_t)1ULL), vint(t3, (int64_t)300ULL)));
    check_fmt('l', "", 0, "{1 2} &{1 2}\012", 13, 2, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)),
              vptr(t65, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL))));
    check_fmt('l', "", 0, "{n [a b] <nil> 1.5}\012", 20, 1,
              vstruct(t108, vstr(t11, "n", 1), vslice(t27, 2, vstr(t11, "a", 1), vstr(t11, "b", 1)),
                      vzero(t65), vfloat(t18, 0x1.8p+00)));
    check_fmt('f', "%v|%+v\012", 7,
              "{n [a b] <nil> 1.5}|{Name:n Tags:[a b] Inner:<nil> Score:1.5}\012", 62, 2,
              vstruct(t108, vstr(t11, "n", 1), vslice(t27, 2, vstr(t11, "a", 1), vstr(t11, "b", 1)),
                      vzero(t65), vfloat(t18, 0x1.8p+00)),
              vstruct(t108, vstr(t11, "n", 1), vslice(t27, 2, vstr(t11, "a", 1), vstr(t11, "b", 1)),
                      vzero(t65), vfloat(t18, 0x1.8p+00)));
    check_fmt('l', "", 0, "[] map[] <nil> <nil> <nil>\012", 27, 5, vzero(t24), vzero(t103),
              vzero(t65), vnil(), vnil());
    check_fmt('l', "", 0, "map[a:1 b:2 c:3]\012", 17, 1,
              vmap(t33, 3, vstr(t11, "c", 1), vint(t0, 3LL), vstr(t11, "b", 1), vint(t0, 2LL),
                   vstr(t11, "a", 1), vint(t0, 1LL)));
    check_fmt('l', "", 0, "[x y] [true false] [0.5 2]\012", 27, 3,
              vslice(t27, 2, vstr(t11, "x", 1), vstr(t11, "y", 1)),
              varray(t26, vint(t10, 1), vint(t10, 0)),
              vslice(t105, 2, vfloat(t18, 0x1p-01), vfloat(t18, 0x1p+01)));
    check_fmt_methods('l', "", 0, "green [red blue] map[red:3 blue:1]\012", 35, 3, vint(t44, 1LL),
                      vslice(t81, 2, vint(t44, 0LL), vint(t44, 2LL)),
                      vmap(t45, 2, vint(t44, 0LL), vint(t0, 3LL), vint(t44, 2LL), vint(t0, 1LL)));
    check_fmt_methods('l', "", 0, "oops 120 120 str\012", 17, 4,
                      vptr(t76, vstruct(t75, vstr(t11, "oops", 4))), vint(t4, 120LL),
                      vint(t2, (int64_t)120ULL), vstr(t11, "str", 3));
    check_fmt(
        'f', "%#v", 3,
        "main.Shape{Name:\"tri\", Points:[]main.Point{main.Point{X:0, Y:0}, main.Point{X:1, Y:0}}, "
        "Tags:map[string]bool{\"closed\":true}, Center:(*main.Point)(nil), Meta:interface {}(nil)}",
        175, 1,
        vstruct(t109, vstr(t11, "tri", 3),
                vslice(t32, 2, vstruct(t31, vint(t0, 0LL), vint(t0, 0LL)),
                       vstruct(t31, vint(t0, 1LL), vint(t0, 0LL))),
                vmap(t103, 1, vstr(t11, "closed", 6), vint(t10, 1)), vzero(t65), vzero(t42)));
    check_fmt('f', "%#v %#v", 7, "<nil> 120", 9, 2, vnil(), vint(t4, 120LL));
    check_fmt('l', "", 0, "&{ptr [] <nil> 0} [{1 2} {3 4}]\012", 32, 2,
              vptr(t110, vstruct(t108, vstr(t11, "ptr", 3), vzero(t27), vzero(t65),
                                 vfloat(t18, 0x0p+00))),
              vslice(t32, 2, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)),
                     vstruct(t31, vint(t0, 3LL), vint(t0, 4LL))));
    check_fmt('l', "", 0, "{1 2 [p q]}\012", 12, 1,
              vstruct(t111, vint(t0, 1LL), vint(t0, 2LL),
                      vslice(t27, 2, vstr(t11, "p", 1), vstr(t11, "q", 1))));
    check_fmt('f', "%-10q => [%s] len=%d", 20, "\"%d\"       => [%!d(string=hi)] len=14", 37, 3,
              vstr(t11, "%d", 2), vstr(t11, "%!d(string=hi)", 14), vint(t0, 14LL));
    check_fmt('f', "[%8v] [%-8v] [%8T] [%-12T] [%8v] [%8v] [%6v] [%-6d]", 51,
              "[   <nil>] [<nil>   ] [     int] [string      ] [   <nil>] [map[]] [[     1     "
              "22]] [[3      4     ]]",
              102, 8, vnil(), vnil(), vint(t0, 1LL), vstr(t11, "s", 1), vzero(t47), vzero(t35),
              vslice(t24, 2, vint(t0, 1LL), vint(t0, 22LL)),
              varray(t40, vint(t0, 3LL), vint(t0, 4LL)));
    check_fmt(
        'f', "[%6v] [%-6v] [%06v] [%+6v] [%x] [%X] [%o] [%#x]", 47,
        "[{     1      2}] [{1      2     }] [{000001 000002}] [{X:     1 Y:     2}] [{ff 10}] "
        "[&{FF 10}] [map[%!o(string=a):10]] [[0xff]]",
        129, 8, vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)),
        vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)), vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)),
        vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)), vstruct(t31, vint(t0, 255LL), vint(t0, 16LL)),
        vptr(t65, vstruct(t31, vint(t0, 255LL), vint(t0, 16LL))),
        vmap(t33, 1, vstr(t11, "a", 1), vint(t0, 8LL)), vslice(t24, 1, vint(t0, 255LL)));
    check_fmt('f', "[%08.3s] [%+q] [%# x] [%#X] [%.0s] [%5.1q] [%-#v] [%#5v]", 56,
              "[00000abc] [[\"\\u00e9\" \"x\"]] [0x01 0x02] [0X6869] [] [  \"a\"] [main.Point{X:1, "
              "Y:2}] [    7]",
              90, 8, vstr(t11, "abcdef", 6),
              vslice(t27, 2, vstr(t11, "\303\251", 2), vstr(t11, "x", 1)),
              vslice(t13, 2, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL)), vstr(t11, "hi", 2),
              vstr(t11, "abc", 3), vstr(t11, "abc", 3), vstruct(t31, vint(t0, 1LL), vint(t0, 2LL)),
              vint(t0, 7LL));
    check_fmt('f', "[%6.2v] [%-8.3v] [%+.3v] [% v] [%+v] [%#v]", 42,
              "[   3.1] [2.72    ] [1] [ 1.5] [0] [-0]", 39, 6, vfloat(t18, 0x1.921f9f01b866ep+01),
              vfloat(t18, 0x1.5bf0995aaf79p+01), vfloat(t18, 0x1p+00), vfloat(t18, 0x1.8p+00),
              vfloat(t18, 0x0p+00), vfloat(t18, -0x0p+00));
    check_fmt('f', "[%+d] [% d] [%+x] [% x] [%#v] [%#v] [%#v]", 41,
              "[[+1 -1]] [[ 1 -1]] [[+ff]] [[ ff]] [[]uint{0x1}] [[]int8{-1}] [[]float32{0.1}]", 79,
              7, vslice(t24, 2, vint(t0, 1LL), vint(t0, -1LL)),
              vslice(t24, 2, vint(t0, 1LL), vint(t0, -1LL)), vslice(t24, 1, vint(t0, 255LL)),
              vslice(t24, 1, vint(t0, 255LL)), vslice(t112, 1, vint(t104, (int64_t)1ULL)),
              vslice(t113, 1, vint(t1, -1LL)), vslice(t114, 1, vfloat(t19, 0x1.99999ap-04)));
    check_fmt('f', "[%v] [%#v] [%v] [%#v] [%v] [%#v]", 32,
              "[[]] [[0]int{}] [{}] [struct {}{}] [[{} {}]] [[]struct {}{struct {}{}}]", 71, 6,
              varray(t25), varray(t25), vstruct(t53), vstruct(t53),
              varray(t115, vstruct(t53), vstruct(t53)), vslice(t116, 1, vstruct(t53)));
    check_fmt('f', "[%s] [%v] [%q] [%x]", 19, "[a] [[b c]] [\"q\"] [6869]", 24, 4,
              vstr(t12, "a", 1), vslice(t117, 2, vstr(t12, "b", 1), vstr(t12, "c", 1)),
              vstr(t12, "q", 1), vstr(t12, "hi", 2));
    check_fmt('f', "[%v] [%d] [%v] [%v]", 19, "[[1 2]] [[3 4]] [[1]] [map[1:y 2:x]]", 36, 4,
              vslice(t13, 2, vint(t2, (int64_t)1ULL), vint(t2, (int64_t)2ULL)),
              varray(t106, vint(t2, (int64_t)3ULL), vint(t2, (int64_t)4ULL)),
              vslice(t118, 1, vint(t8, 1LL)),
              vmap(t119, 2, vint(t8, 1LL), vstr(t12, "y", 1), vint(t8, 2LL), vstr(t12, "x", 1)));
    check_fmt('f', "%v|%v|%v", 8, "120|[104 233]|[97]", 18, 3, vint(t4, 120LL),
              vslice(t120, 2, vint(t4, 104LL), vint(t4, 233LL)), vslice(t120, 1, vint(t4, 97LL)));
    check_fmt('f', "%c|%q|%U|%x|%08b", 16,
              "[h \303\251]|['h' '\303\251']|[U+0068]|[68]|[-0000001 00000011]", 51, 5,
              vslice(t120, 2, vint(t4, 104LL), vint(t4, 233LL)),
              vslice(t120, 2, vint(t4, 104LL), vint(t4, 233LL)), vslice(t120, 1, vint(t4, 104LL)),
              vslice(t120, 1, vint(t4, 104LL)), vslice(t113, 2, vint(t1, -1LL), vint(t1, 3LL)));
    check_fmt(
        'f', "%s|%v", 5, "[a %!s(int=1) <nil>]|map[a:<nil> b:[1]]", 39, 2,
        vslice(t46, 3, viface(t42, vstr(t11, "a", 1)), viface(t42, vint(t0, 1LL)), vzero(t42)),
        vmap(t121, 2, vstr(t11, "a", 1), vzero(t42), vstr(t11, "b", 1),
             viface(t42, vslice(t24, 1, vint(t0, 1LL)))));
    check_fmt('f', "%6.2f|%-8.3e|%+.1g|%08.2f", 25,
              "[  1.00   2.50]|[1.000e+06]|[-0.05]|[-0001.50 00002.00]", 55, 4,
              vslice(t105, 2, vfloat(t18, 0x1p+00), vfloat(t18, 0x1.4p+01)),
              vslice(t105, 1, vfloat(t18, 0x1.e848p+19)),
              vslice(t105, 1, vfloat(t18, -0x1.999999999999ap-05)),
              vslice(t105, 2, vfloat(t18, -0x1.8p+00), vfloat(t18, 0x1p+01)));
    check_fmt('s', "", 0, "abc", 3, 3, vstr(t11, "a", 1), vstr(t11, "b", 1), vstr(t11, "c", 1));
    check_fmt('s', "", 0, "1 2 3", 5, 3, vint(t0, 1LL), vint(t0, 2LL), vint(t0, 3LL));
    check_fmt('s', "", 0, "a1 2b3c", 7, 6, vstr(t11, "a", 1), vint(t0, 1LL), vint(t0, 2LL),
              vstr(t11, "b", 1), vint(t0, 3LL), vstr(t11, "c", 1));
    check_fmt('s', "", 0, "1x2", 3, 3, vint(t0, 1LL), vstr(t11, "x", 1), vint(t0, 2LL));
    check_fmt('s', "", 0, "1.5 true <nil> [1]", 18, 4, vfloat(t18, 0x1.8p+00), vint(t10, 1), vnil(),
              vslice(t24, 1, vint(t0, 1LL)));
    check_fmt('s', "", 0, "named1string", 12, 3, vstr(t12, "named", 5), vint(t0, 1LL),
              vstr(t12, "string", 6));
    check_fmt('s', "", 0, "", 0, 0);
    check_fmt_methods('s', "", 0, "3 120z121 <nil> <nil> 1.0 deg {1 a}", 35, 8, vint(t0, 3LL),
                      vint(t4, 120LL), vstr(t11, "z", 1), vint(t4, 121LL), vnil(), vnil(),
                      vfloat(t80, 0x1p+00), vstruct(t22, vint(t0, 1LL), vstr(t11, "a", 1)));
    check_fmt('l', "", 0, "a b 1 2\012", 8, 4, vstr(t11, "a", 1), vstr(t11, "b", 1), vint(t0, 1LL),
              vint(t0, 2LL));
    check_fmt('l', "", 0, "\012", 1, 0);
    check_fmt_methods('l', "", 0, "hello 65 2 <nil> [] map[] <nil> e\012", 34, 8,
                      vstr(t11, "hello", 5), vint(t4, 65LL), vfloat(t18, 0x1p+01), vnil(),
                      vzero(t24), vzero(t33), vzero(t47),
                      vptr(t76, vstruct(t75, vstr(t11, "e", 1))));
    check_fmt('l', "", 0, "-5 7 1099511627776 2.5 true <nil> (1+2i) 0.1\012", 45, 8, vint(t1, -5LL),
              vint(t3, (int64_t)7ULL), vint(t9, 1099511627776LL), vfloat(t19, 0x1.4p+01),
              vint(t10, 1), vnil(), vcomplex(t21, 0x1p+00, 0x1p+01), vfloat(t19, 0x1.99999ap-04));
    check_fmt('l', "", 0,
              "1e+21 1e+20 1.23456789e+08 1e-07 0.0001 1e-05 100 2.5 -3.75 0.3333333333333333 "
              "1.7976931348623157e+308 5e-324\012",
              110, 12, vfloat(t18, 0x1.b1ae4d6e2ef5p+69), vfloat(t18, 0x1.5af1d78b58c4p+66),
              vfloat(t18, 0x1.d6f3454p+26), vfloat(t18, 0x1.ad7f29abcaf48p-24),
              vfloat(t18, 0x1.a36e2eb1c432dp-14), vfloat(t18, 0x1.4f8b588e368f1p-17),
              vfloat(t18, 0x1.9p+06), vfloat(t18, 0x1.4p+01), vfloat(t18, -0x1.ep+01),
              vfloat(t18, 0x1.5555555555555p-02), vfloat(t18, 0x1.fffffffffffffp+1023),
              vfloat(t18, 0x1p-1074));
    check_fmt('l', "", 0, "0.1 0.33333334 1.6777216e+07 3 1e+100 -0\012", 41, 6,
              vfloat(t19, 0x1.99999ap-04), vfloat(t19, 0x1.555556p-02), vfloat(t19, 0x1p+24),
              vfloat(t18, 0x1.8p+01), vfloat(t18, 0x1.249ad2594c37dp+332), vfloat(t18, -0x0p+00));
}

static void generated_float_cases(void) {
    check_float(0x0p+00, 'e', -1, 64, "0e+00");
    check_float(0x0p+00, 'e', 0, 64, "0e+00");
    check_float(0x0p+00, 'e', 3, 64, "0.000e+00");
    check_float(0x0p+00, 'e', 12, 64, "0.000000000000e+00");
    check_float(0x0p+00, 'E', -1, 64, "0E+00");
    check_float(0x0p+00, 'E', 0, 64, "0E+00");
    check_float(0x0p+00, 'E', 3, 64, "0.000E+00");
    check_float(0x0p+00, 'E', 12, 64, "0.000000000000E+00");
    check_float(0x0p+00, 'f', -1, 64, "0");
    check_float(0x0p+00, 'f', 0, 64, "0");
    check_float(0x0p+00, 'f', 3, 64, "0.000");
    check_float(0x0p+00, 'f', 12, 64, "0.000000000000");
    check_float(0x0p+00, 'g', -1, 64, "0");
    check_float(0x0p+00, 'g', 0, 64, "0");
    check_float(0x0p+00, 'g', 3, 64, "0");
    check_float(0x0p+00, 'g', 12, 64, "0");
    check_float(0x0p+00, 'G', -1, 64, "0");
    check_float(0x0p+00, 'G', 0, 64, "0");
    check_float(0x0p+00, 'G', 3, 64, "0");
    check_float(0x0p+00, 'G', 12, 64, "0");
    check_float(0x0p+00, 'b', -1, 64, "0p-1074");
    check_float(0x0p+00, 'b', 0, 64, "0p-1074");
    check_float(0x0p+00, 'b', 3, 64, "0p-1074");
    check_float(0x0p+00, 'b', 12, 64, "0p-1074");
    check_float(0x0p+00, 'x', -1, 64, "0x0p+00");
    check_float(0x0p+00, 'x', 0, 64, "0x0p+00");
    check_float(0x0p+00, 'x', 3, 64, "0x0.000p+00");
    check_float(0x0p+00, 'x', 12, 64, "0x0.000000000000p+00");
    check_float(0x0p+00, 'X', -1, 64, "0X0P+00");
    check_float(0x0p+00, 'X', 0, 64, "0X0P+00");
    check_float(0x0p+00, 'X', 3, 64, "0X0.000P+00");
    check_float(0x0p+00, 'X', 12, 64, "0X0.000000000000P+00");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 0, 32, "0e+00");
    check_float(0x0p+00, 'e', 3, 32, "0.000e+00");
    check_float(0x0p+00, 'e', 12, 32, "0.000000000000e+00");
    check_float(0x0p+00, 'E', -1, 32, "0E+00");
    check_float(0x0p+00, 'E', 0, 32, "0E+00");
    check_float(0x0p+00, 'E', 3, 32, "0.000E+00");
    check_float(0x0p+00, 'E', 12, 32, "0.000000000000E+00");
    check_float(0x0p+00, 'f', -1, 32, "0");
    check_float(0x0p+00, 'f', 0, 32, "0");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'f', 12, 32, "0.000000000000");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'g', 0, 32, "0");
    check_float(0x0p+00, 'g', 3, 32, "0");
    check_float(0x0p+00, 'g', 12, 32, "0");
    check_float(0x0p+00, 'G', -1, 32, "0");
    check_float(0x0p+00, 'G', 0, 32, "0");
    check_float(0x0p+00, 'G', 3, 32, "0");
    check_float(0x0p+00, 'G', 12, 32, "0");
    check_float(0x0p+00, 'b', -1, 32, "0p-149");
    check_float(0x0p+00, 'b', 0, 32, "0p-149");
    check_float(0x0p+00, 'b', 3, 32, "0p-149");
    check_float(0x0p+00, 'b', 12, 32, "0p-149");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'x', 0, 32, "0x0p+00");
    check_float(0x0p+00, 'x', 3, 32, "0x0.000p+00");
    check_float(0x0p+00, 'x', 12, 32, "0x0.000000000000p+00");
    check_float(0x0p+00, 'X', -1, 32, "0X0P+00");
    check_float(0x0p+00, 'X', 0, 32, "0X0P+00");
    check_float(0x0p+00, 'X', 3, 32, "0X0.000P+00");
    check_float(0x0p+00, 'X', 12, 32, "0X0.000000000000P+00");
    check_float(-0x0p+00, 'e', -1, 64, "-0e+00");
    check_float(-0x0p+00, 'e', 0, 64, "-0e+00");
    check_float(-0x0p+00, 'e', 3, 64, "-0.000e+00");
    check_float(-0x0p+00, 'e', 12, 64, "-0.000000000000e+00");
    check_float(-0x0p+00, 'E', -1, 64, "-0E+00");
    check_float(-0x0p+00, 'E', 0, 64, "-0E+00");
    check_float(-0x0p+00, 'E', 3, 64, "-0.000E+00");
    check_float(-0x0p+00, 'E', 12, 64, "-0.000000000000E+00");
    check_float(-0x0p+00, 'f', -1, 64, "-0");
    check_float(-0x0p+00, 'f', 0, 64, "-0");
    check_float(-0x0p+00, 'f', 3, 64, "-0.000");
    check_float(-0x0p+00, 'f', 12, 64, "-0.000000000000");
    check_float(-0x0p+00, 'g', -1, 64, "-0");
    check_float(-0x0p+00, 'g', 0, 64, "-0");
    check_float(-0x0p+00, 'g', 3, 64, "-0");
    check_float(-0x0p+00, 'g', 12, 64, "-0");
    check_float(-0x0p+00, 'G', -1, 64, "-0");
    check_float(-0x0p+00, 'G', 0, 64, "-0");
    check_float(-0x0p+00, 'G', 3, 64, "-0");
    check_float(-0x0p+00, 'G', 12, 64, "-0");
    check_float(-0x0p+00, 'b', -1, 64, "-0p-1074");
    check_float(-0x0p+00, 'b', 0, 64, "-0p-1074");
    check_float(-0x0p+00, 'b', 3, 64, "-0p-1074");
    check_float(-0x0p+00, 'b', 12, 64, "-0p-1074");
    check_float(-0x0p+00, 'x', -1, 64, "-0x0p+00");
    check_float(-0x0p+00, 'x', 0, 64, "-0x0p+00");
    check_float(-0x0p+00, 'x', 3, 64, "-0x0.000p+00");
    check_float(-0x0p+00, 'x', 12, 64, "-0x0.000000000000p+00");
    check_float(-0x0p+00, 'X', -1, 64, "-0X0P+00");
    check_float(-0x0p+00, 'X', 0, 64, "-0X0P+00");
    check_float(-0x0p+00, 'X', 3, 64, "-0X0.000P+00");
    check_float(-0x0p+00, 'X', 12, 64, "-0X0.000000000000P+00");
    check_float(-0x0p+00, 'e', -1, 32, "-0e+00");
    check_float(-0x0p+00, 'e', 0, 32, "-0e+00");
    check_float(-0x0p+00, 'e', 3, 32, "-0.000e+00");
    check_float(-0x0p+00, 'e', 12, 32, "-0.000000000000e+00");
    check_float(-0x0p+00, 'E', -1, 32, "-0E+00");
    check_float(-0x0p+00, 'E', 0, 32, "-0E+00");
    check_float(-0x0p+00, 'E', 3, 32, "-0.000E+00");
    check_float(-0x0p+00, 'E', 12, 32, "-0.000000000000E+00");
    check_float(-0x0p+00, 'f', -1, 32, "-0");
    check_float(-0x0p+00, 'f', 0, 32, "-0");
    check_float(-0x0p+00, 'f', 3, 32, "-0.000");
    check_float(-0x0p+00, 'f', 12, 32, "-0.000000000000");
    check_float(-0x0p+00, 'g', -1, 32, "-0");
    check_float(-0x0p+00, 'g', 0, 32, "-0");
    check_float(-0x0p+00, 'g', 3, 32, "-0");
    check_float(-0x0p+00, 'g', 12, 32, "-0");
    check_float(-0x0p+00, 'G', -1, 32, "-0");
    check_float(-0x0p+00, 'G', 0, 32, "-0");
    check_float(-0x0p+00, 'G', 3, 32, "-0");
    check_float(-0x0p+00, 'G', 12, 32, "-0");
    check_float(-0x0p+00, 'b', -1, 32, "-0p-149");
    check_float(-0x0p+00, 'b', 0, 32, "-0p-149");
    check_float(-0x0p+00, 'b', 3, 32, "-0p-149");
    check_float(-0x0p+00, 'b', 12, 32, "-0p-149");
    check_float(-0x0p+00, 'x', -1, 32, "-0x0p+00");
    check_float(-0x0p+00, 'x', 0, 32, "-0x0p+00");
    check_float(-0x0p+00, 'x', 3, 32, "-0x0.000p+00");
    check_float(-0x0p+00, 'x', 12, 32, "-0x0.000000000000p+00");
    check_float(-0x0p+00, 'X', -1, 32, "-0X0P+00");
    check_float(-0x0p+00, 'X', 0, 32, "-0X0P+00");
    check_float(-0x0p+00, 'X', 3, 32, "-0X0.000P+00");
    check_float(-0x0p+00, 'X', 12, 32, "-0X0.000000000000P+00");
    check_float(0x1p+00, 'e', -1, 64, "1e+00");
    check_float(0x1p+00, 'e', 0, 64, "1e+00");
    check_float(0x1p+00, 'e', 3, 64, "1.000e+00");
    check_float(0x1p+00, 'e', 12, 64, "1.000000000000e+00");
    check_float(0x1p+00, 'E', -1, 64, "1E+00");
    check_float(0x1p+00, 'E', 0, 64, "1E+00");
    check_float(0x1p+00, 'E', 3, 64, "1.000E+00");
    check_float(0x1p+00, 'E', 12, 64, "1.000000000000E+00");
    check_float(0x1p+00, 'f', -1, 64, "1");
    check_float(0x1p+00, 'f', 0, 64, "1");
    check_float(0x1p+00, 'f', 3, 64, "1.000");
    check_float(0x1p+00, 'f', 12, 64, "1.000000000000");
    check_float(0x1p+00, 'g', -1, 64, "1");
    check_float(0x1p+00, 'g', 0, 64, "1");
    check_float(0x1p+00, 'g', 3, 64, "1");
    check_float(0x1p+00, 'g', 12, 64, "1");
    check_float(0x1p+00, 'G', -1, 64, "1");
    check_float(0x1p+00, 'G', 0, 64, "1");
    check_float(0x1p+00, 'G', 3, 64, "1");
    check_float(0x1p+00, 'G', 12, 64, "1");
    check_float(0x1p+00, 'b', -1, 64, "4503599627370496p-52");
    check_float(0x1p+00, 'b', 0, 64, "4503599627370496p-52");
    check_float(0x1p+00, 'b', 3, 64, "4503599627370496p-52");
    check_float(0x1p+00, 'b', 12, 64, "4503599627370496p-52");
    check_float(0x1p+00, 'x', -1, 64, "0x1p+00");
    check_float(0x1p+00, 'x', 0, 64, "0x1p+00");
    check_float(0x1p+00, 'x', 3, 64, "0x1.000p+00");
    check_float(0x1p+00, 'x', 12, 64, "0x1.000000000000p+00");
    check_float(0x1p+00, 'X', -1, 64, "0X1P+00");
    check_float(0x1p+00, 'X', 0, 64, "0X1P+00");
    check_float(0x1p+00, 'X', 3, 64, "0X1.000P+00");
    check_float(0x1p+00, 'X', 12, 64, "0X1.000000000000P+00");
    check_float(0x1p+00, 'e', -1, 32, "1e+00");
    check_float(0x1p+00, 'e', 0, 32, "1e+00");
    check_float(0x1p+00, 'e', 3, 32, "1.000e+00");
    check_float(0x1p+00, 'e', 12, 32, "1.000000000000e+00");
    check_float(0x1p+00, 'E', -1, 32, "1E+00");
    check_float(0x1p+00, 'E', 0, 32, "1E+00");
    check_float(0x1p+00, 'E', 3, 32, "1.000E+00");
    check_float(0x1p+00, 'E', 12, 32, "1.000000000000E+00");
    check_float(0x1p+00, 'f', -1, 32, "1");
    check_float(0x1p+00, 'f', 0, 32, "1");
    check_float(0x1p+00, 'f', 3, 32, "1.000");
    check_float(0x1p+00, 'f', 12, 32, "1.000000000000");
    check_float(0x1p+00, 'g', -1, 32, "1");
    check_float(0x1p+00, 'g', 0, 32, "1");
    check_float(0x1p+00, 'g', 3, 32, "1");
    check_float(0x1p+00, 'g', 12, 32, "1");
    check_float(0x1p+00, 'G', -1, 32, "1");
    check_float(0x1p+00, 'G', 0, 32, "1");
    check_float(0x1p+00, 'G', 3, 32, "1");
    check_float(0x1p+00, 'G', 12, 32, "1");
    check_float(0x1p+00, 'b', -1, 32, "8388608p-23");
    check_float(0x1p+00, 'b', 0, 32, "8388608p-23");
    check_float(0x1p+00, 'b', 3, 32, "8388608p-23");
    check_float(0x1p+00, 'b', 12, 32, "8388608p-23");
    check_float(0x1p+00, 'x', -1, 32, "0x1p+00");
    check_float(0x1p+00, 'x', 0, 32, "0x1p+00");
    check_float(0x1p+00, 'x', 3, 32, "0x1.000p+00");
    check_float(0x1p+00, 'x', 12, 32, "0x1.000000000000p+00");
    check_float(0x1p+00, 'X', -1, 32, "0X1P+00");
    check_float(0x1p+00, 'X', 0, 32, "0X1P+00");
    check_float(0x1p+00, 'X', 3, 32, "0X1.000P+00");
    check_float(0x1p+00, 'X', 12, 32, "0X1.000000000000P+00");
    check_float(0x1.999999999999ap-04, 'e', -1, 64, "1e-01");
    check_float(0x1.999999999999ap-04, 'e', 0, 64, "1e-01");
    check_float(0x1.999999999999ap-04, 'e', 3, 64, "1.000e-01");
    check_float(0x1.999999999999ap-04, 'e', 12, 64, "1.000000000000e-01");
    check_float(0x1.999999999999ap-04, 'E', -1, 64, "1E-01");
    check_float(0x1.999999999999ap-04, 'E', 0, 64, "1E-01");
    check_float(0x1.999999999999ap-04, 'E', 3, 64, "1.000E-01");
    check_float(0x1.999999999999ap-04, 'E', 12, 64, "1.000000000000E-01");
    check_float(0x1.999999999999ap-04, 'f', -1, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'f', 0, 64, "0");
    check_float(0x1.999999999999ap-04, 'f', 3, 64, "0.100");
    check_float(0x1.999999999999ap-04, 'f', 12, 64, "0.100000000000");
    check_float(0x1.999999999999ap-04, 'g', -1, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'g', 0, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'g', 3, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'g', 12, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'G', -1, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'G', 0, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'G', 3, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'G', 12, 64, "0.1");
    check_float(0x1.999999999999ap-04, 'b', -1, 64, "7205759403792794p-56");
    check_float(0x1.999999999999ap-04, 'b', 0, 64, "7205759403792794p-56");
    check_float(0x1.999999999999ap-04, 'b', 3, 64, "7205759403792794p-56");
    check_float(0x1.999999999999ap-04, 'b', 12, 64, "7205759403792794p-56");
    check_float(0x1.999999999999ap-04, 'x', -1, 64, "0x1.999999999999ap-04");
    check_float(0x1.999999999999ap-04, 'x', 0, 64, "0x1p-03");
    check_float(0x1.999999999999ap-04, 'x', 3, 64, "0x1.99ap-04");
    check_float(0x1.999999999999ap-04, 'x', 12, 64, "0x1.99999999999ap-04");
    check_float(0x1.999999999999ap-04, 'X', -1, 64, "0X1.999999999999AP-04");
    check_float(0x1.999999999999ap-04, 'X', 0, 64, "0X1P-03");
    check_float(0x1.999999999999ap-04, 'X', 3, 64, "0X1.99AP-04");
    check_float(0x1.999999999999ap-04, 'X', 12, 64, "0X1.99999999999AP-04");
    check_float(0x1.99999ap-04, 'e', -1, 32, "1e-01");
    check_float(0x1.99999ap-04, 'e', 0, 32, "1e-01");
    check_float(0x1.99999ap-04, 'e', 3, 32, "1.000e-01");
    check_float(0x1.99999ap-04, 'e', 12, 32, "1.000000014901e-01");
    check_float(0x1.99999ap-04, 'E', -1, 32, "1E-01");
    check_float(0x1.99999ap-04, 'E', 0, 32, "1E-01");
    check_float(0x1.99999ap-04, 'E', 3, 32, "1.000E-01");
    check_float(0x1.99999ap-04, 'E', 12, 32, "1.000000014901E-01");
    check_float(0x1.99999ap-04, 'f', -1, 32, "0.1");
    check_float(0x1.99999ap-04, 'f', 0, 32, "0");
    check_float(0x1.99999ap-04, 'f', 3, 32, "0.100");
    check_float(0x1.99999ap-04, 'f', 12, 32, "0.100000001490");
    check_float(0x1.99999ap-04, 'g', -1, 32, "0.1");
    check_float(0x1.99999ap-04, 'g', 0, 32, "0.1");
    check_float(0x1.99999ap-04, 'g', 3, 32, "0.1");
    check_float(0x1.99999ap-04, 'g', 12, 32, "0.10000000149");
    check_float(0x1.99999ap-04, 'G', -1, 32, "0.1");
    check_float(0x1.99999ap-04, 'G', 0, 32, "0.1");
    check_float(0x1.99999ap-04, 'G', 3, 32, "0.1");
    check_float(0x1.99999ap-04, 'G', 12, 32, "0.10000000149");
    check_float(0x1.99999ap-04, 'b', -1, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'b', 0, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'b', 3, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'b', 12, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'x', -1, 32, "0x1.99999ap-04");
    check_float(0x1.99999ap-04, 'x', 0, 32, "0x1p-03");
    check_float(0x1.99999ap-04, 'x', 3, 32, "0x1.99ap-04");
    check_float(0x1.99999ap-04, 'x', 12, 32, "0x1.99999a000000p-04");
    check_float(0x1.99999ap-04, 'X', -1, 32, "0X1.99999AP-04");
    check_float(0x1.99999ap-04, 'X', 0, 32, "0X1P-03");
    check_float(0x1.99999ap-04, 'X', 3, 32, "0X1.99AP-04");
    check_float(0x1.99999ap-04, 'X', 12, 32, "0X1.99999A000000P-04");
    check_float(0x1.b1ae4d6e2ef5p+69, 'e', -1, 64, "1e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'e', 0, 64, "1e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'e', 3, 64, "1.000e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'e', 12, 64, "1.000000000000e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'E', -1, 64, "1E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'E', 0, 64, "1E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'E', 3, 64, "1.000E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'E', 12, 64, "1.000000000000E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'f', -1, 64, "1000000000000000000000");
    check_float(0x1.b1ae4d6e2ef5p+69, 'f', 0, 64, "1000000000000000000000");
    check_float(0x1.b1ae4d6e2ef5p+69, 'f', 3, 64, "1000000000000000000000.000");
    check_float(0x1.b1ae4d6e2ef5p+69, 'f', 12, 64, "1000000000000000000000.000000000000");
    check_float(0x1.b1ae4d6e2ef5p+69, 'g', -1, 64, "1e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'g', 0, 64, "1e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'g', 3, 64, "1e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'g', 12, 64, "1e+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'G', -1, 64, "1E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'G', 0, 64, "1E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'G', 3, 64, "1E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'G', 12, 64, "1E+21");
    check_float(0x1.b1ae4d6e2ef5p+69, 'b', -1, 64, "7629394531250000p+17");
    check_float(0x1.b1ae4d6e2ef5p+69, 'b', 0, 64, "7629394531250000p+17");
    check_float(0x1.b1ae4d6e2ef5p+69, 'b', 3, 64, "7629394531250000p+17");
    check_float(0x1.b1ae4d6e2ef5p+69, 'b', 12, 64, "7629394531250000p+17");
    check_float(0x1.b1ae4d6e2ef5p+69, 'x', -1, 64, "0x1.b1ae4d6e2ef5p+69");
    check_float(0x1.b1ae4d6e2ef5p+69, 'x', 0, 64, "0x1p+70");
    check_float(0x1.b1ae4d6e2ef5p+69, 'x', 3, 64, "0x1.b1bp+69");
    check_float(0x1.b1ae4d6e2ef5p+69, 'x', 12, 64, "0x1.b1ae4d6e2ef5p+69");
    check_float(0x1.b1ae4d6e2ef5p+69, 'X', -1, 64, "0X1.B1AE4D6E2EF5P+69");
    check_float(0x1.b1ae4d6e2ef5p+69, 'X', 0, 64, "0X1P+70");
    check_float(0x1.b1ae4d6e2ef5p+69, 'X', 3, 64, "0X1.B1BP+69");
    check_float(0x1.b1ae4d6e2ef5p+69, 'X', 12, 64, "0X1.B1AE4D6E2EF5P+69");
    check_float(0x1.b1ae4ep+69, 'e', -1, 32, "1e+21");
    check_float(0x1.b1ae4ep+69, 'e', 0, 32, "1e+21");
    check_float(0x1.b1ae4ep+69, 'e', 3, 32, "1.000e+21");
    check_float(0x1.b1ae4ep+69, 'e', 12, 32, "1.000000020041e+21");
    check_float(0x1.b1ae4ep+69, 'E', -1, 32, "1E+21");
    check_float(0x1.b1ae4ep+69, 'E', 0, 32, "1E+21");
    check_float(0x1.b1ae4ep+69, 'E', 3, 32, "1.000E+21");
    check_float(0x1.b1ae4ep+69, 'E', 12, 32, "1.000000020041E+21");
    check_float(0x1.b1ae4ep+69, 'f', -1, 32, "1000000000000000000000");
    check_float(0x1.b1ae4ep+69, 'f', 0, 32, "1000000020040877342720");
    check_float(0x1.b1ae4ep+69, 'f', 3, 32, "1000000020040877342720.000");
    check_float(0x1.b1ae4ep+69, 'f', 12, 32, "1000000020040877342720.000000000000");
    check_float(0x1.b1ae4ep+69, 'g', -1, 32, "1e+21");
    check_float(0x1.b1ae4ep+69, 'g', 0, 32, "1e+21");
    check_float(0x1.b1ae4ep+69, 'g', 3, 32, "1e+21");
    check_float(0x1.b1ae4ep+69, 'g', 12, 32, "1.00000002004e+21");
    check_float(0x1.b1ae4ep+69, 'G', -1, 32, "1E+21");
    check_float(0x1.b1ae4ep+69, 'G', 0, 32, "1E+21");
    check_float(0x1.b1ae4ep+69, 'G', 3, 32, "1E+21");
    check_float(0x1.b1ae4ep+69, 'G', 12, 32, "1.00000002004E+21");
    check_float(0x1.b1ae4ep+69, 'b', -1, 32, "14210855p+46");
    check_float(0x1.b1ae4ep+69, 'b', 0, 32, "14210855p+46");
    check_float(0x1.b1ae4ep+69, 'b', 3, 32, "14210855p+46");
    check_float(0x1.b1ae4ep+69, 'b', 12, 32, "14210855p+46");
    check_float(0x1.b1ae4ep+69, 'x', -1, 32, "0x1.b1ae4ep+69");
    check_float(0x1.b1ae4ep+69, 'x', 0, 32, "0x1p+70");
    check_float(0x1.b1ae4ep+69, 'x', 3, 32, "0x1.b1bp+69");
    check_float(0x1.b1ae4ep+69, 'x', 12, 32, "0x1.b1ae4e000000p+69");
    check_float(0x1.b1ae4ep+69, 'X', -1, 32, "0X1.B1AE4EP+69");
    check_float(0x1.b1ae4ep+69, 'X', 0, 32, "0X1P+70");
    check_float(0x1.b1ae4ep+69, 'X', 3, 32, "0X1.B1BP+69");
    check_float(0x1.b1ae4ep+69, 'X', 12, 32, "0X1.B1AE4E000000P+69");
    check_float(0x1.5af1d78b58c4p+66, 'e', -1, 64, "1e+20");
    check_float(0x1.5af1d78b58c4p+66, 'e', 0, 64, "1e+20");
    check_float(0x1.5af1d78b58c4p+66, 'e', 3, 64, "1.000e+20");
    check_float(0x1.5af1d78b58c4p+66, 'e', 12, 64, "1.000000000000e+20");
    check_float(0x1.5af1d78b58c4p+66, 'E', -1, 64, "1E+20");
    check_float(0x1.5af1d78b58c4p+66, 'E', 0, 64, "1E+20");
    check_float(0x1.5af1d78b58c4p+66, 'E', 3, 64, "1.000E+20");
    check_float(0x1.5af1d78b58c4p+66, 'E', 12, 64, "1.000000000000E+20");
    check_float(0x1.5af1d78b58c4p+66, 'f', -1, 64, "100000000000000000000");
    check_float(0x1.5af1d78b58c4p+66, 'f', 0, 64, "100000000000000000000");
    check_float(0x1.5af1d78b58c4p+66, 'f', 3, 64, "100000000000000000000.000");
    check_float(0x1.5af1d78b58c4p+66, 'f', 12, 64, "100000000000000000000.000000000000");
    check_float(0x1.5af1d78b58c4p+66, 'g', -1, 64, "1e+20");
    check_float(0x1.5af1d78b58c4p+66, 'g', 0, 64, "1e+20");
    check_float(0x1.5af1d78b58c4p+66, 'g', 3, 64, "1e+20");
    check_float(0x1.5af1d78b58c4p+66, 'g', 12, 64, "1e+20");
    check_float(0x1.5af1d78b58c4p+66, 'G', -1, 64, "1E+20");
    check_float(0x1.5af1d78b58c4p+66, 'G', 0, 64, "1E+20");
    check_float(0x1.5af1d78b58c4p+66, 'G', 3, 64, "1E+20");
    check_float(0x1.5af1d78b58c4p+66, 'G', 12, 64, "1E+20");
    check_float(0x1.5af1d78b58c4p+66, 'b', -1, 64, "6103515625000000p+14");
    check_float(0x1.5af1d78b58c4p+66, 'b', 0, 64, "6103515625000000p+14");
    check_float(0x1.5af1d78b58c4p+66, 'b', 3, 64, "6103515625000000p+14");
    check_float(0x1.5af1d78b58c4p+66, 'b', 12, 64, "6103515625000000p+14");
    check_float(0x1.5af1d78b58c4p+66, 'x', -1, 64, "0x1.5af1d78b58c4p+66");
    check_float(0x1.5af1d78b58c4p+66, 'x', 0, 64, "0x1p+66");
    check_float(0x1.5af1d78b58c4p+66, 'x', 3, 64, "0x1.5afp+66");
    check_float(0x1.5af1d78b58c4p+66, 'x', 12, 64, "0x1.5af1d78b58c4p+66");
    check_float(0x1.5af1d78b58c4p+66, 'X', -1, 64, "0X1.5AF1D78B58C4P+66");
    check_float(0x1.5af1d78b58c4p+66, 'X', 0, 64, "0X1P+66");
    check_float(0x1.5af1d78b58c4p+66, 'X', 3, 64, "0X1.5AFP+66");
    check_float(0x1.5af1d78b58c4p+66, 'X', 12, 64, "0X1.5AF1D78B58C4P+66");
    check_float(0x1.5af1d8p+66, 'e', -1, 32, "1e+20");
    check_float(0x1.5af1d8p+66, 'e', 0, 32, "1e+20");
    check_float(0x1.5af1d8p+66, 'e', 3, 32, "1.000e+20");
    check_float(0x1.5af1d8p+66, 'e', 12, 32, "1.000000020041e+20");
    check_float(0x1.5af1d8p+66, 'E', -1, 32, "1E+20");
    check_float(0x1.5af1d8p+66, 'E', 0, 32, "1E+20");
    check_float(0x1.5af1d8p+66, 'E', 3, 32, "1.000E+20");
    check_float(0x1.5af1d8p+66, 'E', 12, 32, "1.000000020041E+20");
    check_float(0x1.5af1d8p+66, 'f', -1, 32, "100000000000000000000");
    check_float(0x1.5af1d8p+66, 'f', 0, 32, "100000002004087734272");
    check_float(0x1.5af1d8p+66, 'f', 3, 32, "100000002004087734272.000");
    check_float(0x1.5af1d8p+66, 'f', 12, 32, "100000002004087734272.000000000000");
    check_float(0x1.5af1d8p+66, 'g', -1, 32, "1e+20");
    check_float(0x1.5af1d8p+66, 'g', 0, 32, "1e+20");
    check_float(0x1.5af1d8p+66, 'g', 3, 32, "1e+20");
    check_float(0x1.5af1d8p+66, 'g', 12, 32, "1.00000002004e+20");
    check_float(0x1.5af1d8p+66, 'G', -1, 32, "1E+20");
    check_float(0x1.5af1d8p+66, 'G', 0, 32, "1E+20");
    check_float(0x1.5af1d8p+66, 'G', 3, 32, "1E+20");
    check_float(0x1.5af1d8p+66, 'G', 12, 32, "1.00000002004E+20");
    check_float(0x1.5af1d8p+66, 'b', -1, 32, "11368684p+43");
    check_float(0x1.5af1d8p+66, 'b', 0, 32, "11368684p+43");
    check_float(0x1.5af1d8p+66, 'b', 3, 32, "11368684p+43");
    check_float(0x1.5af1d8p+66, 'b', 12, 32, "11368684p+43");
    check_float(0x1.5af1d8p+66, 'x', -1, 32, "0x1.5af1d8p+66");
    check_float(0x1.5af1d8p+66, 'x', 0, 32, "0x1p+66");
    check_float(0x1.5af1d8p+66, 'x', 3, 32, "0x1.5afp+66");
    check_float(0x1.5af1d8p+66, 'x', 12, 32, "0x1.5af1d8000000p+66");
    check_float(0x1.5af1d8p+66, 'X', -1, 32, "0X1.5AF1D8P+66");
    check_float(0x1.5af1d8p+66, 'X', 0, 32, "0X1P+66");
    check_float(0x1.5af1d8p+66, 'X', 3, 32, "0X1.5AFP+66");
    check_float(0x1.5af1d8p+66, 'X', 12, 32, "0X1.5AF1D8000000P+66");
    check_float(0x1.d6f3454p+26, 'e', -1, 64, "1.23456789e+08");
    check_float(0x1.d6f3454p+26, 'e', 0, 64, "1e+08");
    check_float(0x1.d6f3454p+26, 'e', 3, 64, "1.235e+08");
    check_float(0x1.d6f3454p+26, 'e', 12, 64, "1.234567890000e+08");
    check_float(0x1.d6f3454p+26, 'E', -1, 64, "1.23456789E+08");
    check_float(0x1.d6f3454p+26, 'E', 0, 64, "1E+08");
    check_float(0x1.d6f3454p+26, 'E', 3, 64, "1.235E+08");
    check_float(0x1.d6f3454p+26, 'E', 12, 64, "1.234567890000E+08");
    check_float(0x1.d6f3454p+26, 'f', -1, 64, "123456789");
    check_float(0x1.d6f3454p+26, 'f', 0, 64, "123456789");
    check_float(0x1.d6f3454p+26, 'f', 3, 64, "123456789.000");
    check_float(0x1.d6f3454p+26, 'f', 12, 64, "123456789.000000000000");
    check_float(0x1.d6f3454p+26, 'g', -1, 64, "1.23456789e+08");
    check_float(0x1.d6f3454p+26, 'g', 0, 64, "1e+08");
    check_float(0x1.d6f3454p+26, 'g', 3, 64, "1.23e+08");
    check_float(0x1.d6f3454p+26, 'g', 12, 64, "123456789");
    check_float(0x1.d6f3454p+26, 'G', -1, 64, "1.23456789E+08");
    check_float(0x1.d6f3454p+26, 'G', 0, 64, "1E+08");
    check_float(0x1.d6f3454p+26, 'G', 3, 64, "1.23E+08");
    check_float(0x1.d6f3454p+26, 'G', 12, 64, "123456789");
    check_float(0x1.d6f3454p+26, 'b', -1, 64, "8285044862877696p-26");
    check_float(0x1.d6f3454p+26, 'b', 0, 64, "8285044862877696p-26");
    check_float(0x1.d6f3454p+26, 'b', 3, 64, "8285044862877696p-26");
    check_float(0x1.d6f3454p+26, 'b', 12, 64, "8285044862877696p-26");
    check_float(0x1.d6f3454p+26, 'x', -1, 64, "0x1.d6f3454p+26");
    check_float(0x1.d6f3454p+26, 'x', 0, 64, "0x1p+27");
    check_float(0x1.d6f3454p+26, 'x', 3, 64, "0x1.d6fp+26");
    check_float(0x1.d6f3454p+26, 'x', 12, 64, "0x1.d6f345400000p+26");
    check_float(0x1.d6f3454p+26, 'X', -1, 64, "0X1.D6F3454P+26");
    check_float(0x1.d6f3454p+26, 'X', 0, 64, "0X1P+27");
    check_float(0x1.d6f3454p+26, 'X', 3, 64, "0X1.D6FP+26");
    check_float(0x1.d6f3454p+26, 'X', 12, 64, "0X1.D6F345400000P+26");
    check_float(0x1.d6f346p+26, 'e', -1, 32, "1.2345679e+08");
    check_float(0x1.d6f346p+26, 'e', 0, 32, "1e+08");
    check_float(0x1.d6f346p+26, 'e', 3, 32, "1.235e+08");
    check_float(0x1.d6f346p+26, 'e', 12, 32, "1.234567920000e+08");
    check_float(0x1.d6f346p+26, 'E', -1, 32, "1.2345679E+08");
    check_float(0x1.d6f346p+26, 'E', 0, 32, "1E+08");
    check_float(0x1.d6f346p+26, 'E', 3, 32, "1.235E+08");
    check_float(0x1.d6f346p+26, 'E', 12, 32, "1.234567920000E+08");
    check_float(0x1.d6f346p+26, 'f', -1, 32, "123456790");
    check_float(0x1.d6f346p+26, 'f', 0, 32, "123456792");
    check_float(0x1.d6f346p+26, 'f', 3, 32, "123456792.000");
    check_float(0x1.d6f346p+26, 'f', 12, 32, "123456792.000000000000");
    check_float(0x1.d6f346p+26, 'g', -1, 32, "1.2345679e+08");
    check_float(0x1.d6f346p+26, 'g', 0, 32, "1e+08");
    check_float(0x1.d6f346p+26, 'g', 3, 32, "1.23e+08");
    check_float(0x1.d6f346p+26, 'g', 12, 32, "123456792");
    check_float(0x1.d6f346p+26, 'G', -1, 32, "1.2345679E+08");
    check_float(0x1.d6f346p+26, 'G', 0, 32, "1E+08");
    check_float(0x1.d6f346p+26, 'G', 3, 32, "1.23E+08");
    check_float(0x1.d6f346p+26, 'G', 12, 32, "123456792");
    check_float(0x1.d6f346p+26, 'b', -1, 32, "15432099p+3");
    check_float(0x1.d6f346p+26, 'b', 0, 32, "15432099p+3");
    check_float(0x1.d6f346p+26, 'b', 3, 32, "15432099p+3");
    check_float(0x1.d6f346p+26, 'b', 12, 32, "15432099p+3");
    check_float(0x1.d6f346p+26, 'x', -1, 32, "0x1.d6f346p+26");
    check_float(0x1.d6f346p+26, 'x', 0, 32, "0x1p+27");
    check_float(0x1.d6f346p+26, 'x', 3, 32, "0x1.d6fp+26");
    check_float(0x1.d6f346p+26, 'x', 12, 32, "0x1.d6f346000000p+26");
    check_float(0x1.d6f346p+26, 'X', -1, 32, "0X1.D6F346P+26");
    check_float(0x1.d6f346p+26, 'X', 0, 32, "0X1P+27");
    check_float(0x1.d6f346p+26, 'X', 3, 32, "0X1.D6FP+26");
    check_float(0x1.d6f346p+26, 'X', 12, 32, "0X1.D6F346000000P+26");
    check_float(0x1.4f8b588e368f1p-17, 'e', -1, 64, "1e-05");
    check_float(0x1.4f8b588e368f1p-17, 'e', 0, 64, "1e-05");
    check_float(0x1.4f8b588e368f1p-17, 'e', 3, 64, "1.000e-05");
    check_float(0x1.4f8b588e368f1p-17, 'e', 12, 64, "1.000000000000e-05");
    check_float(0x1.4f8b588e368f1p-17, 'E', -1, 64, "1E-05");
    check_float(0x1.4f8b588e368f1p-17, 'E', 0, 64, "1E-05");
    check_float(0x1.4f8b588e368f1p-17, 'E', 3, 64, "1.000E-05");
    check_float(0x1.4f8b588e368f1p-17, 'E', 12, 64, "1.000000000000E-05");
    check_float(0x1.4f8b588e368f1p-17, 'f', -1, 64, "0.00001");
    check_float(0x1.4f8b588e368f1p-17, 'f', 0, 64, "0");
    check_float(0x1.4f8b588e368f1p-17, 'f', 3, 64, "0.000");
    check_float(0x1.4f8b588e368f1p-17, 'f', 12, 64, "0.000010000000");
    check_float(0x1.4f8b588e368f1p-17, 'g', -1, 64, "1e-05");
    check_float(0x1.4f8b588e368f1p-17, 'g', 0, 64, "1e-05");
    check_float(0x1.4f8b588e368f1p-17, 'g', 3, 64, "1e-05");
    check_float(0x1.4f8b588e368f1p-17, 'g', 12, 64, "1e-05");
    check_float(0x1.4f8b588e368f1p-17, 'G', -1, 64, "1E-05");
    check_float(0x1.4f8b588e368f1p-17, 'G', 0, 64, "1E-05");
    check_float(0x1.4f8b588e368f1p-17, 'G', 3, 64, "1E-05");
    check_float(0x1.4f8b588e368f1p-17, 'G', 12, 64, "1E-05");
    check_float(0x1.4f8b588e368f1p-17, 'b', -1, 64, "5902958103587057p-69");
    check_float(0x1.4f8b588e368f1p-17, 'b', 0, 64, "5902958103587057p-69");
    check_float(0x1.4f8b588e368f1p-17, 'b', 3, 64, "5902958103587057p-69");
    check_float(0x1.4f8b588e368f1p-17, 'b', 12, 64, "5902958103587057p-69");
    check_float(0x1.4f8b588e368f1p-17, 'x', -1, 64, "0x1.4f8b588e368f1p-17");
    check_float(0x1.4f8b588e368f1p-17, 'x', 0, 64, "0x1p-17");
    check_float(0x1.4f8b588e368f1p-17, 'x', 3, 64, "0x1.4f9p-17");
    check_float(0x1.4f8b588e368f1p-17, 'x', 12, 64, "0x1.4f8b588e368fp-17");
    check_float(0x1.4f8b588e368f1p-17, 'X', -1, 64, "0X1.4F8B588E368F1P-17");
    check_float(0x1.4f8b588e368f1p-17, 'X', 0, 64, "0X1P-17");
    check_float(0x1.4f8b588e368f1p-17, 'X', 3, 64, "0X1.4F9P-17");
    check_float(0x1.4f8b588e368f1p-17, 'X', 12, 64, "0X1.4F8B588E368FP-17");
    check_float(0x1.4f8b58p-17, 'e', -1, 32, "1e-05");
    check_float(0x1.4f8b58p-17, 'e', 0, 32, "1e-05");
    check_float(0x1.4f8b58p-17, 'e', 3, 32, "1.000e-05");
    check_float(0x1.4f8b58p-17, 'e', 12, 32, "9.999999747379e-06");
    check_float(0x1.4f8b58p-17, 'E', -1, 32, "1E-05");
    check_float(0x1.4f8b58p-17, 'E', 0, 32, "1E-05");
    check_float(0x1.4f8b58p-17, 'E', 3, 32, "1.000E-05");
    check_float(0x1.4f8b58p-17, 'E', 12, 32, "9.999999747379E-06");
    check_float(0x1.4f8b58p-17, 'f', -1, 32, "0.00001");
    check_float(0x1.4f8b58p-17, 'f', 0, 32, "0");
    check_float(0x1.4f8b58p-17, 'f', 3, 32, "0.000");
    check_float(0x1.4f8b58p-17, 'f', 12, 32, "0.000010000000");
    check_float(0x1.4f8b58p-17, 'g', -1, 32, "1e-05");
    check_float(0x1.4f8b58p-17, 'g', 0, 32, "1e-05");
    check_float(0x1.4f8b58p-17, 'g', 3, 32, "1e-05");
    check_float(0x1.4f8b58p-17, 'g', 12, 32, "9.99999974738e-06");
    check_float(0x1.4f8b58p-17, 'G', -1, 32, "1E-05");
    check_float(0x1.4f8b58p-17, 'G', 0, 32, "1E-05");
    check_float(0x1.4f8b58p-17, 'G', 3, 32, "1E-05");
    check_float(0x1.4f8b58p-17, 'G', 12, 32, "9.99999974738E-06");
    check_float(0x1.4f8b58p-17, 'b', -1, 32, "10995116p-40");
    check_float(0x1.4f8b58p-17, 'b', 0, 32, "10995116p-40");
    check_float(0x1.4f8b58p-17, 'b', 3, 32, "10995116p-40");
    check_float(0x1.4f8b58p-17, 'b', 12, 32, "10995116p-40");
    check_float(0x1.4f8b58p-17, 'x', -1, 32, "0x1.4f8b58p-17");
    check_float(0x1.4f8b58p-17, 'x', 0, 32, "0x1p-17");
    check_float(0x1.4f8b58p-17, 'x', 3, 32, "0x1.4f9p-17");
    check_float(0x1.4f8b58p-17, 'x', 12, 32, "0x1.4f8b58000000p-17");
    check_float(0x1.4f8b58p-17, 'X', -1, 32, "0X1.4F8B58P-17");
    check_float(0x1.4f8b58p-17, 'X', 0, 32, "0X1P-17");
    check_float(0x1.4f8b58p-17, 'X', 3, 32, "0X1.4F9P-17");
    check_float(0x1.4f8b58p-17, 'X', 12, 32, "0X1.4F8B58000000P-17");
    check_float(0x1.3333333333333p-02, 'e', -1, 64, "3e-01");
    check_float(0x1.3333333333333p-02, 'e', 0, 64, "3e-01");
    check_float(0x1.3333333333333p-02, 'e', 3, 64, "3.000e-01");
    check_float(0x1.3333333333333p-02, 'e', 12, 64, "3.000000000000e-01");
    check_float(0x1.3333333333333p-02, 'E', -1, 64, "3E-01");
    check_float(0x1.3333333333333p-02, 'E', 0, 64, "3E-01");
    check_float(0x1.3333333333333p-02, 'E', 3, 64, "3.000E-01");
    check_float(0x1.3333333333333p-02, 'E', 12, 64, "3.000000000000E-01");
    check_float(0x1.3333333333333p-02, 'f', -1, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'f', 0, 64, "0");
    check_float(0x1.3333333333333p-02, 'f', 3, 64, "0.300");
    check_float(0x1.3333333333333p-02, 'f', 12, 64, "0.300000000000");
    check_float(0x1.3333333333333p-02, 'g', -1, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'g', 0, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'g', 3, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'g', 12, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'G', -1, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'G', 0, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'G', 3, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'G', 12, 64, "0.3");
    check_float(0x1.3333333333333p-02, 'b', -1, 64, "5404319552844595p-54");
    check_float(0x1.3333333333333p-02, 'b', 0, 64, "5404319552844595p-54");
    check_float(0x1.3333333333333p-02, 'b', 3, 64, "5404319552844595p-54");
    check_float(0x1.3333333333333p-02, 'b', 12, 64, "5404319552844595p-54");
    check_float(0x1.3333333333333p-02, 'x', -1, 64, "0x1.3333333333333p-02");
    check_float(0x1.3333333333333p-02, 'x', 0, 64, "0x1p-02");
    check_float(0x1.3333333333333p-02, 'x', 3, 64, "0x1.333p-02");
    check_float(0x1.3333333333333p-02, 'x', 12, 64, "0x1.333333333333p-02");
    check_float(0x1.3333333333333p-02, 'X', -1, 64, "0X1.3333333333333P-02");
    check_float(0x1.3333333333333p-02, 'X', 0, 64, "0X1P-02");
    check_float(0x1.3333333333333p-02, 'X', 3, 64, "0X1.333P-02");
    check_float(0x1.3333333333333p-02, 'X', 12, 64, "0X1.333333333333P-02");
    check_float(0x1.333334p-02, 'e', -1, 32, "3e-01");
    check_float(0x1.333334p-02, 'e', 0, 32, "3e-01");
    check_float(0x1.333334p-02, 'e', 3, 32, "3.000e-01");
    check_float(0x1.333334p-02, 'e', 12, 32, "3.000000119209e-01");
    check_float(0x1.333334p-02, 'E', -1, 32, "3E-01");
    check_float(0x1.333334p-02, 'E', 0, 32, "3E-01");
    check_float(0x1.333334p-02, 'E', 3, 32, "3.000E-01");
    check_float(0x1.333334p-02, 'E', 12, 32, "3.000000119209E-01");
    check_float(0x1.333334p-02, 'f', -1, 32, "0.3");
    check_float(0x1.333334p-02, 'f', 0, 32, "0");
    check_float(0x1.333334p-02, 'f', 3, 32, "0.300");
    check_float(0x1.333334p-02, 'f', 12, 32, "0.300000011921");
    check_float(0x1.333334p-02, 'g', -1, 32, "0.3");
    check_float(0x1.333334p-02, 'g', 0, 32, "0.3");
    check_float(0x1.333334p-02, 'g', 3, 32, "0.3");
    check_float(0x1.333334p-02, 'g', 12, 32, "0.300000011921");
    check_float(0x1.333334p-02, 'G', -1, 32, "0.3");
    check_float(0x1.333334p-02, 'G', 0, 32, "0.3");
    check_float(0x1.333334p-02, 'G', 3, 32, "0.3");
    check_float(0x1.333334p-02, 'G', 12, 32, "0.300000011921");
    check_float(0x1.333334p-02, 'b', -1, 32, "10066330p-25");
    check_float(0x1.333334p-02, 'b', 0, 32, "10066330p-25");
    check_float(0x1.333334p-02, 'b', 3, 32, "10066330p-25");
    check_float(0x1.333334p-02, 'b', 12, 32, "10066330p-25");
    check_float(0x1.333334p-02, 'x', -1, 32, "0x1.333334p-02");
    check_float(0x1.333334p-02, 'x', 0, 32, "0x1p-02");
    check_float(0x1.333334p-02, 'x', 3, 32, "0x1.333p-02");
    check_float(0x1.333334p-02, 'x', 12, 32, "0x1.333334000000p-02");
    check_float(0x1.333334p-02, 'X', -1, 32, "0X1.333334P-02");
    check_float(0x1.333334p-02, 'X', 0, 32, "0X1P-02");
    check_float(0x1.333334p-02, 'X', 3, 32, "0X1.333P-02");
    check_float(0x1.333334p-02, 'X', 12, 32, "0X1.333334000000P-02");
    check_float(0x1p-1074, 'e', -1, 64, "5e-324");
    check_float(0x1p-1074, 'e', 0, 64, "5e-324");
    check_float(0x1p-1074, 'e', 3, 64, "4.941e-324");
    check_float(0x1p-1074, 'e', 12, 64, "4.940656458412e-324");
    check_float(0x1p-1074, 'E', -1, 64, "5E-324");
    check_float(0x1p-1074, 'E', 0, 64, "5E-324");
    check_float(0x1p-1074, 'E', 3, 64, "4.941E-324");
    check_float(0x1p-1074, 'E', 12, 64, "4.940656458412E-324");
    check_float(0x1p-1074, 'f', -1, 64,
                "0."
                "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                "000000000000000000000000000000000000000000000000000000000000000000000000000005");
    check_float(0x1p-1074, 'f', 0, 64, "0");
    check_float(0x1p-1074, 'f', 3, 64, "0.000");
    check_float(0x1p-1074, 'f', 12, 64, "0.000000000000");
    check_float(0x1p-1074, 'g', -1, 64, "5e-324");
    check_float(0x1p-1074, 'g', 0, 64, "5e-324");
    check_float(0x1p-1074, 'g', 3, 64, "4.94e-324");
    check_float(0x1p-1074, 'g', 12, 64, "4.94065645841e-324");
    check_float(0x1p-1074, 'G', -1, 64, "5E-324");
    check_float(0x1p-1074, 'G', 0, 64, "5E-324");
    check_float(0x1p-1074, 'G', 3, 64, "4.94E-324");
    check_float(0x1p-1074, 'G', 12, 64, "4.94065645841E-324");
    check_float(0x1p-1074, 'b', -1, 64, "1p-1074");
    check_float(0x1p-1074, 'b', 0, 64, "1p-1074");
    check_float(0x1p-1074, 'b', 3, 64, "1p-1074");
    check_float(0x1p-1074, 'b', 12, 64, "1p-1074");
    check_float(0x1p-1074, 'x', -1, 64, "0x1p-1074");
    check_float(0x1p-1074, 'x', 0, 64, "0x1p-1074");
    check_float(0x1p-1074, 'x', 3, 64, "0x1.000p-1074");
    check_float(0x1p-1074, 'x', 12, 64, "0x1.000000000000p-1074");
    check_float(0x1p-1074, 'X', -1, 64, "0X1P-1074");
    check_float(0x1p-1074, 'X', 0, 64, "0X1P-1074");
    check_float(0x1p-1074, 'X', 3, 64, "0X1.000P-1074");
    check_float(0x1p-1074, 'X', 12, 64, "0X1.000000000000P-1074");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 0, 32, "0e+00");
    check_float(0x0p+00, 'e', 3, 32, "0.000e+00");
    check_float(0x0p+00, 'e', 12, 32, "0.000000000000e+00");
    check_float(0x0p+00, 'E', -1, 32, "0E+00");
    check_float(0x0p+00, 'E', 0, 32, "0E+00");
    check_float(0x0p+00, 'E', 3, 32, "0.000E+00");
    check_float(0x0p+00, 'E', 12, 32, "0.000000000000E+00");
    check_float(0x0p+00, 'f', -1, 32, "0");
    check_float(0x0p+00, 'f', 0, 32, "0");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'f', 12, 32, "0.000000000000");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'g', 0, 32, "0");
    check_float(0x0p+00, 'g', 3, 32, "0");
    check_float(0x0p+00, 'g', 12, 32, "0");
    check_float(0x0p+00, 'G', -1, 32, "0");
    check_float(0x0p+00, 'G', 0, 32, "0");
    check_float(0x0p+00, 'G', 3, 32, "0");
    check_float(0x0p+00, 'G', 12, 32, "0");
    check_float(0x0p+00, 'b', -1, 32, "0p-149");
    check_float(0x0p+00, 'b', 0, 32, "0p-149");
    check_float(0x0p+00, 'b', 3, 32, "0p-149");
    check_float(0x0p+00, 'b', 12, 32, "0p-149");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'x', 0, 32, "0x0p+00");
    check_float(0x0p+00, 'x', 3, 32, "0x0.000p+00");
    check_float(0x0p+00, 'x', 12, 32, "0x0.000000000000p+00");
    check_float(0x0p+00, 'X', -1, 32, "0X0P+00");
    check_float(0x0p+00, 'X', 0, 32, "0X0P+00");
    check_float(0x0p+00, 'X', 3, 32, "0X0.000P+00");
    check_float(0x0p+00, 'X', 12, 32, "0X0.000000000000P+00");
    check_float(0x1.fffffffffffffp+1023, 'e', -1, 64, "1.7976931348623157e+308");
    check_float(0x1.fffffffffffffp+1023, 'e', 0, 64, "2e+308");
    check_float(0x1.fffffffffffffp+1023, 'e', 3, 64, "1.798e+308");
    check_float(0x1.fffffffffffffp+1023, 'e', 12, 64, "1.797693134862e+308");
    check_float(0x1.fffffffffffffp+1023, 'E', -1, 64, "1.7976931348623157E+308");
    check_float(0x1.fffffffffffffp+1023, 'E', 0, 64, "2E+308");
    check_float(0x1.fffffffffffffp+1023, 'E', 3, 64, "1.798E+308");
    check_float(0x1.fffffffffffffp+1023, 'E', 12, 64, "1.797693134862E+308");
    check_float(0x1.fffffffffffffp+1023, 'f', -1, 64,
                "1797693134862315700000000000000000000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                "000000000000000000000000000000000000000000000000000000000000000");
    check_float(0x1.fffffffffffffp+1023, 'g', -1, 64, "1.7976931348623157e+308");
    check_float(0x1.fffffffffffffp+1023, 'g', 0, 64, "2e+308");
    check_float(0x1.fffffffffffffp+1023, 'g', 3, 64, "1.8e+308");
    check_float(0x1.fffffffffffffp+1023, 'g', 12, 64, "1.79769313486e+308");
    check_float(0x1.fffffffffffffp+1023, 'G', -1, 64, "1.7976931348623157E+308");
    check_float(0x1.fffffffffffffp+1023, 'G', 0, 64, "2E+308");
    check_float(0x1.fffffffffffffp+1023, 'G', 3, 64, "1.8E+308");
    check_float(0x1.fffffffffffffp+1023, 'G', 12, 64, "1.79769313486E+308");
    check_float(0x1.fffffffffffffp+1023, 'b', -1, 64, "9007199254740991p+971");
    check_float(0x1.fffffffffffffp+1023, 'b', 0, 64, "9007199254740991p+971");
    check_float(0x1.fffffffffffffp+1023, 'b', 3, 64, "9007199254740991p+971");
    check_float(0x1.fffffffffffffp+1023, 'b', 12, 64, "9007199254740991p+971");
    check_float(0x1.fffffffffffffp+1023, 'x', -1, 64, "0x1.fffffffffffffp+1023");
    check_float(0x1.fffffffffffffp+1023, 'x', 0, 64, "0x1p+1024");
    check_float(0x1.fffffffffffffp+1023, 'x', 3, 64, "0x1.000p+1024");
    check_float(0x1.fffffffffffffp+1023, 'x', 12, 64, "0x1.000000000000p+1024");
    check_float(0x1.fffffffffffffp+1023, 'X', -1, 64, "0X1.FFFFFFFFFFFFFP+1023");
    check_float(0x1.fffffffffffffp+1023, 'X', 0, 64, "0X1P+1024");
    check_float(0x1.fffffffffffffp+1023, 'X', 3, 64, "0X1.000P+1024");
    check_float(0x1.fffffffffffffp+1023, 'X', 12, 64, "0X1.000000000000P+1024");
    check_float(INFINITY, 'e', -1, 32, "+Inf");
    check_float(INFINITY, 'e', 0, 32, "+Inf");
    check_float(INFINITY, 'e', 3, 32, "+Inf");
    check_float(INFINITY, 'e', 12, 32, "+Inf");
    check_float(INFINITY, 'E', -1, 32, "+Inf");
    check_float(INFINITY, 'E', 0, 32, "+Inf");
    check_float(INFINITY, 'E', 3, 32, "+Inf");
    check_float(INFINITY, 'E', 12, 32, "+Inf");
    check_float(INFINITY, 'f', -1, 32, "+Inf");
    check_float(INFINITY, 'g', -1, 32, "+Inf");
    check_float(INFINITY, 'g', 0, 32, "+Inf");
    check_float(INFINITY, 'g', 3, 32, "+Inf");
    check_float(INFINITY, 'g', 12, 32, "+Inf");
    check_float(INFINITY, 'G', -1, 32, "+Inf");
    check_float(INFINITY, 'G', 0, 32, "+Inf");
    check_float(INFINITY, 'G', 3, 32, "+Inf");
    check_float(INFINITY, 'G', 12, 32, "+Inf");
    check_float(INFINITY, 'b', -1, 32, "+Inf");
    check_float(INFINITY, 'b', 0, 32, "+Inf");
    check_float(INFINITY, 'b', 3, 32, "+Inf");
    check_float(INFINITY, 'b', 12, 32, "+Inf");
    check_float(INFINITY, 'x', -1, 32, "+Inf");
    check_float(INFINITY, 'x', 0, 32, "+Inf");
    check_float(INFINITY, 'x', 3, 32, "+Inf");
    check_float(INFINITY, 'x', 12, 32, "+Inf");
    check_float(INFINITY, 'X', -1, 32, "+Inf");
    check_float(INFINITY, 'X', 0, 32, "+Inf");
    check_float(INFINITY, 'X', 3, 32, "+Inf");
    check_float(INFINITY, 'X', 12, 32, "+Inf");
    check_float(NAN, 'e', -1, 64, "NaN");
    check_float(NAN, 'e', 0, 64, "NaN");
    check_float(NAN, 'e', 3, 64, "NaN");
    check_float(NAN, 'e', 12, 64, "NaN");
    check_float(NAN, 'E', -1, 64, "NaN");
    check_float(NAN, 'E', 0, 64, "NaN");
    check_float(NAN, 'E', 3, 64, "NaN");
    check_float(NAN, 'E', 12, 64, "NaN");
    check_float(NAN, 'f', -1, 64, "NaN");
    check_float(NAN, 'f', 0, 64, "NaN");
    check_float(NAN, 'f', 3, 64, "NaN");
    check_float(NAN, 'f', 12, 64, "NaN");
    check_float(NAN, 'g', -1, 64, "NaN");
    check_float(NAN, 'g', 0, 64, "NaN");
    check_float(NAN, 'g', 3, 64, "NaN");
    check_float(NAN, 'g', 12, 64, "NaN");
    check_float(NAN, 'G', -1, 64, "NaN");
    check_float(NAN, 'G', 0, 64, "NaN");
    check_float(NAN, 'G', 3, 64, "NaN");
    check_float(NAN, 'G', 12, 64, "NaN");
    check_float(NAN, 'b', -1, 64, "NaN");
    check_float(NAN, 'b', 0, 64, "NaN");
    check_float(NAN, 'b', 3, 64, "NaN");
    check_float(NAN, 'b', 12, 64, "NaN");
    check_float(NAN, 'x', -1, 64, "NaN");
    check_float(NAN, 'x', 0, 64, "NaN");
    check_float(NAN, 'x', 3, 64, "NaN");
    check_float(NAN, 'x', 12, 64, "NaN");
    check_float(NAN, 'X', -1, 64, "NaN");
    check_float(NAN, 'X', 0, 64, "NaN");
    check_float(NAN, 'X', 3, 64, "NaN");
    check_float(NAN, 'X', 12, 64, "NaN");
    check_float(NAN, 'e', -1, 32, "NaN");
    check_float(NAN, 'e', 0, 32, "NaN");
    check_float(NAN, 'e', 3, 32, "NaN");
    check_float(NAN, 'e', 12, 32, "NaN");
    check_float(NAN, 'E', -1, 32, "NaN");
    check_float(NAN, 'E', 0, 32, "NaN");
    check_float(NAN, 'E', 3, 32, "NaN");
    check_float(NAN, 'E', 12, 32, "NaN");
    check_float(NAN, 'f', -1, 32, "NaN");
    check_float(NAN, 'f', 0, 32, "NaN");
    check_float(NAN, 'f', 3, 32, "NaN");
    check_float(NAN, 'f', 12, 32, "NaN");
    check_float(NAN, 'g', -1, 32, "NaN");
    check_float(NAN, 'g', 0, 32, "NaN");
    check_float(NAN, 'g', 3, 32, "NaN");
    check_float(NAN, 'g', 12, 32, "NaN");
    check_float(NAN, 'G', -1, 32, "NaN");
    check_float(NAN, 'G', 0, 32, "NaN");
    check_float(NAN, 'G', 3, 32, "NaN");
    check_float(NAN, 'G', 12, 32, "NaN");
    check_float(NAN, 'b', -1, 32, "NaN");
    check_float(NAN, 'b', 0, 32, "NaN");
    check_float(NAN, 'b', 3, 32, "NaN");
    check_float(NAN, 'b', 12, 32, "NaN");
    check_float(NAN, 'x', -1, 32, "NaN");
    check_float(NAN, 'x', 0, 32, "NaN");
    check_float(NAN, 'x', 3, 32, "NaN");
    check_float(NAN, 'x', 12, 32, "NaN");
    check_float(NAN, 'X', -1, 32, "NaN");
    check_float(NAN, 'X', 0, 32, "NaN");
    check_float(NAN, 'X', 3, 32, "NaN");
    check_float(NAN, 'X', 12, 32, "NaN");
    check_float(INFINITY, 'e', -1, 64, "+Inf");
    check_float(INFINITY, 'e', 0, 64, "+Inf");
    check_float(INFINITY, 'e', 3, 64, "+Inf");
    check_float(INFINITY, 'e', 12, 64, "+Inf");
    check_float(INFINITY, 'E', -1, 64, "+Inf");
    check_float(INFINITY, 'E', 0, 64, "+Inf");
    check_float(INFINITY, 'E', 3, 64, "+Inf");
    check_float(INFINITY, 'E', 12, 64, "+Inf");
    check_float(INFINITY, 'f', -1, 64, "+Inf");
    check_float(INFINITY, 'g', -1, 64, "+Inf");
    check_float(INFINITY, 'g', 0, 64, "+Inf");
    check_float(INFINITY, 'g', 3, 64, "+Inf");
    check_float(INFINITY, 'g', 12, 64, "+Inf");
    check_float(INFINITY, 'G', -1, 64, "+Inf");
    check_float(INFINITY, 'G', 0, 64, "+Inf");
    check_float(INFINITY, 'G', 3, 64, "+Inf");
    check_float(INFINITY, 'G', 12, 64, "+Inf");
    check_float(INFINITY, 'b', -1, 64, "+Inf");
    check_float(INFINITY, 'b', 0, 64, "+Inf");
    check_float(INFINITY, 'b', 3, 64, "+Inf");
    check_float(INFINITY, 'b', 12, 64, "+Inf");
    check_float(INFINITY, 'x', -1, 64, "+Inf");
    check_float(INFINITY, 'x', 0, 64, "+Inf");
    check_float(INFINITY, 'x', 3, 64, "+Inf");
    check_float(INFINITY, 'x', 12, 64, "+Inf");
    check_float(INFINITY, 'X', -1, 64, "+Inf");
    check_float(INFINITY, 'X', 0, 64, "+Inf");
    check_float(INFINITY, 'X', 3, 64, "+Inf");
    check_float(INFINITY, 'X', 12, 64, "+Inf");
    check_float(INFINITY, 'e', -1, 32, "+Inf");
    check_float(INFINITY, 'e', 0, 32, "+Inf");
    check_float(INFINITY, 'e', 3, 32, "+Inf");
    check_float(INFINITY, 'e', 12, 32, "+Inf");
    check_float(INFINITY, 'E', -1, 32, "+Inf");
    check_float(INFINITY, 'E', 0, 32, "+Inf");
    check_float(INFINITY, 'E', 3, 32, "+Inf");
    check_float(INFINITY, 'E', 12, 32, "+Inf");
    check_float(INFINITY, 'f', -1, 32, "+Inf");
    check_float(INFINITY, 'g', -1, 32, "+Inf");
    check_float(INFINITY, 'g', 0, 32, "+Inf");
    check_float(INFINITY, 'g', 3, 32, "+Inf");
    check_float(INFINITY, 'g', 12, 32, "+Inf");
    check_float(INFINITY, 'G', -1, 32, "+Inf");
    check_float(INFINITY, 'G', 0, 32, "+Inf");
    check_float(INFINITY, 'G', 3, 32, "+Inf");
    check_float(INFINITY, 'G', 12, 32, "+Inf");
    check_float(INFINITY, 'b', -1, 32, "+Inf");
    check_float(INFINITY, 'b', 0, 32, "+Inf");
    check_float(INFINITY, 'b', 3, 32, "+Inf");
    check_float(INFINITY, 'b', 12, 32, "+Inf");
    check_float(INFINITY, 'x', -1, 32, "+Inf");
    check_float(INFINITY, 'x', 0, 32, "+Inf");
    check_float(INFINITY, 'x', 3, 32, "+Inf");
    check_float(INFINITY, 'x', 12, 32, "+Inf");
    check_float(INFINITY, 'X', -1, 32, "+Inf");
    check_float(INFINITY, 'X', 0, 32, "+Inf");
    check_float(INFINITY, 'X', 3, 32, "+Inf");
    check_float(INFINITY, 'X', 12, 32, "+Inf");
    check_float(-INFINITY, 'e', -1, 64, "-Inf");
    check_float(-INFINITY, 'e', 0, 64, "-Inf");
    check_float(-INFINITY, 'e', 3, 64, "-Inf");
    check_float(-INFINITY, 'e', 12, 64, "-Inf");
    check_float(-INFINITY, 'E', -1, 64, "-Inf");
    check_float(-INFINITY, 'E', 0, 64, "-Inf");
    check_float(-INFINITY, 'E', 3, 64, "-Inf");
    check_float(-INFINITY, 'E', 12, 64, "-Inf");
    check_float(-INFINITY, 'f', -1, 64, "-Inf");
    check_float(-INFINITY, 'g', -1, 64, "-Inf");
    check_float(-INFINITY, 'g', 0, 64, "-Inf");
    check_float(-INFINITY, 'g', 3, 64, "-Inf");
    check_float(-INFINITY, 'g', 12, 64, "-Inf");
    check_float(-INFINITY, 'G', -1, 64, "-Inf");
    check_float(-INFINITY, 'G', 0, 64, "-Inf");
    check_float(-INFINITY, 'G', 3, 64, "-Inf");
    check_float(-INFINITY, 'G', 12, 64, "-Inf");
    check_float(-INFINITY, 'b', -1, 64, "-Inf");
    check_float(-INFINITY, 'b', 0, 64, "-Inf");
    check_float(-INFINITY, 'b', 3, 64, "-Inf");
    check_float(-INFINITY, 'b', 12, 64, "-Inf");
    check_float(-INFINITY, 'x', -1, 64, "-Inf");
    check_float(-INFINITY, 'x', 0, 64, "-Inf");
    check_float(-INFINITY, 'x', 3, 64, "-Inf");
    check_float(-INFINITY, 'x', 12, 64, "-Inf");
    check_float(-INFINITY, 'X', -1, 64, "-Inf");
    check_float(-INFINITY, 'X', 0, 64, "-Inf");
    check_float(-INFINITY, 'X', 3, 64, "-Inf");
    check_float(-INFINITY, 'X', 12, 64, "-Inf");
    check_float(-INFINITY, 'e', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', 0, 32, "-Inf");
    check_float(-INFINITY, 'e', 3, 32, "-Inf");
    check_float(-INFINITY, 'e', 12, 32, "-Inf");
    check_float(-INFINITY, 'E', -1, 32, "-Inf");
    check_float(-INFINITY, 'E', 0, 32, "-Inf");
    check_float(-INFINITY, 'E', 3, 32, "-Inf");
    check_float(-INFINITY, 'E', 12, 32, "-Inf");
    check_float(-INFINITY, 'f', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', 0, 32, "-Inf");
    check_float(-INFINITY, 'g', 3, 32, "-Inf");
    check_float(-INFINITY, 'g', 12, 32, "-Inf");
    check_float(-INFINITY, 'G', -1, 32, "-Inf");
    check_float(-INFINITY, 'G', 0, 32, "-Inf");
    check_float(-INFINITY, 'G', 3, 32, "-Inf");
    check_float(-INFINITY, 'G', 12, 32, "-Inf");
    check_float(-INFINITY, 'b', -1, 32, "-Inf");
    check_float(-INFINITY, 'b', 0, 32, "-Inf");
    check_float(-INFINITY, 'b', 3, 32, "-Inf");
    check_float(-INFINITY, 'b', 12, 32, "-Inf");
    check_float(-INFINITY, 'x', -1, 32, "-Inf");
    check_float(-INFINITY, 'x', 0, 32, "-Inf");
    check_float(-INFINITY, 'x', 3, 32, "-Inf");
    check_float(-INFINITY, 'x', 12, 32, "-Inf");
    check_float(-INFINITY, 'X', -1, 32, "-Inf");
    check_float(-INFINITY, 'X', 0, 32, "-Inf");
    check_float(-INFINITY, 'X', 3, 32, "-Inf");
    check_float(-INFINITY, 'X', 12, 32, "-Inf");
    check_float(0x1.5555555555555p-02, 'e', -1, 64, "3.333333333333333e-01");
    check_float(0x1.5555555555555p-02, 'e', 0, 64, "3e-01");
    check_float(0x1.5555555555555p-02, 'e', 3, 64, "3.333e-01");
    check_float(0x1.5555555555555p-02, 'e', 12, 64, "3.333333333333e-01");
    check_float(0x1.5555555555555p-02, 'E', -1, 64, "3.333333333333333E-01");
    check_float(0x1.5555555555555p-02, 'E', 0, 64, "3E-01");
    check_float(0x1.5555555555555p-02, 'E', 3, 64, "3.333E-01");
    check_float(0x1.5555555555555p-02, 'E', 12, 64, "3.333333333333E-01");
    check_float(0x1.5555555555555p-02, 'f', -1, 64, "0.3333333333333333");
    check_float(0x1.5555555555555p-02, 'f', 0, 64, "0");
    check_float(0x1.5555555555555p-02, 'f', 3, 64, "0.333");
    check_float(0x1.5555555555555p-02, 'f', 12, 64, "0.333333333333");
    check_float(0x1.5555555555555p-02, 'g', -1, 64, "0.3333333333333333");
    check_float(0x1.5555555555555p-02, 'g', 0, 64, "0.3");
    check_float(0x1.5555555555555p-02, 'g', 3, 64, "0.333");
    check_float(0x1.5555555555555p-02, 'g', 12, 64, "0.333333333333");
    check_float(0x1.5555555555555p-02, 'G', -1, 64, "0.3333333333333333");
    check_float(0x1.5555555555555p-02, 'G', 0, 64, "0.3");
    check_float(0x1.5555555555555p-02, 'G', 3, 64, "0.333");
    check_float(0x1.5555555555555p-02, 'G', 12, 64, "0.333333333333");
    check_float(0x1.5555555555555p-02, 'b', -1, 64, "6004799503160661p-54");
    check_float(0x1.5555555555555p-02, 'b', 0, 64, "6004799503160661p-54");
    check_float(0x1.5555555555555p-02, 'b', 3, 64, "6004799503160661p-54");
    check_float(0x1.5555555555555p-02, 'b', 12, 64, "6004799503160661p-54");
    check_float(0x1.5555555555555p-02, 'x', -1, 64, "0x1.5555555555555p-02");
    check_float(0x1.5555555555555p-02, 'x', 0, 64, "0x1p-02");
    check_float(0x1.5555555555555p-02, 'x', 3, 64, "0x1.555p-02");
    check_float(0x1.5555555555555p-02, 'x', 12, 64, "0x1.555555555555p-02");
    check_float(0x1.5555555555555p-02, 'X', -1, 64, "0X1.5555555555555P-02");
    check_float(0x1.5555555555555p-02, 'X', 0, 64, "0X1P-02");
    check_float(0x1.5555555555555p-02, 'X', 3, 64, "0X1.555P-02");
    check_float(0x1.5555555555555p-02, 'X', 12, 64, "0X1.555555555555P-02");
    check_float(0x1.555556p-02, 'e', -1, 32, "3.3333334e-01");
    check_float(0x1.555556p-02, 'e', 0, 32, "3e-01");
    check_float(0x1.555556p-02, 'e', 3, 32, "3.333e-01");
    check_float(0x1.555556p-02, 'e', 12, 32, "3.333333432674e-01");
    check_float(0x1.555556p-02, 'E', -1, 32, "3.3333334E-01");
    check_float(0x1.555556p-02, 'E', 0, 32, "3E-01");
    check_float(0x1.555556p-02, 'E', 3, 32, "3.333E-01");
    check_float(0x1.555556p-02, 'E', 12, 32, "3.333333432674E-01");
    check_float(0x1.555556p-02, 'f', -1, 32, "0.33333334");
    check_float(0x1.555556p-02, 'f', 0, 32, "0");
    check_float(0x1.555556p-02, 'f', 3, 32, "0.333");
    check_float(0x1.555556p-02, 'f', 12, 32, "0.333333343267");
    check_float(0x1.555556p-02, 'g', -1, 32, "0.33333334");
    check_float(0x1.555556p-02, 'g', 0, 32, "0.3");
    check_float(0x1.555556p-02, 'g', 3, 32, "0.333");
    check_float(0x1.555556p-02, 'g', 12, 32, "0.333333343267");
    check_float(0x1.555556p-02, 'G', -1, 32, "0.33333334");
    check_float(0x1.555556p-02, 'G', 0, 32, "0.3");
    check_float(0x1.555556p-02, 'G', 3, 32, "0.333");
    check_float(0x1.555556p-02, 'G', 12, 32, "0.333333343267");
    check_float(0x1.555556p-02, 'b', -1, 32, "11184811p-25");
    check_float(0x1.555556p-02, 'b', 0, 32, "11184811p-25");
    check_float(0x1.555556p-02, 'b', 3, 32, "11184811p-25");
    check_float(0x1.555556p-02, 'b', 12, 32, "11184811p-25");
    check_float(0x1.555556p-02, 'x', -1, 32, "0x1.555556p-02");
    check_float(0x1.555556p-02, 'x', 0, 32, "0x1p-02");
    check_float(0x1.555556p-02, 'x', 3, 32, "0x1.555p-02");
    check_float(0x1.555556p-02, 'x', 12, 32, "0x1.555556000000p-02");
    check_float(0x1.555556p-02, 'X', -1, 32, "0X1.555556P-02");
    check_float(0x1.555556p-02, 'X', 0, 32, "0X1P-02");
    check_float(0x1.555556p-02, 'X', 3, 32, "0X1.555P-02");
    check_float(0x1.555556p-02, 'X', 12, 32, "0X1.555556000000P-02");
    check_float(0x1.4p+01, 'e', -1, 64, "2.5e+00");
    check_float(0x1.4p+01, 'e', 0, 64, "2e+00");
    check_float(0x1.4p+01, 'e', 3, 64, "2.500e+00");
    check_float(0x1.4p+01, 'e', 12, 64, "2.500000000000e+00");
    check_float(0x1.4p+01, 'E', -1, 64, "2.5E+00");
    check_float(0x1.4p+01, 'E', 0, 64, "2E+00");
    check_float(0x1.4p+01, 'E', 3, 64, "2.500E+00");
    check_float(0x1.4p+01, 'E', 12, 64, "2.500000000000E+00");
    check_float(0x1.4p+01, 'f', -1, 64, "2.5");
    check_float(0x1.4p+01, 'f', 0, 64, "2");
    check_float(0x1.4p+01, 'f', 3, 64, "2.500");
    check_float(0x1.4p+01, 'f', 12, 64, "2.500000000000");
    check_float(0x1.4p+01, 'g', -1, 64, "2.5");
    check_float(0x1.4p+01, 'g', 0, 64, "2");
    check_float(0x1.4p+01, 'g', 3, 64, "2.5");
    check_float(0x1.4p+01, 'g', 12, 64, "2.5");
    check_float(0x1.4p+01, 'G', -1, 64, "2.5");
    check_float(0x1.4p+01, 'G', 0, 64, "2");
    check_float(0x1.4p+01, 'G', 3, 64, "2.5");
    check_float(0x1.4p+01, 'G', 12, 64, "2.5");
    check_float(0x1.4p+01, 'b', -1, 64, "5629499534213120p-51");
    check_float(0x1.4p+01, 'b', 0, 64, "5629499534213120p-51");
    check_float(0x1.4p+01, 'b', 3, 64, "5629499534213120p-51");
    check_float(0x1.4p+01, 'b', 12, 64, "5629499534213120p-51");
    check_float(0x1.4p+01, 'x', -1, 64, "0x1.4p+01");
    check_float(0x1.4p+01, 'x', 0, 64, "0x1p+01");
    check_float(0x1.4p+01, 'x', 3, 64, "0x1.400p+01");
    check_float(0x1.4p+01, 'x', 12, 64, "0x1.400000000000p+01");
    check_float(0x1.4p+01, 'X', -1, 64, "0X1.4P+01");
    check_float(0x1.4p+01, 'X', 0, 64, "0X1P+01");
    check_float(0x1.4p+01, 'X', 3, 64, "0X1.400P+01");
    check_float(0x1.4p+01, 'X', 12, 64, "0X1.400000000000P+01");
    check_float(0x1.4p+01, 'e', -1, 32, "2.5e+00");
    check_float(0x1.4p+01, 'e', 0, 32, "2e+00");
    check_float(0x1.4p+01, 'e', 3, 32, "2.500e+00");
    check_float(0x1.4p+01, 'e', 12, 32, "2.500000000000e+00");
    check_float(0x1.4p+01, 'E', -1, 32, "2.5E+00");
    check_float(0x1.4p+01, 'E', 0, 32, "2E+00");
    check_float(0x1.4p+01, 'E', 3, 32, "2.500E+00");
    check_float(0x1.4p+01, 'E', 12, 32, "2.500000000000E+00");
    check_float(0x1.4p+01, 'f', -1, 32, "2.5");
    check_float(0x1.4p+01, 'f', 0, 32, "2");
    check_float(0x1.4p+01, 'f', 3, 32, "2.500");
    check_float(0x1.4p+01, 'f', 12, 32, "2.500000000000");
    check_float(0x1.4p+01, 'g', -1, 32, "2.5");
    check_float(0x1.4p+01, 'g', 0, 32, "2");
    check_float(0x1.4p+01, 'g', 3, 32, "2.5");
    check_float(0x1.4p+01, 'g', 12, 32, "2.5");
    check_float(0x1.4p+01, 'G', -1, 32, "2.5");
    check_float(0x1.4p+01, 'G', 0, 32, "2");
    check_float(0x1.4p+01, 'G', 3, 32, "2.5");
    check_float(0x1.4p+01, 'G', 12, 32, "2.5");
    check_float(0x1.4p+01, 'b', -1, 32, "10485760p-22");
    check_float(0x1.4p+01, 'b', 0, 32, "10485760p-22");
    check_float(0x1.4p+01, 'b', 3, 32, "10485760p-22");
    check_float(0x1.4p+01, 'b', 12, 32, "10485760p-22");
    check_float(0x1.4p+01, 'x', -1, 32, "0x1.4p+01");
    check_float(0x1.4p+01, 'x', 0, 32, "0x1p+01");
    check_float(0x1.4p+01, 'x', 3, 32, "0x1.400p+01");
    check_float(0x1.4p+01, 'x', 12, 32, "0x1.400000000000p+01");
    check_float(0x1.4p+01, 'X', -1, 32, "0X1.4P+01");
    check_float(0x1.4p+01, 'X', 0, 32, "0X1P+01");
    check_float(0x1.4p+01, 'X', 3, 32, "0X1.400P+01");
    check_float(0x1.4p+01, 'X', 12, 32, "0X1.400000000000P+01");
    check_float(0x1.52d02c7e14af6p+76, 'e', -1, 64, "1e+23");
    check_float(0x1.52d02c7e14af6p+76, 'e', 0, 64, "1e+23");
    check_float(0x1.52d02c7e14af6p+76, 'e', 3, 64, "1.000e+23");
    check_float(0x1.52d02c7e14af6p+76, 'e', 12, 64, "1.000000000000e+23");
    check_float(0x1.52d02c7e14af6p+76, 'E', -1, 64, "1E+23");
    check_float(0x1.52d02c7e14af6p+76, 'E', 0, 64, "1E+23");
    check_float(0x1.52d02c7e14af6p+76, 'E', 3, 64, "1.000E+23");
    check_float(0x1.52d02c7e14af6p+76, 'E', 12, 64, "1.000000000000E+23");
    check_float(0x1.52d02c7e14af6p+76, 'f', -1, 64, "100000000000000000000000");
    check_float(0x1.52d02c7e14af6p+76, 'f', 0, 64, "99999999999999991611392");
    check_float(0x1.52d02c7e14af6p+76, 'f', 3, 64, "99999999999999991611392.000");
    check_float(0x1.52d02c7e14af6p+76, 'f', 12, 64, "99999999999999991611392.000000000000");
    check_float(0x1.52d02c7e14af6p+76, 'g', -1, 64, "1e+23");
    check_float(0x1.52d02c7e14af6p+76, 'g', 0, 64, "1e+23");
    check_float(0x1.52d02c7e14af6p+76, 'g', 3, 64, "1e+23");
    check_float(0x1.52d02c7e14af6p+76, 'g', 12, 64, "1e+23");
    check_float(0x1.52d02c7e14af6p+76, 'G', -1, 64, "1E+23");
    check_float(0x1.52d02c7e14af6p+76, 'G', 0, 64, "1E+23");
    check_float(0x1.52d02c7e14af6p+76, 'G', 3, 64, "1E+23");
    check_float(0x1.52d02c7e14af6p+76, 'G', 12, 64, "1E+23");
    check_float(0x1.52d02c7e14af6p+76, 'b', -1, 64, "5960464477539062p+24");
    check_float(0x1.52d02c7e14af6p+76, 'b', 0, 64, "5960464477539062p+24");
    check_float(0x1.52d02c7e14af6p+76, 'b', 3, 64, "5960464477539062p+24");
    check_float(0x1.52d02c7e14af6p+76, 'b', 12, 64, "5960464477539062p+24");
    check_float(0x1.52d02c7e14af6p+76, 'x', -1, 64, "0x1.52d02c7e14af6p+76");
    check_float(0x1.52d02c7e14af6p+76, 'x', 0, 64, "0x1p+76");
    check_float(0x1.52d02c7e14af6p+76, 'x', 3, 64, "0x1.52dp+76");
    check_float(0x1.52d02c7e14af6p+76, 'x', 12, 64, "0x1.52d02c7e14afp+76");
    check_float(0x1.52d02c7e14af6p+76, 'X', -1, 64, "0X1.52D02C7E14AF6P+76");
    check_float(0x1.52d02c7e14af6p+76, 'X', 0, 64, "0X1P+76");
    check_float(0x1.52d02c7e14af6p+76, 'X', 3, 64, "0X1.52DP+76");
    check_float(0x1.52d02c7e14af6p+76, 'X', 12, 64, "0X1.52D02C7E14AFP+76");
    check_float(0x1.52d02cp+76, 'e', -1, 32, "1e+23");
    check_float(0x1.52d02cp+76, 'e', 0, 32, "1e+23");
    check_float(0x1.52d02cp+76, 'e', 3, 32, "1.000e+23");
    check_float(0x1.52d02cp+76, 'e', 12, 32, "9.999999778196e+22");
    check_float(0x1.52d02cp+76, 'E', -1, 32, "1E+23");
    check_float(0x1.52d02cp+76, 'E', 0, 32, "1E+23");
    check_float(0x1.52d02cp+76, 'E', 3, 32, "1.000E+23");
    check_float(0x1.52d02cp+76, 'E', 12, 32, "9.999999778196E+22");
    check_float(0x1.52d02cp+76, 'f', -1, 32, "100000000000000000000000");
    check_float(0x1.52d02cp+76, 'f', 0, 32, "99999997781963083612160");
    check_float(0x1.52d02cp+76, 'f', 3, 32, "99999997781963083612160.000");
    check_float(0x1.52d02cp+76, 'f', 12, 32, "99999997781963083612160.000000000000");
    check_float(0x1.52d02cp+76, 'g', -1, 32, "1e+23");
    check_float(0x1.52d02cp+76, 'g', 0, 32, "1e+23");
    check_float(0x1.52d02cp+76, 'g', 3, 32, "1e+23");
    check_float(0x1.52d02cp+76, 'g', 12, 32, "9.9999997782e+22");
    check_float(0x1.52d02cp+76, 'G', -1, 32, "1E+23");
    check_float(0x1.52d02cp+76, 'G', 0, 32, "1E+23");
    check_float(0x1.52d02cp+76, 'G', 3, 32, "1E+23");
    check_float(0x1.52d02cp+76, 'G', 12, 32, "9.9999997782E+22");
    check_float(0x1.52d02cp+76, 'b', -1, 32, "11102230p+53");
    check_float(0x1.52d02cp+76, 'b', 0, 32, "11102230p+53");
    check_float(0x1.52d02cp+76, 'b', 3, 32, "11102230p+53");
    check_float(0x1.52d02cp+76, 'b', 12, 32, "11102230p+53");
    check_float(0x1.52d02cp+76, 'x', -1, 32, "0x1.52d02cp+76");
    check_float(0x1.52d02cp+76, 'x', 0, 32, "0x1p+76");
    check_float(0x1.52d02cp+76, 'x', 3, 32, "0x1.52dp+76");
    check_float(0x1.52d02cp+76, 'x', 12, 32, "0x1.52d02c000000p+76");
    check_float(0x1.52d02cp+76, 'X', -1, 32, "0X1.52D02CP+76");
    check_float(0x1.52d02cp+76, 'X', 0, 32, "0X1P+76");
    check_float(0x1.52d02cp+76, 'X', 3, 32, "0X1.52DP+76");
    check_float(0x1.52d02cp+76, 'X', 12, 32, "0X1.52D02C000000P+76");
    check_float(0x1p+53, 'e', -1, 64, "9.007199254740992e+15");
    check_float(0x1p+53, 'e', 0, 64, "9e+15");
    check_float(0x1p+53, 'e', 3, 64, "9.007e+15");
    check_float(0x1p+53, 'e', 12, 64, "9.007199254741e+15");
    check_float(0x1p+53, 'E', -1, 64, "9.007199254740992E+15");
    check_float(0x1p+53, 'E', 0, 64, "9E+15");
    check_float(0x1p+53, 'E', 3, 64, "9.007E+15");
    check_float(0x1p+53, 'E', 12, 64, "9.007199254741E+15");
    check_float(0x1p+53, 'f', -1, 64, "9007199254740992");
    check_float(0x1p+53, 'f', 0, 64, "9007199254740992");
    check_float(0x1p+53, 'f', 3, 64, "9007199254740992.000");
    check_float(0x1p+53, 'f', 12, 64, "9007199254740992.000000000000");
    check_float(0x1p+53, 'g', -1, 64, "9.007199254740992e+15");
    check_float(0x1p+53, 'g', 0, 64, "9e+15");
    check_float(0x1p+53, 'g', 3, 64, "9.01e+15");
    check_float(0x1p+53, 'g', 12, 64, "9.00719925474e+15");
    check_float(0x1p+53, 'G', -1, 64, "9.007199254740992E+15");
    check_float(0x1p+53, 'G', 0, 64, "9E+15");
    check_float(0x1p+53, 'G', 3, 64, "9.01E+15");
    check_float(0x1p+53, 'G', 12, 64, "9.00719925474E+15");
    check_float(0x1p+53, 'b', -1, 64, "4503599627370496p+1");
    check_float(0x1p+53, 'b', 0, 64, "4503599627370496p+1");
    check_float(0x1p+53, 'b', 3, 64, "4503599627370496p+1");
    check_float(0x1p+53, 'b', 12, 64, "4503599627370496p+1");
    check_float(0x1p+53, 'x', -1, 64, "0x1p+53");
    check_float(0x1p+53, 'x', 0, 64, "0x1p+53");
    check_float(0x1p+53, 'x', 3, 64, "0x1.000p+53");
    check_float(0x1p+53, 'x', 12, 64, "0x1.000000000000p+53");
    check_float(0x1p+53, 'X', -1, 64, "0X1P+53");
    check_float(0x1p+53, 'X', 0, 64, "0X1P+53");
    check_float(0x1p+53, 'X', 3, 64, "0X1.000P+53");
    check_float(0x1p+53, 'X', 12, 64, "0X1.000000000000P+53");
    check_float(0x1p+53, 'e', -1, 32, "9.007199e+15");
    check_float(0x1p+53, 'e', 0, 32, "9e+15");
    check_float(0x1p+53, 'e', 3, 32, "9.007e+15");
    check_float(0x1p+53, 'e', 12, 32, "9.007199254741e+15");
    check_float(0x1p+53, 'E', -1, 32, "9.007199E+15");
    check_float(0x1p+53, 'E', 0, 32, "9E+15");
    check_float(0x1p+53, 'E', 3, 32, "9.007E+15");
    check_float(0x1p+53, 'E', 12, 32, "9.007199254741E+15");
    check_float(0x1p+53, 'f', -1, 32, "9007199000000000");
    check_float(0x1p+53, 'f', 0, 32, "9007199254740992");
    check_float(0x1p+53, 'f', 3, 32, "9007199254740992.000");
    check_float(0x1p+53, 'f', 12, 32, "9007199254740992.000000000000");
    check_float(0x1p+53, 'g', -1, 32, "9.007199e+15");
    check_float(0x1p+53, 'g', 0, 32, "9e+15");
    check_float(0x1p+53, 'g', 3, 32, "9.01e+15");
    check_float(0x1p+53, 'g', 12, 32, "9.00719925474e+15");
    check_float(0x1p+53, 'G', -1, 32, "9.007199E+15");
    check_float(0x1p+53, 'G', 0, 32, "9E+15");
    check_float(0x1p+53, 'G', 3, 32, "9.01E+15");
    check_float(0x1p+53, 'G', 12, 32, "9.00719925474E+15");
    check_float(0x1p+53, 'b', -1, 32, "8388608p+30");
    check_float(0x1p+53, 'b', 0, 32, "8388608p+30");
    check_float(0x1p+53, 'b', 3, 32, "8388608p+30");
    check_float(0x1p+53, 'b', 12, 32, "8388608p+30");
    check_float(0x1p+53, 'x', -1, 32, "0x1p+53");
    check_float(0x1p+53, 'x', 0, 32, "0x1p+53");
    check_float(0x1p+53, 'x', 3, 32, "0x1.000p+53");
    check_float(0x1p+53, 'x', 12, 32, "0x1.000000000000p+53");
    check_float(0x1p+53, 'X', -1, 32, "0X1P+53");
    check_float(0x1p+53, 'X', 0, 32, "0X1P+53");
    check_float(0x1p+53, 'X', 3, 32, "0X1.000P+53");
    check_float(0x1p+53, 'X', 12, 32, "0X1.000000000000P+53");
    check_float(0x1.99999ap-04, 'e', -1, 64, "1.0000000149011612e-01");
    check_float(0x1.99999ap-04, 'e', 0, 64, "1e-01");
    check_float(0x1.99999ap-04, 'e', 3, 64, "1.000e-01");
    check_float(0x1.99999ap-04, 'e', 12, 64, "1.000000014901e-01");
    check_float(0x1.99999ap-04, 'E', -1, 64, "1.0000000149011612E-01");
    check_float(0x1.99999ap-04, 'E', 0, 64, "1E-01");
    check_float(0x1.99999ap-04, 'E', 3, 64, "1.000E-01");
    check_float(0x1.99999ap-04, 'E', 12, 64, "1.000000014901E-01");
    check_float(0x1.99999ap-04, 'f', -1, 64, "0.10000000149011612");
    check_float(0x1.99999ap-04, 'f', 0, 64, "0");
    check_float(0x1.99999ap-04, 'f', 3, 64, "0.100");
    check_float(0x1.99999ap-04, 'f', 12, 64, "0.100000001490");
    check_float(0x1.99999ap-04, 'g', -1, 64, "0.10000000149011612");
    check_float(0x1.99999ap-04, 'g', 0, 64, "0.1");
    check_float(0x1.99999ap-04, 'g', 3, 64, "0.1");
    check_float(0x1.99999ap-04, 'g', 12, 64, "0.10000000149");
    check_float(0x1.99999ap-04, 'G', -1, 64, "0.10000000149011612");
    check_float(0x1.99999ap-04, 'G', 0, 64, "0.1");
    check_float(0x1.99999ap-04, 'G', 3, 64, "0.1");
    check_float(0x1.99999ap-04, 'G', 12, 64, "0.10000000149");
    check_float(0x1.99999ap-04, 'b', -1, 64, "7205759511166976p-56");
    check_float(0x1.99999ap-04, 'b', 0, 64, "7205759511166976p-56");
    check_float(0x1.99999ap-04, 'b', 3, 64, "7205759511166976p-56");
    check_float(0x1.99999ap-04, 'b', 12, 64, "7205759511166976p-56");
    check_float(0x1.99999ap-04, 'x', -1, 64, "0x1.99999ap-04");
    check_float(0x1.99999ap-04, 'x', 0, 64, "0x1p-03");
    check_float(0x1.99999ap-04, 'x', 3, 64, "0x1.99ap-04");
    check_float(0x1.99999ap-04, 'x', 12, 64, "0x1.99999a000000p-04");
    check_float(0x1.99999ap-04, 'X', -1, 64, "0X1.99999AP-04");
    check_float(0x1.99999ap-04, 'X', 0, 64, "0X1P-03");
    check_float(0x1.99999ap-04, 'X', 3, 64, "0X1.99AP-04");
    check_float(0x1.99999ap-04, 'X', 12, 64, "0X1.99999A000000P-04");
    check_float(0x1.99999ap-04, 'e', -1, 32, "1e-01");
    check_float(0x1.99999ap-04, 'e', 0, 32, "1e-01");
    check_float(0x1.99999ap-04, 'e', 3, 32, "1.000e-01");
    check_float(0x1.99999ap-04, 'e', 12, 32, "1.000000014901e-01");
    check_float(0x1.99999ap-04, 'E', -1, 32, "1E-01");
    check_float(0x1.99999ap-04, 'E', 0, 32, "1E-01");
    check_float(0x1.99999ap-04, 'E', 3, 32, "1.000E-01");
    check_float(0x1.99999ap-04, 'E', 12, 32, "1.000000014901E-01");
    check_float(0x1.99999ap-04, 'f', -1, 32, "0.1");
    check_float(0x1.99999ap-04, 'f', 0, 32, "0");
    check_float(0x1.99999ap-04, 'f', 3, 32, "0.100");
    check_float(0x1.99999ap-04, 'f', 12, 32, "0.100000001490");
    check_float(0x1.99999ap-04, 'g', -1, 32, "0.1");
    check_float(0x1.99999ap-04, 'g', 0, 32, "0.1");
    check_float(0x1.99999ap-04, 'g', 3, 32, "0.1");
    check_float(0x1.99999ap-04, 'g', 12, 32, "0.10000000149");
    check_float(0x1.99999ap-04, 'G', -1, 32, "0.1");
    check_float(0x1.99999ap-04, 'G', 0, 32, "0.1");
    check_float(0x1.99999ap-04, 'G', 3, 32, "0.1");
    check_float(0x1.99999ap-04, 'G', 12, 32, "0.10000000149");
    check_float(0x1.99999ap-04, 'b', -1, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'b', 0, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'b', 3, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'b', 12, 32, "13421773p-27");
    check_float(0x1.99999ap-04, 'x', -1, 32, "0x1.99999ap-04");
    check_float(0x1.99999ap-04, 'x', 0, 32, "0x1p-03");
    check_float(0x1.99999ap-04, 'x', 3, 32, "0x1.99ap-04");
    check_float(0x1.99999ap-04, 'x', 12, 32, "0x1.99999a000000p-04");
    check_float(0x1.99999ap-04, 'X', -1, 32, "0X1.99999AP-04");
    check_float(0x1.99999ap-04, 'X', 0, 32, "0X1P-03");
    check_float(0x1.99999ap-04, 'X', 3, 32, "0X1.99AP-04");
    check_float(0x1.99999ap-04, 'X', 12, 32, "0X1.99999A000000P-04");
    check_float(0x1.fffffep+127, 'e', -1, 64, "3.4028234663852886e+38");
    check_float(0x1.fffffep+127, 'e', 0, 64, "3e+38");
    check_float(0x1.fffffep+127, 'e', 3, 64, "3.403e+38");
    check_float(0x1.fffffep+127, 'e', 12, 64, "3.402823466385e+38");
    check_float(0x1.fffffep+127, 'E', -1, 64, "3.4028234663852886E+38");
    check_float(0x1.fffffep+127, 'E', 0, 64, "3E+38");
    check_float(0x1.fffffep+127, 'E', 3, 64, "3.403E+38");
    check_float(0x1.fffffep+127, 'E', 12, 64, "3.402823466385E+38");
    check_float(0x1.fffffep+127, 'f', -1, 64, "340282346638528860000000000000000000000");
    check_float(0x1.fffffep+127, 'g', -1, 64, "3.4028234663852886e+38");
    check_float(0x1.fffffep+127, 'g', 0, 64, "3e+38");
    check_float(0x1.fffffep+127, 'g', 3, 64, "3.4e+38");
    check_float(0x1.fffffep+127, 'g', 12, 64, "3.40282346639e+38");
    check_float(0x1.fffffep+127, 'G', -1, 64, "3.4028234663852886E+38");
    check_float(0x1.fffffep+127, 'G', 0, 64, "3E+38");
    check_float(0x1.fffffep+127, 'G', 3, 64, "3.4E+38");
    check_float(0x1.fffffep+127, 'G', 12, 64, "3.40282346639E+38");
    check_float(0x1.fffffep+127, 'b', -1, 64, "9007198717870080p+75");
    check_float(0x1.fffffep+127, 'b', 0, 64, "9007198717870080p+75");
    check_float(0x1.fffffep+127, 'b', 3, 64, "9007198717870080p+75");
    check_float(0x1.fffffep+127, 'b', 12, 64, "9007198717870080p+75");
    check_float(0x1.fffffep+127, 'x', -1, 64, "0x1.fffffep+127");
    check_float(0x1.fffffep+127, 'x', 0, 64, "0x1p+128");
    check_float(0x1.fffffep+127, 'x', 3, 64, "0x1.000p+128");
    check_float(0x1.fffffep+127, 'x', 12, 64, "0x1.fffffe000000p+127");
    check_float(0x1.fffffep+127, 'X', -1, 64, "0X1.FFFFFEP+127");
    check_float(0x1.fffffep+127, 'X', 0, 64, "0X1P+128");
    check_float(0x1.fffffep+127, 'X', 3, 64, "0X1.000P+128");
    check_float(0x1.fffffep+127, 'X', 12, 64, "0X1.FFFFFE000000P+127");
    check_float(0x1.fffffep+127, 'e', -1, 32, "3.4028235e+38");
    check_float(0x1.fffffep+127, 'e', 0, 32, "3e+38");
    check_float(0x1.fffffep+127, 'e', 3, 32, "3.403e+38");
    check_float(0x1.fffffep+127, 'e', 12, 32, "3.402823466385e+38");
    check_float(0x1.fffffep+127, 'E', -1, 32, "3.4028235E+38");
    check_float(0x1.fffffep+127, 'E', 0, 32, "3E+38");
    check_float(0x1.fffffep+127, 'E', 3, 32, "3.403E+38");
    check_float(0x1.fffffep+127, 'E', 12, 32, "3.402823466385E+38");
    check_float(0x1.fffffep+127, 'f', -1, 32, "340282350000000000000000000000000000000");
    check_float(0x1.fffffep+127, 'g', -1, 32, "3.4028235e+38");
    check_float(0x1.fffffep+127, 'g', 0, 32, "3e+38");
    check_float(0x1.fffffep+127, 'g', 3, 32, "3.4e+38");
    check_float(0x1.fffffep+127, 'g', 12, 32, "3.40282346639e+38");
    check_float(0x1.fffffep+127, 'G', -1, 32, "3.4028235E+38");
    check_float(0x1.fffffep+127, 'G', 0, 32, "3E+38");
    check_float(0x1.fffffep+127, 'G', 3, 32, "3.4E+38");
    check_float(0x1.fffffep+127, 'G', 12, 32, "3.40282346639E+38");
    check_float(0x1.fffffep+127, 'b', -1, 32, "16777215p+104");
    check_float(0x1.fffffep+127, 'b', 0, 32, "16777215p+104");
    check_float(0x1.fffffep+127, 'b', 3, 32, "16777215p+104");
    check_float(0x1.fffffep+127, 'b', 12, 32, "16777215p+104");
    check_float(0x1.fffffep+127, 'x', -1, 32, "0x1.fffffep+127");
    check_float(0x1.fffffep+127, 'x', 0, 32, "0x1p+128");
    check_float(0x1.fffffep+127, 'x', 3, 32, "0x1.000p+128");
    check_float(0x1.fffffep+127, 'x', 12, 32, "0x1.fffffe000000p+127");
    check_float(0x1.fffffep+127, 'X', -1, 32, "0X1.FFFFFEP+127");
    check_float(0x1.fffffep+127, 'X', 0, 32, "0X1P+128");
    check_float(0x1.fffffep+127, 'X', 3, 32, "0X1.000P+128");
    check_float(0x1.fffffep+127, 'X', 12, 32, "0X1.FFFFFE000000P+127");
    check_float(0x1p-149, 'e', -1, 64, "1.401298464324817e-45");
    check_float(0x1p-149, 'e', 0, 64, "1e-45");
    check_float(0x1p-149, 'e', 3, 64, "1.401e-45");
    check_float(0x1p-149, 'e', 12, 64, "1.401298464325e-45");
    check_float(0x1p-149, 'E', -1, 64, "1.401298464324817E-45");
    check_float(0x1p-149, 'E', 0, 64, "1E-45");
    check_float(0x1p-149, 'E', 3, 64, "1.401E-45");
    check_float(0x1p-149, 'E', 12, 64, "1.401298464325E-45");
    check_float(0x1p-149, 'f', -1, 64,
                "0.000000000000000000000000000000000000000000001401298464324817");
    check_float(0x1p-149, 'f', 0, 64, "0");
    check_float(0x1p-149, 'f', 3, 64, "0.000");
    check_float(0x1p-149, 'f', 12, 64, "0.000000000000");
    check_float(0x1p-149, 'g', -1, 64, "1.401298464324817e-45");
    check_float(0x1p-149, 'g', 0, 64, "1e-45");
    check_float(0x1p-149, 'g', 3, 64, "1.4e-45");
    check_float(0x1p-149, 'g', 12, 64, "1.40129846432e-45");
    check_float(0x1p-149, 'G', -1, 64, "1.401298464324817E-45");
    check_float(0x1p-149, 'G', 0, 64, "1E-45");
    check_float(0x1p-149, 'G', 3, 64, "1.4E-45");
    check_float(0x1p-149, 'G', 12, 64, "1.40129846432E-45");
    check_float(0x1p-149, 'b', -1, 64, "4503599627370496p-201");
    check_float(0x1p-149, 'b', 0, 64, "4503599627370496p-201");
    check_float(0x1p-149, 'b', 3, 64, "4503599627370496p-201");
    check_float(0x1p-149, 'b', 12, 64, "4503599627370496p-201");
    check_float(0x1p-149, 'x', -1, 64, "0x1p-149");
    check_float(0x1p-149, 'x', 0, 64, "0x1p-149");
    check_float(0x1p-149, 'x', 3, 64, "0x1.000p-149");
    check_float(0x1p-149, 'x', 12, 64, "0x1.000000000000p-149");
    check_float(0x1p-149, 'X', -1, 64, "0X1P-149");
    check_float(0x1p-149, 'X', 0, 64, "0X1P-149");
    check_float(0x1p-149, 'X', 3, 64, "0X1.000P-149");
    check_float(0x1p-149, 'X', 12, 64, "0X1.000000000000P-149");
    check_float(0x1p-149, 'e', -1, 32, "1e-45");
    check_float(0x1p-149, 'e', 0, 32, "1e-45");
    check_float(0x1p-149, 'e', 3, 32, "1.401e-45");
    check_float(0x1p-149, 'e', 12, 32, "1.401298464325e-45");
    check_float(0x1p-149, 'E', -1, 32, "1E-45");
    check_float(0x1p-149, 'E', 0, 32, "1E-45");
    check_float(0x1p-149, 'E', 3, 32, "1.401E-45");
    check_float(0x1p-149, 'E', 12, 32, "1.401298464325E-45");
    check_float(0x1p-149, 'f', -1, 32, "0.000000000000000000000000000000000000000000001");
    check_float(0x1p-149, 'f', 0, 32, "0");
    check_float(0x1p-149, 'f', 3, 32, "0.000");
    check_float(0x1p-149, 'f', 12, 32, "0.000000000000");
    check_float(0x1p-149, 'g', -1, 32, "1e-45");
    check_float(0x1p-149, 'g', 0, 32, "1e-45");
    check_float(0x1p-149, 'g', 3, 32, "1.4e-45");
    check_float(0x1p-149, 'g', 12, 32, "1.40129846432e-45");
    check_float(0x1p-149, 'G', -1, 32, "1E-45");
    check_float(0x1p-149, 'G', 0, 32, "1E-45");
    check_float(0x1p-149, 'G', 3, 32, "1.4E-45");
    check_float(0x1p-149, 'G', 12, 32, "1.40129846432E-45");
    check_float(0x1p-149, 'b', -1, 32, "1p-149");
    check_float(0x1p-149, 'b', 0, 32, "1p-149");
    check_float(0x1p-149, 'b', 3, 32, "1p-149");
    check_float(0x1p-149, 'b', 12, 32, "1p-149");
    check_float(0x1p-149, 'x', -1, 32, "0x1p-149");
    check_float(0x1p-149, 'x', 0, 32, "0x1p-149");
    check_float(0x1p-149, 'x', 3, 32, "0x1.000p-149");
    check_float(0x1p-149, 'x', 12, 32, "0x1.000000000000p-149");
    check_float(0x1p-149, 'X', -1, 32, "0X1P-149");
    check_float(0x1p-149, 'X', 0, 32, "0X1P-149");
    check_float(0x1p-149, 'X', 3, 32, "0X1.000P-149");
    check_float(0x1p-149, 'X', 12, 32, "0X1.000000000000P-149");
    check_float(0x1.02e85be111841p-13, 'e', -1, 64, "1.23456789e-04");
    check_float(0x1.02e85be111841p-13, 'e', 0, 64, "1e-04");
    check_float(0x1.02e85be111841p-13, 'e', 3, 64, "1.235e-04");
    check_float(0x1.02e85be111841p-13, 'e', 12, 64, "1.234567890000e-04");
    check_float(0x1.02e85be111841p-13, 'E', -1, 64, "1.23456789E-04");
    check_float(0x1.02e85be111841p-13, 'E', 0, 64, "1E-04");
    check_float(0x1.02e85be111841p-13, 'E', 3, 64, "1.235E-04");
    check_float(0x1.02e85be111841p-13, 'E', 12, 64, "1.234567890000E-04");
    check_float(0x1.02e85be111841p-13, 'f', -1, 64, "0.000123456789");
    check_float(0x1.02e85be111841p-13, 'f', 0, 64, "0");
    check_float(0x1.02e85be111841p-13, 'f', 3, 64, "0.000");
    check_float(0x1.02e85be111841p-13, 'f', 12, 64, "0.000123456789");
    check_float(0x1.02e85be111841p-13, 'g', -1, 64, "0.000123456789");
    check_float(0x1.02e85be111841p-13, 'g', 0, 64, "0.0001");
    check_float(0x1.02e85be111841p-13, 'g', 3, 64, "0.000123");
    check_float(0x1.02e85be111841p-13, 'g', 12, 64, "0.000123456789");
    check_float(0x1.02e85be111841p-13, 'G', -1, 64, "0.000123456789");
    check_float(0x1.02e85be111841p-13, 'G', 0, 64, "0.0001");
    check_float(0x1.02e85be111841p-13, 'G', 3, 64, "0.000123");
    check_float(0x1.02e85be111841p-13, 'G', 12, 64, "0.000123456789");
    check_float(0x1.02e85be111841p-13, 'b', -1, 64, "4554751581689921p-65");
    check_float(0x1.02e85be111841p-13, 'b', 0, 64, "4554751581689921p-65");
    check_float(0x1.02e85be111841p-13, 'b', 3, 64, "4554751581689921p-65");
    check_float(0x1.02e85be111841p-13, 'b', 12, 64, "4554751581689921p-65");
    check_float(0x1.02e85be111841p-13, 'x', -1, 64, "0x1.02e85be111841p-13");
    check_float(0x1.02e85be111841p-13, 'x', 0, 64, "0x1p-13");
    check_float(0x1.02e85be111841p-13, 'x', 3, 64, "0x1.02fp-13");
    check_float(0x1.02e85be111841p-13, 'x', 12, 64, "0x1.02e85be11184p-13");
    check_float(0x1.02e85be111841p-13, 'X', -1, 64, "0X1.02E85BE111841P-13");
    check_float(0x1.02e85be111841p-13, 'X', 0, 64, "0X1P-13");
    check_float(0x1.02e85be111841p-13, 'X', 3, 64, "0X1.02FP-13");
    check_float(0x1.02e85be111841p-13, 'X', 12, 64, "0X1.02E85BE11184P-13");
    check_float(0x1.02e85cp-13, 'e', -1, 32, "1.2345679e-04");
    check_float(0x1.02e85cp-13, 'e', 0, 32, "1e-04");
    check_float(0x1.02e85cp-13, 'e', 3, 32, "1.235e-04");
    check_float(0x1.02e85cp-13, 'e', 12, 32, "1.234567898791e-04");
    check_float(0x1.02e85cp-13, 'E', -1, 32, "1.2345679E-04");
    check_float(0x1.02e85cp-13, 'E', 0, 32, "1E-04");
    check_float(0x1.02e85cp-13, 'E', 3, 32, "1.235E-04");
    check_float(0x1.02e85cp-13, 'E', 12, 32, "1.234567898791E-04");
    check_float(0x1.02e85cp-13, 'f', -1, 32, "0.00012345679");
    check_float(0x1.02e85cp-13, 'f', 0, 32, "0");
    check_float(0x1.02e85cp-13, 'f', 3, 32, "0.000");
    check_float(0x1.02e85cp-13, 'f', 12, 32, "0.000123456790");
    check_float(0x1.02e85cp-13, 'g', -1, 32, "0.00012345679");
    check_float(0x1.02e85cp-13, 'g', 0, 32, "0.0001");
    check_float(0x1.02e85cp-13, 'g', 3, 32, "0.000123");
    check_float(0x1.02e85cp-13, 'g', 12, 32, "0.000123456789879");
    check_float(0x1.02e85cp-13, 'G', -1, 32, "0.00012345679");
    check_float(0x1.02e85cp-13, 'G', 0, 32, "0.0001");
    check_float(0x1.02e85cp-13, 'G', 3, 32, "0.000123");
    check_float(0x1.02e85cp-13, 'G', 12, 32, "0.000123456789879");
    check_float(0x1.02e85cp-13, 'b', -1, 32, "8483886p-36");
    check_float(0x1.02e85cp-13, 'b', 0, 32, "8483886p-36");
    check_float(0x1.02e85cp-13, 'b', 3, 32, "8483886p-36");
    check_float(0x1.02e85cp-13, 'b', 12, 32, "8483886p-36");
    check_float(0x1.02e85cp-13, 'x', -1, 32, "0x1.02e85cp-13");
    check_float(0x1.02e85cp-13, 'x', 0, 32, "0x1p-13");
    check_float(0x1.02e85cp-13, 'x', 3, 32, "0x1.02fp-13");
    check_float(0x1.02e85cp-13, 'x', 12, 32, "0x1.02e85c000000p-13");
    check_float(0x1.02e85cp-13, 'X', -1, 32, "0X1.02E85CP-13");
    check_float(0x1.02e85cp-13, 'X', 0, 32, "0X1P-13");
    check_float(0x1.02e85cp-13, 'X', 3, 32, "0X1.02FP-13");
    check_float(0x1.02e85cp-13, 'X', 12, 32, "0X1.02E85C000000P-13");
    check_float(0x1.d6f34588fbe77p+29, 'e', -1, 64, "9.87654321123e+08");
    check_float(0x1.d6f34588fbe77p+29, 'e', 0, 64, "1e+09");
    check_float(0x1.d6f34588fbe77p+29, 'e', 3, 64, "9.877e+08");
    check_float(0x1.d6f34588fbe77p+29, 'e', 12, 64, "9.876543211230e+08");
    check_float(0x1.d6f34588fbe77p+29, 'E', -1, 64, "9.87654321123E+08");
    check_float(0x1.d6f34588fbe77p+29, 'E', 0, 64, "1E+09");
    check_float(0x1.d6f34588fbe77p+29, 'E', 3, 64, "9.877E+08");
    check_float(0x1.d6f34588fbe77p+29, 'E', 12, 64, "9.876543211230E+08");
    check_float(0x1.d6f34588fbe77p+29, 'f', -1, 64, "987654321.123");
    check_float(0x1.d6f34588fbe77p+29, 'f', 0, 64, "987654321");
    check_float(0x1.d6f34588fbe77p+29, 'f', 3, 64, "987654321.123");
    check_float(0x1.d6f34588fbe77p+29, 'f', 12, 64, "987654321.123000025749");
    check_float(0x1.d6f34588fbe77p+29, 'g', -1, 64, "9.87654321123e+08");
    check_float(0x1.d6f34588fbe77p+29, 'g', 0, 64, "1e+09");
    check_float(0x1.d6f34588fbe77p+29, 'g', 3, 64, "9.88e+08");
    check_float(0x1.d6f34588fbe77p+29, 'g', 12, 64, "987654321.123");
    check_float(0x1.d6f34588fbe77p+29, 'G', -1, 64, "9.87654321123E+08");
    check_float(0x1.d6f34588fbe77p+29, 'G', 0, 64, "1E+09");
    check_float(0x1.d6f34588fbe77p+29, 'G', 3, 64, "9.88E+08");
    check_float(0x1.d6f34588fbe77p+29, 'G', 12, 64, "987654321.123");
    check_float(0x1.d6f34588fbe77p+29, 'b', -1, 64, "8285044939406967p-23");
    check_float(0x1.d6f34588fbe77p+29, 'b', 0, 64, "8285044939406967p-23");
    check_float(0x1.d6f34588fbe77p+29, 'b', 3, 64, "8285044939406967p-23");
    check_float(0x1.d6f34588fbe77p+29, 'b', 12, 64, "8285044939406967p-23");
    check_float(0x1.d6f34588fbe77p+29, 'x', -1, 64, "0x1.d6f34588fbe77p+29");
    check_float(0x1.d6f34588fbe77p+29, 'x', 0, 64, "0x1p+30");
    check_float(0x1.d6f34588fbe77p+29, 'x', 3, 64, "0x1.d6fp+29");
    check_float(0x1.d6f34588fbe77p+29, 'x', 12, 64, "0x1.d6f34588fbe7p+29");
    check_float(0x1.d6f34588fbe77p+29, 'X', -1, 64, "0X1.D6F34588FBE77P+29");
    check_float(0x1.d6f34588fbe77p+29, 'X', 0, 64, "0X1P+30");
    check_float(0x1.d6f34588fbe77p+29, 'X', 3, 64, "0X1.D6FP+29");
    check_float(0x1.d6f34588fbe77p+29, 'X', 12, 64, "0X1.D6F34588FBE7P+29");
    check_float(0x1.d6f346p+29, 'e', -1, 32, "9.8765434e+08");
    check_float(0x1.d6f346p+29, 'e', 0, 32, "1e+09");
    check_float(0x1.d6f346p+29, 'e', 3, 32, "9.877e+08");
    check_float(0x1.d6f346p+29, 'e', 12, 32, "9.876543360000e+08");
    check_float(0x1.d6f346p+29, 'E', -1, 32, "9.8765434E+08");
    check_float(0x1.d6f346p+29, 'E', 0, 32, "1E+09");
    check_float(0x1.d6f346p+29, 'E', 3, 32, "9.877E+08");
    check_float(0x1.d6f346p+29, 'E', 12, 32, "9.876543360000E+08");
    check_float(0x1.d6f346p+29, 'f', -1, 32, "987654340");
    check_float(0x1.d6f346p+29, 'f', 0, 32, "987654336");
    check_float(0x1.d6f346p+29, 'f', 3, 32, "987654336.000");
    check_float(0x1.d6f346p+29, 'f', 12, 32, "987654336.000000000000");
    check_float(0x1.d6f346p+29, 'g', -1, 32, "9.8765434e+08");
    check_float(0x1.d6f346p+29, 'g', 0, 32, "1e+09");
    check_float(0x1.d6f346p+29, 'g', 3, 32, "9.88e+08");
    check_float(0x1.d6f346p+29, 'g', 12, 32, "987654336");
    check_float(0x1.d6f346p+29, 'G', -1, 32, "9.8765434E+08");
    check_float(0x1.d6f346p+29, 'G', 0, 32, "1E+09");
    check_float(0x1.d6f346p+29, 'G', 3, 32, "9.88E+08");
    check_float(0x1.d6f346p+29, 'G', 12, 32, "987654336");
    check_float(0x1.d6f346p+29, 'b', -1, 32, "15432099p+6");
    check_float(0x1.d6f346p+29, 'b', 0, 32, "15432099p+6");
    check_float(0x1.d6f346p+29, 'b', 3, 32, "15432099p+6");
    check_float(0x1.d6f346p+29, 'b', 12, 32, "15432099p+6");
    check_float(0x1.d6f346p+29, 'x', -1, 32, "0x1.d6f346p+29");
    check_float(0x1.d6f346p+29, 'x', 0, 32, "0x1p+30");
    check_float(0x1.d6f346p+29, 'x', 3, 32, "0x1.d6fp+29");
    check_float(0x1.d6f346p+29, 'x', 12, 32, "0x1.d6f346000000p+29");
    check_float(0x1.d6f346p+29, 'X', -1, 32, "0X1.D6F346P+29");
    check_float(0x1.d6f346p+29, 'X', 0, 32, "0X1P+30");
    check_float(0x1.d6f346p+29, 'X', 3, 32, "0X1.D6FP+29");
    check_float(0x1.d6f346p+29, 'X', 12, 32, "0X1.D6F346000000P+29");
    check_float(0x1.e421e454dfff3p+858, 'g', -1, 64, "3.634632067643165e+258");
    check_float(0x1.e421e454dfff3p+858, 'e', -1, 64, "3.634632067643165e+258");
    check_float(0x1.e421e454dfff3p+858, 'e', 5, 64, "3.63463e+258");
    check_float(0x1.e421e454dfff3p+858, 'x', -1, 64, "0x1.e421e454dfff3p+858");
    check_float(0x1.e421e454dfff3p+858, 'g', 10, 64, "3.634632068e+258");
    check_float(INFINITY, 'g', -1, 32, "+Inf");
    check_float(INFINITY, 'e', -1, 32, "+Inf");
    check_float(INFINITY, 'e', 5, 32, "+Inf");
    check_float(INFINITY, 'x', -1, 32, "+Inf");
    check_float(INFINITY, 'g', 10, 32, "+Inf");
    check_float(0x1.00c1ef21586d7p-40, 'g', -1, 64, "9.12186078096965e-13");
    check_float(0x1.00c1ef21586d7p-40, 'e', -1, 64, "9.12186078096965e-13");
    check_float(0x1.00c1ef21586d7p-40, 'e', 5, 64, "9.12186e-13");
    check_float(0x1.00c1ef21586d7p-40, 'f', 3, 64, "0.000");
    check_float(0x1.00c1ef21586d7p-40, 'x', -1, 64, "0x1.00c1ef21586d7p-40");
    check_float(0x1.00c1ef21586d7p-40, 'g', 10, 64, "9.121860781e-13");
    check_float(0x1.00c1fp-40, 'g', -1, 32, "9.121861e-13");
    check_float(0x1.00c1fp-40, 'e', -1, 32, "9.121861e-13");
    check_float(0x1.00c1fp-40, 'e', 5, 32, "9.12186e-13");
    check_float(0x1.00c1fp-40, 'f', 3, 32, "0.000");
    check_float(0x1.00c1fp-40, 'x', -1, 32, "0x1.00c1fp-40");
    check_float(0x1.00c1fp-40, 'g', 10, 32, "9.121861252e-13");
    check_float(0x1.e11bf994b1e03p+843, 'g', -1, 64, "1.1022753887809113e+254");
    check_float(0x1.e11bf994b1e03p+843, 'e', -1, 64, "1.1022753887809113e+254");
    check_float(0x1.e11bf994b1e03p+843, 'e', 5, 64, "1.10228e+254");
    check_float(0x1.e11bf994b1e03p+843, 'x', -1, 64, "0x1.e11bf994b1e03p+843");
    check_float(0x1.e11bf994b1e03p+843, 'g', 10, 64, "1.102275389e+254");
    check_float(INFINITY, 'g', -1, 32, "+Inf");
    check_float(INFINITY, 'e', -1, 32, "+Inf");
    check_float(INFINITY, 'e', 5, 32, "+Inf");
    check_float(INFINITY, 'x', -1, 32, "+Inf");
    check_float(INFINITY, 'g', 10, 32, "+Inf");
    check_float(-0x1.52c7fdbef295bp-25, 'g', -1, 64, "-3.9439324243575856e-08");
    check_float(-0x1.52c7fdbef295bp-25, 'e', -1, 64, "-3.9439324243575856e-08");
    check_float(-0x1.52c7fdbef295bp-25, 'e', 5, 64, "-3.94393e-08");
    check_float(-0x1.52c7fdbef295bp-25, 'f', 3, 64, "-0.000");
    check_float(-0x1.52c7fdbef295bp-25, 'x', -1, 64, "-0x1.52c7fdbef295bp-25");
    check_float(-0x1.52c7fdbef295bp-25, 'g', 10, 64, "-3.943932424e-08");
    check_float(-0x1.52c7fep-25, 'g', -1, 32, "-3.9439325e-08");
    check_float(-0x1.52c7fep-25, 'e', -1, 32, "-3.9439325e-08");
    check_float(-0x1.52c7fep-25, 'e', 5, 32, "-3.94393e-08");
    check_float(-0x1.52c7fep-25, 'f', 3, 32, "-0.000");
    check_float(-0x1.52c7fep-25, 'x', -1, 32, "-0x1.52c7fep-25");
    check_float(-0x1.52c7fep-25, 'g', 10, 32, "-3.943932469e-08");
    check_float(0x1.6e84000cd61f5p-298, 'g', -1, 64, "2.8113429115203257e-90");
    check_float(0x1.6e84000cd61f5p-298, 'e', -1, 64, "2.8113429115203257e-90");
    check_float(0x1.6e84000cd61f5p-298, 'e', 5, 64, "2.81134e-90");
    check_float(0x1.6e84000cd61f5p-298, 'f', 3, 64, "0.000");
    check_float(0x1.6e84000cd61f5p-298, 'x', -1, 64, "0x1.6e84000cd61f5p-298");
    check_float(0x1.6e84000cd61f5p-298, 'g', 10, 64, "2.811342912e-90");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 5, 32, "0.00000e+00");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'g', 10, 32, "0");
    check_float(0x1.63bdb7d059505p+23, 'g', -1, 64, "1.165692390693141e+07");
    check_float(0x1.63bdb7d059505p+23, 'e', -1, 64, "1.165692390693141e+07");
    check_float(0x1.63bdb7d059505p+23, 'e', 5, 64, "1.16569e+07");
    check_float(0x1.63bdb7d059505p+23, 'f', 3, 64, "11656923.907");
    check_float(0x1.63bdb7d059505p+23, 'x', -1, 64, "0x1.63bdb7d059505p+23");
    check_float(0x1.63bdb7d059505p+23, 'g', 10, 64, "11656923.91");
    check_float(0x1.63bdb8p+23, 'g', -1, 32, "1.1656924e+07");
    check_float(0x1.63bdb8p+23, 'e', -1, 32, "1.1656924e+07");
    check_float(0x1.63bdb8p+23, 'e', 5, 32, "1.16569e+07");
    check_float(0x1.63bdb8p+23, 'f', 3, 32, "11656924.000");
    check_float(0x1.63bdb8p+23, 'x', -1, 32, "0x1.63bdb8p+23");
    check_float(0x1.63bdb8p+23, 'g', 10, 32, "11656924");
    check_float(-0x1.e3f3c1828849cp+331, 'g', -1, 64, "-8.269724514238753e+99");
    check_float(-0x1.e3f3c1828849cp+331, 'e', -1, 64, "-8.269724514238753e+99");
    check_float(-0x1.e3f3c1828849cp+331, 'e', 5, 64, "-8.26972e+99");
    check_float(-0x1.e3f3c1828849cp+331, 'x', -1, 64, "-0x1.e3f3c1828849cp+331");
    check_float(-0x1.e3f3c1828849cp+331, 'g', 10, 64, "-8.269724514e+99");
    check_float(-INFINITY, 'g', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', 5, 32, "-Inf");
    check_float(-INFINITY, 'x', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', 10, 32, "-Inf");
    check_float(0x1.c87232bbf4462p-46, 'g', -1, 64, "2.5337847744521866e-14");
    check_float(0x1.c87232bbf4462p-46, 'e', -1, 64, "2.5337847744521866e-14");
    check_float(0x1.c87232bbf4462p-46, 'e', 5, 64, "2.53378e-14");
    check_float(0x1.c87232bbf4462p-46, 'f', 3, 64, "0.000");
    check_float(0x1.c87232bbf4462p-46, 'x', -1, 64, "0x1.c87232bbf4462p-46");
    check_float(0x1.c87232bbf4462p-46, 'g', 10, 64, "2.533784774e-14");
    check_float(0x1.c87232p-46, 'g', -1, 32, "2.5337847e-14");
    check_float(0x1.c87232p-46, 'e', -1, 32, "2.5337847e-14");
    check_float(0x1.c87232p-46, 'e', 5, 32, "2.53378e-14");
    check_float(0x1.c87232p-46, 'f', 3, 32, "0.000");
    check_float(0x1.c87232p-46, 'x', -1, 32, "0x1.c87232p-46");
    check_float(0x1.c87232p-46, 'g', 10, 32, "2.533784712e-14");
    check_float(0x1.de2fa91462f2fp-727, 'g', -1, 64, "2.6457585101625307e-219");
    check_float(0x1.de2fa91462f2fp-727, 'e', -1, 64, "2.6457585101625307e-219");
    check_float(0x1.de2fa91462f2fp-727, 'e', 5, 64, "2.64576e-219");
    check_float(0x1.de2fa91462f2fp-727, 'f', 3, 64, "0.000");
    check_float(0x1.de2fa91462f2fp-727, 'x', -1, 64, "0x1.de2fa91462f2fp-727");
    check_float(0x1.de2fa91462f2fp-727, 'g', 10, 64, "2.64575851e-219");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 5, 32, "0.00000e+00");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'g', 10, 32, "0");
    check_float(-0x1.cec09aeb48987p-48, 'g', -1, 64, "-6.421979113456622e-15");
    check_float(-0x1.cec09aeb48987p-48, 'e', -1, 64, "-6.421979113456622e-15");
    check_float(-0x1.cec09aeb48987p-48, 'e', 5, 64, "-6.42198e-15");
    check_float(-0x1.cec09aeb48987p-48, 'f', 3, 64, "-0.000");
    check_float(-0x1.cec09aeb48987p-48, 'x', -1, 64, "-0x1.cec09aeb48987p-48");
    check_float(-0x1.cec09aeb48987p-48, 'g', 10, 64, "-6.421979113e-15");
    check_float(-0x1.cec09ap-48, 'g', -1, 32, "-6.421979e-15");
    check_float(-0x1.cec09ap-48, 'e', -1, 32, "-6.421979e-15");
    check_float(-0x1.cec09ap-48, 'e', 5, 32, "-6.42198e-15");
    check_float(-0x1.cec09ap-48, 'f', 3, 32, "-0.000");
    check_float(-0x1.cec09ap-48, 'x', -1, 32, "-0x1.cec09ap-48");
    check_float(-0x1.cec09ap-48, 'g', 10, 32, "-6.421978919e-15");
    check_float(-0x1.addd8077b5a61p-655, 'g', -1, 64, "-1.1231692494820505e-197");
    check_float(-0x1.addd8077b5a61p-655, 'e', -1, 64, "-1.1231692494820505e-197");
    check_float(-0x1.addd8077b5a61p-655, 'e', 5, 64, "-1.12317e-197");
    check_float(-0x1.addd8077b5a61p-655, 'f', 3, 64, "-0.000");
    check_float(-0x1.addd8077b5a61p-655, 'x', -1, 64, "-0x1.addd8077b5a61p-655");
    check_float(-0x1.addd8077b5a61p-655, 'g', 10, 64, "-1.123169249e-197");
    check_float(-0x0p+00, 'g', -1, 32, "-0");
    check_float(-0x0p+00, 'e', -1, 32, "-0e+00");
    check_float(-0x0p+00, 'e', 5, 32, "-0.00000e+00");
    check_float(-0x0p+00, 'f', 3, 32, "-0.000");
    check_float(-0x0p+00, 'x', -1, 32, "-0x0p+00");
    check_float(-0x0p+00, 'g', 10, 32, "-0");
    check_float(-0x1.430685a2e4bd7p-10, 'g', -1, 64, "-0.001232244402420637");
    check_float(-0x1.430685a2e4bd7p-10, 'e', -1, 64, "-1.232244402420637e-03");
    check_float(-0x1.430685a2e4bd7p-10, 'e', 5, 64, "-1.23224e-03");
    check_float(-0x1.430685a2e4bd7p-10, 'f', 3, 64, "-0.001");
    check_float(-0x1.430685a2e4bd7p-10, 'x', -1, 64, "-0x1.430685a2e4bd7p-10");
    check_float(-0x1.430685a2e4bd7p-10, 'g', 10, 64, "-0.001232244402");
    check_float(-0x1.430686p-10, 'g', -1, 32, "-0.0012322444");
    check_float(-0x1.430686p-10, 'e', -1, 32, "-1.2322444e-03");
    check_float(-0x1.430686p-10, 'e', 5, 32, "-1.23224e-03");
    check_float(-0x1.430686p-10, 'f', 3, 32, "-0.001");
    check_float(-0x1.430686p-10, 'x', -1, 32, "-0x1.430686p-10");
    check_float(-0x1.430686p-10, 'g', 10, 32, "-0.001232244424");
    check_float(0x1.56b4ddf682632p+722, 'g', -1, 64, "2.953515543532743e+217");
    check_float(0x1.56b4ddf682632p+722, 'e', -1, 64, "2.953515543532743e+217");
    check_float(0x1.56b4ddf682632p+722, 'e', 5, 64, "2.95352e+217");
    check_float(0x1.56b4ddf682632p+722, 'x', -1, 64, "0x1.56b4ddf682632p+722");
    check_float(0x1.56b4ddf682632p+722, 'g', 10, 64, "2.953515544e+217");
    check_float(INFINITY, 'g', -1, 32, "+Inf");
    check_float(INFINITY, 'e', -1, 32, "+Inf");
    check_float(INFINITY, 'e', 5, 32, "+Inf");
    check_float(INFINITY, 'x', -1, 32, "+Inf");
    check_float(INFINITY, 'g', 10, 32, "+Inf");
    check_float(0x1.ff9984d7e679dp+27, 'g', -1, 64, "2.6822557474688426e+08");
    check_float(0x1.ff9984d7e679dp+27, 'e', -1, 64, "2.6822557474688426e+08");
    check_float(0x1.ff9984d7e679dp+27, 'e', 5, 64, "2.68226e+08");
    check_float(0x1.ff9984d7e679dp+27, 'f', 3, 64, "268225574.747");
    check_float(0x1.ff9984d7e679dp+27, 'x', -1, 64, "0x1.ff9984d7e679dp+27");
    check_float(0x1.ff9984d7e679dp+27, 'g', 10, 64, "268225574.7");
    check_float(0x1.ff9984p+27, 'g', -1, 32, "2.6822557e+08");
    check_float(0x1.ff9984p+27, 'e', -1, 32, "2.6822557e+08");
    check_float(0x1.ff9984p+27, 'e', 5, 32, "2.68226e+08");
    check_float(0x1.ff9984p+27, 'f', 3, 32, "268225568.000");
    check_float(0x1.ff9984p+27, 'x', -1, 32, "0x1.ff9984p+27");
    check_float(0x1.ff9984p+27, 'g', 10, 32, "268225568");
    check_float(0x1.4c4b2d5e7d492p-390, 'g', -1, 64, "5.147350980203335e-118");
    check_float(0x1.4c4b2d5e7d492p-390, 'e', -1, 64, "5.147350980203335e-118");
    check_float(0x1.4c4b2d5e7d492p-390, 'e', 5, 64, "5.14735e-118");
    check_float(0x1.4c4b2d5e7d492p-390, 'f', 3, 64, "0.000");
    check_float(0x1.4c4b2d5e7d492p-390, 'x', -1, 64, "0x1.4c4b2d5e7d492p-390");
    check_float(0x1.4c4b2d5e7d492p-390, 'g', 10, 64, "5.14735098e-118");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 5, 32, "0.00000e+00");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'g', 10, 32, "0");
    check_float(-0x1.8773f0a88d8d5p-15, 'g', -1, 64, "-4.666482101749336e-05");
    check_float(-0x1.8773f0a88d8d5p-15, 'e', -1, 64, "-4.666482101749336e-05");
    check_float(-0x1.8773f0a88d8d5p-15, 'e', 5, 64, "-4.66648e-05");
    check_float(-0x1.8773f0a88d8d5p-15, 'f', 3, 64, "-0.000");
    check_float(-0x1.8773f0a88d8d5p-15, 'x', -1, 64, "-0x1.8773f0a88d8d5p-15");
    check_float(-0x1.8773f0a88d8d5p-15, 'g', 10, 64, "-4.666482102e-05");
    check_float(-0x1.8773fp-15, 'g', -1, 32, "-4.666482e-05");
    check_float(-0x1.8773fp-15, 'e', -1, 32, "-4.666482e-05");
    check_float(-0x1.8773fp-15, 'e', 5, 32, "-4.66648e-05");
    check_float(-0x1.8773fp-15, 'f', 3, 32, "-0.000");
    check_float(-0x1.8773fp-15, 'x', -1, 32, "-0x1.8773fp-15");
    check_float(-0x1.8773fp-15, 'g', 10, 32, "-4.666481982e-05");
    check_float(-0x1.16fb5152a2f55p-246, 'g', -1, 64, "-9.637332272869275e-75");
    check_float(-0x1.16fb5152a2f55p-246, 'e', -1, 64, "-9.637332272869275e-75");
    check_float(-0x1.16fb5152a2f55p-246, 'e', 5, 64, "-9.63733e-75");
    check_float(-0x1.16fb5152a2f55p-246, 'f', 3, 64, "-0.000");
    check_float(-0x1.16fb5152a2f55p-246, 'x', -1, 64, "-0x1.16fb5152a2f55p-246");
    check_float(-0x1.16fb5152a2f55p-246, 'g', 10, 64, "-9.637332273e-75");
    check_float(-0x0p+00, 'g', -1, 32, "-0");
    check_float(-0x0p+00, 'e', -1, 32, "-0e+00");
    check_float(-0x0p+00, 'e', 5, 32, "-0.00000e+00");
    check_float(-0x0p+00, 'f', 3, 32, "-0.000");
    check_float(-0x0p+00, 'x', -1, 32, "-0x0p+00");
    check_float(-0x0p+00, 'g', 10, 32, "-0");
    check_float(-0x1.2964fb5d098a2p-47, 'g', -1, 64, "-8.254354436118765e-15");
    check_float(-0x1.2964fb5d098a2p-47, 'e', -1, 64, "-8.254354436118765e-15");
    check_float(-0x1.2964fb5d098a2p-47, 'e', 5, 64, "-8.25435e-15");
    check_float(-0x1.2964fb5d098a2p-47, 'f', 3, 64, "-0.000");
    check_float(-0x1.2964fb5d098a2p-47, 'x', -1, 64, "-0x1.2964fb5d098a2p-47");
    check_float(-0x1.2964fb5d098a2p-47, 'g', 10, 64, "-8.254354436e-15");
    check_float(-0x1.2964fcp-47, 'g', -1, 32, "-8.254355e-15");
    check_float(-0x1.2964fcp-47, 'e', -1, 32, "-8.254355e-15");
    check_float(-0x1.2964fcp-47, 'e', 5, 32, "-8.25435e-15");
    check_float(-0x1.2964fcp-47, 'f', 3, 32, "-0.000");
    check_float(-0x1.2964fcp-47, 'x', -1, 32, "-0x1.2964fcp-47");
    check_float(-0x1.2964fcp-47, 'g', 10, 32, "-8.254354706e-15");
    check_float(-0x1.0fae1f8de81cfp+778, 'g', -1, 64, "-1.687153510647768e+234");
    check_float(-0x1.0fae1f8de81cfp+778, 'e', -1, 64, "-1.687153510647768e+234");
    check_float(-0x1.0fae1f8de81cfp+778, 'e', 5, 64, "-1.68715e+234");
    check_float(-0x1.0fae1f8de81cfp+778, 'x', -1, 64, "-0x1.0fae1f8de81cfp+778");
    check_float(-0x1.0fae1f8de81cfp+778, 'g', 10, 64, "-1.687153511e+234");
    check_float(-INFINITY, 'g', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', 5, 32, "-Inf");
    check_float(-INFINITY, 'x', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', 10, 32, "-Inf");
    check_float(-0x1.39d3e99f7902ap-48, 'g', -1, 64, "-4.355235388347547e-15");
    check_float(-0x1.39d3e99f7902ap-48, 'e', -1, 64, "-4.355235388347547e-15");
    check_float(-0x1.39d3e99f7902ap-48, 'e', 5, 64, "-4.35524e-15");
    check_float(-0x1.39d3e99f7902ap-48, 'f', 3, 64, "-0.000");
    check_float(-0x1.39d3e99f7902ap-48, 'x', -1, 64, "-0x1.39d3e99f7902ap-48");
    check_float(-0x1.39d3e99f7902ap-48, 'g', 10, 64, "-4.355235388e-15");
    check_float(-0x1.39d3eap-48, 'g', -1, 32, "-4.3552355e-15");
    check_float(-0x1.39d3eap-48, 'e', -1, 32, "-4.3552355e-15");
    check_float(-0x1.39d3eap-48, 'e', 5, 32, "-4.35524e-15");
    check_float(-0x1.39d3eap-48, 'f', 3, 32, "-0.000");
    check_float(-0x1.39d3eap-48, 'x', -1, 32, "-0x1.39d3eap-48");
    check_float(-0x1.39d3eap-48, 'g', 10, 32, "-4.355235468e-15");
    check_float(-0x1.f6ef48cd59bf4p+906, 'g', -1, 64, "-1.062790615881931e+273");
    check_float(-0x1.f6ef48cd59bf4p+906, 'e', -1, 64, "-1.062790615881931e+273");
    check_float(-0x1.f6ef48cd59bf4p+906, 'e', 5, 64, "-1.06279e+273");
    check_float(-0x1.f6ef48cd59bf4p+906, 'x', -1, 64, "-0x1.f6ef48cd59bf4p+906");
    check_float(-0x1.f6ef48cd59bf4p+906, 'g', 10, 64, "-1.062790616e+273");
    check_float(-INFINITY, 'g', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', 5, 32, "-Inf");
    check_float(-INFINITY, 'x', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', 10, 32, "-Inf");
    check_float(0x1.147157e91bcb4p-36, 'g', -1, 64, "1.5713950896213302e-11");
    check_float(0x1.147157e91bcb4p-36, 'e', -1, 64, "1.5713950896213302e-11");
    check_float(0x1.147157e91bcb4p-36, 'e', 5, 64, "1.57140e-11");
    check_float(0x1.147157e91bcb4p-36, 'f', 3, 64, "0.000");
    check_float(0x1.147157e91bcb4p-36, 'x', -1, 64, "0x1.147157e91bcb4p-36");
    check_float(0x1.147157e91bcb4p-36, 'g', 10, 64, "1.57139509e-11");
    check_float(0x1.147158p-36, 'g', -1, 32, "1.5713951e-11");
    check_float(0x1.147158p-36, 'e', -1, 32, "1.5713951e-11");
    check_float(0x1.147158p-36, 'e', 5, 32, "1.57140e-11");
    check_float(0x1.147158p-36, 'f', 3, 32, "0.000");
    check_float(0x1.147158p-36, 'x', -1, 32, "0x1.147158p-36");
    check_float(0x1.147158p-36, 'g', 10, 32, "1.571395097e-11");
    check_float(-0x1.f10fb7bf2019p+754, 'g', -1, 64, "-1.8398685755815067e+227");
    check_float(-0x1.f10fb7bf2019p+754, 'e', -1, 64, "-1.8398685755815067e+227");
    check_float(-0x1.f10fb7bf2019p+754, 'e', 5, 64, "-1.83987e+227");
    check_float(-0x1.f10fb7bf2019p+754, 'x', -1, 64, "-0x1.f10fb7bf2019p+754");
    check_float(-0x1.f10fb7bf2019p+754, 'g', 10, 64, "-1.839868576e+227");
    check_float(-INFINITY, 'g', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', 5, 32, "-Inf");
    check_float(-INFINITY, 'x', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', 10, 32, "-Inf");
    check_float(-0x1.8206b2b6f377fp-35, 'g', -1, 64, "-4.388609391630614e-11");
    check_float(-0x1.8206b2b6f377fp-35, 'e', -1, 64, "-4.388609391630614e-11");
    check_float(-0x1.8206b2b6f377fp-35, 'e', 5, 64, "-4.38861e-11");
    check_float(-0x1.8206b2b6f377fp-35, 'f', 3, 64, "-0.000");
    check_float(-0x1.8206b2b6f377fp-35, 'x', -1, 64, "-0x1.8206b2b6f377fp-35");
    check_float(-0x1.8206b2b6f377fp-35, 'g', 10, 64, "-4.388609392e-11");
    check_float(-0x1.8206b2p-35, 'g', -1, 32, "-4.3886093e-11");
    check_float(-0x1.8206b2p-35, 'e', -1, 32, "-4.3886093e-11");
    check_float(-0x1.8206b2p-35, 'e', 5, 32, "-4.38861e-11");
    check_float(-0x1.8206b2p-35, 'f', 3, 32, "-0.000");
    check_float(-0x1.8206b2p-35, 'x', -1, 32, "-0x1.8206b2p-35");
    check_float(-0x1.8206b2p-35, 'g', 10, 32, "-4.388609268e-11");
    check_float(0x1.26734c5253d6bp-813, 'g', -1, 64, "2.105647572150013e-245");
    check_float(0x1.26734c5253d6bp-813, 'e', -1, 64, "2.105647572150013e-245");
    check_float(0x1.26734c5253d6bp-813, 'e', 5, 64, "2.10565e-245");
    check_float(0x1.26734c5253d6bp-813, 'f', 3, 64, "0.000");
    check_float(0x1.26734c5253d6bp-813, 'x', -1, 64, "0x1.26734c5253d6bp-813");
    check_float(0x1.26734c5253d6bp-813, 'g', 10, 64, "2.105647572e-245");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 5, 32, "0.00000e+00");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'g', 10, 32, "0");
    check_float(-0x1.f2faaa25ab8dp+19, 'g', -1, 64, "-1.0219093170984033e+06");
    check_float(-0x1.f2faaa25ab8dp+19, 'e', -1, 64, "-1.0219093170984033e+06");
    check_float(-0x1.f2faaa25ab8dp+19, 'e', 5, 64, "-1.02191e+06");
    check_float(-0x1.f2faaa25ab8dp+19, 'f', 3, 64, "-1021909.317");
    check_float(-0x1.f2faaa25ab8dp+19, 'x', -1, 64, "-0x1.f2faaa25ab8dp+19");
    check_float(-0x1.f2faaa25ab8dp+19, 'g', 10, 64, "-1021909.317");
    check_float(-0x1.f2faaap+19, 'g', -1, 32, "-1.0219093e+06");
    check_float(-0x1.f2faaap+19, 'e', -1, 32, "-1.0219093e+06");
    check_float(-0x1.f2faaap+19, 'e', 5, 32, "-1.02191e+06");
    check_float(-0x1.f2faaap+19, 'f', 3, 32, "-1021909.312");
    check_float(-0x1.f2faaap+19, 'x', -1, 32, "-0x1.f2faaap+19");
    check_float(-0x1.f2faaap+19, 'g', 10, 32, "-1021909.312");
    check_float(0x1.3d0e84600cd97p-331, 'g', -1, 64, "2.831186084865237e-100");
    check_float(0x1.3d0e84600cd97p-331, 'e', -1, 64, "2.831186084865237e-100");
    check_float(0x1.3d0e84600cd97p-331, 'e', 5, 64, "2.83119e-100");
    check_float(0x1.3d0e84600cd97p-331, 'f', 3, 64, "0.000");
    check_float(0x1.3d0e84600cd97p-331, 'x', -1, 64, "0x1.3d0e84600cd97p-331");
    check_float(0x1.3d0e84600cd97p-331, 'g', 10, 64, "2.831186085e-100");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 5, 32, "0.00000e+00");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'g', 10, 32, "0");
    check_float(-0x1.7770c3b8d7ec3p+03, 'g', -1, 64, "-11.7325152025436");
    check_float(-0x1.7770c3b8d7ec3p+03, 'e', -1, 64, "-1.17325152025436e+01");
    check_float(-0x1.7770c3b8d7ec3p+03, 'e', 5, 64, "-1.17325e+01");
    check_float(-0x1.7770c3b8d7ec3p+03, 'f', 3, 64, "-11.733");
    check_float(-0x1.7770c3b8d7ec3p+03, 'x', -1, 64, "-0x1.7770c3b8d7ec3p+03");
    check_float(-0x1.7770c3b8d7ec3p+03, 'g', 10, 64, "-11.7325152");
    check_float(-0x1.7770c4p+03, 'g', -1, 32, "-11.732515");
    check_float(-0x1.7770c4p+03, 'e', -1, 32, "-1.1732515e+01");
    check_float(-0x1.7770c4p+03, 'e', 5, 32, "-1.17325e+01");
    check_float(-0x1.7770c4p+03, 'f', 3, 32, "-11.733");
    check_float(-0x1.7770c4p+03, 'x', -1, 32, "-0x1.7770c4p+03");
    check_float(-0x1.7770c4p+03, 'g', 10, 32, "-11.73251534");
    check_float(-0x1.16419c821f29dp+131, 'g', -1, 64, "-2.958928451913722e+39");
    check_float(-0x1.16419c821f29dp+131, 'e', -1, 64, "-2.958928451913722e+39");
    check_float(-0x1.16419c821f29dp+131, 'e', 5, 64, "-2.95893e+39");
    check_float(-0x1.16419c821f29dp+131, 'x', -1, 64, "-0x1.16419c821f29dp+131");
    check_float(-0x1.16419c821f29dp+131, 'g', 10, 64, "-2.958928452e+39");
    check_float(-INFINITY, 'g', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', -1, 32, "-Inf");
    check_float(-INFINITY, 'e', 5, 32, "-Inf");
    check_float(-INFINITY, 'x', -1, 32, "-Inf");
    check_float(-INFINITY, 'g', 10, 32, "-Inf");
    check_float(-0x1.bff0b9c245ed9p+26, 'g', -1, 64, "-1.1742487103551807e+08");
    check_float(-0x1.bff0b9c245ed9p+26, 'e', -1, 64, "-1.1742487103551807e+08");
    check_float(-0x1.bff0b9c245ed9p+26, 'e', 5, 64, "-1.17425e+08");
    check_float(-0x1.bff0b9c245ed9p+26, 'f', 3, 64, "-117424871.036");
    check_float(-0x1.bff0b9c245ed9p+26, 'x', -1, 64, "-0x1.bff0b9c245ed9p+26");
    check_float(-0x1.bff0b9c245ed9p+26, 'g', 10, 64, "-117424871");
    check_float(-0x1.bff0bap+26, 'g', -1, 32, "-1.1742487e+08");
    check_float(-0x1.bff0bap+26, 'e', -1, 32, "-1.1742487e+08");
    check_float(-0x1.bff0bap+26, 'e', 5, 32, "-1.17425e+08");
    check_float(-0x1.bff0bap+26, 'f', 3, 32, "-117424872.000");
    check_float(-0x1.bff0bap+26, 'x', -1, 32, "-0x1.bff0bap+26");
    check_float(-0x1.bff0bap+26, 'g', 10, 32, "-117424872");
    check_float(0x1.d6d98fe36afccp-827, 'g', -1, 64, "2.055114666540428e-249");
    check_float(0x1.d6d98fe36afccp-827, 'e', -1, 64, "2.055114666540428e-249");
    check_float(0x1.d6d98fe36afccp-827, 'e', 5, 64, "2.05511e-249");
    check_float(0x1.d6d98fe36afccp-827, 'f', 3, 64, "0.000");
    check_float(0x1.d6d98fe36afccp-827, 'x', -1, 64, "0x1.d6d98fe36afccp-827");
    check_float(0x1.d6d98fe36afccp-827, 'g', 10, 64, "2.055114667e-249");
    check_float(0x0p+00, 'g', -1, 32, "0");
    check_float(0x0p+00, 'e', -1, 32, "0e+00");
    check_float(0x0p+00, 'e', 5, 32, "0.00000e+00");
    check_float(0x0p+00, 'f', 3, 32, "0.000");
    check_float(0x0p+00, 'x', -1, 32, "0x0p+00");
    check_float(0x0p+00, 'g', 10, 32, "0");
    check_float(0x1.bee2708c6dfdfp-34, 'g', -1, 64, "1.0160977805176907e-10");
    check_float(0x1.bee2708c6dfdfp-34, 'e', -1, 64, "1.0160977805176907e-10");
    check_float(0x1.bee2708c6dfdfp-34, 'e', 5, 64, "1.01610e-10");
    check_float(0x1.bee2708c6dfdfp-34, 'f', 3, 64, "0.000");
    check_float(0x1.bee2708c6dfdfp-34, 'x', -1, 64, "0x1.bee2708c6dfdfp-34");
    check_float(0x1.bee2708c6dfdfp-34, 'g', 10, 64, "1.016097781e-10");
    check_float(0x1.bee27p-34, 'g', -1, 32, "1.01609776e-10");
    check_float(0x1.bee27p-34, 'e', -1, 32, "1.01609776e-10");
    check_float(0x1.bee27p-34, 'e', 5, 32, "1.01610e-10");
    check_float(0x1.bee27p-34, 'f', 3, 32, "0.000");
    check_float(0x1.bee27p-34, 'x', -1, 32, "0x1.bee27p-34");
    check_float(0x1.bee27p-34, 'g', 10, 32, "1.016097761e-10");
}

/* ---- hand-written checks (expectations copied from Go's output) ---------------------------- */

static void check_str(const char *what, const char *got, const char *want) {
    report(what, got, strlen(got), want, strlen(want));
}

static void check_true(const char *what, bool ok) {
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n", what);
    }
}

/* Go's println of each value, space-separated (print.go's format). */
static void check_println(const char *want, int n, ...) {
    StrBuf out = {0};
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        Val v = va_arg(ap, Val);
        if (i > 0) {
            sb_putc(&out, ' ');
        }
        fmt_runtime_print_value(&out, v.t, v.s);
    }
    va_end(ap);
    report("println", out.data, out.len, want, strlen(want));
}

static void runtime_print_cases(void) {
    Type *f64 = ty_float64_type(), *f32 = ty_basic(KIND_FLOAT32, "float32");
    Type *i64 = ty_basic(KIND_INT64, "int64"), *u64 = ty_basic(KIND_UINT64, "uint64");
    Type *i8 = ty_basic(KIND_INT8, "int8"), *u8 = ty_basic(KIND_UINT8, "uint8");
    Type *uptr = ty_basic(KIND_UINTPTR, "uintptr"), *b = ty_basic(KIND_BOOL, "bool");
    Type *s = ty_string_type(), *c128 = ty_basic(KIND_COMPLEX128, "complex128");
    Type *c64 = ty_basic(KIND_COMPLEX64, "complex64");
    check_println("+1.500000e+000 +0.000000e+000 -0.000000e+000 +1.000000e+021 +1.234568e+008 "
                  "+1.000000e-007 NaN +Inf -Inf",
                  9, vfloat(f64, 1.5), vfloat(f64, 0.0), vfloat(f64, -0.0), vfloat(f64, 1e21),
                  vfloat(f64, 123456789.0), vfloat(f64, 1e-7), vfloat(f64, NAN),
                  vfloat(f64, INFINITY), vfloat(f64, -INFINITY));
    check_println("+1.000000e-001 +1.000000e-001 +1.000000e+002 +2.500000e-300 +1.000000e+300 "
                  "+1.797693e+308 +4.940656e-324 +1.000000e+001 +1.000000e+000 +3.333333e-001",
                  10, vfloat(f32, 0.1), vfloat(f64, 0.1), vfloat(f64, 100.0), vfloat(f64, 2.5e-300),
                  vfloat(f64, 1e300), vfloat(f64, DBL_MAX), vfloat(f64, 5e-324),
                  vfloat(f64, 9.9999999), vfloat(f64, 0.99999995), vfloat(f64, 1.0 / 3));
    check_println("-5 9223372036854775807 -9223372036854775808 18446744073709551615 -128 255 4096",
                  7, vint(i64, -5), vint(i64, INT64_MAX), vint(i64, INT64_MIN),
                  vint(u64, (int64_t)UINT64_MAX), vint(i8, -128), vint(u8, 255), vint(uptr, 4096));
    check_println("true false str  (+1.000000e+000+2.000000e+000i) (-5.000000e-001+1.000000e+010i)",
                  6, vint(b, 1), vint(b, 0), vstr(s, "str", 3), vstr(s, "", 0),
                  vcomplex(c128, 1, 2), vcomplex(c64, -0.5, 1e10));
    check_println("0x0 [0/0]0x0 0x0 (0x0,0x0)", 4, vzero(ty_ptr(ty_int_type())),
                  vzero(ty_slice(ty_int_type())), vzero(ty_map(s, s)), vzero(ty_any()));
}

static void check_panic(const char *want, Val v) {
    StrBuf out = {0};
    Slot failed[2];
    check_true("panic value printed",
               fmt_panic_value(NULL, &out, v.t, v.t ? iface_box(v.t, v.s) : (Slot){0}, failed));
    report("panic value", out.data, out.len, want, strlen(want));
}

static void panic_value_cases(void) {
    Type *state = ty_basic(KIND_STRING, NULL);
    ty_name(state, "main", "state");
    Type *level = ty_basic(KIND_INT, NULL);
    ty_name(level, "main", "level");
    Type *f = ty_basic(KIND_FLOAT64, NULL);
    ty_name(f, "main", "F");
    Type *c = ty_basic(KIND_COMPLEX128, NULL);
    ty_name(c, "main", "C");
    Type *b = ty_basic(KIND_BOOL, NULL);
    ty_name(b, "main", "B");
    Type *t = ty_struct(1, "x", ty_int_type(), false, false);
    ty_name(t, "main", "T");
    Type *temp = ty_basic(KIND_FLOAT64, NULL);
    ty_name(temp, "main", "Temp");
    ty_method(temp, "String", (Func *)m_Temp_String, false);
    Type *bad = ty_struct(1, "Field", ty_string_type(), false, true);
    ty_name(bad, "main", "BadInput");
    ty_method(bad, "Error", (Func *)m_BadInput_Error, false);
    check_panic("main.state(\"broken\")", vstr(state, "broken", 6));
    check_panic("main.level(3)", vint(level, 3));
    check_panic("main.F(+1.500000e+000)", vfloat(f, 1.5));
    check_panic("main.C(+1.000000e+000+2.000000e+000i)", vcomplex(c, 1, 2));
    check_panic("main.B(true)", vint(b, 1));
    check_panic("+1.500000e+000", vfloat(ty_float64_type(), 1.5));
    check_panic("200", vint(ty_basic(KIND_UINT8, "uint8"), 200));
    check_panic("oops", vstr(ty_string_type(), "oops", 4));
    check_panic("1.5 deg", vfloat(temp, 1.5));
    check_panic("bad input in x", vstruct(bad, vstr(ty_string_type(), "x", 1)));
    check_panic("nil", vnil());
    /* (main.T) 0xADDR, (*main.T) 0xADDR: the address varies; check the prefix. */
    StrBuf out = {0};
    Val tv = vstruct(t, vint(ty_int_type(), 1));
    Slot failed[2];
    fmt_panic_value(NULL, &out, tv.t, iface_box(tv.t, tv.s), failed);
    check_true("panic value (main.T) 0x...",
               out.len > 11 && memcmp(out.data, "(main.T) 0x", 11) == 0);
    /* Go 1.23+ (printindented): a newline in a panic string is followed by a tab. */
    out = (StrBuf){0};
    Val sv = vstr(ty_string_type(), "a\nb", 3);
    fmt_panic_value(NULL, &out, sv.t, iface_box(sv.t, sv.s), failed);
    report("panic value with newline", out.data, out.len, "a\n\tb", 4);
}

/* Errorf's message and wrapped operand indexes (fmt.go turns them into the error). */
static void check_errorf(const char *format, const char *want, const char *want_idx, int n, ...) {
    va_list ap;
    va_start(ap, n);
    Slot *args = operands(n, ap);
    va_end(ap);
    StrBuf out = {0};
    int64_t *w, nw;
    fmt_errorf(NULL, &out, format, strlen(format), args, n, &w, &nw);
    report(format, out.data ? out.data : "", out.len, want, strlen(want));
    StrBuf idx = {0};
    for (int64_t i = 0; i < nw; i++) {
        sb_printf(&idx, "%s%lld", i ? "," : "", (long long)w[i]);
    }
    char what[128];
    snprintf(what, sizeof what, "wrapped indexes of %s", format);
    report(what, idx.data ? idx.data : "", idx.len, want_idx, strlen(want_idx));
}

static void errorf_cases(void) {
    Type *es = ty_struct(1, "s", ty_string_type(), false, false);
    ty_name(es, "errors", "errorString");
    Type *pes = ty_ptr(es);
    ty_method(pes, "Error", (Func *)m_errorString_Error, false);
    Val e1 = vptr(pes, vstruct(es, vstr(ty_string_type(), "E1", 2)));
    Val e2 = vptr(pes, vstruct(es, vstr(ty_string_type(), "E2", 2)));
    Val five = vint(ty_int_type(), 5);
    check_errorf("layer: %w", "layer: E1", "0", 1, e1);
    check_errorf("%w and %w", "E1 and E2", "0,1", 2, e1, e2);
    check_errorf("%[2]w, %[1]w", "E2, E1", "0,1", 2, e1, e2);
    check_errorf("%w %[1]w", "E1 E1", "0,0", 1, e1);
    check_errorf("plain %v", "plain E1", "", 1, e1);
    check_errorf("%w", "%!w(int=5)", "0", 1, five);
    check_errorf("%w", "%!w(<nil>)", "0", 1, vnil());
    check_errorf("%d %w", "5 %!w(MISSING)", "", 1, five);
    check_errorf("%+w|%5w", "E1|   E2", "0,1", 2, e1, e2);
    /* %w outside Errorf is a bad verb, and the printer goes on (Go's exact output). */
    check_fmt('f', "%w", 2, "%!w(*errors.errorString=&{E1})", 30, 1, e1);
}

static void type_string_cases(void) {
    Type *in = ty_int_type(), *str = ty_string_type(), *bl = ty_basic(KIND_BOOL, "bool");
    Type *err = ty_error();
    Type **p2 = GC_MALLOC(2 * sizeof(Type *)), **r2 = GC_MALLOC(2 * sizeof(Type *));
    p2[0] = in;
    p2[1] = ty_slice(str);
    r2[0] = bl;
    r2[1] = err;
    check_str("func type", type_string(ty_func(2, p2, 2, r2, true)),
              "func(int, ...string) (bool, error)");
    check_str("func type 2", type_string(ty_func(0, NULL, 1, r2 + 1, false)), "func() error");
    check_str("func type 3", type_string(ty_func(2, p2, 0, NULL, false)), "func(int, []string)");
    check_str("chan 1", type_string(ty_chan(3, ty_chan(2, in))), "chan (<-chan int)");
    check_str("chan 2", type_string(ty_chan(1, ty_chan(3, in))), "chan<- chan int");
    check_str("chan 3", type_string(ty_chan(2, in)), "<-chan int");
    check_str("chan 4", type_string(ty_chan(3, ty_chan(1, in))), "chan chan<- int");
    check_str("iface ptr", type_string(ty_ptr(ty_stringer_iface())),
              "*interface { String() string }");
    check_str("error ptr", type_string(ty_ptr(err)), "*error");
    check_str("any", type_string(ty_ptr(ty_any())), "*interface {}");
    const char *names[] = {"M", "N"};
    Type *sigs[] = {ty_func(0, NULL, 0, NULL, false), ty_func(0, NULL, 1, &in, false)};
    check_str("iface 2", type_string(ty_iface(2, names, sigs)), "interface { M(); N() int }");
    Type *t = ty_struct(1, "x", in, false, false);
    ty_name(t, "main", "T");
    Type *builder = ty_struct(0);
    ty_name(builder, "strings", "Builder");
    Type *s = ty_struct(4, "T", t, true, true, "Builder", ty_ptr(builder), true, true, "y", in,
                        false, false, "Z", ty_slice(str), false, true);
    s->fields[2].tag = "tag\"x";
    s->fields[3].tag = "json:\"z\"";
    check_str(
        "struct", type_string(s),
        "struct { main.T; *strings.Builder; y int \"tag\\\"x\"; Z []string \"json:\\\"z\\\"\" }");
    check_str("struct {}", type_string(ty_struct(0)), "struct {}");
    check_str("map", type_string(ty_array(3, ty_map(str, ty_slice(ty_ptr(t))))),
              "[3]map[string][]*main.T");
    Type *rnd = ty_struct(0);
    ty_name(rnd, "math/rand", "Rand");
    check_str("pkg path", type_string(ty_ptr(rnd)), "*rand.Rand");
    Type *pair = ty_struct(0);
    ty_name(pair, "main", "Pair[int,string]");
    check_str("generic", type_string(pair), "main.Pair[int,string]");
}

static void equal_hash_cases(void) {
    Type *f64 = ty_float64_type(), *in = ty_int_type(), *str = ty_string_type();
    Type *any = ty_any(), *sl = ty_slice(in);
    const Type *unc = NULL;
    Val nan = vfloat(f64, NAN), pz = vfloat(f64, 0.0), nz = vfloat(f64, -0.0);
    check_true("NaN != NaN", !type_equal(f64, nan.s, nan.s, &unc));
    check_true("-0 == +0", type_equal(f64, pz.s, nz.s, &unc));
    check_true("hash -0 == hash +0",
               type_hash(f64, pz.s, 1, &unc) == type_hash(f64, nz.s, 1, &unc));
    Val s1 = vstr(str, "hello", 5), s2 = vstr(str, "hello", 5), s3 = vstr(str, "hellp", 5);
    check_true("strings equal", type_equal(str, s1.s, s2.s, &unc));
    check_true("strings differ", !type_equal(str, s1.s, s3.s, &unc));
    check_true("string hash", type_hash(str, s1.s, 7, &unc) == type_hash(str, s2.s, 7, &unc));
    check_true("string hash differs",
               type_hash(str, s1.s, 7, &unc) != type_hash(str, s3.s, 7, &unc));
    Val i1 = viface(any, vint(in, 1)), i2 = viface(any, vint(in, 1));
    Val i3 = viface(any, vint(ty_basic(KIND_INT64, "int64"), 1));
    check_true("iface equal", type_equal(any, i1.s, i2.s, &unc) && !unc);
    check_true("iface dyn types differ", !type_equal(any, i1.s, i3.s, &unc) && !unc);
    check_true("iface hash", type_hash(any, i1.s, 3, &unc) == type_hash(any, i2.s, 3, &unc));
    Val q1 = viface(any, vslice(sl, 1, vint(in, 1))), q2 = viface(any, vslice(sl, 1, vint(in, 1)));
    check_true("iface uncomparable vs int", !type_equal(any, q1.s, i1.s, &unc) && !unc);
    check_true("iface uncomparable", !type_equal(any, q1.s, q2.s, &unc) && unc == sl);
    unc = NULL;
    type_hash(any, q1.s, 0, &unc);
    check_true("iface hash uncomparable", unc == sl);
    Val nil1 = vzero(any), nil2 = vzero(any);
    unc = NULL;
    check_true("nil ifaces equal", type_equal(any, nil1.s, nil2.s, &unc));
    check_true("nil vs non-nil", !type_equal(any, nil1.s, i1.s, &unc));
    Type *p = ty_struct(3, "X", in, false, true, "_", in, false, false, "S", str, false, true);
    Val a = vstruct(p, vint(in, 1), vint(in, 5), vstr(str, "x", 1));
    Val b2 = vstruct(p, vint(in, 1), vint(in, 6), vstr(str, "x", 1));
    check_true("struct equal (blank ignored)", type_equal(p, a.s, b2.s, &unc));
    check_true("struct hash", type_hash(p, a.s, 9, &unc) == type_hash(p, b2.s, 9, &unc));
    Type *arr = ty_array(2, f64);
    Val a1 = varray(arr, vfloat(f64, 1), vfloat(f64, -0.0)), a2 = varray(arr, vfloat(f64, 1), pz);
    check_true("array equal", type_equal(arr, a1.s, a2.s, &unc));
    /* type_implements */
    Type *temp = ty_basic(KIND_FLOAT64, NULL);
    ty_name(temp, "main", "Temp");
    ty_method(temp, "String", (Func *)m_Temp_String, false);
    const char *missing = NULL;
    check_true("Temp implements Stringer", type_implements(temp, ty_stringer_iface(), &missing));
    check_true("int does not", !type_implements(in, ty_stringer_iface(), &missing) &&
                                   strcmp(missing, "String") == 0);
    check_true("type_method", type_method(temp, "String") && !type_method(temp, "Strin"));
    /* boxing */
    Val pv = vstruct(p, vint(in, 3), vint(in, 0), vstr(str, "yz", 2));
    Slot box = iface_box(p, pv.s), back[4];
    iface_unbox(p, box, back);
    check_true("box/unbox", box.p != pv.s && type_equal(p, back, pv.s, &unc));
    Slot d = iface_box(in, vint(in, 42).s);
    check_true("direct box", d.i == 42);
    check_true("zero-size box", iface_box(ty_struct(0), NULL).p == NULL);
}

static void quote_cases(void) {
    StrBuf b = {0};
    quote_string(&b, "a\x00\xc3\xa9\xf0\x9f\x98\x80\xff\xe2\x80\xa8", 12, '"', QUOTE_PRINT);
    report("Quote", b.data, b.len, "\"a\\x00\xc3\xa9\xf0\x9f\x98\x80\\xff\\u2028\"", 23);
    check_true("IsPrint", uni_is_print(0xe9) && !uni_is_print(0xad) && !uni_is_print(0xa0) &&
                              uni_is_print(0x1F600) && !uni_is_print(0xD800) &&
                              !uni_is_print(0x110000) && uni_is_print(' ') && !uni_is_print('\t'));
    check_true("CanBackquote", quote_can_backquote("a\tb", 3) && !quote_can_backquote("a`", 2) &&
                                   !quote_can_backquote("\xff", 1) &&
                                   !quote_can_backquote("\xef\xbb\xbf", 3));
}

int main(void) {
    GC_INIT();
    /* Linked with the VM, rt_call_method is the real one, which cannot run the C stand-ins
     * for methods: the cases that need methods are left out then. */
    methods_live = rt_call_method == test_call_method;
    if (!methods_live) {
        printf("note: the VM's rt_call_method is linked in: cases calling methods skipped\n");
    }
    make_types();
    generated_fmt_cases();
    generated_float_cases();
    runtime_print_cases();
    if (methods_live) {
        panic_value_cases();
        errorf_cases();
    }
    type_string_cases();
    equal_hash_cases();
    quote_cases();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

/* clang-format off */
/* The generator of generated_fmt_cases() and generated_float_cases(): run it with Go
 * (go run . > cases.inc, in a module named tgen) and paste its output above.
 *
 * // Generates the cases of tests/unit/test_format.c: every expectation is what real Go prints.
 * // Run: go run . > cases.inc
 * package main
 *
 * import (
 * 	"errors"
 * 	"fmt"
 * 	"math"
 * 	"math/rand"
 * 	"os"
 * 	"reflect"
 * 	"sort"
 * 	"strconv"
 * 	"strings"
 * )
 *
 * // Test types. Those with methods have C twins in test_format.c (m_<Type>_<Method>).
 * type P struct {
 * 	X int
 * 	S string
 * }
 * type Point struct{ X, Y int }
 * type Inner struct {
 * 	A int
 * 	B string
 * }
 * type Outer struct {
 * 	Name  string
 * 	In    Inner
 * 	Ptr   *Inner
 * 	List  []int
 * 	M     map[string]int
 * 	Any   interface{}
 * 	Err   error
 * 	inner []Inner
 * }
 * type Level int
 * type Named struct {
 * 	Name  string
 * 	Tags  []string
 * 	Inner *Point
 * 	Score float64
 * }
 * type Shape struct {
 * 	Name   string
 * 	Points []Point
 * 	Tags   map[string]bool
 * 	Center *Point
 * 	Meta   interface{}
 * }
 * type Str string
 * type Bytes []byte
 * type Temp float64
 *
 * func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }
 *
 * type Color int
 *
 * func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }
 *
 * type Node struct{ name string }
 *
 * func (n *Node) String() string { return "Node<" + n.name + ">" }
 *
 * type BadInput struct{ Field string }
 *
 * func (b BadInput) Error() string { return "bad input in " + b.Field }
 *
 * type Both struct{}
 *
 * func (Both) Error() string  { return "as error" }
 * func (Both) String() string { return "as stringer" }
 *
 * type Boom int
 *
 * func (Boom) String() string { panic("boom") }
 *
 * type NilStr struct{ v int }
 *
 * func (n *NilStr) String() string { return strconv.Itoa(n.v) }
 *
 * type GoStr int
 *
 * func (GoStr) GoString() string { return "GoStr!" }
 *
 * type Hidden struct {
 * 	c Color
 * 	T Temp
 * }
 * type Reading struct {
 * 	Where string
 * 	T     Temp
 * 	N     *Node
 * }
 * type Pair[K comparable, V any] struct {
 * 	K K
 * 	V V
 * }
 *
 * type Case struct {
 * 	mode byte // 'f' Sprintf, 's' Sprint, 'l' Sprintln
 * 	f    string
 * 	a    []any
 * }
 *
 * var cases []Case
 *
 * func f(format string, a ...any) { cases = append(cases, Case{'f', format, a}) }
 * func s(a ...any)                { cases = append(cases, Case{'s', "", a}) }
 * func l(a ...any)                { cases = append(cases, Case{'l', "", a}) }
 *
 * func addCases() {
 * 	// Integers.
 * 	for _, v := range []any{0, 42, -42, 255, math.MaxInt64, math.MinInt64, int8(-128), uint8(200),
 * 		uint16(7), int32(-5), uint64(math.MaxUint64), uint32(3735928559), uintptr(4096), Level(3)} {
 * 		f("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#X|%#o|%#b|%v|%#v", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
 * 		f("%.3d|%8.3d|%-8.3d|%08.3d|%+.3d|%.0d|%5.0d|%x|%#8x|%-#8x|%08x|%+x|% x|%T", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
 * 	}
 * 	f("%c|%c|%c|%c|%c|%-3c|%3c|%c", 'A', 'é', 0x4e16, 0x1F600, -1, 'b', 'a', 0x110000)
 * 	f("%q|%q|%q|%q|%q|%+q|%#q|%q|%q|%q", 'a', '\n', '\'', '"', 0x2028, 'é', 'x', -1, 0xD800, 0x10FFFF)
 * 	f("%U|%#U|%U|%#U|%.6U|%#.2U|%-10U|%010U|%#U|%U", 'A', 'ä', 0x1F600, 0x1F600, 'x', 'x', 'x', 'x', '\n', -1)
 * 	f("%5q|%-5q|%05c|%x|%X|%#v|%v", 'x', 'y', 'z', 'é', -255, 'x', 'x')
 * 	f("%d %d %d %x", uint8(200), int8(-128), uint64(1<<64-1), uint64(1<<64-1))
 * 	f("%v %v", int64(-9223372036854775808), uint32(4294967295))
 * 	f("[%8b] [%08b] [%-8x|] [%#08x] [%# x] [%#-8o|]", 5, 5, 0xbeef, 255, 255, 8)
 * 	f("%x %X %o %b", -255, -255, -8, -5)
 * 	f("%+.2d|%+05d|% 05d|%-+5d|%0-5d|%-05d|%+-5d", 3, 3, 3, 3, 3, 3, 3)
 * 	f("%t|%5t|%-6t|%v|%#v|%d|%s", true, false, true, false, true, true, false)
 * 	// Strings.
 * 	for _, v := range []any{"", "go", "gopher", "héllo", "日本語", "tab\there \"q\" \\ new\nline", "a\x00\xff\u2028\U0001F600", "back`tick", Str("named")} {
 * 		f("[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%q] [%+q] [%#q] [%x] [% x] [%X] [%#x] [%# X] [%.2x] [%v] [%#v] [%T]", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
 * 		f("[%05s] [%-05s] [%5q] [%-12q] [%010x] [%-10X] [%.0s] [%.1q] [%d]", v, v, v, v, v, v, v, v, v)
 * 	}
 * 	// Byte slices and arrays.
 * 	for _, v := range []any{[]byte("hi"), []byte{1, 171, 255}, []byte(nil), []byte{}, Bytes("xy"), [3]byte{1, 2, 3}, &[]byte{7}, [][]byte{[]byte("a"), nil}} {
 * 		f("[%s] [%v] [%d] [%x] [% X] [%q] [%#v] [%c] [%o] [%T] [%5s] [%-8x]", v, v, v, v, v, v, v, v, v, v, v, v)
 * 	}
 * 	// Floats.
 * 	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.1 + 0.2, 2.5, 1e21, 1e20, 123456789.0,
 * 		1e-5, 1e-7, 0.0001, 100000, 1e6, 1234567, 1234.5678, 0.000012345, 5e-324, math.MaxFloat64,
 * 		math.NaN(), math.Inf(1), math.Inf(-1), 1.0 / 3, 3.14159, -3.14159, 12.3456, 0.5, 1.5, 0.05, 1e100, 314159.0}
 * 	for _, v := range floats {
 * 		f("%v|%g|%G|%e|%E|%f|%F|%.2f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% .2f|%08.3f|%+08.2f|%#g|%#.3g|%#v|%x|%X|%.2x|%b|%5.1f|%-8v|%08v", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
 * 		f("%.0f|%.0e|%.0g|%#.0f|%#.0e|%#x|%.1g|%10g|%+g|% g|%+v|%s|%d|%T|%#e|%#f", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
 * 	}
 * 	for _, v := range []float32{0.1, 1.0 / 3, 16777216, 16777217, 3.4028235e38, 1e-45, 2.5, -0.0, float32(math.Inf(1))} {
 * 		f("%v|%g|%e|%f|%.2f|%x|%b|%T|%#v|%8.3v", v, v, v, v, v, v, v, v, v, v)
 * 	}
 * 	f("[%.0f] [%.0f] [%.0f] [%.1f] [%.1f] [%.2f]", 0.5, 1.5, 2.5, 0.05, 0.25, 1.005)
 * 	f("[%5.1f] [%-7.2f|] [%+.2f] [%07.2f] [% f] [%+f] [%5v] [%-6v|] [%06v] [%+06.1f]", math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.NaN(), math.Inf(1), math.NaN(), math.Inf(1))
 * 	// Complex.
 * 	for _, v := range []any{complex(1.5, -2), complex(1, 2), complex(0, 0), complex(math.Inf(1), math.NaN()), complex64(complex(0.1, 0.2)), complex(-1e21, 1e-7)} {
 * 		f("%v|%.2f|%e|%g|%+v|%#v|%8.1f|%T|%d", v, v, v, v, v, v, v, v, v)
 * 	}
 * 	// Composite values.
 * 	p := P{1, "a"}
 * 	f("%v|%+v|%#v|%T|%d|%s|%x|%q", p, p, p, p, p, p, p, p)
 * 	f("%v|%+v|%#v|%T", &p, &p, &p, &p)
 * 	f("%v|%#v|%T|%d|%x|%q|%s|%5v|%-4d|", []int{1, 2}, []int{1, 2}, []int{1, 2}, []int{3, 4}, []int{10, 255}, []int{65, 'é'}, []int{1}, []int{1, 2}, []int{1, 2})
 * 	f("%v|%#v|%v|%#v|%v|%#v", []int(nil), []int(nil), []int{}, []int{}, [0]int{}, [2]bool{true, false})
 * 	f("%v|%#v|%q|%s|%x|%X", []string{"a b", "c"}, []string{"a", "b"}, []string{"a b", "c"}, []string{"x"}, []string{"hi", "yo"}, []string{"hi"})
 * 	f("%v|%+v|%#v", [][]int{{1}, {}, nil}, [2]Inner{}, []Point{{1, 2}, {3, 4}})
 * 	f("%v|%#v|%v|%#v", map[string]int{"z": 1, "a": 2}, map[string]int{"z": 26, "a": 1}, map[string]int(nil), map[string]int(nil))
 * 	f("%v|%d|%x|%#v", map[int]string{3: "c", -1: "m", 2: "b", 10: "x"}, map[int]int{2: 20, 1: 10}, map[string]int{"a": 255}, map[int][]string{2: {"b"}, 1: {"a", "a2"}})
 * 	f("%v", map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0: 3, -1.5: 4, math.Inf(1): 5})
 * 	f("%v|%v", map[bool]int{true: 1, false: 0}, map[Inner]bool{{2, "b"}: true, {1, "a"}: false, {1, "0"}: true})
 * 	f("%v|%v", map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"}, map[any]int{nil: 0, 3: 3, 1: 1})
 * 	f("%v", map[Color]int{2: 1, 0: 3})
 * 	f("%v|%v|%v|%v", []any{1, "a", nil, 2.5, true}, []any{nil, []int(nil), map[string]int(nil)}, []*int{nil}, []error{nil})
 * 	f("%#v|%#v|%#v", []any{1, "s", nil}, []error{nil}, [1]any{})
 * 	f("%v|%+v|%#v", struct {
 * 		A []int
 * 		M map[int]string
 * 	}{[]int{1}, map[int]string{1: "one"}}, struct{}{}, struct {
 * 		A int
 * 		B string
 * 	}{1, "b"})
 * 	o := Outer{Name: "top", In: Inner{1, "x"}, List: []int{1, 2, 3}, M: map[string]int{"b": 2, "a": 1, "c": 3}, Any: Inner{3, "z"}, inner: []Inner{{4, "w"}}}
 * 	f("%v", o)
 * 	f("%+v", o)
 * 	f("%v|%+v", Outer{}, Outer{})
 * 	f("%#v", Outer{Any: 5, Err: BadInput{"f"}})
 * 	f("%v %+v|%d %s", [2]Inner{}, &Inner{5, "five"}, Inner{6, "six"}, Inner{7, "seven"})
 * 	f("%v|%v|%#v|%v", &[]int{1}, &map[string]int{"a": 1}, &[2]int{1, 2}, &[]*Inner{nil})
 * 	f("%v|%d|%s|%x", &[]string{"a"}, &Inner{1, "b"}, &Point{1, 2}, &Inner{255, "b"})
 * 	f("%v|%+v|%#v|%v", (*Point)(nil), (*Point)(nil), (*Point)(nil), []*Point{nil})
 * 	f("%v|%s|%d|%#v|%T", nil, nil, nil, nil, nil)
 * 	f("%#v|%#v|%#v|%#v", Level(3), uint8(7), uintptr(10), int64(-1))
 * 	f("%#v|%#v|%#v|%#v|%#v", "quote\"d", 42, 3.0, 2.5, 1e21)
 * 	f("%#v|%#v", Pair[int, string]{1, "a"}, Pair[Level, []int]{2, nil})
 * 	f("%T|%T|%T|%T|%T", Pair[int, string]{}, []Pair[int, string]{}, map[string][]*Point{}, [3]Level{}, struct{ a, B int }{})
 * 	f("%T|%T|%T|%T", []any{}, new(any), new(error), errors.New("x"))
 * 	f("%v|%v", struct{ _, A int }{A: 2}, &struct{ x, y float32 }{0.1, 2})
 * 	// Methods.
 * 	f("%v|%s|%d|%.2f|%q|%x|%5v|%-12s|%#v|%+v", Temp(21.55), Temp(21.55), Temp(3), Temp(21.55), Temp(1), Temp(1), Temp(1), Temp(2), Temp(1), Temp(1))
 * 	f("%v|%d|%s|%v|%v", Color(1), Color(1), []Color{0, 2}, map[Color]string{1: "x"}, &[]Color{2})
 * 	n := Node{"a"}
 * 	f("%v|%v|%s|%d", &n, n, []*Node{&n}, &n)
 * 	r := Reading{"lab", 19.25, &Node{"b"}}
 * 	f("%v|%+v|%s", r, r, r)
 * 	var err error = BadInput{"age"}
 * 	f("[%v] [%s] [%q] [%x] [%d] [%+v] [%#v]", err, err, err, err, err, err, err)
 * 	f("%v|%s|%v|%#v", Both{}, Both{}, []Both{{}}, Both{})
 * 	f("%v|%s|%d|%v|%+v", Boom(1), Boom(2), Boom(3), []Boom{1}, struct{ B Boom }{1})
 * 	f("%v|%s|%v|%v|%v", (*NilStr)(nil), &NilStr{5}, []*NilStr{nil}, NilStr{7}, struct{ N *NilStr }{})
 * 	f("%v|%#v|%#v|%#v|%d", GoStr(1), GoStr(1), []GoStr{1}, struct{ G GoStr }{2}, GoStr(3))
 * 	f("%v|%+v", Hidden{1, 2}, Hidden{2, 3})
 * 	f("%v|%v", errors.New("plain"), []error{err, nil})
 * 	f("%w|%w", errors.New("e"), 5)
 * 	f("%v", struct {
 * 		e error
 * 		s fmt.Stringer
 * 	}{BadInput{"x"}, Temp(1)})
 * 	// Bad verbs, missing, extra, widths.
 * 	f("%d", "hi")
 * 	f("%s", 42)
 * 	f("%d %d", 1)
 * 	f("%v")
 * 	f("%d", 1, 2)
 * 	f("x", "extra", 3.5)
 * 	f("x", nil, []int{1}, Temp(1))
 * 	f("%z", 7)
 * 	f("%t", 1)
 * 	f("%f", "str")
 * 	f("%d", P{1, "a"})
 * 	f("%s|%d", nil, nil)
 * 	f("%!")
 * 	f("trailing %")
 * 	f("%-")
 * 	f("%d-%s", 5)
 * 	f("%d", true)
 * 	f("%c", "c")
 * 	f("%s %s", []int{1}, map[string]bool{"k": true})
 * 	f("%5d|%-6s|%08.3d", "hi", 3, "x")
 * 	f("%é|%ü", 1, "x")
 * 	f("%p|%s", 5, &Point{1, 2})
 * 	f("%d|%x", []*Point{nil}, &[]int{})
 * 	f("[%*d] [%-*d|] [%*d] [%.*f] [%*.*f] [%*s] [%.*s]", 4, 7, 4, 7, -6, 42, 2, 3.14159, 10, 2, 2.71828, 8, "right", 2, "truncate")
 * 	f("[%[2]d %[1]d] [%[1]d %[1]x %[1]o %[1]b] [%[3]*.[2]*[1]f]", 1, 2, 10)
 * 	f("[%[3]*.[2]*[1]f]", 12.0, 2, 6)
 * 	f("[%*d] [%.*d] [%*d]", "x", 5, "y", 6, 10000000, 1)
 * 	f("[%*d] [%.*d] [%*d]", uint8(3), 5, int64(-2), 6, uint(2), 1)
 * 	f("%[5]d|%[0]d|%[x]d|%[1]|%[2]*d|%d %[1]d %d", 1, 2)
 * 	f("%[1]d %d %d", 1, 2, 3)
 * 	f("%.[2]d|%[3]2d|%[1].2d", 1, 2, 3)
 * 	f("%!d(x)|%%|%5%|%-%", 1)
 * 	f("%v %v", 1)
 * 	f("%10.4v|%-10.3v|", "abcdefgh", 3.14159)
 * 	f("%.3v|%.1v|%3.1v", []string{"abcdef", "gh"}, []float64{1.25, 3}, map[string]int{"abc": 1})
 * 	f("%12345678d|%.12345678d", 1, 2)
 * 	f("%x|%X", [2]uint8{1, 2}, []uint16{1, 300})
 * 	// From the acceptance corpus.
 * 	pt := Point{1, 2}
 * 	l(pt, &pt)
 * 	nm := Named{"n", []string{"a", "b"}, nil, 1.5}
 * 	l(nm)
 * 	f("%v|%+v\n", nm, nm)
 * 	l([]int(nil), map[string]bool(nil), (*Point)(nil), nil, error(nil))
 * 	l(map[string]int{"b": 2, "a": 1, "c": 3})
 * 	l([]string{"x", "y"}, [2]bool{true, false}, []float64{0.5, 2})
 * 	l(Color(1), []Color{0, 2}, map[Color]int{2: 1, 0: 3})
 * 	l(errors.New("oops"), 'x', byte('x'), "str")
 * 	f("%#v", Shape{Name: "tri", Points: []Point{{0, 0}, {1, 0}}, Tags: map[string]bool{"closed": true}})
 * 	f("%#v %#v", error(nil), 'x')
 * 	l(&Named{Name: "ptr"}, []Point{{1, 2}, {3, 4}})
 * 	l(struct {
 * 		X, Y int
 * 		S    []string
 * 	}{1, 2, []string{"p", "q"}})
 * 	f("%-10q => [%s] len=%d", "%d", "%!d(string=hi)", 14)
 * 	// Widths and flags on composite and nil values.
 * 	f("[%8v] [%-8v] [%8T] [%-12T] [%8v] [%8v] [%6v] [%-6d]", nil, nil, 1, "s", (*int)(nil), map[int]int(nil), []int{1, 22}, [2]int{3, 4})
 * 	f("[%6v] [%-6v] [%06v] [%+6v] [%x] [%X] [%o] [%#x]", Point{1, 2}, Point{1, 2}, Point{1, 2}, Point{1, 2}, Point{255, 16}, &Point{255, 16}, map[string]int{"a": 8}, []int{255})
 * 	f("[%08.3s] [%+q] [%# x] [%#X] [%.0s] [%5.1q] [%-#v] [%#5v]", "abcdef", []string{"é", "x"}, []byte{1, 2}, "hi", "abc", "abc", Point{1, 2}, 7)
 * 	f("[%6.2v] [%-8.3v] [%+.3v] [% v] [%+v] [%#v]", 3.14159, 2.71828, 1.0, 1.5, -0.0, math.Copysign(0, -1))
 * 	f("[%+d] [% d] [%+x] [% x] [%#v] [%#v] [%#v]", []int{1, -1}, []int{1, -1}, []int{255}, []int{255}, []uint{1}, []int8{-1}, []float32{0.1})
 * 	f("[%v] [%#v] [%v] [%#v] [%v] [%#v]", [0]int{}, [0]int{}, struct{}{}, struct{}{}, [2]struct{}{}, []struct{}{{}})
 * 	f("[%s] [%v] [%q] [%x]", Str("a"), []Str{"b", "c"}, Str("q"), Str("hi"))
 * 	f("[%v] [%d] [%v] [%v]", []uint8{1, 2}, [2]uint8{3, 4}, []Level{1}, map[Level]Str{2: "x", 1: "y"})
 * 	f("%v|%v|%v", int32('x'), []int32("hé"), []rune{'a'})
 * 	f("%c|%q|%U|%x|%08b", []rune("hé"), []rune("hé"), []rune("h"), []rune("h"), []int8{-1, 3})
 * 	f("%s|%v", []any{"a", 1, nil}, map[string]any{"b": []int{1}, "a": nil})
 * 	f("%6.2f|%-8.3e|%+.1g|%08.2f", []float64{1, 2.5}, []float64{1e6}, []float64{-0.05}, []float64{-1.5, 2})
 * 	// Print and Println spacing.
 * 	s("a", "b", "c")
 * 	s(1, 2, 3)
 * 	s("a", 1, 2, "b", 3, "c")
 * 	s(1, "x", 2)
 * 	s(1.5, true, nil, []int{1})
 * 	s(Str("named"), 1, Str("string"))
 * 	s()
 * 	s(3, 'x', "z", 'y', nil, nil, Temp(1), P{1, "a"})
 * 	l("a", "b", 1, 2)
 * 	l()
 * 	l("hello", 'A', 2.0, nil, []int(nil), map[string]int(nil), (*int)(nil), errors.New("e"))
 * 	l(int8(-5), uint16(7), int64(1)<<40, float32(2.5), true, nil, complex64(1+2i), float32(0.1))
 * 	l(1e21, 1e20, 123456789.0, 1e-7, 0.0001, 1e-5, 100.0, 2.5, -3.75, 1.0/3.0, math.MaxFloat64, math.SmallestNonzeroFloat64)
 * 	l(float32(0.1), float32(1)/3, float32(16777216.0)+1, 3.0, 1e100, math.Copysign(0, -1))
 * }
 *
 * // ---- C emission ----
 *
 * var typeVars = map[reflect.Type]string{}
 * var typeDecls []string
 * var methodTypes = map[string][]string{}
 *
 * func cstr(s string) string {
 * 	var b strings.Builder
 * 	b.WriteByte('"')
 * 	for i := 0; i < len(s); i++ {
 * 		c := s[i]
 * 		switch {
 * 		case c == '"' || c == '\\':
 * 			b.WriteByte('\\')
 * 			b.WriteByte(c)
 * 		case c == '?':
 * 			b.WriteString("\\?")
 * 		case c >= 0x20 && c < 0x7f:
 * 			b.WriteByte(c)
 * 		default:
 * 			fmt.Fprintf(&b, "\\%03o", c)
 * 		}
 * 	}
 * 	b.WriteByte('"')
 * 	return b.String()
 * }
 *
 * var kindNames = map[reflect.Kind]string{
 * 	reflect.Bool: "KIND_BOOL", reflect.Int: "KIND_INT", reflect.Int8: "KIND_INT8", reflect.Int16: "KIND_INT16",
 * 	reflect.Int32: "KIND_INT32", reflect.Int64: "KIND_INT64", reflect.Uint: "KIND_UINT", reflect.Uint8: "KIND_UINT8",
 * 	reflect.Uint16: "KIND_UINT16", reflect.Uint32: "KIND_UINT32", reflect.Uint64: "KIND_UINT64",
 * 	reflect.Uintptr: "KIND_UINTPTR", reflect.Float32: "KIND_FLOAT32", reflect.Float64: "KIND_FLOAT64",
 * 	reflect.Complex64: "KIND_COMPLEX64", reflect.Complex128: "KIND_COMPLEX128", reflect.String: "KIND_STRING",
 * }
 *
 * var errorType = reflect.TypeOf((*error)(nil)).Elem()
 *
 * func ct(t reflect.Type) string {
 * 	if v, ok := typeVars[t]; ok {
 * 		return v
 * 	}
 * 	var expr string
 * 	named := t.Name() != "" && t.PkgPath() != ""
 * 	name := t.Name()
 * 	switch {
 * 	case t == errorType:
 * 		expr = "ty_error()"
 * 	case t.Name() != "" && t.PkgPath() == "":
 * 		expr = fmt.Sprintf("ty_basic(%s, %s)", kindNames[t.Kind()], cstr(t.Name()))
 * 	default:
 * 		switch t.Kind() {
 * 		case reflect.Slice:
 * 			expr = fmt.Sprintf("ty_slice(%s)", ct(t.Elem()))
 * 		case reflect.Array:
 * 			expr = fmt.Sprintf("ty_array(%d, %s)", t.Len(), ct(t.Elem()))
 * 		case reflect.Pointer:
 * 			// A named pointee's methods may be promoted to the pointer: define it first.
 * 			expr = fmt.Sprintf("ty_ptr(%s)", ct(t.Elem()))
 * 		case reflect.Map:
 * 			expr = fmt.Sprintf("ty_map(%s, %s)", ct(t.Key()), ct(t.Elem()))
 * 		case reflect.Interface:
 * 			if t.NumMethod() != 0 {
 * 				// fmt.Stringer-like: only method String() string is supported.
 * 				expr = "ty_stringer_iface()"
 * 			} else {
 * 				expr = "ty_any()"
 * 			}
 * 		case reflect.Struct:
 * 			var parts []string
 * 			for i := 0; i < t.NumField(); i++ {
 * 				fl := t.Field(i)
 * 				parts = append(parts, fmt.Sprintf("%s, %s, %v, %v", cstr(fl.Name), ct(fl.Type), fl.Anonymous, fl.IsExported()))
 * 			}
 * 			expr = fmt.Sprintf("ty_struct(%d%s)", t.NumField(), prefixComma(strings.Join(parts, ", ")))
 * 		default:
 * 			expr = fmt.Sprintf("ty_basic(%s, NULL)", kindNames[t.Kind()])
 * 			named = true
 * 		}
 * 	}
 * 	v := fmt.Sprintf("t%d", len(typeVars))
 * 	typeVars[t] = v
 * 	decl := fmt.Sprintf("    %s = %s;", v, expr)
 * 	if named && t.Name() != "" {
 * 		// A generic instance's name is spelt as the checker spells it (qualified arguments).
 * 		name = strings.ReplaceAll(name, "tgen.", "main.")
 * 		pkg := t.PkgPath()
 * 		if pkg == "tgen" {
 * 			pkg = "main"
 * 		}
 * 		decl += fmt.Sprintf(" ty_name(%s, %s, %s);", v, cstr(pkg), cstr(name))
 * 	}
 * 	typeDecls = append(typeDecls, decl)
 * 	// Methods (for the value type and, once the pointer type exists, for it).
 * 	for _, m := range []string{"Error", "GoString", "String"} {
 * 		if t.Kind() == reflect.Interface {
 * 			break
 * 		}
 * 		if _, ok := t.MethodByName(m); ok {
 * 			base, deref := t, false
 * 			if t.Kind() == reflect.Pointer {
 * 				base = t.Elem()
 * 				_, deref = base.MethodByName(m)
 * 			}
 * 			typeDecls = append(typeDecls, fmt.Sprintf("    ty_method(%s, %s, (Func *)m_%s_%s, %v);", v, cstr(m), base.Name(), m, deref))
 * 		}
 * 	}
 * 	return v
 * }
 *
 * func prefixComma(s string) string {
 * 	if s == "" {
 * 		return ""
 * 	}
 * 	return ", " + s
 * }
 *
 * func cfloat(x float64) string {
 * 	switch {
 * 	case math.IsNaN(x):
 * 		return "NAN"
 * 	case math.IsInf(x, 1):
 * 		return "INFINITY"
 * 	case math.IsInf(x, -1):
 * 		return "-INFINITY"
 * 	}
 * 	return strconv.FormatFloat(x, 'x', -1, 64)
 * }
 *
 * // cv: a C expression (type Val) building value v.
 * func cv(v reflect.Value) string {
 * 	t := v.Type()
 * 	T := ct(t)
 * 	switch t.Kind() {
 * 	case reflect.Bool:
 * 		b := 0
 * 		if v.Bool() {
 * 			b = 1
 * 		}
 * 		return fmt.Sprintf("vint(%s, %d)", T, b)
 * 	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
 * 		if v.Int() == math.MinInt64 {
 * 			return fmt.Sprintf("vint(%s, INT64_MIN)", T)
 * 		}
 * 		return fmt.Sprintf("vint(%s, %dLL)", T, v.Int())
 * 	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
 * 		return fmt.Sprintf("vint(%s, (int64_t)%dULL)", T, v.Uint())
 * 	case reflect.Float32, reflect.Float64:
 * 		return fmt.Sprintf("vfloat(%s, %s)", T, cfloat(v.Float()))
 * 	case reflect.Complex64, reflect.Complex128:
 * 		c := v.Complex()
 * 		return fmt.Sprintf("vcomplex(%s, %s, %s)", T, cfloat(real(c)), cfloat(imag(c)))
 * 	case reflect.String:
 * 		return fmt.Sprintf("vstr(%s, %s, %d)", T, cstr(v.String()), v.Len())
 * 	case reflect.Slice:
 * 		if v.IsNil() {
 * 			return fmt.Sprintf("vzero(%s)", T)
 * 		}
 * 		return fmt.Sprintf("vslice(%s, %d%s)", T, v.Len(), elems(v))
 * 	case reflect.Array:
 * 		return fmt.Sprintf("varray(%s%s)", T, elems(v))
 * 	case reflect.Struct:
 * 		var parts []string
 * 		for i := 0; i < v.NumField(); i++ {
 * 			parts = append(parts, cv(v.Field(i)))
 * 		}
 * 		return fmt.Sprintf("vstruct(%s%s)", T, prefixComma(strings.Join(parts, ", ")))
 * 	case reflect.Pointer:
 * 		if v.IsNil() {
 * 			return fmt.Sprintf("vzero(%s)", T)
 * 		}
 * 		return fmt.Sprintf("vptr(%s, %s)", T, cv(v.Elem()))
 * 	case reflect.Map:
 * 		if v.IsNil() {
 * 			return fmt.Sprintf("vzero(%s)", T)
 * 		}
 * 		var kv [][2]reflect.Value
 * 		for it := v.MapRange(); it.Next(); {
 * 			kv = append(kv, [2]reflect.Value{it.Key(), it.Value()})
 * 		}
 * 		// Insert in a scrambled but fixed order: the printer must sort.
 * 		sort.Slice(kv, func(i, j int) bool { return cv(kv[i][1])+cv(kv[i][0]) > cv(kv[j][1])+cv(kv[j][0]) })
 * 		var parts []string
 * 		for _, e := range kv {
 * 			parts = append(parts, cv(e[0]), cv(e[1]))
 * 		}
 * 		return fmt.Sprintf("vmap(%s, %d%s)", T, len(kv), prefixComma(strings.Join(parts, ", ")))
 * 	case reflect.Interface:
 * 		if v.IsNil() {
 * 			return fmt.Sprintf("vzero(%s)", T)
 * 		}
 * 		return fmt.Sprintf("viface(%s, %s)", T, cv(v.Elem()))
 * 	}
 * 	panic("unsupported kind " + t.String())
 * }
 *
 * func elems(v reflect.Value) string {
 * 	var parts []string
 * 	for i := 0; i < v.Len(); i++ {
 * 		parts = append(parts, cv(v.Index(i)))
 * 	}
 * 	return prefixComma(strings.Join(parts, ", "))
 * }
 *
 * // usesMethods: does formatting v call an Error, String or GoString method somewhere?
 * func usesMethods(v reflect.Value) bool {
 * 	for _, m := range []string{"Error", "GoString", "String"} {
 * 		if _, ok := v.Type().MethodByName(m); ok && v.Kind() != reflect.Interface {
 * 			return true
 * 		}
 * 	}
 * 	switch v.Kind() {
 * 	case reflect.Slice, reflect.Array:
 * 		for i := 0; i < v.Len(); i++ {
 * 			if usesMethods(v.Index(i)) {
 * 				return true
 * 			}
 * 		}
 * 	case reflect.Struct:
 * 		for i := 0; i < v.NumField(); i++ {
 * 			if usesMethods(v.Field(i)) {
 * 				return true
 * 			}
 * 		}
 * 	case reflect.Pointer, reflect.Interface:
 * 		return !v.IsNil() && usesMethods(v.Elem())
 * 	case reflect.Map:
 * 		for it := v.MapRange(); it.Next(); {
 * 			if usesMethods(it.Key()) || usesMethods(it.Value()) {
 * 				return true
 * 			}
 * 		}
 * 	}
 * 	return false
 * }
 *
 * func carg(a any) string {
 * 	if a == nil {
 * 		return "vnil()"
 * 	}
 * 	return cv(reflect.ValueOf(a))
 * }
 *
 * // fuzzCases: random formats over a pool of operands (FUZZ=seed go run .), for a
 * // throwaway differential test built like test_format.c.
 * func fuzzCases() {
 * 	r := rand.New(rand.NewSource(int64(len(os.Getenv("FUZZ")) * 7919)))
 * 	pool := []any{0, 7, -42, 255, uint8(200), int64(math.MinInt64), uint64(math.MaxUint64), 'é', 0x1F600,
 * 		"", "go", "héllo", "a\x00\xff", "`q`", Str("s"), true, false, nil,
 * 		0.0, -0.0, 1.5, 1e21, 1e-7, 123456.789, math.NaN(), math.Inf(-1), float32(0.1), complex(1, -2),
 * 		[]int{1, 2}, []int(nil), []byte("hi"), []byte(nil), [2]bool{true}, []string{"a", "b c"},
 * 		map[string]int{"b": 1, "a": 2}, map[int]bool(nil), P{1, "x"}, &P{2, "y"}, (*P)(nil), []*P{nil},
 * 		Inner{3, "z"}, Level(5), Temp(2.25), Color(2), BadInput{"f"}, Boom(1), GoStr(1), []any{1, "a", nil},
 * 		struct{ a, B int }{1, 2}, Hidden{1, 2}, Pair[int, string]{1, "a"}}
 * 	// No %p (addresses vary) and no %w (Go 1.20 changed its flags; this Go is 1.19).
 * 	verbs := "vdsqxXobcUeEfFgGtT%!z"
 * 	for i := 0; i < 4000; i++ {
 * 		var b strings.Builder
 * 		var args []any
 * 		nv := 1 + r.Intn(3)
 * 		for j := 0; j < nv; j++ {
 * 			b.WriteString("|%")
 * 			for _, fl := range "+-# 0" {
 * 				if r.Intn(5) == 0 {
 * 					b.WriteRune(fl)
 * 				}
 * 			}
 * 			if r.Intn(3) == 0 {
 * 				if r.Intn(6) == 0 {
 * 					b.WriteString("*")
 * 					args = append(args, r.Intn(20)-5)
 * 				} else {
 * 					fmt.Fprintf(&b, "%d", r.Intn(12))
 * 				}
 * 			}
 * 			if r.Intn(3) == 0 {
 * 				if r.Intn(6) == 0 {
 * 					b.WriteString(".*")
 * 					args = append(args, r.Intn(8)-2)
 * 				} else {
 * 					fmt.Fprintf(&b, ".%d", r.Intn(8))
 * 				}
 * 			}
 * 			v := verbs[r.Intn(len(verbs))]
 * 			b.WriteByte(v)
 * 			if v == 'p' {
 * 				continue
 * 			}
 * 			if r.Intn(15) != 0 {
 * 				a := pool[r.Intn(len(pool))]
 * 				if v == 'p' {
 * 					a = nil
 * 				}
 * 				args = append(args, a)
 * 			}
 * 		}
 * 		if r.Intn(10) == 0 {
 * 			args = append(args, pool[r.Intn(len(pool))])
 * 		}
 * 		f(b.String(), args...)
 * 	}
 * }
 *
 * func main() {
 * 	if os.Getenv("FUZZ") != "" {
 * 		fuzzCases()
 * 	} else {
 * 		addCases()
 * 	}
 * 	var body []string
 * 	for _, c := range cases {
 * 		var got string
 * 		switch c.mode {
 * 		case 'f':
 * 			got = fmt.Sprintf(c.f, c.a...)
 * 		case 's':
 * 			got = fmt.Sprint(c.a...)
 * 		case 'l':
 * 			got = fmt.Sprintln(c.a...)
 * 		}
 * 		var args []string
 * 		for _, a := range c.a {
 * 			args = append(args, carg(a))
 * 		}
 * 		got = strings.ReplaceAll(got, "tgen.", "main.")
 * 		check := "check_fmt"
 * 		for _, a := range c.a {
 * 			if a != nil && usesMethods(reflect.ValueOf(a)) {
 * 				check = "check_fmt_methods"
 * 			}
 * 		}
 * 		body = append(body, fmt.Sprintf("    %s('%c', %s, %d, %s, %d, %d%s);", check, c.mode, cstr(c.f), len(c.f), cstr(got), len(got), len(c.a), prefixComma(strings.Join(args, ", "))))
 * 	}
 * 	// strconv.FormatFloat cases.
 * 	r := rand.New(rand.NewSource(7))
 * 	var fl []string
 * 	vals := []float64{0, math.Copysign(0, -1), 1, 0.1, 1e21, 1e20, 123456789, 1e-5, 0.1 + 0.2, 5e-324,
 * 		math.MaxFloat64, math.NaN(), math.Inf(1), math.Inf(-1), 1.0 / 3, 2.5, 1e23, 9007199254740993,
 * 		float64(float32(0.1)), 3.4028234663852886e38, 1.401298464324817e-45, 0.000123456789, 987654321.123}
 * 	type spec struct {
 * 		fc   byte
 * 		prec int
 * 	}
 * 	var all []spec
 * 	for _, fc := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
 * 		for _, prec := range []int{-1, 0, 3, 12} {
 * 			all = append(all, spec{fc, prec})
 * 		}
 * 	}
 * 	few := []spec{{'g', -1}, {'e', -1}, {'e', 5}, {'f', 3}, {'x', -1}, {'g', 10}}
 * 	add := func(v float64, specs []spec) {
 * 		for _, bs := range []int{64, 32} {
 * 			vv := v
 * 			if bs == 32 {
 * 				vv = float64(float32(v))
 * 			}
 * 			for _, sp := range specs {
 * 				if sp.fc == 'f' && math.Abs(vv) > 1e30 && sp.prec != -1 {
 * 					continue
 * 				}
 * 				fl = append(fl, fmt.Sprintf("    check_float(%s, '%c', %d, %d, %s);", cfloat(vv), sp.fc, sp.prec, bs, cstr(strconv.FormatFloat(vv, sp.fc, sp.prec, bs))))
 * 			}
 * 		}
 * 	}
 * 	for _, v := range vals {
 * 		add(v, all)
 * 	}
 * 	for i := 0; i < 16; i++ {
 * 		add(math.Float64frombits(r.Uint64()), few)
 * 		add(r.NormFloat64()*math.Pow(10, float64(r.Intn(30)-15)), few)
 * 	}
 * 	fmt.Println("// Generated by the Go program at the end of this file: do not edit by hand.")
 * 	fmt.Printf("static Type *%s;\n", func() string {
 * 		var vs []string
 * 		for i := 0; i < len(typeVars); i++ {
 * 			vs = append(vs, fmt.Sprintf("*t%d", i))
 * 		}
 * 		return strings.Join(vs, ", ")[1:]
 * 	}())
 * 	fmt.Println("\nstatic void make_types(void) {")
 * 	fmt.Println(strings.Join(typeDecls, "\n"))
 * 	fmt.Println("}\n\nstatic void generated_fmt_cases(void) {")
 * 	fmt.Println(strings.Join(body, "\n"))
 * 	fmt.Println("}\n\nstatic void generated_float_cases(void) {")
 * 	fmt.Println(strings.Join(fl, "\n"))
 * 	fmt.Println("}")
 * }
 */
