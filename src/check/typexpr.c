/* typexpr.c — type expressions: a type's spelling made a Type (types2's typexpr.go,
 * signature.go, struct.go, interface.go and union.go).
 *
 * Unnamed types come back canonical (types.c), so the same spelling twice gives the same
 * Type *. A defined type still being declared (TYPE_COMPLETE unset) met as an array element,
 * a struct field or an embedded interface marks that type `resolving` (a generic instance's
 * generic too): its declaration reports the invalid recursive type (decl.c). Behind an
 * indirection, within a type definition, a type name is resolved lazily (check.h: lazy_ref).
 */
#include "internal.h"

/* ---- type expressions ---- */

/* The type's named base for an embedded field name: T, *T, pkg.T, T[int] -> "T". */
static const char *embedded_name(Expr *e) {
    for (;;) {
        switch (e->kind) {
        case E_STAR: e = e->star.x; break;
        case E_PAREN: e = e->paren.x; break;
        case E_INDEX: e = e->index.x; break;
        case E_SELECTOR: return e->selector.sel->ident.name;
        case E_IDENT: return e->ident.name;
        default: return NULL;
        }
    }
}

/* The length of an array type, as types2's arrayLength checks it; -1 after an error. */
static int64_t array_length(Checker *c, Expr *len) {
    if (len->kind == E_IDENT) {
        Obj *o = chk_lookup_name(c, len->ident.name);
        if (!o) {
            chk_error(c, len->pos, "undefined array length %s or missing type constraint",
                      len->ident.name);
            return -1;
        }
        if (o->kind != OBJ_CONST) {
            chk_error(c, len->pos, "invalid array length %s", len->ident.name);
            return -1;
        }
    }
    chk_expr(c, len);
    if (len->mode == MODE_INVALID) {
        return -1;
    }
    if (len->mode != MODE_CONST) {
        chk_error(c, chk_epos(len), "array length %s must be constant", chk_operand_str(len));
        return -1;
    }
    if (type_is_untyped(len->type) || type_is_integer(len->type)) {
        Const *v = const_to_int(len->val);
        if (v && const_sign(v) >= 0 && const_fits_int(v, 63, false)) {
            if (type_is_untyped(len->type)) {
                chk_convert_untyped(c, len, t_int);
            }
            return const_to_i64(v);
        }
    }
    if (type_is_integer(len->type)) {
        chk_error(c, chk_epos(len), "invalid array length %s", chk_operand_str(len));
    } else {
        chk_error(c, chk_epos(len), "array length %s must be integer", chk_operand_str(len));
    }
    return -1;
}

static Type *array_len_type(Checker *c, Expr *e, Type *elem) {
    Expr *len = e->arraytype.len;
    if (len->kind == E_ELLIPSIS) {
        chk_error(c, len->pos, "invalid use of [...] array (outside a composite literal)");
        return type_array(elem, 0);
    }
    int64_t n = array_length(c, len);
    return type_array(elem, n < 0 ? 0 : n);
}

/* A value of type t, still being defined, is part of a type being defined: an invalid
 * recursive type, which t's declaration (a generic instance's: its generic's) reports. */
static void mark_cycle(Type *t) {
    TypeInfo *ti = type_info(t);
    ti->resolving = true;
    if (ti->origin) {
        type_info(ti->origin)->resolving = true;
    }
}

/* A value of type t (at pos) is declared: t may not be a constraint interface. */
static void check_var_type(Checker *c, Type *t, Pos pos) {
    if (!(t->flags & TYPE_COMPLETE)) {
        vec_push(&c->var_types, ((VarTypeCheck){t, pos, c->file}));
        return;
    }
    TypeInfo *ti = t->kind == KIND_INTERFACE ? t->chk : NULL;
    if (ti && (ti->has_terms || ti->comparable)) {
        chk_soft_error(c, pos, "cannot use type %s outside a type constraint: %s", chk_typestr(t),
                       ti->has_terms ? "interface contains type constraints"
                                     : "interface is (or embeds) comparable");
    }
}

void chk_check_var_types(Checker *c) {
    const char *file = c->file;
    while (c->var_types.len > 0) {
        VarTypeCheck v = c->var_types.data[--c->var_types.len];
        c->file = v.file;
        check_var_type(c, (v.type->flags & TYPE_COMPLETE) ? v.type : t_invalid, v.pos);
    }
    c->file = file;
}

