/* decl.c — package-level declarations (types2's decl.go and resolver.go): objects collected,
 * then resolved lazily in dependency order; methods attached to their receiver types.
 *
 * Package-level objects are collected first (so order of declaration does not matter), then
 * resolved on demand: resolving an object checks its declaration, resolving what it
 * mentions first. An object being resolved that is reached again is a cycle (an invalid
 * recursive type, or an initialisation cycle). Obj.color: 0 unresolved, 1 resolving, 2 done.
 * A declaration is resolved in its own package's context, which is restored afterwards.
 * A type declaration met behind a pointer (or another indirection) while a type is being
 * defined gets only its header (its defined type, o->type, and type parameters, in
 * o->tscope) and stays at color 0 until the outermost type definition is done
 * (chk_leave_type), so that types may refer to each other through pointers in any order.
 */
#include "internal.h"

#include <stdio.h>

/* ---- names ---- */

const char *chk_func_name(Obj *f) {
    if (f->full_name) {
        return f->full_name;
    }
    const char *pkg = f->pkg ? f->pkg->path : "main";
    if (f->recv_base) {
        const char *tn = f->recv_base->name;
        TypeInfo *ti = f->recv_base->chk;
        if (ti && ti->origin) {
            tn = ti->origin->name;
        }
        const char *suffix = (ti && (ti->origin || ti->ntparams)) ? "[...]" : "";
        f->full_name = f->ptr_recv ? str_printf("%s.(*%s%s).%s", pkg, tn, suffix, f->name)
                                   : str_printf("%s.%s%s.%s", pkg, tn, suffix, f->name);
    } else if (f->generic) {
        f->full_name = str_printf("%s.%s[...]", pkg, f->name);
    } else {
        f->full_name = str_printf("%s.%s", pkg, f->name);
    }
    return f->full_name;
}

/* ---- package-level declarations ---- */

static void declare_pkg_obj(Checker *c, Obj *o) {
    if (o->name == intern_cstr("_")) {
        return;
    }
    if (o->name == intern_cstr("init") && o->kind == OBJ_FUNC && !o->recv_base) {
        return;
    }
    if (o->kind != OBJ_FUNC &&
        (o->name == intern_cstr("init") ||
         (o->name == intern_cstr("main") && !strcmp(c->pkg->path, "main")))) {
        /* spec: init (and main in package main) may only be declared as functions */
        chk_error(c, o->pos, "cannot declare %s - must be func", o->name);
        return;
    }
    Obj *prev = scope_insert(c->pkg->scope, o);
    if (prev && prev->pkg && prev->pkg != c->pkg && prev->kind != OBJ_PKG) {
        /* the file scope's name (the import) is the one uses find, as in Go */
        chk_error(c, o->pos, "%s already declared through dot-import of package %s (\"%s\")",
                  o->name, prev->pkg->name, prev->pkg->path);
    } else if (prev) {
        chk_error(c, o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                  o->name, c->file, prev->pos.line, prev->pos.col, o->name);
    }
}

void chk_repeat_const_spec(ValueSpec *vs, const ValueSpec *last) {
    vs->type = last->type ? ast_clone_expr(last->type) : NULL;
    vs->nvalues = last->nvalues;
    vs->values = NEW_ARRAY(Expr *, vs->nvalues);
    for (int i = 0; i < vs->nvalues; i++) {
        vs->values[i] = ast_clone_expr(last->values[i]);
    }
    vs->implicit = true;
}

static void collect_value_spec(Checker *c, Decl *d, ValueSpec *vs, ValueSpec *last_explicit) {
    bool is_const = d->kind == D_CONST;
    if (is_const && vs->nvalues == 0 && last_explicit) {
        chk_repeat_const_spec(vs, last_explicit);
    }
    for (int i = 0; i < vs->nnames; i++) {
        Expr *id = vs->names[i];
        Obj *o = chk_new_obj(is_const ? OBJ_CONST : OBJ_VAR, id->ident.name, id->pos, NULL);
        o->decl = d;
        o->vspec = vs;
        o->vindex = i;
        o->pkg = c->pkg;
        o->global = true;
        o->iota = vs->iota;
        id->ident.obj = o;
        declare_pkg_obj(c, o);
        vec_push(&c->pkg->objs, o);
        if (!is_const) {
            vec_push(&c->pkg->globals, o);
        }
    }
}

