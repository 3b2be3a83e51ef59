/* call.c — calls (types2's call.go): function and method calls, the arguments against the
 * signature (a variadic tail collected into a slice), generic functions instantiated
 * explicitly (f[int]) or by inference, conversions and built-ins handed on.
 *
 * A generic function used without instantiation where a function type is expected (Go
 * 1.21) gets the type arguments that make its signature that type (infer_from_target).
 */
#include "internal.h"

static bool verify_targs_expr(Checker *c, Obj *f, Type **targs, int n, Expr *e) {
    bool ok = true;
    for (int i = 0; i < n && i < f->ntparams; i++) {
        Type *ct = type_info(f->tparams[i]->type)->constraint;
        const char *reason = NULL;
        if (ct && !chk_satisfies_with(c, targs[i], ct, f->tparams, targs, n, &reason)) {
            Expr *at = e->kind == E_INDEX && i < e->index.n ? e->index.indices[i] : e;
            Pos p = chk_epos(at);
            chk_error(c, p, "%s", reason);
            ok = false;
        }
    }
    return ok;
}

static Obj *chk_instance_of(Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    return e->kind == E_INDEX ? e->index.inst : NULL;
}

static Obj *generic_func_of(Expr *fun) {
    Expr *f = fun;
    while (f->kind == E_PAREN) {
        f = f->paren.x;
    }
    Obj *o = NULL;
    if (f->kind == E_IDENT) {
        o = f->ident.obj;
    } else if (f->kind == E_SELECTOR && f->selector.info && f->selector.info->kind == SEL_PKG) {
        o = f->selector.info->obj;
    } else if (f->kind == E_INDEX) {
        Expr *x = f->index.x;
        if (x->kind == E_IDENT) {
            o = x->ident.obj;
        } else if (x->kind == E_SELECTOR && x->selector.info) {
            o = x->selector.info->obj;
        }
    }
    if (o && o->kind == OBJ_FUNC && o->ntparams && !o->recv_base) {
        return o;
    }
    return NULL;
}

/* The generic function e names without (all) its type arguments, or NULL. */
Obj *chk_uninstantiated(Expr *e) {
    if (e->mode != MODE_VALUE || !e->type || e->type->kind != KIND_FUNC) {
        return NULL;
    }
    Obj *g = generic_func_of(e);
    return g && !chk_instance_of(e) ? g : NULL;
}

void chk_generic_value_error(Checker *c, Expr *e) {
    chk_error(c, chk_epos(e), "cannot use generic function %s without instantiation",
              ast_expr_string(e));
    chk_invalidate(e);
}

/* e, a generic function's name (perhaps partially instantiated), now denotes instance inst. */
static void use_instance(Expr *e, Obj *inst) {
    for (Expr *x = e;; x = x->paren.x) {
        x->mode = MODE_VALUE;
        x->type = inst->type;
        if (x->kind != E_PAREN) {
            break;
        }
    }
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->kind == E_IDENT) {
        e->ident.obj = inst;
    } else if (e->kind == E_SELECTOR) {
        e->selector.info->obj = inst;
        e->selector.sel->ident.obj = inst;
    } else if (e->kind == E_INDEX) {
        e->index.inst = inst;
    }
}

/* The type arguments given explicitly to generic g in e (g[int] of g[K, V]), into bound. */
void chk_partial_targs(Expr *e, Obj *g, Type **bound) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    for (int i = 0; e->kind == E_INDEX && i < e->index.n && i < g->ntparams; i++) {
        bound[i] = e->index.indices[i]->type;
    }
}

/* Go 1.21: a generic function used where a function type is expected (assigned, passed)
 * gets the type arguments that make its signature that type. Returns whether e is now an
 * instance. */
static bool infer_from_target(Checker *c, Expr *e, Type *target) {
    Obj *g = chk_uninstantiated(e);
    Type *core = g && target ? chk_core_type(target) : NULL;
    if (!core || core->kind != KIND_FUNC) {
        return false;
    }
    Type **bound = NEW_ARRAY(Type *, g->ntparams);
    chk_partial_targs(e, g, bound);
    if (!chk_unify(g->tparams, g->ntparams, bound, g->type, core)) {
        return false;
    }
    for (int i = 0; i < g->ntparams; i++) {
        if (!bound[i]) {
            return false;
        }
    }
    if (!verify_targs_expr(c, g, bound, g->ntparams, e)) {
        chk_invalidate(e);
        return true;
    }
    use_instance(e, chk_instantiate_func(c, g, bound, g->ntparams, chk_epos(e), NULL, 0));
    return true;
}

