/* types.c — canonical type construction, layout and predicates (types2's type.go,
 * predicates.go, under.go), and the checker's style of the one type printer (runtime/type.c).
 *
 * Every unnamed type goes through `canon`: a hash table keyed by the type's structure
 * (kind plus component pointers, which are canonical themselves), so two spellings of the
 * same type give one Type *. Layout (slots, flags) is computed when a type is made; a defined
 * type gets it when its underlying type is set.
 */
#include "types.h"

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

Type *t_invalid, *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64, *t_uint, *t_uint8,
    *t_uint16, *t_uint32, *t_uint64, *t_uintptr, *t_float32, *t_float64, *t_complex64,
    *t_complex128, *t_string, *t_unsafe_pointer, *t_error, *t_any, *t_comparable;
Type *t_untyped_bool, *t_untyped_int, *t_untyped_rune, *t_untyped_float, *t_untyped_complex,
    *t_untyped_string, *t_untyped_nil;
Type *t_empty_tuple;

TypeInfo *type_info(Type *t) {
    if (!t->chk) {
        t->chk = NEW(TypeInfo);
    }
    return t->chk;
}

/* ---- layout ---- */

/* a + b slots, saturating at TYPE_SLOTS_MAX (runtime/type.h). */
static int32_t slots_add(int32_t a, int32_t b) {
    return (int64_t)a + b >= TYPE_SLOTS_MAX ? TYPE_SLOTS_MAX : a + b;
}

static void set_layout(Type *t) {
    uint32_t fl = t->flags & (TYPE_NAMED);
    int32_t slots = 1;
    bool cmp = true, pfree = true, floats = false;
    switch (t->kind) {
    case KIND_BOOL:
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64:
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR: break;
    case KIND_FLOAT32:
    case KIND_FLOAT64: floats = true; break;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: slots = 2, floats = true; break;
    case KIND_STRING: slots = 2, pfree = false; break;
    case KIND_UNSAFE_POINTER:
    case KIND_POINTER:
    case KIND_CHAN: pfree = false; break;
    case KIND_MAP:
    case KIND_FUNC: pfree = false, cmp = false; break;
    case KIND_SLICE: slots = 3, pfree = false, cmp = false; break;
    case KIND_INTERFACE: slots = 2, pfree = false; break;
    case KIND_ARRAY: {
        Type *e = t->elem;
        int64_t n;
        slots = __builtin_mul_overflow((int64_t)e->slots, t->len, &n) || n > TYPE_SLOTS_MAX
                    ? TYPE_SLOTS_MAX
                    : (int32_t)n;
        cmp = (e->flags & TYPE_COMPARABLE) != 0;
        pfree = (e->flags & TYPE_POINTERFREE) != 0;
        floats = (e->flags & TYPE_FLOATS) != 0;
        break;
    }
    case KIND_STRUCT: {
        slots = 0;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            slots = slots_add(slots, ft->slots);
            cmp = cmp && (ft->flags & TYPE_COMPARABLE);
            pfree = pfree && (ft->flags & TYPE_POINTERFREE);
            floats = floats || (ft->flags & TYPE_FLOATS);
        }
        break;
    }
    case KIND_TUPLE: {
        slots = 0;
        for (int i = 0; i < t->nparams; i++) {
            slots = slots_add(slots, t->params[i]->slots);
        }
        cmp = false, pfree = false;
        break;
    }
    case KIND_TYPEPARAM: pfree = false; break;
    default: slots = 0; break;
    }
    t->slots = slots;
    if (t->kind != KIND_ARRAY || (t->elem->flags & TYPE_COMPLETE)) {
        fl |= TYPE_COMPLETE;
    }
    if (cmp) {
        fl |= TYPE_COMPARABLE;
    }
    if (pfree) {
        fl |= TYPE_POINTERFREE;
    }
    if (floats) {
        fl |= TYPE_FLOATS;
    }
    if (slots == 1) {
        fl |= TYPE_DIRECT;
    }
    t->flags = fl;
}

/* ---- canonical table ---- */

static Type **canon_tab;
static size_t canon_cap, canon_len;

static uint32_t mix(uint32_t h, uintptr_t v) {
    h ^= (uint32_t)(v ^ (v >> 32));
    h *= 0x9E3779B1u;
    return h ^ (h >> 15);
}

