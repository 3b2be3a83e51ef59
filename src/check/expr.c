/* expr.c — checking expressions: operands, untyped constants, operators, conversions,
 * selectors and method lookup, calls and type inference, composite literals.
 *
 * Each expression node gets a mode, a type and (for constants) a value. An untyped operand
 * keeps its untyped type until its context fixes it (chk_convert_untyped), which rewrites
 * the types of the untyped sub-expressions below it too, so the compiler sees final types.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

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

static void mark_addressed(Expr *e);

static void invalidate(Expr *e) {
    e->mode = MODE_INVALID;
    e->type = t_invalid;
    e->val = NULL;
}

/* ---- identity, assignability, conversion ---- */

bool chk_identical(Type *a, Type *b) { return a == b; }

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

/* Does every type in t's type set (a type parameter) satisfy pred? Plain types: pred(t). */
static bool all_types(Type *t, bool (*pred)(const Type *)) {
    if (t->kind != KIND_TYPEPARAM) {
        return pred(t->underlying ? t->underlying : t);
    }
    TypeInfo *ti = t->chk;
    Type *c = ti ? ti->constraint : NULL;
    TypeInfo *ci = c ? c->chk : NULL;
    if (!ci || !ci->has_terms || ci->nterms == 0) {
        return false;
    }
    for (int i = 0; i < ci->nterms; i++) {
        if (!all_types(ci->terms[i].type, pred)) {
            return false;
        }
    }
    return true;
}

static const char *missing_method_reason(Checker *c, Type *t, Type *iface, bool *ok);

bool chk_implements(Checker *c, Type *t, Type *iface, const char **reason) {
    bool ok;
    const char *why = missing_method_reason(c, t, iface, &ok);
    if (!ok && reason) {
        *reason = why;
    }
    return ok;
}

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

/* Is constant v representable as a value of basic type t? Sets *out to the (rounded)
 * value and *why to "overflows" / "truncated" when not. */
static bool representable(const Const *v, Type *t, Const **out, const char **why) {
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
    if (u->kind == KIND_COMPLEX64 || u->kind == KIND_COMPLEX128 || u->kind == KIND_UNTYPED_COMPLEX) {
        Const *cx = const_to_complex(v);
        if (!cx) {
            return false;
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
static void set_final_type(Expr *e, Type *t) {
    if (!e || !e->type || !type_is_untyped(e->type)) {
        return;
    }
    if (e->mode == MODE_CONST && e->val && !type_is_untyped(t) && t->kind != KIND_INTERFACE) {
        Const *r;
        const char *why;
        if (representable(e->val, t, &r, &why)) {
            e->val = r;
        }
    }
    switch (e->kind) {
    case E_PAREN: set_final_type(e->paren.x, t); break;
    case E_UNARY:
        if (e->unary.op != T_NOT) {
            set_final_type(e->unary.x, t);
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
        case T_SHR: set_final_type(e->binary.x, t); break;
        case T_LAND:
        case T_LOR:
            set_final_type(e->binary.x, t);
            set_final_type(e->binary.y, t);
            break;
        default:
            set_final_type(e->binary.x, t);
            set_final_type(e->binary.y, t);
        }
        break;
    default: break;
    }
    e->type = t;
}

typedef enum { CONV_OK, CONV_MISMATCH, CONV_OVERFLOW, CONV_TRUNCATED, CONV_NIL, CONV_SHIFT } ConvErr;

/* Converts untyped e to target; returns an error code (nothing reported). */
static ConvErr implicit_convert(Checker *c, Expr *e, Type *target) {
    (void)c;
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
            ConvErr r = implicit_convert(c, &tmp, ci->terms[i].type);
            if (r != CONV_OK) {
                return r;
            }
        }
        set_final_type(e, target);
        return CONV_OK;
    }
    if (tu->kind == KIND_INTERFACE) {
        if (from == t_untyped_nil) {
            set_final_type(e, target);
            return CONV_OK;
        }
        Type *d = type_default(from);
        if (e->mode == MODE_CONST) {
            Const *r;
            const char *why;
            if (!representable(e->val, d, &r, &why)) {
                return why && !strcmp(why, "truncated") ? CONV_TRUNCATED : CONV_OVERFLOW;
            }
        }
        set_final_type(e, d);
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
        if (!representable(e->val, tu, &r, &why)) {
            if (why && !strcmp(why, "overflows")) {
                return CONV_OVERFLOW;
            }
            if (why && !strcmp(why, "truncated") && type_is_numeric(tu)) {
                return CONV_TRUNCATED;
            }
            return CONV_MISMATCH;
        }
        set_final_type(e, target);
        e->val = r;
        return CONV_OK;
    }
    /* non-constant untyped values: bools from comparisons, shifted constants */
    if (from == t_untyped_bool) {
        if (!type_is_boolean(tu)) {
            return CONV_MISMATCH;
        }
        set_final_type(e, target);
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
        set_final_type(e, target);
        return CONV_OK;
    }
    if (from == t_untyped_string && type_is_string(tu)) {
        set_final_type(e, target);
        return CONV_OK;
    }
    return CONV_MISMATCH;
}

void chk_convert_untyped(Checker *c, Expr *e, Type *target) {
    if (e->mode == MODE_INVALID || !type_is_untyped(e->type)) {
        return;
    }
    const char *before = chk_operand_str(e);
    ConvErr r = implicit_convert(c, e, target);
    switch (r) {
    case CONV_OK: return;
    case CONV_OVERFLOW:
        if (target->kind == KIND_INTERFACE) {
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (overflows)", before,
                      chk_typestr(type_default(e->type)), "assignment");
        } else {
            chk_error(c, chk_epos(e), "%s overflows %s", before, chk_typestr(target));
        }
        break;
    case CONV_TRUNCATED:
        chk_error(c, chk_epos(e), "%s truncated to %s", before, chk_typestr(target));
        break;
    case CONV_NIL:
        chk_error(c, chk_epos(e), "cannot convert nil to type %s", chk_typestr(target));
        break;
    case CONV_SHIFT:
        chk_error(c, chk_epos(e), "invalid operation: shifted operand %s must be integer",
                  ast_expr_string(e));
        break;
    default:
        chk_error(c, chk_epos(e), "cannot use %s as %s value", before, chk_typestr(target));
        break;
    }
    invalidate(e);
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
        ConvErr r = implicit_convert(c, e, target);
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
            invalidate(e);
            return false;
        case CONV_OVERFLOW:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (overflows)", before,
                      t->kind == KIND_INTERFACE ? chk_typestr(type_default(e->type))
                                                : target_str(c, t),
                      context);
            invalidate(e);
            return false;
        case CONV_TRUNCATED:
            chk_error(c, chk_epos(e), "cannot use %s as %s value in %s (truncated)", before,
                      target_str(c, t), context);
            invalidate(e);
            return false;
        case CONV_SHIFT:
            chk_error(c, chk_epos(e),
                      "invalid operation: shifted operand %s (type %s) must be integer",
                      ast_expr_string(e->kind == E_BINARY ? e->binary.x : e), target_str(c, t));
            invalidate(e);
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
            invalidate(e);
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

static bool is_numeric_kind(const Type *t) { return type_is_numeric(t); }
static bool is_integer_kind(const Type *t) { return type_is_integer(t); }
static bool is_addable_kind(const Type *t) { return type_is_numeric(t) || type_is_string(t); }

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

bool chk_convertible(Checker *c, Expr *e, Type *t) {
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
    if (type_is_string(tu) && (type_is_integer(vu) ||
                               (vu->kind == KIND_SLICE && (vu->elem->underlying == t_uint8 ||
                                                           vu->elem->underlying == t_int32)))) {
        return true;
    }
    if (type_is_string(vu) && tu->kind == KIND_SLICE &&
        (tu->elem->underlying == t_uint8 || tu->elem->underlying == t_int32)) {
        return true;
    }
    if (vu->kind == KIND_SLICE && tu->kind == KIND_POINTER && tu->elem->underlying->kind == KIND_ARRAY &&
        tu->elem->underlying->elem == vu->elem) {
        return true;
    }
    if (vu->kind == KIND_SLICE && tu->kind == KIND_ARRAY && tu->elem == vu->elem) {
        return true;
    }
    return false;
}

/* ---- method sets and lookup ---- */

typedef struct Cand {
    Type *t;
    int *path;
    int npath;
    bool indirect;
} Cand;

static int *path_append(const int *path, int n, int idx) {
    int *p = NEW_ARRAY(int, n + 1);
    if (n) {
        memcpy(p, path, sizeof(int) * (size_t)n);
    }
    p[n] = idx;
    return p;
}

