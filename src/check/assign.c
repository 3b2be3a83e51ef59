/* assign.c — assignability (types2's assignments.go): whether a value may be assigned to a
 * variable of a type, and the messages when not.
 */
#include "internal.h"

bool chk_assignable(Checker *c, Expr *e, Type *t, const char **reason) {
    Type *v = e->type;
    if (v == t || v == t_invalid || t == t_invalid) {
        return true;
    }
    Type *vu = v->underlying ? v->underlying : v, *tu = t->underlying ? t->underlying : t;
    if (type_is_untyped(v)) {
        if (v == t_untyped_nil) {
            return type_has_nil(tu) || t->kind == KIND_TYPEPARAM;
        }
        if (t->kind == KIND_INTERFACE) {
            return t->nimethods == 0 || chk_implements(c, type_default(v), t, reason);
        }
        return false;
    }
    if (vu == tu && (!type_is_named(v) || !type_is_named(t)) && v->kind != KIND_TYPEPARAM &&
        t->kind != KIND_TYPEPARAM) {
        return true;
    }
    if (v->kind == KIND_TYPEPARAM && !type_is_named(t)) {
        /* every type in V's set must be assignable to T: its core type is T */
        Type *core = chk_core_type(v);
        if (core && core == tu) {
            return true;
        }
    }
    if (t->kind == KIND_TYPEPARAM && !type_is_named(v)) {
        TypeInfo *ti = t->chk;
        TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
        if (ci && ci->has_terms && ci->nterms > 0) {
            bool all = true;
            for (int i = 0; i < ci->nterms && all; i++) {
                all = ci->terms[i].type->underlying == vu;
            }
            if (all) {
                return true;
            }
        }
    }
    if (tu->kind == KIND_INTERFACE && t->kind != KIND_TYPEPARAM) {
        const char *why = NULL;
        if (chk_implements(c, v, t, &why)) {
            return true;
        }
        if (reason) {
            *reason = why;
        }
        return false;
    }
    if (vu->kind == KIND_CHAN && vu->dir == CHAN_BOTH && tu->kind == KIND_CHAN &&
        vu->elem == tu->elem && (!type_is_named(v) || !type_is_named(t))) {
        return true;
    }
    return false;
}

static const char *target_str(Checker *c, Type *t) {
    if (c->target_spelling) {
        return c->target_spelling;
    }
    return chk_typestr(t);
}

bool chk_assign_to(Checker *c, Expr *e, Type *t, const char *context) {
    if (e->mode == MODE_INVALID || t == t_invalid) {
        return false;
    }
    if (e->mode == MODE_TYPE || e->mode == MODE_NOVALUE || e->mode == MODE_BUILTIN) {
        chk_rvalue(c, e);
        return false;
    }
    const char *before = chk_operand_str(e);
    if (type_is_untyped(e->type)) {
        Type *target = t;
        ConvErr r = chk_implicit_convert(c, e, target);
        switch (r) {
        case CONV_OK: break;
        case CONV_NIL:
            if (e->kind == E_IDENT || e->kind == E_PAREN) {
                chk_error(c, chk_epos(e), "cannot use nil as %s value in %s", target_str(c, t),
                          context);
            } else {
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s", before,
                          target_str(c, t), context);
            }
            chk_invalidate(e);
            return false;
        case CONV_OVERFLOW:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (overflows)", before,
                      t->kind == KIND_INTERFACE ? chk_typestr(type_default(e->type))
                                                : target_str(c, t),
                      context);
            chk_invalidate(e);
            return false;
        case CONV_TRUNCATED:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (truncated)", before,
                      target_str(c, t), context);
            chk_invalidate(e);
            return false;
        case CONV_SHIFT:
            chk_error(c, chk_epos(e),
                      "invalid operation: shifted operand %s (type %s) must be integer",
                      ast_expr_string(e->kind == E_BINARY ? e->binary.x : e), target_str(c, t));
            chk_invalidate(e);
            return false;
        default:
            if (t->kind == KIND_INTERFACE || t->underlying->kind == KIND_INTERFACE) {
                /* an untyped constant's default type does not implement the interface */
                Type *d = type_default(e->type);
                const char *why = NULL;
                chk_implements(c, d, t, &why);
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s", before,
                          target_str(c, t), context, why ? why : "");
            } else {
                chk_error(c, chk_epos(e), "cannot use %s as %s value in %s", before,
                          target_str(c, t), context);
            }
            chk_invalidate(e);
            return false;
        }
        if (e->type == t || t->kind == KIND_INTERFACE || t->underlying->kind == KIND_INTERFACE) {
            if (t->underlying->kind == KIND_INTERFACE && e->type != t && e->type != t_untyped_nil) {
                const char *why = NULL;
                if (!chk_assignable(c, e, t, &why)) {
                    chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s", before,
                              target_str(c, t), context, why ? why : "");
                    return false;
                }
            }
            return true;
        }
    }
    const char *why = NULL;
    if (!chk_assignable(c, e, t, &why)) {
        if (why) {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s: %s", before,
                      target_str(c, t), context, why);
        } else {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s", before, target_str(c, t),
                      context);
        }
        return false;
    }
    return true;
}
