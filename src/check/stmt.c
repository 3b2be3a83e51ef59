/* stmt.c — checking function bodies: statements, local declarations, assignments, control
 * flow, labels and branches, terminating statements (missing return) and unused variables.
 */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>

bool chk_lhs(Checker *c, Expr *e);
Obj *chk_instance_of(Expr *e);

/* Enclosing statements a break / continue may refer to. */
typedef struct Target {
    Stmt *stmt;
    const char *label;
    bool loop;
    struct Target *up;
} Target;

typedef struct LabelInfo {
    const char *name;
    Stmt *stmt;
    Pos pos;
    bool used;
    int block;    /* id of the block holding the label */
    int index;    /* statement index in that block */
} LabelInfo;

typedef struct GotoInfo {
    Stmt *stmt;
    int *blocks;  /* the ids of the blocks enclosing the goto, outermost first */
    int nblocks;
    int *indices; /* the statement index in each of those blocks */
} GotoInfo;

typedef struct BlockInfo {
    Stmt **stmts;
    int n;
    Pos start;
} BlockInfo;

/* Where a fallthrough statement stands (types2's fallthroughOk, finalSwitchCase,
 * inTypeSwitch). */
typedef enum CaseCtx {
    CASE_OUT,        /* anywhere else: out of place */
    CASE_FALL_OK,    /* last statement of a non-final expression-switch clause */
    CASE_FINAL,      /* in the final clause of an expression switch */
    CASE_TYPESWITCH, /* in a type switch clause */
} CaseCtx;

/* Per-function state for branches and labels. */
typedef struct FuncState {
    Target *targets;
    VEC(LabelInfo) labels;
    VEC(GotoInfo) gotos;
    VEC(BlockInfo) blocks;
    VEC(int) path;      /* current block ids */
    VEC(int) path_idx;  /* current statement index in each */
    const char *pending_label; /* label of the statement being checked */
    Stmt *case_stmt;           /* a statement directly in a case clause's body, being checked */
    CaseCtx case_ctx;          /* what a fallthrough as case_stmt would be */
} FuncState;

static FuncState *fs_current;

static void stmt(Checker *c, Stmt *s);

/* ---- declarations ---- */

Obj *chk_declare_local(Checker *c, Expr *ident, Type *t, ObjKind kind) {
    const char *name = ident->ident.name;
    Obj *o = chk_new_obj(kind, name, ident->pos, t);
    o->owner = c->func;
    o->pkg = c->pkg;
    o->used = t == t_invalid; /* no follow-on errors for a variable already in error */
    ident->ident.obj = o;
    if (name == intern_cstr("_")) {
        return o;
    }
    Obj *prev = scope_insert(c->scope, o);
    if (prev) {
        chk_error(c, ident->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                  name, c->file, prev->pos.line, prev->pos.col, name);
        return o;
    }
    if (kind == OBJ_VAR) {
        vec_push(&c->locals, o);
        if (c->repl_entry) {
            chk_repl_local(c, o);
        }
    }
    return o;
}

static void assign_mismatch(Checker *c, int nl, Expr **rhs, int nr, int have);

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
    const char *s = chk_expr_str(te);
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

static void local_var_decl(Checker *c, ValueSpec *vs) {
    /* the values are checked before the names are in scope */
    Obj **objs = NEW_ARRAY(Obj *, vs->nnames);
    for (int i = 0; i < vs->nnames; i++) {
        Obj *o = chk_new_obj(OBJ_VAR, vs->names[i]->ident.name, vs->names[i]->pos, NULL);
        o->owner = c->func;
        o->pkg = c->pkg;
        objs[i] = o;
    }
    chk_var_spec(c, vs, objs);
    for (int i = 0; i < vs->nnames; i++) {
        Expr *id = vs->names[i];
        Obj *o = chk_declare_local(c, id, objs[i]->type, OBJ_VAR);
        o->used = o->used || objs[i]->used;
        o->type_spelling = objs[i]->type_spelling;
    }
}

static void local_const_decl(Checker *c, Decl *d) {
    ValueSpec *last = NULL;
    for (int i = 0; i < d->value.n; i++) {
        ValueSpec *vs = d->value.specs[i];
        if (vs->nvalues == 0 && last) {
            vs->type = last->type ? ast_clone_expr(last->type) : NULL;
            vs->nvalues = last->nvalues;
            vs->values = NEW_ARRAY(Expr *, vs->nvalues);
            for (int k = 0; k < vs->nvalues; k++) {
                vs->values[k] = ast_clone_expr(last->values[k]);
            }
            vs->implicit = true;
        } else if (vs->nvalues > 0) {
            last = vs;
        }
        Obj **objs = NEW_ARRAY(Obj *, vs->nnames);
        for (int k = 0; k < vs->nnames; k++) {
            Obj *o = chk_new_obj(OBJ_CONST, vs->names[k]->ident.name, vs->names[k]->pos, NULL);
            o->vspec = vs;
            o->vindex = k;
            o->owner = c->func;
            objs[k] = o;
            int saved = c->iota;
            c->iota = vs->iota;
            Type *t = vs->type ? chk_type(c, vs->type) : NULL;
            if (k < vs->nvalues) {
                Expr *e = vs->values[k];
                chk_expr(c, e);
                if (e->mode == MODE_CONST) {
                    if (t && t != t_invalid) {
                        chk_assign_to(c, e, t, "constant declaration");
                    }
                    o->type = e->type;
                    o->val = e->val;
                } else if (e->mode != MODE_INVALID) {
                    chk_error(c, chk_epos(e), "%s is not constant", chk_operand_str(e));
                }
            } else {
                chk_error(c, o->pos, "missing init expr for const declaration");
            }
            c->iota = saved;
            if (!o->val) {
                o->type = t_invalid;
                o->val = const_int64(0);
            }
        }
        if (vs->nvalues > vs->nnames) {
            chk_error(c, vs->values[vs->nnames]->pos, "extra init expr");
        }
        for (int k = 0; k < vs->nnames; k++) {
            Obj *o = objs[k];
            Expr *id = vs->names[k];
            id->ident.obj = o;
            if (id->ident.name != intern_cstr("_")) {
                Obj *prev = scope_insert(c->scope, o);
                if (prev) {
                    chk_error(c, id->pos, "%s redeclared in this block", id->ident.name);
                }
            }
            o->used = true; /* unused constants are fine */
        }
    }
}

