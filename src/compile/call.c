/* call.c — calls: of declared functions (CALL), of methods, of interface methods (CALLI, only
 * in cmp_emit_calli), of func values (CALLC); argument passing; the builtins; conversions T(x);
 * go and defer.
 *
 * A call's frame is a block of registers at base: the receiver of a method (flattened, as the
 * method takes it), then the arguments, each converted to its parameter's type and the variadic
 * ones gathered in a slice. The callee's results replace them from base on. The block is sized
 * for the larger of arguments and results, plus one slot.
 *
 * go and defer evaluate the function value and the argument slots where the statement stands;
 * GO starts the call in a new goroutine, DEFER records it for the function's exit. A builtin
 * is wrapped in a small function whose parameters are its evaluated arguments.
 */
#include "internal.h"

#include <limits.h>

/* ---- frames and arguments ---- */

/* Sums of slot counts saturate at INT_MAX: a frame that large is reported, never wrapped. */
static int slots_sum(Type **types, int n) {
    int64_t sum = 0;
    for (int i = 0; i < n; i++) {
        sum += types[i]->slots;
    }
    return sum > INT_MAX ? INT_MAX : (int)sum;
}

int cmp_params_slots(Type *sig) {
    return slots_sum(sig->params, sig->nparams);
}

int cmp_results_slots(Type *sig) {
    return slots_sum(sig->results, sig->nresults);
}

int cmp_alloc_frame(FS *fs, int arg_slots, int result_slots) {
    int n = arg_slots > result_slots ? arg_slots : result_slots;
    return cmp_alloc(fs, n < INT_MAX ? n + 1 : n);
}

bool cmp_receiver_from(FS *fs, LV *lv, Obj *m, int dst) {
    Type *rt = lv->t;
    if (m->ptr_recv) {
        if (rt->kind == KIND_POINTER) {
            cmp_load_lv(fs, lv, dst);
            return true;
        }
        int p = cmp_lv_addr(fs, lv);
        if (p < 0) {
            return false;
        }
        cmp_move(fs, dst, p, 1);
        return true;
    }
    if (rt->kind == KIND_POINTER) {
        int p = cmp_alloc(fs, 1);
        cmp_load_lv(fs, lv, p);
        LV d = {LV_MEM, m->recv_base, p, 0, 0, 0, 0, NULL, NULL};
        cmp_load_lv(fs, &d, dst);
    } else {
        cmp_load_lv(fs, lv, dst);
    }
    return true;
}

/* Places the receiver of a direct method call at dst. */
static void method_receiver(FS *fs, Expr *sel_e, Obj *m, int dst) {
    LV lv = cmp_selector_lv(fs, sel_e);
    if (!cmp_receiver_from(fs, &lv, m, dst)) {
        cmp_error(fs, sel_e->pos, "internal: receiver not addressable");
    }
}

/* f(g()) with g returning several values: g's results, converted, as f's arguments. */
static void tuple_args(FS *fs, Expr *e, Type *sig, int base) {
    Expr *g = e->call.args[0];
    int np = sig->nparams;
    int off = 0;
    int src = cmp_expr(fs, g, -1);
    Type *tt = g->type;
    int nfixed = sig->variadic && !e->call.has_ellipsis ? np - 1 : np;
    for (int i = 0; i < tt->nparams && i < nfixed; i++) {
        Type *pt = sig->params[i];
        cmp_convert_value(fs, tt->params[i], pt, src, base + off);
        src += tt->params[i]->slots;
        off += pt->slots;
    }
    if (sig->variadic && !e->call.has_ellipsis) {
        Type *st = sig->params[np - 1];
        int cnt = tt->nparams - nfixed;
        int tmp = cmp_alloc(fs, cnt * st->elem->slots + 1);
        for (int i = 0; i < cnt; i++) {
            cmp_convert_value(fs, tt->params[nfixed + i], st->elem, src, tmp + i * st->elem->slots);
            src += tt->params[nfixed + i]->slots;
        }
        cmp_emit(fs, OP_NEWSLICE, base + off, tmp, cnt);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, st->elem));
    }
}

/* Compiles the arguments of a call into base+off, converting to the parameter types and
 * building the variadic slice. */
