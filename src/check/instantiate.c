/* instantiate.c — generic instantiation (types2's instantiate.go and subst.go): instances of
 * generic functions, types and their methods, substitution, and whether type arguments
 * satisfy their constraints.
 *
 * Generic code is checked once with its type parameters in place (for errors); each
 * instantiation is a clone of the declaration checked again, quietly, with the type
 * parameters' names bound to the type arguments. An instance is made once per list of type
 * arguments (a generic keeps its instances in its `compiled` slot: it is never compiled
 * itself); function instances whose arguments mention no type parameter are queued in
 * c->instances, for their bodies to be checked.
 */
#include "internal.h"

#include <stdio.h>

/* ---- generics ---- */

static bool same_targs(Type **a, Type **b, int n) {
    for (int i = 0; i < n; i++) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

typedef struct Instances {
    ObjVec list;
} Instances;

static Instances *instances_of(Obj *generic) {
    /* kept in the generic's `compiled` slot until it is compiled (generics never are) */
    if (!generic->compiled) {
        generic->compiled = NEW(Instances);
    }
    return generic->compiled;
}

static const char *targs_name(Type **targs, int n) {
    StrBuf b = {0};
    sb_putc(&b, '[');
    for (int i = 0; i < n; i++) {
        if (i) {
            sb_putc(&b, ',');
        }
        sb_puts(&b, type_string(targs[i]));
    }
    sb_putc(&b, ']');
    return sb_cstr(&b);
}

static bool any_typeparam(Type **targs, int n) {
    for (int i = 0; i < n; i++) {
        if (type_mentions_typeparam(targs[i])) {
            return true;
        }
    }
    return false;
}

/* Enters the context a generic declaration's clone is checked in, quietly (its errors were
 * reported on the generic): a scope in `in` (pkg's, or a function's block for a local generic
 * type), returned, for the type parameters' names. Undone by chk_restore_context after
 * c->quiet--. */
static Scope *enter_generic(Checker *c, Package *pkg, Scope *in) {
    c->pkg = pkg;
    c->file = pkg && pkg->nfiles ? pkg->files[0]->name : c->file;
    c->scope = scope_new(in);
    c->func = NULL;
    c->quiet++;
    return c->scope;
}

/* A type parameter's name in an instance's scope: an alias of its type argument t. */
static Obj *bind_targ(Scope *s, const char *name, Pos pos, Type *t) {
    Obj *a = chk_new_obj(OBJ_TYPE, name, pos, t);
    a->alias = true;
    a->color = 2;
    if (name != intern_cstr("_")) {
        scope_insert(s, a);
    }
    return a;
}

/* Function instance inst (its declaration cloned, its signature sig checked in scope s) gets
 * the FuncInfo its body is checked and compiled with; the body is queued for checking unless
 * the type arguments mention type parameters (an instance inside generic code). */
static void bind_instance(Checker *c, Obj *inst, Type *sig, Type *recv_type, Scope *s) {
    FuncInfo *fi = NEW(FuncInfo);
    fi->recv_type = recv_type;
    fi->obj = inst;
    fi->decl = inst->decl;
    fi->sig = sig;
    fi->body = inst->decl->func.body;
    fi->pkg = inst->pkg;
    fi->is_instance = true;
    inst->type = sig;
    inst->info = fi;
    inst->tscope = s;
    inst->decl->func.info = fi;
    inst->decl->func.obj = inst;
    Obj *generic = inst->generic;
    if (!any_typeparam(inst->targs, inst->ntargs) && !(generic && generic->inst_cycle)) {
        vec_push(&c->instances, inst);
    }
}

/* ---- instantiation cycles (types2's monomorph.go) ----
 *
 * Generic code instantiating a generic with type arguments that mention its own type
 * parameters adds edges to c->mono: Q -> P when type parameter Q is in the argument for P,
 * growing when the argument is more than Q itself. A cycle through a growing edge would make
 * instances without end (func f[T any]() { f[[]T]() }): it is reported when its last edge
 * comes, and the generic instantiated there makes no more instances to check. Every other
 * cycle goes through the new edge, so a search from it finds any. */

typedef struct MonoSearch {
    Checker *c;
    Type *target;
    VEC(int) path;   /* the edges taken from the new one */
    TypeVec seen[2]; /* type parameters reached without / with a growing edge */
} MonoSearch;

static bool mono_reaches(MonoSearch *m, Type *at, bool grown) {
    if (at == m->target && grown) {
        return true;
    }
    TypeVec *seen = &m->seen[grown];
    for (int i = 0; i < seen->len; i++) {
        if (seen->data[i] == at) {
            return false;
        }
    }
    vec_push(seen, at);
    for (int i = 0; i < m->c->mono.len; i++) {
        MonoEdge *e = &m->c->mono.data[i];
        if (e->from == at) {
            vec_push(&m->path, i);
            if (mono_reaches(m, e->to, grown || e->grows)) {
                return true;
            }
            m->path.len--;
        }
    }
    return false;
}

typedef struct MonoArg {
    Checker *c;
    Type *to, *arg;
    Pos pos;
    bool receiver;
} MonoArg;

/* Adds the edge from type parameter tp (in a->arg) to a->to; reports a cycle it closes. */
static bool mono_edge(const Type *tp, void *ctx) {
    MonoArg *a = ctx;
    Checker *c = a->c;
    MonoEdge e = {(Type *)tp, a->to, a->arg, a->arg != tp, a->receiver, a->pos, c->file};
    for (int i = 0; i < c->mono.len; i++) {
        MonoEdge *o = &c->mono.data[i];
        if (o->from == e.from && o->to == e.to && o->grows == e.grows) {
            return false;
        }
    }
    vec_push(&c->mono, e);
    MonoSearch m = {c, e.from, {0}, {{0}}};
    vec_push(&m.path, c->mono.len - 1);
    if (!mono_reaches(&m, e.to, e.grows)) {
        return false;
    }
    StrBuf b = {0};
    for (int i = 0; i < m.path.len; i++) {
        MonoEdge *p = &c->mono.data[m.path.data[i]];
        if (p->receiver) {
            continue;
        }
        sb_printf(&b, "\n\t%s:%d:%d: %s instantiated as %s", p->file, p->pos.line, p->pos.col,
                  chk_typestr(p->to), chk_typestr(p->arg));
    }
    Obj *o = type_info(c->mono.data[m.path.data[0]].to)->obj;
    chk_error(c, o ? o->pos : a->pos, "instantiation cycle:%s", sb_cstr(&b));
    c->mono.len--; /* the graph keeps no cycle: the next edge finds only new ones */
    return true;
}

/* generic (type parameters tps) instantiated with targs (written as args[0..nargs), the
 * others inferred) in generic code checked once (not quietly): records its edges. False, and
 * generic marked, when they close a cycle. */
static bool mono_record(Checker *c, Obj *generic, Obj **tps, Type **targs, int n, Pos pos,
                        Expr **args, int nargs) {
    if (c->quiet) {
        return true;
    }
    for (int i = 0; i < n; i++) {
        MonoArg a = {c, tps[i]->type, targs[i], i < nargs ? chk_epos(args[i]) : pos, false};
        if (type_find_typeparam(targs[i], mono_edge, &a)) {
            generic->inst_cycle = true;
            return false;
        }
    }
    return true;
}

void chk_mono_receiver(Checker *c, Type *tparam, Type *recv_tparam, Pos pos) {
    MonoArg a = {c, recv_tparam, tparam, pos, true};
    mono_edge(tparam, &a);
}

/* Checks type arguments against their constraints; reports at pos (or each arg's pos). */
bool chk_verify_targs(Checker *c, Obj **tparams, Type **targs, int n, Pos pos, Expr **arg_exprs) {
    for (int i = 0; i < n; i++) {
        TypeInfo *ai = targs[i]->kind == KIND_TYPEPARAM ? targs[i]->chk : NULL;
        if (ai && !ai->constraint) { /* [T Adder[E], E Num]: E's constraint comes later */
            vec_push(&c->later, ((TargsCheck){tparams, targs, n, pos, arg_exprs}));
            return true;
        }
    }
    bool ok = true;
    for (int i = 0; i < n; i++) {
        Type *ct = type_info(tparams[i]->type)->constraint;
        const char *reason = NULL;
        if (ct && !chk_satisfies_with(c, targs[i], ct, tparams, targs, n, &reason)) {
            Pos p = arg_exprs ? chk_epos(arg_exprs[i]) : pos;
            chk_error(c, p, "%s", reason);
            ok = false;
        }
    }
    return ok;
}

Obj *chk_instantiate_func(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args,
                          int nargs) {
    mono_record(c, generic, generic->tparams, targs, n, pos, args, nargs);
    Instances *is = instances_of(generic);
    for (int i = 0; i < is->list.len; i++) {
        Obj *inst = is->list.data[i];
        if (same_targs(inst->targs, targs, n)) {
            return inst;
        }
    }
    Obj *inst = chk_new_obj(OBJ_FUNC, generic->name, generic->pos, NULL);
    inst->generic = generic;
    inst->targs = NEW_ARRAY(Type *, n);
    memcpy(inst->targs, targs, sizeof(Type *) * (size_t)n);
    inst->ntargs = n;
    inst->pkg = generic->pkg;
    inst->global = true;
    inst->color = 2;
    inst->decl = ast_clone_decl(generic->decl);
    vec_push(&is->list, inst);

    /* resolve the signature with the type parameters bound to the arguments */
    Checker saved = *c;
    Scope *s = enter_generic(c, generic->pkg, generic->pkg->scope);
    Expr *ft = inst->decl->func.type;
    FieldList *tps = ft->functype.tparams;
    int k = 0;
    for (int i = 0; tps && i < tps->n; i++) {
        Field *f = tps->list[i];
        for (int j = 0; j < f->nnames && k < n; j++, k++) {
            bind_targ(s, f->names[j]->ident.name, f->names[j]->pos, targs[k]);
        }
    }
    Type *sig = chk_signature(c, ft);
    c->quiet--;
    bind_instance(c, inst, sig, NULL, s);
    inst->full_name = str_printf("%s.%s[...]", generic->pkg->path, generic->name);
    chk_restore_context(c, &saved);
    return inst;
}

/* Can instance t be expanded: are its generic type and type arguments complete? When it is
 * needed now (not behind an indirection), its generic's being complete is enough: a type
 * argument still being defined is then one in a declaration on the stack (type X[A any]
 * U[X[A]]), and the expansion reports the invalid recursive type if it needs its layout. */
static bool instance_ready(Type *t, bool now) {
    TypeInfo *ti = t->chk;
    if (ti->expanding || !(ti->origin->flags & TYPE_COMPLETE)) {
        return false;
    }
    for (int i = 0; !now && i < ti->ntargs; i++) {
        if (!(ti->targs[i]->flags & TYPE_COMPLETE)) {
            return false;
        }
    }
    return true;
}

/* Instance t's underlying type: its generic's, checked with the type arguments bound. */
static void expand_instance(Checker *c, Type *t) {
    TypeInfo *ti = t->chk, *gi = ti->origin->chk;
    Obj *generic = gi->obj;
    ti->expanding = true;
    chk_enter_type(c);
    Checker saved = *c;
    /* the scope its type parameters were declared in is in the one it was declared in */
    Scope *s = enter_generic(c, generic->pkg, generic->tscope->parent);
    for (int i = 0; i < ti->ntargs; i++) {
        bind_targ(s, gi->tparams[i]->name, gi->tparams[i]->pos, ti->targs[i]);
    }
    /* a generic whose declaration was invalid (reported) has invalid instances */
    Type *under = generic->type->underlying == t_invalid
                      ? t_invalid
                      : chk_type(c, ast_clone_expr(generic->tspec->type));
    c->quiet--;
    chk_restore_context(c, &saved);
    ti->expanding = false;
    if (!(under->flags & TYPE_COMPLETE)) {
        under = t_invalid;
    }
    type_set_underlying(t, under);
    chk_leave_type(c);
}

Type *chk_instantiate_type(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args) {
    return chk_instance_type(c, generic, targs, n, pos, args, false);
}

Type *chk_instance_type(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args,
                        bool lazy) {
    TypeInfo *gi = generic->type->chk;
    if (n != gi->ntparams) {
        chk_error(c, pos, "%s type arguments for type %s: have %d, want %d",
                  n < gi->ntparams ? "not enough" : "too many", generic->name, n, gi->ntparams);
        return t_invalid;
    }
    /* by value inside its own definition, it is an invalid recursive type (decl.c) */
    bool recursive = !lazy && !(generic->type->flags & TYPE_COMPLETE);
    if (generic->inst_cycle ||
        (!recursive && !mono_record(c, generic, gi->tparams, targs, n, pos, args, args ? n : 0))) {
        return t_invalid;
    }
    Instances *is = instances_of(generic);
    for (int i = 0; i < is->list.len; i++) {
        Type *t = is->list.data[i]->type;
        TypeInfo *ti = t->chk;
        if (same_targs(ti->targs, targs, n)) {
            if (!lazy && !(t->flags & TYPE_COMPLETE) && instance_ready(t, true)) {
                expand_instance(c, t);
            }
            return t;
        }
    }
    chk_verify_targs(c, gi->tparams, targs, n, pos, args);
    const char *name = intern_cstr(str_printf("%s%s", generic->name, targs_name(targs, n)));
    Obj *io = chk_new_obj(OBJ_TYPE, name, generic->pos, NULL);
    io->pkg = generic->pkg;
    io->color = 2;
    Type *t = type_named(name, generic->type->pkg, io);
    io->type = t;
    TypeInfo *ti = type_info(t);
    ti->origin = generic->type;
    ti->targs = NEW_ARRAY(Type *, n);
    memcpy(ti->targs, targs, sizeof(Type *) * (size_t)n);
    ti->ntargs = n;
    t->type_args_of = generic->type;
    vec_push(&is->list, io);
    if (!lazy && instance_ready(t, true)) {
        expand_instance(c, t);
    } else {
        vec_push(&c->pending, t);
    }
    return t;
}

void chk_expand_pending(Checker *c) {
    for (int i = 0; i < c->pending.len;) {
        Type *t = c->pending.data[i];
        if (t->flags & TYPE_COMPLETE) {
            c->pending.data[i] = c->pending.data[--c->pending.len];
        } else if (instance_ready(t, false)) {
            expand_instance(c, t); /* may complete and remove others: look again */
            i = 0;
        } else {
            i++;
        }
    }
}

static Type **subst_list(Checker *c, Type **ts, int nt, Obj **tps, Type **targs, int n) {
    Type **out = NEW_ARRAY(Type *, nt > 0 ? nt : 1);
    for (int i = 0; i < nt; i++) {
        out[i] = chk_subst(c, ts[i], tps, targs, n);
    }
    return out;
}

static Type *subst_struct(Checker *c, Type *t, Obj **tps, Type **targs, int n) {
    StructField *fs = NEW_ARRAY(StructField, t->nfields > 0 ? t->nfields : 1);
    for (int i = 0; i < t->nfields; i++) {
        fs[i] = t->fields[i];
        fs[i].type = chk_subst(c, t->fields[i].type, tps, targs, n);
    }
    return type_struct(fs, t->nfields);
}

static Type *subst_interface(Checker *c, Type *t, Obj **tps, Type **targs, int n) {
    IMethod *ms = NEW_ARRAY(IMethod, t->nimethods > 0 ? t->nimethods : 1);
    for (int i = 0; i < t->nimethods; i++) {
        ms[i].name = t->imethods[i].name;
        ms[i].sig = chk_subst(c, t->imethods[i].sig, tps, targs, n);
    }
    TypeInfo *ti = t->chk;
    if (!ti) {
        return type_interface(ms, t->nimethods, NULL, 0, false, false);
    }
    TypeTerm *terms = NEW_ARRAY(TypeTerm, ti->nterms > 0 ? ti->nterms : 1);
    for (int i = 0; i < ti->nterms; i++) {
        terms[i].tilde = ti->terms[i].tilde;
        terms[i].type = chk_subst(c, ti->terms[i].type, tps, targs, n);
    }
    return type_interface(ms, t->nimethods, terms, ti->nterms, ti->has_terms, ti->comparable);
}

/* A generic type's instance whose type arguments mention type parameters, instantiated anew
 * with them substituted. */
static Type *subst_instance(Checker *c, Type *t, Obj **tps, Type **targs, int n) {
    TypeInfo *ti = t->chk;
    Type **args = subst_list(c, ti->targs, ti->ntargs, tps, targs, n);
    c->quiet++;
    Type *r =
        chk_instantiate_type(c, type_info(ti->origin)->obj, args, ti->ntargs, pos_make(0, 0), NULL);
    c->quiet--;
    return r;
}

Type *chk_subst(Checker *c, Type *t, Obj **tps, Type **targs, int n) {
    if (!t || !type_mentions_typeparam(t)) {
        return t;
    }
    if (t->kind == KIND_TYPEPARAM) {
        for (int i = 0; i < n; i++) {
            if (tps[i]->type == t && targs[i]) {
                return targs[i];
            }
        }
        return t;
    }
    if (t->name) {
        return subst_instance(c, t, tps, targs, n);
    }
    switch (t->kind) {
    case KIND_POINTER: return type_pointer(chk_subst(c, t->elem, tps, targs, n));
    case KIND_SLICE: return type_slice(chk_subst(c, t->elem, tps, targs, n));
    case KIND_ARRAY: return type_array(chk_subst(c, t->elem, tps, targs, n), t->len);
    case KIND_CHAN: return type_chan(t->dir, chk_subst(c, t->elem, tps, targs, n));
    case KIND_MAP:
        return type_map(chk_subst(c, t->key, tps, targs, n), chk_subst(c, t->elem, tps, targs, n));
    case KIND_FUNC:
        return type_func(subst_list(c, t->params, t->nparams, tps, targs, n), t->nparams,
                         subst_list(c, t->results, t->nresults, tps, targs, n), t->nresults,
                         t->variadic);
    case KIND_TUPLE:
        return type_tuple(subst_list(c, t->params, t->nparams, tps, targs, n), t->nparams);
    case KIND_STRUCT: return subst_struct(c, t, tps, targs, n);
    case KIND_INTERFACE: return subst_interface(c, t, tps, targs, n);
    default: return t;
    }
}

/* Instantiates method m of generic type for instance type inst. */
static Obj *instantiate_method(Checker *c, Obj *m, Type *inst) {
    TypeInfo *ii = inst->chk;
    Obj *im = chk_new_obj(OBJ_FUNC, m->name, m->pos, NULL);
    im->pkg = m->pkg;
    im->global = true;
    im->color = 2;
    im->recv_base = inst;
    im->ptr_recv = m->ptr_recv;
    im->generic = m;
    im->targs = ii->targs;
    im->ntargs = ii->ntargs;
    im->decl = ast_clone_decl(m->decl);
    Checker saved = *c;
    Scope *s = enter_generic(c, m->pkg, m->pkg->scope);
    /* bind the receiver's type parameter names (as spelled in this method) */
    Expr *rt = im->decl->func.recv->list[0]->type;
    while (rt->kind == E_PAREN || rt->kind == E_STAR) {
        rt = rt->kind == E_PAREN ? rt->paren.x : rt->star.x;
    }
    if (rt->kind == E_INDEX) {
        for (int i = 0; i < rt->index.n && i < ii->ntargs; i++) {
            Expr *id = rt->index.indices[i];
            if (id->kind == E_IDENT) { /* a blank one is bound in the receiver only */
                id->ident.obj = bind_targ(s, id->ident.name, id->pos, ii->targs[i]);
            }
        }
    }
    Type *sig = chk_signature(c, im->decl->func.type);
    c->quiet--;
    bind_instance(c, im, sig, m->ptr_recv ? type_pointer(inst) : inst, s);
    chk_restore_context(c, &saved);
    return im;
}

ObjVec chk_instances(Obj *generic) {
    if (!generic->compiled) {
        return (ObjVec){0};
    }
    return ((Instances *)generic->compiled)->list;
}

Obj **chk_methods_of(Checker *c, Type *named, int *n) {
    TypeInfo *ti = named->chk;
    if (!ti) {
        *n = 0;
        return NULL;
    }
    if (ti->origin && ti->methods.len == 0) {
        TypeInfo *gi = ti->origin->chk;
        for (int i = 0; i < gi->methods.len; i++) {
            Obj *im = instantiate_method(c, gi->methods.data[i], named);
            vec_push(&ti->methods, im);
        }
    }
    /* method signatures must be known */
    for (int i = 0; i < ti->methods.len; i++) {
        Obj *m = ti->methods.data[i];
        if (m->color != 2 && m->decl) {
            chk_resolve_obj(c, m);
        }
    }
    *n = ti->methods.len;
    return ti->methods.data;
}

/* ---- constraint satisfaction ---- */

/* Does term type tt (which may mention the type parameters tps, bound to targs) match t? */
static bool term_matches(TypeTerm *tt, Type *t, Obj **tps, Type **targs, int n) {
    if (t == tt->type || (tt->tilde && t->underlying == tt->type->underlying)) {
        return true;
    }
    if (t->kind == KIND_TYPEPARAM && tt->tilde) {
        Type *core = chk_core_type(t);
        if (core && core != t && term_matches(tt, core, tps, targs, n)) {
            return true;
        }
    }
    if (tps && type_mentions_typeparam(tt->type)) {
        Type **bound = NEW_ARRAY(Type *, n + 1);
        memcpy(bound, targs, sizeof(Type *) * (size_t)n);
        return chk_unify(tps, n, bound, tt->type, tt->tilde ? t->underlying : t);
    }
    return false;
}

bool chk_satisfies_with(Checker *c, Type *t, Type *constraint, Obj **tps, Type **targs, int n,
                        const char **reason) {
    if (tps && type_mentions_typeparam(constraint)) {
        constraint = chk_subst(c, constraint, tps, targs, n); /* T Lesser[T]: Lesser[int] */
    }
    Type *cu = constraint->underlying ? constraint->underlying : constraint;
    TypeInfo *ci = cu->chk ? cu->chk : constraint->chk;
    const char *tn = chk_typestr(t), *cn = chk_typestr(constraint);
    if (ci && ci->has_terms) {
        bool in = false;
        for (int i = 0; i < ci->nterms; i++) {
            TypeTerm *tt = &ci->terms[i];
            if (term_matches(tt, t, tps, targs, n)) {
                in = true;
                break;
            }
            if (t->kind == KIND_TYPEPARAM) {
                /* a type parameter satisfies if its whole set is inside */
                TypeInfo *ti = t->chk;
                TypeInfo *tci = ti && ti->constraint ? ti->constraint->chk : NULL;
                if (tci && tci->has_terms) {
                    bool all = true;
                    for (int k = 0; k < tci->nterms; k++) {
                        bool one = false;
                        for (int j = 0; j < ci->nterms; j++) {
                            if (tci->terms[k].type == ci->terms[j].type ||
                                (ci->terms[j].tilde &&
                                 tci->terms[k].type->underlying == ci->terms[j].type->underlying)) {
                                one = true;
                            }
                        }
                        all = all && one;
                    }
                    if (all) {
                        in = true;
                        break;
                    }
                }
            }
        }
        if (!in) {
            StrBuf b = {0};
            for (int i = 0; i < ci->nterms; i++) {
                if (i) {
                    sb_puts(&b, " | ");
                }
                if (ci->terms[i].tilde) {
                    sb_putc(&b, '~');
                }
                sb_puts(&b, chk_typestr(ci->terms[i].type));
            }
            if (ci->nterms == 0) {
                *reason = str_printf("cannot satisfy %s (empty type set)", cn);
            } else if (t->kind == KIND_TYPEPARAM) {
                *reason = str_printf("%s does not satisfy %s", tn, cn);
            } else {
                *reason = str_printf("%s does not satisfy %s (%s missing in %s)", tn, cn, tn,
                                     sb_cstr(&b));
            }
            return false;
        }
    }
    if (ci && ci->comparable && !type_is_comparable(t)) {
        *reason = str_printf("%s does not satisfy comparable", tn);
        return false;
    }
    if (cu->kind == KIND_INTERFACE && cu->nimethods) {
        bool ok;
        const char *why = chk_missing_method(c, t, constraint, &ok);
        if (!ok) {
            /* "T does not implement C (...)" reads "does not satisfy" for constraints */
            const char *p = strstr(why, " does not implement ");
            *reason = p ? str_printf("%.*s does not satisfy %s", (int)(p - why), why,
                                     p + strlen(" does not implement "))
                        : why;
            return false;
        }
    }
    return true;
}