Type *chk_var_type(Checker *c, Expr *e) {
    Type *t = chk_type(c, e);
    check_var_type(c, t, chk_epos(e));
    return t;
}

/* A type behind an indirection (a pointer's base, a slice's, map's or channel's element, a
 * function's parameter or result): within a type declaration, a type named there needs only
 * its header now (check.h: lazy_ref). */
static Type *indirect_type(Checker *c, Expr *e) {
    c->lazy_ref = c->type_nesting > 0;
    return chk_var_type(c, e);
}

static Type *resolve_type_obj(Checker *c, Obj *o, Expr *e, bool allow_generic, bool lazy) {
    if (lazy && o->color == 0 && o->tspec && !o->tspec->alias && o->pkg == c->pkg) {
        chk_type_header(c, o);
    } else {
        chk_resolve_obj(c, o);
    }
    o->used = true;
    Type *t = o->type ? o->type : t_invalid;
    TypeInfo *ti = t->chk;
    if (!allow_generic && ti && ti->ntparams && !ti->origin && t->kind != KIND_TYPEPARAM) {
        chk_error(c, e->pos, "cannot use generic type %s without instantiation", chk_typestr(t));
        return t_invalid;
    }
    return t;
}

static void add_param_types(Checker *c, FieldList *fl, TypeVec *out, bool *variadic,
                            bool allow_variadic) {
    if (!fl) {
        return;
    }
    for (int i = 0; i < fl->n; i++) {
        Field *f = fl->list[i];
        Expr *te = f->type;
        Type *t;
        if (te->kind == E_ELLIPSIS) {
            if (!allow_variadic || i != fl->n - 1 || f->nnames > 1) {
                chk_error(c, te->pos, "can only use ... with final parameter in list");
            }
            t = type_slice(indirect_type(c, te->ellipsis.elt));
            te->mode = MODE_TYPE;
            te->type = t;
            *variadic = true;
        } else {
            t = indirect_type(c, te);
        }
        int n = f->nnames ? f->nnames : 1;
        for (int k = 0; k < n; k++) {
            vec_push(out, t);
        }
    }
}

Type *chk_signature(Checker *c, Expr *ft) {
    TypeVec params = {0};
    TypeVec results = {0};
    bool variadic = false, dummy = false;
    add_param_types(c, ft->functype.params, &params, &variadic, true);
    add_param_types(c, ft->functype.results, &results, &dummy, false);
    Type *t = type_func(params.data, params.len, results.data, results.len, variadic);
    ft->mode = MODE_TYPE;
    ft->type = t;
    return t;
}

static Type *struct_type(Checker *c, Expr *e) {
    FieldList *fl = e->structtype.fields;
    VEC(StructField) fields = {0};
    ObjVec seen = {0};
    for (int i = 0; fl && i < fl->n; i++) {
        Field *f = fl->list[i];
        Type *t = chk_var_type(c, f->type);
        const char *tag = f->tag_len > 0 ? f->tag : NULL; /* "" is no tag: the same type */
        if (t != t_invalid && !(t->flags & TYPE_COMPLETE)) {
            mark_cycle(t); /* a struct containing a type being defined */
            t = t_invalid;
        }
        if (f->nnames == 0) {
            const char *name = embedded_name(f->type);
            if (!name) {
                chk_error(c, f->type->pos, "invalid embedded field type");
                continue;
            }
            Type *base = t->kind == KIND_POINTER && !t->name ? t->elem : t;
            if (base->kind == KIND_TYPEPARAM) {
                chk_error(c, f->type->pos,
                          "embedded field type cannot be a (pointer to a) type parameter");
            }
            if (t->kind == KIND_POINTER && !t->name &&
                (base->kind == KIND_POINTER || base->kind == KIND_INTERFACE) && base->name) {
                chk_error(c, f->type->pos,
                          "embedded field type cannot be a pointer to an interface");
            }
            StructField sf = {intern_cstr(name), t, 0, true, chk_is_exported(name), tag};
            for (int k = 0; k < seen.len; k++) {
                if (seen.data[k]->name == sf.name) {
                    chk_error(c, f->type->pos, "%s redeclared", sf.name);
                }
            }
            vec_push(&seen, chk_new_obj(OBJ_VAR, sf.name, f->type->pos, t));
            vec_push(&fields, sf);
            continue;
        }
        for (int k = 0; k < f->nnames; k++) {
            const char *name = f->names[k]->ident.name;
            StructField sf = {name, t, 0, false, chk_is_exported(name), tag};
            if (name != intern_cstr("_")) {
                for (int j = 0; j < seen.len; j++) {
                    if (seen.data[j]->name == name) {
                        chk_error(c, f->names[k]->pos, "%s redeclared", name);
                    }
                }
                vec_push(&seen, chk_new_obj(OBJ_VAR, name, f->names[k]->pos, t));
            }
            vec_push(&fields, sf);
        }
    }
    return type_struct(fields.data, fields.len);
}

