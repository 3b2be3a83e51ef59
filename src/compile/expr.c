/* expr.c — expressions: values in registers, lvalues, conversions between representations,
 * operators, composite literals, index/slice/selector, type assertions; cmp_expr dispatches.
 *
 * An expression is compiled either into a register the caller chooses (dst >= 0) or wherever
 * is cheapest (dst < 0: a local variable's own register may be returned, which the caller must
 * not write). A constant is loaded from the checker's value, whatever the expression's form.
 *
 * Integer arithmetic is done in 64 bits and narrowed back to the operand's width (cmp_narrow);
 * float32 results are rounded the same way. A value stored in an interface is boxed with its
 * dynamic type (MKIFACE), whose method table is built first (cmp_ensure_methods).
 */
#include "internal.h"

/* ---- lvalues ---- */

static int value_reg(FS *fs, Expr *e) {
    return cmp_expr(fs, e, -1);
}

/* From x's own lvalue when x is a variable (or a huge value, which lives in memory), else from
 * its value in registers. */
LV cmp_selector_lv(FS *fs, Expr *sel) {
    SelInfo *s = sel->selector.info;
    Expr *x = sel->selector.x;
    Type *xt = x->type;
    LV base;
    if (xt->kind == KIND_POINTER) {
        int p = value_reg(fs, x);
        base = (LV){LV_REG, xt, p, 0, 0, 0, 0, NULL, NULL};
    } else if (x->mode == MODE_VAR || cmp_is_huge(xt)) {
        base = cmp_lv_expr(fs, x);
    } else {
        int r = value_reg(fs, x);
        base = (LV){LV_REG, xt, r, 0, 0, 0, 0, NULL, NULL};
    }
    return cmp_lv_field_path(fs, base, xt, s->path, s->npath);
}

/* Element ie of array a (of type at) held in registers, the index known at run time: the
 * register where the element starts, computed (and bounds checked) by RIDX. */
static LV reg_index_lv(FS *fs, LV a, Type *at, Expr *ie) {
    int i = cmp_expr_to(fs, ie, t_int, -1);
    int r = cmp_alloc(fs, 1);
    int base = r;
    if (a.kind == LV_REG) {
        cmp_load_int(fs, r, a.reg + a.off);
        a.off = 0;
    } else {
        base = a.reg;
    }
    cmp_emit(fs, OP_RIDX, r, base, i);
    cmp_emit_x(fs, at->elem->slots, (int)at->len, a.off);
    return (LV){LV_RIDX, at->elem, r, 0, 0, 0, 0, NULL, NULL};
}

/* Element ie of the array (of type at) at lvalue a. */
static LV array_elem_lv(FS *fs, LV a, Type *at, Expr *ie) {
    Type *t = at->elem;
    if ((a.kind == LV_REG || a.kind == LV_RIDX) && ie->mode == MODE_CONST) {
        a.off += (int)const_to_i64(ie->val) * t->slots;
        a.t = t;
        return a;
    }
    if (a.kind == LV_REG || a.kind == LV_RIDX) {
        return reg_index_lv(fs, a, at, ie);
    }
    int p = cmp_lv_addr(fs, &a);
    int i = cmp_expr_to(fs, ie, t_int, -1);
    return (LV){LV_PIDX, t, p, 0, i, at->len, t->slots, NULL, NULL};
}

LV cmp_lv_expr(FS *fs, Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    Type *t = e->type;
    switch (e->kind) {
    case E_IDENT: {
        Obj *o = e->ident.obj;
        if (!o || e->ident.name == intern_cstr("_")) {
            return (LV){LV_BLANK, t, 0, 0, 0, 0, 0, NULL, NULL};
        }
        if (o->global) {
            return (LV){LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
        }
        int cr = cmp_capture_reg(fs, o);
        if (cr >= 0) {
            return (LV){LV_MEM, o->type, cr, 0, 0, 0, 0, NULL, NULL};
        }
        return cmp_var_lv(o);
    }
    case E_SELECTOR: {
        SelInfo *s = e->selector.info;
        if (s->kind == SEL_PKG) {
            Obj *o = s->obj;
            return (LV){LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
        }
        return cmp_selector_lv(fs, e);
    }
    case E_STAR: {
        int p = value_reg(fs, e->star.x);
        return (LV){LV_MEM, t, p, 0, 0, 0, 0, NULL, NULL};
    }
    case E_INDEX: {
        Expr *x = e->index.x;
        Type *xu = x->type->underlying;
        if (xu->kind == KIND_MAP) {
            int m = value_reg(fs, x);
            int k = cmp_expr_to(fs, e->index.indices[0], xu->key, -1);
            return (LV){LV_MAP, t, m, 0, k, 0, 0, x->type->underlying, NULL};
        }
        if (xu->kind == KIND_SLICE) {
            int s = value_reg(fs, x);
            int i = cmp_expr_to(fs, e->index.indices[0], t_int, -1);
            return (LV){LV_SLICE, t, s, 0, i, 0, t->slots, NULL, NULL};
        }
        if (xu->kind == KIND_POINTER) {
            int p = value_reg(fs, x);
            int i = cmp_expr_to(fs, e->index.indices[0], t_int, -1);
            return (LV){LV_PIDX, t, p, 0, i, xu->elem->underlying->len, t->slots, NULL, NULL};
        }
        if (xu->kind == KIND_ARRAY) {
            return array_elem_lv(fs, cmp_lv_expr(fs, x), xu, e->index.indices[0]);
        }
        break;
    }
    case E_TYPEASSERT:
        if (cmp_is_huge(t)) {
            /* x.(T) of a huge T: the value in its box, not copied */
            int r = cmp_alloc(fs, 1);
            cmp_emit(fs, OP_ASSERT, r, cmp_expr(fs, e->typeassert.x, -1), 2);
            cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, t));
            return (LV){LV_MEM, t, r, 0, 0, 0, 0, NULL, NULL};
        }
        break;
    default: break;
    }
    /* not addressable: a value in registers */
    int r = value_reg(fs, e);
    return (LV){LV_REG, t, r, 0, 0, 0, 0, NULL, NULL};
}