Obj *chk_lookup(Checker *c, Type *t, const char *name, SelInfo *sel, bool *ambiguous) {
    *ambiguous = false;
    bool indirect = false;
    if (t->kind == KIND_POINTER && !(t->name && t->underlying != t)) {
        if (t->name) {
            return NULL; /* a defined pointer type has no methods and no promoted fields */
        }
        t = t->elem;
        indirect = true;
        if (t->kind == KIND_INTERFACE || t->kind == KIND_TYPEPARAM) {
            return NULL; /* a pointer to an interface has no methods */
        }
    } else if (t->kind == KIND_POINTER) {
        return NULL;
    }
    VEC(Cand) cur = {0};
    VEC(Type *) seen = {0};
    Cand first = {t, NULL, 0, indirect};
    vec_push(&cur, first);
    while (cur.len) {
        VEC(Cand) next = {0};
        int found = 0;
        Obj *result = NULL;
        SelInfo rs = {0};
        for (int ci = 0; ci < cur.len; ci++) {
            Cand cd = cur.data[ci];
            Type *ty = cd.t;
            if (ty->name) {
                bool dup = false;
                for (int k = 0; k < seen.len; k++) {
                    if (seen.data[k] == ty) {
                        dup = true;
                    }
                }
                if (dup) {
                    continue;
                }
                vec_push(&seen, ty);
                int nm;
                Obj **ms = ty->kind == KIND_TYPEPARAM ? NULL : chk_methods_of(c, ty, &nm);
                for (int k = 0; ms && k < nm; k++) {
                    if (ms[k]->name == name) {
                        found++;
                        result = ms[k];
                        rs = (SelInfo){SEL_METHOD, cd.path, cd.npath, ms[k], cd.indirect, ty, 0};
                    }
                }
            }
            Type *u = ty->kind == KIND_TYPEPARAM ? NULL : ty->underlying;
            if (ty->kind == KIND_TYPEPARAM) {
                TypeInfo *ti = ty->chk;
                u = ti && ti->constraint ? ti->constraint : NULL;
                if (u && u->kind == KIND_INTERFACE) {
                    for (int k = 0; k < u->nimethods; k++) {
                        if (u->imethods[k].name == name) {
                            found++;
                            Obj *mo = chk_new_obj(OBJ_FUNC, name, pos_make(0, 0), u->imethods[k].sig);
                            result = mo;
                            rs = (SelInfo){SEL_IFACE_METHOD, cd.path, cd.npath, mo, cd.indirect, ty, k};
                        }
                    }
                }
                /* fields of the core type */
                Type *core = chk_core_type(ty);
                u = core && core->kind == KIND_STRUCT ? core : NULL;
            }
            if (!u) {
                continue;
            }
            if (u->kind == KIND_STRUCT) {
                for (int k = 0; k < u->nfields; k++) {
                    StructField *f = &u->fields[k];
                    if (f->name == name) {
                        found++;
                        Obj *fo = chk_new_obj(OBJ_VAR, name, pos_make(0, 0), f->type);
                        fo->is_field = true;
                        result = fo;
                        rs = (SelInfo){SEL_FIELD, path_append(cd.path, cd.npath, k), cd.npath + 1,
                                       fo, cd.indirect, NULL, 0};
                    }
                    if (f->embedded) {
                        Type *ft = f->type;
                        bool ind = cd.indirect;
                        if (ft->kind == KIND_POINTER && !ft->name) {
                            ft = ft->elem;
                            ind = true;
                        }
                        Cand nc = {ft, path_append(cd.path, cd.npath, k), cd.npath + 1, ind};
                        vec_push(&next, nc);
                    }
                }
            } else if (u->kind == KIND_INTERFACE && ty->kind != KIND_TYPEPARAM) {
                for (int k = 0; k < u->nimethods; k++) {
                    if (u->imethods[k].name == name) {
                        found++;
                        Obj *mo = chk_new_obj(OBJ_FUNC, name, pos_make(0, 0), u->imethods[k].sig);
                        result = mo;
                        rs = (SelInfo){SEL_IFACE_METHOD, cd.path, cd.npath, mo, cd.indirect, ty, k};
                    }
                }
            }
        }
        if (found == 1) {
            *sel = rs;
            return result;
        }
        if (found > 1) {
            *ambiguous = true;
            return NULL;
        }
        cur.data = next.data, cur.len = next.len, cur.cap = next.cap;
    }
    return NULL;
}

/* Why t does not implement iface (Go's wording), or ok. */
static const char *missing_method_reason(Checker *c, Type *t, Type *iface, bool *ok) {
    *ok = true;
    Type *iu = iface->kind == KIND_TYPEPARAM ? NULL : iface->underlying;
    if (!iu || iu->kind != KIND_INTERFACE) {
        return NULL;
    }
    const char *tn = chk_typestr(t), *in = chk_typestr(iface);
    for (int i = 0; i < iu->nimethods; i++) {
        IMethod *im = &iu->imethods[i];
        SelInfo sel;
        bool amb;
        Obj *m = NULL;
        Type *sig = NULL;
        bool ptr_only = false;
        if (t->kind == KIND_INTERFACE && t->kind != KIND_TYPEPARAM) {
            Type *tu = t->underlying;
            for (int k = 0; k < tu->nimethods; k++) {
                if (tu->imethods[k].name == im->name) {
                    sig = tu->imethods[k].sig;
                }
            }
        } else {
            m = chk_lookup(c, t, im->name, &sel, &amb);
            if (m && (sel.kind == SEL_METHOD || sel.kind == SEL_IFACE_METHOD)) {
                if (sel.kind == SEL_METHOD) {
                    chk_resolve_obj(c, m);
                }
                sig = m->type;
                bool is_ptr = t->kind == KIND_POINTER;
                if (sel.kind == SEL_METHOD && m->ptr_recv && !is_ptr && !sel.indirect) {
                    ptr_only = true;
                }
            } else if (m) {
                m = NULL;
            }
        }
        if (!sig) {
            *ok = false;
            /* a method with another case? */
            return str_printf("%s does not implement %s (missing method %s)", tn, in, im->name);
        }
        if (sig != im->sig) {
            *ok = false;
            return str_printf("%s does not implement %s (wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s",
                              tn, in, im->name, im->name, chk_typestr(sig) + 4, im->name,
                              chk_typestr(im->sig) + 4);
        }
        if (ptr_only) {
            *ok = false;
            return str_printf("%s does not implement %s (method %s has pointer receiver)", tn, in,
                              im->name);
        }
    }
    return NULL;
}

static bool unify(Obj **tps, int ntp, Type **bound, Type *p, Type *a);

/* Does term type tt (which may mention the type parameters tps, bound to targs) match t? */
static bool term_matches(TypeTerm *tt, Type *t, Obj **tps, Type **targs, int n) {
    if (t == tt->type || (tt->tilde && t->underlying == tt->type->underlying)) {
        return true;
    }
    if (t->kind == KIND_TYPEPARAM && tt->tilde) {
        Type *core = chk_core_type(t);
        if (core && core != t && term_matches(tt, core, tps, targs, n)) {
            return true;
        }
    }
    if (tps && type_mentions_typeparam(tt->type)) {
        Type **bound = NEW_ARRAY(Type *, n + 1);
        memcpy(bound, targs, sizeof(Type *) * (size_t)n);
        return unify(tps, n, bound, tt->type, tt->tilde ? t->underlying : t);
    }
    return false;
}

bool chk_satisfies(Checker *c, Type *t, Type *constraint, const char **reason) {
    return chk_satisfies_with(c, t, constraint, NULL, NULL, 0, reason);
}

bool chk_satisfies_with(Checker *c, Type *t, Type *constraint, Obj **tps, Type **targs, int n,
                        const char **reason) {
    if (tps && type_mentions_typeparam(constraint)) {
        constraint = chk_subst(c, constraint, tps, targs, n); /* T Lesser[T]: Lesser[int] */
    }
    Type *cu = constraint->underlying ? constraint->underlying : constraint;
    TypeInfo *ci = cu->chk ? cu->chk : constraint->chk;
    const char *tn = chk_typestr(t), *cn = chk_typestr(constraint);
    if (ci && ci->has_terms) {
        bool in = false;
        for (int i = 0; i < ci->nterms; i++) {
            TypeTerm *tt = &ci->terms[i];
            if (term_matches(tt, t, tps, targs, n)) {
                in = true;
                break;
            }
            if (t->kind == KIND_TYPEPARAM) {
                /* a type parameter satisfies if its whole set is inside */
                TypeInfo *ti = t->chk;
                TypeInfo *tci = ti && ti->constraint ? ti->constraint->chk : NULL;
                if (tci && tci->has_terms) {
                    bool all = true;
                    for (int k = 0; k < tci->nterms; k++) {
                        bool one = false;
                        for (int j = 0; j < ci->nterms; j++) {
                            if (tci->terms[k].type == ci->terms[j].type ||
                                (ci->terms[j].tilde &&
                                 tci->terms[k].type->underlying == ci->terms[j].type->underlying)) {
                                one = true;
                            }
                        }
                        all = all && one;
                    }
                    if (all) {
                        in = true;
                        break;
                    }
                }
            }
        }
        if (!in) {
            StrBuf b = {0};
            for (int i = 0; i < ci->nterms; i++) {
                if (i) {
                    sb_puts(&b, " | ");
                }
                if (ci->terms[i].tilde) {
                    sb_putc(&b, '~');
                }
                sb_puts(&b, chk_typestr(ci->terms[i].type));
            }
            if (ci->nterms == 0) {
                *reason = str_printf("cannot satisfy %s (empty type set)", cn);
            } else if (t->kind == KIND_TYPEPARAM) {
                *reason = str_printf("%s does not satisfy %s", tn, cn);
            } else {
                *reason = str_printf("%s does not satisfy %s (%s missing in %s)", tn, cn, tn,
                                     sb_cstr(&b));
            }
            return false;
        }
    }
    if (ci && ci->comparable && !type_is_comparable(t)) {
        *reason = str_printf("%s does not satisfy comparable", tn);
        return false;
    }
    if (cu->kind == KIND_INTERFACE && cu->nimethods) {
        bool ok;
        const char *why = missing_method_reason(c, t, constraint, &ok);
        if (!ok) {
            /* "T does not implement C (...)" reads "does not satisfy" for constraints */
            const char *p = strstr(why, " does not implement ");
            *reason = p ? str_printf("%.*s does not satisfy %s", (int)(p - why), why,
                                     p + strlen(" does not implement "))
                        : why;
            return false;
        }
    }
    return true;
}

/* ---- identifiers ---- */