void chk_collect_decl(Checker *c, Decl *d) {
    switch (d->kind) {
    case D_CONST:
    case D_VAR: {
        ValueSpec *last = NULL;
        for (int i = 0; i < d->value.n; i++) {
            ValueSpec *vs = d->value.specs[i];
            collect_value_spec(c, d, vs, last);
            if (vs->nvalues > 0 && !vs->implicit) {
                last = vs;
            }
        }
        break;
    }
    case D_TYPE:
        for (int i = 0; i < d->type.n; i++) {
            TypeSpec *ts = d->type.specs[i];
            Obj *o = chk_new_obj(OBJ_TYPE, ts->name->ident.name, ts->name->pos, NULL);
            o->decl = d;
            o->tspec = ts;
            o->pkg = c->pkg;
            o->global = true;
            o->alias = ts->alias;
            ts->name->ident.obj = o;
            declare_pkg_obj(c, o);
        }
        break;
    case D_FUNC: {
        Obj *o = chk_new_obj(OBJ_FUNC, d->func.name->ident.name, d->func.name->pos, NULL);
        o->decl = d;
        o->pkg = c->pkg;
        o->global = true;
        d->func.obj = o;
        d->func.name->ident.obj = o;
        vec_push(&c->pkg->objs, o);
        if (d->func.recv) {
            break; /* methods are attached when their receiver types are known */
        }
        if (o->name == intern_cstr("init")) {
            if (d->func.type->functype.params->n || d->func.type->functype.results) {
                chk_error(c, o->pos, "func init must have no arguments and no return values");
            }
            if (d->func.type->functype.tparams) {
                chk_error(c, o->pos, "func init must have no type parameters");
            }
            o->full_name = str_printf("%s.init.%d", c->pkg->path, c->pkg->inits.len);
            vec_push(&c->pkg->inits, o);
        }
        if (o->name == intern_cstr("main") && !strcmp(c->pkg->path, "main")) {
            if (d->func.type->functype.params->n || d->func.type->functype.results) {
                chk_error(c, o->pos, "func main must have no arguments and no return values");
            }
        }
        if (!d->func.body && !c->pkg->native && !c->repl) {
            chk_error(c, o->pos, "missing function body");
        }
        declare_pkg_obj(c, o);
        break;
    }
    default: break;
    }
}

/* Type declaration o refers to itself where its layout or its type parameters are needed. */
static void report_recursive(Checker *c, Obj *o) {
    chk_error(c, o->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to %s", o->name, c->file,
              o->pos.line, o->pos.col, o->name, o->name);
}

/* Declares a generic's type parameters in scope s; returns them. */
static Obj **declare_tparams(Checker *c, FieldList *tps, Scope *s, int *n) {
    ObjVec objs = {0};
    for (int i = 0; tps && i < tps->n; i++) {
        Field *f = tps->list[i];
        for (int k = 0; k < f->nnames; k++) {
            Obj *o = chk_new_obj(OBJ_TYPE, f->names[k]->ident.name, f->names[k]->pos, NULL);
            o->type = type_typeparam(o->name, objs.len, o);
            o->color = 2;
            o->pkg = c->pkg;
            f->names[k]->ident.obj = o;
            if (scope_insert(s, o)) {
                chk_error(c, o->pos, "%s redeclared in this block", o->name);
            }
            vec_push(&objs, o);
        }
    }
    /* constraints may mention any of the parameters */
    Scope *saved = c->scope;
    c->scope = s;
    int idx = 0, nlater = c->later.len;
    for (int i = 0; tps && i < tps->n; i++) {
        Field *f = tps->list[i];
        Expr *ce = f->type;
        Type *ct;
        bool is_union = (ce->kind == E_BINARY && ce->binary.op == T_OR) ||
                        (ce->kind == E_UNARY && ce->unary.op == T_TILDE);
        if (is_union) { /* [T int | float64] is short for [T interface{ int | float64 }] */
            TermVec u = {0};
            chk_union_terms(c, ce, &u);
            ct = type_interface(NULL, 0, u.data, u.len, true, false);
        } else {
            ct = chk_type(c, ce);
            if (ct->kind == KIND_TYPEPARAM) {
                chk_error(c, chk_epos(ce), "cannot use a type parameter as constraint");
                ct = t_any;
            }
            TypeInfo *ci = ct->chk;
            if (ct != t_invalid && !(ct->flags & TYPE_COMPLETE) && ci && ci->obj) {
                /* a type whose declaration is under way: the generic being declared (type
                 * T[P T] int), or one that needs it */
                report_recursive(c, ci->obj);
                ct = t_invalid;
            }
            if (ct != t_invalid && ct->kind != KIND_INTERFACE) {
                ct = type_interface(NULL, 0, &(TypeTerm){false, ct}, 1, true, false);
            }
        }
        for (int k = 0; k < f->nnames; k++) {
            type_info(objs.data[idx++]->type)->constraint = ct;
        }
    }
    c->scope = saved;
    while (c->later.len > nlater) {
        TargsCheck tc = c->later.data[--c->later.len];
        chk_verify_targs(c, tc.tparams, tc.targs, tc.n, tc.pos, tc.args);
    }
    *n = objs.len;
    return objs.data;
}

