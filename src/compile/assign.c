/* assign.c — declarations and assignments: var, :=, =, op=, ++ and --.
 *
 * Order of evaluation, as Go's: an assignment first evaluates the operands of its left side
 * (index, pointer and map operands, copied out of variables' registers so that earlier stores
 * cannot change them) and the values of its right side, left to right; then it stores left to
 * right (i, a[i] = 1, 2 stores into a[old i]). A declaration evaluates its values before its
 * names are declared, so the values see the outer names.
 *
 * A right side with several values (a call returning a tuple, or the comma-ok forms m[k],
 * x.(T), <-ch) is a Multi: its values in consecutive registers, each converted to its
 * destination's type when taken.
 */
#include "internal.h"

/* ---- values with several results ---- */

/* v, ok := m[k] / x.(T) / <-ch: the value then the ok flag at tmp. */
static void comma_ok(FS *fs, Expr *b, int tmp) {
    if (b->kind == E_INDEX) {
        Type *mt = b->index.x->type->underlying;
        int m = cmp_expr(fs, b->index.x, -1);
        int k = cmp_expr_to(fs, b->index.indices[0], mt->key, -1);
        cmp_emit(fs, OP_MAPGET, tmp, m, k);
        cmp_emit_xbx(fs, 1, (uint32_t)cmp_k_ptr(fs, mt));
    } else if (b->kind == E_TYPEASSERT) {
        cmp_assert_expr(fs, b, tmp, true);
    } else if (b->kind == E_UNARY && b->unary.op == T_ARROW) {
        int ch = cmp_expr(fs, b->unary.x, -1);
        cmp_emit(fs, OP_RECV, tmp, ch, 1);
    } else {
        cmp_error(fs, b->pos, "internal: comma-ok form");
    }
}

Multi cmp_multi_value(FS *fs, Expr *e) {
    if (e->type->kind == KIND_TUPLE) {
        int r = cmp_expr(fs, e, -1);
        return (Multi){r, e->type->params};
    }
    Expr *b = e;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    Type **types = NEW_ARRAY(Type *, 2);
    types[0] = b->type;
    types[1] = t_bool; /* the ok flag (converted too: var v, ok any = m[k]) */
    int tmp = cmp_alloc(fs, b->type->slots + 1);
    comma_ok(fs, b, tmp);
    return (Multi){tmp, types};
}

int cmp_multi_at(FS *fs, Multi *m, int i, Type *t) {
    int src = m->reg;
    for (int k = 0; k < i; k++) {
        src += m->types[k]->slots;
    }
    /* the ok flag is a bool, which an interface destination boxes */
    return cmp_converted(fs, m->types[i] ? m->types[i] : t_bool, t, src);
}

/* The variable a name declares, or NULL for the blank name. */
static Obj *declared(Expr *name) {
    Obj *o = name->ident.obj;
    return o && o->name != intern_cstr("_") ? o : NULL;
}

/* var a, b = f() / a, b := f() / v, ok := m[k] with every name new. */
static void declare_multi(FS *fs, Expr **names, int n, Expr *value) {
    Multi m = cmp_multi_value(fs, value);
    for (int i = 0; i < n; i++) {
        Obj *o = declared(names[i]);
        if (o) {
            cmp_declare_var(fs, o);
        }
    }
    for (int i = 0; i < n; i++) {
        Obj *o = declared(names[i]);
        if (o) {
            cmp_init_var(fs, o, cmp_multi_at(fs, &m, i, o->type));
        }
    }
    cmp_commit_locals(fs);
}

/* ---- declarations ---- */

/* var x = v / x := v of a huge type: x's new cell, then v stored in it. */
static void declare_huge(FS *fs, Obj *o, Expr *value) {
    cmp_declare_var(fs, o);
    cmp_init_var(fs, o, -1);
    cmp_commit_locals(fs);
    LV lv = cmp_var_lv(o);
    cmp_store_huge(fs, &lv, value, true);
}

