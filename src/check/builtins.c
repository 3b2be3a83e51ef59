/* builtins.c — the predeclared functions: append cap clear close complex copy delete imag len
 * make max min new panic print println real recover, with Go's argument rules and constant
 * results (len of a constant string or of an array, min/max of constants, complex/real/imag).
 *
 * One table, as go/types' predeclaredFuncs: each built-in's name, how many arguments it takes,
 * whether it is an expression (its value must be used) or may stand as a statement, and the
 * function checking its arguments. chk_builtin_call checks the argument count and evaluates
 * every argument once (but a type argument, make's and new's first), then hands them over.
 */
#include "internal.h"

#include <stdio.h>

/* A call of a built-in, its arguments evaluated: values, or a type for make's and new's
 * first. */
typedef struct BuiltinCall {
    Expr *e; /* the call */
    Builtin id;
    Expr **a; /* its arguments */
    int n;
    Type *t; /* make's and new's type argument */
} BuiltinCall;

/* A built-in's own rules: sets the call's mode and type (and constant value). */
typedef void (*BuiltinCheck)(Checker *c, const BuiltinCall *b);

typedef struct BuiltinInfo {
    const char *name;
    int nargs;      /* the fewest arguments */
    bool variadic;  /* any number more */
    bool statement; /* may stand as a statement; else an expression whose value must be used */
    bool type_arg;  /* the first argument is a type */
    BuiltinCheck check;
} BuiltinInfo;

static void value(Expr *e, Type *t) {
    e->mode = MODE_VALUE;
    e->type = t;
}

/* A constant result v of type t, or a plain value when v is NULL. */
static void maybe_const(Expr *e, Type *t, Const *v) {
    e->mode = v ? MODE_CONST : MODE_VALUE;
    e->type = t;
    e->val = v;
}

static void no_value(Expr *e) {
    e->mode = MODE_NOVALUE;
    e->type = t_empty_tuple;
}

static bool any_invalid(Expr **a, int n) {
    for (int i = 0; i < n; i++) {
        if (a[i]->mode == MODE_INVALID) {
            return true;
        }
    }
    return false;
}

/* Does the expression contain a function call or a receive (making len non-constant)? */
bool chk_has_call_or_recv(const Expr *e) {
    if (!e) {
        return false;
    }
    switch (e->kind) {
    case E_CALL:
        if (e->mode == MODE_CONST) {
            return false;
        }
        if (e->call.call_kind == CALL_CONVERSION) {
            return e->call.n > 0 && chk_has_call_or_recv(e->call.args[0]);
        }
        return true;
    case E_UNARY: return e->unary.op == T_ARROW || chk_has_call_or_recv(e->unary.x);
    case E_PAREN: return chk_has_call_or_recv(e->paren.x);
    case E_SELECTOR: return chk_has_call_or_recv(e->selector.x);
    case E_INDEX: return chk_has_call_or_recv(e->index.x) || chk_has_call_or_recv(e->index.indices[0]);
    case E_STAR: return chk_has_call_or_recv(e->star.x);
    case E_BINARY: return chk_has_call_or_recv(e->binary.x) || chk_has_call_or_recv(e->binary.y);
    case E_COMPOSITE:
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            if (el->kind == E_KEYVALUE) {
                if (chk_has_call_or_recv(el->kv.key) || chk_has_call_or_recv(el->kv.value)) {
                    return true;
                }
            } else if (chk_has_call_or_recv(el)) {
                return true;
            }
        }
        return false;
    default: return false;
    }
}

/* ---- the built-ins ---- */

static const char *builtin_name(Builtin id);

/* Why s cannot be append's first argument (core is its core type, or NULL). */
static const char *append_cause(Expr *s, Type *core) {
    StrBuf b = {0};
    if (s->type == t_untyped_nil) {
        sb_puts(&b, "have untyped nil");
    } else if (type_is_typeparam(s->type) && core) {
        sb_printf(&b, "%s has core type %s", chk_operand_str(s), chk_typestr(core));
    } else if (type_is_typeparam(s->type)) {
        sb_printf(&b, "%s has no core type", chk_operand_str(s));
    } else {
        sb_printf(&b, "have %s", chk_operand_str(s));
    }
    return sb_cstr(&b);
}