static void call_args(FS *fs, Expr *e, Type *sig, int base) {
    CallInfo *ci = e->call.extra;
    int n = e->call.n;
    if (n == 1 && e->call.args[0]->type && e->call.args[0]->type->kind == KIND_TUPLE) {
        tuple_args(fs, e, sig, base);
        return;
    }
    int off = 0;
    int nfixed = (ci && ci->variadic_slice) ? ci->nfixed : sig->nparams;
    for (int i = 0; i < nfixed && i < n; i++) {
        Type *pt = sig->params[i];
        cmp_expr_to(fs, e->call.args[i], pt, base + off);
        off += pt->slots;
    }
    if (ci && ci->variadic_slice) {
        Type *st = ci->variadic_slice;
        int cnt = n - nfixed;
        if (cnt == 0) {
            cmp_zero(fs, base + off, 3);
            return;
        }
        int es = st->elem->slots;
        int tmp = cmp_alloc(fs, cnt * es);
        for (int i = 0; i < cnt; i++) {
            cmp_expr_to(fs, e->call.args[nfixed + i], st->elem, tmp + i * es);
        }
        cmp_emit(fs, OP_NEWSLICE, base + off, tmp, cnt);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, st->elem));
    }
}

/* Where a call's results are: moved to dst if the caller chose one. */
static int finish_call(FS *fs, Expr *e, int base, int dst) {
    int n = e->type ? e->type->slots : 0;
    if (dst >= 0 && n > 0) {
        cmp_move(fs, dst, base, n);
        return dst;
    }
    return base;
}

/* ---- calls ---- */

/* A call instruction takes the line of the call's '(', as Go's tracebacks report it. */
static void at_call(FS *fs, Expr *e) {
    if (e->call.lparen.line) {
        fs->line = e->call.lparen.line;
    }
}

void cmp_emit_calli(FS *fs, int base, int iface_reg, const char *name) {
    cmp_emit(fs, OP_CALLI, base, iface_reg, cmp_k_ptr(fs, name));
    cmp_emit_x(fs, 0, 0, 0); /* the call site's inline cache, empty: the VM fills it */
}

/* x.M(args) with x (through its embedded path) an interface value. */
static int iface_call(FS *fs, Expr *e, Expr *fun, Type *sig, int dst) {
    LV lv = cmp_selector_lv(fs, fun);
    int ir;
    if (lv.kind == LV_REG) {
        ir = lv.reg + lv.off;
    } else {
        ir = cmp_alloc(fs, 2);
        cmp_load_lv(fs, &lv, ir);
    }
    if (lv.t->kind == KIND_TYPEPARAM) {
        cmp_error(fs, e->pos, "internal: method call on a type parameter");
    }
    int base = cmp_alloc_frame(fs, cmp_params_slots(sig) + 1, cmp_results_slots(sig));
    call_args(fs, e, sig, base + 1);
    at_call(fs, e);
    cmp_emit_calli(fs, base, ir, fun->selector.sel->ident.name);
    return finish_call(fs, e, base, dst);
}

static int conversion_expr(FS *fs, Expr *e, int dst);
static int builtin_call(FS *fs, Expr *e, int dst);

int cmp_call_expr(FS *fs, Expr *e, int dst) {
    switch (e->call.call_kind) {
    case CALL_CONVERSION: return conversion_expr(fs, e, dst);
    case CALL_BUILTIN: return builtin_call(fs, e, dst);
    default: break;
    }
    Expr *fun = e->call.fun;
    while (fun->kind == E_PAREN) {
        fun = fun->paren.x;
    }
    Type *sig = fun->type->underlying;
    CallInfo *ci = e->call.extra;
    int rslots = cmp_results_slots(sig);
    int pslots = cmp_params_slots(sig);
    switch (e->call.call_kind) {
    case CALL_FUNC: {
        Func *fn = cmp_func_ref(ci->func);
        int base = cmp_alloc_frame(fs, pslots, rslots);
        call_args(fs, e, sig, base);
        at_call(fs, e);
        cmp_emit_bx(fs, OP_CALL, base, (uint32_t)cmp_k_ptr(fs, fn));
        return finish_call(fs, e, base, dst);
    }
    case CALL_METHOD: {
        Obj *m = ci->func;
        Func *fn = cmp_func_ref(m);
        Type *rt = m->ptr_recv ? type_pointer(m->recv_base) : m->recv_base;
        int rs = rt->slots;
        int base = cmp_alloc_frame(fs, pslots + rs, rslots);
        method_receiver(fs, fun, m, base);
        call_args(fs, e, sig, base + rs);
        at_call(fs, e);
        cmp_emit_bx(fs, OP_CALL, base, (uint32_t)cmp_k_ptr(fs, fn));
        return finish_call(fs, e, base, dst);
    }
    case CALL_IFACE: return iface_call(fs, e, fun, sig, dst);
    default: {
        int fr = cmp_expr(fs, e->call.fun, -1);
        int base = cmp_alloc_frame(fs, pslots, rslots);
        call_args(fs, e, sig, base);
        at_call(fs, e);
        cmp_emit(fs, OP_CALLC, base, fr, 0);
        return finish_call(fs, e, base, dst);
    }
    }
}