/* ---- conversions between representations ---- */

/* Converts the value in src (type from) to type to, into dst. */
void cmp_convert_value(FS *fs, Type *from, Type *to, int src, int dst) {
    if (from == to || to == NULL) {
        cmp_move(fs, dst, src, from->slots);
        return;
    }
    if (from == t_untyped_nil) {
        cmp_zero(fs, dst, to->slots);
        return;
    }
    Type *tu = to->underlying, *fu = from->underlying ? from->underlying : from;
    if (tu->kind == KIND_INTERFACE) {
        if (fu->kind == KIND_INTERFACE) {
            cmp_move(fs, dst, src, 2);
            return;
        }
        from = cmp_final_type(from);
        cmp_ensure_methods(fs->C, from);
        cmp_emit_bx(fs, OP_MKIFACE, dst, (uint32_t)cmp_k_ptr(fs, from));
        cmp_emit_x(fs, src, 0, 0);
        return;
    }
    cmp_move(fs, dst, src, to->slots);
}

int cmp_converted(FS *fs, Type *from, Type *to, int src) {
    if (!to || to == from) {
        return src;
    }
    int r = cmp_alloc(fs, to->slots);
    cmp_convert_value(fs, from, to, src, r);
    return r;
}

int cmp_expr_to(FS *fs, Expr *e, Type *t, int dst) {
    Type *et = e->type;
    if (t && t->underlying && t->underlying->kind == KIND_INTERFACE && cmp_is_huge(et)) {
        return cmp_huge_to_iface(fs, e, dst);
    }
    if (!t || et == t ||
        (t->underlying && t->underlying->kind != KIND_INTERFACE && et != t_untyped_nil)) {
        return cmp_expr(fs, e, dst);
    }
    if (et == t_untyped_nil) {
        int r = cmp_target(fs, dst, t->slots);
        cmp_zero(fs, r, t->slots);
        return r;
    }
    if (et->kind == KIND_INTERFACE || (et->underlying && et->underlying->kind == KIND_INTERFACE)) {
        return cmp_expr(fs, e, dst);
    }
    int src = cmp_expr(fs, e, -1);
    int r = cmp_target(fs, dst, t->slots);
    cmp_convert_value(fs, et, t, src, r);
    return r;
}

/* ---- names ---- */

/* The func value of fn (without captures) in dst or a new register. */
static int func_value(FS *fs, Func *fn, int dst) {
    int r = cmp_target(fs, dst, 1);
    cmp_load_func(fs, fn, r);
    return r;
}

/* The value at lv (of type t) loaded into dst or new registers. */
static int load_to(FS *fs, LV *lv, Type *t, int dst) {
    int r = cmp_target(fs, dst, t->slots);
    cmp_load_lv(fs, lv, r);
    return r;
}

static int ident_expr(FS *fs, Expr *e, int dst) {
    Obj *o = e->ident.obj;
    Type *t = e->type;
    switch (o->kind) {
    case OBJ_VAR: {
        if (!o->global && cmp_capture_reg(fs, o) < 0 && !cmp_is_cell(o)) {
            if (dst >= 0) {
                cmp_move(fs, dst, o->reg, t->slots);
                return dst;
            }
            return o->reg;
        }
        LV lv = cmp_lv_expr(fs, e);
        return load_to(fs, &lv, t, dst);
    }
    case OBJ_FUNC: {
        return func_value(fs, cmp_func_ref(o), dst);
    }
    case OBJ_NIL: {
        int n = t->slots > 0 ? t->slots : 1;
        int r = cmp_target(fs, dst, n);
        cmp_zero(fs, r, n);
        return r;
    }
    default: {
        int r = cmp_target(fs, dst, t->slots);
        cmp_zero(fs, r, t->slots);
        return r;
    }
    }
}

