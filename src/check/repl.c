/* repl.c — the checker's side of the REPL session (check.h: "the REPL's session").
 *
 * An entry adds to the session package: objects to its scope, functions to compile, package
 * variables, methods to the method lists of its types. chk_repl_begin notes how far each of
 * those lists went, so that chk_repl_end can take back what a failed entry added; the
 * package scope itself is not touched until the entry is kept (its declarations go into an
 * overlay scope whose parent is the package scope, its body's variables into the body's
 * scope).
 *
 * Redeclaring a method of an earlier type replaces it in the type's method list (the list
 * is copied first, so a failed entry puts the old one back); the type's method tables are
 * then rebuilt by the compiler.
 */
#include "check.h"

#include <string.h>

typedef struct SavedMethods {
    TypeInfo *ti;
    Type *type;
    Obj **data; /* the list as it was */
    int len;
} SavedMethods;

struct ChkRepl {
    Package *pkg;
    Scope *scope;   /* the package scope */
    Scope *overlay; /* declarations of this entry, until it is kept */
    FuncInfo *body; /* a statement entry's function */
    ObjVec vars;    /* its top-level variables, to be package variables */
    int nfuncs, nnatives, nglobals, nobjs, ninits, nimports, ndots;
    VEC(SavedMethods) methods;
};

/* Puts o in s, in place of an object of the same name if there is one. */
static void scope_put(Scope *s, Obj *o) {
    for (int i = 0; i < s->cap; i++) {
        if (s->objs[i] && s->objs[i]->name == o->name) {
            s->objs[i] = o;
            return;
        }
    }
    scope_insert(s, o);
}

ChkRepl *chk_repl_begin(Checker *c, Package *pkg) {
    ChkRepl *r = NEW(ChkRepl);
    r->pkg = pkg;
    r->scope = pkg->scope;
    r->nfuncs = pkg->funcs.len;
    r->nnatives = pkg->natives.len;
    r->nglobals = pkg->globals.len;
    r->nobjs = pkg->objs.len;
    r->ninits = pkg->inits.len;
    r->nimports = pkg->imports.len;
    r->ndots = pkg->dot_imports.len;
    c->last_err_msg = NULL;
    return r;
}

/* The name of the base type of a method's receiver (T in (t *T), (l List[E])), or NULL. */
static const char *receiver_base(Decl *d) {
    FieldList *rl = d->func.recv;
    if (!rl || rl->n == 0) {
        return NULL;
    }
    Expr *e = rl->list[0]->type;
    while (e->kind == E_PAREN || e->kind == E_STAR || e->kind == E_INDEX) {
        e = e->kind == E_PAREN ? e->paren.x : e->kind == E_STAR ? e->star.x : e->index.x;
    }
    return e->kind == E_IDENT ? e->ident.name : NULL;
}

static bool declares_type(File *f, const char *name) {
    for (int i = 0; i < f->n; i++) {
        Decl *d = f->decls[i];
        for (int k = 0; d->kind == D_TYPE && k < d->type.n; k++) {
            if (d->type.specs[k]->name->ident.name == name) {
                return true;
            }
        }
    }
    return false;
}

/* A method declared again for a type of an earlier entry: the old one leaves the type's
 * method list (a copy of the list is kept for chk_repl_end). */
static void replace_method(ChkRepl *r, File *f, Decl *d) {
    const char *base = receiver_base(d);
    if (!base || declares_type(f, base)) {
        return;
    }
    Obj *to = scope_lookup_local(r->scope, base);
    if (!to || to->kind != OBJ_TYPE || !to->type || to->type == t_invalid || to->alias) {
        return;
    }
    TypeInfo *ti = type_info(to->type);
    bool saved = false;
    for (int i = 0; i < r->methods.len && !saved; i++) {
        saved = r->methods.data[i].ti == ti;
    }
    if (!saved) {
        SavedMethods sm = {ti, to->type, NEW_ARRAY(Obj *, ti->methods.len + 1), ti->methods.len};
        memcpy(sm.data, ti->methods.data, sizeof(Obj *) * (size_t)ti->methods.len);
        vec_push(&r->methods, sm);
        /* from now on the type's list is a copy of its own: the saved one stays as it was */
        Obj **copy = NEW_ARRAY(Obj *, ti->methods.len + 1);
        memcpy(copy, sm.data, sizeof(Obj *) * (size_t)ti->methods.len);
        ti->methods.data = copy;
        ti->methods.cap = ti->methods.len + 1;
    }
    const char *name = d->func.name->ident.name;
    for (int i = 0; i < ti->methods.len; i++) {
        if (ti->methods.data[i]->name == name) {
            memmove(ti->methods.data + i, ti->methods.data + i + 1,
                    sizeof(Obj *) * (size_t)(ti->methods.len - i - 1));
            ti->methods.len--;
            break;
        }
    }
}