static void local_type_decl(Checker *c, Decl *d) {
    for (int i = 0; i < d->type.n; i++) {
        TypeSpec *ts = d->type.specs[i];
        Obj *o = chk_new_obj(OBJ_TYPE, ts->name->ident.name, ts->name->pos, NULL);
        o->owner = c->func;
        o->pkg = c->pkg;
        o->tspec = ts;
        o->color = 2;
        ts->name->ident.obj = o;
        if (ts->tparams) {
            chk_error(c, ts->pos, "generic type cannot be declared inside a function");
        }
        if (ts->alias) {
            o->alias = true;
            o->type = chk_type(c, ts->type);
        } else {
            Type *named = type_named(o->name, c->pkg->path, o);
            o->type = named;
            if (o->name != intern_cstr("_")) {
                Obj *prev = scope_insert(c->scope, o);
                if (prev) {
                    chk_error(c, ts->name->pos, "%s redeclared in this block", o->name);
                }
            }
            Type *under = chk_type(c, ts->type);
            if (under == named || !(under->flags & TYPE_COMPLETE)) {
                chk_error(c, o->pos, "invalid recursive type %s", o->name);
                under = t_invalid;
            }
            type_set_underlying(named, under);
            vec_push(&c->local_types, o);
            o->used = true;
            continue;
        }
        if (o->name != intern_cstr("_")) {
            Obj *prev = scope_insert(c->scope, o);
            if (prev) {
                chk_error(c, ts->name->pos, "%s redeclared in this block", o->name);
            }
        }
        o->used = true;
    }
}

/* ---- assignments ---- */

/* x++ and x op= y read x: gc counts them as uses. */
static void mark_used(Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->kind == E_IDENT && e->ident.obj) {
        e->ident.obj->used = true;
    }
}