/* ---- operators ---- */

static bool is_signed_int(Type *t) {
    Kind k = t->underlying->kind;
    return k >= KIND_INT && k <= KIND_INT64;
}

static int arith_op(TokKind op, Type *t) {
    Type *u = t->underlying;
    bool uns = type_is_unsigned(u);
    if (type_is_float(u)) {
        switch (op) {
        case T_ADD: return OP_FADD;
        case T_SUB: return OP_FSUB;
        case T_MUL: return OP_FMUL;
        case T_QUO: return OP_FDIV;
        default: return -1;
        }
    }
    if (type_is_complex(u)) {
        switch (op) {
        case T_ADD: return OP_CADD;
        case T_SUB: return OP_CSUB;
        case T_MUL: return OP_CMUL;
        case T_QUO: return OP_CDIV;
        default: return -1;
        }
    }
    switch (op) {
    case T_ADD: return u->kind == KIND_STRING ? OP_CONCAT : OP_ADD;
    case T_SUB: return OP_SUB;
    case T_MUL: return OP_MUL;
    case T_QUO: return uns ? OP_DIVU : OP_DIV;
    case T_REM: return uns ? OP_REMU : OP_REM;
    case T_AND: return OP_AND;
    case T_OR: return OP_OR;
    case T_XOR: return OP_XOR;
    case T_AND_NOT: return OP_ANDNOT;
    default: return -1;
    }
}

/* Emits a comparison of x and y (already in registers, of operand type t) into dst. */
void cmp_compare(FS *fs, TokKind op, Type *t, int x, int y, int dst) {
    Type *u = t->underlying ? t->underlying : t;
    bool swap = op == T_GTR || op == T_GEQ;
    if (swap) {
        int tmp = x;
        x = y;
        y = tmp;
        op = op == T_GTR ? T_LSS : T_LEQ;
    }
    if (u->kind == KIND_STRING) {
        int o = op == T_EQL ? OP_SEQ : op == T_NEQ ? OP_SNE : op == T_LSS ? OP_SLT : OP_SLE;
        cmp_emit(fs, o, dst, x, y);
        return;
    }
    if (type_is_float(u)) {
        int o = op == T_EQL ? OP_FEQ : op == T_NEQ ? OP_FNE : op == T_LSS ? OP_FLT : OP_FLE;
        cmp_emit(fs, o, dst, x, y);
        return;
    }
    if (u->kind == KIND_INTERFACE) {
        cmp_emit(fs, OP_IEQ, dst, x, y);
        if (op == T_NEQ) {
            cmp_emit(fs, OP_LNOT, dst, dst, 0);
        }
        return;
    }
    if (type_is_complex(u)) {
        cmp_emit(fs, OP_CEQ, dst, x, y);
        if (op == T_NEQ) {
            cmp_emit(fs, OP_LNOT, dst, dst, 0);
        }
        return;
    }
    if (u->kind == KIND_STRUCT || u->kind == KIND_ARRAY) {
        cmp_emit(fs, OP_VEQ, dst, x, y);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, t));
        if (op == T_NEQ) {
            cmp_emit(fs, OP_LNOT, dst, dst, 0);
        }
        return;
    }
    bool uns = type_is_unsigned(u);
    int o;
    switch (op) {
    case T_EQL: o = OP_EQ; break;
    case T_NEQ: o = OP_NE; break;
    case T_LSS: o = uns ? OP_LTU : OP_LT; break;
    default: o = uns ? OP_LEU : OP_LE; break;
    }
    cmp_emit(fs, o, dst, x, y);
}

/* The operand type of a comparison and whether one side needs converting to an interface. */
static int comparison_expr(FS *fs, Expr *e, int dst) {
    Expr *x = e->binary.x, *y = e->binary.y;
    Type *xt = cmp_final_type(x->type), *yt = cmp_final_type(y->type);
    Type *t = xt;
    int rx, ry;
    bool xi = xt->underlying && xt->underlying->kind == KIND_INTERFACE;
    bool yi = yt->underlying && yt->underlying->kind == KIND_INTERFACE;
    if (xi && !yi && yt != t_untyped_nil) {
        rx = cmp_expr(fs, x, -1);
        ry = cmp_expr_to(fs, y, xt, -1);
    } else if (yi && !xi && xt != t_untyped_nil) {
        rx = cmp_expr_to(fs, x, yt, -1);
        ry = cmp_expr(fs, y, -1);
        t = yt;
    } else {
        if (xt == t_untyped_nil) {
            t = yt;
        }
        rx = cmp_expr(fs, x, -1);
        ry = cmp_expr(fs, y, -1);
    }
    int r = cmp_target(fs, dst, 1);
    cmp_compare(fs, e->binary.op, t, rx, ry, r);
    return r;
}