static void check_append(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *s = b->a[0];
    if (s->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *st = s->type;
    Type *u = chk_core_type(st);
    if (!u || u->kind != KIND_SLICE) {
        chk_error(c, s->pos, "first argument to append must be a slice; %s", append_cause(s, u));
        chk_invalidate(e);
        return;
    }
    Type *elem = u->elem;
    if (!e->call.has_ellipsis) {
        for (int i = 1; i < b->n; i++) {
            if (b->a[i]->mode != MODE_INVALID) {
                chk_assign_to(c, b->a[i], elem, "argument to append");
            }
        }
    } else if (b->n != 2) {
        chk_error(c, e->pos, "can only use ... with final argument in list");
        chk_invalidate(e);
        return;
    } else if (b->a[1]->mode != MODE_INVALID) {
        Expr *x = b->a[1];
        Type *xu = chk_core_string(x->type);
        if (elem->underlying == t_uint8 && xu && type_is_string(xu)) {
            chk_default_untyped(c, x);
        } else {
            chk_assign_to(c, x, st->name ? type_slice(elem) : st, "append");
        }
    }
    value(e, st);
}

/* Does every type in type parameter t's set have a length? */
static bool typeparam_has_len(Type *t) {
    TypeInfo *ti = t->chk;
    TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
    bool ok = ci && ci->has_terms && ci->nterms > 0;
    for (int i = 0; ok && i < ci->nterms; i++) {
        Kind k = ci->terms[i].type->underlying->kind;
        ok = k == KIND_STRING || k == KIND_SLICE || k == KIND_ARRAY || k == KIND_MAP ||
             k == KIND_CHAN;
    }
    return ok;
}

/* len(x) and cap(x): constant for a constant string, and for an array (or a pointer to one)
 * when x holds no call or receive. */
static void check_len_cap(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *x = b->a[0];
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *u = chk_core_type(x->type);
    if (!u && x->type->kind == KIND_TYPEPARAM && typeparam_has_len(x->type)) {
        value(e, t_int);
        return;
    }
    bool ok = false;
    Const *cv = NULL;
    Type *arr = u && u->kind == KIND_POINTER ? u->elem->underlying : u;
    switch (u ? u->kind : KIND_INVALID) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        ok = b->id == BI_LEN;
        cv = x->mode == MODE_CONST ? const_int64((int64_t)x->val->slen) : NULL;
        chk_default_untyped(c, x);
        break;
    case KIND_POINTER:
    case KIND_ARRAY:
        ok = arr->kind == KIND_ARRAY;
        cv = ok && !chk_has_call_or_recv(x) ? const_int64(arr->len) : NULL;
        break;
    case KIND_SLICE:
    case KIND_CHAN: ok = true; break;
    case KIND_MAP: ok = b->id == BI_LEN; break;
    default: break;
    }
    if (!ok) {
        chk_error(c, chk_epos(x), "invalid argument: %s for built-in %s", chk_operand_str(x),
                  builtin_name(b->id));
        chk_invalidate(e);
        return;
    }
    maybe_const(e, t_int, cv);
}