Type *chk_const_type(Checker *c, Expr *te) {
    Type *t = chk_type(c, te);
    if (t != t_invalid && !(t->kind >= KIND_BOOL && t->kind <= KIND_STRING)) {
        chk_error(c, te->pos, "invalid constant type %s", chk_typestr(t));
        return t_invalid;
    }
    return t;
}

static void resolve_const(Checker *c, Obj *o) {
    ValueSpec *vs = o->vspec;
    Type *t = NULL;
    int saved_iota = c->iota;
    c->iota = vs->iota;
    if (vs->type) {
        t = chk_const_type(c, vs->type);
    }
    if (o->vindex >= vs->nvalues) {
        if (vs->nvalues == 0) {
            chk_error(c, o->pos, "missing init expr for const declaration");
        } else {
            chk_error(c, o->pos, "missing init expr for const declaration");
        }
        o->type = t_invalid;
        c->iota = saved_iota;
        return;
    }
    Expr *e = vs->values[o->vindex];
    chk_expr(c, e);
    c->iota = saved_iota;
    if (o->vindex == vs->nnames - 1 && vs->nvalues > vs->nnames) {
        chk_error(c, vs->values[vs->nnames]->pos, "extra init expr");
    }
    if (e->mode == MODE_INVALID) {
        o->type = t_invalid;
        return;
    }
    if (e->mode != MODE_CONST) {
        chk_error(c, chk_epos(e), "%s is not constant", chk_operand_str(e));
        o->type = t_invalid;
        return;
    }
    if (t && t != t_invalid) {
        if (!chk_assign_to(c, e, t, "constant declaration")) {
            o->type = t_invalid;
            return;
        }
    }
    o->type = e->type;
    o->val = e->val;
}

/* A package-level variable: its own value in `var a, b T = x, y`, the spec's in
 * `var a, b = f()`. */
static void resolve_var(Checker *c, Obj *o) {
    ValueSpec *vs = o->vspec;
    if (vs->nnames == vs->nvalues) {
        chk_var_spec_one(c, vs, o); /* each variable has its own initialiser */
        return;
    }
    Obj **objs = NEW_ARRAY(Obj *, vs->nnames);
    for (int i = 0; i < vs->nnames; i++) {
        Obj *v = vs->names[i]->ident.obj;
        objs[i] = v;
        if (v && v != o) {
            v->color = 1;
        }
    }
    chk_var_spec(c, vs, objs);
    for (int i = 0; i < vs->nnames; i++) {
        if (objs[i]) {
            objs[i]->color = 2;
            if (objs[i] != o) {
                /* all names of a spec share its dependencies */
                for (int k = 0; k < c->deps.len; k++) {
                    vec_push(&objs[i]->deps, c->deps.data[k]);
                }
            }
        }
    }
}

void chk_defined_type(Checker *c, Obj *o) {
    Type *named = type_named(o->name, c->pkg->path, o);
    o->type = named;
    o->tscope = c->scope;
    if (o->tspec->tparams) {
        TypeInfo *ti = type_info(named);
        o->tscope = scope_new(c->scope);
        ti->tparams = declare_tparams(c, o->tspec->tparams, o->tscope, &ti->ntparams);
    }
}

void chk_type_header(Checker *c, Obj *o) {
    if (o->type) {
        return;
    }
    Checker saved = *c;
    c->scope = o->pkg->scope;
    c->func = NULL;
    c->iota = -1;
    chk_defined_type(c, o);
    chk_restore_context(c, &saved);
    vec_push(&c->deferred, o);
}

