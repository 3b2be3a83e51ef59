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
    Type *was_type = e->type; /* the operand as written, for the messages */
    Const *was_val = e->val;
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
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s",
                          chk_operand_str_as(e, was_type, was_val), target_str(c, t), context);
            }
            chk_invalidate(e);
            return false;
        case CONV_OVERFLOW:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (overflows)",
                      chk_operand_str_as(e, was_type, was_val),
                      t->kind == KIND_INTERFACE ? chk_typestr(type_default(e->type))
                                                : target_str(c, t),
                      context);
            chk_invalidate(e);
            return false;
        case CONV_TRUNCATED:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (truncated)",
                      chk_operand_str_as(e, was_type, was_val), target_str(c, t), context);
            chk_invalidate(e);
            return false;
        case CONV_SHIFT:
            chk_shift_operand_error(c, e, t);
            chk_invalidate(e);
            return false;
        default:
            if (t->kind == KIND_INTERFACE || t->underlying->kind == KIND_INTERFACE) {
                /* an untyped constant's default type does not implement the interface */
                Type *d = type_default(e->type);
                const char *why = NULL;
                chk_implements(c, d, t, &why);
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s",
                          chk_operand_str_as(e, was_type, was_val), target_str(c, t), context,
                          why ? why : "");
            } else {
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s",
                          chk_operand_str_as(e, was_type, was_val), target_str(c, t), context);
            }
            chk_invalidate(e);
            return false;
        }
        if (e->type == t || t->kind == KIND_INTERFACE || t->underlying->kind == KIND_INTERFACE) {
            if (t->underlying->kind == KIND_INTERFACE && e->type != t && e->type != t_untyped_nil) {
                const char *why = NULL;
                if (!chk_assignable(c, e, t, &why)) {
                    chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s",
                              chk_operand_str_as(e, was_type, was_val), target_str(c, t), context,
                              why ? why : "");
                    return false;
                }
            }
            return true;
        }
    }
    const char *why = NULL;
    if (!chk_assignable(c, e, t, &why)) {
        if (why) {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s",
                      chk_operand_str_as(e, was_type, was_val), target_str(c, t), context, why);
        } else {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s",
                      chk_operand_str_as(e, was_type, was_val), target_str(c, t), context);
        }
        return false;
    }
    return true;
}

/* ---- values for variables (types2's initVars and assignVars) ---- */

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

/* nl variables and nr values, neither one per variable nor one multi-valued expression: the
 * values are checked, and the mismatch reported. */
static void values_mismatch(Checker *c, int nl, Expr **rhs, int nr) {
    for (int i = 0; i < nr; i++) {
        chk_expr(c, rhs[i]);
    }
    assign_mismatch(c, nl, rhs, nr, nr);
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

/* The values one expression e gives nl > 1 variables: a call's results (returned), or v, ok
 * from a map index, receive or type assertion (*comma_ok set; NULL returned and e left to
 * the caller). Otherwise NULL, after reporting the mismatch (unless e is invalid). */
static Type **multi_values(Checker *c, Expr *e, int nl, bool *comma_ok) {
    *comma_ok = false;
    chk_multi_expr(c, e);
    if (e->mode == MODE_INVALID) {
        return NULL;
    }
    if (e->type->kind == KIND_TUPLE && e->type->nparams == nl) {
        return e->type->params;
    }
    if ((e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX) && nl == 2) {
        *comma_ok = true;
        return NULL;
    }
    Expr *one[1] = {e};
    assign_mismatch(c, nl, one, 1, e->type->kind == KIND_TUPLE ? e->type->nparams : 1);
    return NULL;
}

/* One of call's results, of type vt, assigned to a variable of type t (context: "assignment",
 * "return statement"): Go's message names the call with that result's type. */
void chk_assign_result(Checker *c, Expr *call, Type *vt, Type *t, const char *context) {
    Expr v = {.kind = E_CALL, .mode = MODE_VALUE, .type = vt};
    if (!chk_assignable(c, &v, t, NULL)) {
        chk_error(c, call->pos, "cannot use %s as %s value in %s",
                  chk_operand_str_as(call, vt, NULL), chk_typestr(t), context);
    }
}

/* The type a new variable gets from its value e (checked): e's type, an untyped constant's
 * default type; t_invalid after an error (nil has no type). */
static Type *inferred_type(Checker *c, Expr *e, const char *context) {
    if (e->type == t_untyped_nil) {
        chk_error(c, e->pos, "use of untyped nil in %s", context);
        return t_invalid;
    }
    if (type_is_untyped(e->type) && !chk_assign_to(c, e, type_default(e->type), context)) {
        return t_invalid;
    }
    return e->type;
}

/* ---- variable declarations ---- */

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
    chk_expr_hint(c, e, t);
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
    o->type = inferred_type(c, e, "variable declaration");
    o->used = o->used || o->type == t_invalid;
}