void cmp_var_decl(FS *fs, ValueSpec *vs) {
    int n = vs->nnames;
    if (vs->nvalues == 0) {
        for (int i = 0; i < n; i++) {
            Obj *o = declared(vs->names[i]);
            if (o) {
                cmp_declare_var(fs, o);
                cmp_init_var(fs, o, -1);
            }
        }
        cmp_commit_locals(fs);
        return;
    }
    if (vs->nvalues != n) {
        declare_multi(fs, vs->names, n, vs->values[0]);
        return;
    }
    if (n == 1 && declared(vs->names[0]) && cmp_is_huge(declared(vs->names[0])->type)) {
        declare_huge(fs, declared(vs->names[0]), vs->values[0]);
        return;
    }
    /* evaluate all, then declare (the names are not in scope in the values) */
    int *vals = NEW_ARRAY(int, n);
    for (int i = 0; i < n; i++) {
        Obj *o = vs->names[i]->ident.obj;
        Type *t = o && o->type ? o->type : vs->values[i]->type;
        cmp_name_chan(fs, vs->names[i], vs->values[i]);
        vals[i] = cmp_expr_to(fs, vs->values[i], t, -1);
    }
    for (int i = 0; i < n; i++) {
        Obj *o = declared(vs->names[i]);
        if (o) {
            cmp_declare_var(fs, o);
        }
    }
    for (int i = 0; i < n; i++) {
        Obj *o = declared(vs->names[i]);
        if (o) {
            cmp_init_var(fs, o, vals[i]);
        }
    }
    /* registers of the values may sit above the new locals: keep them dead */
    cmp_commit_locals(fs);
}

/* ---- assignments ---- */

/* The operands of an lvalue (index, pointer, map) copied out of variables' registers, so
 * that earlier stores of a tuple assignment do not change them (i, a[i] = 1, 2). */
static void stabilize_lv(FS *fs, LV *lv) {
    int n;
    switch (lv->kind) {
    case LV_SLICE: n = 3; break;
    case LV_MEM:
    case LV_PIDX:
    case LV_MAP: n = 1; break;
    default: return;
    }
    if (lv->reg < fs->active) {
        int r = cmp_alloc(fs, n);
        cmp_move(fs, r, lv->reg, n);
        lv->reg = r;
    }
    if ((lv->kind == LV_SLICE || lv->kind == LV_PIDX) && lv->idx < fs->active) {
        int r = cmp_alloc(fs, 1);
        cmp_move(fs, r, lv->idx, 1);
        lv->idx = r;
    }
    if (lv->kind == LV_MAP && lv->idx < fs->active) {
        int ks = lv->mtype->key->slots;
        int r = cmp_alloc(fs, ks);
        cmp_move(fs, r, lv->idx, ks);
        lv->idx = r;
    }
}

LV *cmp_assign_targets(FS *fs, Expr **lhs, int n) {
    LV *lvs = NEW_ARRAY(LV, n);
    for (int i = 0; i < n; i++) {
        lvs[i] = cmp_lv_expr(fs, lhs[i]);
        stabilize_lv(fs, &lvs[i]);
    }
    return lvs;
}

/* a, b = f() / v, ok = m[k]. */
static void assign_multi(FS *fs, Expr **lhs, int n, Expr *value) {
    LV *lvs = cmp_assign_targets(fs, lhs, n);
    Multi m = cmp_multi_value(fs, value);
    for (int i = 0; i < n; i++) {
        if (lvs[i].kind != LV_BLANK) {
            cmp_store_lv(fs, &lvs[i], cmp_multi_at(fs, &m, i, lhs[i]->type));
        }
    }
}