static void check_clear(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *x = b->a[0];
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *u = chk_core_type(x->type);
    if (!u || (u->kind != KIND_MAP && u->kind != KIND_SLICE)) {
        chk_error(c, chk_epos(x), "invalid argument: %s must be a map or slice",
                  chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    no_value(e);
}

static void check_close(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *x = b->a[0];
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *u = chk_core_type(x->type);
    const char *what = !u || u->kind != KIND_CHAN ? "non-channel"
                       : u->dir == CHAN_RECV      ? "receive-only channel"
                                                  : NULL;
    if (what) {
        chk_error(c, chk_epos(x), "invalid operation: cannot close %s %s", what,
                  chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    no_value(e);
}

/* complex(re, im): untyped constants stay untyped; otherwise both float32 or both float64. */
static void check_complex(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *x = b->a[0], *y = b->a[1];
    if (any_invalid(b->a, 2)) {
        chk_invalidate(e);
        return;
    }
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && xu && yu) {
        /* numbers without an imaginary part are untyped floats; anything else is refused */
        x->type = const_to_float(x->val) ? t_untyped_float : x->type;
        y->type = const_to_float(y->val) ? t_untyped_float : y->type;
    } else if (xu && !yu) {
        chk_convert_untyped(c, x, y->type);
    } else if (yu && !xu) {
        chk_convert_untyped(c, y, x->type);
    } else if (xu) {
        chk_convert_untyped(c, x, t_float64);
        chk_convert_untyped(c, y, t_float64);
    }
    if (any_invalid(b->a, 2)) {
        chk_invalidate(e);
        return;
    }
    if (x->type != y->type) {
        chk_error(c, x->pos, "invalid operation: %s (mismatched types %s and %s)",
                  ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
        chk_invalidate(e);
        return;
    }
    Kind k = x->type->underlying->kind;
    if (k != KIND_FLOAT32 && k != KIND_FLOAT64 && k != KIND_UNTYPED_FLOAT) {
        chk_error(c, x->pos, "invalid argument: arguments have type %s, expected floating-point",
                  chk_typestr(x->type));
        chk_invalidate(e);
        return;
    }
    bool both_const = x->mode == MODE_CONST && y->mode == MODE_CONST;
    Type *t = k == KIND_FLOAT32   ? t_complex64
              : k == KIND_FLOAT64 ? t_complex128
                                  : t_untyped_complex;
    maybe_const(e, t, both_const ? const_complex(x->val, y->val) : NULL);
}

static Const *complex_part(Builtin id, const Expr *x) {
    return id == BI_REAL ? const_real(x->val) : const_imag(x->val);
}

static void check_real_imag(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *x = b->a[0];
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    if (x->mode == MODE_CONST && type_is_untyped(x->type) && type_is_numeric(x->type)) {
        maybe_const(e, t_untyped_float, complex_part(b->id, x));
        return;
    }
    Kind k = x->type->underlying->kind;
    if (k != KIND_COMPLEX64 && k != KIND_COMPLEX128) {
        chk_error(c, chk_epos(x), "invalid argument: argument has type %s, expected complex type",
                  chk_typestr(x->type));
        chk_invalidate(e);
        return;
    }
    maybe_const(e, k == KIND_COMPLEX64 ? t_float32 : t_float64,
                x->mode == MODE_CONST ? complex_part(b->id, x) : NULL);
}

/* copy(dst, src): slices of identical element types, or a string into a []byte. */
static void check_copy(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *d = b->a[0], *s = b->a[1];
    if (any_invalid(b->a, 2)) {
        chk_invalidate(e);
        return;
    }
    Type *du = chk_core_type(d->type), *su = chk_core_type(s->type);
    Expr *not_slice = NULL;
    if (!du || du->kind != KIND_SLICE) {
        not_slice = d;
    } else if (su && type_is_string(su) && du->elem->underlying == t_uint8) {
        chk_default_untyped(c, s);
    } else if (!su || su->kind != KIND_SLICE) {
        not_slice = s;
    } else if (du->elem != su->elem) {
        chk_error(c, chk_epos(d),
                  "invalid argument: arguments to copy %s and %s have different element types "
                  "%s and %s",
                  chk_operand_str(d), chk_operand_str(s), chk_typestr(du->elem),
                  chk_typestr(su->elem));
        chk_invalidate(e);
        return;
    }
    if (not_slice) {
        chk_error(c, not_slice->pos,
                  "invalid argument: copy expects slice arguments; found %s and %s",
                  chk_operand_str(d), chk_operand_str(s));
        chk_invalidate(e);
        return;
    }
    value(e, t_int);
}

static void check_delete(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, *m = b->a[0], *k = b->a[1];
    if (m->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *u = chk_core_type(m->type);
    if (!u || u->kind != KIND_MAP) {
        chk_error(c, chk_epos(m), "invalid argument: %s is not a map", chk_operand_str(m));
        chk_invalidate(e);
        return;
    }
    if (k->mode != MODE_INVALID) {
        chk_assign_to(c, k, u->key, "argument to delete");
    }
    no_value(e);
}

/* A size argument of make: an integer, a constant one not negative (*cv: its value). */
static void make_size(Checker *c, Expr *a, Const **cv) {
    *cv = NULL;
    if (a->mode == MODE_INVALID) {
        return;
    }
    if (a->mode == MODE_CONST) {
        Const *iv = const_to_int(a->val);
        if (!iv || (!type_is_integer(a->type) && !type_is_untyped(a->type))) {
            chk_error(c, chk_epos(a), "cannot convert %s to type int", chk_operand_str(a));
            a->mode = MODE_INVALID;
            return;
        }
        if (const_sign(iv) < 0) {
            chk_error(c, chk_epos(a), "invalid argument: index %s must not be negative",
                      chk_operand_str(a));
            a->mode = MODE_INVALID;
            return;
        }
        if (type_is_untyped(a->type)) {
            chk_convert_untyped(c, a, t_int);
        }
        *cv = iv;
        return;
    }
    if (!chk_all_types(a->type, type_is_integer)) {
        chk_error(c, chk_epos(a), "cannot convert %s to type int", chk_operand_str(a));
        a->mode = MODE_INVALID;
    }
}

/* make(T, sizes...): a slice takes a length and maybe a capacity, a map or a channel maybe a
 * size. */
static void check_make(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, **a = b->a;
    int n = b->n;
    if (b->t == t_invalid) {
        chk_invalidate(e);
        return;
    }
    Type *u = chk_core_type(b->t);
    int min = 1, max = 2;
    if (u && u->kind == KIND_SLICE) {
        min = 2, max = 3;
    } else if (!u || (u->kind != KIND_MAP && u->kind != KIND_CHAN)) {
        chk_error(c, a[0]->pos,
                  "invalid argument: cannot make %s; type must be slice, map, or channel",
                  ast_expr_string(a[0]));
        chk_invalidate(e);
        return;
    }
    if (n < min || n > max) {
        chk_error(c, n < min ? e->pos : a[max]->pos,
                  "invalid operation: %s expects %d or %d arguments; found %d", ast_expr_string(e),
                  min, max, n);
        chk_invalidate(e);
        return;
    }
    Const *sizes[3] = {NULL, NULL, NULL};
    for (int i = 1; i < n; i++) {
        make_size(c, a[i], &sizes[i]);
    }
    if (n == 3 && sizes[1] && sizes[2] && const_compare(T_GTR, sizes[1], sizes[2])) {
        chk_error(c, a[1]->pos, "invalid argument: length and capacity swapped");
    }
    value(e, b->t);
}

/* The type min and max compute in: the typed arguments' (all one type), the untyped ones
 * converted to it; or, all untyped, the largest kind. NULL after reporting. */
static Type *min_max_type(Checker *c, Expr **a, int n) {
    Type *t = NULL;
    for (int i = 0; i < n; i++) {
        if (type_is_untyped(a[i]->type)) {
            continue;
        }
        if (t && t != a[i]->type) {
            chk_error(c, a[i]->pos,
                      "invalid argument: mismatched types %s (previous argument) and %s (type of "
                      "%s)",
                      chk_typestr(t), chk_typestr(a[i]->type), ast_expr_string(a[i]));
            return NULL;
        }
        t = a[i]->type;
    }
    if (!t) {
        Type *big = a[0]->type;
        for (int i = 1; i < n; i++) {
            Type *at = a[i]->type;
            if (type_is_numeric(at) && type_is_numeric(big)) {
                big = chk_larger_untyped(at, big);
            } else if (at != big) {
                chk_error(c, a[i]->pos, "invalid argument: mismatched types");
                return NULL;
            }
        }
        return big;
    }
    for (int i = 0; i < n; i++) {
        if (type_is_untyped(a[i]->type)) {
            chk_convert_untyped(c, a[i], t);
            if (a[i]->mode == MODE_INVALID) {
                return NULL;
            }
        }
    }
    return t;
}

/* Can values of t be ordered (every type of a type parameter's set)? */
static bool ordered(Type *t) {
    if (t->kind != KIND_TYPEPARAM) {
        return type_is_ordered(t->underlying ? t->underlying : t);
    }
    TypeInfo *ti = t->chk;
    TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
    bool ok = ci && ci->has_terms && ci->nterms > 0;
    for (int i = 0; ok && i < ci->nterms; i++) {
        ok = type_is_ordered(ci->terms[i].type->underlying);
    }
    return ok;
}

/* min or max of constants: the least or the greatest, a float when t is untyped float. */
static Const *min_max_const(Builtin id, Expr **a, int n, Type *t) {
    Const *best = a[0]->val;
    for (int i = 1; i < n; i++) {
        Const *v = a[i]->val, *w = best;
        if (v->kind != w->kind && (v->kind == CONST_FLOAT || w->kind == CONST_FLOAT)) {
            v = const_to_float(v), w = const_to_float(w);
        }
        if (const_compare(id == BI_MIN ? T_LSS : T_GTR, v, w)) {
            best = a[i]->val;
        }
    }
    return t == t_untyped_float ? const_to_float(best) : best;
}

static void check_min_max(Checker *c, const BuiltinCall *b) {
    Expr *e = b->e, **a = b->a;
    if (any_invalid(a, b->n)) {
        chk_invalidate(e);
        return;
    }
    Type *t = min_max_type(c, a, b->n);
    if (!t) {
        chk_invalidate(e);
        return;
    }
    if (!ordered(t)) {
        chk_error(c, a[0]->pos, "invalid argument: %s cannot be ordered", chk_operand_str(a[0]));
        chk_invalidate(e);
        return;
    }
    bool all_const = true;
    for (int i = 0; i < b->n; i++) {
        all_const = all_const && a[i]->mode == MODE_CONST;
    }
    maybe_const(e, t, all_const ? min_max_const(b->id, a, b->n, t) : NULL);
}

static void check_new(Checker *c, const BuiltinCall *b) {
    if (b->t == t_invalid) {
        chk_invalidate(b->e);
        return;
    }
    value(b->e, type_pointer(b->t));
}

static void check_panic(Checker *c, const BuiltinCall *b) {
    if (b->a[0]->mode != MODE_INVALID) {
        chk_assign_to(c, b->a[0], t_any, "argument to panic");
    }
    no_value(b->e);
}

static void check_print(Checker *c, const BuiltinCall *b) {
    for (int i = 0; i < b->n; i++) {
        Expr *x = b->a[i];
        if (x->mode == MODE_INVALID) {
            continue;
        }
        if (x->type == t_untyped_nil) {
            chk_error(c, x->pos, "use of untyped nil in argument to built-in %s",
                      builtin_name(b->id));
            continue;
        }
        chk_default_untyped(c, x);
    }
    no_value(b->e);
}

static void check_recover(Checker *c, const BuiltinCall *b) {
    if (c->func) {
        c->func->has_recover = true;
    }
    value(b->e, t_any);
}

/* The predeclared functions, as go/types' predeclaredFuncs. */
static const BuiltinInfo builtins[] = {
    /* name, nargs, variadic, statement, type_arg, check */
    [BI_APPEND] = {"append", 1, true, false, false, check_append},
    [BI_CAP] = {"cap", 1, false, false, false, check_len_cap},
    [BI_CLEAR] = {"clear", 1, false, true, false, check_clear},
    [BI_CLOSE] = {"close", 1, false, true, false, check_close},
    [BI_COMPLEX] = {"complex", 2, false, false, false, check_complex},
    [BI_COPY] = {"copy", 2, false, true, false, check_copy},
    [BI_DELETE] = {"delete", 2, false, true, false, check_delete},
    [BI_IMAG] = {"imag", 1, false, false, false, check_real_imag},
    [BI_LEN] = {"len", 1, false, false, false, check_len_cap},
    [BI_MAKE] = {"make", 1, true, false, true, check_make},
    [BI_MAX] = {"max", 1, true, false, false, check_min_max},
    [BI_MIN] = {"min", 1, true, false, false, check_min_max},
    [BI_NEW] = {"new", 1, false, false, true, check_new},
    [BI_PANIC] = {"panic", 1, false, true, false, check_panic},
    [BI_PRINT] = {"print", 0, true, true, false, check_print},
    [BI_PRINTLN] = {"println", 0, true, true, false, check_print},
    [BI_REAL] = {"real", 1, false, false, false, check_real_imag},
    [BI_RECOVER] = {"recover", 0, false, true, false, check_recover},
};

static const char *builtin_name(Builtin id) {
    return builtins[id].name;
}

/* ---- calls of built-ins ---- */

void chk_declare_builtins(Scope *universe) {
    for (int id = BI_APPEND; id <= BI_RECOVER; id++) {
        Obj *o =
            chk_new_obj(OBJ_BUILTIN, intern_cstr(builtins[id].name), pos_make(0, 0), t_invalid);
        o->builtin = id;
        o->color = 2;
        scope_insert(universe, o);
    }
}

bool chk_builtin_is_expr(int id) {
    return id > BI_NONE && id <= BI_RECOVER && !builtins[id].statement;
}

/* The number of arguments against the table: "not enough arguments for len() (expected 1,
 * found 0)". */
static bool count_ok(Checker *c, Expr *e, const BuiltinInfo *b, int n) {
    if (n < b->nargs) {
        chk_error(c, e->call.rparen, "not enough arguments for %s (expected %d, found %d)",
                  str_printf("%s(%s)", b->name, n ? "..." : ""), b->nargs, n);
        return false;
    }
    if (!b->variadic && n > b->nargs) {
        chk_error(c, e->call.args[n == e->call.n ? b->nargs : 0]->pos,
                  "too many arguments for %s (expected %d, found %d)",
                  str_printf("%s(...)", b->name), b->nargs, n);
        return false;
    }
    return true;
}

static void eval_args(Checker *c, Expr **args, int from, int n) {
    for (int i = from; i < n; i++) {
        chk_expr(c, args[i]);
        chk_rvalue(c, args[i]);
    }
}

/* The results of the multi-value call x, as the arguments of a built-in f(x): each one the
 * call as an operand of one result's type (the compiler evaluates x itself, once). */
static Expr **spread_results(Expr *x) {
    Expr **a = NEW_ARRAY(Expr *, x->type->nparams);
    for (int i = 0; i < x->type->nparams; i++) {
        a[i] = NEW(Expr);
        *a[i] = *x;
        value(a[i], x->type->params[i]);
    }
    return a;
}

void chk_builtin_call(Checker *c, Expr *e, Obj *obj) {
    BuiltinCall b = {e, obj->builtin, e->call.args, e->call.n, NULL};
    const BuiltinInfo *bi = &builtins[b.id];
    e->call.builtin = b.id;
    e->call.call_kind = CALL_BUILTIN;
    if (e->call.has_ellipsis && b.id != BI_APPEND) {
        chk_error(c, e->call.ellipsis, "invalid operation: invalid use of ... with built-in %s",
                  bi->name);
        eval_args(c, b.a, 0, b.n);
        chk_invalidate(e);
        return;
    }
    bool evaluated = false;
    if (b.n == 1 && !bi->type_arg && !e->call.has_ellipsis) {
        /* f(g()) with g returning several values passes them all */
        Expr *x = b.a[0];
        chk_expr(c, x);
        if (x->mode != MODE_INVALID && x->type && x->type->kind == KIND_TUPLE &&
            x->type->nparams > 1) {
            b.n = x->type->nparams;
            b.a = spread_results(x);
        } else {
            chk_rvalue(c, x);
        }
        evaluated = true;
    }
    if (!count_ok(c, e, bi, b.n)) {
        if (!evaluated) {
            eval_args(c, b.a, 0, b.n); /* a type argument too, reported as no expression */
        }
        chk_invalidate(e);
        return;
    }
    if (bi->type_arg) {
        b.t = chk_var_type(c, b.a[0]);
    }
    if (!evaluated) {
        eval_args(c, b.a, bi->type_arg ? 1 : 0, b.n);
    }
    bi->check(c, &b);
}