bool chk_repl_decls(Checker *c, ChkRepl *r, File *f) {
    int before = diag_count(c->diags);
    for (int i = 0; i < f->n; i++) {
        Decl *d = f->decls[i];
        if (d->kind != D_FUNC) {
            continue;
        }
        if (!d->func.body) {
            diag_error(c->diags, f->name, d->func.name->pos, "missing function body");
        } else if (d->func.recv) {
            replace_method(r, f, d);
        }
    }
    r->overlay = scope_new(r->scope);
    r->pkg->scope = r->overlay;
    check_more(c, r->pkg, f);
    r->pkg->scope = r->scope;
    c->scope = r->scope;
    return diag_count(c->diags) == before;
}

FuncInfo *chk_repl_body(Checker *c, ChkRepl *r, Block *body, const char *name, Scope *outer) {
    Pos pos = body->lbrace;
    Decl *d = ast_decl(D_FUNC, pos);
    d->func.name = ast_expr(E_IDENT, pos);
    d->func.name->ident.name = intern_cstr(name);
    d->func.type = ast_expr(E_FUNCTYPE, pos);
    d->func.type->functype.params = NEW(FieldList);
    d->func.body = body;
    FuncInfo *fi = NEW(FuncInfo);
    fi->decl = d;
    fi->body = body;
    fi->name = str_printf("%s.%s", r->pkg->path, name);
    fi->pkg = r->pkg;
    fi->sig = type_func(NULL, 0, NULL, 0, false);
    r->body = fi;
    c->pkg = r->pkg;
    c->scope = outer;
    c->func = NULL;
    c->decl_obj = NULL;
    c->iota = -1;
    c->repl_entry = r;
    chk_func_body(c, fi);
    c->repl_entry = NULL;
    c->scope = r->scope;
    return fi;
}

void chk_repl_local(Checker *c, Obj *o) {
    ChkRepl *r = c->repl_entry;
    if (!r->body || !c->scope->is_func || c->scope->func != r->body) {
        return; /* a variable of an inner block or of a function literal */
    }
    o->global = true;
    o->owner = NULL;
    vec_push(&r->pkg->globals, o);
    vec_push(&r->vars, o);
}

static bool declared_here(ChkRepl *r, Obj *o) {
    for (int i = r->nobjs; i < r->pkg->objs.len; i++) {
        if (r->pkg->objs.data[i] == o) {
            return true;
        }
    }
    return false;
}

/* Whether function f, found in a list after the entry began, belongs to the entry: all do
 * but the instances of generic functions declared earlier. */
static bool added_here(ChkRepl *r, Obj *f) {
    return !f->generic || declared_here(r, f->generic);
}

/* Keeps only the objects of v[from..] that an earlier declaration owns (instances of an
 * earlier generic function, which the instance cache will hand out again). */
static void keep_earlier(ChkRepl *r, ObjVec *v, int from) {
    int n = from;
    for (int i = from; i < v->len; i++) {
        if (!added_here(r, v->data[i])) {
            v->data[n++] = v->data[i];
        }
    }
    v->len = n;
}

void chk_repl_end(Checker *c, ChkRepl *r, bool keep) {
    Package *p = r->pkg;
    p->scope = r->scope;
    if (keep) {
        for (int i = 0; r->overlay && i < r->overlay->cap; i++) {
            if (r->overlay->objs[i]) {
                scope_put(r->scope, r->overlay->objs[i]);
            }
        }
        for (int i = 0; i < r->vars.len; i++) {
            scope_put(r->scope, r->vars.data[i]);
        }
        /* types with a new or replaced method get their method tables anew */
        for (int i = 0; i < r->methods.len; i++) {
            Type *t = r->methods.data[i].type;
            t->methods = NULL;
            if (t->ptr_to) {
                t->ptr_to->methods = NULL;
            }
        }
        return;
    }
    for (int i = 0; i < r->methods.len; i++) {
        SavedMethods *sm = &r->methods.data[i];
        sm->ti->methods.data = sm->data;
        sm->ti->methods.len = sm->len;
        sm->ti->methods.cap = sm->len + 1;
    }
    keep_earlier(r, &p->funcs, r->nfuncs);
    keep_earlier(r, &c->instances, 0);
    p->natives.len = r->nnatives;
    p->globals.len = r->nglobals;
    p->objs.len = r->nobjs;
    p->inits.len = r->ninits;
    p->imports.len = r->nimports;
    p->dot_imports.len = r->ndots;
    p->var_order.len = 0;
}