typedef VEC(Expr *) ExprVec;

static void flatten_union(Expr *e, ExprVec *out) {
    if (e->kind == E_BINARY && e->binary.op == T_OR) {
        flatten_union(e->binary.x, out);
        flatten_union(e->binary.y, out);
    } else {
        vec_push(out, e);
    }
}

static const char *term_str(TypeTerm t) {
    return str_printf("%s%s", t.tilde ? "~" : "", chk_typestr(t.type));
}

/* An interface as a term of a union of several: one with methods, or comparable, may not. */
static void check_union_interface(Checker *c, Expr *te, Type *t) {
    TypeInfo *ti = t->chk;
    const char *s = chk_typestr(t);
    if (t->nimethods) {
        chk_error(c, chk_epos(te), "cannot use %s in union (%s contains methods)", s, s);
    } else if (t == t_comparable) {
        chk_error(c, chk_epos(te), "cannot use comparable in union");
    } else if (ti && ti->comparable) {
        chk_error(c, chk_epos(te), "cannot use %s in union (%s embeds comparable)", s, s);
    }
}

/* Adds the terms of a union element (A | ~B | C) to out, as types2's parseUnion checks them:
 * no interface under ~, no overlapping terms (a | ~a), no methods in a union's interfaces. */
void chk_union_terms(Checker *c, Expr *e, TermVec *out) {
    ExprVec list = {0};
    flatten_union(e, &list);
    TermVec seen = {0}; /* the terms so far that are not interfaces */
    for (int i = 0; i < list.len; i++) {
        Expr *te = list.data[i], *x = te;
        bool tilde = te->kind == E_UNARY && te->unary.op == T_TILDE;
        x = tilde ? te->unary.x : te;
        Type *t = chk_type(c, x);
        if (t == t_invalid) {
            continue;
        }
        if (tilde && t->kind == KIND_INTERFACE) {
            chk_error(c, te->pos, "invalid use of ~ (%s is an interface)", chk_typestr(t));
            continue;
        }
        if (tilde && t->underlying != t && t->underlying) {
            chk_error(c, x->pos, "invalid use of ~ (underlying type of %s is %s)", chk_typestr(t),
                      chk_typestr(t->underlying));
        }
        if (t->kind == KIND_INTERFACE) {
            if (list.len > 1) {
                check_union_interface(c, te, t);
            }
            TypeInfo *ti = t->chk;
            if (ti && ti->has_terms) {
                for (int k = 0; k < ti->nterms; k++) {
                    vec_push(out, ti->terms[k]);
                }
                continue;
            }
        } else {
            TypeTerm y = {tilde, t};
            for (int k = 0; k < seen.len; k++) {
                TypeTerm xt = seen.data[k];
                if ((y.tilde ? xt.type->underlying : xt.type) == (xt.tilde ? t->underlying : t)) {
                    chk_soft_error(c, te->pos, "overlapping terms %s and %s", term_str(y),
                                   term_str(xt));
                    break;
                }
            }
            vec_push(&seen, y);
        }
        vec_push(out, ((TypeTerm){tilde, t}));
    }
}

/* Intersection of two term lists (an interface embedding several unions). */
static void intersect_terms(TermVec *acc, TypeTerm *terms, int n) {
    int k = 0;
    for (int i = 0; i < acc->len; i++) {
        TypeTerm a = acc->data[i];
        for (int j = 0; j < n; j++) {
            TypeTerm b = terms[j];
            if (a.type == b.type) {
                acc->data[k++] = (TypeTerm){a.tilde && b.tilde, a.type};
                break;
            }
            if (a.tilde && b.type->underlying == a.type) {
                acc->data[k++] = b;
                break;
            }
            if (b.tilde && a.type->underlying == b.type) {
                acc->data[k++] = a;
                break;
            }
        }
    }
    acc->len = k;
}