static void resolve_type(Checker *c, Obj *o) {
    TypeSpec *ts = o->tspec;
    if (ts->alias) {
        if (ts->tparams) {
            chk_error(c, ts->pos, "generic type alias not supported");
        }
        o->type = chk_type(c, ts->type);
        return;
    }
    chk_enter_type(c);
    if (!o->type) {
        chk_defined_type(c, o);
    }
    Type *named = o->type;
    Scope *saved = c->scope;
    c->scope = o->tscope;
    Type *under = chk_type_decl_rhs(c, o);
    c->scope = saved;
    type_set_underlying(named, under);
    chk_leave_type(c);
}

Type *chk_type_decl_rhs(Checker *c, Obj *o) {
    TypeInfo *ti = type_info(o->type);
    ti->resolving = false;
    Type *under = chk_type(c, o->tspec->type);
    if (ti->resolving) {
        report_recursive(c, o);
        ti->resolving = false;
        return t_invalid;
    }
    if (under == o->type || (!(under->flags & TYPE_COMPLETE) && under != t_invalid)) {
        /* T's underlying is itself, or another defined type still being resolved */
        chk_error(c, o->pos, "invalid recursive type %s", o->name);
        return t_invalid;
    }
    if (under->kind == KIND_TYPEPARAM) {
        chk_error(c, o->tspec->type->pos, "cannot use a type parameter as RHS in type declaration");
        return t_invalid;
    }
    return under;
}

/* func (l *List[T, _]) M(): declares the receiver's type parameters T, _ (the blank one
 * only positionally) in s, their constraints the generic type's with them substituted;
 * returns the receiver's type, the generic type instantiated with them (NULL when the
 * receiver names no generic type: chk_collect_method reports that). */
static Type *declare_recv_tparams(Checker *c, Obj *o, Scope *s) {
    FieldList *rl = o->decl->func.recv;
    Expr *base = rl->n ? rl->list[0]->type : NULL;
    bool ptr = false;
    while (base && (base->kind == E_PAREN || base->kind == E_STAR)) {
        ptr = ptr || base->kind == E_STAR;
        base = base->kind == E_PAREN ? base->paren.x : base->star.x;
    }
    if (!base || base->kind != E_INDEX) {
        return NULL;
    }
    Obj *go = base->index.x->kind == E_IDENT
                  ? scope_lookup(c->scope, base->index.x->ident.name, NULL)
                  : NULL;
    if (go && go->kind == OBJ_TYPE) {
        chk_resolve_obj(c, go);
    }
    TypeInfo *gi = go && go->type ? go->type->chk : NULL;
    ObjVec tps = {0};
    for (int i = 0; i < base->index.n; i++) {
        Expr *id = base->index.indices[i];
        if (id->kind != E_IDENT) {
            chk_error(c, id->pos, "receiver type parameter %s must be an identifier",
                      ast_expr_string(id));
            continue;
        }
        Obj *tp = chk_new_obj(OBJ_TYPE, id->ident.name, id->pos, NULL);
        tp->type = type_typeparam(tp->name, i, tp);
        tp->color = 2;
        id->ident.obj = tp;
        if (id->ident.name != intern_cstr("_")) {
            scope_insert(s, tp);
        }
        vec_push(&tps, tp);
    }
    o->tparams = tps.data;
    o->ntparams = tps.len;
    if (!gi || gi->ntparams != tps.len || gi->origin) {
        return NULL;
    }
    Type **targs = NEW_ARRAY(Type *, tps.len + 1);
    for (int i = 0; i < tps.len; i++) {
        targs[i] = tps.data[i]->type;
    }
    for (int i = 0; i < tps.len; i++) { /* [N NodeC[E], E EdgeC[N]]: this method's N and E */
        Type *gc = type_info(gi->tparams[i]->type)->constraint;
        type_info(targs[i])->constraint = gc ? chk_subst(c, gc, gi->tparams, targs, tps.len) : NULL;
    }
    for (int i = 0; i < tps.len; i++) {
        chk_mono_receiver(c, gi->tparams[i]->type, targs[i], base->pos);
        chk_mono_receiver(c, targs[i], gi->tparams[i]->type, base->pos);
    }
    c->quiet++;
    Type *inst = chk_instantiate_type(c, go, targs, tps.len, base->pos, NULL);
    c->quiet--;
    return inst == t_invalid ? NULL : ptr ? type_pointer(inst) : inst;
}