void chk_record_use(Checker *c, Obj *o) {
    (void)c;
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
        invalidate(e);
        return;
    }
    Obj *o = chk_lookup_name(c, name);
    if (!o) {
        chk_error(c, e->pos, "undefined: %s", name);
        invalidate(e);
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
        if (name == intern_cstr("iota") && !o->pkg) {
            if (c->iota < 0) {
                chk_error(c, e->pos, "cannot use iota outside constant declaration");
                invalidate(e);
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
            invalidate(e);
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
    default: invalidate(e); break;
    }
    if (e->type == t_invalid && e->mode != MODE_PKG && e->mode != MODE_BUILTIN) {
        e->mode = MODE_INVALID;
    }
}

/* ---- literals ---- */

static void chk_basiclit(Checker *c, Expr *e) {
    switch (e->lit.kind) {
    case T_INT:
    case T_FLOAT:
    case T_IMAG: {
        Const *v = const_from_literal(e->lit.kind, e->lit.text);
        if (!v) {
            chk_error(c, e->pos, "invalid number literal %s", e->lit.text);
            invalidate(e);
            return;
        }
        e->mode = MODE_CONST;
        e->val = v;
        e->type = e->lit.kind == T_INT ? t_untyped_int
                  : e->lit.kind == T_FLOAT ? t_untyped_float
                                          : t_untyped_complex;
        if (e->lit.kind == T_INT && !const_fits_int(v, 512, false)) {
            chk_error(c, e->pos, "integer constant overflow");
        }
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
    default: invalidate(e); return;
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

/* What chk_index returns for an index that is not a valid constant. */
enum { INDEX_VARIABLE = -1, INDEX_BAD = -2 };

static int64_t chk_index(Checker *c, Expr *idx, int64_t len, bool allow_len);

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

static void chk_composite(Checker *c, Expr *e, Type *hint) {
    Type *t;
    Expr *te = e->composite.type;
    bool implicit_ptr = false;
    if (te) {
        if (te->kind == E_ARRAYTYPE && te->arraytype.len && te->arraytype.len->kind == E_ELLIPSIS) {
            Type *elem = chk_type(c, te->arraytype.elt);
            int64_t n = chk_indexed_elts(c, e, elem, -1);
            t = type_array(elem, n);
            te->mode = MODE_TYPE;
            te->type = t;
            e->mode = MODE_VALUE;
            e->type = t;
            return;
        }
        t = chk_type(c, te);
    } else if (hint) {
        t = hint;
        if (t->kind == KIND_POINTER && !t->name) {
            Type *b = t->elem->underlying;
            if (b->kind == KIND_STRUCT || b->kind == KIND_ARRAY || b->kind == KIND_SLICE ||
                b->kind == KIND_MAP) {
                t = t->elem;
                implicit_ptr = true;
            }
        }
    } else {
        chk_error(c, e->pos, "invalid composite literal type: missing type");
        invalidate(e);
        return;
    }
    if (t == t_invalid) {
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            chk_expr(c, el->kind == E_KEYVALUE ? el->kv.value : el);
        }
        invalidate(e);
        return;
    }
    Type *u = chk_core_type(t);
    if (!u) {
        chk_error(c, e->pos, "invalid composite literal type %s", chk_typestr(t));
        invalidate(e);
        return;
    }
    switch (u->kind) {
    case KIND_STRUCT: {
        int n = e->composite.n;
        if (n == 0) {
            break;
        }
        bool keyed = e->composite.elts[0]->kind == E_KEYVALUE;
        if (keyed) {
            bool *seen = NEW_ARRAY(bool, u->nfields + 1);
            for (int i = 0; i < n; i++) {
                Expr *el = e->composite.elts[i];
                if (el->kind != E_KEYVALUE) {
                    chk_error(c, el->pos, "mixture of field:value and value elements in struct literal");
                    chk_expr(c, el);
                    continue;
                }
                Expr *k = el->kv.key;
                if (k->kind != E_IDENT) {
                    chk_error(c, chk_epos(el), "invalid field name %s in struct literal",
                              ast_expr_string(k));
                    chk_expr(c, el->kv.value);
                    continue;
                }
                int fi = -1;
                for (int j = 0; j < u->nfields; j++) {
                    if (u->fields[j].name == k->ident.name) {
                        fi = j;
                    }
                }
                if (fi < 0) {
                    chk_error(c, k->pos, "unknown field %s in struct literal of type %s",
                              k->ident.name, chk_typestr(t));
                    chk_expr(c, el->kv.value);
                    continue;
                }
                if (seen[fi]) {
                    chk_error(c, chk_epos(el), "duplicate field name %s in struct literal",
                              k->ident.name);
                }
                seen[fi] = true;
                k->mode = MODE_VALUE;
                k->type = u->fields[fi].type;
                el->mode = MODE_VALUE;
                el->type = u->fields[fi].type;
                /* remember the field index in the key's val slot? use the key's obj */
                Obj *fo = chk_new_obj(OBJ_VAR, k->ident.name, k->pos, u->fields[fi].type);
                fo->is_field = true;
                fo->reg = fi;
                k->ident.obj = fo;
                chk_elem(c, el->kv.value, u->fields[fi].type, "struct literal");
            }
        } else {
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
                chk_elem(c, el, u->fields[i].type, "struct literal");
            }
            if (n < u->nfields) {
                chk_error(c, e->composite.rbrace, "too few values in struct literal of type %s",
                          chk_typestr(t));
            }
        }
        break;
    }
    case KIND_ARRAY: chk_indexed_elts(c, e, u->elem, u->len); break;
    case KIND_SLICE: chk_indexed_elts(c, e, u->elem, -1); break;
    case KIND_MAP: {
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
        break;
    }
    default:
        chk_error(c, e->pos, "invalid composite literal type %s", chk_typestr(t));
        invalidate(e);
        return;
    }
    e->mode = MODE_VALUE;
    e->composite.implicit_ptr = implicit_ptr;
    e->type = implicit_ptr ? type_pointer(t) : t;
}

/* ---- function literals ---- */

static void chk_funclit(Checker *c, Expr *e) {
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

/* ---- selectors ---- */

/* pkg.Name: member o of package po (or NULL) as an operand. */
static void package_selector(Checker *c, Expr *e, Obj *po, Obj *o) {
    const char *name = e->selector.sel->ident.name;
    if (!o || !chk_is_exported(name)) {
        if (o) {
            chk_error(c, e->selector.sel->pos, "name %s not exported by package %s", name,
                      po->imported->name);
        } else {
            chk_error(c, e->selector.sel->pos, "undefined: %s.%s", e->selector.x->ident.name, name);
        }
        invalidate(e);
        return;
    }
    chk_resolve_obj(c, o);
    e->selector.info->kind = SEL_PKG;
    e->selector.info->obj = o;
    e->selector.sel->ident.obj = o;
    switch (o->kind) {
    case OBJ_CONST:
        e->mode = MODE_CONST;
        e->type = o->type;
        e->val = o->val;
        break;
    case OBJ_VAR: e->mode = MODE_VAR, e->type = o->type; break;
    case OBJ_FUNC: e->mode = MODE_VALUE, e->type = o->type; break;
    case OBJ_TYPE: e->mode = MODE_TYPE, e->type = o->type; break;
    default: invalidate(e); return;
    }
    if (!e->type || e->type == t_invalid) {
        invalidate(e);
    }
}

static void chk_selector(Checker *c, Expr *e) {
    Expr *x = e->selector.x;
    const char *name = e->selector.sel->ident.name;
    SelInfo *sel = NEW(SelInfo);
    e->selector.info = sel;
    Obj *member, *po = chk_package_member(c, e, &member);
    if (po) {
        package_selector(c, e, po, member);
        return;
    }
    chk_expr(c, x);
    if (x->mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    if (x->mode == MODE_TYPE) {
        /* a method expression T.m or (*T).m */
        Type *t = x->type;
        bool amb;
        SelInfo s;
        Obj *m = chk_lookup(c, t, name, &s, &amb);
        if (!m || s.kind == SEL_FIELD) {
            chk_error(c, e->selector.sel->pos, "%s.%s undefined (type %s has no method %s)",
                      ast_expr_string(x), name, chk_typestr(t), name);
            invalidate(e);
            return;
        }
        if (s.kind == SEL_METHOD) {
            chk_resolve_obj(c, m);
            chk_add_dep(c, m);
            if (m->ptr_recv && t->kind != KIND_POINTER && !s.indirect) {
                chk_error(c, e->selector.sel->pos,
                          "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                          ast_expr_string(x), name, chk_typestr(t), name);
                invalidate(e);
                return;
            }
        }
        *sel = s;
        sel->kind = SEL_METHOD_EXPR;
        sel->recv = t;
        Type *sig = m->type;
        Type **params = NEW_ARRAY(Type *, sig->nparams + 1);
        params[0] = t;
        for (int i = 0; i < sig->nparams; i++) {
            params[i + 1] = sig->params[i];
        }
        e->mode = MODE_VALUE;
        e->type = type_func(params, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
        if (s.kind == SEL_IFACE_METHOD) {
            sel->method_index = s.method_index;
        }
        return;
    }
    chk_rvalue(c, x);
    if (x->mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    Type *t = x->type;
    if (type_is_untyped(t)) {
        chk_default_untyped(c, x);
        t = x->type;
    }
    bool amb;
    Obj *o = chk_lookup(c, t, name, sel, &amb);
    if (!o) {
        if (amb) {
            chk_error(c, e->selector.sel->pos, "ambiguous selector %s.%s", ast_expr_string(x),
                      name);
        } else if (t->kind == KIND_POINTER && t->elem->kind == KIND_POINTER) {
            chk_error(c, e->selector.sel->pos,
                      "%s.%s undefined (type %s has no field or method %s)", ast_expr_string(x),
                      name, chk_typestr(t), name);
        } else if (t->kind == KIND_POINTER &&
                   (t->elem->kind == KIND_INTERFACE || t->elem->kind == KIND_TYPEPARAM)) {
            const char *what = t->elem->kind == KIND_TYPEPARAM ? "type parameter" : "interface";
            chk_error(c, e->selector.sel->pos, "%s.%s undefined (type %s is pointer to %s, not %s)",
                      ast_expr_string(x), name, chk_typestr(t), what, what);
        } else {
            /* maybe a different capitalisation */
            const char *hint = "";
            char alt[256];
            size_t n = strlen(name);
            if (n < sizeof alt) {
                memcpy(alt, name, n + 1);
                alt[0] = (char)(alt[0] >= 'a' && alt[0] <= 'z' ? alt[0] - 32
                                : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32 : alt[0]);
                SelInfo s2;
                bool a2;
                Obj *o2 = chk_lookup(c, t, intern_cstr(alt), &s2, &a2);
                if (o2) {
                    hint = str_printf(", but does have %s %s",
                                      s2.kind == SEL_FIELD ? "field" : "method", alt);
                }
            }
            chk_error(c, e->selector.sel->pos,
                      "%s.%s undefined (type %s has no field or method %s%s)", ast_expr_string(x),
                      name, chk_typestr(t), name, hint);
        }
        invalidate(e);
        return;
    }
    switch (sel->kind) {
    case SEL_FIELD:
        e->mode = (x->mode == MODE_VAR || sel->indirect) ? MODE_VAR : MODE_VALUE;
        e->type = o->type;
        break;
    case SEL_METHOD:
        chk_resolve_obj(c, o);
        chk_add_dep(c, o);
        if (o->ptr_recv && !sel->indirect && t->kind != KIND_POINTER) {
            /* needs &x: x must be addressable */
            Expr *base = x;
            while (base->kind == E_PAREN) {
                base = base->paren.x;
            }
            if (x->mode != MODE_VAR) {
                chk_error(c, e->selector.sel->pos, "cannot call pointer method %s on %s", name,
                          chk_typestr(t));
                invalidate(e);
                return;
            }
            mark_addressed(base);
        }
        e->mode = MODE_VALUE;
        e->type = o->type;
        break;
    case SEL_IFACE_METHOD:
        e->mode = MODE_VALUE;
        e->type = o->type;
        break;
    default: break;
    }
}

/* ---- index and slice expressions ---- */

/* Checks a constant or variable index: returns the constant's value, INDEX_VARIABLE for a
 * valid non-constant index, or INDEX_BAD after reporting an error (types2's index). */
static int64_t chk_index(Checker *c, Expr *idx, int64_t len, bool allow_len) {
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
    if (!all_types(idx->type, is_integer_kind)) {
        chk_error(c, chk_epos(idx), "invalid argument: index %s must be integer",
                  chk_operand_str(idx));
        invalidate(idx);
        return INDEX_BAD;
    }
    return INDEX_VARIABLE;
}

void chk_call(Checker *c, Expr *e);
static void chk_instantiation(Checker *c, Expr *e);
bool verify_targs_expr(Checker *c, Obj *f, Type **targs, int n, Expr *e);

static void chk_index_expr(Checker *c, Expr *e) {
    Expr *x = e->index.x;
    chk_expr(c, x);
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < e->index.n; i++) {
            chk_expr(c, e->index.indices[i]);
        }
        invalidate(e);
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
        invalidate(e);
        return;
    }
    if (e->index.n != 1) {
        chk_error(c, e->index.indices[1]->pos, "unexpected comma; expecting ]");
        invalidate(e);
        return;
    }
    Expr *idx = e->index.indices[0];
    Type *t = x->type;
    Type *u = chk_core_type(t);
    if (!u && t->kind == KIND_TYPEPARAM) {
        chk_error(c, chk_epos(x), "cannot index %s", chk_operand_str(x));
        invalidate(e);
        return;
    }
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
    case KIND_MAP:
        if (idx->kind == E_COMPOSITE && !idx->composite.type) {
            chk_expr_hint(c, idx, u->key);
        } else {
            chk_expr(c, idx);
        }
        chk_rvalue(c, idx);
        if (idx->mode != MODE_INVALID) {
            chk_assign_to(c, idx, u->key, "map index");
        }
        e->mode = MODE_MAPINDEX;
        e->type = u->elem;
        return;
    default: break;
    }
    chk_error(c, chk_epos(x), "invalid operation: cannot index %s", chk_operand_str(x));
    chk_expr(c, idx);
    invalidate(e);
}

static void chk_slice_expr(Checker *c, Expr *e) {
    Expr *x = e->slice.x;
    chk_rvalue(c, x);
    Expr *parts[3] = {e->slice.lo, e->slice.hi, e->slice.max};
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < 3; i++) {
            if (parts[i]) {
                chk_expr(c, parts[i]);
            }
        }
        invalidate(e);
        return;
    }
    Type *t = x->type;
    Type *u = chk_core_type(t);
    int64_t len = -1;
    Type *result = NULL;
    if (!u) {
        chk_error(c, chk_epos(x), "cannot slice %s", chk_operand_str(x));
        invalidate(e);
        return;
    }
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        if (e->slice.slice3) {
            chk_error(c, e->pos, "invalid operation: 3-index slice of string");
            invalidate(e);
            return;
        }
        if (x->mode == MODE_CONST) {
            len = (int64_t)x->val->slen;
        }
        chk_default_untyped(c, x);
        result = x->type == t_untyped_string ? t_string : x->type;
        if (type_is_untyped(result)) {
            result = t_string;
        }
        break;
    case KIND_ARRAY:
        if (x->mode != MODE_VAR) {
            chk_error(c, x->pos, "invalid operation: %s (slice of unaddressable value)",
                      ast_expr_string(e));
            invalidate(e);
            return;
        }
        mark_addressed(x);
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
        invalidate(e);
        return;
    case KIND_SLICE: result = u->name ? t : t; break;
    default:
        chk_error(c, chk_epos(x), "cannot slice %s", chk_operand_str(x));
        invalidate(e);
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

/* ---- operators ---- */

static bool is_comparison(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

static Type *larger_untyped(Type *a, Type *b) { return a->kind > b->kind ? a : b; }

/* Brings x and y to a common type for a binary operation (untyped meets typed). */
static bool match_types(Checker *c, Expr *x, Expr *y) {
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && yu) {
        if (type_is_numeric(x->type) && type_is_numeric(y->type)) {
            Type *t = larger_untyped(x->type, y->type);
            if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
                set_final_type(x, t);
                set_final_type(y, t);
                x->type = y->type = t;
            }
        }
        return true;
    }
    if (xu && !yu) {
        return implicit_convert(c, x, y->type) == CONV_OK;
    }
    if (yu && !xu) {
        return implicit_convert(c, y, x->type) == CONV_OK;
    }
    return true;
}

static bool defined_for(TokKind op, Type *t) {
    switch (op) {
    case T_ADD: return all_types(t, is_addable_kind);
    case T_SUB:
    case T_MUL:
    case T_QUO: return all_types(t, is_numeric_kind);
    case T_REM:
    case T_AND:
    case T_OR:
    case T_XOR:
    case T_AND_NOT: return all_types(t, is_integer_kind);
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

/* Folds a constant to its type; reports typed overflow. */
static void fold_typed(Checker *c, Expr *e, Const *v) {
    Type *t = e->type;
    if (!type_is_untyped(t) && t->kind != KIND_TYPEPARAM) {
        Const *r;
        const char *why;
        if (!representable(v, t, &r, &why)) {
            e->val = v;
            e->mode = MODE_CONST;
            chk_error(c, chk_epos(e), "%s overflows %s", chk_operand_str(e), chk_typestr(t));
            invalidate(e);
            return;
        }
        v = r;
    }
    e->mode = MODE_CONST;
    e->val = v;
}

static void chk_shift(Checker *c, Expr *e, Expr *x, Expr *y) {
    /* the count */
    if (y->mode == MODE_CONST) {
        Const *yv = const_to_int(y->val);
        if (!yv || (!type_is_integer(y->type) && !type_is_untyped(y->type))) {
            chk_error(c, chk_epos(y), "invalid operation: shift count %s must be integer",
                      chk_operand_str(y));
            invalidate(e);
            return;
        }
        if (const_sign(yv) < 0) {
            chk_error(c, chk_epos(y), "invalid operation: negative shift count %s",
                      chk_operand_str(y));
            invalidate(e);
            return;
        }
        if (type_is_untyped(y->type)) {
            chk_convert_untyped(c, y, t_uint);
        }
    } else {
        if (!all_types(y->type, is_integer_kind)) {
            chk_error(c, chk_epos(y), "invalid operation: shift count %s must be integer",
                      chk_operand_str(y));
            invalidate(e);
            return;
        }
        if (type_is_untyped(y->type)) {
            chk_convert_untyped(c, y, t_uint);
        }
    }
    /* the shifted operand */
    if (x->mode == MODE_CONST) {
        if (type_is_untyped(x->type)) {
            Const *xi = const_to_int(x->val);
            if (!xi) {
                chk_error(c, chk_epos(x), "invalid operation: shifted operand %s must be integer",
                          chk_operand_str(x));
                invalidate(e);
                return;
            }
            if (y->mode == MODE_CONST) {
                Const *yv = const_to_int(y->val);
                if (!const_fits_int(yv, 32, true) || const_to_u64(yv) > 10000) {
                    chk_error(c, chk_epos(y), "invalid shift count %s", chk_operand_str(y));
                    invalidate(e);
                    return;
                }
                e->type = x->type == t_untyped_float ? t_untyped_int : x->type;
                if (e->type == t_untyped_complex) {
                    e->type = t_untyped_int;
                }
                Const *r = const_shift(e->binary.op, xi, const_to_u64(yv));
                if (!const_fits_int(r, 512, false)) {
                    chk_error(c, chk_epos(e), "constant shift overflow");
                    invalidate(e);
                    return;
                }
                e->mode = MODE_CONST;
                e->val = r;
                if (x->type == t_untyped_float) {
                    x->type = t_untyped_int;
                    x->val = xi;
                }
                return;
            }
            /* a non-constant shift of an untyped constant: its type comes from the context */
            if (x->type == t_untyped_float) {
                x->type = t_untyped_int;
                x->val = xi;
            }
            e->mode = MODE_VALUE;
            e->type = x->type;
            return;
        }
    }
    if (!all_types(x->type, is_integer_kind)) {
        chk_error(c, chk_epos(x), "invalid operation: shifted operand %s must be integer",
                  chk_operand_str(x));
        invalidate(e);
        return;
    }
    e->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const *yv = const_to_int(y->val);
        if (const_to_u64(yv) > 10000) {
            chk_error(c, chk_epos(y), "invalid shift count %s", chk_operand_str(y));
            invalidate(e);
            return;
        }
        Const *r = const_shift(e->binary.op, x->val, const_to_u64(yv));
        fold_typed(c, e, r);
        return;
    }
    e->mode = MODE_VALUE;
}

static const char *cannot_compare_reason(Type *t) {
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
        invalidate(e);
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
            why = cannot_compare_reason(x->type);
            err_at = x;
        } else if (!type_is_comparable(y->type)) {
            ok = false;
            why = cannot_compare_reason(y->type);
            err_at = y;
        }
    } else {
        if (!all_types(x->type, (bool (*)(const Type *))type_is_ordered)) {
            ok = false;
            why = str_printf("operator %s not defined on %s", tok_str(op), chk_operand_str(x));
            err_at = x;
        } else if (!all_types(y->type, (bool (*)(const Type *))type_is_ordered)) {
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
        invalidate(e);
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
        invalidate(e);
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
    const char *xs = chk_operand_str(x), *ys = chk_operand_str(y);
    Type *xt0 = x->type, *yt0 = y->type;
    if (!match_types(c, x, y)) {
        /* an untyped operand that does not fit the other's type */
        Expr *u = type_is_untyped(xt0) ? x : y;
        Expr *other = u == x ? y : x;
        ConvErr r = implicit_convert(c, u, other->type);
        if (r == CONV_OVERFLOW) {
            chk_error(c, chk_epos(u), "%s overflows %s", u == x ? xs : ys,
                      chk_typestr(other->type));
        } else if (r == CONV_TRUNCATED) {
            chk_error(c, chk_epos(u), "%s truncated to %s", u == x ? xs : ys,
                      chk_typestr(other->type));
        } else if (type_is_numeric(u->type) && type_is_numeric(other->type) && u->mode == MODE_CONST &&
                   !type_is_untyped(other->type)) {
            chk_error(c, chk_epos(u), "cannot use %s as %s value in %s", u == x ? xs : ys,
                      chk_typestr(other->type), "expression");
        } else {
            chk_error(c, chk_epos(x), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(xt0), chk_typestr(yt0));
        }
        invalidate(e);
        return;
    }
    if (x->type != y->type) {
        if (!(type_is_untyped(x->type) && type_is_untyped(y->type))) {
            chk_error(c, chk_epos(x), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
            invalidate(e);
            return;
        }
    }
    Type *t = x->type;
    if (type_is_untyped(x->type) && type_is_untyped(y->type)) {
        t = larger_untyped(x->type, y->type);
        if ((op == T_LAND || op == T_LOR) != (t == t_untyped_bool)) {
            /* mismatched untyped kinds like "a" + 1 */
        }
        if (x->type != y->type && !(type_is_numeric(x->type) && type_is_numeric(y->type))) {
            chk_error(c, chk_epos(x), "invalid operation: %s (mismatched types %s and %s)",
                      ast_expr_string(e), chk_typestr(x->type), chk_typestr(y->type));
            invalidate(e);
            return;
        }
    }
    if (!defined_for(op, t)) {
        (void)op_requirement;
        Expr *bad = x;
        chk_error(c, chk_epos(bad), "invalid operation: operator %s not defined on %s", tok_str(op),
                  chk_operand_str(bad));
        invalidate(e);
        return;
    }
    if ((op == T_QUO || op == T_REM) && y->mode == MODE_CONST &&
        (x->mode == MODE_CONST || all_types(x->type, is_integer_kind)) && const_sign(y->val) == 0) {
        chk_error(c, chk_epos(y), "invalid operation: division by zero");
        invalidate(e);
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
            invalidate(e);
            return;
        }
        bool int_div = xv->kind == CONST_INT;
        Const *r = const_binary(op, xv, yv, int_div);
        if (!r) {
            chk_error(c, chk_epos(y), "invalid operation: division by zero");
            invalidate(e);
            return;
        }
        if (type_is_unsigned(t->underlying) && const_sign(r) < 0) {
            e->val = r;
            e->mode = MODE_CONST;
            chk_error(c, chk_epos(e), "constant %s overflows %s", const_str(r), chk_typestr(t));
            invalidate(e);
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
static void mark_addressed(Expr *e) {
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
                invalidate(e);
                return;
            }
            e->mode = MODE_VALUE;
            e->type = type_pointer(b->type);
            return;
        }
        chk_expr(c, x);
        if (x->mode == MODE_INVALID) {
            invalidate(e);
            return;
        }
        if (x->mode != MODE_VAR) {
            chk_error(c, chk_epos(x), "invalid operation: cannot take address of %s",
                      chk_operand_str(x));
            invalidate(e);
            return;
        }
        mark_addressed(b);
        e->mode = MODE_VALUE;
        e->type = type_pointer(x->type);
        return;
    }
    if (op == T_ARROW) {
        chk_rvalue(c, x);
        if (x->mode == MODE_INVALID) {
            invalidate(e);
            return;
        }
        Type *u = chk_core_type(x->type);
        if (!u || u->kind != KIND_CHAN) {
            chk_error(c, chk_epos(x), "invalid operation: cannot receive from non-channel %s",
                      chk_operand_str(x));
            invalidate(e);
            return;
        }
        if (u->dir == CHAN_SEND) {
            chk_error(c, chk_epos(x), "invalid operation: cannot receive from send-only channel %s",
                      chk_operand_str(x));
            invalidate(e);
            return;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->elem;
        return;
    }
    if (op == T_TILDE) {
        chk_error(c, e->pos, "cannot use ~ outside of interface or type constraint");
        chk_expr(c, x);
        invalidate(e);
        return;
    }
    chk_rvalue(c, x);
    if (x->mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    Type *t = x->type;
    bool ok;
    switch (op) {
    case T_ADD:
    case T_SUB: ok = all_types(t, is_numeric_kind); break;
    case T_XOR: ok = all_types(t, is_integer_kind); break;
    case T_NOT: ok = type_is_boolean(t->underlying ? t->underlying : t); break;
    default: ok = false;
    }
    if (!ok) {
        chk_error(c, chk_epos(x), "invalid operation: operator %s not defined on %s", tok_str(op),
                  chk_operand_str(x));
        invalidate(e);
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
        if (type_is_unsigned(t->underlying) && op == T_SUB && const_sign(r) < 0) {
            e->mode = MODE_CONST;
            e->val = r;
            chk_error(c, chk_epos(e), "constant %s overflows %s", const_str(r), chk_typestr(t));
            invalidate(e);
            return;
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
        invalidate(e);
        return;
    }
    Type *t = chk_type(c, e->typeassert.type);
    if (x->mode == MODE_INVALID || t == t_invalid) {
        invalidate(e);
        return;
    }
    if (x->type->kind != KIND_INTERFACE || x->type->kind == KIND_TYPEPARAM) {
        chk_error(c, chk_epos(x), "invalid operation: %s is not an interface", chk_operand_str(x));
        invalidate(e);
        return;
    }
    if (t->kind != KIND_INTERFACE) {
        const char *why = NULL;
        if (!chk_implements(c, t, x->type, &why)) {
            const char *p = why ? strchr(why, '(') : NULL;
            chk_error(c, e->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                      ast_expr_string(e), chk_typestr(t), chk_typestr(x->type), p ? p : "");
            invalidate(e);
            return;
        }
    }
    e->mode = MODE_COMMAOK;
    e->type = t;
}

/* ---- calls ---- */

static void chk_conversion(Checker *c, Expr *e, Type *t) {
    if (e->call.n != 1) {
        if (e->call.n == 0) {
            chk_error(c, e->call.rparen, "missing argument in conversion to %s", chk_typestr(t));
        } else {
            chk_error(c, e->call.args[1]->pos, "too many arguments in conversion to %s", chk_typestr(t));
        }
        for (int i = 0; i < e->call.n; i++) {
            chk_expr(c, e->call.args[i]);
        }
        invalidate(e);
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
        invalidate(e);
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
                const_to_i64(iv) <= 0x10FFFF && !(const_to_i64(iv) >= 0xD800 && const_to_i64(iv) < 0xE000)) {
                r = (int32_t)const_to_i64(iv);
            }
            char buf[4];
            int n = utf8_encode(r, buf);
            char *s = NEW_ATOMIC(4);
            memcpy(s, buf, (size_t)n);
            chk_default_untyped(c, x);
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
            if (representable(src, t, &r, &why)) {
                if (type_is_untyped(x->type)) {
                    set_final_type(x, t);
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
            invalidate(e);
            return;
        }
        chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                  chk_typestr(t));
        invalidate(e);
        return;
    }
    if (type_is_untyped(x->type)) {
        /* a constant converted to a non-basic type, or nil */
        if (x->type == t_untyped_nil) {
            if (!type_has_nil(tu) && t->kind != KIND_TYPEPARAM) {
                chk_error(c, x->pos, "cannot convert nil to type %s", chk_typestr(t));
                invalidate(e);
                return;
            }
            x->type = t;
            e->mode = MODE_VALUE;
            e->type = t;
            return;
        }
        Type *target = t;
        if (tu->kind == KIND_INTERFACE || t->kind == KIND_TYPEPARAM ||
            (type_is_string(tu) && !type_is_string(x->type)) ||
            (tu->kind == KIND_SLICE)) {
            target = type_default(x->type);
        }
        if (implicit_convert(c, x, target) != CONV_OK) {
            chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                      chk_typestr(t));
            invalidate(e);
            return;
        }
    }
    if (!chk_convertible(c, x, t)) {
        chk_error(c, chk_epos(x), "cannot convert %s to type %s", chk_operand_str(x),
                  chk_typestr(t));
        invalidate(e);
        return;
    }
    e->mode = MODE_VALUE;
    e->type = t;
}

/* Unification for type inference: binds type parameters of `tps` in `bound`. */
static bool unify(Obj **tps, int ntp, Type **bound, Type *p, Type *a) {
    if (p->kind == KIND_TYPEPARAM) {
        for (int i = 0; i < ntp; i++) {
            if (tps[i]->type == p) {
                if (!bound[i]) {
                    bound[i] = a;
                    return true;
                }
                if (bound[i] == a) {
                    return true;
                }
                /* inexact: a defined type against its underlying */
                if (bound[i]->underlying == a->underlying &&
                    (!type_is_named(bound[i]) || !type_is_named(a))) {
                    if (type_is_named(a)) {
                        bound[i] = a;
                    }
                    return true;
                }
                return false;
            }
        }
        return p == a;
    }
    if (p == a && !type_mentions_typeparam(p)) {
        return true;
    }
    if (a->kind == KIND_TYPEPARAM && p->kind != KIND_TYPEPARAM) {
        Type *core = chk_core_type(a);
        if (core && core != a) {
            a = core;
        }
    }
    if (!type_mentions_typeparam(p)) {
        return p == a || (p->underlying == a->underlying && (!p->name || !a->name));
    }
    /* generic instance against an instance of the same generic */
    TypeInfo *pi = p->chk, *ai = a->chk;
    if (p->name && pi && pi->origin) {
        if (ai && ai->origin == pi->origin) {
            for (int i = 0; i < pi->ntargs; i++) {
                if (!unify(tps, ntp, bound, pi->targs[i], ai->targs[i])) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
    Type *au = a->underlying ? a->underlying : a;
    if (p->kind != au->kind) {
        return false;
    }
    switch (p->kind) {
    case KIND_POINTER:
    case KIND_SLICE:
    case KIND_CHAN: return unify(tps, ntp, bound, p->elem, au->elem);
    case KIND_ARRAY: return p->len == au->len && unify(tps, ntp, bound, p->elem, au->elem);
    case KIND_MAP:
        return unify(tps, ntp, bound, p->key, au->key) && unify(tps, ntp, bound, p->elem, au->elem);
    case KIND_FUNC:
        if (p->nparams != au->nparams || p->nresults != au->nresults || p->variadic != au->variadic) {
            return false;
        }
        for (int i = 0; i < p->nparams; i++) {
            if (!unify(tps, ntp, bound, p->params[i], au->params[i])) {
                return false;
            }
        }
        for (int i = 0; i < p->nresults; i++) {
            if (!unify(tps, ntp, bound, p->results[i], au->results[i])) {
                return false;
            }
        }
        return true;
    case KIND_STRUCT:
        if (p->nfields != au->nfields) {
            return false;
        }
        for (int i = 0; i < p->nfields; i++) {
            if (!unify(tps, ntp, bound, p->fields[i].type, au->fields[i].type)) {
                return false;
            }
        }
        return true;
    default: return false;
    }
}

/* The arguments of a call, flattened: f(g()) with g returning several values spreads them. */
typedef struct Args {
    Expr **exprs; /* NULL entries for values of a spread tuple */
    Type **types;
    Obj **generic; /* an argument's generic function, not yet instantiated; or NULL */
    int n;
    bool spread;
    Expr *tuple_call;
} Args;

static void rvalue(Checker *c, Expr *e, bool allow_generic);
static Obj *uninstantiated(Expr *e);
static void generic_value_error(Checker *c, Expr *e);
static bool infer_from_target(Checker *c, Expr *e, Type *target);
static void partial_targs(Expr *e, Obj *g, Type **bound);

static Args collect_args(Checker *c, Expr *e, Type *sig) {
    Args a = {0};
    int n = e->call.n;
    if (n == 1) {
        Expr *arg = e->call.args[0];
        Type *hint = sig && sig->nparams >= 1 ? sig->params[0] : NULL;
        if (arg->kind == E_COMPOSITE && !arg->composite.type && hint) {
            chk_expr_hint(c, arg, hint);
        } else {
            chk_multi_expr(c, arg);
        }
        if (arg->mode != MODE_INVALID && arg->type && arg->type->kind == KIND_TUPLE) {
            a.spread = true;
            a.tuple_call = arg;
            a.n = arg->type->nparams;
            a.exprs = NEW_ARRAY(Expr *, a.n);
            a.types = NEW_ARRAY(Type *, a.n);
            a.generic = NEW_ARRAY(Obj *, a.n);
            for (int i = 0; i < a.n; i++) {
                a.types[i] = arg->type->params[i];
            }
            return a;
        }
        a.n = 1;
        a.exprs = NEW_ARRAY(Expr *, 1);
        a.types = NEW_ARRAY(Type *, 1);
        a.generic = NEW_ARRAY(Obj *, 1);
        a.exprs[0] = arg;
        if (arg->mode != MODE_INVALID) {
            rvalue(c, arg, true);
        }
        a.types[0] = arg->type;
        a.generic[0] = arg->mode == MODE_INVALID ? NULL : uninstantiated(arg);
        return a;
    }
    a.n = n;
    a.exprs = NEW_ARRAY(Expr *, n > 0 ? n : 1);
    a.types = NEW_ARRAY(Type *, n > 0 ? n : 1);
    a.generic = NEW_ARRAY(Obj *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        Expr *arg = e->call.args[i];
        Type *hint = NULL;
        if (sig) {
            if (i < sig->nparams - (sig->variadic ? 1 : 0)) {
                hint = sig->params[i];
            } else if (sig->variadic && sig->nparams) {
                hint = e->call.has_ellipsis ? sig->params[sig->nparams - 1]
                                            : sig->params[sig->nparams - 1]->elem;
            }
        }
        if (arg->kind == E_COMPOSITE && !arg->composite.type && hint) {
            chk_expr_hint(c, arg, hint);
        } else {
            chk_expr(c, arg);
        }
        if (arg->mode != MODE_INVALID) {
            rvalue(c, arg, true);
        }
        a.exprs[i] = arg;
        a.types[i] = arg->type;
        a.generic[i] = arg->mode == MODE_INVALID ? NULL : uninstantiated(arg);
    }
    return a;
}

static const char *types_list(Type **ts, int n, bool variadic_last) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) {
            sb_puts(&b, ", ");
        }
        if (variadic_last && i == n - 1) {
            sb_puts(&b, "...");
            sb_puts(&b, chk_typestr(ts[i]->elem));
        } else if (ts[i] && type_is_untyped(ts[i]) && ts[i] != t_untyped_nil) {
            sb_puts(&b, "number");
        } else {
            sb_puts(&b, ts[i] ? chk_typestr(ts[i]) : "?");
        }
    }
    sb_putc(&b, ')');
    return sb_cstr(&b);
}

/* Checks the (already evaluated) arguments against sig's parameters. */
static void check_args(Checker *c, Expr *e, Type *sig, Args *a, const char *fname) {
    int np = sig->nparams;
    bool variadic = sig->variadic;
    int nfixed = variadic ? np - 1 : np;
    bool ell = e->call.has_ellipsis;
    if (ell && !variadic) {
        chk_error(c, chk_epos(e), "cannot use ... in call to non-variadic %s", fname);
        return;
    }
    if (ell && a->spread) {
        chk_error(c, chk_epos(e), "cannot use ... with %d-valued %s", a->n,
                  ast_expr_string(a->tuple_call));
        return;
    }
    bool too_few = variadic ? (ell ? a->n < np : a->n < nfixed) : a->n < np;
    bool too_many = variadic ? (ell ? a->n > np : false) : a->n > np;
    if (too_few || too_many) {
        Pos p;
        if (too_many) {
            p = a->spread ? a->tuple_call->pos : a->exprs[np]->pos;
        } else if (a->n > 0) {
            p = a->spread ? a->tuple_call->pos : a->exprs[a->n - 1]->pos;
        } else {
            p = e->call.rparen;
        }
        chk_error(c, p, "%s arguments in call to %s\n\thave %s\n\twant %s",
                  too_few ? "not enough" : "too many", fname, types_list(a->types, a->n, false),
                  types_list(sig->params, np, variadic));
        return;
    }
    const char *ctx = str_printf("argument to %s", fname);
    for (int i = 0; i < a->n; i++) {
        Type *pt;
        if (i < nfixed) {
            pt = sig->params[i];
        } else if (ell) {
            pt = sig->params[np - 1];
        } else {
            pt = sig->params[np - 1]->elem;
        }
        if (a->spread) {
            Expr tmp = {0};
            tmp.kind = E_IDENT;
            tmp.mode = MODE_VALUE;
            tmp.type = a->types[i];
            tmp.pos = a->tuple_call->pos;
            tmp.ident.name = "value";
            const char *why = NULL;
            if (!chk_assignable(c, &tmp, pt, &why)) {
                chk_error(
                    c, a->tuple_call->pos, "cannot use %s (value of type %s) as %s value in %s",
                    ast_expr_string(a->tuple_call), chk_typestr(a->types[i]), chk_typestr(pt), ctx);
            }
            continue;
        }
        Expr *arg = a->exprs[i];
        if (a->generic[i] && !infer_from_target(c, arg, pt)) {
            generic_value_error(c, arg);
        }
        if (arg->mode == MODE_INVALID) {
            continue;
        }
        chk_assign_to(c, arg, pt, ctx);
    }
    if (variadic && !ell && a->n >= nfixed) {
        CallInfo *ci = e->call.extra ? e->call.extra : NEW(CallInfo);
        ci->variadic_slice = sig->params[np - 1];
        ci->nfixed = nfixed;
        e->call.extra = ci;
    }
}

/* Does t mention one of the type parameters tps? */
static bool mentions_tparams(Type *t, Obj **tps, int n) {
    if (!t || !type_mentions_typeparam(t)) {
        return false;
    }
    if (t->kind == KIND_TYPEPARAM) {
        for (int i = 0; i < n; i++) {
            if (tps[i]->type == t) {
                return true;
            }
        }
        return false;
    }
    bool m = false;
    if (t->name) {
        TypeInfo *ti = t->chk;
        for (int i = 0; ti && i < ti->ntargs; i++) {
            m = m || mentions_tparams(ti->targs[i], tps, n);
        }
        return m;
    }
    switch (t->kind) {
    case KIND_MAP: return mentions_tparams(t->key, tps, n) || mentions_tparams(t->elem, tps, n);
    case KIND_FUNC:
    case KIND_TUPLE:
        for (int i = 0; i < t->nparams; i++) {
            m = m || mentions_tparams(t->params[i], tps, n);
        }
        for (int i = 0; i < t->nresults; i++) {
            m = m || mentions_tparams(t->results[i], tps, n);
        }
        return m;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            m = m || mentions_tparams(t->fields[i].type, tps, n);
        }
        return m;
    case KIND_INTERFACE:
        for (int i = 0; i < t->nimethods; i++) {
            m = m || mentions_tparams(t->imethods[i].sig, tps, n);
        }
        return m;
    default: return mentions_tparams(t->elem, tps, n);
    }
}

/* The signature generic function argument g (expression arg) takes as far as the known parts
 * of its parameter's type `known` (types not mentioning the callee's type parameters tps)
 * determine its type arguments; NULL if they do not determine them all. */
static Type *generic_arg_sig(Checker *c, Obj *g, Expr *arg, Type *known, Obj **tps, int n) {
    Type *k = chk_core_type(known), *gs = g->type;
    if (!k || k->kind != KIND_FUNC || k->nparams != gs->nparams || k->nresults != gs->nresults) {
        return NULL;
    }
    Type **bound = NEW_ARRAY(Type *, g->ntparams);
    partial_targs(arg, g, bound);
    for (int i = 0; i < k->nparams; i++) {
        if (!mentions_tparams(k->params[i], tps, n)) {
            unify(g->tparams, g->ntparams, bound, gs->params[i], k->params[i]);
        }
    }
    for (int i = 0; i < k->nresults; i++) {
        if (!mentions_tparams(k->results[i], tps, n)) {
            unify(g->tparams, g->ntparams, bound, gs->results[i], k->results[i]);
        }
    }
    for (int i = 0; i < g->ntparams; i++) {
        if (!bound[i]) {
            return NULL;
        }
    }
    return chk_subst(c, gs, g->tparams, bound, g->ntparams);
}

static int count_bound(Type **bound, int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
        k += bound[i] != NULL;
    }
    return k;
}

/* Go 1.21: the arguments that are generic functions bind the callee's type parameters their
 * signatures determine (Apply(xs, Double): U from Double's result once T is known). */
static void infer_from_generic_args(Checker *c, Obj *f, Type *gsig, Args *a, Expr *e,
                                    Type **bound) {
    int ntp = f->ntparams, np = gsig->nparams;
    for (int before = -1; before != count_bound(bound, ntp);) {
        before = count_bound(bound, ntp);
        for (int i = 0; i < a->n && (i < np || gsig->variadic); i++) {
            Type *pt =
                gsig->variadic && i >= np - 1
                    ? (e->call.has_ellipsis ? gsig->params[np - 1] : gsig->params[np - 1]->elem)
                    : gsig->params[i];
            if (!a->generic[i] || !mentions_tparams(pt, f->tparams, ntp)) {
                continue;
            }
            Type *known = chk_subst(c, pt, f->tparams, bound, ntp);
            Type *gs = generic_arg_sig(c, a->generic[i], a->exprs[i], known, f->tparams, ntp);
            if (gs) {
                unify(f->tparams, ntp, bound, pt, gs);
            }
        }
    }
}

/* Infers the type arguments of generic f from a call's arguments. */
static Type **infer(Checker *c, Obj *f, Type *gsig, Args *a, Expr *e, Type **partial, int npartial) {
    int ntp = f->ntparams;
    Type **bound = NEW_ARRAY(Type *, ntp);
    for (int i = 0; i < npartial && i < ntp; i++) {
        bound[i] = partial[i];
    }
    int np = gsig->nparams;
    bool variadic = gsig->variadic;
    /* typed arguments first, then generic function arguments, then untyped constants */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            infer_from_generic_args(c, f, gsig, a, e, bound);
        }
        for (int i = 0; i < a->n; i++) {
            Type *pt;
            if (variadic && i >= np - 1) {
                pt = e->call.has_ellipsis ? gsig->params[np - 1] : gsig->params[np - 1]->elem;
            } else if (i < np) {
                pt = gsig->params[i];
            } else {
                break;
            }
            Type *at = a->types[i];
            if (!at || at == t_invalid || a->generic[i]) {
                continue;
            }
            bool untyped = type_is_untyped(at);
            if (pass == 0 && untyped) {
                continue;
            }
            if (pass == 1) {
                if (!untyped || pt->kind != KIND_TYPEPARAM || at == t_untyped_nil) {
                    continue;
                }
                /* the untyped arguments of one parameter: the largest kind's default */
                int idx = -1;
                for (int k = 0; k < ntp; k++) {
                    if (f->tparams[k]->type == pt) {
                        idx = k;
                    }
                }
                if (idx < 0 || bound[idx]) {
                    continue;
                }
                Type *big = at;
                for (int j = i + 1; j < a->n; j++) {
                    Type *pj = (variadic && j >= np - 1) ? gsig->params[np - 1]->elem
                                                          : (j < np ? gsig->params[j] : NULL);
                    if (pj == pt && a->types[j] && type_is_untyped(a->types[j]) &&
                        type_is_numeric(a->types[j]) && type_is_numeric(big)) {
                        big = larger_untyped(big, a->types[j]);
                    }
                }
                bound[idx] = type_default(big);
                continue;
            }
            if (!unify(f->tparams, ntp, bound, pt, at)) {
                Expr *arg = a->exprs[i];
                int idx = -1;
                for (int k = 0; k < ntp; k++) {
                    if (f->tparams[k]->type == pt) {
                        idx = k;
                    }
                }
                if (idx >= 0 && bound[idx] && arg) {
                    chk_error(c, arg->pos, "type %s of %s does not match inferred type %s for %s",
                              chk_typestr(at), ast_expr_string(arg), chk_typestr(bound[idx]),
                              chk_typestr(pt));
                } else if (arg) {
                    chk_error(c, arg->pos, "type %s of %s does not match %s", chk_typestr(at),
                              ast_expr_string(arg), chk_typestr(pt));
                }
                return NULL;
            }
        }
    }
    infer_from_generic_args(c, f, gsig, a, e, bound);
    /* core types of constraints: [S ~[]E, E any] */
    for (int round = 0; round < ntp; round++) {
        bool progress = false;
        for (int i = 0; i < ntp; i++) {
            Type *ct = type_info(f->tparams[i]->type)->constraint;
            TypeInfo *ci = ct ? ct->chk : NULL;
            if (!ci || !ci->has_terms || ci->nterms != 1) {
                continue;
            }
            Type *core = ci->terms[0].type;
            if (bound[i]) {
                Type *src = ci->terms[0].tilde ? bound[i]->underlying : bound[i];
                int before = 0;
                for (int k = 0; k < ntp; k++) {
                    before += bound[k] != NULL;
                }
                unify(f->tparams, ntp, bound, core, src);
                int after = 0;
                for (int k = 0; k < ntp; k++) {
                    after += bound[k] != NULL;
                }
                progress = progress || after > before;
            } else if (!type_mentions_typeparam(core)) {
                bound[i] = core;
                progress = true;
            }
        }
        if (!progress) {
            break;
        }
    }
    /* types built from other parameters ([S ~[]E]: S unknown, E known) */
    for (int i = 0; i < ntp; i++) {
        if (!bound[i]) {
            chk_error(c, e->call.lparen, "in call to %s, cannot infer %s",
                      ast_expr_string(e->call.fun), f->tparams[i]->name);
            return NULL;
        }
    }
    return bound;
}