/* An interface's method set being built, with where each method came from (its name, or
 * the embedding of the interface that brought it). */
typedef struct MethodSet {
    VEC(IMethod) methods;
    VEC(Pos) pos;
} MethodSet;

/* Adds m (types2's addMethod): an explicit method may not repeat a name; an embedded one
 * may, with an identical signature (overlapping interfaces). */
static void add_method(Checker *c, MethodSet *ms, IMethod m, Pos pos, bool explicit) {
    for (int k = 0; k < ms->methods.len; k++) {
        if (ms->methods.data[k].name == m.name) {
            if (explicit || ms->methods.data[k].sig != m.sig) {
                Pos o = ms->pos.data[k];
                chk_error(c, pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
                          m.name, c->file, o.line, o.col, m.name);
            }
            return;
        }
    }
    vec_push(&ms->methods, m);
    vec_push(&ms->pos, pos);
}

static Type *interface_type(Checker *c, Expr *e) {
    FieldList *fl = e->ifacetype.methods;
    MethodSet ms = {0};
    TermVec terms = {0};
    bool has_terms = false, comparable = false;
    for (int i = 0; fl && i < fl->n; i++) { /* explicit methods first, as types2 */
        Field *f = fl->list[i];
        if (f->nnames > 0) {
            IMethod m = {f->names[0]->ident.name, chk_signature(c, f->type)};
            add_method(c, &ms, m, f->names[0]->pos, true);
        }
    }
    for (int i = 0; fl && i < fl->n; i++) {
        Field *f = fl->list[i];
        if (f->nnames > 0) {
            continue;
        }
        Expr *te = f->type;
        bool is_union = (te->kind == E_BINARY && te->binary.op == T_OR) ||
                        (te->kind == E_UNARY && te->unary.op == T_TILDE);
        if (!is_union) {
            Type *t = chk_type(c, te);
            if (t == t_invalid) {
                continue;
            }
            if (!(t->flags & TYPE_COMPLETE)) { /* an interface embedding itself */
                mark_cycle(t);
                continue;
            }
            if (t->kind == KIND_INTERFACE) {
                for (int k = 0; k < t->nimethods; k++) {
                    add_method(c, &ms, t->imethods[k], te->pos, false);
                }
                TypeInfo *ti = t->chk;
                if (ti && ti->comparable) {
                    comparable = true;
                }
                if (ti && ti->has_terms) {
                    if (has_terms) {
                        intersect_terms(&terms, ti->terms, ti->nterms);
                    } else {
                        for (int k = 0; k < ti->nterms; k++) {
                            vec_push(&terms, ti->terms[k]);
                        }
                        has_terms = true;
                    }
                }
                continue;
            }
        }
        TermVec u = {0};
        chk_union_terms(c, te, &u);
        if (has_terms) {
            intersect_terms(&terms, u.data, u.len);
        } else {
            terms = u;
            has_terms = true;
        }
    }
    return type_interface(ms.methods.data, ms.methods.len, terms.data, terms.len, has_terms,
                          comparable);
}

/* pkg.T */
static Type *qualified_type(Checker *c, Expr *e, bool allow_generic) {
    Obj *o;
    if (!chk_package_member(c, e, &o)) {
        chk_error(c, e->pos, "%s is not a type", ast_expr_string(e));
        return t_invalid;
    }
    const char *pkg = e->selector.x->ident.name, *name = e->selector.sel->ident.name;
    if (!o || !chk_is_exported(name)) {
        chk_error(c, e->selector.sel->pos, "undefined: %s.%s", pkg, name);
        return t_invalid;
    }
    e->selector.sel->ident.obj = o;
    if (o->kind != OBJ_TYPE) {
        chk_error(c, e->pos, "%s.%s is not a type", pkg, name);
        return t_invalid;
    }
    return resolve_type_obj(c, o, e, allow_generic, false);
}