/* "assignment mismatch: 2 variables but f returns 1 value", at the first value. */
static void assign_mismatch(Checker *c, int nl, Expr **rhs, int nr, int have) {
    Expr *r0 = rhs[0];
    Expr *b = r0;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (nr == 1 && b->kind == E_CALL) {
        chk_error(c, r0->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
                  nl > 1 ? "s" : "", chk_expr_str(b->call.fun), have, have != 1 ? "s" : "");
    } else {
        chk_error(c, r0->pos, "assignment mismatch: %d variable%s but %d value%s", nl,
                  nl > 1 ? "s" : "", have, have != 1 ? "s" : "");
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

static void check_rhs_expr(Checker *c, Expr *rhs, Type *hint) {
    if (rhs->kind == E_COMPOSITE && !rhs->composite.type && hint) {
        chk_expr_hint(c, rhs, hint);
    } else {
        chk_expr(c, rhs);
    }
}

static void assign_stmt(Checker *c, Stmt *s) {
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
            chk_error(c, s->assign.tok_pos, "assignment operation %s requires single-valued expressions",
                      tok_str(tok));
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
        mark_used(lhs[0]);
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
                chk_error(c, l->pos, "non-name %s on left side of :=", chk_expr_str(l));
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
                check_rhs_expr(c, rhs[i], hint);
                if (nl == 1) {
                    tuple_for_one(c, rhs[i]);
                }
                chk_rvalue(c, rhs[i]);
                if (rhs[i]->mode == MODE_INVALID) {
                    types[i] = t_invalid;
                    continue;
                }
                if (is_new[i] || (lhs[i]->kind == E_IDENT && lhs[i]->ident.name == intern_cstr("_"))) {
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
            check_rhs_expr(c, rhs[i], lhs[i]->mode == MODE_VAR || lhs[i]->mode == MODE_MAPINDEX ? lhs[i]->type : NULL);
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
                if (!chk_assignable(c, &tmp, lhs[1]->type, NULL) && !type_is_boolean(lhs[1]->type->underlying)) {
                    chk_error(c, lhs[1]->pos, "cannot use %s (untyped bool value) as %s value in assignment",
                              chk_expr_str(e), chk_typestr(lhs[1]->type));
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

/* ---- control flow helpers ---- */

/* The label of the statement being checked (taken before its init statement runs). */
static const char *take_label(void) {
    const char *l = fs_current->pending_label;
    fs_current->pending_label = NULL;
    return l;
}

static void push_target(Target *t, Stmt *s, bool loop, const char *label) {
    t->stmt = s;
    t->loop = loop;
    t->label = label;
    t->up = fs_current->targets;
    fs_current->targets = t;
}

static void pop_target(void) { fs_current->targets = fs_current->targets->up; }

static void cond_expr(Checker *c, Expr *cond, const char *what) {
    chk_expr(c, cond);
    chk_rvalue(c, cond);
    if (cond->mode == MODE_INVALID) {
        return;
    }
    Type *u = cond->type->underlying ? cond->type->underlying : cond->type;
    if (!type_is_boolean(u)) {
        chk_error(c, cond->pos, "non-boolean condition in %s statement", what);
        return;
    }
    chk_default_untyped(c, cond);
}

static int block_enter(Stmt **stmts, int n, Pos start) {
    BlockInfo bi = {stmts, n, start};
    vec_push(&fs_current->blocks, bi);
    int id = fs_current->blocks.len - 1;
    vec_push(&fs_current->path, id);
    vec_push(&fs_current->path_idx, 0);
    return id;
}

static void block_leave(void) {
    fs_current->path.len--;
    fs_current->path_idx.len--;
}

static void stmt_list(Checker *c, Stmt **stmts, int n, Pos start) {
    block_enter(stmts, n, start);
    for (int i = 0; i < n; i++) {
        fs_current->path_idx.data[fs_current->path_idx.len - 1] = i;
        stmt(c, stmts[i]);
    }
    block_leave();
}

void chk_stmts(Checker *c, Stmt **stmts, int n) { stmt_list(c, stmts, n, pos_make(0, 0)); }

void chk_block(Checker *c, Block *b) {
    chk_push_scope(c);
    stmt_list(c, b->stmts, b->n, b->lbrace);
    chk_pop_scope(c);
}

static bool is_unused_builtin(int id) {
    switch (id) {
    case BI_APPEND:
    case BI_CAP:
    case BI_COMPLEX:
    case BI_IMAG:
    case BI_LEN:
    case BI_MAKE:
    case BI_MAX:
    case BI_MIN:
    case BI_NEW:
    case BI_REAL: return true;
    default: return false;
    }
}

static void expr_stmt(Checker *c, Stmt *s) {
    Expr *e = s->expr.x;
    chk_expr(c, e);
    if (e->mode == MODE_INVALID) {
        return;
    }
    Expr *b = e;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (b->kind == E_CALL) {
        if (b->call.call_kind == CALL_CONVERSION ||
            (b->call.call_kind == CALL_BUILTIN && is_unused_builtin(b->call.builtin))) {
            chk_error(c, e->pos, "%s (%s) is not used", chk_expr_str(e),
                      b->call.call_kind == CALL_CONVERSION ? str_printf("value of type %s", chk_typestr(e->type))
                                                           : str_printf("value of type %s", chk_typestr(e->type)));
        }
        return;
    }
    if (b->kind == E_UNARY && b->unary.op == T_ARROW) {
        return;
    }
    if (e->mode == MODE_TYPE) {
        chk_error(c, e->pos, "%s (type) is not an expression", chk_expr_str(e));
        return;
    }
    if (e->mode == MODE_BUILTIN) {
        chk_error(c, e->pos, "%s (built-in) must be called", chk_expr_str(e));
        return;
    }
    chk_error(c, chk_epos(e), "%s is not used", chk_operand_str(e));
}

/* ---- return ---- */

static void return_stmt(Checker *c, Stmt *s) {
    FuncInfo *fi = c->func;
    Type *sig = fi->sig;
    int want = sig->nresults;
    int n = s->ret.n;
    if (n == 0) {
        if (want > 0 && !fi->named_results) {
            chk_error(c, s->pos, "not enough return values\n\thave ()\n\twant %s",
                      chk_typestr(type_tuple(sig->results, sig->nresults)));
        }
        if (want > 0 && fi->named_results) {
            for (int i = 0; i < fi->nresults; i++) {
                Obj *r = fi->results[i];
                Obj *cur = scope_lookup(c->scope, r->name, NULL);
                if (cur && cur != r && r->name != intern_cstr("_")) {
                    chk_error(c, s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of %s",
                              r->name, c->file, cur->pos.line, cur->pos.col, r->name);
                }
            }
        }
        return;
    }
    if (want == 0) {
        for (int i = 0; i < n; i++) {
            chk_expr(c, s->ret.results[i]);
        }
        chk_error(c, s->ret.results[0]->pos, "too many return values\n\thave (%s)\n\twant ()",
                  "...");
        return;
    }
    Expr *e0 = s->ret.results[0];
    while (e0->kind == E_PAREN) {
        e0 = e0->paren.x;
    }
    if (n == 1 && (want > 1 || e0->kind == E_CALL)) {
        Expr *e = s->ret.results[0];
        chk_multi_expr(c, e);
        if (e->mode == MODE_INVALID) {
            return;
        }
        if (e->type->kind == KIND_TUPLE) {
            if (e->type->nparams != want) {
                chk_error(c, e->pos, "%s return values\n\thave %s\n\twant %s",
                          e->type->nparams < want ? "not enough" : "too many", chk_typestr(e->type),
                          chk_typestr(type_tuple(sig->results, want)));
                return;
            }
            for (int i = 0; i < want; i++) {
                Expr tmp = {0};
                tmp.kind = E_CALL;
                tmp.mode = MODE_VALUE;
                tmp.type = e->type->params[i];
                if (!chk_assignable(c, &tmp, sig->results[i], NULL)) {
                    chk_error(c, e->pos, "cannot use %s value as %s value in return statement",
                              chk_typestr(e->type->params[i]), chk_typestr(sig->results[i]));
                }
            }
            return;
        }
        if (want == 1) {
            chk_rvalue(c, e);
            if (e->mode != MODE_INVALID) {
                chk_assign_to(c, e, sig->results[0], "return statement");
            }
            return;
        }
        chk_error(c, e->pos, "not enough return values\n\thave (%s)\n\twant %s",
                  type_is_untyped(e->type) ? "number" : chk_typestr(e->type),
                  chk_typestr(type_tuple(sig->results, want)));
        return;
    }
    if (n != want) {
        for (int i = 0; i < n; i++) {
            chk_expr(c, s->ret.results[i]);
        }
        StrBuf have = {0};
        sb_putc(&have, '(');
        for (int i = 0; i < n; i++) {
            Expr *e = s->ret.results[i];
            if (i) {
                sb_puts(&have, ", ");
            }
            sb_puts(&have, e->mode == MODE_INVALID ? "?"
                           : type_is_untyped(e->type) ? "number"
                                                     : chk_typestr(e->type));
        }
        sb_putc(&have, ')');
        if (n < want) {
            chk_error(c, s->ret.results[n - 1]->pos, "not enough return values\n\thave %s\n\twant %s",
                      sb_cstr(&have), chk_typestr(type_tuple(sig->results, want)));
        } else {
            chk_error(c, s->ret.results[want]->pos, "too many return values\n\thave %s\n\twant %s",
                      sb_cstr(&have), chk_typestr(type_tuple(sig->results, want)));
        }
        return;
    }
    for (int i = 0; i < n; i++) {
        Expr *e = s->ret.results[i];
        if (e->kind == E_COMPOSITE && !e->composite.type) {
            chk_expr_hint(c, e, sig->results[i]);
        } else {
            chk_expr(c, e);
        }
        chk_rvalue_to(c, e, sig->results[i]);
        if (e->mode != MODE_INVALID) {
            chk_assign_to(c, e, sig->results[i], "return statement");
        }
    }
}

/* ---- branches ---- */

static void branch_stmt(Checker *c, Stmt *s) {
    TokKind tok = s->branch.tok;
    const char *label = s->branch.label ? s->branch.label->ident.name : NULL;
    if (tok == T_GOTO) {
        GotoInfo gi = {s, NULL, fs_current->path.len, NULL};
        gi.blocks = NEW_ARRAY(int, gi.nblocks + 1);
        gi.indices = NEW_ARRAY(int, gi.nblocks + 1);
        memcpy(gi.blocks, fs_current->path.data, sizeof(int) * (size_t)gi.nblocks);
        memcpy(gi.indices, fs_current->path_idx.data, sizeof(int) * (size_t)gi.nblocks);
        vec_push(&fs_current->gotos, gi);
        return;
    }
    if (tok == T_FALLTHROUGH) {
        CaseCtx ctx = fs_current->case_stmt == s ? fs_current->case_ctx : CASE_OUT;
        if (ctx == CASE_FINAL) {
            chk_error(c, s->pos, "cannot fallthrough final case in switch");
        } else if (ctx == CASE_TYPESWITCH) {
            chk_error(c, s->pos, "cannot fallthrough in type switch");
        } else if (ctx == CASE_OUT) {
            chk_error(c, s->pos, "fallthrough statement out of place");
        }
        return;
    }
    Target *t = fs_current->targets;
    if (label) {
        bool exists = false;
        for (int i = 0; i < fs_current->labels.len; i++) {
            if (fs_current->labels.data[i].name == label) {
                exists = true;
                fs_current->labels.data[i].used = true;
            }
        }
        for (; t; t = t->up) {
            if (t->label == label) {
                break;
            }
        }
        if (!t) {
            if (!exists) {
                chk_error(c, s->branch.label->pos, "label %s not defined", label);
            } else {
                chk_error(c, s->branch.label->pos, "invalid %s label %s",
                          tok == T_BREAK ? "break" : "continue", label);
            }
            return;
        }
        if (tok == T_CONTINUE && !t->loop) {
            chk_error(c, s->branch.label->pos, "invalid continue label %s", label);
            return;
        }
        s->branch.target = t->stmt;
        return;
    }
    if (tok == T_BREAK) {
        if (!t) {
            chk_error(c, s->pos, "break is not in a loop, switch, or select");
            return;
        }
        s->branch.target = t->stmt;
        return;
    }
    for (; t && !t->loop; t = t->up) {
    }
    if (!t) {
        chk_error(c, s->pos, "continue is not in a loop");
        return;
    }
    s->branch.target = t->stmt;
}

/* ---- switch ---- */

/* A case clause's statements: a fallthrough directly among them stands in context ctx, or
 * last_ctx as the last statement. */
static void case_body(Checker *c, CaseClause *cc, CaseCtx ctx, CaseCtx last_ctx) {
    Stmt *saved_stmt = fs_current->case_stmt;
    CaseCtx saved_ctx = fs_current->case_ctx;
    int n = cc->nbody;
    while (n > 0 && cc->body[n - 1]->kind == S_EMPTY) {
        n--; /* trailing empty statements are invisible to fallthrough */
    }
    block_enter(cc->body, cc->nbody, cc->pos);
    for (int k = 0; k < cc->nbody; k++) {
        fs_current->path_idx.data[fs_current->path_idx.len - 1] = k;
        fs_current->case_stmt = cc->body[k];
        fs_current->case_ctx = k == n - 1 ? last_ctx : ctx;
        stmt(c, cc->body[k]);
    }
    block_leave();
    fs_current->case_stmt = saved_stmt;
    fs_current->case_ctx = saved_ctx;
}

static void switch_stmt(Checker *c, Stmt *s) {
    const char *label = take_label();
    chk_push_scope(c);
    if (s->switch_.init) {
        stmt(c, s->switch_.init);
    }
    Expr *tag = s->switch_.tag;
    Target tg;
    push_target(&tg, s, false, label);
    if (tag) {
        chk_expr(c, tag);
        chk_rvalue(c, tag);
        if (tag->mode != MODE_INVALID) {
            chk_default_untyped(c, tag);
            if (tag->type == t_untyped_nil) {
                chk_error(c, tag->pos, "use of untyped nil in switch expression");
                tag->mode = MODE_INVALID;
            } else if (!type_is_comparable(tag->type) && !type_has_nil(tag->type)) {
                chk_error(c, chk_epos(tag), "cannot switch on %s", chk_operand_str(tag));
                tag->mode = MODE_INVALID;
            }
        }
    }
    VEC(Expr *) seen = {0};
    bool have_default = false;
    for (int i = 0; i < s->switch_.n; i++) {
        CaseClause *cc = s->switch_.clauses[i];
        if (cc->is_default) {
            if (have_default) {
                chk_error(c, cc->pos, "multiple defaults in switch");
            }
            have_default = true;
        }
        for (int k = 0; k < cc->n; k++) {
            Expr *e = cc->list[k];
            chk_expr(c, e);
            chk_rvalue(c, e);
            if (e->mode == MODE_INVALID) {
                continue;
            }
            if (!tag) {
                Type *u = e->type->underlying ? e->type->underlying : e->type;
                if (!type_is_boolean(u)) {
                    chk_error(c, e->pos, "invalid case %s in switch (mismatched types %s and bool)",
                              chk_expr_str(e), chk_typestr(e->type));
                    continue;
                }
                chk_default_untyped(c, e);
            } else if (tag->mode != MODE_INVALID) {
                Expr saved_tag = *tag;
                if (type_is_untyped(e->type)) {
                    const char *before = chk_operand_str(e);
                    chk_convert_untyped(c, e, tag->type);
                    (void)before;
                    if (e->mode == MODE_INVALID) {
                        continue;
                    }
                }
                const char *why = NULL;
                if (e->type != tag->type && !chk_assignable(c, e, tag->type, &why) &&
                    !chk_assignable(c, tag, e->type, NULL)) {
                    chk_error(c, e->pos, "invalid case %s in switch on %s (mismatched types %s and %s)",
                              chk_expr_str(e), chk_expr_str(tag), chk_typestr(e->type),
                              chk_typestr(tag->type));
                    *tag = saved_tag;
                    continue;
                }
                *tag = saved_tag;
            }
            if (e->mode == MODE_CONST) {
                for (int j = 0; j < seen.len; j++) {
                    Expr *o = seen.data[j];
                    if (o->type == e->type && o->val->kind == e->val->kind &&
                        const_compare(T_EQL, o->val, e->val)) {
                        chk_error(
                            c, chk_epos(e),
                            "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                            chk_operand_str(e), c->file, o->pos.line, o->pos.col);
                        break;
                    }
                }
                vec_push(&seen, e);
            }
        }
        bool final = i == s->switch_.n - 1;
        chk_push_scope(c);
        case_body(c, cc, final ? CASE_FINAL : CASE_OUT, final ? CASE_FINAL : CASE_FALL_OK);
        chk_pop_scope(c);
    }
    pop_target();
    chk_pop_scope(c);
}

static void typeswitch_stmt(Checker *c, Stmt *s) {
    const char *label = take_label();
    chk_push_scope(c);
    if (s->typeswitch.init) {
        stmt(c, s->typeswitch.init);
    }
    Expr *x = s->typeswitch.x;
    chk_expr(c, x);
    chk_rvalue(c, x);
    Target tg;
    push_target(&tg, s, false, label);
    bool ok = x->mode != MODE_INVALID;
    if (ok && (x->type->kind != KIND_INTERFACE)) {
        chk_error(c, chk_epos(x), "%s is not an interface", chk_operand_str(x));
        ok = false;
    }
    Expr *bind = s->typeswitch.bind;
    ObjVec implicits = {0};
    VEC(Type *) seen = {0};
    bool have_default = false, seen_nil = false;
    for (int i = 0; i < s->typeswitch.n; i++) {
        CaseClause *cc = s->typeswitch.clauses[i];
        if (cc->is_default) {
            if (have_default) {
                chk_error(c, cc->pos, "multiple defaults in switch");
            }
            have_default = true;
        }
        Type *single = NULL;
        for (int k = 0; k < cc->n; k++) {
            Expr *te = cc->list[k];
            if (te->kind == E_IDENT && te->ident.name == intern_cstr("nil")) {
                Obj *no = scope_lookup(c->scope, te->ident.name, NULL);
                if (no && no->kind == OBJ_NIL) {
                    te->mode = MODE_VALUE;
                    te->type = t_untyped_nil;
                    te->ident.obj = no;
                    if (seen_nil) {
                        chk_error(c, te->pos, "multiple nil cases in type switch (first at %s)", "?");
                    }
                    seen_nil = true;
                    single = cc->n == 1 ? NULL : NULL;
                    continue;
                }
            }
            Type *t = chk_type(c, te);
            if (t == t_invalid) {
                continue;
            }
            if (ok && t->kind != KIND_INTERFACE) {
                const char *why = NULL;
                if (!chk_implements(c, t, x->type, &why)) {
                    const char *p = why ? strchr(why, '(') : NULL;
                    chk_error(c, te->pos, "impossible type switch case: %s cannot have dynamic type %s %s",
                              chk_operand_str(x), chk_typestr(t), p ? p : "");
                    continue;
                }
            }
            for (int j = 0; j < seen.len; j++) {
                if (seen.data[j] == t) {
                    chk_error(c, te->pos, "duplicate case %s in type switch", chk_typestr(t));
                }
            }
            vec_push(&seen, t);
            if (cc->n == 1) {
                single = t;
            }
        }
        chk_push_scope(c);
        if (bind) {
            Type *vt = single ? single : (ok ? x->type : t_invalid);
            Obj *o = chk_new_obj(OBJ_VAR, bind->ident.name, bind->pos, vt);
            o->owner = c->func;
            o->pkg = c->pkg;
            scope_insert(c->scope, o);
            cc->implicit = o;
            vec_push(&implicits, o);
        }
        case_body(c, cc, CASE_TYPESWITCH, CASE_TYPESWITCH);
        chk_pop_scope(c);
    }
    if (bind) {
        if (bind->ident.name == intern_cstr("_")) {
            chk_error(c, bind->pos, "no new variable on left side of :=");
        }
        bool used = false;
        for (int i = 0; i < implicits.len; i++) {
            used = used || implicits.data[i]->used;
        }
        if (!used && bind->ident.name != intern_cstr("_")) {
            chk_soft_error(c, bind->pos, "declared and not used: %s", bind->ident.name);
        }
        Obj *bo = chk_new_obj(OBJ_VAR, bind->ident.name, bind->pos, ok ? x->type : t_invalid);
        bind->ident.obj = bo;
    }
    pop_target();
    chk_pop_scope(c);
}

static void select_stmt(Checker *c, Stmt *s) {
    const char *label = take_label();
    Target tg;
    push_target(&tg, s, false, label);
    bool have_default = false;
    for (int i = 0; i < s->select.n; i++) {
        CaseClause *cc = s->select.clauses[i];
        chk_push_scope(c);
        if (cc->is_default) {
            if (have_default) {
                chk_error(c, cc->pos, "multiple defaults in select");
            }
            have_default = true;
        } else if (cc->comm) {
            Stmt *cs = cc->comm;
            bool valid = false;
            if (cs->kind == S_SEND) {
                valid = true;
            } else if (cs->kind == S_EXPR) {
                Expr *e = cs->expr.x;
                while (e->kind == E_PAREN) {
                    e = e->paren.x;
                }
                valid = e->kind == E_UNARY && e->unary.op == T_ARROW;
            } else if (cs->kind == S_ASSIGN && cs->assign.nrhs == 1 && cs->assign.nlhs <= 2 &&
                       (cs->assign.tok == T_ASSIGN || cs->assign.tok == T_DEFINE)) {
                Expr *e = cs->assign.rhs[0];
                while (e->kind == E_PAREN) {
                    e = e->paren.x;
                }
                valid = e->kind == E_UNARY && e->unary.op == T_ARROW;
            }
            if (!valid) {
                chk_error(c, cs->pos,
                          "select case must be send or receive (possibly with assignment)");
                chk_pop_scope(c);
                continue; /* as types2: the clause is not checked further */
            }
            stmt(c, cs);
        }
        block_enter(cc->body, cc->nbody, cc->pos);
        for (int k = 0; k < cc->nbody; k++) {
            fs_current->path_idx.data[fs_current->path_idx.len - 1] = k;
            stmt(c, cc->body[k]);
        }
        block_leave();
        chk_pop_scope(c);
    }
    pop_target();
}

/* ---- loops ---- */

static void for_stmt(Checker *c, Stmt *s) {
    const char *label = take_label();
    chk_push_scope(c);
    if (s->for_.init) {
        stmt(c, s->for_.init);
    }
    if (s->for_.cond) {
        cond_expr(c, s->for_.cond, "for");
    }
    if (s->for_.post) {
        Stmt *p = s->for_.post;
        if (p->kind == S_ASSIGN && p->assign.tok == T_DEFINE) {
            chk_error(c, p->pos, "cannot declare in post statement of for loop");
        } else {
            stmt(c, p);
        }
    }
    Target tg;
    push_target(&tg, s, true, label);
    chk_block(c, s->for_.body);
    pop_target();
    chk_pop_scope(c);
}

static void range_stmt(Checker *c, Stmt *s) {
    const char *label = take_label();
    chk_push_scope(c);
    Expr *x = s->range.x;
    chk_expr(c, x);
    chk_rvalue(c, x);
    Type *kt = NULL, *vt = NULL;
    int kind = RANGE_NONE;
    if (x->mode == MODE_CONST && type_is_untyped(x->type) && type_is_numeric(x->type) &&
        s->range.tok == T_ASSIGN && s->range.key) {
        /* for i = range 10: the constant takes the iteration variable's type */
        Expr *k = s->range.key;
        Expr tmp = *k;
        c->quiet++;
        bool ok = chk_lhs(c, &tmp) && tmp.type;
        c->quiet--;
        if (ok && type_is_integer(tmp.type->underlying)) {
            chk_convert_untyped(c, x, tmp.type);
        }
    }
    if (x->mode != MODE_INVALID) {
        Type *u = chk_core_type(x->type);
        if (!u) {
            chk_error(c, chk_epos(x), "cannot range over %s", chk_operand_str(x));
        } else {
            switch (u->kind) {
            case KIND_UNTYPED_INT:
            case KIND_UNTYPED_RUNE:
            case KIND_UNTYPED_FLOAT:
                if (x->mode == MODE_CONST && const_is_int_valued(x->val)) {
                    chk_convert_untyped(c, x, t_int);
                    kt = x->type;
                    kind = RANGE_INT;
                } else {
                    chk_error(c, chk_epos(x), "cannot range over %s", chk_operand_str(x));
                }
                break;
            case KIND_STRING:
            case KIND_UNTYPED_STRING:
                chk_default_untyped(c, x);
                kt = t_int, vt = t_int32, kind = RANGE_STRING;
                break;
            case KIND_ARRAY: kt = t_int, vt = u->elem, kind = RANGE_ARRAY; break;
            case KIND_SLICE: kt = t_int, vt = u->elem, kind = RANGE_SLICE; break;
            case KIND_POINTER:
                if (u->elem->underlying->kind == KIND_ARRAY) {
                    kt = t_int, vt = u->elem->underlying->elem, kind = RANGE_ARRAY_PTR;
                } else {
                    chk_error(c, chk_epos(x), "cannot range over %s", chk_operand_str(x));
                }
                break;
            case KIND_MAP: kt = u->key, vt = u->elem, kind = RANGE_MAP; break;
            case KIND_CHAN:
                kt = u->elem, kind = RANGE_CHAN;
                if (u->dir == CHAN_SEND) {
                    chk_error(c, chk_epos(x),
                              "cannot range over %s: receive from send-only channel",
                              chk_operand_str(x));
                } else if (s->range.value) {
                    chk_error(c, s->range.value->pos, "range over %s permits only one iteration variable",
                              chk_operand_str(x));
                }
                break;
            default:
                if (type_is_integer(u)) {
                    kt = x->type, kind = RANGE_INT;
                    if (s->range.value) {
                        chk_error(c, s->range.value->pos, "range over %s permits only one iteration variable",
                                  chk_operand_str(x));
                    }
                } else {
                    chk_error(c, chk_epos(x), "cannot range over %s", chk_operand_str(x));
                }
            }
        }
    }
    s->range.range_kind = kind;
    if (s->range.extra) {
        chk_error(c, s->range.extra->pos, "range clause permits at most two iteration variables");
    }
    Expr *vars[2] = {s->range.key, s->range.value};
    Type *types[2] = {kt, vt};
    if (kind == RANGE_INT && s->range.value) {
        chk_error(c, s->range.value->pos, "range over %s permits only one iteration variable",
                  chk_operand_str(x));
    }
    if (s->range.tok == T_DEFINE) {
        for (int i = 0; i < 2; i++) {
            Expr *v = vars[i];
            if (!v) {
                continue;
            }
            if (v->kind != E_IDENT) {
                chk_error(c, v->pos, "non-name %s on left side of :=", chk_expr_str(v));
                continue;
            }
            Type *t = types[i] ? types[i] : t_invalid;
            if (v->ident.name == intern_cstr("_")) {
                v->mode = MODE_VAR;
                v->type = NULL;
                continue;
            }
            chk_declare_local(c, v, t, OBJ_VAR);
            v->mode = MODE_VAR;
            v->type = t;
        }
    } else if (s->range.tok == T_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            Expr *v = vars[i];
            if (!v) {
                continue;
            }
            if (!chk_lhs(c, v)) {
                continue;
            }
            if (v->type && types[i]) {
                Expr tmp = {0};
                tmp.kind = E_IDENT;
                tmp.ident.name = "value";
                tmp.mode = MODE_VALUE;
                tmp.type = types[i];
                if (!chk_assignable(c, &tmp, v->type, NULL)) {
                    chk_error(c, v->pos, "cannot use %s (value of type %s) as %s value in range clause",
                              chk_expr_str(v), chk_typestr(types[i]), chk_typestr(v->type));
                }
            }
        }
    }
    Target tg;
    push_target(&tg, s, true, label);
    chk_block(c, s->range.body);
    pop_target();
    chk_pop_scope(c);
}

/* ---- statements ---- */

static void go_defer(Checker *c, Stmt *s, const char *what) {
    Expr *call = s->go_.call;
    Expr *b = call;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (b->kind != E_CALL) {
        chk_error(c, call->pos, "expression in %s must be function call", what);
        chk_expr(c, call);
        return;
    }
    chk_expr(c, b);
    if (b->mode == MODE_INVALID) {
        return;
    }
    if (b->call.call_kind == CALL_CONVERSION) {
        chk_error(c, call->pos, "%s requires function call, not conversion %s", what,
                  chk_operand_str(b));
        return;
    }
    if (b->call.call_kind == CALL_BUILTIN && is_unused_builtin(b->call.builtin)) {
        chk_error(c, call->pos, "%s discards result of %s", what, chk_operand_str(b));
    }
}

static void stmt(Checker *c, Stmt *s) {
    switch (s->kind) {
    case S_BAD:
    case S_EMPTY: break;
    case S_DECL: {
        Decl *d = s->decl.decl;
        if (d->kind == D_VAR) {
            for (int i = 0; i < d->value.n; i++) {
                local_var_decl(c, d->value.specs[i]);
            }
        } else if (d->kind == D_CONST) {
            local_const_decl(c, d);
        } else if (d->kind == D_TYPE) {
            local_type_decl(c, d);
        }
        break;
    }
    case S_LABELED: {
        const char *name = s->labeled.label->ident.name;
        fs_current->pending_label = name;
        stmt(c, s->labeled.stmt);
        fs_current->pending_label = NULL;
        break;
    }
    case S_EXPR: expr_stmt(c, s); break;
    case S_SEND: {
        Expr *ch = s->send.ch, *v = s->send.value;
        chk_expr(c, ch);
        chk_rvalue(c, ch);
        if (ch->mode == MODE_INVALID) {
            chk_expr(c, v);
            break;
        }
        Type *u = chk_core_type(ch->type);
        if (!u || u->kind != KIND_CHAN) {
            chk_error(c, s->send.arrow, "invalid operation: cannot send to non-channel %s",
                      chk_operand_str(ch));
            chk_expr(c, v);
            break;
        }
        if (u->dir == CHAN_RECV) {
            chk_error(c, s->pos, "invalid operation: cannot send to receive-only channel %s",
                      chk_operand_str(ch));
            chk_expr(c, v);
            break;
        }
        check_rhs_expr(c, v, u->elem);
        chk_rvalue(c, v);
        if (v->mode != MODE_INVALID) {
            chk_assign_to(c, v, u->elem, "send");
        }
        break;
    }
    case S_INCDEC: {
        Expr *x = s->incdec.x;
        if (!chk_lhs(c, x)) {
            break;
        }
        mark_used(x);
        if (!x->type) {
            chk_error(c, x->pos, "cannot use _ as value or type");
            break;
        }
        Type *u = x->type;
        bool ok = type_is_numeric(u->underlying ? u->underlying : u);
        if (u->kind == KIND_TYPEPARAM) {
            ok = chk_core_type(u) && type_is_numeric(chk_core_type(u));
        }
        if (!ok) {
            chk_error(c, x->pos, "invalid operation: %s%s (non-numeric type %s)", chk_expr_str(x),
                      s->incdec.tok == T_INC ? "++" : "--", chk_typestr(x->type));
        }
        break;
    }
    case S_ASSIGN: assign_stmt(c, s); break;
    case S_GO: go_defer(c, s, "go"); break;
    case S_DEFER:
        c->func->has_defer = true;
        go_defer(c, s, "defer");
        break;
    case S_RETURN: return_stmt(c, s); break;
    case S_BRANCH: branch_stmt(c, s); break;
    case S_BLOCK: chk_block(c, s->block.block); break;
    case S_IF:
        chk_push_scope(c);
        if (s->if_.init) {
            stmt(c, s->if_.init);
        }
        cond_expr(c, s->if_.cond, "if");
        chk_block(c, s->if_.then);
        if (s->if_.els) {
            Stmt *e = s->if_.els;
            if (e->kind == S_IF) {
                block_enter(&s->if_.els, 1, e->pos);
                stmt(c, e);
                block_leave();
            } else {
                stmt(c, e);
            }
        }
        chk_pop_scope(c);
        break;
    case S_SWITCH: switch_stmt(c, s); break;
    case S_TYPESWITCH: typeswitch_stmt(c, s); break;
    case S_SELECT: select_stmt(c, s); break;
    case S_FOR: for_stmt(c, s); break;
    case S_RANGE: range_stmt(c, s); break;
    }
    if (s->kind != S_LABELED) {
        fs_current->pending_label = NULL;
    }
}

/* ---- labels ---- */

static void collect_labels(Checker *c, Stmt **stmts, int n, int block_id_unused);

static void walk_labels(Checker *c, Stmt *s) {
    if (!s) {
        return;
    }
    switch (s->kind) {
    case S_LABELED: {
        const char *name = s->labeled.label->ident.name;
        for (int i = 0; i < fs_current->labels.len; i++) {
            if (fs_current->labels.data[i].name == name) {
                chk_error(c, s->labeled.label->pos, "label %s already defined at %s:%d:%d", name,
                          c->file, fs_current->labels.data[i].pos.line,
                          fs_current->labels.data[i].pos.col);
                return;
            }
        }
        LabelInfo li = {name, s, s->labeled.label->pos, false, -1, -1};
        vec_push(&fs_current->labels, li);
        walk_labels(c, s->labeled.stmt);
        break;
    }
    case S_BLOCK: collect_labels(c, s->block.block->stmts, s->block.block->n, 0); break;
    case S_IF:
        collect_labels(c, s->if_.then->stmts, s->if_.then->n, 0);
        walk_labels(c, s->if_.els);
        break;
    case S_FOR: collect_labels(c, s->for_.body->stmts, s->for_.body->n, 0); break;
    case S_RANGE: collect_labels(c, s->range.body->stmts, s->range.body->n, 0); break;
    case S_SWITCH:
        for (int i = 0; i < s->switch_.n; i++) {
            collect_labels(c, s->switch_.clauses[i]->body, s->switch_.clauses[i]->nbody, 0);
        }
        break;
    case S_TYPESWITCH:
        for (int i = 0; i < s->typeswitch.n; i++) {
            collect_labels(c, s->typeswitch.clauses[i]->body, s->typeswitch.clauses[i]->nbody, 0);
        }
        break;
    case S_SELECT:
        for (int i = 0; i < s->select.n; i++) {
            collect_labels(c, s->select.clauses[i]->body, s->select.clauses[i]->nbody, 0);
        }
        break;
    default: break;
    }
}

static void collect_labels(Checker *c, Stmt **stmts, int n, int unused) {
    (void)unused;
    for (int i = 0; i < n; i++) {
        walk_labels(c, stmts[i]);
    }
}

/* Where is the label's statement: the block (by statement array) and index. */
static bool find_in_blocks(Stmt *target, int *block, int *index) {
    for (int b = 0; b < fs_current->blocks.len; b++) {
        BlockInfo *bi = &fs_current->blocks.data[b];
        for (int i = 0; i < bi->n; i++) {
            if (bi->stmts[i] == target) {
                *block = b;
                *index = i;
                return true;
            }
        }
    }
    return false;
}

static void check_gotos(Checker *c) {
    for (int g = 0; g < fs_current->gotos.len; g++) {
        GotoInfo *gi = &fs_current->gotos.data[g];
        Stmt *s = gi->stmt;
        const char *name = s->branch.label ? s->branch.label->ident.name : NULL;
        if (!name) {
            continue;
        }
        LabelInfo *li = NULL;
        for (int i = 0; i < fs_current->labels.len; i++) {
            if (fs_current->labels.data[i].name == name) {
                li = &fs_current->labels.data[i];
            }
        }
        if (!li) {
            chk_error(c, s->branch.label->pos, "label %s not defined", name);
            continue;
        }
        li->used = true;
        s->branch.target = li->stmt;
        int lb, lidx;
        if (!find_in_blocks(li->stmt, &lb, &lidx)) {
            continue;
        }
        int depth = -1;
        for (int k = 0; k < gi->nblocks; k++) {
            if (gi->blocks[k] == lb) {
                depth = k;
            }
        }
        if (depth < 0) {
            BlockInfo *bi = &fs_current->blocks.data[lb];
            chk_error(c, s->branch.label->pos, "goto %s jumps into block starting at %s:%d:%d", name,
                      c->file, bi->start.line, bi->start.col);
            continue;
        }
        int from = gi->indices[depth];
        if (lidx > from) {
            BlockInfo *bi = &fs_current->blocks.data[lb];
            for (int i = from + 1; i < lidx; i++) {
                Stmt *d = bi->stmts[i];
                bool decl = (d->kind == S_DECL && d->decl.decl->kind == D_VAR) ||
                            (d->kind == S_ASSIGN && d->assign.tok == T_DEFINE);
                if (decl) {
                    chk_error(c, s->branch.label->pos,
                              "goto %s jumps over variable declaration at line %d", name, d->pos.line);
                    break;
                }
            }
        }
    }
    for (int i = 0; i < fs_current->labels.len; i++) {
        LabelInfo *li = &fs_current->labels.data[i];
        if (!li->used) {
            chk_error(c, li->pos, "label %s defined and not used", li->name);
        }
    }
}

/* ---- terminating statements ---- */

static bool has_break(Stmt *s, Stmt *target);

static bool list_has_break(Stmt **stmts, int n, Stmt *target) {
    for (int i = 0; i < n; i++) {
        if (has_break(stmts[i], target)) {
            return true;
        }
    }
    return false;
}

static bool has_break(Stmt *s, Stmt *target) {
    if (!s) {
        return false;
    }
    switch (s->kind) {
    case S_BRANCH: return s->branch.tok == T_BREAK && s->branch.target == target;
    case S_BLOCK: return list_has_break(s->block.block->stmts, s->block.block->n, target);
    case S_LABELED: return has_break(s->labeled.stmt, target);
    case S_IF:
        return list_has_break(s->if_.then->stmts, s->if_.then->n, target) ||
               has_break(s->if_.els, target);
    case S_FOR: return list_has_break(s->for_.body->stmts, s->for_.body->n, target);
    case S_RANGE: return list_has_break(s->range.body->stmts, s->range.body->n, target);
    case S_SWITCH:
        for (int i = 0; i < s->switch_.n; i++) {
            if (list_has_break(s->switch_.clauses[i]->body, s->switch_.clauses[i]->nbody, target)) {
                return true;
            }
        }
        return false;
    case S_TYPESWITCH:
        for (int i = 0; i < s->typeswitch.n; i++) {
            if (list_has_break(s->typeswitch.clauses[i]->body, s->typeswitch.clauses[i]->nbody, target)) {
                return true;
            }
        }
        return false;
    case S_SELECT:
        for (int i = 0; i < s->select.n; i++) {
            if (list_has_break(s->select.clauses[i]->body, s->select.clauses[i]->nbody, target)) {
                return true;
            }
        }
        return false;
    default: return false;
    }
}

static bool list_terminating(Stmt **stmts, int n) {
    while (n > 0 && stmts[n - 1]->kind == S_EMPTY) {
        n--;
    }
    return n > 0 && chk_is_terminating(stmts[n - 1], NULL);
}

bool chk_is_terminating(Stmt *s, const char *label) {
    (void)label;
    switch (s->kind) {
    case S_RETURN: return true;
    case S_BRANCH: return s->branch.tok == T_GOTO || s->branch.tok == T_FALLTHROUGH;
    case S_EXPR: {
        Expr *e = s->expr.x;
        while (e->kind == E_PAREN) {
            e = e->paren.x;
        }
        return e->kind == E_CALL && e->call.call_kind == CALL_BUILTIN && e->call.builtin == BI_PANIC;
    }
    case S_BLOCK: return list_terminating(s->block.block->stmts, s->block.block->n);
    case S_IF:
        return s->if_.els && list_terminating(s->if_.then->stmts, s->if_.then->n) &&
               chk_is_terminating(s->if_.els, NULL);
    case S_LABELED: return chk_is_terminating(s->labeled.stmt, NULL);
    case S_FOR: return !s->for_.cond && !has_break(s, s) && !list_has_break(s->for_.body->stmts, s->for_.body->n, s);
    case S_SWITCH: {
        bool def = false;
        for (int i = 0; i < s->switch_.n; i++) {
            CaseClause *cc = s->switch_.clauses[i];
            def = def || cc->is_default;
            if (!list_terminating(cc->body, cc->nbody) || list_has_break(cc->body, cc->nbody, s)) {
                return false;
            }
        }
        return def;
    }
    case S_TYPESWITCH: {
        bool def = false;
        for (int i = 0; i < s->typeswitch.n; i++) {
            CaseClause *cc = s->typeswitch.clauses[i];
            def = def || cc->is_default;
            if (!list_terminating(cc->body, cc->nbody) || list_has_break(cc->body, cc->nbody, s)) {
                return false;
            }
        }
        return def;
    }
    case S_SELECT:
        for (int i = 0; i < s->select.n; i++) {
            CaseClause *cc = s->select.clauses[i];
            if (!list_terminating(cc->body, cc->nbody) || list_has_break(cc->body, cc->nbody, s)) {
                return false;
            }
        }
        return true;
    default: return false;
    }
}

/* ---- function bodies ---- */

static Obj *declare_param(Checker *c, Expr *name, Type *t, bool is_result) {
    Obj *o;
    if (name) {
        o = chk_declare_local(c, name, t, OBJ_VAR);
        c->locals.len -= o->name != intern_cstr("_") && scope_lookup_local(c->scope, o->name) == o;
    } else {
        o = chk_new_obj(OBJ_VAR, intern_cstr("_"), pos_make(0, 0), t);
        o->owner = c->func;
    }
    o->is_param = !is_result;
    o->is_result = is_result;
    o->used = true;
    return o;
}

void chk_func_body(Checker *c, FuncInfo *fi) {
    FuncInfo *saved_func = c->func;
    Scope *saved_scope = c->scope;
    FuncState *saved_fs = fs_current;
    bool top = fi->outer == NULL;
    ObjVec saved_locals = {0};
    if (top) {
        saved_locals = c->locals;
        c->locals = (ObjVec){0};
    }
    FuncState fs = {0};
    fs_current = &fs;
    c->func = fi;
    Scope *s = scope_new(c->scope);
    s->is_func = true;
    s->func = fi;
    c->scope = s;
    if (!fi->name && fi->obj) {
        fi->name = chk_func_name(fi->obj);
    }
    Decl *d = fi->decl;
    Expr *ft = fi->lit ? fi->lit->funclit.type : d->func.type;
    Type *sig = fi->sig;
    /* receiver */
    if (d && d->func.recv && d->func.recv->n) {
        Field *rf = d->func.recv->list[0];
        Type *rt = fi->recv_type;
        if (!rt || rt == t_invalid) {
            rt = fi->obj && fi->obj->recv_base ? fi->obj->recv_base : t_invalid;
            if (fi->obj && fi->obj->ptr_recv) {
                rt = type_pointer(rt);
            }
        }
        rf->type->mode = MODE_TYPE;
        rf->type->type = rt;
        fi->recv = declare_param(c, rf->nnames ? rf->names[0] : NULL, rt, false);
    }
    /* parameters */
    ObjVec params = {0};
    int pi = 0;
    FieldList *pl = ft->functype.params;
    for (int i = 0; pl && i < pl->n; i++) {
        Field *f = pl->list[i];
        int n = f->nnames ? f->nnames : 1;
        for (int k = 0; k < n; k++) {
            Type *t = pi < sig->nparams ? sig->params[pi] : t_invalid;
            pi++;
            Obj *po = declare_param(c, f->nnames ? f->names[k] : NULL, t, false);
            po->type_spelling = chk_type_spelling(f->type);
            vec_push(&params, po);
        }
    }
    fi->params = params.data;
    fi->nparams = params.len;
    ObjVec results = {0};
    FieldList *rl = ft->functype.results;
    int ri = 0;
    for (int i = 0; rl && i < rl->n; i++) {
        Field *f = rl->list[i];
        int n = f->nnames ? f->nnames : 1;
        if (f->nnames) {
            fi->named_results = true;
        }
        for (int k = 0; k < n; k++) {
            Type *t = ri < sig->nresults ? sig->results[ri] : t_invalid;
            ri++;
            vec_push(&results, declare_param(c, f->nnames ? f->names[k] : NULL, t, true));
        }
    }
    fi->results = results.data;
    fi->nresults = results.len;
    /* labels first (forward references) */
    if (fi->body) {
        collect_labels(c, fi->body->stmts, fi->body->n, 0);
        stmt_list(c, fi->body->stmts, fi->body->n, fi->body->lbrace);
        if (sig->nresults > 0 && !list_terminating(fi->body->stmts, fi->body->n)) {
            chk_error(c, fi->body->rbrace, "missing return");
        }
        check_gotos(c);
    }
    if (top) {
        for (int i = 0; i < c->locals.len; i++) {
            Obj *o = c->locals.data[i];
            if (!o->used && o->kind == OBJ_VAR && !o->is_param && !o->is_result) {
                chk_soft_error(c, o->pos, "declared and not used: %s", o->name);
            }
        }
        c->locals = saved_locals;
    }
    fs_current = saved_fs;
    c->func = saved_func;
    c->scope = saved_scope;
}