/* ---- conversions ---- */

/* (*[n]T)(s) of slice rx (to_array: [n]T(s), whose panic Go words otherwise): the slice's
 * pointer, into a new register; panics if len(s) < n. */
static int slice_array_ptr(FS *fs, int rx, int64_t n, bool to_array) {
    int p = cmp_alloc(fs, 1);
    cmp_emit(fs, OP_SLICEPTR, p, rx, to_array);
    cmp_emit_xbx(fs, 0, (uint32_t)n);
    return p;
}

/* Conversions between numeric types (the value of type fu at rx, to type to at r); false if
 * either is not numeric. */
static bool numeric_conversion(FS *fs, Type *to, Type *fu, int rx, int r) {
    Type *tu = to->underlying;
    if (type_is_integer(tu) && type_is_integer(fu)) {
        cmp_move(fs, r, rx, 1);
        if (type_int_bits(tu) < 64) {
            cmp_narrow(fs, to, r);
        }
    } else if (type_is_float(tu) && type_is_integer(fu)) {
        cmp_emit(fs, type_is_unsigned(fu) ? OP_U2F : OP_I2F, r, rx, 0);
        cmp_narrow(fs, to, r);
    } else if (type_is_integer(tu) && type_is_float(fu)) {
        /* as Go on amd64: 64-bit targets directly (unsigned ones above 2^63 too), uint32
         * through int64, the narrower ones through int32 */
        int bits = type_int_bits(tu);
        cmp_emit(fs,
                 bits == 64                           ? (type_is_unsigned(tu) ? OP_F2U : OP_F2I)
                 : bits == 32 && type_is_unsigned(tu) ? OP_F2I
                                                      : OP_F2I32,
                 r, rx, 0);
        if (bits < 32 || type_is_unsigned(tu)) {
            cmp_narrow(fs, to, r);
        }
    } else if (type_is_float(tu) && type_is_float(fu)) {
        if (tu->kind == KIND_FLOAT32 && fu->kind == KIND_FLOAT64) {
            cmp_emit(fs, OP_F32, r, rx, 0);
        } else {
            cmp_move(fs, r, rx, 1);
        }
    } else if (type_is_complex(tu) && type_is_complex(fu)) {
        cmp_move(fs, r, rx, 2);
        if (tu->kind == KIND_COMPLEX64) {
            cmp_emit(fs, OP_F32, r, r, 0);
            cmp_emit(fs, OP_F32, r + 1, r + 1, 0);
        }
    } else {
        return false;
    }
    return true;
}