static uint32_t shape_hash(const Type *t) {
    uint32_t h = mix(7, (uintptr_t)t->kind);
    h = mix(h, (uintptr_t)t->elem);
    h = mix(h, (uintptr_t)t->key);
    h = mix(h, (uintptr_t)t->len);
    h = mix(h, (uintptr_t)t->dir);
    h = mix(h, (uintptr_t)t->variadic);
    for (int i = 0; i < t->nfields; i++) {
        h = mix(h, (uintptr_t)t->fields[i].name);
        h = mix(h, (uintptr_t)t->fields[i].type);
        h = mix(h, (uintptr_t)t->fields[i].embedded);
    }
    for (int i = 0; i < t->nparams; i++) {
        h = mix(h, (uintptr_t)t->params[i]);
    }
    h = mix(h, 0x55);
    for (int i = 0; i < t->nresults; i++) {
        h = mix(h, (uintptr_t)t->results[i]);
    }
    for (int i = 0; i < t->nimethods; i++) {
        h = mix(h, (uintptr_t)t->imethods[i].name);
        h = mix(h, (uintptr_t)t->imethods[i].sig);
    }
    if (t->chk) {
        TypeInfo *ti = t->chk;
        h = mix(h, (uintptr_t)ti->has_terms);
        h = mix(h, (uintptr_t)ti->comparable);
        for (int i = 0; i < ti->nterms; i++) {
            h = mix(h, (uintptr_t)ti->terms[i].type);
            h = mix(h, (uintptr_t)ti->terms[i].tilde);
        }
    }
    return h ? h : 1;
}

static bool str_eq(const char *a, const char *b) {
    return a == b || (a && b && strcmp(a, b) == 0);
}

static bool shape_equal(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->dir != b->dir || a->variadic != b->variadic || a->nfields != b->nfields ||
        a->nparams != b->nparams || a->nresults != b->nresults || a->nimethods != b->nimethods) {
        return false;
    }
    for (int i = 0; i < a->nfields; i++) {
        const StructField *x = &a->fields[i], *y = &b->fields[i];
        if (x->name != y->name || x->type != y->type || x->embedded != y->embedded ||
            !str_eq(x->tag, y->tag)) {
            return false;
        }
    }
    for (int i = 0; i < a->nparams; i++) {
        if (a->params[i] != b->params[i]) {
            return false;
        }
    }
    for (int i = 0; i < a->nresults; i++) {
        if (a->results[i] != b->results[i]) {
            return false;
        }
    }
    for (int i = 0; i < a->nimethods; i++) {
        if (a->imethods[i].name != b->imethods[i].name || a->imethods[i].sig != b->imethods[i].sig) {
            return false;
        }
    }
    TypeInfo *x = a->chk, *y = b->chk;
    bool xt = x && (x->has_terms || x->comparable), yt = y && (y->has_terms || y->comparable);
    if (xt != yt) {
        return false;
    }
    if (xt) {
        if (x->has_terms != y->has_terms || x->comparable != y->comparable ||
            x->nterms != y->nterms) {
            return false;
        }
        for (int i = 0; i < x->nterms; i++) {
            if (x->terms[i].type != y->terms[i].type || x->terms[i].tilde != y->terms[i].tilde) {
                return false;
            }
        }
    }
    return true;
}

static void canon_grow(void) {
    size_t ncap = canon_cap ? canon_cap * 2 : 1024;
    Type **nt = NEW_ARRAY(Type *, ncap);
    for (size_t i = 0; i < canon_cap; i++) {
        Type *t = canon_tab[i];
        if (!t) {
            continue;
        }
        size_t j = t->hash & (ncap - 1);
        while (nt[j]) {
            j = (j + 1) & (ncap - 1);
        }
        nt[j] = t;
    }
    canon_tab = nt;
    canon_cap = ncap;
}

/* Returns the canonical copy of the stack-built shape *proto. */
static Type *canon(Type *proto) {
    if (canon_len * 2 >= canon_cap) {
        canon_grow();
    }
    uint32_t h = shape_hash(proto);
    size_t j = h & (canon_cap - 1);
    while (canon_tab[j]) {
        Type *t = canon_tab[j];
        if (t->hash == h && shape_equal(t, proto)) {
            return t;
        }
        j = (j + 1) & (canon_cap - 1);
    }
    Type *t = NEW(Type);
    *t = *proto;
    t->hash = h;
    t->underlying = t;
    set_layout(t);
    canon_tab[j] = t;
    canon_len++;
    return t;
}

