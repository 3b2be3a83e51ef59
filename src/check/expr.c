/* expr.c — expressions (types2's expr.go): identifiers, operators (constant folding with
 * exact arithmetic, shifts, comparisons), type assertions, and the dispatcher that sends
 * each kind of expression to the file checking it.
 *
 * Each expression node gets a mode, a type and (for constants) a value (ast.h). An invalid
 * operand (MODE_INVALID) was reported where it went wrong: what contains it goes quietly
 * invalid too.
 */
#include "internal.h"

/* ---- identifiers ---- */

void chk_record_use(Checker *c, Obj *o) {
    o->used = true;
}

static void note_capture(Checker *c, Obj *o) {
    if (!o->owner || o->owner == c->func || o->global) {
        return;
    }
    o->captured = true;
    o->escapes = true;
    for (FuncInfo *fi = c->func; fi && fi != o->owner; fi = fi->outer) {
        bool have = false;
        for (int i = 0; i < fi->captures.len; i++) {
            if (fi->captures.data[i] == o) {
                have = true;
                break;
            }
        }
        if (!have) {
            vec_push(&fi->captures, o);
        }
    }
}

static void chk_ident(Checker *c, Expr *e, bool lhs) {
    const char *name = e->ident.name;
    if (name == intern_cstr("_")) {
        chk_error(c, e->pos, "cannot use _ as value or type");
        chk_invalidate(e);
        return;
    }
    Obj *o = chk_lookup_name(c, name);
    if (!o) {
        chk_error(c, e->pos, "undefined: %s", name);
        chk_invalidate(e);
        return;
    }
    e->ident.obj = o;
    if (o->global || (o->kind == OBJ_TYPE && o->decl)) {
        chk_resolve_obj(c, o);
        chk_add_dep(c, o);
    }
    switch (o->kind) {
    case OBJ_VAR:
        if (!lhs) {
            o->used = true;
        }
        note_capture(c, o);
        e->mode = MODE_VAR;
        e->type = o->type ? o->type : t_invalid;
        break;
    case OBJ_CONST:
        o->used = true;
        if (name == intern_cstr("iota") && o->parent == c->universe) { /* not a local iota */
            if (c->iota < 0) {
                chk_error(c, e->pos, "cannot use iota outside constant declaration");
                chk_invalidate(e);
                return;
            }
            e->mode = MODE_CONST;
            e->type = t_untyped_int;
            e->val = const_int64(c->iota);
            return;
        }
        e->mode = MODE_CONST;
        e->type = o->type ? o->type : t_invalid;
        e->val = o->val;
        if (!e->val) {
            chk_invalidate(e);
        }
        break;
    case OBJ_TYPE:
        o->used = true;
        e->mode = MODE_TYPE;
        e->type = o->type ? o->type : t_invalid;
        break;
    case OBJ_FUNC:
        o->used = true;
        e->mode = MODE_VALUE;
        e->type = o->type ? o->type : t_invalid;
        break;
    case OBJ_PKG:
        o->used = true;
        e->mode = MODE_PKG;
        e->type = t_invalid;
        break;
    case OBJ_BUILTIN:
        e->mode = MODE_BUILTIN;
        e->type = t_invalid;
        break;
    case OBJ_NIL:
        e->mode = MODE_VALUE;
        e->type = t_untyped_nil;
        break;
    default: chk_invalidate(e); break;
    }
    if (e->type == t_invalid && e->mode != MODE_PKG && e->mode != MODE_BUILTIN) {
        e->mode = MODE_INVALID;
    }
}

/* ---- operators ---- */

static bool is_addable_kind(const Type *t) {
    return type_is_numeric(t) || type_is_string(t);
}

static bool is_comparison(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

Type *chk_larger_untyped(Type *a, Type *b) {
    return a->kind > b->kind ? a : b;
}

/* Brings x and y to a common type for a binary operation (untyped meets typed). */
static bool match_types(Checker *c, Expr *x, Expr *y) {
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && yu) {
        if (type_is_numeric(x->type) && type_is_numeric(y->type)) {
            Type *t = chk_larger_untyped(x->type, y->type);
            if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
                chk_set_final_type(x, t);
                chk_set_final_type(y, t);
                x->type = y->type = t;
            }
        }
        return true;
    }
    if (xu && !yu) {
        return chk_implicit_convert(c, x, y->type) == CONV_OK;
    }
    if (yu && !xu) {
        return chk_implicit_convert(c, y, x->type) == CONV_OK;
    }
    return true;
}