/* Numeric, string, slice-to-array and interface conversions T(x). */
static int conversion_expr(FS *fs, Expr *e, int dst) {
    Type *to = e->type;
    Expr *x = e->call.args[0];
    Type *from = cmp_final_type(x->type);
    Type *tu = to->underlying, *fu = from->underlying ? from->underlying : from;
    if (e->mode == MODE_CONST) {
        int r = cmp_target(fs, dst, to->slots);
        cmp_load_const(fs, e->val, to, r);
        return r;
    }
    if (tu->kind == KIND_INTERFACE) {
        return cmp_expr_to(fs, x, to, dst);
    }
    if (from == t_untyped_nil) {
        int r = cmp_target(fs, dst, to->slots);
        cmp_zero(fs, r, to->slots);
        return r;
    }
    int rx = cmp_expr(fs, x, -1);
    int r = cmp_target(fs, dst, to->slots);
    if (numeric_conversion(fs, to, fu, rx, r)) {
        return r;
    }
    if (tu->kind == KIND_STRING) {
        if (type_is_integer(fu)) {
            cmp_emit(fs, OP_STRCONV, r, rx, 4);
        } else if (fu->kind == KIND_SLICE) {
            cmp_emit(fs, OP_STRCONV, r, rx, fu->elem->underlying->kind == KIND_INT32 ? 2 : 0);
        } else {
            cmp_move(fs, r, rx, 2);
        }
    } else if (tu->kind == KIND_SLICE && fu->kind == KIND_STRING) {
        cmp_emit(fs, OP_STRCONV, r, rx, tu->elem->underlying->kind == KIND_INT32 ? 3 : 1);
    } else if (tu->kind == KIND_POINTER && fu->kind == KIND_SLICE) {
        int p = slice_array_ptr(fs, rx, tu->elem->underlying->len, false);
        cmp_move(fs, r, p, 1);
    } else if (tu->kind == KIND_ARRAY && fu->kind == KIND_SLICE) {
        int p = slice_array_ptr(fs, rx, tu->len, true);
        if (to->slots > 0) {
            cmp_emit(fs, OP_LOADN, r, p, 0);
            cmp_emit_x(fs, to->slots, 0, 0);
        }
    } else {
        cmp_move(fs, r, rx, to->slots);
    }
    return r;
}

/* ---- builtins ---- */

/* A builtin's arguments: its argument expressions, or values already in registers (the results
 * of f(g()) with g returning several values; a deferred builtin's arguments, evaluated at the
 * defer statement, which are the parameters of its thunk). */
typedef struct BArgs {
    Expr **exprs; /* NULL: the values are in registers */
    int *regs;
    Type **types; /* in registers: their types */
    int n;
} BArgs;

/* The type of argument i, as the checker left it. */
static Type *arg_type(BArgs *a, int i) {
    return a->exprs ? a->exprs[i]->type : a->types[i];
}

/* Argument i into dst (dst < 0: wherever it is). */
static int arg_value(FS *fs, BArgs *a, int i, int dst) {
    if (a->exprs) {
        return cmp_expr(fs, a->exprs[i], dst);
    }
    if (dst < 0) {
        return a->regs[i];
    }
    cmp_move(fs, dst, a->regs[i], a->types[i]->slots);
    return dst;
}

/* Argument i converted to type t, into dst (dst < 0: wherever it is). */
static int arg_value_to(FS *fs, BArgs *a, int i, Type *t, int dst) {
    if (a->exprs) {
        return cmp_expr_to(fs, a->exprs[i], t, dst);
    }
    if (dst < 0) {
        return cmp_converted(fs, a->types[i], t, a->regs[i]);
    }
    cmp_convert_value(fs, a->types[i], t, a->regs[i], dst);
    return dst;
}

/* The arguments of builtin call e: its expressions, or the results of its one argument g()
 * when g returns several values (evaluated now, into consecutive registers). */
static BArgs builtin_args(FS *fs, Expr *e) {
    Expr **args = e->call.args;
    BArgs a = {args, NULL, NULL, e->call.n};
    if (a.n == 1 && args[0]->type && args[0]->type->kind == KIND_TUPLE) {
        Type *tt = args[0]->type;
        a.exprs = NULL;
        a.n = tt->nparams;
        a.types = tt->params;
        a.regs = NEW_ARRAY(int, a.n > 0 ? a.n : 1);
        int r = cmp_expr(fs, args[0], -1);
        for (int i = 0; i < a.n; i++) {
            a.regs[i] = r;
            r += tt->params[i]->slots;
        }
        return a;
    }
    return a;
}

static int builtin_len_cap(FS *fs, Expr *e, BArgs *a, int dst) {
    Type *u = arg_type(a, 0)->underlying;
    int rx = arg_value(fs, a, 0, -1);
    int r = cmp_target(fs, dst, 1);
    bool len = e->call.builtin == BI_LEN;
    switch (u->kind) {
    case KIND_STRING: cmp_move(fs, r, rx + 1, 1); break;
    case KIND_SLICE: cmp_move(fs, r, rx + (len ? 1 : 2), 1); break;
    case KIND_MAP: cmp_emit(fs, OP_MAPLEN, r, rx, 0); break;
    case KIND_POINTER: cmp_load_int(fs, r, u->elem->underlying->len); break;
    case KIND_ARRAY: cmp_load_int(fs, r, u->len); break;
    case KIND_CHAN: cmp_emit(fs, OP_CHANLEN, r, rx, !len); break;
    default: cmp_error(fs, e->pos, "internal: len/cap");
    }
    return r;
}