/* ---- constructors ---- */

Type *type_pointer(Type *elem) {
    if (elem->ptr_to) {
        return elem->ptr_to;
    }
    Type p = {.kind = KIND_POINTER, .elem = elem};
    Type *t = canon(&p);
    elem->ptr_to = t;
    return t;
}

Type *type_slice(Type *elem) {
    Type p = {.kind = KIND_SLICE, .elem = elem};
    return canon(&p);
}

/* Arrays made before their element type was complete (behind a pointer in a type's
 * declaration: type T *[10]U; type U T), laid out again once it is. */
static TypeVec incomplete_arrays;

static void finish_arrays(void) {
    for (int i = 0; i < incomplete_arrays.len;) {
        Type *a = incomplete_arrays.data[i];
        if (a->elem->flags & TYPE_COMPLETE) {
            set_layout(a);
            incomplete_arrays.data[i] = incomplete_arrays.data[--incomplete_arrays.len];
            i = 0; /* an array of it may be complete now */
        } else {
            i++;
        }
    }
}

Type *type_array(Type *elem, int64_t len) {
    Type p = {.kind = KIND_ARRAY, .elem = elem, .len = len};
    Type *t = canon(&p);
    if (!(t->flags & TYPE_COMPLETE)) {
        int i = 0;
        while (i < incomplete_arrays.len && incomplete_arrays.data[i] != t) {
            i++;
        }
        if (i == incomplete_arrays.len) {
            vec_push(&incomplete_arrays, t);
        }
        if (elem->flags & TYPE_COMPLETE) {
            finish_arrays();
        }
    }
    return t;
}

Type *type_map(Type *key, Type *elem) {
    Type p = {.kind = KIND_MAP, .key = key, .elem = elem};
    return canon(&p);
}

Type *type_chan(int dir, Type *elem) {
    Type p = {.kind = KIND_CHAN, .elem = elem, .dir = dir};
    return canon(&p);
}

Type *type_func(Type **params, int np, Type **results, int nr, bool variadic) {
    Type p = {.kind = KIND_FUNC, .params = params, .nparams = np, .results = results,
              .nresults = nr, .variadic = variadic};
    Type *t = canon(&p);
    if (t->params == params && np) { /* new: keep private copies */
        t->params = NEW_ARRAY(Type *, np);
        memcpy(t->params, params, sizeof(Type *) * (size_t)np);
    }
    if (t->results == results && nr) {
        t->results = NEW_ARRAY(Type *, nr);
        memcpy(t->results, results, sizeof(Type *) * (size_t)nr);
    }
    return t;
}

Type *type_struct(StructField *fields, int n) {
    Type p = {.kind = KIND_STRUCT, .fields = fields, .nfields = n};
    Type *t = canon(&p);
    if (t->fields == fields && n) {
        t->fields = NEW_ARRAY(StructField, n);
        memcpy(t->fields, fields, sizeof(StructField) * (size_t)n);
    }
    if (t->fields) {
        int32_t off = 0;
        for (int i = 0; i < n; i++) {
            t->fields[i].offset = off;
            off = slots_add(off, t->fields[i].type->slots);
        }
    }
    return t;
}

static int imethod_cmp(const void *a, const void *b) {
    return strcmp(((const IMethod *)a)->name, ((const IMethod *)b)->name);
}

Type *type_interface(IMethod *methods, int nm, TypeTerm *terms, int nterms, bool has_terms,
                     bool comparable) {
    IMethod *ms = NEW_ARRAY(IMethod, nm > 0 ? nm : 1);
    if (nm > 0) {
        memcpy(ms, methods, sizeof(IMethod) * (size_t)nm);
        qsort(ms, (size_t)nm, sizeof(IMethod), imethod_cmp);
    }
    int k = 0;
    for (int i = 0; i < nm; i++) { /* drop duplicates from overlapping embeddings */
        if (k > 0 && ms[k - 1].name == ms[i].name) {
            continue;
        }
        ms[k++] = ms[i];
    }
    Type p = {.kind = KIND_INTERFACE, .imethods = ms, .nimethods = k};
    TypeInfo ti = {0};
    if (has_terms || comparable) {
        ti.has_terms = has_terms;
        ti.comparable = comparable;
        ti.terms = terms;
        ti.nterms = nterms;
        p.chk = &ti;
    }
    Type *t = canon(&p);
    if (t->chk == &ti) {
        t->chk = NEW(TypeInfo);
        *(TypeInfo *)t->chk = ti;
        TypeInfo *nt = t->chk;
        if (nterms) {
            nt->terms = NEW_ARRAY(TypeTerm, nterms);
            memcpy(nt->terms, terms, sizeof(TypeTerm) * (size_t)nterms);
        }
    }
    return t;
}

