/* check.c — the checker's package level: the universe, scopes, declarations resolved lazily
 * in dependency order, type expressions, methods, generic instantiation and the
 * initialisation order of package variables.
 *
 * Package-level objects are collected first (so order of declaration does not matter), then
 * resolved on demand: resolving an object checks its declaration, resolving what it
 * mentions first. An object being resolved that is reached again is a cycle (an invalid
 * recursive type, or an initialisation cycle).
 */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- errors ---- */

/* Like cmd/compile, only the first of several equal errors in a row on one line counts. */
static bool repeated_error(Checker *c, Pos pos, const char *msg) {
    bool same = c->last_err_msg && c->last_err_pos.line == pos.line && c->file &&
                c->last_err_file && strcmp(c->last_err_file, c->file) == 0 &&
                strcmp(c->last_err_msg, msg) == 0;
    c->last_err_pos = pos;
    c->last_err_file = c->file;
    c->last_err_msg = msg;
    return same;
}

void chk_error(Checker *c, Pos pos, const char *fmt, ...) {
    if (c->quiet) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    if (!repeated_error(c, pos, msg)) {
        diag_error(c->diags, c->file, pos, "%s", msg);
    }
}

void chk_soft_error(Checker *c, Pos pos, const char *fmt, ...) {
    if (c->quiet) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    if (!repeated_error(c, pos, msg)) {
        diag_soft(c->diags, c->file, pos, "%s", msg);
    }
}

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

void chk_pop_scope(Checker *c) { c->scope = c->scope->parent; }

/* ---- the universe ---- */

static Scope *universe;
static Obj *universe_error;

Scope *check_universe(void) { return universe; }
Obj *check_universe_error(void) { return universe_error; }

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

static void def_builtin(const char *name, Builtin id) {
    Obj *o = chk_new_obj(OBJ_BUILTIN, intern_cstr(name), pos_make(0, 0), t_invalid);
    o->builtin = id;
    o->color = 2;
    scope_insert(universe, o);
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
    def_builtin("append", BI_APPEND);
    def_builtin("cap", BI_CAP);
    def_builtin("clear", BI_CLEAR);
    def_builtin("close", BI_CLOSE);
    def_builtin("complex", BI_COMPLEX);
    def_builtin("copy", BI_COPY);
    def_builtin("delete", BI_DELETE);
    def_builtin("imag", BI_IMAG);
    def_builtin("len", BI_LEN);
    def_builtin("make", BI_MAKE);
    def_builtin("max", BI_MAX);
    def_builtin("min", BI_MIN);
    def_builtin("new", BI_NEW);
    def_builtin("panic", BI_PANIC);
    def_builtin("print", BI_PRINT);
    def_builtin("println", BI_PRINTLN);
    def_builtin("real", BI_REAL);
    def_builtin("recover", BI_RECOVER);
}


/* Restores the checker after working in another context (a declaration resolved on demand,
 * an instantiation), keeping what must survive: diagnostics, quietness, queued work. */
static void restore_context(Checker *c, const Checker *saved) {
    Diags *d = c->diags;
    int quiet = c->quiet;
    ObjVec inst = c->instances, lt = c->local_types;
    Pos err_pos = c->last_err_pos;
    const char *err_file = c->last_err_file, *err_msg = c->last_err_msg;
    *c = *saved;
    c->diags = d;
    c->quiet = quiet;
    c->instances = inst;
    c->local_types = lt;
    c->last_err_pos = err_pos;
    c->last_err_file = err_file;
    c->last_err_msg = err_msg;
}

/* ---- names ---- */

static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

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

/* ---- type expressions ---- */

static Type *resolve_type_obj(Checker *c, Obj *o, Expr *e, bool allow_generic);
static Type *chk_signature(Checker *c, Expr *ftype, Obj *recv_obj_out[], FieldList *recv);
static Type *interface_type(Checker *c, Expr *e);
static Type *struct_type(Checker *c, Expr *e);

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

