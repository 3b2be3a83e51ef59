/* infer.c — type inference for calls of generic functions (types2's infer.go and unify.go).
 *
 * Unification binds the callee's type parameters (bound[i] for tps[i]) by matching a
 * parameter type against an argument type; inexactly, a defined type against its
 * underlying type. Inference takes the typed arguments first, then generic function
 * arguments (Go 1.21), then untyped constants (their default types), then the core types of
 * the constraints; a parameter left unbound is an error.
 */
#include "internal.h"

/* Unification for type inference: binds type parameters of `tps` in `bound`. */
bool chk_unify(Obj **tps, int ntp, Type **bound, Type *p, Type *a) {
    if (p->kind == KIND_TYPEPARAM) {
        for (int i = 0; i < ntp; i++) {
            if (tps[i]->type == p) {
                if (!bound[i]) {
                    bound[i] = a;
                    return true;
                }
                if (bound[i] == a) {
                    return true;
                }
                /* inexact: a defined type against its underlying */
                if (bound[i]->underlying == a->underlying &&
                    (!type_is_named(bound[i]) || !type_is_named(a))) {
                    if (type_is_named(a)) {
                        bound[i] = a;
                    }
                    return true;
                }
                return false;
            }
        }
        return p == a;
    }
    if (p == a && !type_mentions_typeparam(p)) {
        return true;
    }
    if (a->kind == KIND_TYPEPARAM && p->kind != KIND_TYPEPARAM) {
        Type *core = chk_core_type(a);
        if (core && core != a) {
            a = core;
        }
    }
    if (!type_mentions_typeparam(p)) {
        return p == a || (p->underlying == a->underlying && (!p->name || !a->name));
    }
    /* generic instance against an instance of the same generic; inexactly, against a type
     * literal, through its underlying type */
    TypeInfo *pi = p->chk, *ai = a->chk;
    if (p->name && pi && pi->origin) {
        if (ai && ai->origin == pi->origin) {
            for (int i = 0; i < pi->ntargs; i++) {
                if (!chk_unify(tps, ntp, bound, pi->targs[i], ai->targs[i])) {
                    return false;
                }
            }
            return true;
        }
        if (type_is_named(a) || !p->underlying || p->underlying == p) {
            return false;
        }
        p = p->underlying;
    }
    Type *au = a->underlying ? a->underlying : a;
    if (p->kind != au->kind) {
        return false;
    }
    switch (p->kind) {
    case KIND_POINTER:
    case KIND_SLICE:
    case KIND_CHAN: return chk_unify(tps, ntp, bound, p->elem, au->elem);
    case KIND_ARRAY: return p->len == au->len && chk_unify(tps, ntp, bound, p->elem, au->elem);
    case KIND_MAP:
        return chk_unify(tps, ntp, bound, p->key, au->key) &&
               chk_unify(tps, ntp, bound, p->elem, au->elem);
    case KIND_FUNC:
        if (p->nparams != au->nparams || p->nresults != au->nresults ||
            p->variadic != au->variadic) {
            return false;
        }
        for (int i = 0; i < p->nparams; i++) {
            if (!chk_unify(tps, ntp, bound, p->params[i], au->params[i])) {
                return false;
            }
        }
        for (int i = 0; i < p->nresults; i++) {
            if (!chk_unify(tps, ntp, bound, p->results[i], au->results[i])) {
                return false;
            }
        }
        return true;
    case KIND_STRUCT:
        if (p->nfields != au->nfields) {
            return false;
        }
        for (int i = 0; i < p->nfields; i++) {
            if (!chk_unify(tps, ntp, bound, p->fields[i].type, au->fields[i].type)) {
                return false;
            }
        }
        return true;
    default: return false;
    }
}

