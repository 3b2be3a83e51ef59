/* scope.c — scopes and the universe (types2's scope.go and universe.go).
 *
 * A scope is an open-addressed hash table of objects keyed by their interned name pointer
 * (NULL slots empty), kept at most half full; a lookup walks the chain of parents. The
 * universe, the outermost scope, holds the predeclared types, constants, nil and the built-in
 * functions; check_init makes it once.
 */
#include "internal.h"

/* ---- scopes ---- */

Scope *scope_new(Scope *parent) {
    Scope *s = NEW(Scope);
    s->parent = parent;
    if (parent) {
        s->func = parent->func;
    }
    return s;
}

static size_t name_slot(const char *name, int cap) {
    uintptr_t h = (uintptr_t)name;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (size_t)(cap - 1);
}

Obj *scope_lookup_local(const Scope *s, const char *name) {
    if (!s->cap) {
        return NULL;
    }
    size_t j = name_slot(name, s->cap);
    while (s->objs[j]) {
        if (s->objs[j]->name == name) {
            return s->objs[j];
        }
        j = (j + 1) & (size_t)(s->cap - 1);
    }
    return NULL;
}

Obj *scope_lookup(const Scope *s, const char *name, Scope **found_in) {
    for (; s; s = s->parent) {
        Obj *o = scope_lookup_local(s, name);
        if (o) {
            if (found_in) {
                *found_in = (Scope *)s;
            }
            return o;
        }
    }
    return NULL;
}

static void scope_grow(Scope *s) {
    int ncap = s->cap ? s->cap * 2 : 8;
    Obj **no = NEW_ARRAY(Obj *, ncap);
    for (int i = 0; i < s->cap; i++) {
        Obj *o = s->objs[i];
        if (!o) {
            continue;
        }
        size_t j = name_slot(o->name, ncap);
        while (no[j]) {
            j = (j + 1) & (size_t)(ncap - 1);
        }
        no[j] = o;
    }
    s->objs = no;
    s->cap = ncap;
}

Obj *scope_insert(Scope *s, Obj *obj) {
    Obj *prev = scope_lookup_local(s, obj->name);
    if (prev) {
        return prev;
    }
    if ((s->n + 1) * 2 > s->cap) {
        scope_grow(s);
    }
    size_t j = name_slot(obj->name, s->cap);
    while (s->objs[j]) {
        j = (j + 1) & (size_t)(s->cap - 1);
    }
    s->objs[j] = obj;
    s->n++;
    if (!obj->parent) {
        obj->parent = s;
    }
    return NULL;
}

Obj *chk_lookup_name(Checker *c, const char *name) {
    Obj *o = scope_lookup(c->scope, name, NULL);
    if (!o || !o->pkg || o->pkg == c->pkg || o->kind == OBJ_PKG) {
        return o;
    }
    ObjVec *dots = &c->pkg->dot_imports;
    for (int i = 0; i < dots->len; i++) {
        if (dots->data[i]->imported == o->pkg) {
            dots->data[i]->used = true;
        }
    }
    return o;
}

Obj *chk_package_member(Checker *c, Expr *e, Obj **member) {
    Expr *x = e->selector.x;
    Obj *po = x->kind == E_IDENT ? scope_lookup(c->scope, x->ident.name, NULL) : NULL;
    if (!po || po->kind != OBJ_PKG) {
        return NULL;
    }
    po->used = true;
    x->ident.obj = po;
    x->mode = MODE_PKG;
    const char *name = e->selector.sel->ident.name;
    *member = po->imported ? scope_lookup_local(po->imported->scope, name) : NULL;
    return po;
}

Obj *chk_new_obj(ObjKind kind, const char *name, Pos pos, Type *type) {
    Obj *o = NEW(Obj);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    return o;
}

Scope *chk_push_scope(Checker *c) {
    c->scope = scope_new(c->scope);
    return c->scope;
}

void chk_pop_scope(Checker *c) {
    c->scope = c->scope->parent;
}

/* ---- the universe ---- */

static Scope *universe;

static Obj *universe_error;

Scope *check_universe(void) {
    return universe;
}

static void def_type(const char *name, Type *t, bool alias) {
    Obj *o = chk_new_obj(OBJ_TYPE, intern_cstr(name), pos_make(0, 0), t);
    o->color = 2;
    o->alias = alias;
    if (!alias && t->chk == NULL && t->name) {
        type_info(t)->obj = o;
    }
    if (t->name && type_info(t)->obj == NULL) {
        type_info(t)->obj = o;
    }
    scope_insert(universe, o);
    if (t == t_error) {
        universe_error = o;
    }
}

void check_init(void) {
    if (universe) {
        return;
    }
    const_init();
    types_init();
    universe = scope_new(NULL);
    def_type("bool", t_bool, false);
    def_type("int", t_int, false);
    def_type("int8", t_int8, false);
    def_type("int16", t_int16, false);
    def_type("int32", t_int32, false);
    def_type("int64", t_int64, false);
    def_type("uint", t_uint, false);
    def_type("uint8", t_uint8, false);
    def_type("uint16", t_uint16, false);
    def_type("uint32", t_uint32, false);
    def_type("uint64", t_uint64, false);
    def_type("uintptr", t_uintptr, false);
    def_type("float32", t_float32, false);
    def_type("float64", t_float64, false);
    def_type("complex64", t_complex64, false);
    def_type("complex128", t_complex128, false);
    def_type("string", t_string, false);
    def_type("error", t_error, false);
    def_type("byte", t_uint8, true);
    def_type("rune", t_int32, true);
    def_type("any", t_any, true);
    def_type("comparable", t_comparable, false);
    Obj *o = chk_new_obj(OBJ_CONST, intern_cstr("true"), pos_make(0, 0), t_untyped_bool);
    o->val = const_bool(true);
    o->color = 2;
    scope_insert(universe, o);
    o = chk_new_obj(OBJ_CONST, intern_cstr("false"), pos_make(0, 0), t_untyped_bool);
    o->val = const_bool(false);
    o->color = 2;
    scope_insert(universe, o);
    o = chk_new_obj(OBJ_CONST, intern_cstr("iota"), pos_make(0, 0), t_untyped_int);
    o->val = const_int64(0);
    o->color = 2;
    scope_insert(universe, o);
    o = chk_new_obj(OBJ_NIL, intern_cstr("nil"), pos_make(0, 0), t_untyped_nil);
    o->color = 2;
    scope_insert(universe, o);
    chk_declare_builtins(universe);
}