static int builtin_append(FS *fs, Expr *e, BArgs *a, int dst) {
    int n = a->n;
    Type *st = e->type->underlying;
    int es = st->elem->slots;
    int r = cmp_target(fs, dst, 3);
    arg_value(fs, a, 0, r);
    if (e->call.has_ellipsis) {
        bool is_str = cmp_final_type(arg_type(a, 1))->underlying->kind == KIND_STRING;
        int rs = arg_value(fs, a, 1, -1);
        cmp_emit(fs, OP_APPENDS, r, rs, is_str);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, st->elem));
        return r;
    }
    if (n == 1) {
        return r;
    }
    int vals = cmp_alloc(fs, (n - 1) * es);
    for (int i = 1; i < n; i++) {
        arg_value_to(fs, a, i, st->elem, vals + (i - 1) * es);
    }
    cmp_emit(fs, OP_APPEND, r, vals, n - 1);
    cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, st->elem));
    return r;
}

static int builtin_copy(FS *fs, Expr *e, BArgs *a, int dst) {
    int rd = arg_value(fs, a, 0, -1);
    int rs = arg_value(fs, a, 1, -1);
    int r = cmp_target(fs, dst, 1);
    bool is_str = cmp_final_type(arg_type(a, 1))->underlying->kind == KIND_STRING;
    Type *et = arg_type(a, 0)->underlying->elem;
    cmp_emit(fs, OP_COPY, r, rd, is_str | (!type_pointer_free(et) << 1));
    cmp_emit_xbx(fs, rs, (uint32_t)et->slots);
    return r;
}

static int builtin_delete(FS *fs, Expr *e, BArgs *a, int dst) {
    Type *mt = arg_type(a, 0)->underlying;
    int m = arg_value(fs, a, 0, -1);
    int k = arg_value_to(fs, a, 1, mt->key, -1);
    cmp_emit(fs, OP_MAPDEL, m, k, 0);
    cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, mt));
    return m;
}

static int builtin_clear(FS *fs, Expr *e, BArgs *a, int dst) {
    Type *u = arg_type(a, 0)->underlying;
    int x = arg_value(fs, a, 0, -1);
    cmp_emit(fs, OP_CLEAR, x, 0, u->kind == KIND_MAP);
    cmp_emit_xbx(fs, 0, u->kind == KIND_SLICE ? (uint32_t)u->elem->slots : 0);
    return x;
}

/* Argument i as an int, or 0 if the call has no argument i. */
static int int_arg_or_zero(FS *fs, BArgs *a, int i) {
    if (a->n > i) {
        return arg_value_to(fs, a, i, t_int, -1);
    }
    int r = cmp_alloc(fs, 1);
    cmp_load_int(fs, r, 0);
    return r;
}

/* make(T, sizes...): argument 0 is the type. */
static int builtin_make(FS *fs, Expr *e, BArgs *a, int dst) {
    Type *u = e->type->underlying;
    if (u->kind == KIND_SLICE) {
        int ln = arg_value_to(fs, a, 1, t_int, -1);
        int cp = a->n > 2 ? arg_value_to(fs, a, 2, t_int, -1) : ln;
        int r = cmp_target(fs, dst, 3);
        cmp_emit(fs, OP_MAKESLICE, r, ln, cp);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, u->elem));
        return r;
    }
    int size = int_arg_or_zero(fs, a, 1);
    int r = cmp_target(fs, dst, 1);
    if (u->kind == KIND_MAP) {
        cmp_emit(fs, OP_MAKEMAP, r, size, 0);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, u));
    } else {
        int name = fs->chan_make == e ? cmp_k_ptr(fs, fs->chan_name) + 1 : 0;
        cmp_emit(fs, OP_MAKECHAN, r, size, name <= UINT16_MAX ? name : 0);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, u->elem));
    }
    return r;
}

