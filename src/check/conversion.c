/* conversion.c — conversions T(x) (types2's conversions.go): constant conversions folded
 * (an integer constant to string gives the rune's UTF-8), the rest checked against the
 * spec's convertibility rules, type parameters by every pair of their type sets' types.
 */
#include "internal.h"

/* Type identity, except that struct tags do not count (conversions). */
static bool identical_ignore_tags(Type *a, Type *b) {
    if (a == b) {
        return true;
    }
    if (!a || !b || a->kind != b->kind || a->name || b->name) {
        return false;
    }
    switch (a->kind) {
    case KIND_STRUCT:
        if (a->nfields != b->nfields) {
            return false;
        }
        for (int i = 0; i < a->nfields; i++) {
            StructField *x = &a->fields[i], *y = &b->fields[i];
            if (x->name != y->name || x->embedded != y->embedded ||
                !identical_ignore_tags(x->type, y->type)) {
                return false;
            }
        }
        return true;
    case KIND_POINTER:
    case KIND_SLICE: return identical_ignore_tags(a->elem, b->elem);
    case KIND_ARRAY: return a->len == b->len && identical_ignore_tags(a->elem, b->elem);
    case KIND_MAP:
        return identical_ignore_tags(a->key, b->key) && identical_ignore_tags(a->elem, b->elem);
    case KIND_CHAN: return a->dir == b->dir && identical_ignore_tags(a->elem, b->elem);
    default: return false;
    }
}

static bool chk_convertible(Checker *c, Expr *e, Type *t) {
    Type *v = e->type;
    if (chk_assignable(c, e, t, NULL)) {
        return true;
    }
    Type *vu = v->underlying ? v->underlying : v, *tu = t->underlying ? t->underlying : t;
    if (v->kind == KIND_TYPEPARAM || t->kind == KIND_TYPEPARAM) {
        /* every pair of types from the two sets must convert */
        bool vp = v->kind == KIND_TYPEPARAM, tp = t->kind == KIND_TYPEPARAM;
        TypeInfo *vi = vp ? ((TypeInfo *)v->chk)->constraint->chk : NULL;
        TypeInfo *ti = tp ? ((TypeInfo *)t->chk)->constraint->chk : NULL;
        if ((vp && (!vi || !vi->has_terms)) || (tp && (!ti || !ti->has_terms))) {
            return false;
        }
        int nv = vp ? vi->nterms : 1, nt = tp ? ti->nterms : 1;
        for (int i = 0; i < nv; i++) {
            for (int k = 0; k < nt; k++) {
                Expr tmp = *e;
                tmp.type = vp ? vi->terms[i].type : v;
                if (!chk_convertible(c, &tmp, tp ? ti->terms[k].type : t)) {
                    return false;
                }
            }
        }
        return true;
    }
    if (identical_ignore_tags(vu, tu)) {
        return true; /* identical underlying types, struct tags ignored */
    }
    if (vu->kind == KIND_POINTER && tu->kind == KIND_POINTER && !v->name && !t->name &&
        identical_ignore_tags(vu->elem->underlying, tu->elem->underlying)) {
        return true;
    }
    if (type_is_numeric(vu) && type_is_numeric(tu)) {
        return true;
    }
    if (type_is_string(tu) &&
        (type_is_integer(vu) || (vu->kind == KIND_SLICE && (vu->elem->underlying == t_uint8 ||
                                                            vu->elem->underlying == t_int32)))) {
        return true;
    }
    if (type_is_string(vu) && tu->kind == KIND_SLICE &&
        (tu->elem->underlying == t_uint8 || tu->elem->underlying == t_int32)) {
        return true;
    }
    if (vu->kind == KIND_SLICE && tu->kind == KIND_POINTER &&
        tu->elem->underlying->kind == KIND_ARRAY && tu->elem->underlying->elem == vu->elem) {
        return true;
    }
    if (vu->kind == KIND_SLICE && tu->kind == KIND_ARRAY && tu->elem == vu->elem) {
        return true;
    }
    return false;
}

