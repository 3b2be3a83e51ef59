/* index.c — index and slice expressions (types2's index.go): a[i], m[k], s[lo:hi:max],
 * with constant indices checked against constant lengths, and a generic function's
 * explicit instantiation f[T] handed to call.c.
 */
#include "internal.h"

/* Checks a constant or variable index: returns the constant's value, INDEX_VARIABLE for a
 * valid non-constant index, or INDEX_BAD after reporting an error (types2's index). */
int64_t chk_index(Checker *c, Expr *idx, int64_t len, bool allow_len) {
    chk_rvalue(c, idx);
    if (idx->mode == MODE_INVALID) {
        return INDEX_BAD;
    }
    if (idx->mode == MODE_CONST) {
        Const *iv = type_is_untyped(idx->type) ? const_to_int(idx->val) : idx->val;
        if (!iv || (!type_is_integer(idx->type) && !type_is_untyped(idx->type))) {
            chk_error(c, chk_epos(idx), "invalid argument: index %s must be integer",
                      chk_operand_str(idx));
            return INDEX_BAD;
        }
        if (!type_is_integer(idx->type) && !const_is_int_valued(idx->val)) {
            chk_error(c, chk_epos(idx), "invalid argument: index %s must be integer",
                      chk_operand_str(idx));
            return INDEX_BAD;
        }
        if (type_is_untyped(idx->type)) {
            chk_convert_untyped(c, idx, t_int);
            if (idx->mode == MODE_INVALID) {
                return INDEX_BAD;
            }
        }
        if (const_sign(iv) < 0) {
            chk_error(c, chk_epos(idx), "invalid argument: index %s must not be negative",
                      chk_operand_str(idx));
            return INDEX_BAD;
        }
        if (!const_fits_int(iv, 63, false)) {
            chk_error(c, chk_epos(idx), "invalid argument: index %s overflows int",
                      chk_operand_str(idx));
            return INDEX_BAD;
        }
        int64_t v = const_to_i64(iv);
        if (len >= 0 && (allow_len ? v > len : v >= len)) {
            chk_error(c, idx->pos, "invalid argument: index %s out of bounds [0:%lld]",
                      ast_expr_string(idx), (long long)(allow_len ? len + 1 : len));
            return INDEX_BAD;
        }
        return v;
    }
    if (!chk_all_types(idx->type, type_is_integer)) {
        chk_error(c, chk_epos(idx), "invalid argument: index %s must be integer",
                  chk_operand_str(idx));
        chk_invalidate(idx);
        return INDEX_BAD;
    }
    return INDEX_VARIABLE;
}

/* m[idx] with m's key and element types. */
static void map_index(Checker *c, Expr *e, Expr *idx, Type *key, Type *elem) {
    if (idx->kind == E_COMPOSITE && !idx->composite.type) {
        chk_expr_hint(c, idx, key);
    } else {
        chk_expr(c, idx);
    }
    chk_rvalue(c, idx);
    if (idx->mode != MODE_INVALID) {
        chk_assign_to(c, idx, key, "map index");
    }
    e->mode = MODE_MAPINDEX;
    e->type = elem;
}

/* What indexing gives for every type in a type parameter's set (types2's index of a type
 * parameter): one element type (and one key type, if the set holds only maps); the shortest
 * array's length, for constant indices; a variable only if every type gives one. */
typedef struct IndexSet {
    Type *key, *elem;
    int64_t len;
    bool value; /* some type's element is not addressable (a string's byte) */
    bool x_var; /* the indexed operand is a variable */
} IndexSet;

static bool index_term(Type *u, void *ctx) {
    IndexSet *s = ctx;
    int64_t l = -1;
    Type *k = NULL, *el = NULL;
    switch (u ? u->kind : KIND_INVALID) {
    case KIND_STRING: el = t_uint8, s->value = true; break;
    case KIND_ARRAY:
        l = u->len, el = u->elem;
        s->value = s->value || !s->x_var;
        break;
    case KIND_POINTER:
        if (u->elem->underlying->kind == KIND_ARRAY) {
            l = u->elem->underlying->len, el = u->elem->underlying->elem;
        }
        break;
    case KIND_SLICE: el = u->elem; break;
    case KIND_MAP: k = u->key, el = u->elem; break;
    default: break;
    }
    if (!el) {
        return false;
    }
    if (!s->elem) {
        s->key = k, s->elem = el, s->len = l;
        return true;
    }
    if (s->key != k || s->elem != el) {
        return false;
    }
    if (l >= 0 && l < s->len) {
        s->len = l;
    }
    return true;
}

static void index_typeparam(Checker *c, Expr *e, Expr *x, Expr *idx) {
    IndexSet s = {.x_var = x->mode == MODE_VAR, .len = -1};
    if (!chk_under_is(x->type, index_term, &s)) {
        chk_error(c, chk_epos(x), "cannot index %s", chk_operand_str(x));
        chk_expr(c, idx);
        chk_invalidate(e);
        return;
    }
    if (s.key) {
        map_index(c, e, idx, s.key, s.elem);
        return;
    }
    chk_index(c, idx, s.len, false);
    e->mode = s.value ? MODE_VALUE : MODE_VAR;
    e->type = s.elem;
}