Type *type_tuple(Type **types, int n) {
    if (n == 0 && t_empty_tuple) {
        return t_empty_tuple;
    }
    Type p = {.kind = KIND_TUPLE, .params = types, .nparams = n};
    Type *t = canon(&p);
    if (t->params == types && n) {
        t->params = NEW_ARRAY(Type *, n);
        memcpy(t->params, types, sizeof(Type *) * (size_t)n);
    }
    return t;
}

Type *type_named(const char *name, const char *pkg, Obj *obj) {
    Type *t = NEW(Type);
    t->kind = KIND_INVALID;
    t->name = name;
    t->pkg = pkg;
    t->flags = TYPE_NAMED;
    t->hash = mix(mix(99, (uintptr_t)name), (uintptr_t)t);
    type_info(t)->obj = obj;
    return t;
}

void type_set_underlying(Type *named, Type *u) {
    Type *under = u->underlying ? u->underlying : u;
    TypeInfo *keep = named->chk;
    const char *name = named->name, *pkg = named->pkg;
    uint32_t hash = named->hash;
    Type *ptr = named->ptr_to;
    Type *args_of = named->type_args_of;
    Method *methods = named->methods;
    int nmethods = named->nmethods;
    *named = *under;
    named->name = name;
    named->pkg = pkg;
    named->hash = hash;
    named->underlying = under;
    named->chk = keep;
    named->ptr_to = ptr;
    named->type_args_of = args_of;
    named->methods = methods;
    named->nmethods = nmethods;
    named->str = NULL;
    named->flags = under->flags | TYPE_NAMED;
    if (incomplete_arrays.len) {
        finish_arrays();
    }
    if (under->kind == KIND_INTERFACE && under->chk) {
        /* constraint information lives on the underlying interface */
        TypeInfo *ui = under->chk;
        TypeInfo *ni = type_info(named);
        ni->terms = ui->terms;
        ni->nterms = ui->nterms;
        ni->has_terms = ui->has_terms;
        ni->comparable = ui->comparable;
    }
}

Type *type_typeparam(const char *name, int index, Obj *obj) {
    Type *t = NEW(Type);
    t->kind = KIND_TYPEPARAM;
    t->name = name;
    t->flags = TYPE_NAMED | TYPE_COMPLETE;
    t->slots = 1;
    t->underlying = t;
    t->hash = mix(mix(77, (uintptr_t)name), (uintptr_t)t);
    TypeInfo *ti = type_info(t);
    ti->obj = obj;
    ti->index = index;
    return t;
}

/* ---- the universe's types ---- */

static Type *basic(Kind k, const char *name) {
    Type *t = NEW(Type);
    t->kind = k;
    t->name = name ? intern_cstr(name) : NULL;
    t->underlying = t;
    t->hash = mix(1234, (uintptr_t)k);
    set_layout(t);
    if (name) {
        t->flags |= TYPE_NAMED;
    }
    return t;
}