/* "results", "s.results" as "results", "chans[i]"; NULL when the target has no simple name. */
static const char *target_name(Expr *t) {
    switch (t->kind) {
    case E_IDENT: return t->ident.name == intern_cstr("_") ? NULL : t->ident.name;
    case E_SELECTOR: return t->selector.sel->ident.name;
    case E_PAREN: return target_name(t->paren.x);
    case E_INDEX: {
        const char *base = target_name(t->index.x);
        Expr *i = t->index.indices[0];
        const char *idx = i->kind == E_IDENT      ? i->ident.name
                          : i->kind == E_BASICLIT ? i->lit.src
                                                  : "…";
        return base ? intern_cstr(str_printf("%s[%s]", base, idx)) : NULL;
    }
    default: return NULL;
    }
}

/* A std package's channel is named by the function that makes it: "time.NewTicker",
 * "context.Done" (the name of its variable there would mean nothing to the program). */
static const char *std_chan_name(FS *fs) {
    const char *fn = fs->fn->name;
    const char *dot = fn ? strchr(fn, '.') : NULL;
    const char *method = dot ? strstr(dot, ").") : NULL;
    if (!dot) {
        return NULL;
    }
    if (method) {
        return intern_cstr(str_printf("%.*s%s", (int)(dot - fn), fn, method + 1));
    }
    return fn;
}

void cmp_name_chan(FS *fs, Expr *target, Expr *value) {
    while (value->kind == E_PAREN) {
        value = value->paren.x;
    }
    if (value->kind != E_CALL || value->call.builtin != BI_MAKE || !value->type ||
        value->type->underlying->kind != KIND_CHAN) {
        return;
    }
    const char *name = fs->C->pkg->native ? std_chan_name(fs) : target_name(target);
    if (name) {
        fs->chan_make = value;
        fs->chan_name = name;
    }
}

static int builtin_new(FS *fs, Expr *e, BArgs *a, int dst) {
    int r = cmp_target(fs, dst, 1);
    cmp_emit_bx(fs, OP_NEW, r, (uint32_t)cmp_k_ptr(fs, e->type->elem));
    return r;
}

static int builtin_panic(FS *fs, Expr *e, BArgs *a, int dst) {
    int v = arg_value_to(fs, a, 0, t_any, -1);
    cmp_emit(fs, OP_PANIC, v, 0, 0);
    return v;
}

static int builtin_recover(FS *fs, Expr *e, BArgs *a, int dst) {
    int r = cmp_target(fs, dst, 2);
    cmp_emit(fs, OP_RECOVER, r, 0, 0);
    return r;
}

static void print_value(FS *fs, Type *t, int r, bool space, bool nl) {
    cmp_emit(fs, OP_PRINT, r, space, nl);
    cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, t));
}

static int builtin_print(FS *fs, Expr *e, BArgs *a, int dst) {
    int n = a->n;
    bool ln = e->call.builtin == BI_PRINTLN;
    for (int i = 0; i < n; i++) {
        int save = fs->free;
        int r = arg_value(fs, a, i, -1);
        print_value(fs, cmp_final_type(arg_type(a, i)), r, ln && i > 0, ln && i == n - 1);
        fs->free = save;
    }
    if (ln && n == 0) {
        print_value(fs, NULL, 0, false, true);
    }
    return 0;
}

/* r = min(r, v) or max(r, v) for floats: NaN is contagious, and min(-0, +0) is -0 (max +0). */
static void float_min_max(FS *fs, bool is_min, int r, int v) {
    int c = cmp_alloc(fs, 1);
    int nan1 = cmp_alloc(fs, 1);
    cmp_emit(fs, OP_FNE, nan1, v, v); /* v is NaN */
    int j1 = cmp_emit_sbx(fs, OP_JT, nan1, 0);
    cmp_emit(fs, OP_FNE, nan1, r, r); /* r is NaN: keep */
    int j2 = cmp_emit_sbx(fs, OP_JT, nan1, 0);
    cmp_emit(fs, OP_FLT, c, is_min ? v : r, is_min ? r : v);
    int j3 = cmp_emit_sbx(fs, OP_JT, c, 0);
    /* equal values: pick by sign for zeros */
    cmp_emit(fs, OP_FEQ, c, v, r);
    int j4 = cmp_emit_sbx(fs, OP_JF, c, 0);
    /* both zero (or equal): min prefers a negative sign, max a positive one */
    int bits = cmp_alloc(fs, 1);
    cmp_emit(fs, is_min ? OP_OR : OP_AND, bits, v, r);
    cmp_move(fs, r, bits, 1);
    cmp_patch_here(fs, j4);
    int j5 = cmp_jump(fs);
    cmp_patch_here(fs, j1);
    cmp_patch_here(fs, j3);
    cmp_move(fs, r, v, 1);
    cmp_patch_here(fs, j2);
    cmp_patch_here(fs, j5);
}