Type *chk_type_or_generic(Checker *c, Expr *e, bool allow_generic) {
    Type *t = t_invalid;
    switch (e->kind) {
    case E_IDENT: {
        if (e->ident.name == intern_cstr("_")) {
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
        t = resolve_type_obj(c, o, e, allow_generic);
        break;
    }
    case E_SELECTOR: {
        Expr *x = e->selector.x;
        if (x->kind == E_IDENT) {
            Obj *po = scope_lookup(c->scope, x->ident.name, NULL);
            if (po && po->kind == OBJ_PKG) {
                po->used = true;
                x->ident.obj = po;
                x->mode = MODE_PKG;
                const char *name = e->selector.sel->ident.name;
                Obj *o = po->imported ? scope_lookup_local(po->imported->scope, name) : NULL;
                if (!o || !is_exported(name)) {
                    chk_error(c, e->selector.sel->pos, "undefined: %s.%s", x->ident.name, name);
                    break;
                }
                e->selector.sel->ident.obj = o;
                if (o->kind != OBJ_TYPE) {
                    chk_error(c, e->pos, "%s.%s is not a type", x->ident.name, name);
                    break;
                }
                t = resolve_type_obj(c, o, e, allow_generic);
                break;
            }
        }
        chk_error(c, e->pos, "%s is not a type", chk_expr_str(e));
        break;
    }
    case E_PAREN: t = chk_type_or_generic(c, e->paren.x, allow_generic); break;
    case E_STAR: t = type_pointer(chk_type(c, e->star.x)); break;
    case E_ARRAYTYPE: {
        Type *elem = chk_type(c, e->arraytype.elt);
        if (!e->arraytype.len) {
            t = type_slice(elem);
            break;
        }
        if (!(elem->flags & TYPE_COMPLETE) && elem != t_invalid) {
            /* an array of a type still being defined: reported by the type's resolution */
            t = t_invalid;
            type_info(elem)->resolving = true;
            break;
        }
        t = array_len_type(c, e, elem);
        break;
    }
    case E_MAPTYPE: {
        Type *k = chk_type(c, e->maptype.key);
        Type *v = chk_type(c, e->maptype.value);
        if (k != t_invalid && (k->flags & TYPE_COMPLETE) && k->kind != KIND_TYPEPARAM &&
            !type_is_comparable(k)) {
            chk_error(c, e->maptype.key->pos, "invalid map key type %s", chk_typestr(k));
        }
        t = type_map(k, v);
        break;
    }
    case E_CHANTYPE: t = type_chan(e->chantype.dir, chk_type(c, e->chantype.value)); break;
    case E_FUNCTYPE: t = chk_signature(c, e, NULL, NULL); break;
    case E_STRUCTTYPE: t = struct_type(c, e); break;
    case E_IFACETYPE: t = interface_type(c, e); break;
    case E_INDEX: {
        Type *g = chk_type_or_generic(c, e->index.x, true);
        if (g == t_invalid) {
            break;
        }
        TypeInfo *gi = g->chk;
        if (!gi || !gi->ntparams) {
            chk_error(c, e->pos, "%s is not a generic type", chk_typestr(g));
            break;
        }
        Type **targs = NEW_ARRAY(Type *, e->index.n);
        for (int i = 0; i < e->index.n; i++) {
            targs[i] = chk_type(c, e->index.indices[i]);
        }
        t = chk_instantiate_type(c, gi->obj, targs, e->index.n, e->index.lbrack, e->index.indices);
        break;
    }
    case E_ELLIPSIS:
        chk_error(c, e->pos, "invalid use of ...");
        break;
    default:
        chk_expr(c, e);
        if (e->mode != MODE_INVALID) {
            chk_error(c, e->pos, "%s is not a type", chk_expr_str(e));
        }
        return t_invalid;
    }
    e->mode = t == t_invalid ? MODE_INVALID : MODE_TYPE;
    e->type = t;
    return t;
}

Type *chk_type(Checker *c, Expr *e) { return chk_type_or_generic(c, e, false); }

static Type *resolve_type_obj(Checker *c, Obj *o, Expr *e, bool allow_generic) {
    chk_resolve_obj(c, o);
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
            t = type_slice(chk_type(c, te->ellipsis.elt));
            te->mode = MODE_TYPE;
            te->type = t;
            *variadic = true;
        } else {
            t = chk_type(c, te);
        }
        int n = f->nnames ? f->nnames : 1;
        for (int k = 0; k < n; k++) {
            vec_push(out, t);
        }
    }
}

