/* operand.c — operands (types2's operand.go, and the untyped conversions of its expr.go and
 * const.go): how an operand is spelled and positioned in messages, and how an untyped
 * operand gets its final type.
 *
 * Each expression node gets a mode, a type and (for constants) a value. An untyped operand
 * keeps its untyped type until its context fixes it (chk_convert_untyped), which rewrites
 * the types of the untyped sub-expressions below it too, so the compiler sees final types.
 * A constant converted to a typed type is rounded to that type (chk_representable).
 */
#include "internal.h"

/* Where types2 reports an expression: syntax.StartPos, the leftmost position of the node
 * as cmd/compile's parser records positions. That is the first token, except where the
 * parser's own position of a node is not corrected by StartPos: a slice expression's '[', a
 * function type's '(' and a key:value element's ':'. */
Pos chk_epos(const Expr *e) {
    for (;;) {
        switch (e->kind) {
        case E_COMPOSITE:
            if (!e->composite.type) {
                return e->pos;
            }
            e = e->composite.type;
            break;
        case E_SELECTOR: e = e->selector.x; break;
        case E_INDEX: e = e->index.x; break;
        case E_TYPEASSERT: e = e->typeassert.x; break;
        case E_BINARY: e = e->binary.x; break;
        case E_CALL: e = e->call.fun; break;
        case E_SLICE: return e->slice.lbrack;
        case E_KEYVALUE: return e->kv.colon;
        case E_FUNCTYPE: return e->functype.params ? e->functype.params->open : e->pos;
        default: return e->pos;
        }
    }
}

/* ---- spelling operands, as Go's messages do ---- */

static const char *mode_str(ExprMode m) {
    switch (m) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPE: return "type";
    case MODE_CONST: return "constant";
    case MODE_VAR: return "variable";
    case MODE_MAPINDEX: return "map index expression";
    case MODE_VALUE: return "value";
    case MODE_COMMAOK: return "comma, ok expression";
    case MODE_PKG: return "package";
    }
    return "?";
}

/* The type of operand e as Go's messages spell it: a variable's as its declaration wrote it. */
static const char *operand_type_str(Expr *e) {
    Obj *o = e->kind == E_IDENT ? e->ident.obj : NULL;
    if (o && o->kind == OBJ_VAR && o->type_spelling && o->type == e->type) {
        return o->type_spelling;
    }
    return chk_typestr(e->type);
}

const char *chk_operand_str(Expr *e) {
    if (e->type == t_untyped_nil && e->mode != MODE_TYPE) {
        return "nil";
    }
    StrBuf b = {0};
    const char *expr = ast_expr_string(e);
    sb_puts(&b, expr);
    sb_puts(&b, " (");
    bool has_type = false;
    switch (e->mode) {
    case MODE_INVALID:
    case MODE_NOVALUE:
    case MODE_BUILTIN:
    case MODE_TYPE:
    case MODE_PKG: break;
    default:
        if (e->type) {
            if (type_is_untyped(e->type)) {
                sb_puts(&b, e->type->name);
                sb_putc(&b, ' ');
                break;
            }
            has_type = true;
        }
    }
    sb_puts(&b, mode_str(e->mode));
    if (e->mode == MODE_CONST && e->val) {
        const char *vs = const_str(e->val);
        if (strcmp(vs, expr) != 0) {
            sb_putc(&b, ' ');
            sb_puts(&b, vs);
        }
    }
    if (has_type) {
        if (e->type != t_invalid) {
            sb_puts(&b, " of type ");
            sb_puts(&b, operand_type_str(e));
            if (e->type->kind == KIND_TYPEPARAM) {
                TypeInfo *ti = e->type->chk;
                if (ti && ti->constraint) {
                    sb_puts(&b, " constrained by ");
                    sb_puts(&b, chk_typestr(ti->constraint));
                }
            }
        } else {
            sb_puts(&b, " with invalid type");
        }
    }
    sb_putc(&b, ')');
    return sb_cstr(&b);
}

/* Operand e spelled with the type and value it had before an implicit conversion changed
 * them: messages name the operand as written. Built only when a message needs it. */
const char *chk_operand_str_as(Expr *e, Type *type, Const *val) {
    Type *now_type = e->type;
    Const *now_val = e->val;
    e->type = type;
    e->val = val;
    const char *s = chk_operand_str(e);
    e->type = now_type;
    e->val = now_val;
    return s;
}

void chk_invalidate(Expr *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
    e->val = NULL;
}

/* Is constant v representable as a value of basic type t? Sets *out to the (rounded)
 * value and *why to "overflows" / "truncated" when not. */