/* var a, b T = f() and var v, ok = m[k]: the spec's one value for its nn names. */
static void var_init_multi(Checker *c, ValueSpec *vs, Type *t, Obj **objs) {
    int nn = vs->nnames, nv = vs->nvalues;
    bool comma_ok = false;
    Type **types = NULL;
    Expr *e = vs->values[0];
    if (nv == 1) {
        types = multi_values(c, e, nn, &comma_ok);
    } else {
        values_mismatch(c, nn, vs->values, nv);
    }
    if (types) {
        for (int i = 0; i < nn; i++) {
            if (t) {
                chk_assign_result(c, e, types[i], t, "assignment");
            }
            objs[i]->type = t ? t : types[i];
        }
        return;
    }
    if (comma_ok) {
        if (t) {
            chk_assign_to(c, e, t, "variable declaration");
        } else {
            chk_default_untyped(c, e);
        }
        objs[0]->type = t ? t : e->type;
        objs[1]->type = t ? t : t_bool;
        e->val = NULL;
        vs->values[0]->mode = e->mode; /* the compiler sees the comma-ok form */
        return;
    }
    for (int i = 0; i < nn; i++) {
        objs[i]->used = true;
        objs[i]->type = t ? t : t_invalid;
    }
}

/* Assigns the values of a var spec to its objects (declared or package-level). */
void chk_var_spec(Checker *c, ValueSpec *vs, Obj **objs) {
    Type *t = NULL;
    if (vs->type) {
        t = chk_var_type(c, vs->type);
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
        var_init_multi(c, vs, t, objs);
        return;
    }
    for (int i = 0; i < nn; i++) {
        var_init_one(c, vs, t, objs[i], vs->values[i]);
    }
}

void chk_var_spec_one(Checker *c, ValueSpec *vs, Obj *o) {
    Type *t = vs->type ? chk_var_type(c, vs->type) : NULL;
    var_init_one(c, vs, t, o, vs->values[o->vindex]);
}

/* ---- assignment statements ---- */

bool chk_read_lhs(Checker *c, Expr *x) {
    Expr *e = x;
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->kind == E_IDENT && e->ident.obj) {
        e->ident.obj->used = true;
    }
    if (!x->type) {
        chk_error(c, x->pos, "cannot use _ as value or type");
        return false;
    }
    return true;
}

/* The binary operator of an assignment operator: + for +=. */
static TokKind assign_op(TokKind tok) {
    switch (tok) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    case T_AND_NOT_ASSIGN: return T_AND_NOT;
    default: return T_ADD;
    }
}

/* x op= y, checked as x = x op y with x also read. */
static void op_assign(Checker *c, Stmt *s) {
    if (s->assign.nlhs != 1 || s->assign.nrhs != 1) {
        chk_error(c, s->assign.tok_pos,
                  "assignment operation %s requires single-valued expressions",
                  tok_str(s->assign.tok));
        return;
    }
    Expr *x = s->assign.lhs[0], *y = s->assign.rhs[0];
    TokKind op = assign_op(s->assign.tok);
    Expr bin = {.kind = E_BINARY, .pos = x->pos};
    bin.binary.op = op;
    bin.binary.op_pos = s->assign.tok_pos;
    bin.binary.x = x;
    bin.binary.y = y;
    if (!chk_lhs(c, x)) {
        chk_expr(c, y);
        return;
    }
    if (!chk_read_lhs(c, x)) {
        return;
    }
    Type *lt = x->type;
    ExprMode lm = x->mode;
    chk_expr(c, &bin);
    /* the binary check re-typed x as an operand: restore its lvalue nature */
    x->mode = lm;
    x->type = lt;
    if (bin.mode == MODE_INVALID) {
        return;
    }
    if (type_is_untyped(y->type)) {
        chk_convert_untyped(c, y, op == T_SHL || op == T_SHR ? t_uint : lt);
    }
    if (bin.type != lt && !type_is_untyped(bin.type)) {
        bin.mode = MODE_VALUE;
        chk_assign_to(c, &bin, lt, "assignment");
    }
}

/* := : which names on the left are new (the others are assigned to). */
static bool *new_names(Checker *c, Stmt *s) {
    int nl = s->assign.nlhs;
    Expr **lhs = s->assign.lhs;
    bool *is_new = NEW_ARRAY(bool, nl);
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
        if (!scope_lookup_local(c->scope, l->ident.name)) {
            is_new[i] = true;
            any_new = true;
        }
    }
    if (!any_new && !has_err) {
        chk_error(c, s->assign.tok_pos, "no new variables on left side of :=");
    }
    return is_new;
}

/* := with a value per name, checked in the outer meaning of the names: their types. */
static void define_values(Checker *c, Stmt *s, const bool *is_new, Type **types) {
    int n = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    for (int i = 0; i < n; i++) {
        Type *hint = NULL;
        if (!is_new[i] && lhs[i]->kind == E_IDENT) {
            Obj *o = scope_lookup_local(c->scope, lhs[i]->ident.name);
            hint = o ? o->type : NULL;
        }
        chk_expr_hint(c, rhs[i], hint);
        if (n == 1) {
            tuple_for_one(c, rhs[i]);
        }
        chk_rvalue(c, rhs[i]);
        if (rhs[i]->mode == MODE_INVALID) {
            types[i] = t_invalid;
        } else if (is_new[i] ||
                   (lhs[i]->kind == E_IDENT && lhs[i]->ident.name == intern_cstr("_"))) {
            types[i] = inferred_type(c, rhs[i], "assignment");
        } else {
            types[i] = rhs[i]->type;
        }
    }
}