static Args collect_args(Checker *c, Expr *e, Type *sig) {
    Args a = {0};
    int n = e->call.n;
    if (n == 1) {
        Expr *arg = e->call.args[0];
        Type *hint = sig && sig->nparams >= 1 ? sig->params[0] : NULL;
        if (arg->kind == E_COMPOSITE && !arg->composite.type && hint) {
            chk_expr_hint(c, arg, hint);
        } else {
            chk_multi_expr(c, arg);
        }
        if (arg->mode != MODE_INVALID && arg->type && arg->type->kind == KIND_TUPLE) {
            a.spread = true;
            a.tuple_call = arg;
            a.n = arg->type->nparams;
            a.exprs = NEW_ARRAY(Expr *, a.n);
            a.types = NEW_ARRAY(Type *, a.n);
            a.generic = NEW_ARRAY(Obj *, a.n);
            for (int i = 0; i < a.n; i++) {
                a.types[i] = arg->type->params[i];
            }
            return a;
        }
        a.n = 1;
        a.exprs = NEW_ARRAY(Expr *, 1);
        a.types = NEW_ARRAY(Type *, 1);
        a.generic = NEW_ARRAY(Obj *, 1);
        a.exprs[0] = arg;
        if (arg->mode != MODE_INVALID) {
            chk_single_value(c, arg, true);
        }
        a.types[0] = arg->type;
        a.generic[0] = arg->mode == MODE_INVALID ? NULL : chk_uninstantiated(arg);
        return a;
    }
    a.n = n;
    a.exprs = NEW_ARRAY(Expr *, n > 0 ? n : 1);
    a.types = NEW_ARRAY(Type *, n > 0 ? n : 1);
    a.generic = NEW_ARRAY(Obj *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        Expr *arg = e->call.args[i];
        Type *hint = NULL;
        if (sig) {
            if (i < sig->nparams - (sig->variadic ? 1 : 0)) {
                hint = sig->params[i];
            } else if (sig->variadic && sig->nparams) {
                hint = e->call.has_ellipsis ? sig->params[sig->nparams - 1]
                                            : sig->params[sig->nparams - 1]->elem;
            }
        }
        if (arg->kind == E_COMPOSITE && !arg->composite.type && hint) {
            chk_expr_hint(c, arg, hint);
        } else {
            chk_expr(c, arg);
        }
        if (arg->mode != MODE_INVALID) {
            chk_single_value(c, arg, true);
        }
        a.exprs[i] = arg;
        a.types[i] = arg->type;
        a.generic[i] = arg->mode == MODE_INVALID ? NULL : chk_uninstantiated(arg);
    }
    return a;
}

static const char *types_list(Type **ts, int n, bool variadic_last) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) {
            sb_puts(&b, ", ");
        }
        if (variadic_last && i == n - 1) {
            sb_puts(&b, "...");
            sb_puts(&b, chk_typestr(ts[i]->elem));
        } else if (ts[i] && type_is_untyped(ts[i]) && ts[i] != t_untyped_nil) {
            sb_puts(&b, "number");
        } else {
            sb_puts(&b, ts[i] ? chk_typestr(ts[i]) : "?");
        }
    }
    sb_putc(&b, ')');
    return sb_cstr(&b);
}