bool chk_representable(const Const *v, Type *t, Const **out, const char **why) {
    Type *u = t->underlying ? t->underlying : t;
    *why = NULL;
    if (type_is_integer(u)) {
        Const *i = const_to_int(v);
        if (!i) {
            *why = v->kind == CONST_FLOAT || v->kind == CONST_COMPLEX ? "truncated" : NULL;
            return false;
        }
        int bits = type_int_bits(u);
        if (bits && !const_fits_int(i, bits, type_is_unsigned(u))) {
            *why = "overflows";
            return false;
        }
        if (!bits && !const_fits_int(i, 512, false)) { /* untyped: gc's limit */
            *why = "overflows";
            return false;
        }
        *out = i;
        return true;
    }
    if (u->kind == KIND_FLOAT32 || u->kind == KIND_FLOAT64) {
        Const *f = const_to_float(v);
        if (!f) {
            *why = "truncated";
            return false;
        }
        if (!const_round_float(f, u->kind == KIND_FLOAT32 ? 32 : 64, out)) {
            *why = "overflows";
            return false;
        }
        return true;
    }
    if (u->kind == KIND_UNTYPED_FLOAT || u->kind == KIND_UNTYPED_RUNE ||
        u->kind == KIND_UNTYPED_INT) {
        if (u->kind == KIND_UNTYPED_FLOAT) {
            Const *f = const_to_float(v);
            if (!f) {
                return false;
            }
            *out = f;
            return true;
        }
        Const *i = const_to_int(v);
        if (!i) {
            *why = "truncated";
            return false;
        }
        *out = i;
        return true;
    }
    if (u->kind == KIND_COMPLEX64 || u->kind == KIND_COMPLEX128 ||
        u->kind == KIND_UNTYPED_COMPLEX) {
        Const *cx = const_to_complex(v);
        if (!cx) {
            *why = v->kind == CONST_FLOAT ? "overflows" : NULL; /* a float beyond rationals */
            return false;
        }
        if (u->kind != KIND_UNTYPED_COMPLEX) { /* each part rounded to float32 / float64 */
            int bits = u->kind == KIND_COMPLEX64 ? 32 : 64;
            Const *re, *im;
            if (!const_round_float(const_real(cx), bits, &re) ||
                !const_round_float(const_imag(cx), bits, &im)) {
                *why = "overflows";
                return false;
            }
            cx = const_complex(re, im);
        }
        *out = cx;
        return true;
    }
    if (type_is_string(u)) {
        if (v->kind != CONST_STRING) {
            return false;
        }
        *out = (Const *)v;
        return true;
    }
    if (type_is_boolean(u)) {
        if (v->kind != CONST_BOOL) {
            return false;
        }
        *out = (Const *)v;
        return true;
    }
    return false;
}

/* Sets the type of an untyped expression tree to t (after its context fixed it). */
void chk_set_final_type(Expr *e, Type *t) {
    if (!e || !e->type || !type_is_untyped(e->type)) {
        return;
    }
    if (e->mode == MODE_CONST && e->val && !type_is_untyped(t) && t->kind != KIND_INTERFACE) {
        Const *r;
        const char *why;
        if (chk_representable(e->val, t, &r, &why)) {
            e->val = r;
        }
    }
    switch (e->kind) {
    case E_PAREN: chk_set_final_type(e->paren.x, t); break;
    case E_UNARY:
        if (e->unary.op != T_NOT) {
            chk_set_final_type(e->unary.x, t);
        }
        break;
    case E_BINARY:
        switch (e->binary.op) {
        case T_EQL:
        case T_NEQ:
        case T_LSS:
        case T_LEQ:
        case T_GTR:
        case T_GEQ: break; /* the operands keep their own types */
        case T_SHL:
        case T_SHR: chk_set_final_type(e->binary.x, t); break;
        case T_LAND:
        case T_LOR:
            chk_set_final_type(e->binary.x, t);
            chk_set_final_type(e->binary.y, t);
            break;
        default: chk_set_final_type(e->binary.x, t); chk_set_final_type(e->binary.y, t);
        }
        break;
    default: break;
    }
    e->type = t;
}

