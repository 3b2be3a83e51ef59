/* literal.c — literals (types2's literals.go): basic literals as untyped constants,
 * composite literals (elements checked against the literal's core type, keys and indices
 * for duplicates), function literals (their bodies checked at once, named after the
 * enclosing function: main.f.func1, main.f.func1.1, ...).
 */
#include "internal.h"

/* ---- literals ---- */

void chk_basiclit(Checker *c, Expr *e) {
    switch (e->lit.kind) {
    case T_INT:
    case T_FLOAT:
    case T_IMAG: {
        size_t len = strlen(e->lit.text);
        if (len > 10000) { /* types2's cap: no meaningful constant is longer */
            chk_error(c, e->pos, "excessively long constant: %.10s... (%zu chars)", e->lit.text,
                      len);
            chk_invalidate(e);
            return;
        }
        Const *v = const_from_literal(e->lit.kind, e->lit.text);
        if (!v) {
            chk_error(c, e->pos, "malformed constant: %s", e->lit.text);
            chk_invalidate(e);
            return;
        }
        e->mode = MODE_CONST;
        e->val = v;
        e->type = e->lit.kind == T_INT     ? t_untyped_int
                  : e->lit.kind == T_FLOAT ? t_untyped_float
                                           : t_untyped_complex;
        return;
    }
    case T_CHAR:
        e->mode = MODE_CONST;
        e->val = const_int64(e->lit.rune);
        e->type = t_untyped_rune;
        return;
    case T_STRING:
        e->mode = MODE_CONST;
        e->val = const_string(e->lit.text, e->lit.len);
        e->type = t_untyped_string;
        return;
    default: chk_invalidate(e); return;
    }
}

/* ---- composite literals ---- */

static void chk_elem(Checker *c, Expr *v, Type *t, const char *context) {
    if (v->kind == E_COMPOSITE && !v->composite.type) {
        chk_expr_hint(c, v, t);
    } else {
        chk_expr(c, v);
    }
    if (v->mode == MODE_INVALID) {
        return;
    }
    chk_rvalue(c, v);
    if (v->mode != MODE_INVALID) {
        chk_assign_to(c, v, t, context);
    }
}

/* The elements of an array or slice literal (types2's indexedElts): returns the length they
 * need. length is the array's, or -1. */
static int64_t chk_indexed_elts(Checker *c, Expr *e, Type *elem, int64_t length) {
    int64_t index = 0, max = 0;
    VEC(int64_t) seen = {0};
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        Expr *v = el;
        bool valid = false;
        if (el->kind == E_KEYVALUE) {
            int64_t k = chk_index(c, el->kv.key, length, false);
            if (k >= 0) {
                index = k;
                valid = true;
            } else if (k == INDEX_VARIABLE) {
                chk_error(c, chk_epos(el), "index %s must be integer constant",
                          ast_expr_string(el->kv.key));
            }
            v = el->kv.value;
            el->mode = MODE_VALUE;
        } else if (length >= 0 && index >= length) {
            chk_error(c, chk_epos(el), "index %lld is out of bounds (>= %lld)", (long long)index,
                      (long long)length);
        } else {
            valid = true;
        }
        for (int k = 0; valid && k < seen.len; k++) {
            if (seen.data[k] == index) {
                chk_error(c, chk_epos(el), "duplicate index %lld in array or slice literal",
                          (long long)index);
                break;
            }
        }
        if (valid) {
            vec_push(&seen, index);
        }
        index++;
        if (index > max) {
            max = index;
        }
        chk_elem(c, v, elem, "array or slice literal");
    }
    return max;
}

/* Is field f of struct type t (a defined type's, maybe of another package) out of reach
 * here? Unexported names of another package cannot be referred to. */
static bool foreign_field(Checker *c, Type *t, const StructField *f) {
    return !f->exported && t->name && t->pkg && c->pkg && strcmp(t->pkg, c->pkg->path) != 0;
}

