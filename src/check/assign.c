/* assign.c — assignments (types2's assignments.go): whether a value may be assigned to a
 * variable of a type, variable declarations with their initial values, and assignment
 * statements (plain, op-assignment, short variable declaration).
 *
 * Values are checked with the variable's type as hint (an elided composite literal type) and
 * as target (a generic function instantiated by it). A variable whose initialisation failed
 * counts as used: no follow-on "declared and not used".
 */
#include "internal.h"

bool chk_assignable(Checker *c, Expr *e, Type *t, const char **reason) {
    Type *v = e->type;
    if (v == t || v == t_invalid || t == t_invalid) {
        return true;
    }
    Type *vu = v->underlying ? v->underlying : v, *tu = t->underlying ? t->underlying : t;
    if (type_is_untyped(v)) {
        if (v == t_untyped_nil) {
            return type_has_nil(tu) || t->kind == KIND_TYPEPARAM;
        }
        if (t->kind == KIND_INTERFACE) {
            return t->nimethods == 0 || chk_implements(c, type_default(v), t, reason);
        }
        return false;
    }
    if (vu == tu && (!type_is_named(v) || !type_is_named(t)) && v->kind != KIND_TYPEPARAM &&
        t->kind != KIND_TYPEPARAM) {
        return true;
    }
    if (v->kind == KIND_TYPEPARAM && !type_is_named(t)) {
        /* every type in V's set must be assignable to T: its core type is T */
        Type *core = chk_core_type(v);
        if (core && core == tu) {
            return true;
        }
    }
    if (t->kind == KIND_TYPEPARAM && !type_is_named(v)) {
        TypeInfo *ti = t->chk;
        TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
        if (ci && ci->has_terms && ci->nterms > 0) {
            bool all = true;
            for (int i = 0; i < ci->nterms && all; i++) {
                all = ci->terms[i].type->underlying == vu;
            }
            if (all) {
                return true;
            }
        }
    }
    if (tu->kind == KIND_INTERFACE && t->kind != KIND_TYPEPARAM) {
        const char *why = NULL;
        if (chk_implements(c, v, t, &why)) {
            return true;
        }
        if (reason) {
            *reason = why;
        }
        return false;
    }
    if (vu->kind == KIND_CHAN && vu->dir == CHAN_BOTH && tu->kind == KIND_CHAN &&
        vu->elem == tu->elem && (!type_is_named(v) || !type_is_named(t))) {
        return true;
    }
    return false;
}

static const char *target_str(Checker *c, Type *t) {
    if (c->target_spelling) {
        return c->target_spelling;
    }
    return chk_typestr(t);
}

bool chk_assign_to(Checker *c, Expr *e, Type *t, const char *context) {
    if (e->mode == MODE_INVALID || t == t_invalid) {
        return false;
    }
    if (e->mode == MODE_TYPE || e->mode == MODE_NOVALUE || e->mode == MODE_BUILTIN) {
        chk_rvalue(c, e);
        return false;
    }
    const char *before = chk_operand_str(e);
    if (type_is_untyped(e->type)) {
        Type *target = t;
        ConvErr r = chk_implicit_convert(c, e, target);
        switch (r) {
        case CONV_OK: break;
        case CONV_NIL:
            if (e->kind == E_IDENT || e->kind == E_PAREN) {
                chk_error(c, chk_epos(e), "cannot use nil as %s value in %s", target_str(c, t),
                          context);
            } else {
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s", before,
                          target_str(c, t), context);
            }
            chk_invalidate(e);
            return false;
        case CONV_OVERFLOW:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (overflows)", before,
                      t->kind == KIND_INTERFACE ? chk_typestr(type_default(e->type))
                                                : target_str(c, t),
                      context);
            chk_invalidate(e);
            return false;
        case CONV_TRUNCATED:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (truncated)", before,
                      target_str(c, t), context);
            chk_invalidate(e);
            return false;
        case CONV_SHIFT:
            chk_error(c, chk_epos(e),
                      "invalid operation: shifted operand %s (type %s) must be integer",
                      ast_expr_string(e->kind == E_BINARY ? e->binary.x : e), target_str(c, t));
            chk_invalidate(e);
            return false;
        default:
            if (t->kind == KIND_INTERFACE || t->underlying->kind == KIND_INTERFACE) {
                /* an untyped constant's default type does not implement the interface */
                Type *d = type_default(e->type);
                const char *why = NULL;
                chk_implements(c, d, t, &why);
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s", before,
                          target_str(c, t), context, why ? why : "");
            } else {
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s", before,
                          target_str(c, t), context);
            }
            chk_invalidate(e);
            return false;
        }
        if (e->type == t || t->kind == KIND_INTERFACE || t->underlying->kind == KIND_INTERFACE) {
            if (t->underlying->kind == KIND_INTERFACE && e->type != t && e->type != t_untyped_nil) {
                const char *why = NULL;
                if (!chk_assignable(c, e, t, &why)) {
                    chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s", before,
                              target_str(c, t), context, why ? why : "");
                    return false;
                }
            }
            return true;
        }
    }
    const char *why = NULL;
    if (!chk_assignable(c, e, t, &why)) {
        if (why) {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s", before,
                      target_str(c, t), context, why);
        } else {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s", before, target_str(c, t),
                      context);
        }
        return false;
    }
    return true;
}