/* Converts untyped e to target; returns an error code (nothing reported). */
ConvErr chk_implicit_convert(Checker *c, Expr *e, Type *target) {
    Type *from = e->type;
    if (!type_is_untyped(from) || target == t_invalid) {
        return CONV_OK;
    }
    Type *tu = target->underlying ? target->underlying : target;
    if (target->kind == KIND_TYPEPARAM) {
        if (from == t_untyped_nil) {
            Type *core = chk_core_type(target);
            if (core && type_has_nil(core)) {
                e->type = target;
                return CONV_OK;
            }
            return CONV_NIL;
        }
        /* a constant must be representable by every type in the set */
        TypeInfo *ti = target->chk;
        TypeInfo *ci = ti && ti->constraint ? ti->constraint->chk : NULL;
        if (!ci || !ci->has_terms) {
            return CONV_MISMATCH;
        }
        for (int i = 0; i < ci->nterms; i++) {
            Expr tmp = *e;
            ConvErr r = chk_implicit_convert(c, &tmp, ci->terms[i].type);
            if (r != CONV_OK) {
                return r;
            }
        }
        chk_set_final_type(e, target);
        return CONV_OK;
    }
    if (tu->kind == KIND_INTERFACE) {
        if (from == t_untyped_nil) {
            chk_set_final_type(e, target);
            return CONV_OK;
        }
        Type *d = type_default(from);
        if (e->mode != MODE_CONST && type_is_numeric(from) && !type_is_integer(d)) {
            return CONV_SHIFT; /* fmt.Println(1.0 << s): a float64 shifted */
        }
        if (e->mode == MODE_CONST) {
            Const *r;
            const char *why;
            if (!chk_representable(e->val, d, &r, &why)) {
                return why && !strcmp(why, "truncated") ? CONV_TRUNCATED : CONV_OVERFLOW;
            }
        }
        chk_set_final_type(e, d);
        return CONV_OK;
    }
    if (from == t_untyped_nil) {
        if (!type_has_nil(tu)) {
            return CONV_NIL;
        }
        e->type = target;
        return CONV_OK;
    }
    if (e->mode == MODE_CONST) {
        if (!(tu->kind >= KIND_BOOL && tu->kind <= KIND_STRING) && !type_is_untyped(tu)) {
            return CONV_MISMATCH;
        }
        Const *r;
        const char *why;
        if (!chk_representable(e->val, tu, &r, &why)) {
            if (why && !strcmp(why, "overflows")) {
                return CONV_OVERFLOW;
            }
            if (why && !strcmp(why, "truncated") && type_is_numeric(tu)) {
                return CONV_TRUNCATED;
            }
            return CONV_MISMATCH;
        }
        chk_set_final_type(e, target);
        e->val = r;
        return CONV_OK;
    }
    /* non-constant untyped values: bools from comparisons, shifted constants */
    if (from == t_untyped_bool) {
        if (!type_is_boolean(tu)) {
            return CONV_MISMATCH;
        }
        chk_set_final_type(e, target);
        return CONV_OK;
    }
    if (type_is_numeric(from)) {
        if (!type_is_numeric(tu) || type_is_untyped(tu)) {
            if (type_is_untyped(tu)) {
                return CONV_OK;
            }
            return CONV_MISMATCH;
        }
        if (!type_is_integer(tu)) {
            return CONV_SHIFT;
        }
        chk_set_final_type(e, target);
        return CONV_OK;
    }
    if (from == t_untyped_string && type_is_string(tu)) {
        chk_set_final_type(e, target);
        return CONV_OK;
    }
    return CONV_MISMATCH;
}

/* The constant shifted by a variable count in untyped non-constant e (1.0 << s, or an
 * operation on one). */
static Expr *shifted_constant(Expr *e) {
    for (;;) {
        switch (e->kind) {
        case E_PAREN: e = e->paren.x; break;
        case E_UNARY: e = e->unary.x; break;
        case E_BINARY:
            if (e->binary.op == T_SHL || e->binary.op == T_SHR) {
                return e->binary.x;
            }
            e = e->binary.x->mode == MODE_CONST ? e->binary.y : e->binary.x;
            break;
        default: return e;
        }
    }
}

void chk_shift_operand_error(Checker *c, Expr *e, Type *target) {
    Expr *x = shifted_constant(e);
    Type *t = target->underlying->kind == KIND_INTERFACE ? type_default(e->type) : target;
    chk_error(c, chk_epos(x), "invalid operation: shifted operand %s (type %s) must be integer",
              ast_expr_string(x), c->target_spelling ? c->target_spelling : chk_typestr(t));
}

void chk_convert_untyped(Checker *c, Expr *e, Type *target) {
    if (e->mode == MODE_INVALID || !type_is_untyped(e->type)) {
        return;
    }
    ConvErr r = chk_implicit_convert(c, e, target);
    switch (r) {
    case CONV_OK: return;
    case CONV_OVERFLOW:
        if (target->kind == KIND_INTERFACE) {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (overflows)",
                      chk_operand_str(e), chk_typestr(type_default(e->type)), "assignment");
        } else {
            chk_error(c, chk_epos(e), "%s overflows %s", chk_operand_str(e), chk_typestr(target));
        }
        break;
    case CONV_TRUNCATED:
        chk_error(c, chk_epos(e), "%s truncated to %s", chk_operand_str(e), chk_typestr(target));
        break;
    case CONV_NIL:
        chk_error(c, chk_epos(e), "cannot convert nil to type %s", chk_typestr(target));
        break;
    case CONV_SHIFT: chk_shift_operand_error(c, e, target); break;
    default:
        chk_error(c, chk_epos(e), "cannot use %s as %s value", chk_operand_str(e),
                  chk_typestr(target));
        break;
    }
    chk_invalidate(e);
}

void chk_default_untyped(Checker *c, Expr *e) {
    if (e->mode == MODE_INVALID || !type_is_untyped(e->type)) {
        return;
    }
    if (e->type == t_untyped_nil) {
        return;
    }
    chk_convert_untyped(c, e, type_default(e->type));
}