/* T{f: v, ...}: keyed struct element el, the fields seen so far marked in seen. */
static void keyed_field(Checker *c, Expr *el, Type *t, Type *u, bool *seen) {
    if (el->kind != E_KEYVALUE) {
        chk_error(c, el->pos, "mixture of field:value and value elements in struct literal");
        chk_expr(c, el);
        return;
    }
    Expr *k = el->kv.key;
    if (k->kind != E_IDENT) {
        chk_error(c, chk_epos(el), "invalid field name %s in struct literal", ast_expr_string(k));
        chk_expr(c, el->kv.value);
        return;
    }
    int fi = -1;
    for (int j = 0; j < u->nfields; j++) {
        if (u->fields[j].name == k->ident.name && !foreign_field(c, t, &u->fields[j])) {
            fi = j;
        }
    }
    if (fi < 0) {
        chk_error(c, k->pos, "unknown field %s in struct literal of type %s", k->ident.name,
                  chk_typestr(t));
        chk_expr(c, el->kv.value);
        return;
    }
    if (seen[fi]) {
        chk_error(c, chk_epos(el), "duplicate field name %s in struct literal", k->ident.name);
    }
    seen[fi] = true;
    k->mode = MODE_VALUE;
    k->type = u->fields[fi].type;
    el->mode = MODE_VALUE;
    el->type = u->fields[fi].type;
    /* the compiler finds the field's index in the key's object */
    Obj *fo = chk_new_obj(OBJ_VAR, k->ident.name, k->pos, u->fields[fi].type);
    fo->is_field = true;
    fo->reg = fi;
    k->ident.obj = fo;
    chk_elem(c, el->kv.value, u->fields[fi].type, "struct literal");
}

/* T{v1, v2}: a value for every field, in order. */
static void positional_fields(Checker *c, Expr *e, Type *t, Type *u) {
    int n = e->composite.n;
    for (int i = 0; i < n; i++) {
        Expr *el = e->composite.elts[i];
        if (el->kind == E_KEYVALUE) {
            chk_error(c, chk_epos(el),
                      "mixture of field:value and value elements in struct literal");
            chk_expr(c, el->kv.value);
            continue;
        }
        if (i >= u->nfields) {
            chk_error(c, el->pos, "too many values in struct literal of type %s", chk_typestr(t));
            chk_expr(c, el);
            break;
        }
        if (foreign_field(c, t, &u->fields[i])) {
            chk_error(c, chk_epos(el),
                      "implicit assignment to unexported field %s in struct literal of type %s",
                      u->fields[i].name, chk_typestr(t));
        }
        chk_elem(c, el, u->fields[i].type, "struct literal");
    }
    if (n < u->nfields) {
        chk_error(c, e->composite.rbrace, "too few values in struct literal of type %s",
                  chk_typestr(t));
    }
}

/* The elements of a struct literal of type t (u its struct type): keyed or positional, as
 * the first element is. */
static void struct_elts(Checker *c, Expr *e, Type *t, Type *u) {
    int n = e->composite.n;
    if (n == 0) {
        return;
    }
    if (e->composite.elts[0]->kind != E_KEYVALUE) {
        positional_fields(c, e, t, u);
        return;
    }
    bool *seen = NEW_ARRAY(bool, u->nfields + 1);
    for (int i = 0; i < n; i++) {
        keyed_field(c, e->composite.elts[i], t, u, seen);
    }
}

/* The elements of a map literal (u its map type): keys and values, constant keys unique. */
static void map_elts(Checker *c, Expr *e, Type *u) {
    VEC(Expr *) keys = {0};
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        if (el->kind != E_KEYVALUE) {
            chk_error(c, el->pos, "missing key in map literal");
            chk_expr(c, el);
            continue;
        }
        chk_elem(c, el->kv.key, u->key, "map literal");
        Expr *k = el->kv.key;
        if (k->mode == MODE_CONST) {
            for (int j = 0; j < keys.len; j++) {
                Expr *o = keys.data[j];
                if (o->val->kind == k->val->kind && o->type == k->type &&
                    const_compare(T_EQL, o->val, k->val)) {
                    chk_error(c, k->pos, "duplicate key %s in map literal", ast_expr_string(k));
                    break;
                }
            }
            vec_push(&keys, k);
        }
        chk_elem(c, el->kv.value, u->elem, "map literal");
        el->mode = MODE_VALUE;
    }
}