static void resolve_func(Checker *c, Obj *o) {
    Decl *d = o->decl;
    FuncInfo *fi = NEW(FuncInfo);
    fi->obj = o;
    fi->decl = d;
    fi->body = d->func.body;
    fi->pkg = c->pkg;
    o->info = fi;
    d->func.info = fi;
    Scope *saved = c->scope;
    Expr *ft = d->func.type;
    Scope *s = scope_new(c->scope);
    if (ft->functype.tparams && !d->func.recv) {
        o->tparams = declare_tparams(c, ft->functype.tparams, s, &o->ntparams);
    }
    c->scope = s;
    Type *recv_type = d->func.recv ? declare_recv_tparams(c, o, s) : NULL;
    Type *sig = chk_signature(c, ft);
    if (recv_type) {
        fi->recv_type = recv_type;
    } else if (d->func.recv && d->func.recv->n) {
        /* the receiver's type (errors: chk_collect_method's) */
        c->quiet++;
        fi->recv_type = chk_type_or_generic(c, d->func.recv->list[0]->type, true);
        c->quiet--;
    }
    c->scope = saved;
    o->type = sig;
    fi->sig = sig;
    fi->outer = NULL;
    if (ft->functype.tparams && d->func.recv) {
        chk_error(c, ft->functype.tparams->open, "methods cannot have type parameters");
    }
    /* the function's body scope nests in s (type parameters) */
    fi->name = NULL;
    d->func.info = fi;
    fi->pkg = c->pkg;
    fi->body = d->func.body;
    fi->lit = NULL;
    fi->decl = d;
    /* keep the type-parameter scope for the body */
    fi->recv = NULL;
    o->tscope = s;
}

void chk_add_dep(Checker *c, Obj *o) {
    if (!c->decl_obj || !o->global || o->pkg != c->pkg || o->generic ||
        (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_FUNC)) {
        return;
    }
    for (int i = 0; i < c->deps.len; i++) {
        if (c->deps.data[i] == o) {
            return;
        }
    }
    vec_push(&c->deps, o);
}

/* A reference to o while resolving it: is a type declaration part of the cycle? */
static bool cycle_through_type(Checker *c, Obj *o) {
    for (int i = c->resolving.len - 1; i >= 0 && c->resolving.data[i] != o; i--) {
        if (c->resolving.data[i]->kind == OBJ_TYPE) {
            return true;
        }
    }
    return false;
}

/* A reference to o while its declaration is being resolved. */
static void resolve_cycle(Checker *c, Obj *o) {
    if (o->kind == OBJ_TYPE) {
        if (!o->type) {
            chk_error(c, o->pos, "invalid recursive type %s", o->name);
            o->type = t_invalid;
        }
        /* else a reference to a type being defined: fine through pointers, slices, ... */
        return;
    }
    if (o->kind == OBJ_CONST || (o->kind == OBJ_VAR && o->global)) {
        if (cycle_through_type(c, o)) {
            chk_error(c, o->pos, "initialization cycle or invalid recursive reference to %s",
                      o->name);
            o->type = t_invalid;
        } else if (!o->type) {
            o->type = t_invalid; /* a cycle of values: chk_init_order reports it */
        }
    }
    /* functions may be mutually recursive */
}

void chk_resolve_obj(Checker *c, Obj *o) {
    if (o->color == 2 || !o->decl) {
        return;
    }
    if (o->color == 1) {
        resolve_cycle(c, o);
        return;
    }
    /* resolve in the declaring package's context */
    Checker saved = *c;
    if (o->pkg && o->pkg != c->pkg) {
        c->pkg = o->pkg;
        c->file = o->pkg->nfiles ? o->pkg->files[0]->name : c->file;
    }
    c->scope = o->pkg ? o->pkg->scope : c->scope;
    c->func = NULL;
    c->decl_obj = o;
    c->deps = (ObjVec){0};
    c->iota = -1;
    vec_push(&c->resolving, o);
    o->color = 1;
    switch (o->kind) {
    case OBJ_CONST: resolve_const(c, o); break;
    case OBJ_VAR: resolve_var(c, o); break;
    case OBJ_TYPE: resolve_type(c, o); break;
    case OBJ_FUNC: resolve_func(c, o); break;
    default: break;
    }
    o->color = 2;
    for (int i = 0; i < c->deps.len; i++) {
        vec_push(&o->deps, c->deps.data[i]);
    }
    chk_restore_context(c, &saved);
}