/* Does t mention one of the type parameters tps? */
static bool mentions_tparams(Type *t, Obj **tps, int n) {
    if (!t || !type_mentions_typeparam(t)) {
        return false;
    }
    if (t->kind == KIND_TYPEPARAM) {
        for (int i = 0; i < n; i++) {
            if (tps[i]->type == t) {
                return true;
            }
        }
        return false;
    }
    bool m = false;
    if (t->name) {
        TypeInfo *ti = t->chk;
        for (int i = 0; ti && i < ti->ntargs; i++) {
            m = m || mentions_tparams(ti->targs[i], tps, n);
        }
        return m;
    }
    switch (t->kind) {
    case KIND_MAP: return mentions_tparams(t->key, tps, n) || mentions_tparams(t->elem, tps, n);
    case KIND_FUNC:
    case KIND_TUPLE:
        for (int i = 0; i < t->nparams; i++) {
            m = m || mentions_tparams(t->params[i], tps, n);
        }
        for (int i = 0; i < t->nresults; i++) {
            m = m || mentions_tparams(t->results[i], tps, n);
        }
        return m;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            m = m || mentions_tparams(t->fields[i].type, tps, n);
        }
        return m;
    case KIND_INTERFACE:
        for (int i = 0; i < t->nimethods; i++) {
            m = m || mentions_tparams(t->imethods[i].sig, tps, n);
        }
        return m;
    default: return mentions_tparams(t->elem, tps, n);
    }
}

/* The signature generic function argument g (expression arg) takes as far as the known parts
 * of its parameter's type `known` (types not mentioning the callee's type parameters tps)
 * determine its type arguments; NULL if they do not determine them all. */
static Type *generic_arg_sig(Checker *c, Obj *g, Expr *arg, Type *known, Obj **tps, int n) {
    Type *k = chk_core_type(known), *gs = g->type;
    if (!k || k->kind != KIND_FUNC || k->nparams != gs->nparams || k->nresults != gs->nresults) {
        return NULL;
    }
    Type **bound = NEW_ARRAY(Type *, g->ntparams);
    chk_partial_targs(arg, g, bound);
    for (int i = 0; i < k->nparams; i++) {
        if (!mentions_tparams(k->params[i], tps, n)) {
            chk_unify(g->tparams, g->ntparams, bound, gs->params[i], k->params[i]);
        }
    }
    for (int i = 0; i < k->nresults; i++) {
        if (!mentions_tparams(k->results[i], tps, n)) {
            chk_unify(g->tparams, g->ntparams, bound, gs->results[i], k->results[i]);
        }
    }
    for (int i = 0; i < g->ntparams; i++) {
        if (!bound[i]) {
            return NULL;
        }
    }
    return chk_subst(c, gs, g->tparams, bound, g->ntparams);
}

static int count_bound(Type **bound, int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
        k += bound[i] != NULL;
    }
    return k;
}

/* Go 1.21: the arguments that are generic functions bind the callee's type parameters their
 * signatures determine (Apply(xs, Double): U from Double's result once T is known). */
static void infer_from_generic_args(Checker *c, Obj *f, Type *gsig, Args *a, Expr *e,
                                    Type **bound) {
    int ntp = f->ntparams, np = gsig->nparams;
    for (int before = -1; before != count_bound(bound, ntp);) {
        before = count_bound(bound, ntp);
        for (int i = 0; i < a->n && (i < np || gsig->variadic); i++) {
            Type *pt =
                gsig->variadic && i >= np - 1
                    ? (e->call.has_ellipsis ? gsig->params[np - 1] : gsig->params[np - 1]->elem)
                    : gsig->params[i];
            if (!a->generic[i] || !mentions_tparams(pt, f->tparams, ntp)) {
                continue;
            }
            Type *known = chk_subst(c, pt, f->tparams, bound, ntp);
            Type *gs = generic_arg_sig(c, a->generic[i], a->exprs[i], known, f->tparams, ntp);
            if (gs) {
                chk_unify(f->tparams, ntp, bound, pt, gs);
            }
        }
    }
}