/* f[T1, T2] — explicit (maybe partial) instantiation of a generic function. */
static void chk_instantiation(Checker *c, Expr *e) {
    Expr *x = e->index.x;
    Obj *f = x->kind == E_IDENT ? x->ident.obj : x->selector.info->obj;
    int n = e->index.n;
    Type **targs = NEW_ARRAY(Type *, n);
    for (int i = 0; i < n; i++) {
        targs[i] = chk_type(c, e->index.indices[i]);
        if (targs[i] == t_invalid) {
            invalidate(e);
            return;
        }
    }
    if (n > f->ntparams) {
        chk_error(c, e->index.indices[f->ntparams]->pos, "got %d type arguments but %s has %d type parameters",
                  n, f->name, f->ntparams);
        invalidate(e);
        return;
    }
    if (n < f->ntparams) {
        /* partial: the call completes it */
        e->mode = MODE_VALUE;
        e->type = f->type;
        e->val = NULL;
        return;
    }
    if (!verify_targs_expr(c, f, targs, n, e)) {
        invalidate(e);
        return;
    }
    Obj *inst = chk_instantiate_func(c, f, targs, n, e->pos);
    e->mode = MODE_VALUE;
    e->type = inst->type;
    e->index.inst = inst;
}

bool verify_targs_expr(Checker *c, Obj *f, Type **targs, int n, Expr *e);
bool verify_targs_expr(Checker *c, Obj *f, Type **targs, int n, Expr *e) {
    bool ok = true;
    for (int i = 0; i < n && i < f->ntparams; i++) {
        Type *ct = type_info(f->tparams[i]->type)->constraint;
        const char *reason = NULL;
        if (ct && !chk_satisfies_with(c, targs[i], ct, f->tparams, targs, n, &reason)) {
            Expr *at = e->kind == E_INDEX && i < e->index.n ? e->index.indices[i] : e;
            Pos p = chk_epos(at);
            chk_error(c, p, "%s", reason);
            ok = false;
        }
    }
    return ok;
}

