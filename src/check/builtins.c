/* builtins.c — the predeclared functions: append cap clear close complex copy delete imag len
 * make max min new panic print println real recover, with Go's argument rules and constant
 * results (len of a constant string or of an array, min/max of constants, complex/real/imag).
 */
#include "internal.h"

#include <stdio.h>

static void invalid(Expr *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
}

static bool nargs_ok(Checker *c, Expr *e, const char *name, int min, int max) {
    int n = e->call.n;
    if (n < min) {
        chk_error(c, e->call.rparen, "not enough arguments for %s (expected %d, found %d)",
                  str_printf("%s(%s)", name, n ? "..." : ""), min, n);
        return false;
    }
    if (max >= 0 && n > max) {
        chk_error(c, e->call.args[max]->pos, "too many arguments for %s (expected %d, found %d)",
                  str_printf("%s(...)", name), max, n);
        return false;
    }
    return true;
}

static void check_args_rvalues(Checker *c, Expr *e, int from) {
    for (int i = from; i < e->call.n; i++) {
        chk_expr(c, e->call.args[i]);
        chk_rvalue(c, e->call.args[i]);
    }
}

/* Does the expression contain a function call or a receive (making len non-constant)? */
static bool has_call_or_recv(const Expr *e) {
    if (!e) {
        return false;
    }
    switch (e->kind) {
    case E_CALL:
        if (e->mode == MODE_CONST) {
            return false;
        }
        if (e->call.call_kind == CALL_CONVERSION) {
            return e->call.n > 0 && has_call_or_recv(e->call.args[0]);
        }
        return true;
    case E_UNARY: return e->unary.op == T_ARROW || has_call_or_recv(e->unary.x);
    case E_PAREN: return has_call_or_recv(e->paren.x);
    case E_SELECTOR: return has_call_or_recv(e->selector.x);
    case E_INDEX: return has_call_or_recv(e->index.x) || has_call_or_recv(e->index.indices[0]);
    case E_STAR: return has_call_or_recv(e->star.x);
    case E_BINARY: return has_call_or_recv(e->binary.x) || has_call_or_recv(e->binary.y);
    case E_COMPOSITE:
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            if (el->kind == E_KEYVALUE) {
                if (has_call_or_recv(el->kv.key) || has_call_or_recv(el->kv.value)) {
                    return true;
                }
            } else if (has_call_or_recv(el)) {
                return true;
            }
        }
        return false;
    default: return false;
    }
}

static void make_int_arg(Checker *c, Expr *a, const char *what, Const **cv) {
    chk_expr(c, a);
    chk_rvalue(c, a);
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
    if (!type_is_integer(a->type) && !(chk_core_type(a->type) && type_is_integer(chk_core_type(a->type)))) {
        chk_error(c, chk_epos(a), "cannot convert %s to type int", chk_operand_str(a));
        (void)what;
        a->mode = MODE_INVALID;
    }
}

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