void types_init(void) {
    if (t_int) {
        return;
    }
    t_invalid = basic(KIND_INVALID, "invalid type");
    t_bool = basic(KIND_BOOL, "bool");
    t_int = basic(KIND_INT, "int");
    t_int8 = basic(KIND_INT8, "int8");
    t_int16 = basic(KIND_INT16, "int16");
    t_int32 = basic(KIND_INT32, "int32");
    t_int64 = basic(KIND_INT64, "int64");
    t_uint = basic(KIND_UINT, "uint");
    t_uint8 = basic(KIND_UINT8, "uint8");
    t_uint16 = basic(KIND_UINT16, "uint16");
    t_uint32 = basic(KIND_UINT32, "uint32");
    t_uint64 = basic(KIND_UINT64, "uint64");
    t_uintptr = basic(KIND_UINTPTR, "uintptr");
    t_float32 = basic(KIND_FLOAT32, "float32");
    t_float64 = basic(KIND_FLOAT64, "float64");
    t_complex64 = basic(KIND_COMPLEX64, "complex64");
    t_complex128 = basic(KIND_COMPLEX128, "complex128");
    t_string = basic(KIND_STRING, "string");
    t_unsafe_pointer = basic(KIND_UNSAFE_POINTER, "unsafe.Pointer");
    t_untyped_bool = basic(KIND_UNTYPED_BOOL, "untyped bool");
    t_untyped_int = basic(KIND_UNTYPED_INT, "untyped int");
    t_untyped_rune = basic(KIND_UNTYPED_RUNE, "untyped rune");
    t_untyped_float = basic(KIND_UNTYPED_FLOAT, "untyped float");
    t_untyped_complex = basic(KIND_UNTYPED_COMPLEX, "untyped complex");
    t_untyped_string = basic(KIND_UNTYPED_STRING, "untyped string");
    t_untyped_nil = basic(KIND_UNTYPED_NIL, "untyped nil");
    t_untyped_bool->flags |= TYPE_COMPARABLE;
    t_empty_tuple = NULL;
    t_empty_tuple = type_tuple(NULL, 0);
    t_any = type_interface(NULL, 0, NULL, 0, false, false);
    t_comparable = type_named(intern_cstr("comparable"), NULL, NULL);
    type_set_underlying(t_comparable, type_interface(NULL, 0, NULL, 0, false, true));
    /* error: interface { Error() string } */
    t_error = type_named(intern_cstr("error"), NULL, NULL);
    Type *res[1] = {t_string};
    IMethod m = {intern_cstr("Error"), type_func(NULL, 0, res, 1, false)};
    type_set_underlying(t_error, type_interface(&m, 1, NULL, 0, false, false));
}

/* ---- predicates ---- */

bool type_is_untyped(const Type *t) {
    return t->kind >= KIND_UNTYPED_BOOL && t->kind <= KIND_UNTYPED_NIL;
}

bool type_is_integer(const Type *t) {
    return (t->kind >= KIND_INT && t->kind <= KIND_UINTPTR) || t->kind == KIND_UNTYPED_INT ||
           t->kind == KIND_UNTYPED_RUNE;
}

bool type_is_numeric(const Type *t) {
    return (t->kind >= KIND_INT && t->kind <= KIND_COMPLEX128) ||
           (t->kind >= KIND_UNTYPED_INT && t->kind <= KIND_UNTYPED_COMPLEX);
}

bool type_is_string(const Type *t) {
    return t->kind == KIND_STRING || t->kind == KIND_UNTYPED_STRING;
}

bool type_is_boolean(const Type *t) {
    return t->kind == KIND_BOOL || t->kind == KIND_UNTYPED_BOOL;
}

bool type_is_typeparam(const Type *t) { return t->kind == KIND_TYPEPARAM; }

bool type_is_named(const Type *t) { return (t->flags & TYPE_NAMED) != 0; }

bool type_is_comparable(Type *t) {
    if (t->kind == KIND_TYPEPARAM) {
        TypeInfo *ti = t->chk;
        Type *c = ti ? ti->constraint : NULL;
        if (!c || !c->chk) {
            return false;
        }
        TypeInfo *ci = c->chk;
        if (ci->comparable) {
            return true;
        }
        if (!ci->has_terms || ci->nterms == 0) {
            return false;
        }
        for (int i = 0; i < ci->nterms; i++) {
            if (!type_is_comparable(ci->terms[i].type)) {
                return false;
            }
        }
        return true;
    }
    if (type_is_untyped(t)) {
        return t->kind != KIND_UNTYPED_NIL;
    }
    if ((t->flags & TYPE_COMPARABLE) || !type_mentions_typeparam(t)) {
        return (t->flags & TYPE_COMPARABLE) != 0;
    }
    /* a struct or array of type parameters, which its layout counted as not comparable */
    Type *u = t->underlying;
    if (u->kind == KIND_ARRAY) {
        return type_is_comparable(u->elem);
    }
    for (int i = 0; u->kind == KIND_STRUCT && i < u->nfields; i++) {
        if (!type_is_comparable(u->fields[i].type)) {
            return false;
        }
    }
    return u->kind == KIND_STRUCT;
}

bool type_is_ordered(const Type *t) {
    return (t->kind >= KIND_INT && t->kind <= KIND_FLOAT64) || t->kind == KIND_STRING ||
           t->kind == KIND_UNTYPED_INT || t->kind == KIND_UNTYPED_RUNE ||
           t->kind == KIND_UNTYPED_FLOAT || t->kind == KIND_UNTYPED_STRING;
}