/* The instance an E_INDEX instantiation resolved to (or NULL). */
Obj *chk_instance_of(Expr *e);
Obj *chk_instance_of(Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    return e->kind == E_INDEX ? e->index.inst : NULL;
}

static Obj *generic_func_of(Expr *fun) {
    Expr *f = fun;
    while (f->kind == E_PAREN) {
        f = f->paren.x;
    }
    Obj *o = NULL;
    if (f->kind == E_IDENT) {
        o = f->ident.obj;
    } else if (f->kind == E_SELECTOR && f->selector.info && f->selector.info->kind == SEL_PKG) {
        o = f->selector.info->obj;
    } else if (f->kind == E_INDEX) {
        Expr *x = f->index.x;
        if (x->kind == E_IDENT) {
            o = x->ident.obj;
        } else if (x->kind == E_SELECTOR && x->selector.info) {
            o = x->selector.info->obj;
        }
    }
    if (o && o->kind == OBJ_FUNC && o->ntparams && !o->recv_base) {
        return o;
    }
    return NULL;
}

/* The generic function e names without (all) its type arguments, or NULL. */
static Obj *uninstantiated(Expr *e) {
    if (e->mode != MODE_VALUE || !e->type || e->type->kind != KIND_FUNC) {
        return NULL;
    }
    Obj *g = generic_func_of(e);
    return g && !chk_instance_of(e) ? g : NULL;
}