static bool defined_for(TokKind op, Type *t) {
    switch (op) {
    case T_ADD: return chk_all_types(t, is_addable_kind);
    case T_SUB:
    case T_MUL:
    case T_QUO: return chk_all_types(t, type_is_numeric);
    case T_REM:
    case T_AND:
    case T_OR:
    case T_XOR:
    case T_AND_NOT: return chk_all_types(t, type_is_integer);
    case T_LAND:
    case T_LOR: return type_is_boolean(t->underlying ? t->underlying : t);
    default: return false;
    }
}

static const char *op_requirement(TokKind op) {
    switch (op) {
    case T_ADD: return "operator + not defined on";
    default: return NULL;
    }
}

/* The name of operation e in types2's "constant multiplication overflow", with a space. */
static const char *overflow_op_name(const Expr *e) {
    if (e->kind == E_UNARY) {
        return e->unary.op == T_XOR ? "bitwise complement " : "";
    }
    switch (e->kind == E_BINARY ? e->binary.op : T_ILLEGAL) {
    case T_ADD: return "addition ";
    case T_SUB: return "subtraction ";
    case T_XOR: return "bitwise XOR ";
    case T_MUL: return "multiplication ";
    case T_SHL: return "shift ";
    default: return "";
    }
}

/* Folds a constant to its type; reports typed overflow (a negative result of an unsigned
 * type as types2 words it: "constant -1 overflows uint"), and an untyped integer past
 * types2's 512 bits, at the operator. */
static void fold_typed(Checker *c, Expr *e, Const *v) {
    Type *t = e->type;
    if (type_is_untyped(t) && v->kind == CONST_INT && !const_fits_int(v, 513, false)) {
        chk_error(c, e->kind == E_BINARY ? e->binary.op_pos : e->pos, "constant %soverflow",
                  overflow_op_name(e));
        chk_invalidate(e);
        return;
    }
    if (type_is_unsigned(t->underlying) && const_sign(v) < 0) {
        e->val = v;
        e->mode = MODE_CONST;
        chk_error(c, chk_epos(e), "constant %s overflows %s", const_str(v), chk_typestr(t));
        chk_invalidate(e);
        return;
    }
    if (!type_is_untyped(t) && t->kind != KIND_TYPEPARAM) {
        Const *r;
        const char *why;
        if (!chk_representable(v, t, &r, &why)) {
            e->val = v;
            e->mode = MODE_CONST;
            chk_error(c, chk_epos(e), "%s overflows %s", chk_operand_str(e), chk_typestr(t));
            chk_invalidate(e);
            return;
        }
        v = r;
    }
    e->mode = MODE_CONST;
    e->val = v;
}

/* The shift count y (types2's shift): an integer, or an untyped constant representable as
 * a uint, not negative. false after reporting. */
static bool shift_count(Checker *c, Expr *y) {
    if (y->mode == MODE_CONST) {
        Const *yv = const_to_int(y->val);
        if (yv && const_sign(yv) < 0) {
            chk_error(c, chk_epos(y), "invalid operation: negative shift count %s",
                      chk_operand_str(y));
            return false;
        }
        if (type_is_untyped(y->type)) {
            Const *r;
            const char *why;
            if (!yv || !chk_representable(y->val, t_uint, &r, &why)) {
                chk_error(c, chk_epos(y), "invalid operation: shift count %s must be integer",
                          chk_operand_str(y));
                return false;
            }
            return true;
        }
    }
    if (chk_all_types(y->type, type_is_integer)) {
        return true;
    }
    if (type_is_untyped(y->type)) { /* a shift of an untyped constant, as types2 does */
        chk_convert_untyped(c, y, t_uint);
        return y->mode != MODE_INVALID;
    }
    chk_error(c, chk_epos(y), "invalid operation: shift count %s must be integer",
              chk_operand_str(y));
    return false;
}