/* Infers the type arguments of generic f from a call's arguments. */
Type **chk_infer(Checker *c, Obj *f, Type *gsig, Args *a, Expr *e, Type **partial, int npartial) {
    int ntp = f->ntparams;
    Type **bound = NEW_ARRAY(Type *, ntp);
    for (int i = 0; i < npartial && i < ntp; i++) {
        bound[i] = partial[i];
    }
    int np = gsig->nparams;
    bool variadic = gsig->variadic;
    /* typed arguments first, then generic function arguments, then untyped constants */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            infer_from_generic_args(c, f, gsig, a, e, bound);
        }
        for (int i = 0; i < a->n; i++) {
            Type *pt;
            if (variadic && i >= np - 1) {
                pt = e->call.has_ellipsis ? gsig->params[np - 1] : gsig->params[np - 1]->elem;
            } else if (i < np) {
                pt = gsig->params[i];
            } else {
                break;
            }
            Type *at = a->types[i];
            if (!at || at == t_invalid || a->generic[i] || !mentions_tparams(pt, f->tparams, ntp)) {
                continue; /* a parameter of a type without the callee's type parameters */
            }
            bool untyped = type_is_untyped(at);
            if (pass == 0 && untyped) {
                continue;
            }
            if (pass == 1) {
                if (!untyped || pt->kind != KIND_TYPEPARAM || at == t_untyped_nil) {
                    continue;
                }
                /* the untyped arguments of one parameter: the largest kind's default */
                int idx = -1;
                for (int k = 0; k < ntp; k++) {
                    if (f->tparams[k]->type == pt) {
                        idx = k;
                    }
                }
                if (idx < 0 || bound[idx]) {
                    continue;
                }
                Type *big = at;
                for (int j = i + 1; j < a->n; j++) {
                    Type *pj = (variadic && j >= np - 1) ? gsig->params[np - 1]->elem
                                                         : (j < np ? gsig->params[j] : NULL);
                    if (pj == pt && a->types[j] && type_is_untyped(a->types[j]) &&
                        type_is_numeric(a->types[j]) && type_is_numeric(big)) {
                        big = chk_larger_untyped(big, a->types[j]);
                    }
                }
                bound[idx] = type_default(big);
                continue;
            }
            if (!chk_unify(f->tparams, ntp, bound, pt, at)) {
                Expr *arg = a->exprs[i];
                int idx = -1;
                for (int k = 0; k < ntp; k++) {
                    if (f->tparams[k]->type == pt) {
                        idx = k;
                    }
                }
                if (idx >= 0 && bound[idx] && arg) {
                    chk_error(c, arg->pos, "type %s of %s does not match inferred type %s for %s",
                              chk_typestr(at), ast_expr_string(arg), chk_typestr(bound[idx]),
                              chk_typestr(pt));
                } else if (arg) {
                    chk_error(c, arg->pos, "type %s of %s does not match %s", chk_typestr(at),
                              ast_expr_string(arg), chk_typestr(pt));
                }
                return NULL;
            }
        }
    }
    infer_from_generic_args(c, f, gsig, a, e, bound);
    /* core types of constraints: [S ~[]E, E any] */
    for (int round = 0; round < ntp; round++) {
        bool progress = false;
        for (int i = 0; i < ntp; i++) {
            Type *ct = type_info(f->tparams[i]->type)->constraint;
            TypeInfo *ci = ct ? ct->chk : NULL;
            if (!ci || !ci->has_terms || ci->nterms != 1) {
                continue;
            }
            Type *core = ci->terms[0].type;
            if (bound[i]) {
                Type *src = ci->terms[0].tilde ? bound[i]->underlying : bound[i];
                int before = 0;
                for (int k = 0; k < ntp; k++) {
                    before += bound[k] != NULL;
                }
                chk_unify(f->tparams, ntp, bound, core, src);
                int after = 0;
                for (int k = 0; k < ntp; k++) {
                    after += bound[k] != NULL;
                }
                progress = progress || after > before;
            } else if (!ci->terms[0].tilde) {
                /* the one type the argument can be: PT interface{ *T; M() } with T known */
                Type *s = chk_subst(c, core, f->tparams, bound, ntp);
                if (!mentions_tparams(s, f->tparams, ntp)) {
                    bound[i] = s;
                    progress = true;
                }
            }
        }
        if (!progress) {
            break;
        }
    }
    /* types built from other parameters ([S ~[]E]: S unknown, E known) */
    for (int i = 0; i < ntp; i++) {
        if (!bound[i]) {
            chk_error(c, e->call.lparen, "in call to %s, cannot infer %s",
                      ast_expr_string(e->call.fun), f->tparams[i]->name);
            return NULL;
        }
    }
    return bound;
}