/* ---- variable declarations (types2's initVars) ---- */

/* "assignment mismatch: 2 variables but f returns 1 value", at the first value. */
static void assign_mismatch(Checker *c, int nl, Expr **rhs, int nr, int have) {
    Expr *r0 = rhs[0];
    Expr *b = r0;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (nr == 1 && b->kind == E_CALL) {
        chk_error(c, r0->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
                  nl > 1 ? "s" : "", ast_expr_string(b->call.fun), have, have != 1 ? "s" : "");
    } else {
        chk_error(c, r0->pos, "assignment mismatch: %d variable%s but %d value%s", nl,
                  nl > 1 ? "s" : "", have, have != 1 ? "s" : "");
    }
}

/* The single value of an assignment that is a call with several results: "assignment
 * mismatch" (a call without results is left to chk_rvalue: "used as value"). */
static bool tuple_for_one(Checker *c, Expr *e) {
    if (e->mode != MODE_INVALID && e->mode != MODE_NOVALUE && e->type &&
        e->type->kind == KIND_TUPLE) {
        Expr *one[1] = {e};
        assign_mismatch(c, 1, one, 1, e->type->nparams);
        e->mode = MODE_INVALID;
        e->type = t_invalid;
        return true;
    }
    return false;
}

const char *chk_type_spelling(Expr *te) {
    if (!te) {
        return NULL;
    }
    const char *s = ast_expr_string(te);
    return (strstr(s, "byte") || strstr(s, "rune") || strstr(s, "interface{}")) ? s : NULL;
}

/* Variable o of a spec with one value per name, declared with type t (or NULL) and
 * initialised with e: types2's varDecl for a single variable. */
static void var_init_one(Checker *c, ValueSpec *vs, Type *t, Obj *o, Expr *e) {
    if (t) {
        o->type = t; /* known to references from inside e (function literals) */
        o->type_spelling = chk_type_spelling(vs->type);
    }
    if (e->kind == E_COMPOSITE && !e->composite.type && t) {
        chk_expr_hint(c, e, t);
    } else {
        chk_expr(c, e);
    }
    chk_rvalue_to(c, e, t); /* "multiple-value f() ... in single-value context" */
    if (e->mode == MODE_INVALID) {
        o->type = t ? t : t_invalid;
        o->used = true;
        return;
    }
    if (t) {
        c->target_spelling = chk_type_spelling(vs->type);
        bool ok = chk_assign_to(c, e, t, "variable declaration");
        c->target_spelling = NULL;
        if (!ok) {
            o->used = true; /* no follow-on "declared and not used" */
        }
        o->type = t;
        return;
    }
    if (e->type == t_untyped_nil) {
        chk_error(c, e->pos, "use of untyped nil in variable declaration");
        o->type = t_invalid;
        return;
    }
    if (type_is_untyped(e->type) &&
        !chk_assign_to(c, e, type_default(e->type), "variable declaration")) {
        o->type = t_invalid;
        o->used = true;
        return;
    }
    o->type = e->type;
}