void cmp_shift(FS *fs, TokKind op, Type *t, Type *count_type, int x, int y, int r) {
    bool signed_count = is_signed_int(cmp_final_type(count_type));
    int o;
    if (op == T_SHL) {
        o = signed_count ? OP_SHLS : OP_SHL;
    } else if (type_is_unsigned(t->underlying)) {
        o = signed_count ? OP_SHRUS : OP_SHRU;
    } else {
        o = signed_count ? OP_SHRS : OP_SHR;
    }
    cmp_emit(fs, o, r, x, y);
    cmp_narrow(fs, t, r);
}

void cmp_arith(FS *fs, TokKind op, Type *t, int dst, int x, int y) {
    Type *u = t->underlying;
    cmp_emit(fs, arith_op(op, t), dst, x, y);
    if (type_is_integer(u) || u->kind == KIND_FLOAT32) {
        cmp_narrow(fs, t, dst);
    }
    if (u->kind == KIND_COMPLEX64) {
        cmp_emit(fs, OP_F32, dst, dst, 0);
        cmp_emit(fs, OP_F32, dst + 1, dst + 1, 0);
    }
}

static int binary_expr(FS *fs, Expr *e, int dst) {
    TokKind op = e->binary.op;
    switch (op) {
    case T_EQL:
    case T_NEQ:
    case T_LSS:
    case T_LEQ:
    case T_GTR:
    case T_GEQ: return comparison_expr(fs, e, dst);
    case T_LAND:
    case T_LOR: {
        int r = cmp_target(fs, dst, 1);
        /* r = x; if (r is decisive) skip y */
        cmp_expr(fs, e->binary.x, r);
        int j = cmp_emit_sbx(fs, op == T_LAND ? OP_JF : OP_JT, r, 0);
        cmp_expr(fs, e->binary.y, r);
        cmp_patch_here(fs, j);
        return r;
    }
    default: break;
    }
    Type *t = cmp_final_type(e->type);
    Expr *x = e->binary.x, *y = e->binary.y;
    if (op == T_SHL || op == T_SHR) {
        int rx = cmp_expr(fs, x, -1);
        int ry = cmp_expr(fs, y, -1);
        int r = cmp_target(fs, dst, 1);
        cmp_shift(fs, op, e->type, y->type, rx, ry, r);
        return r;
    }
    /* x + const (small ints): ADDI */
    Type *u = t->underlying;
    if ((op == T_ADD || op == T_SUB) && type_is_integer(u) && y->mode == MODE_CONST) {
        int64_t v = const_to_i64(y->val);
        if (op == T_SUB) {
            v = -v;
        }
        if (v >= -32768 && v <= 32767) {
            int rx = cmp_expr(fs, x, -1);
            int r = cmp_target(fs, dst, 1);
            cmp_emit(fs, OP_ADDI, r, rx, (uint16_t)(int16_t)v);
            cmp_narrow(fs, t, r);
            return r;
        }
    }
    int rx = cmp_expr(fs, x, -1);
    int ry = cmp_expr(fs, y, -1);
    int r = cmp_target(fs, dst, t->slots);
    cmp_arith(fs, op, t, r, rx, ry);
    return r;
}

static int composite_value(FS *fs, Expr *e, Type *t, int dst);

/* &T{...}: a new object of type t holding literal lit. */
static int new_literal(FS *fs, Expr *lit, Type *t, int dst) {
    if (cmp_is_huge(t)) {
        return cmp_new_huge(fs, lit, t, dst);
    }
    int r = cmp_target(fs, dst, 1);
    int v = composite_value(fs, lit, t, -1);
    cmp_emit_bx(fs, OP_NEW, r, (uint32_t)cmp_k_ptr(fs, t));
    cmp_store_mem(fs, r, 0, v, t->slots);
    return r;
}

static int addr_of(FS *fs, Expr *x, int dst) {
    Expr *b = x;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (b->kind == E_COMPOSITE) {
        return new_literal(fs, b, b->type, dst);
    }
    LV lv = cmp_lv_expr(fs, b);
    int p = cmp_lv_addr(fs, &lv);
    if (p < 0) {
        cmp_error(fs, x->pos, "internal: cannot take the address of %s", chk_expr_str(x));
        p = cmp_alloc(fs, 1);
    }
    if (dst >= 0) {
        cmp_move(fs, dst, p, 1);
        return dst;
    }
    return p;
}