void chk_builtin_call(Checker *c, Expr *e, Obj *b) {
    int id = b->builtin;
    e->call.builtin = id;
    e->call.call_kind = CALL_BUILTIN;
    const char *name = b->name;
    int n = e->call.n;
    Expr **args = e->call.args;
    if (e->call.has_ellipsis && id != BI_APPEND) {
        chk_error(c, e->call.ellipsis, "invalid operation: invalid use of ... with built-in %s", name);
        check_args_rvalues(c, e, 0);
        invalid(e);
        return;
    }
    switch (id) {
    case BI_APPEND: {
        if (!nargs_ok(c, e, name, 1, -1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *s = args[0];
        chk_expr(c, s);
        chk_rvalue(c, s);
        if (s->mode == MODE_INVALID) {
            check_args_rvalues(c, e, 1);
            invalid(e);
            return;
        }
        Type *st = s->type;
        Type *u = chk_core_type(st);
        if (!u || u->kind != KIND_SLICE) {
            chk_error(c, s->pos, "first argument to append must be a slice; %s",
                      append_cause(s, u));
            check_args_rvalues(c, e, 1);
            invalid(e);
            return;
        }
        Type *elem = u->elem;
        if (e->call.has_ellipsis) {
            if (n != 2) {
                chk_error(c, e->pos, "can only use ... with final argument in list");
                check_args_rvalues(c, e, 1);
                invalid(e);
                return;
            }
            Expr *x = args[1];
            chk_expr(c, x);
            chk_rvalue(c, x);
            if (x->mode != MODE_INVALID) {
                Type *xu = chk_core_type(x->type);
                if (elem->underlying == t_uint8 && xu && type_is_string(xu)) {
                    chk_default_untyped(c, x);
                } else {
                    chk_assign_to(c, x, st->name ? type_slice(elem) : st, "append");
                }
            }
        } else {
            for (int i = 1; i < n; i++) {
                Expr *x = args[i];
                if (x->kind == E_COMPOSITE && !x->composite.type) {
                    chk_expr_hint(c, x, elem);
                } else {
                    chk_expr(c, x);
                }
                chk_rvalue(c, x);
                if (x->mode != MODE_INVALID) {
                    chk_assign_to(c, x, elem, "argument to append");
                }
            }
        }
        e->mode = MODE_VALUE;
        e->type = st;
        return;
    }
    case BI_LEN:
    case BI_CAP: {
        if (!nargs_ok(c, e, name, 1, 1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *x = args[0];
        chk_expr(c, x);
        chk_rvalue(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Type *u = chk_core_type(x->type);
        if (!u && x->type->kind == KIND_TYPEPARAM) {
            /* all types of the set must have a length */
            u = NULL;
            TypeInfo *ti = x->type->chk;
            TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
            bool ok = ci && ci->has_terms && ci->nterms > 0;
            for (int i = 0; ok && i < ci->nterms; i++) {
                Kind k = ci->terms[i].type->underlying->kind;
                ok = k == KIND_STRING || k == KIND_SLICE || k == KIND_ARRAY || k == KIND_MAP ||
                     k == KIND_CHAN;
            }
            if (ok) {
                e->mode = MODE_VALUE;
                e->type = t_int;
                return;
            }
        }
        bool ok = false;
        bool is_const = false;
        Const *cv = NULL;
        if (u) {
            switch (u->kind) {
            case KIND_STRING:
            case KIND_UNTYPED_STRING:
                ok = id == BI_LEN;
                if (x->mode == MODE_CONST) {
                    is_const = true;
                    cv = const_int64((int64_t)x->val->slen);
                }
                chk_default_untyped(c, x);
                break;
            case KIND_ARRAY:
                ok = true;
                if (!has_call_or_recv(x)) {
                    is_const = true;
                    cv = const_int64(u->len);
                }
                break;
            case KIND_POINTER:
                if (u->elem->underlying->kind == KIND_ARRAY) {
                    ok = true;
                    if (!has_call_or_recv(x)) {
                        is_const = true;
                        cv = const_int64(u->elem->underlying->len);
                    }
                }
                break;
            case KIND_SLICE:
            case KIND_CHAN: ok = true; break;
            case KIND_MAP: ok = id == BI_LEN; break;
            default: break;
            }
        }
        if (!ok) {
            chk_error(c, chk_epos(x), "invalid argument: %s for built-in %s", chk_operand_str(x),
                      name);
            invalid(e);
            return;
        }
        e->type = t_int;
        if (is_const) {
            e->mode = MODE_CONST;
            e->val = cv;
        } else {
            e->mode = MODE_VALUE;
        }
        return;
    }
    case BI_CLEAR: {
        if (!nargs_ok(c, e, name, 1, 1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *x = args[0];
        chk_expr(c, x);
        chk_rvalue(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Type *u = chk_core_type(x->type);
        if (!u || (u->kind != KIND_MAP && u->kind != KIND_SLICE)) {
            chk_error(c, chk_epos(x), "invalid argument: %s must be a map or slice",
                      chk_operand_str(x));
            invalid(e);
            return;
        }
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
        return;
    }
    case BI_CLOSE: {
        if (!nargs_ok(c, e, name, 1, 1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *x = args[0];
        chk_expr(c, x);
        chk_rvalue(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Type *u = chk_core_type(x->type);
        if (!u || u->kind != KIND_CHAN) {
            chk_error(c, chk_epos(x), "invalid operation: cannot close non-channel %s",
                      chk_operand_str(x));
            invalid(e);
            return;
        }
        if (u->dir == CHAN_RECV) {
            chk_error(c, chk_epos(x), "invalid operation: cannot close receive-only channel %s",
                      chk_operand_str(x));
            invalid(e);
            return;
        }
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
        return;
    }
    case BI_COMPLEX: {
        if (!nargs_ok(c, e, name, 2, 2)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *x = args[0], *y = args[1];
        chk_expr(c, x);
        chk_rvalue(c, x);
        chk_expr(c, y);
        chk_rvalue(c, y);
        if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        if (x->mode == MODE_CONST && y->mode == MODE_CONST && type_is_untyped(x->type) &&
            type_is_untyped(y->type)) {
            e->mode = MODE_CONST;
            e->val = const_complex(x->val, y->val);
            e->type = t_untyped_complex;
            return;
        }
        if (type_is_untyped(x->type) && !type_is_untyped(y->type)) {
            chk_convert_untyped(c, x, y->type);
        } else if (type_is_untyped(y->type) && !type_is_untyped(x->type)) {
            chk_convert_untyped(c, y, x->type);
        } else if (type_is_untyped(x->type)) {
            chk_convert_untyped(c, x, t_float64);
            chk_convert_untyped(c, y, t_float64);
        }
        if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        if (x->type != y->type) {
            chk_error(c, x->pos, "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
            invalid(e);
            return;
        }
        Kind k = x->type->underlying->kind;
        if (k != KIND_FLOAT32 && k != KIND_FLOAT64) {
            chk_error(c, x->pos, "invalid argument: arguments have type %s, expected floating-point",
                      chk_typestr(x->type));
            invalid(e);
            return;
        }
        e->type = k == KIND_FLOAT32 ? t_complex64 : t_complex128;
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            e->mode = MODE_CONST;
            e->val = const_complex(x->val, y->val);
        } else {
            e->mode = MODE_VALUE;
        }
        return;
    }
    case BI_REAL:
    case BI_IMAG: {
        if (!nargs_ok(c, e, name, 1, 1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *x = args[0];
        chk_expr(c, x);
        chk_rvalue(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
            e->mode = MODE_CONST;
            e->val = id == BI_REAL ? const_real(x->val) : const_imag(x->val);
            e->type = t_untyped_float;
            return;
        }
        Kind k = x->type->underlying->kind;
        if (k != KIND_COMPLEX64 && k != KIND_COMPLEX128) {
            chk_error(c, chk_epos(x), "invalid argument: %s must be of complex type",
                      chk_operand_str(x));
            invalid(e);
            return;
        }
        e->type = k == KIND_COMPLEX64 ? t_float32 : t_float64;
        if (x->mode == MODE_CONST) {
            e->mode = MODE_CONST;
            e->val = id == BI_REAL ? const_real(x->val) : const_imag(x->val);
        } else {
            e->mode = MODE_VALUE;
        }
        return;
    }
    case BI_COPY: {
        if (!nargs_ok(c, e, name, 2, 2)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        check_args_rvalues(c, e, 0);
        Expr *d = args[0], *s = args[1];
        if (d->mode == MODE_INVALID || s->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Type *du = chk_core_type(d->type), *su = chk_core_type(s->type);
        if (!du || du->kind != KIND_SLICE) {
            chk_error(c, d->pos, "invalid argument: copy expects slice arguments; found %s and %s",
                      chk_operand_str(d), chk_operand_str(s));
            invalid(e);
            return;
        }
        if (su && type_is_string(su) && du->elem->underlying == t_uint8) {
            chk_default_untyped(c, s);
        } else if (!su || su->kind != KIND_SLICE) {
            chk_error(c, s->pos, "invalid argument: copy expects slice arguments; found %s and %s",
                      chk_operand_str(d), chk_operand_str(s));
            invalid(e);
            return;
        } else if (du->elem != su->elem) {
            chk_error(c, chk_epos(d),
                      "invalid argument: arguments to copy %s and %s have different element types "
                      "%s and %s",
                      chk_operand_str(d), chk_operand_str(s), chk_typestr(du->elem),
                      chk_typestr(su->elem));
            invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->type = t_int;
        return;
    }
    case BI_DELETE: {
        if (!nargs_ok(c, e, name, 2, 2)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *m = args[0], *k = args[1];
        chk_expr(c, m);
        chk_rvalue(c, m);
        if (m->mode == MODE_INVALID) {
            chk_expr(c, k);
            invalid(e);
            return;
        }
        Type *u = chk_core_type(m->type);
        if (!u || u->kind != KIND_MAP) {
            chk_error(c, chk_epos(m), "invalid argument: %s is not a map", chk_operand_str(m));
            chk_expr(c, k);
            invalid(e);
            return;
        }
        if (k->kind == E_COMPOSITE && !k->composite.type) {
            chk_expr_hint(c, k, u->key);
        } else {
            chk_expr(c, k);
        }
        chk_rvalue(c, k);
        if (k->mode != MODE_INVALID) {
            chk_assign_to(c, k, u->key, "argument to delete");
        }
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
        return;
    }
    case BI_MAKE: {
        if (n == 0) {
            chk_error(c, e->call.rparen, "not enough arguments for make() (expected 1, found 0)");
            invalid(e);
            return;
        }
        Type *t = chk_type(c, args[0]);
        if (t == t_invalid) {
            check_args_rvalues(c, e, 1);
            invalid(e);
            return;
        }
        Type *u = chk_core_type(t);
        int min = 1, max = 1;
        if (u && u->kind == KIND_SLICE) {
            min = 2, max = 3;
        } else if (u && (u->kind == KIND_MAP || u->kind == KIND_CHAN)) {
            min = 1, max = 2;
        } else {
            chk_error(c, args[0]->pos,
                      "invalid argument: cannot make %s; type must be slice, map, or channel",
                      ast_expr_string(args[0]));
            check_args_rvalues(c, e, 1);
            invalid(e);
            return;
        }
        if (n < min) {
            chk_error(c, e->pos, "invalid operation: %s expects %d or %d arguments; found %d",
                      ast_expr_string(e), min, max, n);
            invalid(e);
            return;
        }
        if (n > max) {
            chk_error(c, args[max]->pos,
                      "invalid operation: %s expects %d or %d arguments; found %d",
                      ast_expr_string(e), min, max, n);
            check_args_rvalues(c, e, 1);
            invalid(e);
            return;
        }
        Const *vals[3] = {NULL, NULL, NULL};
        for (int i = 1; i < n; i++) {
            make_int_arg(c, args[i], "size", &vals[i]);
        }
        if (n == 3 && vals[1] && vals[2] && const_compare(T_GTR, vals[1], vals[2])) {
            chk_error(c, args[1]->pos, "invalid argument: length and capacity swapped");
        }
        e->mode = MODE_VALUE;
        e->type = t;
        return;
    }
    case BI_MAX:
    case BI_MIN: {
        if (!nargs_ok(c, e, name, 1, -1)) {
            invalid(e);
            return;
        }
        check_args_rvalues(c, e, 0);
        for (int i = 0; i < n; i++) {
            if (args[i]->mode == MODE_INVALID) {
                invalid(e);
                return;
            }
        }
        /* the common type: typed operands fix it, untyped ones follow */
        Type *t = NULL;
        for (int i = 0; i < n; i++) {
            if (!type_is_untyped(args[i]->type)) {
                if (t && t != args[i]->type) {
                    chk_error(c, args[i]->pos,
                              "invalid argument: mismatched types %s (previous argument) and %s "
                              "(type of %s)",
                              chk_typestr(t), chk_typestr(args[i]->type), ast_expr_string(args[i]));
                    invalid(e);
                    return;
                }
                t = args[i]->type;
            }
        }
        bool all_const = true;
        for (int i = 0; i < n; i++) {
            all_const = all_const && args[i]->mode == MODE_CONST;
        }
        if (!t) {
            /* all untyped: the largest kind */
            Type *big = args[0]->type;
            for (int i = 1; i < n; i++) {
                Type *a = args[i]->type;
                if (type_is_numeric(a) && type_is_numeric(big)) {
                    big = a->kind > big->kind ? a : big;
                } else if (a != big) {
                    chk_error(c, args[i]->pos, "invalid argument: mismatched types");
                    invalid(e);
                    return;
                }
            }
            t = big;
        } else {
            for (int i = 0; i < n; i++) {
                if (type_is_untyped(args[i]->type)) {
                    chk_convert_untyped(c, args[i], t);
                    if (args[i]->mode == MODE_INVALID) {
                        invalid(e);
                        return;
                    }
                }
            }
        }
        bool ordered = type_is_ordered(t) || t->kind == KIND_TYPEPARAM;
        if (t->kind == KIND_TYPEPARAM) {
            TypeInfo *ti = t->chk;
            TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
            ordered = ci && ci->has_terms && ci->nterms > 0;
            for (int i = 0; ordered && i < ci->nterms; i++) {
                ordered = type_is_ordered(ci->terms[i].type->underlying);
            }
        } else {
            ordered = type_is_ordered(t->underlying ? t->underlying : t);
        }
        if (!ordered) {
            chk_error(c, args[0]->pos, "invalid argument: %s cannot be ordered", chk_operand_str(args[0]));
            invalid(e);
            return;
        }
        e->type = t;
        if (all_const) {
            Const *best = args[0]->val;
            for (int i = 1; i < n; i++) {
                Const *v = args[i]->val, *b = best;
                if (v->kind != b->kind) {
                    if (v->kind == CONST_FLOAT || b->kind == CONST_FLOAT) {
                        v = const_to_float(v), b = const_to_float(b);
                    }
                }
                if (const_compare(id == BI_MIN ? T_LSS : T_GTR, v, b)) {
                    best = args[i]->val;
                }
            }
            if (t == t_untyped_float) {
                best = const_to_float(best);
            }
            e->mode = MODE_CONST;
            e->val = best;
            return;
        }
        e->mode = MODE_VALUE;
        return;
    }
    case BI_NEW: {
        if (!nargs_ok(c, e, name, 1, 1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Type *t = chk_type(c, args[0]);
        if (t == t_invalid) {
            invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->type = type_pointer(t);
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(c, e, name, 1, 1)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        Expr *x = args[0];
        chk_expr(c, x);
        chk_rvalue(c, x);
        if (x->mode != MODE_INVALID) {
            chk_assign_to(c, x, t_any, "argument to panic");
        }
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
        return;
    }
    case BI_PRINT:
    case BI_PRINTLN: {
        check_args_rvalues(c, e, 0);
        for (int i = 0; i < n; i++) {
            Expr *x = args[i];
            if (x->mode == MODE_INVALID) {
                continue;
            }
            if (x->type == t_untyped_nil) {
                chk_error(c, x->pos, "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            chk_default_untyped(c, x);
        }
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
        return;
    }
    case BI_RECOVER: {
        if (!nargs_ok(c, e, name, 0, 0)) {
            check_args_rvalues(c, e, 0);
            invalid(e);
            return;
        }
        if (c->func) {
            c->func->has_recover = true;
        }
        e->mode = MODE_VALUE;
        e->type = t_any;
        return;
    }
    default: invalid(e); return;
    }
}