/* Assigns the values of a var spec to its objects (declared or package-level). */
void chk_var_spec(Checker *c, ValueSpec *vs, Obj **objs) {
    Type *t = NULL;
    if (vs->type) {
        t = chk_type(c, vs->type);
    }
    int nn = vs->nnames, nv = vs->nvalues;
    if (nv == 0) {
        if (!t) {
            chk_error(c, vs->pos, "missing type or init expr");
            t = t_invalid;
        }
        for (int i = 0; i < nn; i++) {
            objs[i]->type = t;
            objs[i]->type_spelling = chk_type_spelling(vs->type);
        }
        return;
    }
    if (nn != nv) {
        if (nv == 1) {
            Expr *e = vs->values[0];
            chk_multi_expr(c, e);
            if (e->mode != MODE_INVALID && e->type->kind == KIND_TUPLE && e->type->nparams == nn) {
                for (int i = 0; i < nn; i++) {
                    Type *vt = e->type->params[i];
                    if (t) {
                        Expr tmp = *e;
                        tmp.type = vt;
                        tmp.mode = MODE_VALUE;
                        const char *why = NULL;
                        if (!chk_assignable(c, &tmp, t, &why)) {
                            chk_error(c, e->pos, "cannot use %s value as %s value in assignment",
                                      chk_typestr(vt), chk_typestr(t));
                        }
                        vt = t;
                    }
                    objs[i]->type = vt;
                }
                return;
            }
            if (e->mode != MODE_INVALID && (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX) &&
                nn == 2) {
                if (t) {
                    chk_assign_to(c, e, t, "variable declaration");
                } else {
                    chk_default_untyped(c, e);
                }
                objs[0]->type = t ? t : e->type;
                objs[1]->type = t ? t : t_bool;
                if (t && t != t_bool && e->mode != MODE_INVALID) {
                    /* var a, b T = m[k] needs T to take a bool too */
                }
                e->val = NULL;
                vs->values[0]->mode = e->mode; /* the compiler sees the comma-ok form */
                return;
            }
            if (e->mode != MODE_INVALID) {
                int have = e->type->kind == KIND_TUPLE ? e->type->nparams : 1;
                assign_mismatch(c, nn, vs->values, 1, have);
            }
        } else {
            for (int i = 0; i < nv; i++) {
                chk_expr(c, vs->values[i]);
            }
            assign_mismatch(c, nn, vs->values, nv, nv);
        }
        for (int i = 0; i < nn; i++) {
            objs[i]->used = true;
        }
        for (int i = 0; i < nn; i++) {
            objs[i]->type = t ? t : t_invalid;
        }
        return;
    }
    for (int i = 0; i < nn; i++) {
        var_init_one(c, vs, t, objs[i], vs->values[i]);
    }
}

void chk_var_spec_one(Checker *c, ValueSpec *vs, Obj *o) {
    Type *t = vs->type ? chk_type(c, vs->type) : NULL;
    var_init_one(c, vs, t, o, vs->values[o->vindex]);
}

/* ---- assignments ---- */

/* x++ and x op= y read x: gc counts them as uses. */
void chk_mark_used(Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->kind == E_IDENT && e->ident.obj) {
        e->ident.obj->used = true;
    }
}

static void assign_var(Checker *c, Expr *lhs, Expr *rhs_for_hint) {
    (void)rhs_for_hint;
    chk_lhs(c, lhs);
}

static void assign_one(Checker *c, Expr *lhs, Expr *rhs) {
    if (lhs->mode == MODE_INVALID) {
        if (rhs->mode == MODE_INVALID && !rhs->type) {
            chk_expr(c, rhs);
        }
        return;
    }
    if (!lhs->type) { /* _ = x */
        chk_rvalue(c, rhs);
        if (rhs->mode == MODE_INVALID) {
            return;
        }
        if (rhs->type == t_untyped_nil) {
            chk_error(c, rhs->pos, "use of untyped nil in assignment");
            return;
        }
        chk_default_untyped(c, rhs);
        return;
    }
    chk_rvalue_to(c, rhs, lhs->type);
    if (rhs->mode == MODE_INVALID) {
        return;
    }
    chk_assign_to(c, rhs, lhs->type, "assignment");
}