static void chk_shift(Checker *c, Expr *e, Expr *x, Expr *y) {
    Const *xi = x->mode == MODE_CONST ? const_to_int(x->val) : NULL;
    if (!chk_all_types(x->type, type_is_integer) && !(type_is_untyped(x->type) && xi)) {
        chk_error(c, chk_epos(x), "invalid operation: shifted operand %s must be integer",
                  chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    if (!shift_count(c, y)) {
        chk_invalidate(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const *yv = const_to_int(y->val);
        if (!const_fits_int(yv, 64, true) || const_to_u64(yv) > 1023 - 1 + 52) {
            chk_error(c, chk_epos(y), "invalid operation: invalid shift count %s",
                      chk_operand_str(y));
            chk_invalidate(e);
            return;
        }
        if (type_is_untyped(y->type)) {
            chk_convert_untyped(c, y, t_uint);
        }
        /* an untyped float or complex that is an integer shifts as an untyped int */
        if (type_is_untyped(x->type) && x->type != t_untyped_rune) {
            chk_set_final_type(x, t_untyped_int);
            x->val = xi;
        }
        e->type = x->type;
        fold_typed(c, e, const_shift(e->binary.op, xi, const_to_u64(yv)));
        return;
    }
    if (type_is_untyped(y->type)) {
        chk_convert_untyped(c, y, t_uint);
    }
    /* a non-constant shift of an untyped constant keeps its type until the context gives
     * one, which must be an integer type (chk_implicit_convert: CONV_SHIFT) */
    e->mode = MODE_VALUE;
    e->type = x->type;
}

const char *chk_incomparable_why(Type *t) {
    Type *u = t->underlying;
    switch (u->kind) {
    case KIND_SLICE: return "slice can only be compared to nil";
    case KIND_MAP: return "map can only be compared to nil";
    case KIND_FUNC: return "func can only be compared to nil";
    case KIND_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            if (!type_is_comparable(u->fields[i].type)) {
                return str_printf("struct containing %s cannot be compared",
                                  chk_typestr(u->fields[i].type));
            }
        }
        break;
    case KIND_ARRAY: return str_printf("%s cannot be compared", chk_typestr(t));
    default: break;
    }
    if (t->kind == KIND_TYPEPARAM) {
        return str_printf("incomparable types in type set");
    }
    return str_printf("%s cannot be compared", chk_typestr(t));
}

static void chk_comparison(Checker *c, Expr *e, Expr *x, Expr *y) {
    TokKind op = e->binary.op;
    bool ok = true;
    const char *why = NULL;
    Expr *err_at = x;
    bool x_nil = x->type == t_untyped_nil, y_nil = y->type == t_untyped_nil;
    match_types(c, x, y);
    bool assignable = x->type == y->type || chk_assignable(c, x, y->type, NULL) ||
                      chk_assignable(c, y, x->type, NULL);
    if (!assignable) {
        chk_error(c, chk_epos(y), "invalid operation: %s (mismatched types %s and %s)",
                  ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
        chk_invalidate(e);
        return;
    }
    if (op == T_EQL || op == T_NEQ) {
        if (x_nil || y_nil) {
            Type *other = x_nil ? y->type : x->type;
            if (x_nil && y_nil) {
                ok = false;
                why = "operator == not defined on nil";
            } else if (!type_has_nil(other->underlying) && other->kind != KIND_TYPEPARAM) {
                ok = false;
                err_at = x_nil ? y : x;
                why = NULL;
            }
        } else if (!type_is_comparable(x->type)) {
            ok = false;
            why = chk_incomparable_why(x->type);
            err_at = x;
        } else if (!type_is_comparable(y->type)) {
            ok = false;
            why = chk_incomparable_why(y->type);
            err_at = y;
        }
    } else {
        if (!chk_all_types(x->type, (bool (*)(const Type *))type_is_ordered)) {
            ok = false;
            why = str_printf("operator %s not defined on %s", tok_str(op), chk_operand_str(x));
            err_at = x;
        } else if (!chk_all_types(y->type, (bool (*)(const Type *))type_is_ordered)) {
            ok = false;
            why = str_printf("operator %s not defined on %s", tok_str(op), chk_operand_str(y));
        }
    }
    if (!ok) {
        if (why) {
            chk_error(c, chk_epos(err_at), "invalid operation: %s (%s)", ast_expr_string(e), why);
        } else {
            chk_error(c, chk_epos(err_at), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
        }
        chk_invalidate(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const *xv = x->val, *yv = y->val;
        if (xv->kind != yv->kind) {
            if (xv->kind == CONST_COMPLEX || yv->kind == CONST_COMPLEX) {
                xv = const_to_complex(xv), yv = const_to_complex(yv);
            } else if (xv->kind == CONST_FLOAT || yv->kind == CONST_FLOAT) {
                xv = const_to_float(xv), yv = const_to_float(yv);
            }
        }
        if (!xv || !yv) { /* a complex number and a float beyond the rationals */
            chk_error(c, chk_epos(x), "constant result is not representable");
            chk_invalidate(e);
            return;
        }
        e->mode = MODE_CONST;
        e->val = const_bool(const_compare(op, xv, yv));
        e->type = t_untyped_bool;
        return;
    }
    /* the operands' types are final now */
    if (type_is_untyped(x->type) && !x_nil) {
        chk_convert_untyped(c, x, type_is_untyped(y->type) ? type_default(x->type) : y->type);
    }
    if (type_is_untyped(y->type) && !y_nil) {
        chk_convert_untyped(c, y, type_is_untyped(x->type) ? type_default(y->type) : x->type);
    }
    if (x_nil && !y_nil) {
        x->type = y->type;
    }
    if (y_nil && !x_nil) {
        y->type = x->type;
    }
    e->mode = MODE_VALUE;
    e->type = t_untyped_bool;
}

static void chk_binary(Checker *c, Expr *e) {
    Expr *x = e->binary.x, *y = e->binary.y;
    TokKind op = e->binary.op;
    chk_rvalue(c, x);
    chk_rvalue(c, y);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    if (op == T_SHL || op == T_SHR) {
        chk_shift(c, e, x, y);
        return;
    }
    if (is_comparison(op)) {
        chk_comparison(c, e, x, y);
        return;
    }
    Type *xt0 = x->type, *yt0 = y->type;
    Const *xv0 = x->val, *yv0 = y->val;
    if (!match_types(c, x, y)) {
        /* an untyped operand that does not fit the other's type */
        Expr *u = type_is_untyped(xt0) ? x : y;
        Expr *other = u == x ? y : x;
        ConvErr r = chk_implicit_convert(c, u, other->type);
        if (r == CONV_OVERFLOW) {
            chk_error(c, chk_epos(u), "%s overflows %s",
                      u == x ? chk_operand_str_as(x, xt0, xv0) : chk_operand_str_as(y, yt0, yv0),
                      chk_typestr(other->type));
        } else if (r == CONV_TRUNCATED) {
            chk_error(c, chk_epos(u), "%s truncated to %s",
                      u == x ? chk_operand_str_as(x, xt0, xv0) : chk_operand_str_as(y, yt0, yv0),
                      chk_typestr(other->type));
        } else if (type_is_numeric(u->type) && type_is_numeric(other->type) &&
                   u->mode == MODE_CONST && !type_is_untyped(other->type)) {
            chk_error(c, chk_epos(u), "cannot use %s as %s value in %s",
                      u == x ? chk_operand_str_as(x, xt0, xv0) : chk_operand_str_as(y, yt0, yv0),
                      chk_typestr(other->type), "expression");
        } else {
            chk_error(c, chk_epos(x), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(xt0), chk_typestr(yt0));
        }
        chk_invalidate(e);
        return;
    }
    if (x->type != y->type) {
        if (!(type_is_untyped(x->type) && type_is_untyped(y->type))) {
            chk_error(c, chk_epos(x), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
            chk_invalidate(e);
            return;
        }
    }
    Type *t = x->type;
    if (type_is_untyped(x->type) && type_is_untyped(y->type)) {
        t = chk_larger_untyped(x->type, y->type);
        if ((op == T_LAND || op == T_LOR) != (t == t_untyped_bool)) {
            /* mismatched untyped kinds like "a" + 1 */
        }
        if (x->type != y->type && !(type_is_numeric(x->type) && type_is_numeric(y->type))) {
            chk_error(c, chk_epos(x), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
            chk_invalidate(e);
            return;
        }
    }
    if (!defined_for(op, t)) {
        (void)op_requirement;
        Expr *bad = x;
        chk_error(c, chk_epos(bad), "invalid operation: operator %s not defined on %s", tok_str(op),
                  chk_operand_str(bad));
        chk_invalidate(e);
        return;
    }
    if ((op == T_QUO || op == T_REM) && y->mode == MODE_CONST &&
        (x->mode == MODE_CONST || chk_all_types(x->type, type_is_integer)) &&
        const_sign(y->val) == 0) {
        chk_error(c, chk_epos(y), "invalid operation: division by zero");
        chk_invalidate(e);
        return;
    }
    e->type = t;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const *xv = x->val, *yv = y->val;
        if (t == t_untyped_float || type_is_float(t->underlying)) {
            xv = const_to_float(xv), yv = const_to_float(yv);
        } else if (t == t_untyped_complex || type_is_complex(t->underlying)) {
            xv = const_to_complex(xv), yv = const_to_complex(yv);
        } else if (type_is_integer(t) || t == t_untyped_rune) {
            xv = const_to_int(xv), yv = const_to_int(yv);
        }
        if (!xv || !yv) {
            chk_invalidate(e);
            return;
        }
        bool int_div = xv->kind == CONST_INT;
        Const *r = const_binary(op, xv, yv, int_div);
        if (!r) {
            chk_error(c, chk_epos(y), "invalid operation: division by zero");
            chk_invalidate(e);
            return;
        }
        fold_typed(c, e, r);
        return;
    }
    e->mode = MODE_VALUE;
    if (type_is_untyped(t)) {
        /* a non-constant untyped operation (e.g. with a shifted constant) */
        e->type = t;
    }
}

/* &x.f, &a[i] (array), x.f.M() with a pointer method, a[:]: the variable at the root of
 * the operand must live in a heap cell. */
void chk_mark_addressed(Expr *e) {
    for (;;) {
        switch (e->kind) {
        case E_PAREN: e = e->paren.x; continue;
        case E_SELECTOR:
            if (e->selector.info && e->selector.info->kind == SEL_FIELD &&
                !e->selector.info->indirect && e->selector.x->type &&
                e->selector.x->type->kind != KIND_POINTER) {
                e = e->selector.x;
                continue;
            }
            return;
        case E_INDEX:
            if (e->index.x->type && e->index.x->type->underlying &&
                e->index.x->type->underlying->kind == KIND_ARRAY) {
                e = e->index.x;
                continue;
            }
            return;
        case E_IDENT:
            if (e->ident.obj && e->ident.obj->kind == OBJ_VAR) {
                e->ident.obj->escapes = true;
            }
            return;
        default: return;
        }
    }
}

static void chk_unary(Checker *c, Expr *e) {
    Expr *x = e->unary.x;
    TokKind op = e->unary.op;
    if (op == T_AND) {
        Expr *b = x;
        while (b->kind == E_PAREN) {
            b = b->paren.x;
        }
        if (b->kind == E_COMPOSITE) {
            chk_expr(c, b);
            if (x != b) {
                x->mode = b->mode, x->type = b->type;
            }
            if (b->mode == MODE_INVALID) {
                chk_invalidate(e);
                return;
            }
            e->mode = MODE_VALUE;
            e->type = type_pointer(b->type);
            return;
        }
        chk_expr(c, x);
        if (x->mode == MODE_INVALID) {
            chk_invalidate(e);
            return;
        }
        if (x->mode != MODE_VAR) {
            chk_error(c, chk_epos(x), "invalid operation: cannot take address of %s",
                      chk_operand_str(x));
            chk_invalidate(e);
            return;
        }
        chk_mark_addressed(b);
        e->mode = MODE_VALUE;
        e->type = type_pointer(x->type);
        return;
    }
    if (op == T_ARROW) {
        chk_rvalue(c, x);
        if (x->mode == MODE_INVALID) {
            chk_invalidate(e);
            return;
        }
        Type *u = chk_core_type(x->type);
        if (!u || u->kind != KIND_CHAN) {
            chk_error(c, chk_epos(x), "invalid operation: cannot receive from non-channel %s",
                      chk_operand_str(x));
            chk_invalidate(e);
            return;
        }
        if (u->dir == CHAN_SEND) {
            chk_error(c, chk_epos(x), "invalid operation: cannot receive from send-only channel %s",
                      chk_operand_str(x));
            chk_invalidate(e);
            return;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->elem;
        return;
    }
    if (op == T_TILDE) {
        chk_error(c, e->pos, "cannot use ~ outside of interface or type constraint");
        chk_expr(c, x);
        chk_invalidate(e);
        return;
    }
    chk_rvalue(c, x);
    if (x->mode == MODE_INVALID) {
        chk_invalidate(e);
        return;
    }
    Type *t = x->type;
    bool ok;
    switch (op) {
    case T_ADD:
    case T_SUB: ok = chk_all_types(t, type_is_numeric); break;
    case T_XOR: ok = chk_all_types(t, type_is_integer); break;
    case T_NOT: ok = type_is_boolean(t->underlying ? t->underlying : t); break;
    default: ok = false;
    }
    if (!ok) {
        chk_error(c, chk_epos(x), "invalid operation: operator %s not defined on %s", tok_str(op),
                  chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    e->type = t;
    if (x->mode == MODE_CONST) {
        Const *v = x->val;
        Const *r;
        switch (op) {
        case T_ADD: r = v; break;
        case T_SUB: r = const_neg(v); break;
        case T_NOT: r = const_not(v); break;
        default: {
            Type *u = t->underlying;
            if (!type_is_untyped(t)) {
                r = const_complement(v, type_int_bits(u), type_is_unsigned(u));
            } else {
                r = const_complement(v, 0, false);
            }
        }
        }
        fold_typed(c, e, r);
        return;
    }
    e->mode = MODE_VALUE;
}

/* ---- type assertions ---- */

static void chk_typeassert(Checker *c, Expr *e) {
    Expr *x = e->typeassert.x;
    chk_rvalue(c, x);
    if (!e->typeassert.type) {
        chk_error(c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
        chk_invalidate(e);
        return;
    }
    Type *t = chk_var_type(c, e->typeassert.type);
    if (x->mode == MODE_INVALID || t == t_invalid) {
        chk_invalidate(e);
        return;
    }
    if (x->type->kind != KIND_INTERFACE || x->type->kind == KIND_TYPEPARAM) {
        chk_error(c, chk_epos(x), "invalid operation: %s is not an interface", chk_operand_str(x));
        chk_invalidate(e);
        return;
    }
    if (t->kind != KIND_INTERFACE && t->kind != KIND_TYPEPARAM && !chk_in_instance(c)) {
        const char *why = NULL;
        if (!chk_implements(c, t, x->type, &why)) {
            const char *p = why ? strchr(why, '(') : NULL;
            chk_error(c, e->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                      ast_expr_string(e), chk_typestr(t), chk_typestr(x->type), p ? p : "");
            chk_invalidate(e);
            return;
        }
    }
    e->mode = MODE_COMMAOK;
    e->type = t;
}

/* ---- the dispatcher ---- */

static void chk_expr_internal(Checker *c, Expr *e, Type *hint) {
    switch (e->kind) {
    case E_BAD: chk_invalidate(e); break;
    case E_IDENT: chk_ident(c, e, false); break;
    case E_BASICLIT: chk_basiclit(c, e); break;
    case E_COMPOSITE: chk_composite(c, e, hint); break;
    case E_FUNCLIT: chk_funclit(c, e); break;
    case E_PAREN:
        chk_expr_internal(c, e->paren.x, hint);
        e->mode = e->paren.x->mode;
        e->type = e->paren.x->type;
        e->val = e->paren.x->val;
        if (e->mode == MODE_MAPINDEX || e->mode == MODE_COMMAOK) {
            e->mode = e->mode; /* (m[k]) is still a map index expression */
        }
        break;
    case E_SELECTOR: chk_selector(c, e); break;
    case E_INDEX: chk_index_expr(c, e); break;
    case E_SLICE: chk_slice_expr(c, e); break;
    case E_TYPEASSERT: chk_typeassert(c, e); break;
    case E_CALL: chk_call(c, e); break;
    case E_STAR: {
        Expr *x = e->star.x;
        chk_expr(c, x);
        if (x->mode == MODE_INVALID) {
            chk_invalidate(e);
            break;
        }
        if (x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->type = type_pointer(x->type);
            break;
        }
        chk_rvalue(c, x);
        if (x->type == t_untyped_nil) {
            chk_error(c, chk_epos(x), "invalid operation: cannot indirect nil");
            chk_invalidate(e);
            break;
        }
        Type *u = chk_core_type(x->type);
        if (!u || u->kind != KIND_POINTER) {
            chk_error(c, chk_epos(x), "invalid operation: cannot indirect %s", chk_operand_str(x));
            chk_invalidate(e);
            break;
        }
        e->mode = MODE_VAR;
        e->type = u->elem;
        break;
    }
    case E_UNARY: chk_unary(c, e); break;
    case E_BINARY: chk_binary(c, e); break;
    case E_KEYVALUE:
        chk_error(c, e->pos, "unexpected key:value expression");
        chk_invalidate(e);
        break;
    case E_ARRAYTYPE:
    case E_STRUCTTYPE:
    case E_FUNCTYPE:
    case E_IFACETYPE:
    case E_MAPTYPE:
    case E_CHANTYPE:
    case E_ELLIPSIS: chk_type(c, e); break;
    }
}

void chk_expr(Checker *c, Expr *e) {
    chk_expr_internal(c, e, NULL);
}

void chk_expr_hint(Checker *c, Expr *e, Type *hint) {
    chk_expr_internal(c, e, hint);
}

void chk_multi_expr(Checker *c, Expr *e) {
    chk_expr(c, e);
    if (e->mode == MODE_NOVALUE) {
        chk_error(c, chk_epos(e), "%s (no value) used as value", ast_expr_string(e));
        chk_invalidate(e);
    } else if (e->mode == MODE_TYPE) {
        chk_error(c, chk_epos(e), "%s (type) is not an expression", ast_expr_string(e));
        chk_invalidate(e);
    } else if (e->mode == MODE_BUILTIN) {
        chk_error(c, chk_epos(e), "%s (built-in) must be called", ast_expr_string(e));
        chk_invalidate(e);
    }
}

void chk_rvalue(Checker *c, Expr *e) {
    chk_single_value(c, e, false);
}

/* e must be a single value; an uninstantiated generic function is one only if allow_generic
 * (a call's argument, whose instantiation inference may find). */
void chk_single_value(Checker *c, Expr *e, bool allow_generic) {
    if (e->mode == MODE_INVALID && e->type == NULL) {
        chk_expr(c, e);
    }
    switch (e->mode) {
    case MODE_INVALID: return;
    case MODE_NOVALUE:
        chk_error(c, chk_epos(e), "%s (no value) used as value", ast_expr_string(e));
        chk_invalidate(e);
        return;
    case MODE_TYPE:
        chk_error(c, chk_epos(e), "%s (type) is not an expression", ast_expr_string(e));
        chk_invalidate(e);
        return;
    case MODE_BUILTIN:
        chk_error(c, chk_epos(e), "%s (built-in) must be called", ast_expr_string(e));
        chk_invalidate(e);
        return;
    case MODE_PKG:
        chk_error(c, chk_epos(e), "use of package %s not in selector", ast_expr_string(e));
        chk_invalidate(e);
        return;
    default: break;
    }
    if (e->type && e->type->kind == KIND_TUPLE) {
        chk_error(c, chk_epos(e), "multiple-value %s (value of type %s) in single-value context",
                  ast_expr_string(e), chk_typestr(e->type));
        chk_invalidate(e);
        return;
    }
    if (!allow_generic && chk_uninstantiated(e)) {
        chk_generic_value_error(c, e);
    }
}

bool chk_lhs(Checker *c, Expr *e) {
    Expr *b = e;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (b->kind == E_IDENT) {
        if (b->ident.name == intern_cstr("_")) {
            b->mode = MODE_VAR;
            b->type = NULL; /* blank: anything goes */
            e->mode = MODE_VAR;
            e->type = NULL;
            return true;
        }
        chk_ident(c, b, true);
        if (b != e) {
            e->mode = b->mode;
            e->type = b->type;
        }
    } else {
        chk_expr(c, e);
    }
    if (e->mode == MODE_INVALID) {
        return false;
    }
    if (e->mode == MODE_VAR || e->mode == MODE_MAPINDEX) {
        return true;
    }
    if (b->kind == E_SELECTOR && b->selector.info && b->selector.info->kind == SEL_FIELD) {
        /* a field of an unaddressable struct, such as a map element */
        Expr *x = b->selector.x;
        while (x->kind == E_PAREN) {
            x = x->paren.x;
        }
        if (x->mode == MODE_MAPINDEX) {
            chk_error(c, e->pos, "cannot assign to struct field %s in map", ast_expr_string(e));
            return false;
        }
    }
    chk_error(c, e->pos, "cannot assign to %s (neither addressable nor a map index expression)",
              ast_expr_string(e));
    return false;
}