static int unary_expr(FS *fs, Expr *e, int dst) {
    TokKind op = e->unary.op;
    Expr *x = e->unary.x;
    if (op == T_AND) {
        return addr_of(fs, x, dst);
    }
    if (op == T_ARROW) {
        int ch = cmp_expr(fs, x, -1);
        int r = cmp_target(fs, dst, e->type->slots > 0 ? e->type->slots : 1);
        cmp_emit(fs, OP_RECV, r, ch, 0);
        return r;
    }
    Type *t = cmp_final_type(e->type);
    int rx = cmp_expr(fs, x, -1);
    int r = cmp_target(fs, dst, t->slots);
    Type *u = t->underlying;
    switch (op) {
    case T_ADD: cmp_move(fs, r, rx, t->slots); break;
    case T_SUB:
        if (type_is_float(u)) {
            cmp_emit(fs, OP_FNEG, r, rx, 0);
        } else if (type_is_complex(u)) {
            cmp_emit(fs, OP_FNEG, r, rx, 0);
            cmp_emit(fs, OP_FNEG, r + 1, rx + 1, 0);
        } else {
            cmp_emit(fs, OP_NEG, r, rx, 0);
            cmp_narrow(fs, t, r);
        }
        break;
    case T_XOR:
        cmp_emit(fs, OP_NOT, r, rx, 0);
        cmp_narrow(fs, t, r);
        break;
    case T_NOT: cmp_emit(fs, OP_LNOT, r, rx, 0); break;
    default: break;
    }
    return r;
}

/* ---- composite literals ---- */

/* A value built in the fresh registers r (n slots), moved to dst if the caller chose one. */
static int built_at(FS *fs, int r, int n, int dst) {
    if (dst >= 0) {
        cmp_move(fs, dst, r, n);
        return dst;
    }
    return r;
}

bool cmp_blank_field(const StructField *f) {
    return f->name[0] == '_' && f->name[1] == '\0';
}

static int struct_literal(FS *fs, Expr *e, Type *t, int dst) {
    Type *u = t->underlying;
    int r = cmp_alloc(fs, t->slots);
    cmp_zero(fs, r, t->slots);
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        int fi = i;
        Expr *v = el;
        if (el->kind == E_KEYVALUE) {
            fi = el->kv.key->ident.obj ? el->kv.key->ident.obj->reg : 0;
            v = el->kv.value;
        }
        StructField *f = &u->fields[fi];
        if (cmp_blank_field(f)) {
            cmp_expr(fs, v, -1);
            continue;
        }
        if (el->kind == E_KEYVALUE) {
            cmp_name_chan(fs, el->kv.key, v);
        }
        cmp_expr_to(fs, v, f->type, r + f->offset);
    }
    return built_at(fs, r, t->slots, dst);
}

static int array_literal(FS *fs, Expr *e, Type *t, int dst) {
    Type *u = t->underlying;
    int r = cmp_alloc(fs, t->slots);
    cmp_zero(fs, r, t->slots);
    int64_t idx = 0;
    int es = u->elem->slots;
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        Expr *v = el;
        if (el->kind == E_KEYVALUE) {
            idx = const_to_i64(el->kv.key->val);
            v = el->kv.value;
        }
        cmp_expr_to(fs, v, u->elem, r + (int)idx * es);
        idx++;
    }
    return built_at(fs, r, t->slots, dst);
}

static int slice_literal(FS *fs, Expr *e, Type *u, int dst) {
    int64_t n = 0, idx = 0;
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        if (el->kind == E_KEYVALUE) {
            idx = const_to_i64(el->kv.key->val);
        }
        idx++;
        if (idx > n) {
            n = idx;
        }
    }
    int r = cmp_target(fs, dst, 3);
    int len = cmp_alloc(fs, 1);
    cmp_load_int(fs, len, n);
    cmp_emit(fs, OP_MAKESLICE, r, len, len);
    cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, u->elem));
    idx = 0;
    int es = u->elem->slots;
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        Expr *v = el;
        if (el->kind == E_KEYVALUE) {
            idx = const_to_i64(el->kv.key->val);
            v = el->kv.value;
        }
        int save = fs->free;
        int vr = cmp_expr_to(fs, v, u->elem, -1);
        int ir = cmp_alloc(fs, 1);
        cmp_load_int(fs, ir, idx);
        if (es == 1) {
            cmp_emit(fs, OP_SSET, r, ir, vr);
        } else if (es > 0) {
            cmp_emit(fs, OP_SSETN, r, ir, vr);
            cmp_emit_x(fs, 0, es, 0);
        }
        fs->free = save;
        idx++;
    }
    return r;
}

