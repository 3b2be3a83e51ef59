/* lookup.c — field and method lookup (types2's lookup.go and selection.go), method sets,
 * interface implementation, and selector expressions x.f.
 *
 * Lookup is breadth-first through embedded fields: the shallowest depth holding the name
 * wins, two at that depth make it ambiguous. SelInfo records the path of field indices from
 * x's type down to the field or to the receiver of the method, and whether it goes through a
 * pointer (the compiler follows it).
 */
#include "internal.h"

/* ---- method sets and lookup ---- */

typedef struct Cand {
    Type *t;
    int *path;
    int npath;
    bool indirect;
} Cand;

static int *path_append(const int *path, int n, int idx) {
    int *p = NEW_ARRAY(int, n + 1);
    if (n) {
        memcpy(p, path, sizeof(int) * (size_t)n);
    }
    p[n] = idx;
    return p;
}

Obj *chk_lookup(Checker *c, Type *t, const char *name, SelInfo *sel, bool *ambiguous) {
    *ambiguous = false;
    /* an unexported name is only found in its own package's types */
    const char *here = chk_is_exported(name) || !c->pkg ? NULL : c->pkg->path;
    bool indirect = false;
    if (t->kind == KIND_POINTER && t->name && t->underlying != t) {
        /* a defined pointer type has no methods; x.f is (*x).f for the fields of its base */
        Obj *o = chk_lookup(c, t->underlying, name, sel, ambiguous);
        return o && o->kind == OBJ_FUNC ? NULL : o;
    }
    if (t->kind == KIND_POINTER) {
        t = t->elem;
        indirect = true;
        if (t->kind == KIND_INTERFACE || t->kind == KIND_TYPEPARAM) {
            return NULL; /* a pointer to an interface has no methods */
        }
    }
    VEC(Cand) cur = {0};
    VEC(Type *) seen = {0};
    Cand first = {t, NULL, 0, indirect};
    vec_push(&cur, first);
    while (cur.len) {
        VEC(Cand) next = {0};
        int found = 0;
        Obj *result = NULL;
        SelInfo rs = {0};
        for (int ci = 0; ci < cur.len; ci++) {
            Cand cd = cur.data[ci];
            Type *ty = cd.t;
            if (ty->name) {
                bool dup = false;
                for (int k = 0; k < seen.len; k++) {
                    if (seen.data[k] == ty) {
                        dup = true;
                    }
                }
                if (dup) {
                    continue;
                }
                vec_push(&seen, ty);
                int nm;
                Obj **ms = ty->kind == KIND_TYPEPARAM ? NULL : chk_methods_of(c, ty, &nm);
                for (int k = 0; ms && k < nm; k++) {
                    if (ms[k]->name == name && (!here || ms[k]->pkg == c->pkg)) {
                        found++;
                        result = ms[k];
                        rs = (SelInfo){SEL_METHOD, cd.path, cd.npath, ms[k], cd.indirect, ty, 0};
                    }
                }
            }
            Type *u = ty->kind == KIND_TYPEPARAM ? NULL : ty->underlying;
            if (ty->kind == KIND_TYPEPARAM) {
                TypeInfo *ti = ty->chk;
                u = ti && ti->constraint ? ti->constraint : NULL;
                if (u && u->kind == KIND_INTERFACE) {
                    for (int k = 0; k < u->nimethods; k++) {
                        if (u->imethods[k].name == name) {
                            found++;
                            Obj *mo =
                                chk_new_obj(OBJ_FUNC, name, pos_make(0, 0), u->imethods[k].sig);
                            result = mo;
                            rs = (SelInfo){SEL_IFACE_METHOD, cd.path, cd.npath, mo,
                                           cd.indirect,      ty,      k};
                        }
                    }
                }
                /* fields of the core type */
                Type *core = chk_core_type(ty);
                u = core && core->kind == KIND_STRUCT ? core : NULL;
            }
            if (!u) {
                continue;
            }
            if (u->kind == KIND_STRUCT) {
                bool foreign = here && ty->name && ty->pkg && strcmp(ty->pkg, here) != 0;
                for (int k = 0; k < u->nfields; k++) {
                    StructField *f = &u->fields[k];
                    if (f->name == name && !foreign) {
                        found++;
                        Obj *fo = chk_new_obj(OBJ_VAR, name, pos_make(0, 0), f->type);
                        fo->is_field = true;
                        result = fo;
                        rs = (SelInfo){SEL_FIELD,
                                       path_append(cd.path, cd.npath, k),
                                       cd.npath + 1,
                                       fo,
                                       cd.indirect,
                                       NULL,
                                       0};
                    }
                    if (f->embedded) {
                        Type *ft = f->type;
                        bool ind = cd.indirect;
                        if (ft->kind == KIND_POINTER && !ft->name) {
                            ft = ft->elem;
                            ind = true;
                        }
                        Cand nc = {ft, path_append(cd.path, cd.npath, k), cd.npath + 1, ind};
                        vec_push(&next, nc);
                    }
                }
            } else if (u->kind == KIND_INTERFACE && ty->kind != KIND_TYPEPARAM) {
                for (int k = 0; k < u->nimethods; k++) {
                    if (u->imethods[k].name == name) {
                        found++;
                        Obj *mo = chk_new_obj(OBJ_FUNC, name, pos_make(0, 0), u->imethods[k].sig);
                        result = mo;
                        rs = (SelInfo){SEL_IFACE_METHOD, cd.path, cd.npath, mo, cd.indirect, ty, k};
                    }
                }
            }
        }
        if (found == 1) {
            *sel = rs;
            return result;
        }
        if (found > 1) {
            *ambiguous = true;
            return NULL;
        }
        cur.data = next.data, cur.len = next.len, cur.cap = next.cap;
    }
    return NULL;
}