/* x = v, and a, b = v, w (all values first, then the stores). */
static void assign_stmt(FS *fs, Stmt *s) {
    int nl = s->assign.nlhs, nr = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    if (nl == 1 && nr == 1) {
        Type *t = lhs[0]->type;
        cmp_name_chan(fs, lhs[0], rhs[0]);
        LV lv = cmp_lv_expr(fs, lhs[0]);
        if (lv.kind == LV_BLANK && cmp_is_huge(rhs[0]->type)) {
            cmp_new_huge(fs, rhs[0], rhs[0]->type, -1); /* evaluated (a nil *p panics) */
        } else if (lv.kind == LV_BLANK) {
            cmp_expr(fs, rhs[0], -1);
        } else if (cmp_is_huge(t)) {
            cmp_store_huge(fs, &lv, rhs[0], false);
        } else if (lv.kind == LV_REG && t->slots == 1) {
            cmp_expr_to(fs, rhs[0], t, lv.reg + lv.off);
        } else {
            cmp_store_lv(fs, &lv, cmp_expr_to(fs, rhs[0], t, -1));
        }
        return;
    }
    if (nl != nr) {
        assign_multi(fs, lhs, nl, rhs[0]);
        return;
    }
    LV *lvs = cmp_assign_targets(fs, lhs, nl);
    int *vals = NEW_ARRAY(int, nl);
    for (int i = 0; i < nr; i++) {
        Type *t = lhs[i]->type ? lhs[i]->type : cmp_final_type(rhs[i]->type);
        int v = cmp_alloc(fs, t->slots > 0 ? t->slots : 1);
        cmp_name_chan(fs, lhs[i], rhs[i]);
        cmp_expr_to(fs, rhs[i], t, v);
        vals[i] = v;
    }
    for (int i = 0; i < nl; i++) {
        cmp_store_lv(fs, &lvs[i], vals[i]);
    }
}

/* a, b := f() / v, ok := x: the new names declared, the others assigned. */
static void define_multi(FS *fs, Stmt *s) {
    int nl = s->assign.nlhs;
    Expr **lhs = s->assign.lhs;
    bool *is_new = s->assign.is_new;
    bool any_old = false;
    for (int i = 0; i < nl; i++) {
        if (!is_new[i] && lhs[i]->ident.name != intern_cstr("_")) {
            any_old = true;
        }
    }
    if (!any_old) {
        declare_multi(fs, lhs, nl, s->assign.rhs[0]);
        return;
    }
    for (int i = 0; i < nl; i++) {
        if (is_new[i]) {
            Obj *o = lhs[i]->ident.obj;
            cmp_declare_var(fs, o);
            cmp_init_var(fs, o, -1);
        }
    }
    cmp_commit_locals(fs);
    assign_multi(fs, lhs, nl, s->assign.rhs[0]);
}

/* a, b := v, w: the values first, then the new names declared and the others assigned. */
static void define_stmt(FS *fs, Stmt *s) {
    int nl = s->assign.nlhs, nr = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    bool *is_new = s->assign.is_new;
    if (nl != nr) {
        define_multi(fs, s);
        return;
    }
    if (nl == 1 && is_new[0] && cmp_is_huge(lhs[0]->ident.obj->type)) {
        declare_huge(fs, lhs[0]->ident.obj, rhs[0]);
        return;
    }
    if (nl == 1 && is_new[0] && !cmp_is_cell(lhs[0]->ident.obj) && !lhs[0]->ident.obj->global) {
        /* x := v: straight into x's register */
        Obj *o = lhs[0]->ident.obj;
        int r = cmp_declare_var(fs, o);
        cmp_name_chan(fs, lhs[0], rhs[0]);
        cmp_expr_to(fs, rhs[0], o->type, r);
        cmp_commit_locals(fs);
        return;
    }
    int *vals = NEW_ARRAY(int, nl);
    LV *lvs = NEW_ARRAY(LV, nl);
    for (int i = 0; i < nl; i++) {
        if (!is_new[i] && lhs[i]->ident.name != intern_cstr("_")) {
            lvs[i] = cmp_lv_expr(fs, lhs[i]);
        }
    }
    for (int i = 0; i < nl; i++) {
        Type *t = lhs[i]->type ? lhs[i]->type : rhs[i]->type;
        cmp_name_chan(fs, lhs[i], rhs[i]);
        vals[i] = cmp_expr_to(fs, rhs[i], cmp_final_type(t), -1);
    }
    for (int i = 0; i < nl; i++) {
        if (is_new[i]) {
            cmp_declare_var(fs, lhs[i]->ident.obj);
        }
    }
    for (int i = 0; i < nl; i++) {
        if (is_new[i]) {
            cmp_init_var(fs, lhs[i]->ident.obj, vals[i]);
        } else if (lhs[i]->ident.name != intern_cstr("_")) {
            cmp_store_lv(fs, &lvs[i], vals[i]);
        }
    }
    cmp_commit_locals(fs);
}