/* Checks the (already evaluated) arguments against sig's parameters. */
static void check_args(Checker *c, Expr *e, Type *sig, Args *a, const char *fname) {
    int np = sig->nparams;
    bool variadic = sig->variadic;
    int nfixed = variadic ? np - 1 : np;
    bool ell = e->call.has_ellipsis;
    if (ell && !variadic) {
        chk_error(c, chk_epos(e), "cannot use ... in call to non-variadic %s", fname);
        return;
    }
    if (ell && a->spread) {
        chk_error(c, chk_epos(e), "cannot use ... with %d-valued %s", a->n,
                  ast_expr_string(a->tuple_call));
        return;
    }
    bool too_few = variadic ? (ell ? a->n < np : a->n < nfixed) : a->n < np;
    bool too_many = variadic ? (ell ? a->n > np : false) : a->n > np;
    if (too_few || too_many) {
        Pos p;
        if (too_many) {
            p = a->spread ? a->tuple_call->pos : a->exprs[np]->pos;
        } else if (a->n > 0) {
            p = a->spread ? a->tuple_call->pos : a->exprs[a->n - 1]->pos;
        } else {
            p = e->call.rparen;
        }
        chk_error(c, p, "%s arguments in call to %s\n\thave %s\n\twant %s",
                  too_few ? "not enough" : "too many", fname, types_list(a->types, a->n, false),
                  types_list(sig->params, np, variadic));
        return;
    }
    const char *ctx = str_printf("argument to %s", fname);
    for (int i = 0; i < a->n; i++) {
        Type *pt;
        if (i < nfixed) {
            pt = sig->params[i];
        } else if (ell) {
            pt = sig->params[np - 1];
        } else {
            pt = sig->params[np - 1]->elem;
        }
        if (a->spread) {
            Expr tmp = {0};
            tmp.kind = E_IDENT;
            tmp.mode = MODE_VALUE;
            tmp.type = a->types[i];
            tmp.pos = a->tuple_call->pos;
            tmp.ident.name = "value";
            const char *why = NULL;
            if (!chk_assignable(c, &tmp, pt, &why)) {
                chk_error(
                    c, a->tuple_call->pos, "cannot use %s (value of type %s) as %s value in %s",
                    ast_expr_string(a->tuple_call), chk_typestr(a->types[i]), chk_typestr(pt), ctx);
            }
            continue;
        }
        Expr *arg = a->exprs[i];
        if (a->generic[i] && !infer_from_target(c, arg, pt)) {
            chk_generic_value_error(c, arg);
        }
        if (arg->mode == MODE_INVALID) {
            continue;
        }
        chk_assign_to(c, arg, pt, ctx);
    }
    if (variadic && !ell && a->n >= nfixed) {
        CallInfo *ci = e->call.extra ? e->call.extra : NEW(CallInfo);
        ci->variadic_slice = sig->params[np - 1];
        ci->nfixed = nfixed;
        e->call.extra = ci;
    }
}

/* f[T1, T2] — explicit (maybe partial) instantiation of a generic function. */
void chk_instantiation(Checker *c, Expr *e) {
    Expr *x = e->index.x;
    Obj *f = x->kind == E_IDENT ? x->ident.obj : x->selector.info->obj;
    int n = e->index.n;
    Type **targs = NEW_ARRAY(Type *, n);
    for (int i = 0; i < n; i++) {
        targs[i] = chk_type(c, e->index.indices[i]);
        if (targs[i] == t_invalid) {
            chk_invalidate(e);
            return;
        }
    }
    if (n > f->ntparams) {
        chk_error(c, e->index.indices[f->ntparams]->pos,
                  "got %d type arguments but %s has %d type parameters", n, f->name, f->ntparams);
        chk_invalidate(e);
        return;
    }
    if (n < f->ntparams) {
        /* partial: the call completes it */
        e->mode = MODE_VALUE;
        e->type = f->type;
        e->val = NULL;
        return;
    }
    if (!verify_targs_expr(c, f, targs, n, e)) {
        chk_invalidate(e);
        return;
    }
    Obj *inst = chk_instantiate_func(c, f, targs, n, e->pos, e->index.indices, e->index.n);
    e->mode = MODE_VALUE;
    e->type = inst->type;
    e->index.inst = inst;
}

void chk_rvalue_to(Checker *c, Expr *e, Type *target) {
    if (e->mode == MODE_INVALID && e->type == NULL) {
        chk_expr(c, e);
    }
    infer_from_target(c, e, target);
    chk_rvalue(c, e);
}