static int builtin_min_max(FS *fs, Expr *e, BArgs *a, int dst) {
    Type *rt = cmp_final_type(e->type);
    bool is_min = e->call.builtin == BI_MIN;
    int r = cmp_target(fs, dst, rt->slots);
    arg_value(fs, a, 0, r);
    for (int i = 1; i < a->n; i++) {
        int save = fs->free;
        int v = arg_value(fs, a, i, -1);
        if (type_is_float(rt->underlying)) {
            float_min_max(fs, is_min, r, v);
        } else {
            int c = cmp_alloc(fs, 1);
            cmp_compare(fs, T_LSS, rt, is_min ? v : r, is_min ? r : v, c);
            int j = cmp_emit_sbx(fs, OP_JF, c, 0);
            cmp_move(fs, r, v, rt->slots);
            cmp_patch_here(fs, j);
        }
        fs->free = save;
    }
    return r;
}

static int builtin_complex(FS *fs, Expr *e, BArgs *a, int dst) {
    Type *ft = e->type->kind == KIND_COMPLEX64 ? t_float32 : t_float64;
    int r = cmp_target(fs, dst, 2);
    arg_value_to(fs, a, 0, ft, r);
    arg_value_to(fs, a, 1, ft, r + 1);
    return r;
}

static int builtin_real_imag(FS *fs, Expr *e, BArgs *a, int dst) {
    int x = arg_value(fs, a, 0, -1);
    int r = cmp_target(fs, dst, 1);
    cmp_move(fs, r, x + (e->call.builtin == BI_IMAG), 1);
    return r;
}

static int builtin_close(FS *fs, Expr *e, BArgs *a, int dst) {
    int ch = arg_value(fs, a, 0, -1);
    cmp_emit(fs, OP_CLOSE, ch, 0, 0);
    return ch;
}

typedef int (*BuiltinFn)(FS *fs, Expr *e, BArgs *a, int dst);

static const BuiltinFn builtins[] = {
    [BI_APPEND] = builtin_append, [BI_CAP] = builtin_len_cap,     [BI_CLEAR] = builtin_clear,
    [BI_CLOSE] = builtin_close,   [BI_COMPLEX] = builtin_complex, [BI_COPY] = builtin_copy,
    [BI_DELETE] = builtin_delete, [BI_IMAG] = builtin_real_imag,  [BI_LEN] = builtin_len_cap,
    [BI_MAKE] = builtin_make,     [BI_MAX] = builtin_min_max,     [BI_MIN] = builtin_min_max,
    [BI_NEW] = builtin_new,       [BI_PANIC] = builtin_panic,     [BI_PRINT] = builtin_print,
    [BI_PRINTLN] = builtin_print, [BI_REAL] = builtin_real_imag,  [BI_RECOVER] = builtin_recover,
};

static BuiltinFn builtin_fn(FS *fs, Expr *e) {
    int id = e->call.builtin;
    if (id <= BI_NONE || id >= (int)(sizeof builtins / sizeof builtins[0]) || !builtins[id]) {
        cmp_error(fs, e->pos, "internal: builtin");
        return NULL;
    }
    return builtins[id];
}

/* A call of a builtin. Constant results (len of an array, min of constants...) never get
 * here: cmp_expr loads the checker's value. */
static int builtin_call(FS *fs, Expr *e, int dst) {
    BuiltinFn fn = builtin_fn(fs, e);
    if (!fn) {
        return 0;
    }
    BArgs a = builtin_args(fs, e);
    return fn(fs, e, &a, dst);
}

/* ---- go and defer ---- */

static void emit_go_defer(FS *fs, bool is_go, int fr, int base, int nslots) {
    if (is_go) {
        cmp_emit(fs, OP_GO, base, fr, nslots);
    } else {
        cmp_emit(fs, OP_DEFER, fr, base, nslots);
    }
}