void chk_assign_stmt(Checker *c, Stmt *s) {
    int nl = s->assign.nlhs, nr = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    TokKind tok = s->assign.tok;
    if (tok != T_ASSIGN && tok != T_DEFINE) {
        /* x op= y */
        TokKind op;
        switch (tok) {
        case T_ADD_ASSIGN: op = T_ADD; break;
        case T_SUB_ASSIGN: op = T_SUB; break;
        case T_MUL_ASSIGN: op = T_MUL; break;
        case T_QUO_ASSIGN: op = T_QUO; break;
        case T_REM_ASSIGN: op = T_REM; break;
        case T_AND_ASSIGN: op = T_AND; break;
        case T_OR_ASSIGN: op = T_OR; break;
        case T_XOR_ASSIGN: op = T_XOR; break;
        case T_SHL_ASSIGN: op = T_SHL; break;
        case T_SHR_ASSIGN: op = T_SHR; break;
        case T_AND_NOT_ASSIGN: op = T_AND_NOT; break;
        default: op = T_ADD;
        }
        if (nl != 1 || nr != 1) {
            chk_error(c, s->assign.tok_pos,
                      "assignment operation %s requires single-valued expressions", tok_str(tok));
            return;
        }
        /* check as lhs = lhs op rhs, with lhs also read */
        Expr bin = {0};
        bin.kind = E_BINARY;
        bin.pos = lhs[0]->pos;
        bin.binary.op = op;
        bin.binary.op_pos = s->assign.tok_pos;
        bin.binary.x = lhs[0];
        bin.binary.y = rhs[0];
        if (!chk_lhs(c, lhs[0])) {
            chk_expr(c, rhs[0]);
            return;
        }
        chk_mark_used(lhs[0]);
        if (!lhs[0]->type) {
            chk_error(c, lhs[0]->pos, "cannot use _ as value or type");
            return;
        }
        Type *lt = lhs[0]->type;
        ExprMode lm = lhs[0]->mode;
        chk_expr(c, &bin);
        /* the binary check re-typed x as an operand: restore its lvalue nature */
        lhs[0]->mode = lm;
        lhs[0]->type = lt;
        if (bin.mode == MODE_INVALID) {
            return;
        }
        Expr tmp = bin;
        tmp.mode = MODE_VALUE;
        if (type_is_untyped(rhs[0]->type)) {
            chk_convert_untyped(c, rhs[0], op == T_SHL || op == T_SHR ? t_uint : lt);
        }
        if (bin.type != lt && bin.mode != MODE_INVALID && !type_is_untyped(bin.type)) {
            chk_assign_to(c, &tmp, lt, "assignment");
        }
        return;
    }
    if (tok == T_DEFINE) {
        /* which names are new */
        bool *is_new = NEW_ARRAY(bool, nl);
        s->assign.is_new = is_new;
        bool any_new = false, has_err = false;
        for (int i = 0; i < nl; i++) {
            Expr *l = lhs[i];
            if (l->kind != E_IDENT) {
                chk_expr(c, l); /* a use of what it mentions, as types2's check.use */
                chk_error(c, l->pos, "non-name %s on left side of :=", ast_expr_string(l));
                has_err = true;
                continue;
            }
            if (l->ident.name == intern_cstr("_")) {
                continue;
            }
            for (int k = 0; k < i; k++) {
                if (lhs[k]->kind == E_IDENT && lhs[k]->ident.name == l->ident.name) {
                    chk_error(c, l->pos, "%s repeated on left side of :=", l->ident.name);
                    has_err = true;
                }
            }
            Obj *prev = scope_lookup_local(c->scope, l->ident.name);
            if (!prev) {
                is_new[i] = true;
                any_new = true;
            }
        }
        if (!any_new && !has_err) {
            chk_error(c, s->assign.tok_pos, "no new variables on left side of :=");
        }
        /* the right-hand sides, in the outer meaning of the names */
        Type **types = NEW_ARRAY(Type *, nl);
        if (nl == nr) {
            for (int i = 0; i < nr; i++) {
                Type *hint = NULL;
                if (!is_new[i] && lhs[i]->kind == E_IDENT) {
                    Obj *o = scope_lookup_local(c->scope, lhs[i]->ident.name);
                    hint = o ? o->type : NULL;
                }
                chk_expr_hint(c, rhs[i], hint);
                if (nl == 1) {
                    tuple_for_one(c, rhs[i]);
                }
                chk_rvalue(c, rhs[i]);
                if (rhs[i]->mode == MODE_INVALID) {
                    types[i] = t_invalid;
                    continue;
                }
                if (is_new[i] ||
                    (lhs[i]->kind == E_IDENT && lhs[i]->ident.name == intern_cstr("_"))) {
                    if (rhs[i]->type == t_untyped_nil) {
                        chk_error(c, rhs[i]->pos, "use of untyped nil in assignment");
                        types[i] = t_invalid;
                        continue;
                    }
                    if (type_is_untyped(rhs[i]->type) &&
                        !chk_assign_to(c, rhs[i], type_default(rhs[i]->type), "assignment")) {
                        types[i] = t_invalid;
                        continue;
                    }
                }
                types[i] = rhs[i]->type;
            }
        } else if (nr == 1) {
            Expr *e = rhs[0];
            chk_multi_expr(c, e);
            if (e->mode != MODE_INVALID) {
                if (e->type->kind == KIND_TUPLE && e->type->nparams == nl) {
                    for (int i = 0; i < nl; i++) {
                        types[i] = e->type->params[i];
                    }
                } else if ((e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX) && nl == 2) {
                    chk_default_untyped(c, e);
                    types[0] = e->type;
                    types[1] = t_bool;
                } else {
                    int have = e->type->kind == KIND_TUPLE ? e->type->nparams : 1;
                    assign_mismatch(c, nl, rhs, nr, have);
                    for (int i = 0; i < nl; i++) {
                        types[i] = t_invalid;
                    }
                }
            } else {
                for (int i = 0; i < nl; i++) {
                    types[i] = t_invalid;
                }
            }
        } else {
            for (int i = 0; i < nr; i++) {
                chk_expr(c, rhs[i]);
            }
            assign_mismatch(c, nl, rhs, nr, nr);
            for (int i = 0; i < nl; i++) {
                types[i] = t_invalid;
            }
        }
        /* declare the new names; old ones are assigned */
        for (int i = 0; i < nl; i++) {
            Expr *l = lhs[i];
            if (l->kind != E_IDENT) {
                continue;
            }
            if (l->ident.name == intern_cstr("_")) {
                l->mode = MODE_VAR;
                l->type = NULL;
                continue;
            }
            if (is_new[i]) {
                Obj *o = chk_declare_local(c, l, types[i] ? types[i] : t_invalid, OBJ_VAR);
                l->mode = MODE_VAR;
                l->type = o->type;
            } else {
                chk_lhs(c, l);
                if (l->mode != MODE_INVALID && types[i] != t_invalid && nl == nr &&
                    rhs[i]->mode != MODE_INVALID) {
                    chk_assign_to(c, rhs[i], l->type, "assignment");
                } else if (l->mode != MODE_INVALID && types[i] && types[i] != t_invalid &&
                           nr == 1 && l->type != types[i]) {
                    Expr tmp = {0};
                    tmp.kind = E_IDENT;
                    tmp.ident.name = "value";
                    tmp.mode = MODE_VALUE;
                    tmp.type = types[i];
                    if (!chk_assignable(c, &tmp, l->type, NULL)) {
                        chk_error(c, rhs[0]->pos, "cannot use %s value as %s value in assignment",
                                  chk_typestr(types[i]), chk_typestr(l->type));
                    }
                }
            }
        }
        return;
    }
    /* plain assignment */
    for (int i = 0; i < nl; i++) {
        assign_var(c, lhs[i], NULL);
    }
    if (nl == nr) {
        for (int i = 0; i < nr; i++) {
            chk_expr_hint(c, rhs[i],
                          lhs[i]->mode == MODE_VAR || lhs[i]->mode == MODE_MAPINDEX ? lhs[i]->type
                                                                                    : NULL);
            if (nl == 1 && tuple_for_one(c, rhs[i])) {
                continue;
            }
            assign_one(c, lhs[i], rhs[i]);
        }
        return;
    }
    if (nr == 1) {
        Expr *e = rhs[0];
        chk_multi_expr(c, e);
        if (e->mode == MODE_INVALID) {
            return;
        }
        Type **types = NULL;
        int have = 1;
        if (e->type->kind == KIND_TUPLE) {
            types = e->type->params;
            have = e->type->nparams;
        } else if ((e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX) && nl == 2) {
            if (lhs[0]->type) {
                chk_assign_to(c, e, lhs[0]->type, "assignment");
            } else {
                chk_default_untyped(c, e);
            }
            if (lhs[1]->type && lhs[1]->mode != MODE_INVALID) {
                Expr tmp = {0};
                tmp.kind = E_IDENT;
                tmp.ident.name = "ok";
                tmp.mode = MODE_VALUE;
                tmp.type = t_untyped_bool;
                if (!chk_assignable(c, &tmp, lhs[1]->type, NULL) &&
                    !type_is_boolean(lhs[1]->type->underlying)) {
                    chk_error(c, lhs[1]->pos,
                              "cannot use %s (untyped bool value) as %s value in assignment",
                              ast_expr_string(e), chk_typestr(lhs[1]->type));
                }
            }
            return;
        }
        if (have != nl) {
            assign_mismatch(c, nl, rhs, nr, have);
            return;
        }
        for (int i = 0; i < nl; i++) {
            if (!lhs[i]->type || lhs[i]->mode == MODE_INVALID) {
                continue;
            }
            Expr tmp = {0};
            tmp.kind = E_CALL;
            tmp.mode = MODE_VALUE;
            tmp.type = types[i];
            const char *why = NULL;
            if (!chk_assignable(c, &tmp, lhs[i]->type, &why)) {
                chk_error(c, e->pos, "cannot use %s value as %s value in assignment",
                          chk_typestr(types[i]), chk_typestr(lhs[i]->type));
            }
        }
        return;
    }
    for (int i = 0; i < nr; i++) {
        chk_expr(c, rhs[i]);
    }
    assign_mismatch(c, nl, rhs, nr, nr);
}