Type *chk_type_or_generic(Checker *c, Expr *e, bool allow_generic) {
    bool lazy = c->lazy_ref;
    c->lazy_ref = false;
    Type *t = t_invalid;
    switch (e->kind) {
    case E_IDENT: {
        if (e->ident.name == intern_cstr("_")) {
            /* a blank receiver type parameter, func (T[_]) M(), bound by the method's check */
            Obj *rtp = e->ident.obj;
            if (rtp && rtp->kind == OBJ_TYPE && rtp->type) {
                t = rtp->type;
                break;
            }
            chk_error(c, e->pos, "cannot use _ as value or type");
            break;
        }
        Obj *o = chk_lookup_name(c, e->ident.name);
        if (!o) {
            chk_error(c, e->pos, "undefined: %s", e->ident.name);
            break;
        }
        e->ident.obj = o;
        if (o->kind != OBJ_TYPE) {
            chk_record_use(c, o);
            if (o->kind == OBJ_PKG) {
                chk_error(c, e->pos, "use of package %s not in selector", o->name);
            } else {
                chk_error(c, e->pos, "%s is not a type", o->name);
            }
            break;
        }
        t = resolve_type_obj(c, o, e, allow_generic, lazy);
        break;
    }
    case E_SELECTOR: t = qualified_type(c, e, allow_generic); break;
    case E_PAREN:
        c->lazy_ref = lazy;
        t = chk_type_or_generic(c, e->paren.x, allow_generic);
        break;
    case E_STAR: t = type_pointer(indirect_type(c, e->star.x)); break;
    case E_ARRAYTYPE: {
        if (!e->arraytype.len) {
            t = type_slice(indirect_type(c, e->arraytype.elt));
            break;
        }
        /* behind an indirection, so is the element: type T *[10]U; type U T */
        Type *elem = lazy ? indirect_type(c, e->arraytype.elt) : chk_var_type(c, e->arraytype.elt);
        if (!lazy && !(elem->flags & TYPE_COMPLETE) && elem != t_invalid) {
            /* an array of a type still being defined: reported by the type's resolution */
            t = t_invalid;
            mark_cycle(elem);
            break;
        }
        t = array_len_type(c, e, elem);
        break;
    }
    case E_MAPTYPE: {
        Type *k = chk_var_type(c, e->maptype.key); /* resolved now: is it comparable? */
        Type *v = indirect_type(c, e->maptype.value);
        TypeInfo *ki = k->kind == KIND_TYPEPARAM ? k->chk : NULL;
        if (k != t_invalid && (k->flags & TYPE_COMPLETE) && (!ki || ki->constraint) &&
            !type_is_comparable(k)) { /* a type parameter's constraint may be still to come */
            chk_error(c, e->maptype.key->pos, "invalid map key type %s%s", chk_typestr(k),
                      ki ? " (missing comparable constraint)" : "");
        }
        t = type_map(k, v);
        break;
    }
    case E_CHANTYPE: t = type_chan(e->chantype.dir, indirect_type(c, e->chantype.value)); break;
    case E_FUNCTYPE: t = chk_signature(c, e); break;
    case E_STRUCTTYPE: t = struct_type(c, e); break;
    case E_IFACETYPE: t = interface_type(c, e); break;
    case E_INDEX: {
        c->lazy_ref = lazy;
        Type *g = chk_type_or_generic(c, e->index.x, true);
        if (g == t_invalid) {
            break;
        }
        TypeInfo *gi = g->chk;
        Obj *go = gi ? gi->obj : NULL;
        if (gi && !gi->ntparams && go && go->tspec && go->tspec->tparams) {
            /* type T[P T[P]]: T used in its own type parameter list */
            chk_error(c, go->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to %s",
                      go->name, c->file, go->pos.line, go->pos.col, go->name, go->name);
            break;
        }
        if (!gi || !gi->ntparams) {
            chk_error(c, e->pos, "%s is not a generic type", chk_typestr(g));
            break;
        }
        Type **targs = NEW_ARRAY(Type *, e->index.n);
        for (int i = 0; i < e->index.n; i++) {
            c->lazy_ref = lazy; /* an instance behind an indirection waits for them */
            targs[i] = chk_type(c, e->index.indices[i]);
        }
        t = chk_instance_type(c, gi->obj, targs, e->index.n, e->index.lbrack, e->index.indices,
                              lazy);
        break;
    }
    case E_ELLIPSIS: chk_error(c, e->pos, "invalid use of ..."); break;
    default:
        chk_expr(c, e);
        if (e->mode != MODE_INVALID) {
            chk_error(c, e->pos, "%s is not a type", ast_expr_string(e));
        }
        return t_invalid;
    }
    e->mode = t == t_invalid ? MODE_INVALID : MODE_TYPE;
    e->type = t;
    return t;
}

Type *chk_type(Checker *c, Expr *e) {
    return chk_type_or_generic(c, e, false);
}