static Type *chk_signature(Checker *c, Expr *ft, Obj *recv_out[], FieldList *recv) {
    (void)recv_out;
    (void)recv;
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
        Type *t = chk_type(c, f->type);
        if (t != t_invalid && !(t->flags & TYPE_COMPLETE)) {
            type_info(t)->resolving = true; /* a struct containing a type being defined */
            t = t_invalid;
        }
        if (f->nnames == 0) {
            const char *name = embedded_name(f->type);
            if (!name) {
                chk_error(c, f->type->pos, "invalid embedded field type");
                continue;
            }
            Type *base = t->kind == KIND_POINTER && !t->name ? t->elem : t;
            if (t->kind == KIND_POINTER && !t->name &&
                (base->kind == KIND_POINTER || base->kind == KIND_INTERFACE) && base->name) {
                chk_error(c, f->type->pos, "embedded field type cannot be a pointer to an interface");
            }
            StructField sf = {intern_cstr(name), t, 0, true, is_exported(name),
                              f->tag ? f->tag : NULL};
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
            StructField sf = {name, t, 0, false, is_exported(name), f->tag ? f->tag : NULL};
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

/* Adds the terms of a union element (A | ~B | C) to out. */
static void union_terms(Checker *c, Expr *e, TermVec *out) {
    if (e->kind == E_BINARY && e->binary.op == T_OR) {
        union_terms(c, e->binary.x, out);
        union_terms(c, e->binary.y, out);
        return;
    }
    bool tilde = false;
    if (e->kind == E_UNARY && e->unary.op == T_TILDE) {
        tilde = true;
        e = e->unary.x;
    }
    Type *t = chk_type(c, e);
    if (t == t_invalid) {
        return;
    }
    if (tilde && t->underlying != t && t->underlying) {
        chk_error(c, e->pos, "invalid use of ~ (underlying type of %s is %s)", chk_typestr(t),
                  chk_typestr(t->underlying));
    }
    if (t->kind == KIND_INTERFACE && !tilde) {
        TypeInfo *ti = t->chk;
        if (ti && ti->has_terms) {
            for (int i = 0; i < ti->nterms; i++) {
                vec_push(out, ti->terms[i]);
            }
            return;
        }
    }
    TypeTerm term = {tilde, t};
    vec_push(out, term);
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

static Type *interface_type(Checker *c, Expr *e) {
    FieldList *fl = e->ifacetype.methods;
    VEC(IMethod) methods = {0};
    TermVec terms = {0};
    bool has_terms = false, comparable = false;
    for (int i = 0; fl && i < fl->n; i++) {
        Field *f = fl->list[i];
        if (f->nnames > 0) {
            Type *sig = chk_signature(c, f->type, NULL, NULL);
            const char *name = f->names[0]->ident.name;
            for (int k = 0; k < methods.len; k++) {
                if (methods.data[k].name == name) {
                    chk_error(c, f->names[0]->pos, "duplicate method %s", name);
                }
            }
            IMethod m = {name, sig};
            vec_push(&methods, m);
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
            if (t->kind == KIND_INTERFACE) {
                if (!(t->flags & TYPE_COMPLETE)) {
                    chk_error(c, te->pos, "invalid recursive type");
                    continue;
                }
                for (int k = 0; k < t->nimethods; k++) {
                    vec_push(&methods, t->imethods[k]);
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
        union_terms(c, te, &u);
        if (has_terms) {
            intersect_terms(&terms, u.data, u.len);
        } else {
            terms = u;
            has_terms = true;
        }
    }
    return type_interface(methods.data, methods.len, terms.data, terms.len, has_terms,
                          comparable);
}

/* ---- package-level declarations ---- */

static void declare_pkg_obj(Checker *c, Obj *o) {
    if (o->name == intern_cstr("_")) {
        return;
    }
    if (o->name == intern_cstr("init") && o->kind == OBJ_FUNC && !o->recv_base) {
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

static void collect_value_spec(Checker *c, Decl *d, ValueSpec *vs, ValueSpec *last_explicit) {
    bool is_const = d->kind == D_CONST;
    if (is_const && vs->nvalues == 0 && last_explicit) {
        /* a repeated spec: reuse the last explicit spec's type and values, afresh */
        vs->type = last_explicit->type ? ast_clone_expr(last_explicit->type) : NULL;
        vs->nvalues = last_explicit->nvalues;
        vs->values = NEW_ARRAY(Expr *, vs->nvalues);
        for (int i = 0; i < vs->nvalues; i++) {
            vs->values[i] = ast_clone_expr(last_explicit->values[i]);
        }
        vs->implicit = true;
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

static void collect_decl(Checker *c, Decl *d) {
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

static bool verify_targs(Checker *c, Obj **tparams, Type **targs, int n, Pos pos, Expr **arg_exprs);

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
            union_terms(c, ce, &u);
            ct = type_interface(NULL, 0, u.data, u.len, true, false);
        } else {
            ct = chk_type(c, ce);
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
        verify_targs(c, tc.tparams, tc.targs, tc.n, tc.pos, tc.args);
    }
    *n = objs.len;
    return objs.data;
}

static void resolve_const(Checker *c, Obj *o) {
    ValueSpec *vs = o->vspec;
    Type *t = NULL;
    int saved_iota = c->iota;
    c->iota = vs->iota;
    if (vs->type) {
        t = chk_type(c, vs->type);
        if (t != t_invalid && !(t->kind >= KIND_BOOL && t->kind <= KIND_STRING)) {
            chk_error(c, vs->type->pos, "invalid constant type %s", chk_typestr(t));
            t = t_invalid;
        }
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

static bool has_type_cycle_through(Type *t) {
    TypeInfo *ti = t ? t->chk : NULL;
    return ti && ti->resolving;
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
    Type *named = type_named(o->name, c->pkg->path, o);
    o->type = named;
    TypeInfo *ti = type_info(named);
    Scope *saved = c->scope;
    if (ts->tparams) {
        Scope *s = scope_new(c->scope);
        ti->tparams = declare_tparams(c, ts->tparams, s, &ti->ntparams);
        c->scope = s;
    }
    ti->resolving = false;
    Type *under = chk_type(c, ts->type);
    c->scope = saved;
    if (ti->resolving) {
        chk_error(c, o->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to %s", o->name,
                  c->file, o->pos.line, o->pos.col, o->name, o->name);
        under = t_invalid;
        ti->resolving = false;
    }
    if (under == named) {
        chk_error(c, o->pos, "invalid recursive type %s", o->name);
        under = t_invalid;
    }
    if (under->kind == KIND_TYPEPARAM) {
        chk_error(c, ts->type->pos, "cannot use a type parameter as RHS in type declaration");
        under = t_invalid;
    }
    if (!(under->flags & TYPE_COMPLETE) && under != t_invalid) {
        /* T's underlying is another defined type still being resolved: a cycle */
        chk_error(c, o->pos, "invalid recursive type %s", o->name);
        under = t_invalid;
    }
    type_set_underlying(named, under);
    (void)has_type_cycle_through;
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
    if (d->func.recv) {
        /* the receiver's type parameters are declared by its base type's spelling */
        FieldList *rl = d->func.recv;
        Expr *rt = rl->n ? rl->list[0]->type : NULL;
        Expr *base = rt;
        while (base && (base->kind == E_PAREN || base->kind == E_STAR)) {
            base = base->kind == E_PAREN ? base->paren.x : base->star.x;
        }
        if (base && base->kind == E_INDEX) {
            /* func (l *List[T]) M(): declare T, U ... bound to the generic's parameters */
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
                              chk_expr_str(id));
                    continue;
                }
                Obj *tp = chk_new_obj(OBJ_TYPE, id->ident.name, id->pos, NULL);
                tp->type = type_typeparam(tp->name, i, tp);
                tp->color = 2;
                if (gi && i < gi->ntparams) {
                    type_info(tp->type)->constraint =
                        type_info(gi->tparams[i]->type)->constraint;
                }
                id->ident.obj = tp;
                if (id->ident.name != intern_cstr("_")) {
                    scope_insert(s, tp);
                }
                vec_push(&tps, tp);
            }
            o->tparams = tps.data;
            o->ntparams = tps.len;
        }
    }
    Type *sig = chk_signature(c, ft, NULL, NULL);
    if (d->func.recv && d->func.recv->n) {
        /* the receiver's type, with its type parameters (errors: collect_method's) */
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
            o->type = t_invalid; /* a cycle of values: compute_init_order reports it */
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
    restore_context(c, &saved);
}

/* ---- methods ---- */

static void collect_method(Checker *c, Obj *m) {
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
        chk_error(c, rpos, "invalid receiver type %s", chk_expr_str(rt));
        return;
    }
    if (name_e->kind != E_IDENT) {
        chk_error(c, rpos, "invalid receiver type %s", chk_expr_str(rt));
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
    m->recv_base = t;
    m->ptr_recv = ptr;
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

/* Checks type arguments against their constraints; reports at pos (or each arg's pos). */
static bool verify_targs(Checker *c, Obj **tparams, Type **targs, int n, Pos pos,
                         Expr **arg_exprs) {
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

Obj *chk_instantiate_func(Checker *c, Obj *generic, Type **targs, int n, Pos pos) {
    Instances *is = instances_of(generic);
    for (int i = 0; i < is->list.len; i++) {
        Obj *inst = is->list.data[i];
        if (same_targs(inst->targs, targs, n)) {
            return inst;
        }
    }
    (void)pos;
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
    c->pkg = generic->pkg;
    c->file = generic->pkg && generic->pkg->nfiles ? generic->pkg->files[0]->name : c->file;
    Scope *s = scope_new(generic->pkg->scope);
    Expr *ft = inst->decl->func.type;
    FieldList *tps = ft->functype.tparams;
    int k = 0;
    for (int i = 0; tps && i < tps->n; i++) {
        Field *f = tps->list[i];
        for (int j = 0; j < f->nnames && k < n; j++, k++) {
            Obj *a = chk_new_obj(OBJ_TYPE, f->names[j]->ident.name, f->names[j]->pos, targs[k]);
            a->alias = true;
            a->color = 2;
            scope_insert(s, a);
        }
    }
    c->scope = s;
    c->func = NULL;
    c->quiet++;
    Type *sig = chk_signature(c, ft, NULL, NULL);
    c->quiet--;
    FuncInfo *fi = NEW(FuncInfo);
    fi->obj = inst;
    fi->decl = inst->decl;
    fi->sig = sig;
    fi->body = inst->decl->func.body;
    fi->pkg = generic->pkg;
    fi->is_instance = true;
    inst->type = sig;
    inst->info = fi;
    inst->tscope = s;
    inst->decl->func.info = fi;
    inst->decl->func.obj = inst;
    inst->full_name = str_printf("%s.%s[...]", generic->pkg->path, generic->name);
    (void)targs_name;
    restore_context(c, &saved);
    if (!any_typeparam(targs, n)) {
        vec_push(&c->instances, inst);
    }
    return inst;
}

Type *chk_instantiate_type(Checker *c, Obj *generic, Type **targs, int n, Pos pos, Expr **args) {
    TypeInfo *gi = generic->type->chk;
    if (n != gi->ntparams) {
        chk_error(c, pos, "%s type arguments for type %s: have %d, want %d",
                  n < gi->ntparams ? "not enough" : "too many", generic->name, n, gi->ntparams);
        return t_invalid;
    }
    Instances *is = instances_of(generic);
    for (int i = 0; i < is->list.len; i++) {
        Type *t = is->list.data[i]->type;
        TypeInfo *ti = t->chk;
        if (same_targs(ti->targs, targs, n)) {
            return t;
        }
    }
    verify_targs(c, gi->tparams, targs, n, pos, args);
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

    Checker saved = *c;
    c->pkg = generic->pkg;
    Scope *s = scope_new(generic->pkg->scope);
    for (int i = 0; i < n; i++) {
        Obj *a = chk_new_obj(OBJ_TYPE, gi->tparams[i]->name, gi->tparams[i]->pos, targs[i]);
        a->alias = true;
        a->color = 2;
        scope_insert(s, a);
    }
    c->scope = s;
    c->func = NULL;
    c->quiet++;
    Type *under = chk_type(c, ast_clone_expr(generic->tspec->type));
    c->quiet--;
    restore_context(c, &saved);
    if (!(under->flags & TYPE_COMPLETE)) {
        under = t_invalid;
    }
    type_set_underlying(t, under);
    return t;
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
    c->pkg = m->pkg;
    c->file = m->pkg && m->pkg->nfiles ? m->pkg->files[0]->name : c->file;
    Scope *s = scope_new(m->pkg->scope);
    /* bind the receiver's type parameter names (as spelled in this method) */
    Expr *rt = im->decl->func.recv->list[0]->type;
    while (rt->kind == E_PAREN || rt->kind == E_STAR) {
        rt = rt->kind == E_PAREN ? rt->paren.x : rt->star.x;
    }
    if (rt->kind == E_INDEX) {
        for (int i = 0; i < rt->index.n && i < ii->ntargs; i++) {
            Expr *id = rt->index.indices[i];
            if (id->kind == E_IDENT && id->ident.name != intern_cstr("_")) {
                Obj *a = chk_new_obj(OBJ_TYPE, id->ident.name, id->pos, ii->targs[i]);
                a->alias = true;
                a->color = 2;
                scope_insert(s, a);
            }
        }
    }
    c->scope = s;
    c->func = NULL;
    c->quiet++;
    Type *sig = chk_signature(c, im->decl->func.type, NULL, NULL);
    Type *recv_type = chk_type_or_generic(c, im->decl->func.recv->list[0]->type, true);
    c->quiet--;
    FuncInfo *fi = NEW(FuncInfo);
    fi->recv_type = recv_type;
    fi->obj = im;
    fi->decl = im->decl;
    fi->sig = sig;
    fi->body = im->decl->func.body;
    fi->pkg = m->pkg;
    fi->is_instance = true;
    im->type = sig;
    im->info = fi;
    im->tscope = s;
    im->decl->func.info = fi;
    im->decl->func.obj = im;
    restore_context(c, &saved);
    if (!any_typeparam(ii->targs, ii->ntargs)) {
        vec_push(&c->instances, im);
    }
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

/* ---- initialisation order ----
 *
 * As types2's initorder.go: the package-level constants, variables and functions are the
 * nodes of a graph whose edges are the references of their declarations (Obj.deps).
 * Functions are eliminated first, their dependents inheriting their dependencies. Then the
 * node with the fewest outstanding dependencies (the earliest declared on a tie) is removed,
 * repeatedly; one removed with dependencies left lies on a cycle, which is reported. */

typedef struct InitNode InitNode;
typedef VEC(InitNode *) InitNodes;
struct InitNode {
    Obj *obj;
    InitNodes pred, succ; /* sets: the nodes depending on it, the nodes it depends on */
    int ndeps;            /* dependencies not yet removed */
    int order;            /* declaration order */
    bool removed;
};

static bool nodes_has(const InitNodes *v, const InitNode *n) {
    for (int i = 0; i < v->len; i++) {
        if (v->data[i] == n) {
            return true;
        }
    }
    return false;
}

static void nodes_add(InitNodes *v, InitNode *n) {
    if (!nodes_has(v, n)) {
        vec_push(v, n);
    }
}

static void nodes_del(InitNodes *v, const InitNode *n) {
    for (int i = 0; i < v->len; i++) {
        if (v->data[i] == n) {
            memmove(&v->data[i], &v->data[i + 1], sizeof(InitNode *) * (size_t)(v->len - i - 1));
            v->len--;
            return;
        }
    }
}

static InitNode *node_of(const InitNodes *all, const Obj *o) {
    for (int i = 0; i < all->len; i++) {
        if (all->data[i]->obj == o) {
            return all->data[i];
        }
    }
    return NULL;
}

/* Function n leaves the graph: what depends on it depends on its dependencies instead. */
static void eliminate_func(InitNode *n) {
    for (int i = 0; i < n->pred.len; i++) {
        InitNode *p = n->pred.data[i];
        if (p == n) {
            continue;
        }
        for (int k = 0; k < n->succ.len; k++) {
            InitNode *s = n->succ.data[k];
            if (s != n) {
                nodes_add(&p->succ, s);
                nodes_add(&s->pred, p);
            }
        }
        nodes_del(&p->succ, n);
    }
    for (int k = 0; k < n->succ.len; k++) {
        nodes_del(&n->succ.data[k]->pred, n);
    }
    n->removed = true;
}

static InitNodes init_graph(Package *p) {
    InitNodes all = {0};
    for (int i = 0; i < p->objs.len; i++) {
        InitNode *n = NEW(InitNode);
        n->obj = p->objs.data[i];
        n->order = i;
        vec_push(&all, n);
    }
    for (int i = 0; i < all.len; i++) {
        InitNode *n = all.data[i];
        for (int k = 0; k < n->obj->deps.len; k++) {
            InitNode *d = node_of(&all, n->obj->deps.data[k]);
            if (d) {
                nodes_add(&n->succ, d);
                nodes_add(&d->pred, n);
            }
        }
    }
    for (int i = 0; i < all.len; i++) {
        if (all.data[i]->obj->kind == OBJ_FUNC) {
            eliminate_func(all.data[i]);
        }
    }
    for (int i = 0; i < all.len; i++) {
        all.data[i]->ndeps = all.data[i]->succ.len;
    }
    return all;
}

/* A path of references from `from` to `to`, reversed (to first), as types2's findPath;
 * dependencies are tried in declaration order. */
static bool find_path(const InitNodes *all, Obj *from, Obj *to, ObjVec *seen, ObjVec *path) {
    for (int i = 0; i < seen->len; i++) {
        if (seen->data[i] == from) {
            return false;
        }
    }
    vec_push(seen, from);
    InitNodes deps = {0};
    for (int i = 0; i < from->deps.len; i++) {
        InitNode *d = node_of(all, from->deps.data[i]);
        int k = deps.len;
        if (!d) {
            continue;
        }
        vec_push(&deps, d);
        for (; k > 0 && deps.data[k - 1]->order > d->order; k--) {
            deps.data[k] = deps.data[k - 1];
        }
        deps.data[k] = d;
    }
    for (int i = 0; i < deps.len; i++) {
        Obj *d = deps.data[i]->obj;
        if (d == to || find_path(all, d, to, seen, path)) {
            vec_push(path, d);
            return true;
        }
    }
    return false;
}

/* "initialization cycle for a" and the "a refers to b" chain, at the objects. */
static void report_init_cycle(Checker *c, const InitNodes *all, Obj *o) {
    ObjVec seen = {0}, cycle = {0};
    if (!find_path(all, o, o, &seen, &cycle)) {
        return; /* o only leads into a cycle: reported at one of its members */
    }
    if (cycle.len == 1) {
        chk_error(c, o->pos, "initialization cycle: %s refers to itself", o->name);
        return;
    }
    StrBuf b = {0};
    sb_printf(&b, "initialization cycle for %s", o->name);
    Obj *from = o;
    for (int j = cycle.len - 1; j >= 0; j--) {
        Obj *next = cycle.data[j];
        sb_printf(&b, "\n\t%s:%d:%d: %s refers to %s", c->file, from->pos.line, from->pos.col,
                  from->name, next->name);
        from = next;
    }
    chk_error(c, o->pos, "%s", sb_cstr(&b));
}

/* The next node to remove: the fewest outstanding dependencies, then the earliest. */
static InitNode *next_init_node(const InitNodes *all) {
    InitNode *n = NULL;
    for (int i = 0; i < all->len; i++) {
        InitNode *m = all->data[i];
        if (!m->removed && (!n || m->ndeps < n->ndeps)) {
            n = m;
        }
    }
    return n;
}

/* Fills the package's var_order (the first variable of each spec, in the order the specs
 * run) and reports initialisation cycles. */
static void compute_init_order(Checker *c) {
    Package *p = c->pkg;
    InitNodes all = init_graph(p);
    VEC(ValueSpec *) done = {0};
    for (InitNode *n; (n = next_init_node(&all));) {
        n->removed = true;
        if (n->ndeps > 0) {
            report_init_cycle(c, &all, n->obj);
        }
        for (int i = 0; i < n->pred.len; i++) {
            n->pred.data[i]->ndeps--;
        }
        if (n->obj->kind != OBJ_VAR) {
            continue;
        }
        bool emitted = false;
        for (int i = 0; i < done.len && !emitted; i++) {
            emitted = done.data[i] == n->obj->vspec;
        }
        if (!emitted) {
            vec_push(&done, n->obj->vspec);
            vec_push(&p->var_order, n->obj);
        }
    }
}

/* ---- the package ---- */

/* import . "path": the exported names of the package join the file's scope. */
static void dot_import(Checker *c, ImportSpec *is, Package *ip) {
    Obj *po = chk_new_obj(OBJ_PKG, intern_cstr("."), is->pos, NULL);
    po->imported = ip;
    po->ispec = is;
    po->color = 2;
    po->pkg = c->pkg;
    is->obj = po;
    vec_push(&c->pkg->dot_imports, po);
    Scope *from = ip->scope;
    for (int i = 0; i < from->cap; i++) {
        Obj *o = from->objs[i];
        if (!o || !is_exported(o->name)) {
            continue;
        }
        Obj *prev = scope_insert(c->pkg->scope, o);
        if (prev) {
            chk_error(c, is->pos, "%s redeclared in this block", o->name);
        }
    }
}

static void check_imports(Checker *c, File *f) {
    for (int i = 0; i < f->n; i++) {
        Decl *d = f->decls[i];
        if (d->kind != D_IMPORT) {
            continue;
        }
        for (int k = 0; k < d->import.n; k++) {
            ImportSpec *is = d->import.specs[k];
            Package *ip = c->import ? c->import(c->import_ctx, is->path) : NULL;
            if (!ip) {
                chk_error(c, is->path_pos, "package %s is not in std", is->path);
                continue;
            }
            vec_push(&c->pkg->imports, ip);
            const char *name = is->name ? is->name->ident.name : intern_cstr(ip->name);
            if (name == intern_cstr("_")) {
                continue;
            }
            if (name == intern_cstr(".")) {
                dot_import(c, is, ip);
                continue;
            }
            Obj *o = chk_new_obj(OBJ_PKG, name, is->name ? is->name->pos : is->path_pos, NULL);
            o->imported = ip;
            o->ispec = is;
            o->color = 2;
            o->pkg = c->pkg;
            is->obj = o;
            Obj *prev = scope_insert(c->pkg->scope, o);
            if (prev) {
                chk_error(c, o->pos, "%s redeclared in this block", name);
            }
        }
    }
}

static void report_unused_imports(Checker *c, File *f) {
    for (int i = 0; i < f->n; i++) {
        Decl *d = f->decls[i];
        if (d->kind != D_IMPORT) {
            continue;
        }
        for (int k = 0; k < d->import.n; k++) {
            ImportSpec *is = d->import.specs[k];
            if (is->obj && !is->obj->used) {
                const char *elem = strrchr(is->path, '/');
                elem = elem ? elem + 1 : is->path;
                if (is->name && is->obj->name != intern_cstr(".") &&
                    strcmp(is->obj->name, elem) != 0) {
                    chk_soft_error(c, is->pos, "\"%s\" imported as %s and not used", is->path,
                                   is->obj->name);
                } else {
                    chk_soft_error(c, is->pos, "\"%s\" imported and not used", is->path);
                }
            }
        }
    }
}

static void check_instances(Checker *c) {
    for (int i = 0; i < c->instances.len; i++) {
        Obj *inst = c->instances.data[i];
        Checker saved = *c;
        c->pkg = inst->pkg;
        c->file = inst->pkg && inst->pkg->nfiles ? inst->pkg->files[0]->name : c->file;
        c->quiet++;
        c->scope = inst->tscope;
        chk_func_body(c, inst->info);
        c->quiet--;
        /* compiled with the package that asked for it */
        vec_push(&saved.pkg->funcs, inst);
        int quiet = c->quiet;
        restore_context(c, &saved);
        c->quiet = quiet;
    }
    c->instances.len = 0;
}

static void check_func_decl(Checker *c, Obj *o) {
    Decl *d = o->decl;
    chk_resolve_obj(c, o);
    if (!d->func.body) {
        if (c->pkg->native || c->repl) {
            o->is_native = true;
            vec_push(&c->pkg->natives, o);
        }
        return;
    }
    FuncInfo *fi = o->info;
    c->scope = o->tscope; /* the type-parameter scope made by resolve_func */
    c->decl_obj = o;
    c->deps.len = 0;
    chk_func_body(c, fi);
    for (int i = 0; i < c->deps.len; i++) {
        vec_push(&o->deps, c->deps.data[i]);
    }
    c->decl_obj = NULL;
    c->scope = c->pkg->scope;
    bool generic = o->ntparams > 0 || (o->recv_base && o->recv_base->chk &&
                                       ((TypeInfo *)o->recv_base->chk)->ntparams > 0);
    if (!generic) {
        vec_push(&c->pkg->funcs, o);
    }
}

static bool check_decls(Checker *c, Decl **decls, int n) {
    /* collect */
    for (int i = 0; i < n; i++) {
        collect_decl(c, decls[i]);
    }
    /* methods: after all types are declared */
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        if (d->kind == D_FUNC && d->func.recv) {
            collect_method(c, d->func.obj);
        }
    }
    /* resolve everything in source order */
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        switch (d->kind) {
        case D_CONST:
        case D_VAR:
            for (int k = 0; k < d->value.n; k++) {
                ValueSpec *vs = d->value.specs[k];
                for (int j = 0; j < vs->nnames; j++) {
                    Obj *o = vs->names[j]->ident.obj;
                    if (o) {
                        chk_resolve_obj(c, o);
                    }
                }
            }
            break;
        case D_TYPE:
            for (int k = 0; k < d->type.n; k++) {
                Obj *o = d->type.specs[k]->name->ident.obj;
                if (o) {
                    chk_resolve_obj(c, o);
                }
            }
            break;
        case D_FUNC: chk_resolve_obj(c, d->func.obj); break;
        default: break;
        }
    }
    /* function bodies */
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        if (d->kind == D_FUNC && d->func.obj) {
            if (d->func.recv && !d->func.obj->recv_base) {
                continue; /* a bad receiver, reported */
            }
            check_func_decl(c, d->func.obj);
        }
    }
    check_instances(c);
    return true;
}

bool check_package(Checker *c, Package *pkg) {
    check_init();
    c->last_err_msg = NULL;
    c->pkg = pkg;
    c->universe = universe;
    c->iota = -1;
    if (!pkg->scope) {
        pkg->scope = scope_new(universe);
    }
    c->scope = pkg->scope;
    pkg->checking = true;
    int before = diag_count(c->diags);
    for (int i = 0; i < pkg->nfiles; i++) {
        c->file = pkg->files[i]->name;
        check_imports(c, pkg->files[i]);
    }
    for (int i = 0; i < pkg->nfiles; i++) {
        File *f = pkg->files[i];
        c->file = f->name;
        check_decls(c, f->decls, f->n);
    }
    for (int i = 0; i < pkg->nfiles; i++) {
        c->file = pkg->files[i]->name;
        if (!c->repl) {
            report_unused_imports(c, pkg->files[i]);
        }
    }
    if (!strcmp(pkg->path, "main") && !c->repl) {
        Obj *m = scope_lookup_local(pkg->scope, intern_cstr("main"));
        if (!m || m->kind != OBJ_FUNC) {
            diag_error(c->diags, c->file, pos_make(0, 0), "function main is undeclared in the main package");
        }
    }
    compute_init_order(c);
    pkg->checking = false;
    pkg->checked = true;
    return diag_count(c->diags) == before;
}

bool check_more(Checker *c, Package *pkg, File *f) {
    c->last_err_msg = NULL;
    c->pkg = pkg;
    c->universe = universe;
    c->iota = -1;
    c->scope = pkg->scope;
    c->file = f->name;
    int before = diag_count(c->diags);
    int nobjs = pkg->objs.len;
    check_imports(c, f);
    check_decls(c, f->decls, f->n);
    /* the order of f's variables among themselves: the others are initialised already */
    ObjVec all = pkg->objs;
    pkg->objs = (ObjVec){all.data + nobjs, all.len - nobjs, all.len - nobjs};
    pkg->var_order.len = 0;
    compute_init_order(c);
    pkg->objs = all;
    return diag_count(c->diags) == before;
}