bool type_has_nil(const Type *t) {
    switch (t->kind) {
    case KIND_POINTER:
    case KIND_SLICE:
    case KIND_MAP:
    case KIND_CHAN:
    case KIND_FUNC:
    case KIND_INTERFACE:
    case KIND_UNSAFE_POINTER:
    case KIND_UNTYPED_NIL: return true;
    default: return false;
    }
}

int type_int_bits(const Type *t) {
    switch (t->kind) {
    case KIND_INT8:
    case KIND_UINT8: return 8;
    case KIND_INT16:
    case KIND_UINT16: return 16;
    case KIND_INT32:
    case KIND_UINT32: return 32;
    case KIND_INT:
    case KIND_INT64:
    case KIND_UINT:
    case KIND_UINT64:
    case KIND_UINTPTR: return 64;
    default: return 0;
    }
}

Type *type_default(Type *t) {
    switch (t->kind) {
    case KIND_UNTYPED_BOOL: return t_bool;
    case KIND_UNTYPED_INT: return t_int;
    case KIND_UNTYPED_RUNE: return t_int32;
    case KIND_UNTYPED_FLOAT: return t_float64;
    case KIND_UNTYPED_COMPLEX: return t_complex128;
    case KIND_UNTYPED_STRING: return t_string;
    default: return t;
    }
}

bool type_find_typeparam(const Type *t, bool (*found)(const Type *tp, void *ctx), void *ctx) {
    if (!t) {
        return false;
    }
    if (t->kind == KIND_TYPEPARAM) {
        return !found || found(t, ctx);
    }
    if (t->name) {
        TypeInfo *ti = t->chk;
        for (int i = 0; ti && i < ti->ntargs; i++) {
            if (type_find_typeparam(ti->targs[i], found, ctx)) {
                return true;
            }
        }
        return false;
    }
    switch (t->kind) {
    case KIND_POINTER:
    case KIND_SLICE:
    case KIND_ARRAY:
    case KIND_CHAN: return type_find_typeparam(t->elem, found, ctx);
    case KIND_MAP:
        return type_find_typeparam(t->key, found, ctx) || type_find_typeparam(t->elem, found, ctx);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            if (type_find_typeparam(t->fields[i].type, found, ctx)) {
                return true;
            }
        }
        return false;
    case KIND_FUNC:
    case KIND_TUPLE:
        for (int i = 0; i < t->nparams; i++) {
            if (type_find_typeparam(t->params[i], found, ctx)) {
                return true;
            }
        }
        for (int i = 0; i < t->nresults; i++) {
            if (type_find_typeparam(t->results[i], found, ctx)) {
                return true;
            }
        }
        return false;
    case KIND_INTERFACE:
        for (int i = 0; i < t->nimethods; i++) {
            if (type_find_typeparam(t->imethods[i].sig, found, ctx)) {
                return true;
            }
        }
        return false;
    default: return false;
    }
}

bool type_mentions_typeparam(const Type *t) {
    return type_find_typeparam(t, NULL, NULL);
}

bool type_pointer_free(const Type *t) { return (t->flags & TYPE_POINTERFREE) != 0; }

/* ---- predicates the checker needs (type sets) ---- */

Type *chk_core_type(Type *t) {
    if (t->kind != KIND_TYPEPARAM) {
        return t->underlying ? t->underlying : t;
    }
    TypeInfo *ti = t->chk;
    Type *c = ti ? ti->constraint : NULL;
    TypeInfo *ci = c ? c->chk : NULL;
    if (!ci || !ci->has_terms || ci->nterms == 0) {
        return NULL;
    }
    Type *u = NULL;
    for (int i = 0; i < ci->nterms; i++) {
        Type *tu = ci->terms[i].type->underlying;
        if (tu->kind == KIND_TYPEPARAM) {
            tu = chk_core_type(tu);
        }
        if (!tu) {
            return NULL;
        }
        if (u && u != tu) {
            return NULL;
        }
        u = tu;
    }
    return u;
}

/* Calls f on the underlying type of every type in t's type set (types2's underIs): a type
 * parameter's terms, those naming type parameters expanded; f(NULL) once for a type parameter
 * whose set is all types. */