static int map_literal(FS *fs, Expr *e, Type *u, int dst) {
    int r = cmp_target(fs, dst, 1);
    int hint = cmp_alloc(fs, 1);
    cmp_load_int(fs, hint, e->composite.n);
    cmp_emit(fs, OP_MAKEMAP, r, hint, 0);
    cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, u));
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        int save = fs->free;
        int kr = cmp_expr_to(fs, el->kv.key, u->key, -1);
        int vr = cmp_expr_to(fs, el->kv.value, u->elem, -1);
        cmp_emit(fs, OP_MAPSET, r, kr, vr);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, u));
        fs->free = save;
    }
    return r;
}

/* The value of literal e built as a value of type t. */
static int composite_value(FS *fs, Expr *e, Type *t, int dst) {
    Type *u = t->underlying;
    switch (u->kind) {
    case KIND_STRUCT: return struct_literal(fs, e, t, dst);
    case KIND_ARRAY: return array_literal(fs, e, t, dst);
    case KIND_SLICE: return slice_literal(fs, e, u, dst);
    case KIND_MAP: return map_literal(fs, e, u, dst);
    default:
        cmp_error(fs, e->pos, "internal: composite literal of type %s", chk_typestr(t));
        return cmp_target(fs, dst, t->slots);
    }
}

static int composite_expr(FS *fs, Expr *e, int dst) {
    if (e->composite.implicit_ptr) {
        /* {...} for a *T element: &T{...} */
        return new_literal(fs, e, e->type->elem, dst);
    }
    return composite_value(fs, e, e->type, dst);
}

/* ---- index, slice, selector ---- */

/* Not inlined: its lvalues would widen cmp_expr's frame, which every level of a deeply nested
 * expression repeats on the C stack (a chain of 40000 additions must fit in it). */
__attribute__((noinline)) static int index_expr(FS *fs, Expr *e, int dst) {
    Expr *x = e->index.x;
    Obj *inst = e->index.inst;
    if (inst) {
        return func_value(fs, cmp_func_ref(inst), dst);
    }
    Type *xu = x->type->underlying ? x->type->underlying : x->type;
    Type *t = e->type;
    if (xu->kind == KIND_STRING || xu->kind == KIND_UNTYPED_STRING) {
        int rs = cmp_expr(fs, x, -1);
        int ri = cmp_expr_to(fs, e->index.indices[0], t_int, -1);
        int r = cmp_target(fs, dst, 1);
        cmp_emit(fs, OP_SINDEX, r, rs, ri);
        return r;
    }
    if (xu->kind == KIND_MAP) {
        int m = cmp_expr(fs, x, -1);
        int k = cmp_expr_to(fs, e->index.indices[0], xu->key, -1);
        int r = cmp_target(fs, dst, t->slots);
        cmp_emit(fs, OP_MAPGET, r, m, k);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, xu));
        return r;
    }
    LV lv;
    if (xu->kind == KIND_ARRAY) {
        /* a variable (in registers or memory) or a value in registers */
        Expr *ie = e->index.indices[0];
        lv = x->mode == MODE_VAR || cmp_is_huge(x->type)
                 ? cmp_lv_expr(fs, x)
                 : (LV){LV_REG, x->type, cmp_expr(fs, x, -1), 0, 0, 0, 0, NULL, NULL};
        if (lv.kind == LV_REG && ie->mode != MODE_CONST) {
            int ri = cmp_expr_to(fs, ie, t_int, -1);
            int r = cmp_target(fs, dst, t->slots);
            cmp_emit(fs, OP_AGET, r, lv.reg + lv.off, ri);
            Instr xw = {OP_NOP, (uint16_t)t->slots, {.bx = (uint32_t)xu->len}};
            cmp_emit_raw(fs, xw);
            return r;
        }
        lv = array_elem_lv(fs, lv, xu, ie);
    } else {
        lv = cmp_lv_expr(fs, e);
    }
    if (lv.kind == LV_REG && dst < 0) {
        return lv.reg + lv.off;
    }
    return load_to(fs, &lv, t, dst);
}