/* A function whose parameters are the arguments of builtin call e (n values of the given
 * types, total slots), and which calls the builtin with them. A deferred recover() recovers
 * as if the function that deferred it called it. */
static Func *builtin_thunk(FS *fs, Expr *e, Type **types, int n, int total) {
    Func *fn = NEW(Func);
    FS sub = {0};
    sub.C = fs->C;
    sub.fn = fn;
    sub.fi = fs->fi;
    sub.line = fs->line;
    sub.free = total;
    sub.active = total;
    sub.maxreg = total;
    fn->name = fs->fn->name;
    fn->file = fs->fn->file;
    BArgs a = {NULL, NEW_ARRAY(int, n + 1), types, n};
    for (int i = 0, off = 0; i < n; i++) {
        a.regs[i] = off;
        off += types[i]->slots;
    }
    if (e->call.builtin == BI_RECOVER) {
        cmp_emit(&sub, OP_RECOVER, cmp_alloc(&sub, 2), 1, 0);
    } else {
        builtin_fn(fs, e)(&sub, e, &a, -1);
    }
    cmp_emit(&sub, OP_RET, 0, 0, 0);
    cmp_finish_func(&sub, fn);
    fn->param_slots = total;
    return fn;
}

/* go/defer of a builtin: its arguments are evaluated now, as the parameters of a thunk. */
static void go_defer_builtin(FS *fs, Stmt *s, Expr *call, bool is_go) {
    int id = call->call.builtin;
    if (id == BI_MAKE || id == BI_NEW || !builtin_fn(fs, call)) {
        cmp_error(fs, s->pos, "internal: go or defer of a builtin with a type argument");
        return;
    }
    BArgs a = builtin_args(fs, call);
    Type **types = NEW_ARRAY(Type *, a.n + 1);
    int total = 0;
    for (int i = 0; i < a.n; i++) {
        types[i] = id == BI_PANIC ? t_any : cmp_final_type(arg_type(&a, i));
        total += types[i]->slots;
    }
    int vals = cmp_alloc(fs, total > 0 ? total : 1);
    for (int i = 0, off = 0; i < a.n; i++) {
        arg_value_to(fs, &a, i, types[i], vals + off);
        off += types[i]->slots;
    }
    Func *fn = builtin_thunk(fs, call, types, a.n, total);
    int fr = cmp_alloc(fs, 1);
    cmp_load_func(fs, fn, fr);
    emit_go_defer(fs, is_go, fr, vals, total);
}

void cmp_go_defer_stmt(FS *fs, Stmt *s) {
    bool is_go = s->kind == S_GO;
    Expr *call = s->defer_.call;
    while (call->kind == E_PAREN) {
        call = call->paren.x;
    }
    if (call->call.call_kind == CALL_BUILTIN) {
        go_defer_builtin(fs, s, call, is_go);
        return;
    }
    Expr *fun = call->call.fun;
    while (fun->kind == E_PAREN) {
        fun = fun->paren.x;
    }
    Type *sig = fun->type->underlying;
    int pslots = cmp_params_slots(sig);
    CallInfo *ci = call->call.extra;
    int fr, base;
    switch (call->call.call_kind) {
    case CALL_FUNC:
        fr = cmp_alloc(fs, 1);
        cmp_load_func(fs, cmp_func_ref(ci->func), fr);
        base = cmp_alloc(fs, pslots + 1);
        call_args(fs, call, sig, base);
        emit_go_defer(fs, is_go, fr, base, pslots);
        return;
    case CALL_METHOD: {
        Obj *m = ci->func;
        Type *rt = m->ptr_recv ? type_pointer(m->recv_base) : m->recv_base;
        fr = cmp_alloc(fs, 1);
        cmp_load_func(fs, cmp_func_ref(m), fr);
        base = cmp_alloc(fs, pslots + rt->slots + 1);
        method_receiver(fs, fun, m, base);
        call_args(fs, call, sig, base + rt->slots);
        emit_go_defer(fs, is_go, fr, base, pslots + rt->slots);
        return;
    }
    default:
        /* a func value, or an interface method (a bound method value) */
        fr = cmp_expr(fs, fun, -1);
        base = cmp_alloc(fs, pslots + 1);
        call_args(fs, call, sig, base);
        emit_go_defer(fs, is_go, fr, base, pslots);
        return;
    }
}