void chk_conversion(Checker *c, Expr *e, Type *t) {
    if (e->call.n != 1) {
        if (e->call.n == 0) {
            chk_error(c, e->call.rparen, "missing argument in conversion to %s", chk_typestr(t));
        } else {
            chk_error(c, e->call.args[1]->pos, "too many arguments in conversion to %s",
                      chk_typestr(t));
        }
        for (int i = 0; i < e->call.n; i++) {
            chk_expr(c, e->call.args[i]);
        }
        chk_invalidate(e);
        return;
    }
    Expr *x = e->call.args[0];
    if (x->kind == E_COMPOSITE && !x->composite.type) {
        chk_expr_hint(c, x, t);
    } else {
        chk_expr(c, x);
    }
    chk_rvalue(c, x);
    e->call.call_kind = CALL_CONVERSION;
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *tu = t->underlying ? t->underlying : t;
    if (x->mode == MODE_CONST && tu->kind >= KIND_BOOL && tu->kind <= KIND_STRING &&
        t->kind != KIND_TYPEPARAM) {
        Const *v = x->val;
        /* integer constant to string: a rune */
        if (type_is_string(tu) && (type_is_integer(x->type) || x->type == t_untyped_rune)) {
            Const *iv = const_to_int(v);
            int32_t r = 0xFFFD;
            if (iv && const_fits_int(iv, 32, false) && const_to_i64(iv) >= 0 &&
                const_to_i64(iv) <= 0x10FFFF &&
                !(const_to_i64(iv) >= 0xD800 && const_to_i64(iv) < 0xE000)) {
                r = (int32_t)const_to_i64(iv);
            }
            char buf[4];
            int n = utf8_encode(r, buf);
            char *s = NEW_ATOMIC(4);
            memcpy(s, buf, (size_t)n);
            /* an untyped x stays untyped: string(1 << 100) is "\uFFFD", no overflow */
            e->mode = MODE_CONST;
            e->val = const_string(s, (size_t)n);
            e->type = t;
            return;
        }
        bool ok_kinds = (type_is_numeric(tu) && type_is_numeric(x->type)) ||
                        (type_is_string(tu) && type_is_string(x->type)) ||
                        (type_is_boolean(tu) && type_is_boolean(x->type));
        if (ok_kinds) {
            Const *r;
            const char *why;
            Const *src = v;
            /* float -> int conversion of a constant must be exact */
            if (chk_representable(src, t, &r, &why)) {
                if (type_is_untyped(x->type)) {
                    chk_set_final_type(x, t);
                }
                e->mode = MODE_CONST;
                e->val = r;
                e->type = t;
                return;
            }
            if (why && !strcmp(why, "truncated")) {
                chk_error(c, chk_epos(x), "cannot convert %s to type %s (truncated)",
                          chk_operand_str(x), chk_typestr(t));
            } else {
                chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                          chk_typestr(t));
            }
            chk_invalidate(e);
            return;
        }
        chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                  chk_typestr(t));
        chk_invalidate(e);
        return;
    }
    if (type_is_untyped(x->type)) {
        /* a constant converted to a non-basic type, or nil */
        if (x->type == t_untyped_nil) {
            if (!type_has_nil(tu) && t->kind != KIND_TYPEPARAM) {
                chk_error(c, x->pos, "cannot convert nil to type %s", chk_typestr(t));
                chk_invalidate(e);
                return;
            }
            x->type = t;
            e->mode = MODE_VALUE;
            e->type = t;
            return;
        }
        Type *target = t;
        if (tu->kind == KIND_INTERFACE || t->kind == KIND_TYPEPARAM ||
            (type_is_string(tu) && !type_is_string(x->type)) || (tu->kind == KIND_SLICE)) {
            target = type_default(x->type);
        }
        if (chk_implicit_convert(c, x, target) != CONV_OK) {
            chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                      chk_typestr(t));
            chk_invalidate(e);
            return;
        }
    }
    if (!chk_convertible(c, x, t)) {
        chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                  chk_typestr(t));
        chk_invalidate(e);
        return;
    }
    e->mode = MODE_VALUE;
    e->type = t;
}