void chk_call(Checker *c, Expr *e) {
    Expr *fun = e->call.fun;
    chk_expr(c, fun);
    if (fun->mode == MODE_INVALID) {
        for (int i = 0; i < e->call.n; i++) {
            chk_expr(c, e->call.args[i]);
        }
        chk_invalidate(e);
        return;
    }
    if (fun->mode == MODE_TYPE) {
        chk_conversion(c, e, fun->type);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        e->call.call_kind = CALL_BUILTIN;
        Expr *b = fun;
        while (b->kind == E_PAREN) {
            b = b->paren.x;
        }
        chk_builtin_call(c, e, b->ident.obj);
        return;
    }
    if (fun->mode == MODE_PKG) {
        chk_error(c, fun->pos, "use of package %s not in selector", ast_expr_string(fun));
        chk_invalidate(e);
        return;
    }
    Type *ft = fun->type;
    Type *sig = chk_core_type(ft);
    if (!sig || sig->kind != KIND_FUNC) {
        chk_error(c, e->pos, "invalid operation: cannot call non-function %s",
                  chk_operand_str(fun));
        for (int i = 0; i < e->call.n; i++) {
            chk_expr(c, e->call.args[i]);
        }
        chk_invalidate(e);
        return;
    }
    const char *fname = ast_expr_string(fun);
    Obj *generic = generic_func_of(fun);
    Obj *inst = chk_instance_of(fun);
    CallInfo *ci = NEW(CallInfo);
    e->call.extra = ci;
    if (generic && !inst) {
        /* infer (with any explicit partial type arguments) */
        Type **partial = NULL;
        int npartial = 0;
        if (fun->kind == E_INDEX) {
            npartial = fun->index.n;
            partial = NEW_ARRAY(Type *, npartial);
            for (int i = 0; i < npartial; i++) {
                partial[i] = fun->index.indices[i]->type;
            }
        }
        Args a = collect_args(c, e, NULL);
        for (int i = 0; i < a.n; i++) {
            if (a.exprs[i] && a.exprs[i]->mode == MODE_INVALID) {
                chk_invalidate(e);
                return;
            }
        }
        Type **targs = chk_infer(c, generic, sig, &a, e, partial, npartial);
        if (!targs) {
            chk_invalidate(e);
            return;
        }
        bool ok = true;
        for (int i = 0; i < generic->ntparams; i++) {
            Type *ct = type_info(generic->tparams[i]->type)->constraint;
            const char *reason = NULL;
            if (ct && !chk_satisfies_with(c, targs[i], ct, generic->tparams, targs,
                                          generic->ntparams, &reason)) {
                chk_error(c, e->call.lparen, "%s", reason);
                ok = false;
            }
        }
        if (!ok) {
            chk_invalidate(e);
            return;
        }
        bool explicit = fun->kind == E_INDEX;
        inst =
            chk_instantiate_func(c, generic, targs, generic->ntparams, e->pos,
                                 explicit ? fun->index.indices : NULL, explicit ? fun->index.n : 0);
        sig = inst->type;
        fun->type = sig;
        if (fun->kind == E_INDEX) {
            fun->index.inst = inst;
            fun->mode = MODE_VALUE;
        }
        ci->func = inst;
        check_args(c, e, sig, &a, fname);
    } else {
        Args a = collect_args(c, e, sig);
        check_args(c, e, sig, &a, fname);
        ci->func = inst;
    }
    /* what kind of call */
    Expr *f = fun;
    while (f->kind == E_PAREN) {
        f = f->paren.x;
    }
    if (inst) {
        e->call.call_kind = CALL_FUNC;
        ci->func = inst;
    } else if (f->kind == E_IDENT && f->ident.obj && f->ident.obj->kind == OBJ_FUNC) {
        e->call.call_kind = CALL_FUNC;
        ci->func = f->ident.obj;
    } else if (f->kind == E_SELECTOR && f->selector.info) {
        SelInfo *s = f->selector.info;
        if (s->kind == SEL_PKG && s->obj->kind == OBJ_FUNC) {
            e->call.call_kind = CALL_FUNC;
            ci->func = s->obj;
        } else if (s->kind == SEL_METHOD) {
            e->call.call_kind = CALL_METHOD;
            ci->func = s->obj;
        } else if (s->kind == SEL_IFACE_METHOD) {
            e->call.call_kind = CALL_IFACE;
        } else {
            e->call.call_kind = CALL_VALUE;
        }
    } else {
        e->call.call_kind = CALL_VALUE;
    }
    if (sig->nresults == 0) {
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
    } else if (sig->nresults == 1) {
        e->mode = MODE_VALUE;
        e->type = sig->results[0];
    } else {
        e->mode = MODE_VALUE;
        e->type = type_tuple(sig->results, sig->nresults);
    }
}