static int slice_expr(FS *fs, Expr *e, int dst) {
    Expr *x = e->slice.x;
    Type *xu = x->type->underlying ? x->type->underlying : x->type;
    if (xu->kind == KIND_STRING || xu->kind == KIND_UNTYPED_STRING) {
        int rs = cmp_expr(fs, x, -1);
        int b = cmp_alloc(fs, 2);
        if (e->slice.lo) {
            cmp_expr_to(fs, e->slice.lo, t_int, b);
        } else {
            cmp_load_int(fs, b, 0);
        }
        if (e->slice.hi) {
            cmp_expr_to(fs, e->slice.hi, t_int, b + 1);
        } else {
            cmp_move(fs, b + 1, rs + 1, 1);
        }
        int r = cmp_target(fs, dst, 2);
        cmp_emit(fs, OP_SSLICE, r, rs, b);
        return r;
    }
    int base;
    int op;
    int es;
    int64_t alen = 0;
    if (xu->kind == KIND_SLICE) {
        base = cmp_expr(fs, x, -1);
        op = OP_SLICE;
        es = xu->elem->slots;
    } else {
        /* an array (addressable) or a pointer to an array */
        if (xu->kind == KIND_POINTER) {
            base = cmp_expr(fs, x, -1);
            alen = xu->elem->underlying->len;
            es = xu->elem->underlying->elem->slots;
        } else {
            LV lv = cmp_lv_expr(fs, x);
            base = cmp_lv_addr(fs, &lv);
            alen = xu->len;
            es = xu->elem->slots;
        }
        op = OP_SLICEP;
        if (es > 0x7fff || alen > UINT32_MAX) {
            /* beyond SLICEP's operands: slice the slice (p, len, len) instead */
            int hdr = cmp_alloc(fs, 3);
            cmp_emit(fs, OP_NILCHK, base, 0, 0);
            cmp_move(fs, hdr, base, 1);
            cmp_load_int(fs, hdr + 1, alen);
            cmp_move(fs, hdr + 2, hdr + 1, 1);
            base = hdr;
            op = OP_SLICE;
        }
    }
    int b = cmp_alloc(fs, 3);
    if (e->slice.lo) {
        cmp_expr_to(fs, e->slice.lo, t_int, b);
    } else {
        cmp_load_int(fs, b, 0);
    }
    if (e->slice.hi) {
        cmp_expr_to(fs, e->slice.hi, t_int, b + 1);
    } else if (op == OP_SLICE) {
        cmp_move(fs, b + 1, base + 1, 1);
    } else {
        cmp_load_int(fs, b + 1, alen);
    }
    if (e->slice.max) {
        cmp_expr_to(fs, e->slice.max, t_int, b + 2);
    } else if (op == OP_SLICE) {
        cmp_move(fs, b + 2, base + 2, 1);
    } else {
        cmp_load_int(fs, b + 2, alen);
    }
    int r = cmp_target(fs, dst, 3);
    cmp_emit(fs, op, r, base, b);
    Instr xw = {OP_NOP, (uint16_t)es, {.bx = (uint32_t)alen}};
    if (op == OP_SLICE) {
        xw = (Instr){OP_NOP, e->slice.slice3, {.bx = (uint32_t)es}};
    } else if (e->slice.slice3) {
        /* SLICEP keeps the length in bx: mark three-index slices in the high bit of a */
        xw.a |= 0x8000;
    }
    cmp_emit_raw(fs, xw);
    return r;
}

/* A method value x.M: the receiver is evaluated and bound now, as M takes it. */
static int method_value(FS *fs, Expr *e, int dst) {
    SelInfo *s = e->selector.info;
    Obj *m = s->obj;
    bool iface = s->kind == SEL_IFACE_METHOD;
    LV lv = cmp_selector_lv(fs, e);
    Type *rt = lv.t;
    int recv;
    Type *recv_t;
    if (iface) {
        recv = cmp_alloc(fs, 2);
        cmp_load_lv(fs, &lv, recv);
        cmp_emit(fs, OP_NILCHK, recv, 0, 0); /* a nil interface has no method to bind */
        recv_t = rt;
    } else if (m->ptr_recv) {
        if (rt->kind == KIND_POINTER) {
            recv = cmp_alloc(fs, 1);
            cmp_load_lv(fs, &lv, recv);
        } else {
            recv = cmp_lv_addr(fs, &lv);
        }
        recv_t = type_pointer(m->recv_base);
    } else {
        recv_t = m->recv_base;
        recv = cmp_alloc(fs, recv_t->slots > 0 ? recv_t->slots : 1);
        cmp_receiver_from(fs, &lv, m, recv);
    }
    Func *w = cmp_method_wrapper(fs->C, m, recv_t, NULL, 0, iface, e->type);
    int r = cmp_target(fs, dst, 1);
    cmp_emit_bx(fs, OP_CLOSURE, r, (uint32_t)cmp_k_ptr(fs, w));
    /* the wrapper's captures are the receiver's slots, by value */
    for (int i = 0; i < w->nup; i++) {
        cmp_emit_x(fs, recv + i, 1, 0); /* b = 1: capture the register's value itself */
    }
    return r;
}

/* The type of the embedded field at the end of path from t (pointers followed). */
static Type *embedded_type(Type *t, int *path, int npath) {
    for (int i = 0; i < npath; i++) {
        if (t->kind == KIND_POINTER) {
            t = t->elem;
        }
        t = t->underlying->fields[path[i]].type;
    }
    return t;
}