void chk_index_expr(Checker *c, Expr *e) {
    Expr *x = e->index.x;
    chk_expr(c, x);
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < e->index.n; i++) {
            chk_expr(c, e->index.indices[i]);
        }
        chk_invalidate(e);
        return;
    }
    if (x->mode == MODE_TYPE) {
        Type *t = chk_type_or_generic(c, e, false);
        e->mode = t == t_invalid ? MODE_INVALID : MODE_TYPE;
        e->type = t;
        return;
    }
    if (x->mode == MODE_VALUE && x->type->kind == KIND_FUNC) {
        Obj *fo = NULL;
        if (x->kind == E_IDENT) {
            fo = x->ident.obj;
        } else if (x->kind == E_SELECTOR && x->selector.info && x->selector.info->kind == SEL_PKG) {
            fo = x->selector.info->obj;
        }
        if (fo && fo->kind == OBJ_FUNC && fo->ntparams && !fo->recv_base) {
            chk_instantiation(c, e);
            return;
        }
    }
    chk_rvalue(c, x);
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    if (e->index.n != 1) {
        chk_error(c, e->index.indices[1]->pos, "unexpected comma; expecting ]");
        chk_invalidate(e);
        return;
    }
    Expr *idx = e->index.indices[0];
    Type *t = x->type;
    if (t->kind == KIND_TYPEPARAM) {
        index_typeparam(c, e, x, idx);
        return;
    }
    Type *u = t->underlying;
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING: {
        int64_t len = x->mode == MODE_CONST ? (int64_t)x->val->slen : -1;
        int64_t i = chk_index(c, idx, len, false);
        if (x->mode == MODE_CONST && i >= 0) {
            e->mode = MODE_CONST;
            e->val = const_int64((unsigned char)x->val->s[i]);
            e->type = t_uint8;
            chk_default_untyped(c, x);
            return;
        }
        chk_default_untyped(c, x);
        e->mode = MODE_VALUE;
        e->type = t_uint8;
        return;
    }
    case KIND_ARRAY:
        chk_index(c, idx, u->len, false);
        e->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        e->type = u->elem;
        return;
    case KIND_POINTER:
        if (u->elem->underlying->kind == KIND_ARRAY) {
            chk_index(c, idx, u->elem->underlying->len, false);
            e->mode = MODE_VAR;
            e->type = u->elem->underlying->elem;
            return;
        }
        break;
    case KIND_SLICE:
        chk_index(c, idx, -1, false);
        e->mode = MODE_VAR;
        e->type = u->elem;
        return;
    case KIND_MAP: map_index(c, e, idx, u->key, u->elem); return;
    default: break;
    }
    chk_error(c, chk_epos(x), "invalid operation: cannot index %s", chk_operand_str(x));
    chk_expr(c, idx);
    chk_invalidate(e);
}

void chk_slice_expr(Checker *c, Expr *e) {
    Expr *x = e->slice.x;
    chk_rvalue(c, x);
    Expr *parts[3] = {e->slice.lo, e->slice.hi, e->slice.max};
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < 3; i++) {
            if (parts[i]) {
                chk_expr(c, parts[i]);
            }
        }
        chk_invalidate(e);
        return;
    }
    Type *t = x->type;
    Type *u = chk_core_string(t);
    int64_t len = -1;
    Type *result = NULL;
    if (!u) {
        chk_error(c, chk_epos(x), "cannot slice %s", chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        if (e->slice.slice3) {
            chk_error(c, e->pos, "invalid operation: 3-index slice of string");
            chk_invalidate(e);
            return;
        }
        if (x->mode == MODE_CONST) {
            len = (int64_t)x->val->slen;
        }
        chk_default_untyped(c, x);
        result = type_is_untyped(x->type) ? t_string : x->type; /* a type parameter's own */
        break;
    case KIND_ARRAY:
        if (x->mode != MODE_VAR) {
            chk_error(c, x->pos, "invalid operation: %s (slice of unaddressable value)",
                      ast_expr_string(e));
            chk_invalidate(e);
            return;
        }
        chk_mark_addressed(x);
        len = u->len;
        result = type_slice(u->elem);
        break;
    case KIND_POINTER:
        if (u->elem->underlying->kind == KIND_ARRAY) {
            len = u->elem->underlying->len;
            result = type_slice(u->elem->underlying->elem);
            break;
        }
        chk_error(c, chk_epos(x), "cannot slice %s", chk_operand_str(x));
        chk_invalidate(e);
        return;
    case KIND_SLICE: result = u->name ? t : t; break;
    default:
        chk_error(c, chk_epos(x), "cannot slice %s", chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            vals[i] = chk_index(c, parts[i], len, true);
        }
    }
    for (int i = 0; i < 3; i++) {
        for (int k = i + 1; k < 3; k++) {
            if (vals[i] >= 0 && vals[k] >= 0 && vals[i] > vals[k]) {
                chk_error(c, parts[k]->pos, "invalid slice indices: %lld < %lld",
                          (long long)vals[k], (long long)vals[i]);
            }
        }
    }
    e->mode = MODE_VALUE;
    e->type = result;
}