/* Why t does not implement iface (Go's wording), or ok. */
const char *chk_missing_method(Checker *c, Type *t, Type *iface, bool *ok) {
    *ok = true;
    Type *iu = iface->kind == KIND_TYPEPARAM ? NULL : iface->underlying;
    if (!iu || iu->kind != KIND_INTERFACE) {
        return NULL;
    }
    const char *tn = chk_typestr(t), *in = chk_typestr(iface);
    for (int i = 0; i < iu->nimethods; i++) {
        IMethod *im = &iu->imethods[i];
        SelInfo sel;
        bool amb;
        Obj *m = NULL;
        Type *sig = NULL;
        bool ptr_only = false;
        if (t->kind == KIND_INTERFACE && t->kind != KIND_TYPEPARAM) {
            Type *tu = t->underlying;
            for (int k = 0; k < tu->nimethods; k++) {
                if (tu->imethods[k].name == im->name) {
                    sig = tu->imethods[k].sig;
                }
            }
        } else {
            m = chk_lookup(c, t, im->name, &sel, &amb);
            if (m && (sel.kind == SEL_METHOD || sel.kind == SEL_IFACE_METHOD)) {
                if (sel.kind == SEL_METHOD) {
                    chk_resolve_obj(c, m);
                }
                sig = m->type;
                bool is_ptr = t->kind == KIND_POINTER;
                if (sel.kind == SEL_METHOD && m->ptr_recv && !is_ptr && !sel.indirect) {
                    ptr_only = true;
                }
            } else if (m) {
                m = NULL;
            }
        }
        if (!sig) {
            *ok = false;
            /* a method with another case? */
            return str_printf("%s does not implement %s (missing method %s)", tn, in, im->name);
        }
        if (sig != im->sig) {
            *ok = false;
            return str_printf(
                "%s does not implement %s (wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s",
                tn, in, im->name, im->name, chk_typestr(sig) + 4, im->name,
                chk_typestr(im->sig) + 4);
        }
        if (ptr_only) {
            *ok = false;
            return str_printf("%s does not implement %s (method %s has pointer receiver)", tn, in,
                              im->name);
        }
    }
    return NULL;
}

bool chk_implements(Checker *c, Type *t, Type *iface, const char **reason) {
    bool ok;
    const char *why = chk_missing_method(c, t, iface, &ok);
    if (!ok && reason) {
        *reason = why;
    }
    return ok;
}

/* ---- selectors ---- */

/* pkg.Name: member o of package po (or NULL) as an operand. */
static void package_selector(Checker *c, Expr *e, Obj *po, Obj *o) {
    const char *name = e->selector.sel->ident.name;
    if (!o || !chk_is_exported(name)) {
        if (o) {
            chk_error(c, e->selector.sel->pos, "name %s not exported by package %s", name,
                      po->imported->name);
        } else {
            chk_error(c, e->selector.sel->pos, "undefined: %s.%s", e->selector.x->ident.name, name);
        }
        chk_invalidate(e);
        return;
    }
    chk_resolve_obj(c, o);
    e->selector.info->kind = SEL_PKG;
    e->selector.info->obj = o;
    e->selector.sel->ident.obj = o;
    switch (o->kind) {
    case OBJ_CONST:
        e->mode = MODE_CONST;
        e->type = o->type;
        e->val = o->val;
        break;
    case OBJ_VAR: e->mode = MODE_VAR, e->type = o->type; break;
    case OBJ_FUNC: e->mode = MODE_VALUE, e->type = o->type; break;
    case OBJ_TYPE: e->mode = MODE_TYPE, e->type = o->type; break;
    default: chk_invalidate(e); return;
    }
    if (!e->type || e->type == t_invalid) {
        chk_invalidate(e);
    }
}