static void generic_value_error(Checker *c, Expr *e) {
    chk_error(c, chk_epos(e), "cannot use generic function %s without instantiation",
              ast_expr_string(e));
    invalidate(e);
}

/* e, a generic function's name (perhaps partially instantiated), now denotes instance inst. */
static void use_instance(Expr *e, Obj *inst) {
    for (Expr *x = e;; x = x->paren.x) {
        x->mode = MODE_VALUE;
        x->type = inst->type;
        if (x->kind != E_PAREN) {
            break;
        }
    }
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->kind == E_IDENT) {
        e->ident.obj = inst;
    } else if (e->kind == E_SELECTOR) {
        e->selector.info->obj = inst;
        e->selector.sel->ident.obj = inst;
    } else if (e->kind == E_INDEX) {
        e->index.inst = inst;
    }
}

/* The type arguments given explicitly to generic g in e (g[int] of g[K, V]), into bound. */
static void partial_targs(Expr *e, Obj *g, Type **bound) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    for (int i = 0; e->kind == E_INDEX && i < e->index.n && i < g->ntparams; i++) {
        bound[i] = e->index.indices[i]->type;
    }
}

/* Go 1.21: a generic function used where a function type is expected (assigned, passed)
 * gets the type arguments that make its signature that type. Returns whether e is now an
 * instance. */