/* [...]T{...}: the array's length is the literal's. */
static void open_array_literal(Checker *c, Expr *e, Expr *te) {
    Type *elem = chk_type(c, te->arraytype.elt);
    int64_t n = chk_indexed_elts(c, e, elem, -1);
    Type *t = type_array(elem, n);
    te->mode = MODE_TYPE;
    te->type = t;
    e->mode = MODE_VALUE;
    e->type = t;
}

/* The type of a literal whose type is elided ({...} inside another literal), from the
 * enclosing literal's element type hint: &T{...} when hint's core type is *T (*implicit_ptr
 * set): a pointer type, a defined one, or a type parameter constrained by one. */
static Type *elided_type(Type *hint, bool *implicit_ptr) {
    Type *core = chk_core_type(hint);
    if (core && core->kind == KIND_POINTER) {
        Type *b = core->elem->underlying;
        if (b->kind == KIND_STRUCT || b->kind == KIND_ARRAY || b->kind == KIND_SLICE ||
            b->kind == KIND_MAP) {
            *implicit_ptr = true;
            return core->elem;
        }
    }
    return hint;
}

void chk_composite(Checker *c, Expr *e, Type *hint) {
    Expr *te = e->composite.type;
    if (te && te->kind == E_ARRAYTYPE && te->arraytype.len &&
        te->arraytype.len->kind == E_ELLIPSIS) {
        open_array_literal(c, e, te);
        return;
    }
    bool implicit_ptr = false;
    Type *t;
    if (te) {
        t = chk_type(c, te);
    } else if (hint) {
        t = elided_type(hint, &implicit_ptr);
    } else {
        chk_error(c, e->pos, "invalid composite literal type: missing type");
        chk_invalidate(e);
        return;
    }
    if (t == t_invalid) {
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            chk_expr(c, el->kind == E_KEYVALUE ? el->kv.value : el);
        }
        chk_invalidate(e);
        return;
    }
    Type *u = chk_core_type(t);
    switch (u ? u->kind : KIND_INVALID) {
    case KIND_STRUCT: struct_elts(c, e, t, u); break;
    case KIND_ARRAY: chk_indexed_elts(c, e, u->elem, u->len); break;
    case KIND_SLICE: chk_indexed_elts(c, e, u->elem, -1); break;
    case KIND_MAP: map_elts(c, e, u); break;
    default:
        chk_error(c, e->pos, "invalid composite literal type %s", chk_typestr(t));
        chk_invalidate(e);
        return;
    }
    e->mode = MODE_VALUE;
    e->composite.implicit_ptr = implicit_ptr;
    e->type = implicit_ptr ? type_pointer(t) : t;
}

/* ---- function literals ---- */

void chk_funclit(Checker *c, Expr *e) {
    FuncInfo *fi = NEW(FuncInfo);
    fi->outer = c->func;
    fi->lit = e;
    fi->pkg = c->pkg;
    Type *sig = chk_type(c, e->funclit.type);
    fi->sig = sig;
    fi->body = e->funclit.body;
    e->funclit.info = fi;
    if (c->func) {
        c->func->nlits++;
        const char *outer = c->func->name ? c->func->name : "main.func";
        fi->name = c->func->lit ? str_printf("%s.%d", outer, c->func->nlits)
                                : str_printf("%s.func%d", outer, c->func->nlits);
    } else {
        static int glob;
        fi->name = str_printf("%s.glob..func%d", c->pkg->path, ++glob);
    }
    if (sig != t_invalid) {
        chk_func_body(c, fi);
    }
    e->mode = MODE_VALUE;
    e->type = sig;
}