/* T.m or (*T).m: method m of type T as a function taking the receiver first. */
static void method_expr(Checker *c, Expr *e) {
    Expr *x = e->selector.x;
    const char *name = e->selector.sel->ident.name;
    Type *t = x->type;
    bool amb;
    SelInfo s;
    Obj *m = chk_lookup(c, t, name, &s, &amb);
    if (!m || s.kind == SEL_FIELD) {
        chk_error(c, e->selector.sel->pos, "%s.%s undefined (type %s has no method %s)",
                  ast_expr_string(x), name, chk_typestr(t), name);
        chk_invalidate(e);
        return;
    }
    if (s.kind == SEL_METHOD) {
        chk_resolve_obj(c, m);
        chk_add_dep(c, m);
        if (m->ptr_recv && t->kind != KIND_POINTER && !s.indirect) {
            chk_error(c, e->selector.sel->pos,
                      "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                      ast_expr_string(x), name, chk_typestr(t), name);
            chk_invalidate(e);
            return;
        }
    }
    SelInfo *sel = e->selector.info;
    *sel = s;
    sel->kind = SEL_METHOD_EXPR;
    sel->recv = t;
    Type *sig = m->type;
    Type **params = NEW_ARRAY(Type *, sig->nparams + 1);
    params[0] = t;
    for (int i = 0; i < sig->nparams; i++) {
        params[i + 1] = sig->params[i];
    }
    e->mode = MODE_VALUE;
    e->type = type_func(params, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
}

/* x.name, where x's type t has no such field or method (or several at one depth). */
static void undefined_selector(Checker *c, Expr *e, Type *t, bool ambiguous) {
    Expr *x = e->selector.x;
    const char *name = e->selector.sel->ident.name;
    Pos pos = e->selector.sel->pos;
    if (ambiguous) {
        chk_error(c, pos, "ambiguous selector %s.%s", ast_expr_string(x), name);
        return;
    }
    if (t->kind == KIND_POINTER && t->elem->kind == KIND_POINTER) {
        chk_error(c, pos, "%s.%s undefined (type %s has no field or method %s)", ast_expr_string(x),
                  name, chk_typestr(t), name);
        return;
    }
    if (t->kind == KIND_POINTER &&
        (t->elem->kind == KIND_INTERFACE || t->elem->kind == KIND_TYPEPARAM)) {
        const char *what = t->elem->kind == KIND_TYPEPARAM ? "type parameter" : "interface";
        chk_error(c, pos, "%s.%s undefined (type %s is pointer to %s, not %s)", ast_expr_string(x),
                  name, chk_typestr(t), what, what);
        return;
    }
    /* maybe a different capitalisation */
    const char *hint = "";
    char *alt = str_printf("%s", name);
    alt[0] = (char)(alt[0] >= 'a' && alt[0] <= 'z'   ? alt[0] - 32
                    : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32
                                                     : alt[0]);
    SelInfo s2;
    bool a2;
    if (chk_lookup(c, t, intern_cstr(alt), &s2, &a2)) {
        hint = str_printf(", but does have %s %s", s2.kind == SEL_FIELD ? "field" : "method", alt);
    }
    chk_error(c, pos, "%s.%s undefined (type %s has no field or method %s%s)", ast_expr_string(x),
              name, chk_typestr(t), name, hint);
}

void chk_selector(Checker *c, Expr *e) {
    Expr *x = e->selector.x;
    const char *name = e->selector.sel->ident.name;
    SelInfo *sel = NEW(SelInfo);
    e->selector.info = sel;
    Obj *member, *po = chk_package_member(c, e, &member);
    if (po) {
        package_selector(c, e, po, member);
        return;
    }
    chk_expr(c, x);
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    if (x->mode == MODE_TYPE) {
        method_expr(c, e);
        return;
    }
    chk_rvalue(c, x);
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *t = x->type;
    if (type_is_untyped(t)) {
        chk_default_untyped(c, x);
        t = x->type;
    }
    bool amb;
    Obj *o = chk_lookup(c, t, name, sel, &amb);
    if (!o) {
        undefined_selector(c, e, t, amb);
        chk_invalidate(e);
        return;
    }
    switch (sel->kind) {
    case SEL_FIELD:
        e->mode = (x->mode == MODE_VAR || sel->indirect) ? MODE_VAR : MODE_VALUE;
        e->type = o->type;
        break;
    case SEL_METHOD:
        chk_resolve_obj(c, o);
        chk_add_dep(c, o);
        if (o->ptr_recv && !sel->indirect && t->kind != KIND_POINTER) {
            /* needs &x: x must be addressable */
            if (x->mode != MODE_VAR) {
                chk_error(c, e->selector.sel->pos, "cannot call pointer method %s on %s", name,
                          chk_typestr(t));
                chk_invalidate(e);
                return;
            }
            Expr *base = x;
            while (base->kind == E_PAREN) {
                base = base->paren.x;
            }
            chk_mark_addressed(base);
        }
        e->mode = MODE_VALUE;
        e->type = o->type;
        break;
    case SEL_IFACE_METHOD:
        e->mode = MODE_VALUE;
        e->type = o->type;
        break;
    default: break;
    }
}