static bool infer_from_target(Checker *c, Expr *e, Type *target) {
    Obj *g = uninstantiated(e);
    Type *core = g && target ? chk_core_type(target) : NULL;
    if (!core || core->kind != KIND_FUNC) {
        return false;
    }
    Type **bound = NEW_ARRAY(Type *, g->ntparams);
    partial_targs(e, g, bound);
    if (!unify(g->tparams, g->ntparams, bound, g->type, core)) {
        return false;
    }
    for (int i = 0; i < g->ntparams; i++) {
        if (!bound[i]) {
            return false;
        }
    }
    if (!verify_targs_expr(c, g, bound, g->ntparams, e)) {
        invalidate(e);
        return true;
    }
    use_instance(e, chk_instantiate_func(c, g, bound, g->ntparams, chk_epos(e)));
    return true;
}

void chk_rvalue_to(Checker *c, Expr *e, Type *target) {
    if (e->mode == MODE_INVALID && e->type == NULL) {
        chk_expr(c, e);
    }
    infer_from_target(c, e, target);
    chk_rvalue(c, e);
}

void chk_call(Checker *c, Expr *e) {
    Expr *fun = e->call.fun;
    chk_expr(c, fun);
    if (fun->mode == MODE_INVALID) {
        for (int i = 0; i < e->call.n; i++) {
            chk_expr(c, e->call.args[i]);
        }
        invalidate(e);
        return;
    }
    if (fun->mode == MODE_TYPE) {
        chk_conversion(c, e, fun->type);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        e->call.call_kind = CALL_BUILTIN;
        Expr *b = fun;
        while (b->kind == E_PAREN) {
            b = b->paren.x;
        }
        chk_builtin_call(c, e, b->ident.obj);
        return;
    }
    if (fun->mode == MODE_PKG) {
        chk_error(c, fun->pos, "use of package %s not in selector", ast_expr_string(fun));
        invalidate(e);
        return;
    }
    Type *ft = fun->type;
    Type *sig = chk_core_type(ft);
    if (!sig || sig->kind != KIND_FUNC) {
        chk_error(c, e->pos, "invalid operation: cannot call non-function %s", chk_operand_str(fun));
        for (int i = 0; i < e->call.n; i++) {
            chk_expr(c, e->call.args[i]);
        }
        invalidate(e);
        return;
    }
    const char *fname = ast_expr_string(fun);
    Obj *generic = generic_func_of(fun);
    Obj *inst = chk_instance_of(fun);
    CallInfo *ci = NEW(CallInfo);
    e->call.extra = ci;
    if (generic && !inst) {
        /* infer (with any explicit partial type arguments) */
        Type **partial = NULL;
        int npartial = 0;
        if (fun->kind == E_INDEX) {
            npartial = fun->index.n;
            partial = NEW_ARRAY(Type *, npartial);
            for (int i = 0; i < npartial; i++) {
                partial[i] = fun->index.indices[i]->type;
            }
        }
        Args a = collect_args(c, e, NULL);
        for (int i = 0; i < a.n; i++) {
            if (a.exprs[i] && a.exprs[i]->mode == MODE_INVALID) {
                invalidate(e);
                return;
            }
        }
        Type **targs = infer(c, generic, sig, &a, e, partial, npartial);
        if (!targs) {
            invalidate(e);
            return;
        }
        bool ok = true;
        for (int i = 0; i < generic->ntparams; i++) {
            Type *ct = type_info(generic->tparams[i]->type)->constraint;
            const char *reason = NULL;
            if (ct && !chk_satisfies_with(c, targs[i], ct, generic->tparams, targs,
                                          generic->ntparams, &reason)) {
                chk_error(c, e->call.lparen, "%s", reason);
                ok = false;
            }
        }
        if (!ok) {
            invalidate(e);
            return;
        }
        inst = chk_instantiate_func(c, generic, targs, generic->ntparams, e->pos);
        sig = inst->type;
        fun->type = sig;
        if (fun->kind == E_INDEX) {
            fun->index.inst = inst;
            fun->mode = MODE_VALUE;
        }
        ci->func = inst;
        check_args(c, e, sig, &a, fname);
    } else {
        Args a = collect_args(c, e, sig);
        check_args(c, e, sig, &a, fname);
        ci->func = inst;
    }
    /* what kind of call */
    Expr *f = fun;
    while (f->kind == E_PAREN) {
        f = f->paren.x;
    }
    if (inst) {
        e->call.call_kind = CALL_FUNC;
        ci->func = inst;
    } else if (f->kind == E_IDENT && f->ident.obj && f->ident.obj->kind == OBJ_FUNC) {
        e->call.call_kind = CALL_FUNC;
        ci->func = f->ident.obj;
    } else if (f->kind == E_SELECTOR && f->selector.info) {
        SelInfo *s = f->selector.info;
        if (s->kind == SEL_PKG && s->obj->kind == OBJ_FUNC) {
            e->call.call_kind = CALL_FUNC;
            ci->func = s->obj;
        } else if (s->kind == SEL_METHOD) {
            e->call.call_kind = CALL_METHOD;
            ci->func = s->obj;
        } else if (s->kind == SEL_IFACE_METHOD) {
            e->call.call_kind = CALL_IFACE;
        } else {
            e->call.call_kind = CALL_VALUE;
        }
    } else {
        e->call.call_kind = CALL_VALUE;
    }
    if (sig->nresults == 0) {
        e->mode = MODE_NOVALUE;
        e->type = t_empty_tuple;
    } else if (sig->nresults == 1) {
        e->mode = MODE_VALUE;
        e->type = sig->results[0];
    } else {
        e->mode = MODE_VALUE;
        e->type = type_tuple(sig->results, sig->nresults);
    }
}