/* Name l of a := gets a value of type vt: declared if new, else assigned value (one per
 * name) or one of the results of call (its only value). */
static void define_one(Checker *c, Expr *l, bool is_new, Type *vt, Expr *value, Expr *call) {
    if (l->ident.name == intern_cstr("_")) {
        l->mode = MODE_VAR;
        l->type = NULL;
        return;
    }
    if (is_new) {
        Obj *o = chk_declare_local(c, l, vt ? vt : t_invalid, OBJ_VAR);
        l->mode = MODE_VAR;
        l->type = o->type;
        return;
    }
    chk_lhs(c, l); /* not assignable: reported, the value is still checked against it */
    if (l->mode == MODE_INVALID || vt == t_invalid) {
        return;
    }
    if (value && value->mode != MODE_INVALID) {
        chk_assign_to(c, value, l->type, "assignment");
    } else if (!value && vt) {
        chk_assign_result(c, call, vt, l->type, "assignment");
    }
}

/* a, b := ...: new names declared with the values' types, old ones assigned to. */
static void short_var_decl(Checker *c, Stmt *s) {
    int nl = s->assign.nlhs, nr = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    bool *is_new = new_names(c, s);
    s->assign.is_new = is_new;
    Type **types = NEW_ARRAY(Type *, nl);
    bool comma_ok = false;
    if (nl == nr) {
        define_values(c, s, is_new, types);
    } else if (nr == 1) {
        Type **vt = multi_values(c, rhs[0], nl, &comma_ok);
        if (comma_ok) {
            chk_default_untyped(c, rhs[0]);
            types[0] = rhs[0]->type;
            types[1] = t_bool;
        }
        for (int i = 0; i < nl && !comma_ok; i++) {
            types[i] = vt ? vt[i] : t_invalid;
        }
    } else {
        values_mismatch(c, nl, rhs, nr);
        for (int i = 0; i < nl; i++) {
            types[i] = t_invalid;
        }
    }
    for (int i = 0; i < nl; i++) {
        if (lhs[i]->kind == E_IDENT) {
            define_one(c, lhs[i], is_new[i], types[i], nl == nr ? rhs[i] : NULL, rhs[0]);
        }
    }
}

/* lhs = rhs, one value per variable. */
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

/* v, ok = m[k] (or a receive, a type assertion). */
static void assign_comma_ok(Checker *c, Expr *e, Expr *v, Expr *ok) {
    if (v->type) {
        chk_assign_to(c, e, v->type, "assignment");
    } else {
        chk_default_untyped(c, e);
    }
    if (ok->type && ok->mode != MODE_INVALID) {
        Expr tmp = {.kind = E_IDENT, .mode = MODE_VALUE, .type = t_untyped_bool};
        tmp.ident.name = "ok";
        if (!chk_assignable(c, &tmp, ok->type, NULL) && !type_is_boolean(ok->type->underlying)) {
            chk_error(c, ok->pos, "cannot use %s (untyped bool value) as %s value in assignment",
                      ast_expr_string(e), chk_typestr(ok->type));
        }
    }
}

/* a, b = ...: plain assignment. */
static void plain_assign(Checker *c, Stmt *s) {
    int nl = s->assign.nlhs, nr = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    for (int i = 0; i < nl; i++) {
        chk_lhs(c, lhs[i]);
    }
    if (nl == nr) {
        for (int i = 0; i < nr; i++) {
            bool var = lhs[i]->mode == MODE_VAR || lhs[i]->mode == MODE_MAPINDEX;
            chk_expr_hint(c, rhs[i], var ? lhs[i]->type : NULL);
            if (nl == 1 && tuple_for_one(c, rhs[i])) {
                continue;
            }
            assign_one(c, lhs[i], rhs[i]);
        }
        return;
    }
    if (nr != 1) {
        values_mismatch(c, nl, rhs, nr);
        return;
    }
    bool comma_ok;
    Type **types = multi_values(c, rhs[0], nl, &comma_ok);
    if (comma_ok) {
        assign_comma_ok(c, rhs[0], lhs[0], lhs[1]);
    }
    for (int i = 0; types && i < nl; i++) {
        if (lhs[i]->type && lhs[i]->mode != MODE_INVALID) {
            chk_assign_result(c, rhs[0], types[i], lhs[i]->type, "assignment");
        }
    }
}

void chk_assign_stmt(Checker *c, Stmt *s) {
    switch (s->assign.tok) {
    case T_DEFINE: short_var_decl(c, s); break;
    case T_ASSIGN: plain_assign(c, s); break;
    default: op_assign(c, s); break;
    }
}