void chk_enter_type(Checker *c) {
    c->type_nesting++;
}

void chk_leave_type(Checker *c) {
    if (--c->type_nesting > 0 || c->draining) {
        return;
    }
    c->draining = true;
    while (c->deferred.len > 0) {
        chk_resolve_obj(c, c->deferred.data[--c->deferred.len]);
    }
    chk_expand_pending(c);
    chk_check_var_types(c);
    c->draining = false;
}

/* ---- methods ---- */

void chk_collect_method(Checker *c, Obj *m) {
    Decl *d = m->decl;
    FieldList *rl = d->func.recv;
    if (!rl || rl->n == 0) {
        chk_error(c, m->pos, "method has no receiver");
        return;
    }
    if (rl->n > 1 || rl->list[0]->nnames > 1) {
        chk_error(c, m->pos, "method has multiple receivers");
    }
    Expr *rt = rl->list[0]->type;
    Expr *base = rt;
    bool ptr = false;
    int stars = 0;
    while (base->kind == E_PAREN || base->kind == E_STAR) {
        if (base->kind == E_STAR) {
            ptr = true;
            stars++;
            base = base->star.x;
        } else {
            base = base->paren.x;
        }
    }
    Expr *name_e = base->kind == E_INDEX ? base->index.x : base;
    Pos rpos = name_e->pos;
    if (stars > 1) {
        chk_error(c, rpos, "invalid receiver type %s", ast_expr_string(rt));
        return;
    }
    if (name_e->kind != E_IDENT) {
        chk_error(c, rpos, "invalid receiver type %s", ast_expr_string(rt));
        return;
    }
    Obj *to = scope_lookup(c->pkg->scope, name_e->ident.name, NULL);
    if (!to) {
        Obj *u = scope_lookup(c->universe, name_e->ident.name, NULL);
        if (u && u->kind == OBJ_TYPE) {
            chk_error(c, rpos, "cannot define new methods on non-local type %s", u->name);
        } else {
            chk_error(c, rpos, "undefined: %s", name_e->ident.name);
        }
        return;
    }
    if (to->kind != OBJ_TYPE) {
        chk_error(c, rpos, "%s is not a type", to->name);
        return;
    }
    if (to->pkg != c->pkg) {
        chk_error(c, rpos, "cannot define new methods on non-local type %s", to->name);
        return;
    }
    chk_resolve_obj(c, to);
    Type *t = to->type;
    if (!t || t == t_invalid) {
        return;
    }
    if (to->alias && (t->pkg == NULL || strcmp(t->pkg, c->pkg->path) != 0)) {
        chk_error(c, rpos, "cannot define new methods on non-local type %s", chk_typestr(t));
        return;
    }
    if (t->kind == KIND_POINTER || t->kind == KIND_INTERFACE) {
        chk_error(c, rpos, "invalid receiver type %s (pointer or interface type)", to->name);
        return;
    }
    if (t->chk && ((TypeInfo *)t->chk)->origin) { /* type A = L[int]; func (A) M() */
        chk_error(c, rpos, "cannot define new methods on instantiated type %s", chk_typestr(t));
        return;
    }
    m->recv_base = t;
    m->ptr_recv = ptr;
    if (m->name == intern_cstr("_")) {
        return; /* checked, but in no method set: there may be several */
    }
    TypeInfo *ti = type_info(t);
    for (int i = 0; i < ti->methods.len; i++) {
        if (ti->methods.data[i]->name == m->name) {
            chk_error(c, m->pos, "method %s.%s already declared at %s:%d:%d", to->name, m->name,
                      c->file, ti->methods.data[i]->pos.line, ti->methods.data[i]->pos.col);
            return;
        }
    }
    if (t->kind == KIND_STRUCT) {
        for (int i = 0; i < t->nfields; i++) {
            if (t->fields[i].name == m->name) {
                chk_error(c, m->pos, "field and method with the same name %s", m->name);
                return;
            }
        }
    }
    vec_push(&ti->methods, m);
}
