/* large.c — values too large for the register file: more than HUGE_SLOTS slots (a [1<<20]int,
 * a struct holding a 100 MB array). Go has no such limit, but registers have 16-bit numbers.
 *
 * A huge value never enters registers. A variable of a huge type lives in a cell (emit.c,
 * cmp_is_cell), and the operations that move a whole huge value are done memory to memory:
 * initialising or assigning a variable from a composite literal (built element by element in
 * the variable's memory, or in a fresh object when the literal might read the variable) or
 * from another value in memory (copied, MEMCOPY), &T{...}, and the conversion to an interface
 * (whose box is such a copy). Fields and elements of huge values are reached through memory
 * like any others (emit.c folds offsets past 16 bits into the pointer). What else would move
 * a huge value whole (an argument, a result, a comparison, a map element) is reported.
 */
#include "internal.h"

#define HUGE_SLOTS 16384

bool cmp_is_huge(Type *t) {
    return t && t->slots > HUGE_SLOTS;
}

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    return e;
}

/* The address of e's value when it lies in memory (a variable in a cell, a global, *p, a
 * field or element reached through memory, the box of x.(T)), in a register; -1 when it does
 * not. */
static int mem_source(FS *fs, Expr *e) {
    e = unparen(e);
    if (e->mode != MODE_VAR && e->kind != E_STAR && e->kind != E_TYPEASSERT) {
        return -1;
    }
    LV lv = cmp_lv_expr(fs, e);
    return cmp_lv_addr(fs, &lv);
}

/* The address p+off in a new register. */
static int address(FS *fs, int p, int64_t off) {
    LV lv = {LV_MEM, NULL, p, (int)off, 0, 0, 0, NULL, NULL};
    return cmp_lv_addr(fs, &lv);
}

/* n slots from the memory at src to the memory at dst (src < 0: zeroed). */
static void mem_copy(FS *fs, int dst, int src, Type *t) {
    cmp_emit(fs, OP_MEMCOPY, dst, src < 0 ? dst : src, src < 0);
    cmp_emit_xbx(fs, 0, (uint32_t)t->slots);
}

static void store_value(FS *fs, Expr *v, Type *t, int p, int64_t off);

/* Stores literal e, of type t, into the zeroed memory at p+off, element by element. */
static void build_in_mem(FS *fs, Expr *e, Type *t, int p, int64_t off) {
    Type *u = t->underlying;
    int64_t idx = 0;
    for (int i = 0; i < e->composite.n; i++) {
        Expr *el = e->composite.elts[i];
        Expr *v = el;
        if (u->kind == KIND_STRUCT) {
            int fi = i;
            if (el->kind == E_KEYVALUE) {
                fi = el->kv.key->ident.obj ? el->kv.key->ident.obj->reg : 0; /* field index */
                v = el->kv.value;
            }
            if (cmp_blank_field(&u->fields[fi])) {
                cmp_expr(fs, v, -1);
                continue;
            }
            store_value(fs, v, u->fields[fi].type, p, off + u->fields[fi].offset);
            continue;
        }
        if (el->kind == E_KEYVALUE) {
            idx = const_to_i64(el->kv.key->val);
            v = el->kv.value;
        }
        store_value(fs, v, u->elem, p, off + idx * u->elem->slots);
        idx++;
    }
}

/* Stores v, of type t, into the zeroed memory at p+off. */
static void store_value(FS *fs, Expr *v, Type *t, int p, int64_t off) {
    int save = fs->free;
    Expr *b = unparen(v);
    if (cmp_is_huge(t) && b->kind == E_COMPOSITE) {
        build_in_mem(fs, b, t, p, off);
    } else if (cmp_is_huge(t)) {
        int src = mem_source(fs, b);
        if (src < 0) {
            cmp_error(fs, v->pos, "a value of type %s (%d slots) is too large to move here",
                      chk_typestr(t), t->slots);
        } else {
            mem_copy(fs, address(fs, p, off), src, t);
        }
    } else if (t->slots > 0) {
        int r = cmp_expr_to(fs, v, t, -1);
        cmp_store_mem(fs, p, (int)off, r, t->slots);
    } else {
        cmp_expr(fs, v, -1);
    }
    fs->free = save;
}

void cmp_store_huge(FS *fs, LV *dst, Expr *e, bool fresh) {
    Type *t = dst->t;
    int p = cmp_lv_addr(fs, dst);
    Expr *b = unparen(e);
    if (p < 0) {
        cmp_error(fs, e->pos, "internal: a huge variable not in memory");
        return;
    }
    if (b->kind == E_COMPOSITE && b->composite.n == 0) {
        if (!fresh) {
            mem_copy(fs, p, -1, t);
        }
        return;
    }
    if (b->kind == E_COMPOSITE && !fresh) {
        /* x = T{..., x.f, ...}: built apart, then copied */
        int tmp = cmp_alloc(fs, 1);
        cmp_emit_bx(fs, OP_NEW, tmp, (uint32_t)cmp_k_ptr(fs, t));
        build_in_mem(fs, b, t, tmp, 0);
        mem_copy(fs, p, tmp, t);
        return;
    }
    store_value(fs, e, t, p, 0);
}

int cmp_new_huge(FS *fs, Expr *e, Type *t, int dst) {
    e = unparen(e);
    int src = -1;
    if (e->kind != E_COMPOSITE) {
        src = mem_source(fs, e); /* first: *p with p nil panics before the allocation */
        if (src < 0) {
            cmp_error(fs, e->pos, "a value of type %s (%d slots) is too large to move here",
                      chk_typestr(t), t->slots);
        }
    }
    int r = cmp_target(fs, dst, 1);
    cmp_emit_bx(fs, OP_NEW, r, (uint32_t)cmp_k_ptr(fs, t));
    if (e->kind == E_COMPOSITE) {
        build_in_mem(fs, e, t, r, 0);
    } else if (src >= 0) {
        mem_copy(fs, r, src, t);
    }
    return r;
}

int cmp_huge_to_iface(FS *fs, Expr *e, int dst) {
    Type *t = cmp_final_type(e->type);
    cmp_ensure_methods(fs->C, t);
    int box = cmp_new_huge(fs, e, t, -1);
    int r = cmp_target(fs, dst, 2);
    cmp_emit_bx(fs, OP_LOADK, r, (uint32_t)cmp_k_ptr(fs, t));
    cmp_move(fs, r + 1, box, 1);
    return r;
}