/* The current value of lvalue lv for an update in place: its own register, or a new one. */
static int load_for_update(FS *fs, LV *lv, Type *t) {
    if (lv->kind == LV_REG) {
        return lv->reg + lv->off;
    }
    int cur = cmp_alloc(fs, t->slots);
    cmp_load_lv(fs, lv, cur);
    return cur;
}

static TokKind assign_op(TokKind tok) {
    switch (tok) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    default: return T_AND_NOT;
    }
}

/* x op= y: x's operands evaluated once. */
static void op_assign_stmt(FS *fs, Stmt *s) {
    TokKind op = assign_op(s->assign.tok);
    Expr *x = s->assign.lhs[0], *y = s->assign.rhs[0];
    Type *t = x->type;
    LV lv = cmp_lv_expr(fs, x);
    int cur = load_for_update(fs, &lv, t);
    int dst = lv.kind == LV_REG ? cur : cmp_alloc(fs, t->slots);
    if (op == T_SHL || op == T_SHR) {
        int ry = cmp_expr(fs, y, -1);
        cmp_shift(fs, op, t, y->type, cur, ry, dst);
    } else if ((op == T_ADD || op == T_SUB) && type_is_integer(t->underlying) &&
               y->mode == MODE_CONST && const_to_i64(y->val) >= -32767 &&
               const_to_i64(y->val) <= 32767) {
        int64_t v = const_to_i64(y->val);
        cmp_emit(fs, OP_ADDI, dst, cur, (uint16_t)(int16_t)(op == T_SUB ? -v : v));
        cmp_narrow(fs, t, dst);
    } else {
        int ry = cmp_expr(fs, y, -1);
        cmp_arith(fs, op, t, dst, cur, ry);
    }
    if (lv.kind != LV_REG) {
        cmp_store_lv(fs, &lv, dst);
    }
}

void cmp_assign_stmt(FS *fs, Stmt *s) {
    switch (s->assign.tok) {
    case T_DEFINE: define_stmt(fs, s); break;
    case T_ASSIGN: assign_stmt(fs, s); break;
    default: op_assign_stmt(fs, s); break;
    }
}

void cmp_incdec_stmt(FS *fs, Stmt *s) {
    Expr *x = s->incdec.x;
    Type *t = x->type;
    LV lv = cmp_lv_expr(fs, x);
    int cur = load_for_update(fs, &lv, t);
    Type *u = t->underlying;
    int delta = s->incdec.tok == T_INC ? 1 : -1;
    if (type_is_integer(u)) {
        cmp_emit(fs, OP_ADDI, cur, cur, (uint16_t)(int16_t)delta);
        cmp_narrow(fs, t, cur);
    } else if (type_is_float(u) || type_is_complex(u)) {
        /* a complex number changes in its real part */
        int one = cmp_alloc(fs, 1);
        cmp_load_float(fs, one, 1.0);
        cmp_emit(fs, delta > 0 ? OP_FADD : OP_FSUB, cur, cur, one);
        if (u->kind == KIND_COMPLEX64) {
            cmp_emit(fs, OP_F32, cur, cur, 0);
        } else {
            cmp_narrow(fs, t, cur);
        }
    }
    if (lv.kind != LV_REG) {
        cmp_store_lv(fs, &lv, cur);
    }
}