bool chk_under_is(Type *t, bool (*f)(Type *u, void *ctx), void *ctx) {
    if (t->kind != KIND_TYPEPARAM) {
        return f(t->underlying ? t->underlying : t, ctx);
    }
    TypeInfo *ti = t->chk;
    Type *c = ti ? ti->constraint : NULL;
    TypeInfo *ci = c ? c->chk : NULL;
    if (!ci || !ci->has_terms) {
        return f(NULL, ctx);
    }
    for (int i = 0; i < ci->nterms; i++) {
        if (!chk_under_is(ci->terms[i].type, f, ctx)) {
            return false;
        }
    }
    return true;
}

static bool call_pred(Type *u, void *pred) {
    return u && ((bool (*)(const Type *))pred)(u);
}

/* Does every type in t's type set (a type parameter) satisfy pred? Plain types: pred(t). */
bool chk_all_types(Type *t, bool (*pred)(const Type *)) {
    if (t->kind == KIND_TYPEPARAM) {
        TypeInfo *ti = t->chk;
        TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
        if (!ci || !ci->has_terms || ci->nterms == 0) {
            return false;
        }
    }
    return chk_under_is(t, call_pred, (void *)pred);
}

typedef struct CoreString {
    Type *core;
    bool has_string;
} CoreString;

static bool core_string_term(Type *u, void *ctx) {
    CoreString *cs = ctx;
    if (!u) {
        return false;
    }
    if (type_is_string(u)) {
        u = type_slice(t_uint8);
        cs->has_string = true;
    }
    if (cs->core && cs->core != u) {
        return false;
    }
    cs->core = u;
    return true;
}

Type *chk_core_string(Type *t) {
    if (t->kind != KIND_TYPEPARAM) {
        return t->underlying ? t->underlying : t;
    }
    CoreString cs = {NULL, false};
    if (!chk_under_is(t, core_string_term, &cs) || !cs.core) {
        return NULL;
    }
    return cs.has_string ? t_string : cs.core;
}

/* ---- spelling, for messages ---- */

/* Types of package main go unqualified in the checker's messages, others by their path. */
static const char *qualify_non_main(const char *pkg) {
    return strcmp(pkg, "main") ? pkg : NULL;
}

/* A constraint interface (with a union or comparable) as types2 writes it, and "<nil>". */
static bool write_special(StrBuf *b, Type *t, const TypeStyle *s) {
    if (!t) {
        sb_puts(b, "<nil>");
        return true;
    }
    TypeInfo *ti = t->chk;
    if (t->name || t->kind != KIND_INTERFACE || !ti || !(ti->has_terms || ti->comparable)) {
        return false;
    }
    if (ti->comparable && !ti->has_terms && t->nimethods == 0) {
        sb_puts(b, "comparable");
        return true;
    }
    sb_puts(b, "interface{");
    type_write_methods(b, t, s);
    if (ti->has_terms) {
        sb_puts(b, t->nimethods ? "; " : "");
        for (int i = 0; i < ti->nterms; i++) {
            sb_puts(b, i ? " | " : "");
            sb_puts(b, ti->terms[i].tilde ? "~" : "");
            type_write(b, ti->terms[i].type, s);
        }
    }
    sb_putc(b, '}');
    return true;
}

/* A generic type's parameter list as types2 writes it: "[K comparable,V any]", "[A,B any]". */
static void write_tparams(StrBuf *b, Type *t, const TypeStyle *s) {
    TypeInfo *ti = t->chk;
    if (!ti || !ti->ntparams || ti->origin || t->kind == KIND_TYPEPARAM) {
        return;
    }
    sb_putc(b, '[');
    Type *prev = NULL;
    for (int i = 0; i < ti->ntparams; i++) {
        TypeInfo *pi = ti->tparams[i]->type->chk;
        Type *bound = pi ? pi->constraint : NULL;
        if (i > 0) {
            if (bound != prev) {
                sb_putc(b, ' ');
                type_write(b, prev, s);
            }
            sb_putc(b, ',');
        }
        prev = bound;
        sb_puts(b, ti->tparams[i]->name);
    }
    if (prev) {
        sb_putc(b, ' ');
        type_write(b, prev, s);
    }
    sb_putc(b, ']');
}

static const TypeStyle checker_style = {qualify_non_main, true, write_special, write_tparams};

const char *chk_typestr(Type *t) {
    return type_format(t, &checker_style);
}