static int selector_expr(FS *fs, Expr *e, int dst) {
    SelInfo *s = e->selector.info;
    Type *t = e->type;
    switch (s->kind) {
    case SEL_PKG: {
        Obj *o = s->obj;
        if (o->kind == OBJ_CONST) {
            int r = cmp_target(fs, dst, t->slots);
            cmp_load_const(fs, o->val, t, r);
            return r;
        }
        if (o->kind == OBJ_FUNC) {
            return func_value(fs, cmp_func_ref(o), dst);
        }
        LV lv = cmp_lv_expr(fs, e);
        return load_to(fs, &lv, t, dst);
    }
    case SEL_FIELD: {
        LV lv = cmp_lv_expr(fs, e);
        if (lv.kind == LV_REG && dst < 0) {
            return lv.reg + lv.off;
        }
        return load_to(fs, &lv, t, dst);
    }
    case SEL_METHOD:
    case SEL_IFACE_METHOD: return method_value(fs, e, dst);
    case SEL_METHOD_EXPR: {
        Obj *m = s->obj;
        Type *recv_t = s->recv;
        Func *w;
        if (embedded_type(recv_t, s->path, s->npath)->underlying->kind == KIND_INTERFACE) {
            w = cmp_method_wrapper(fs->C, m, recv_t, s->path, s->npath, true, NULL);
        } else {
            bool want_ptr = recv_t->kind == KIND_POINTER;
            if (m->ptr_recv == want_ptr && s->npath == 0) {
                w = cmp_func_ref(m);
            } else {
                w = cmp_method_wrapper(fs->C, m, recv_t, s->path, s->npath, false, NULL);
            }
        }
        return func_value(fs, w, dst);
    }
    }
    return cmp_target(fs, dst, t->slots);
}

/* ---- type assertions ---- */

int cmp_assert_expr(FS *fs, Expr *e, int dst, bool commaok) {
    Type *t = e->type;
    int rx = cmp_expr(fs, e->typeassert.x, -1);
    int n = t->slots + (commaok ? 1 : 0);
    int r = cmp_target(fs, dst, n);
    bool to_iface = t->underlying->kind == KIND_INTERFACE;
    int inter = 0; /* the panic names x's interface type: its constant + 1, 0 for any */
    if (!to_iface && !commaok) {
        int k = cmp_k_ptr(fs, e->typeassert.x->type);
        inter = k < 0xffff ? k + 1 : 0;
    }
    cmp_emit(fs, to_iface ? OP_ASSERTI : OP_ASSERT, r, rx, commaok);
    cmp_emit_xbx(fs, inter, (uint32_t)cmp_k_ptr(fs, t));
    if (!to_iface) {
        cmp_ensure_methods(fs->C, t);
    }
    return r;
}

/* ---- the dispatcher ---- */

int cmp_expr(FS *fs, Expr *e, int dst) {
    if (e->mode == MODE_CONST && e->val) {
        Type *t = cmp_final_type(e->type);
        if (t->underlying && t->underlying->kind == KIND_INTERFACE) {
            t = type_default(e->type);
        }
        int r = cmp_target(fs, dst, t->slots > 0 ? t->slots : 1);
        cmp_load_const(fs, e->val, t, r);
        return r;
    }
    int saved_line = fs->line;
    if (e->pos.line) {
        fs->line = e->pos.line;
    }
    int r;
    switch (e->kind) {
    case E_IDENT: r = ident_expr(fs, e, dst); break;
    case E_PAREN: r = cmp_expr(fs, e->paren.x, dst); break;
    case E_BINARY: r = binary_expr(fs, e, dst); break;
    case E_UNARY: r = unary_expr(fs, e, dst); break;
    case E_CALL: r = cmp_call_expr(fs, e, dst); break;
    case E_COMPOSITE: r = composite_expr(fs, e, dst); break;
    case E_FUNCLIT: r = cmp_funclit_expr(fs, e, dst); break;
    case E_INDEX: r = index_expr(fs, e, dst); break;
    case E_SLICE: r = slice_expr(fs, e, dst); break;
    case E_SELECTOR: r = selector_expr(fs, e, dst); break;
    case E_TYPEASSERT: r = cmp_assert_expr(fs, e, dst, false); break;
    case E_STAR: {
        int p = cmp_expr(fs, e->star.x, -1);
        LV lv = {LV_MEM, e->type, p, 0, 0, 0, 0, NULL, NULL};
        r = load_to(fs, &lv, e->type, dst);
        break;
    }
    default:
        cmp_error(fs, e->pos, "internal: cannot compile expression %s", chk_expr_str(e));
        r = cmp_target(fs, dst, e->type ? e->type->slots : 1);
    }
    fs->line = saved_line;
    return r;
}
