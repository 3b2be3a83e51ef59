/* stmt.c — checking function bodies (types2's stmt.go): statements, local declarations,
 * control flow and unused variables. Assignments are assign.c's, labels and branches
 * labels.c's, terminating statements return.c's.
 *
 * c->fs is the state of the function body being checked (the targets of break and
 * continue, labels, gotos, the blocks on the path to the current statement); a function
 * literal's body saves and restores it.
 */
#include "internal.h"

#include "../parse/parse.h"

#include <stdio.h>
#include <stdlib.h>

static void stmt(Checker *c, Stmt *s);

/* ---- local declarations ---- */

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
            chk_repeat_const_spec(vs, last);
        } else if (vs->nvalues > 0) {
            last = vs;
        }
        Obj **objs = NEW_ARRAY(Obj *, vs->nnames);
        for (int k = 0; k < vs->nnames; k++) {
            Obj *o = chk_new_obj(OBJ_CONST, vs->names[k]->ident.name, vs->names[k]->pos, NULL);
            o->vspec = vs;
            o->vindex = k;
            o->owner = c->func;
            o->pkg = c->pkg; /* a local iota is not the universe's */
            objs[k] = o;
            int saved = c->iota;
            c->iota = vs->iota;
            Type *t = vs->type ? chk_const_type(c, vs->type) : NULL;
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
        if (ts->alias) {
            o->alias = true;
            o->type = chk_type(c, ts->type);
        } else {
            chk_defined_type(c, o);
            if (o->name != intern_cstr("_")) {
                Obj *prev = scope_insert(c->scope, o);
                if (prev) {
                    chk_error(c, ts->name->pos, "%s redeclared in this block", o->name);
                }
            }
            Scope *saved = c->scope;
            c->scope = o->tscope;
            type_set_underlying(o->type, chk_type_decl_rhs(c, o));
            c->scope = saved;
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

/* ---- control flow helpers ---- */

/* The label of the statement being checked (taken before its init statement runs). */
static const char *take_label(FuncState *fs) {
    const char *l = fs->pending_label;
    fs->pending_label = NULL;
    return l;
}

static void push_target(FuncState *fs, Target *t, Stmt *s, bool loop, const char *label) {
    t->stmt = s;
    t->loop = loop;
    t->label = label;
    t->up = fs->targets;
    fs->targets = t;
}

static void pop_target(FuncState *fs) {
    fs->targets = fs->targets->up;
}

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

static int block_enter(FuncState *fs, Stmt **stmts, int n, Pos start) {
    BlockInfo bi = {stmts, n, start};
    vec_push(&fs->blocks, bi);
    int id = fs->blocks.len - 1;
    vec_push(&fs->path, id);
    vec_push(&fs->path_idx, 0);
    return id;
}

static void block_leave(FuncState *fs) {
    fs->path.len--;
    fs->path_idx.len--;
}

static void stmt_list(Checker *c, Stmt **stmts, int n, Pos start) {
    block_enter(c->fs, stmts, n, start);
    for (int i = 0; i < n; i++) {
        c->fs->path_idx.data[c->fs->path_idx.len - 1] = i;
        stmt(c, stmts[i]);
    }
    block_leave(c->fs);
}

static void chk_block(Checker *c, Block *b) {
    chk_push_scope(c);
    stmt_list(c, b->stmts, b->n, b->lbrace);
    chk_pop_scope(c);
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
            (b->call.call_kind == CALL_BUILTIN && chk_builtin_is_expr(b->call.builtin))) {
            chk_error(c, e->pos, "%s (%s) is not used", ast_expr_string(e),
                      b->call.call_kind == CALL_CONVERSION
                          ? str_printf("value of type %s", chk_typestr(e->type))
                          : str_printf("value of type %s", chk_typestr(e->type)));
        }
        return;
    }
    if (b->kind == E_UNARY && b->unary.op == T_ARROW) {
        return;
    }
    if (e->mode == MODE_TYPE) {
        chk_error(c, e->pos, "%s (type) is not an expression", ast_expr_string(e));
        return;
    }
    if (e->mode == MODE_BUILTIN) {
        chk_error(c, e->pos, "%s (built-in) must be called", ast_expr_string(e));
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
                chk_assign_result(c, e, e->type->params[i], sig->results[i], "return statement");
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

/* ---- switch ---- */

/* A case clause's statements: a fallthrough directly among them stands in context ctx, or
 * last_ctx as the last statement. */
static void case_body(Checker *c, CaseClause *cc, CaseCtx ctx, CaseCtx last_ctx) {
    Stmt *saved_stmt = c->fs->case_stmt;
    CaseCtx saved_ctx = c->fs->case_ctx;
    int n = cc->nbody;
    while (n > 0 && cc->body[n - 1]->kind == S_EMPTY) {
        n--; /* trailing empty statements are invisible to fallthrough */
    }
    block_enter(c->fs, cc->body, cc->nbody, cc->pos);
    for (int k = 0; k < cc->nbody; k++) {
        c->fs->path_idx.data[c->fs->path_idx.len - 1] = k;
        c->fs->case_stmt = cc->body[k];
        c->fs->case_ctx = k == n - 1 ? last_ctx : ctx;
        stmt(c, cc->body[k]);
    }
    block_leave(c->fs);
    c->fs->case_stmt = saved_stmt;
    c->fs->case_ctx = saved_ctx;
}

static void switch_stmt(Checker *c, Stmt *s) {
    const char *label = take_label(c->fs);
    chk_push_scope(c);
    if (s->switch_.init) {
        stmt(c, s->switch_.init);
    }
    Expr *tag = s->switch_.tag;
    Target tg;
    push_target(c->fs, &tg, s, false, label);
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
                /* case e means e == true, true a bool: e is one, or an interface bool implements */
                Expr t = {.mode = MODE_VALUE, .type = t_bool};
                if (e->type != t_bool && e->type != t_untyped_bool &&
                    (e->type->kind != KIND_INTERFACE || !chk_assignable(c, &t, e->type, NULL))) {
                    chk_error(c, e->pos,
                              "invalid case %s in switch on true (mismatched types %s and bool)",
                              ast_expr_string(e), chk_typestr(e->type));
                    continue;
                }
                chk_default_untyped(c, e);
            } else if (tag->mode != MODE_INVALID) {
                Expr saved_tag = *tag;
                bool is_nil = e->type == t_untyped_nil;
                if (type_is_untyped(e->type)) {
                    chk_convert_untyped(c, e, tag->type);
                    if (e->mode == MODE_INVALID) {
                        continue;
                    }
                }
                const char *why = NULL;
                if (e->type != tag->type && !chk_assignable(c, e, tag->type, &why) &&
                    !chk_assignable(c, tag, e->type, NULL)) {
                    chk_error(c, e->pos,
                              "invalid case %s in switch on %s (mismatched types %s and %s)",
                              ast_expr_string(e), ast_expr_string(tag), chk_typestr(e->type),
                              chk_typestr(tag->type));
                    *tag = saved_tag;
                    continue;
                }
                *tag = saved_tag;
                if (!is_nil && !type_is_comparable(tag->type)) {
                    chk_error(c, e->pos, "invalid case %s in switch on %s (%s)", ast_expr_string(e),
                              ast_expr_string(tag), chk_incomparable_why(tag->type));
                    continue;
                }
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
    pop_target(c->fs);
    chk_pop_scope(c);
}

static void typeswitch_stmt(Checker *c, Stmt *s) {
    const char *label = take_label(c->fs);
    chk_push_scope(c);
    if (s->typeswitch.init) {
        stmt(c, s->typeswitch.init);
    }
    Expr *x = s->typeswitch.x;
    chk_expr(c, x);
    chk_rvalue(c, x);
    Target tg;
    push_target(c->fs, &tg, s, false, label);
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
            Type *t = chk_var_type(c, te);
            if (t == t_invalid) {
                continue;
            }
            if (ok && t->kind != KIND_INTERFACE && t->kind != KIND_TYPEPARAM &&
                !chk_in_instance(c)) {
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
    pop_target(c->fs);
    chk_pop_scope(c);
}

static void select_stmt(Checker *c, Stmt *s) {
    const char *label = take_label(c->fs);
    Target tg;
    push_target(c->fs, &tg, s, false, label);
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
        block_enter(c->fs, cc->body, cc->nbody, cc->pos);
        for (int k = 0; k < cc->nbody; k++) {
            c->fs->path_idx.data[c->fs->path_idx.len - 1] = k;
            stmt(c, cc->body[k]);
        }
        block_leave(c->fs);
        chk_pop_scope(c);
    }
    pop_target(c->fs);
}

/* ---- loops ---- */

static void for_stmt(Checker *c, Stmt *s) {
    const char *label = take_label(c->fs);
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
    push_target(c->fs, &tg, s, true, label);
    chk_block(c, s->for_.body);
    pop_target(c->fs);
    chk_pop_scope(c);
}

static void range_stmt(Checker *c, Stmt *s) {
    const char *label = take_label(c->fs);
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
                chk_error(c, v->pos, "non-name %s on left side of :=", ast_expr_string(v));
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
                    chk_error(c, v->pos,
                              "cannot use %s (value of type %s) as %s value in range clause",
                              ast_expr_string(v), chk_typestr(types[i]), chk_typestr(v->type));
                }
            }
        }
    }
    Target tg;
    push_target(c->fs, &tg, s, true, label);
    chk_block(c, s->range.body);
    pop_target(c->fs);
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
    if (b->call.call_kind == CALL_BUILTIN && chk_builtin_is_expr(b->call.builtin)) {
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
        c->fs->pending_label = name;
        stmt(c, s->labeled.stmt);
        c->fs->pending_label = NULL;
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
        chk_expr_hint(c, v, u->elem);
        chk_rvalue(c, v);
        if (v->mode != MODE_INVALID) {
            chk_assign_to(c, v, u->elem, "send");
        }
        break;
    }
    case S_INCDEC: {
        Expr *x = s->incdec.x;
        if (!chk_lhs(c, x) || !chk_read_lhs(c, x)) {
            break;
        }
        if (!chk_all_types(x->type, type_is_numeric)) {
            chk_error(c, x->pos, "invalid operation: %s%s (non-numeric type %s)",
                      ast_expr_string(x), s->incdec.tok == T_INC ? "++" : "--",
                      chk_typestr(x->type));
        }
        break;
    }
    case S_ASSIGN: chk_assign_stmt(c, s); break;
    case S_GO: go_defer(c, s, "go"); break;
    case S_DEFER:
        c->func->has_defer = true;
        go_defer(c, s, "defer");
        break;
    case S_RETURN: return_stmt(c, s); break;
    case S_BRANCH: chk_branch_stmt(c, s); break;
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
                block_enter(c->fs, &s->if_.els, 1, e->pos);
                stmt(c, e);
                block_leave(c->fs);
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
        c->fs->pending_label = NULL;
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
    if (fi->body) {
        parse_lazy_body(fi->body, c->diags); /* a std function's, parsed when first checked */
    }
    FuncInfo *saved_func = c->func;
    Scope *saved_scope = c->scope;
    FuncState *saved_fs = c->fs;
    bool top = fi->outer == NULL;
    ObjVec saved_locals = {0};
    if (top) {
        saved_locals = c->locals;
        c->locals = (ObjVec){0};
    }
    FuncState fs = {0};
    c->fs = &fs;
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
        chk_collect_labels(c, fi->body->stmts, fi->body->n);
        stmt_list(c, fi->body->stmts, fi->body->n, fi->body->lbrace);
        if (sig->nresults > 0 && !chk_list_terminating(fi->body->stmts, fi->body->n)) {
            chk_error(c, fi->body->rbrace, "missing return");
        }
        chk_check_gotos(c);
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
    c->fs = saved_fs;
    c->func = saved_func;
    c->scope = saved_scope;
}