/* ---- the dispatcher ---- */

static void chk_expr_internal(Checker *c, Expr *e, Type *hint) {
    switch (e->kind) {
    case E_BAD: invalidate(e); break;
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
            invalidate(e);
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
            invalidate(e);
            break;
        }
        Type *u = chk_core_type(x->type);
        if (!u || u->kind != KIND_POINTER) {
            chk_error(c, chk_epos(x), "invalid operation: cannot indirect %s", chk_operand_str(x));
            invalidate(e);
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
        invalidate(e);
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

void chk_expr(Checker *c, Expr *e) { chk_expr_internal(c, e, NULL); }
void chk_expr_hint(Checker *c, Expr *e, Type *hint) { chk_expr_internal(c, e, hint); }

void chk_multi_expr(Checker *c, Expr *e) {
    chk_expr(c, e);
    if (e->mode == MODE_NOVALUE) {
        chk_error(c, chk_epos(e), "%s (no value) used as value", ast_expr_string(e));
        invalidate(e);
    } else if (e->mode == MODE_TYPE) {
        chk_error(c, chk_epos(e), "%s (type) is not an expression", ast_expr_string(e));
        invalidate(e);
    } else if (e->mode == MODE_BUILTIN) {
        chk_error(c, chk_epos(e), "%s (built-in) must be called", ast_expr_string(e));
        invalidate(e);
    }
}

void chk_rvalue(Checker *c, Expr *e) {
    rvalue(c, e, false);
}

/* e must be a single value; an uninstantiated generic function is one only if allow_generic
 * (a call's argument, whose instantiation inference may find). */
static void rvalue(Checker *c, Expr *e, bool allow_generic) {
    if (e->mode == MODE_INVALID && e->type == NULL) {
        chk_expr(c, e);
    }
    switch (e->mode) {
    case MODE_INVALID: return;
    case MODE_NOVALUE:
        chk_error(c, chk_epos(e), "%s (no value) used as value", ast_expr_string(e));
        invalidate(e);
        return;
    case MODE_TYPE:
        chk_error(c, chk_epos(e), "%s (type) is not an expression", ast_expr_string(e));
        invalidate(e);
        return;
    case MODE_BUILTIN:
        chk_error(c, chk_epos(e), "%s (built-in) must be called", ast_expr_string(e));
        invalidate(e);
        return;
    case MODE_PKG:
        chk_error(c, chk_epos(e), "use of package %s not in selector", ast_expr_string(e));
        invalidate(e);
        return;
    default: break;
    }
    if (e->type && e->type->kind == KIND_TUPLE) {
        chk_error(c, chk_epos(e), "multiple-value %s (value of type %s) in single-value context",
                  ast_expr_string(e), chk_typestr(e->type));
        invalidate(e);
        return;
    }
    if (!allow_generic && uninstantiated(e)) {
        generic_value_error(c, e);
    }
}

/* Checks an assignment's left-hand side: returns false (reported) if not assignable. */
bool chk_lhs(Checker *c, Expr *e);
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
