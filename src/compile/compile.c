/* compile.c — typed AST to register bytecode (see compile.h and src/vm/opcodes.h).
 *
 * Registers: a function's parameters occupy R[0..), flattened; locals are allocated above
 * them as they are declared and released when their block ends; temporaries live above the
 * locals and are released after each statement. An expression is compiled either into a
 * register the caller chooses (dst >= 0) or wherever is cheapest (dst < 0: a local variable's
 * own register may be returned, which the caller must not write).
 *
 * A variable that escapes (address taken, captured by a closure, or an array) lives in a heap
 * cell from its declaration on; its register then holds the cell's address.
 */
#include "compile.h"

#include "../vm/opcodes.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct IntVec {
    int *data;
    int len, cap;
} IntVec;

typedef struct Compiler {
    Checker *chk;
    Package *pkg;
    VEC(Type *) iface_types; /* types whose method tables were built */
} Compiler;

typedef struct LoopCtx {
    struct LoopCtx *up;
    Stmt *stmt;
    IntVec breaks;
    IntVec continues;
    bool is_loop;
} LoopCtx;

typedef struct LabelPos {
    const char *name;
    Stmt *stmt;
    int pc;
} LabelPos;

typedef struct FS {
    struct FS *outer;
    Compiler *C;
    FuncInfo *fi;
    Func *fn;
    VEC(Instr) code;
    VEC(Slot) k;
    VEC(LineEntry) lines;
    int free;   /* first free register */
    int active; /* first register after the live locals */
    int maxreg;
    int line;
    ObjVec caps; /* captured variables (cells), in upvalue order */
    int *cap_regs;
    LoopCtx *loop;
    VEC(LabelPos) labels;
    VEC(LabelPos) gotos; /* pc of each goto to patch, by label name */
    bool has_defer;
    int result_reg;     /* has_defer or named results: where results live */
    int result_slots;
    IntVec ret_jumps;   /* has_defer: returns jumping to the epilogue */
    const char *pending_label;
} FS;

static Compiler *cur_compiler;

static void cmp_error(FS *fs, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    diag_error(fs->C->chk->diags, fs->C->chk->file, pos, "%s", msg);
}

/* ---- emitting ---- */

static void ivec_push(IntVec *v, int x) { vec_push(v, x); }

static int emit_raw(FS *fs, Instr in) {
    if (fs->lines.len == 0 || fs->lines.data[fs->lines.len - 1].line != fs->line) {
        LineEntry le = {fs->code.len, fs->line};
        vec_push(&fs->lines, le);
    }
    vec_push(&fs->code, in);
    return fs->code.len - 1;
}

static int emit(FS *fs, int op, int a, int b, int c) {
    Instr in = {(uint16_t)op, (uint16_t)a, {{(uint16_t)b, (uint16_t)c}}};
    return emit_raw(fs, in);
}

static int emit_bx(FS *fs, int op, int a, uint32_t bx) {
    Instr in = {(uint16_t)op, (uint16_t)a, {.bx = bx}};
    return emit_raw(fs, in);
}

static int emit_sbx(FS *fs, int op, int a, int32_t sbx) {
    Instr in = {(uint16_t)op, (uint16_t)a, {.sbx = sbx}};
    return emit_raw(fs, in);
}

/* The extra word of a "+X" instruction. */
static int emit_x(FS *fs, int a, int b, int c) { return emit(fs, OP_NOP, a, b, c); }
static int emit_xbx(FS *fs, int a, uint32_t bx) { return emit_bx(fs, OP_NOP, a, bx); }

static int here(FS *fs) { return fs->code.len; }

static void patch_to(FS *fs, int pc, int target) { fs->code.data[pc].sbx = target - (pc + 1); }
static void patch_here(FS *fs, int pc) { patch_to(fs, pc, here(fs)); }

static int jump(FS *fs) { return emit_sbx(fs, OP_JMP, 0, 0); }

static void jump_back(FS *fs, int target) {
    emit_sbx(fs, OP_LOOP, 0, target - (here(fs) + 1));
}

/* ---- registers ---- */

static int alloc(FS *fs, int n) {
    int r = fs->free;
    fs->free += n;
    if (fs->free > fs->maxreg) {
        fs->maxreg = fs->free;
    }
    if (fs->free > 65000) {
        cmp_error(fs, pos_make(fs->line, 1), "function too large: more than 65000 registers");
        fs->free = 0;
    }
    return r;
}

static int target(FS *fs, int dst, int n) { return dst >= 0 ? dst : alloc(fs, n); }

/* ---- constants ---- */

static int k_add(FS *fs, Slot v) {
    int n = fs->k.len;
    for (int i = n - 1; i >= 0 && i >= n - 64; i--) {
        if (fs->k.data[i].u == v.u) {
            return i;
        }
    }
    vec_push(&fs->k, v);
    return fs->k.len - 1;
}

static int k_ptr(FS *fs, const void *p) { return k_add(fs, (Slot){.p = (void *)p}); }

static int k_string(FS *fs, const char *s, size_t n) {
    char *copy = NEW_ATOMIC(n + 1);
    memcpy(copy, s, n);
    /* two consecutive entries, never shared */
    vec_push(&fs->k, ((Slot){.p = copy}));
    vec_push(&fs->k, ((Slot){.i = (int64_t)n}));
    return fs->k.len - 2;
}

static void load_int(FS *fs, int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) {
        emit_sbx(fs, OP_LOADI, dst, (int32_t)v);
    } else {
        emit_bx(fs, OP_LOADK, dst, (uint32_t)k_add(fs, (Slot){.i = v}));
    }
}

static void load_float(FS *fs, int dst, double d) {
    emit_bx(fs, OP_LOADK, dst, (uint32_t)k_add(fs, (Slot){.f = d}));
}

static Type *final_type(Type *t) {
    if (type_is_untyped(t)) {
        return t == t_untyped_nil ? t : type_default(t);
    }
    return t;
}

static void load_const(FS *fs, Const *v, Type *t, int dst) {
    t = final_type(t);
    Type *u = t->underlying ? t->underlying : t;
    switch (u->kind) {
    case KIND_BOOL: emit_sbx(fs, OP_LOADI, dst, v->b); return;
    case KIND_STRING:
        emit_bx(fs, OP_LOADK2, dst, (uint32_t)k_string(fs, v->s, v->slen));
        return;
    case KIND_FLOAT32: load_float(fs, dst, (double)(float)const_to_f64(v)); return;
    case KIND_FLOAT64: load_float(fs, dst, const_to_f64(v)); return;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: {
        double re = const_to_f64(const_real(v)), im = const_to_f64(const_imag(v));
        if (u->kind == KIND_COMPLEX64) {
            re = (float)re, im = (float)im;
        }
        load_float(fs, dst, re);
        load_float(fs, dst + 1, im);
        return;
    }
    default:
        if (type_is_integer(u)) {
            load_int(fs, dst, const_to_i64(v));
            return;
        }
        if (u->kind == KIND_INTERFACE) {
            /* an untyped constant stored in an interface was given its default type */
            return;
        }
        load_int(fs, dst, 0);
    }
}

/* ---- moves ---- */

static void move(FS *fs, int dst, int src, int n) {
    if (dst == src || n == 0) {
        return;
    }
    switch (n) {
    case 1: emit(fs, OP_MOVE, dst, src, 0); break;
    case 2: emit(fs, OP_MOVE2, dst, src, 0); break;
    case 3: emit(fs, OP_MOVE3, dst, src, 0); break;
    default: emit(fs, OP_MOVEN, dst, src, n); break;
    }
}

static void zero(FS *fs, int dst, int n) {
    if (n > 0) {
        emit(fs, OP_ZERO, dst, n, 0);
    }
}

/* After integer arithmetic in 64 bits: bring the result back to t's width. */
static void narrow(FS *fs, Type *t, int r) {
    switch (t->underlying ? t->underlying->kind : t->kind) {
    case KIND_INT8: emit(fs, OP_SEXT8, r, r, 0); break;
    case KIND_INT16: emit(fs, OP_SEXT16, r, r, 0); break;
    case KIND_INT32: emit(fs, OP_SEXT32, r, r, 0); break;
    case KIND_UINT8: emit(fs, OP_ZEXT8, r, r, 0); break;
    case KIND_UINT16: emit(fs, OP_ZEXT16, r, r, 0); break;
    case KIND_UINT32: emit(fs, OP_ZEXT32, r, r, 0); break;
    case KIND_FLOAT32: emit(fs, OP_F32, r, r, 0); break;
    default: break;
    }
}

/* ---- forward declarations ---- */

static int expr(FS *fs, Expr *e, int dst);
static int expr_to(FS *fs, Expr *e, Type *t, int dst);
static void stmt(FS *fs, Stmt *s);
static void block(FS *fs, Block *b);
static Func *compile_func(Compiler *C, FuncInfo *fi, FS *outer);
static void ensure_methods(Compiler *C, Type *t);
static Func *func_of(Compiler *C, Obj *f);
static int call_expr(FS *fs, Expr *e, int dst);
static void cond_jump(FS *fs, Expr *e, bool when, IntVec *jumps);

/* ---- func values ---- */

static Closure *self_closure(Func *fn) {
    if (!fn->self) {
        Closure *cl = GC_MALLOC(sizeof(Closure));
        cl->fn = fn;
        cl->nup = 0;
        fn->self = cl;
    }
    return fn->self;
}

/* ---- variables ---- */

static bool is_cell(Obj *o) { return o->escapes || (o->type && o->type->kind == KIND_ARRAY); }

/* The register holding a captured variable's cell in this function. */
static int capture_reg(FS *fs, Obj *o) {
    for (int i = 0; i < fs->caps.len; i++) {
        if (fs->caps.data[i] == o) {
            return fs->cap_regs[i];
        }
    }
    return -1;
}

/* A global's cell, made on first use. */
static Slot *global_cell(Obj *o) {
    if (!o->cell) {
        int n = o->type->slots > 0 ? o->type->slots : 1;
        o->cell = type_pointer_free(o->type) ? GC_MALLOC_ATOMIC(sizeof(Slot) * (size_t)n)
                                             : GC_MALLOC(sizeof(Slot) * (size_t)n);
        memset(o->cell, 0, sizeof(Slot) * (size_t)n);
    }
    return o->cell;
}

/* ---- lvalues ---- */

typedef enum LvKind { LV_REG, LV_MEM, LV_SLICE, LV_PIDX, LV_MAP, LV_BLANK, LV_GLOBAL } LvKind;

typedef struct LV {
    LvKind kind;
    Type *t;   /* the value's type */
    int reg;   /* REG: first register; MEM/PIDX: pointer register; SLICE: slice; MAP: map */
    int off;   /* REG/MEM: slot offset */
    int idx;   /* SLICE/PIDX: index register; MAP: key registers */
    int64_t len;  /* PIDX: array length */
    int es;       /* SLICE/PIDX: element slots */
    Type *mtype;  /* MAP */
    Obj *global;  /* GLOBAL */
} LV;

static void load_lv(FS *fs, LV *lv, int dst);

static LV lv_expr(FS *fs, Expr *e);

/* The address of a field path inside a pointer: result register holds the pointer. */
static int lv_addr(FS *fs, LV *lv) {
    switch (lv->kind) {
    case LV_MEM: {
        int r = alloc(fs, 1);
        emit(fs, OP_ADDR, r, lv->reg, lv->off);
        return r;
    }
    case LV_GLOBAL: {
        int r = alloc(fs, 1);
        emit_bx(fs, OP_LOADK, r, (uint32_t)k_ptr(fs, global_cell(lv->global)));
        if (lv->off) {
            emit(fs, OP_ADDR, r, r, lv->off);
        }
        return r;
    }
    case LV_SLICE: {
        int r = alloc(fs, 1);
        emit(fs, OP_SADDR, r, lv->reg, lv->idx);
        emit_x(fs, 0, lv->es, 0);
        return r;
    }
    case LV_PIDX: {
        int r = alloc(fs, 1);
        emit(fs, OP_PADDR, r, lv->reg, lv->idx);
        Instr x = {OP_NOP, (uint16_t)lv->es, {.bx = (uint32_t)lv->len}};
        emit_raw(fs, x);
        return r;
    }
    default: return -1;
    }
}

/* Turns an element lvalue into a memory lvalue (so that a field of it can be selected). */
static LV lv_to_mem(FS *fs, LV lv) {
    if (lv.kind == LV_SLICE || lv.kind == LV_PIDX || lv.kind == LV_GLOBAL) {
        int r = lv_addr(fs, &lv);
        LV m = {LV_MEM, lv.t, r, 0, 0, 0, 0, NULL, NULL};
        return m;
    }
    return lv;
}

/* x.f through a path of embedded fields, starting from lvalue base of type t. */
static LV lv_field_path(FS *fs, LV base, Type *t, int *path, int npath) {
    LV lv = base;
    for (int i = 0; i < npath; i++) {
        if (t->kind == KIND_POINTER) {
            /* auto-dereference: load the pointer, then select in memory */
            int p;
            if (lv.kind == LV_REG) {
                p = lv.reg + lv.off;
            } else {
                p = alloc(fs, 1);
                load_lv(fs, &lv, p);
            }
            lv = (LV){LV_MEM, t->elem, p, 0, 0, 0, 0, NULL, NULL};
            t = t->elem;
        }
        Type *st = t->underlying;
        StructField *f = &st->fields[path[i]];
        if (lv.kind != LV_REG && lv.kind != LV_MEM) {
            lv = lv_to_mem(fs, lv);
        }
        lv.off += f->offset;
        lv.t = f->type;
        t = f->type;
    }
    return lv;
}

static int value_reg(FS *fs, Expr *e) { return expr(fs, e, -1); }

static LV lv_expr(FS *fs, Expr *e) {
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
        int cr = capture_reg(fs, o);
        if (cr >= 0) {
            return (LV){LV_MEM, o->type, cr, 0, 0, 0, 0, NULL, NULL};
        }
        if (is_cell(o)) {
            return (LV){LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
        }
        return (LV){LV_REG, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
    }
    case E_SELECTOR: {
        SelInfo *s = e->selector.info;
        if (s->kind == SEL_PKG) {
            Obj *o = s->obj;
            return (LV){LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
        }
        Expr *x = e->selector.x;
        Type *xt = x->type;
        LV base;
        if (xt->kind == KIND_POINTER) {
            int p = value_reg(fs, x);
            base = (LV){LV_REG, xt, p, 0, 0, 0, 0, NULL, NULL};
        } else if (x->mode == MODE_VAR) {
            base = lv_expr(fs, x);
        } else {
            int r = value_reg(fs, x);
            base = (LV){LV_REG, xt, r, 0, 0, 0, 0, NULL, NULL};
        }
        return lv_field_path(fs, base, xt, s->path, s->npath);
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
            int k = expr_to(fs, e->index.indices[0], xu->key, -1);
            return (LV){LV_MAP, t, m, 0, k, 0, 0, x->type->underlying, NULL};
        }
        if (xu->kind == KIND_SLICE) {
            int s = value_reg(fs, x);
            int i = expr_to(fs, e->index.indices[0], t_int, -1);
            return (LV){LV_SLICE, t, s, 0, i, 0, t->slots, NULL, NULL};
        }
        if (xu->kind == KIND_POINTER) {
            int p = value_reg(fs, x);
            int i = expr_to(fs, e->index.indices[0], t_int, -1);
            return (LV){LV_PIDX, t, p, 0, i, xu->elem->underlying->len, t->slots, NULL, NULL};
        }
        if (xu->kind == KIND_ARRAY) {
            LV a = lv_expr(fs, x);
            Expr *ie = e->index.indices[0];
            if (a.kind == LV_REG && ie->mode == MODE_CONST) {
                a.off += (int)const_to_i64(ie->val) * t->slots;
                a.t = t;
                return a;
            }
            if (a.kind == LV_REG) {
                /* an array in registers indexed dynamically: only reads reach here */
                return (LV){LV_REG, t, -1, 0, 0, 0, 0, NULL, NULL};
            }
            int p = lv_addr(fs, &a);
            int i = expr_to(fs, ie, t_int, -1);
            return (LV){LV_PIDX, t, p, 0, i, xu->len, t->slots, NULL, NULL};
        }
        break;
    }
    default: break;
    }
    /* not addressable: a value in registers */
    int r = value_reg(fs, e);
    return (LV){LV_REG, t, r, 0, 0, 0, 0, NULL, NULL};
}

static void load_lv(FS *fs, LV *lv, int dst) {
    int n = lv->t->slots;
    switch (lv->kind) {
    case LV_REG: move(fs, dst, lv->reg + lv->off, n); break;
    case LV_MEM:
        if (n == 1) {
            emit(fs, OP_LOAD, dst, lv->reg, lv->off);
        } else if (n > 0) {
            emit(fs, OP_LOADN, dst, lv->reg, lv->off);
            emit_x(fs, n, 0, 0);
        } else {
            emit(fs, OP_NILCHK, lv->reg, 0, 0);
        }
        break;
    case LV_GLOBAL:
        if (n == 1 && lv->off == 0) {
            emit_bx(fs, OP_GGET, dst, (uint32_t)k_ptr(fs, global_cell(lv->global)));
        } else if (n > 0) {
            int p = alloc(fs, 1);
            emit_bx(fs, OP_LOADK, p, (uint32_t)k_ptr(fs, global_cell(lv->global)));
            emit(fs, OP_LOADN, dst, p, lv->off);
            emit_x(fs, n, 0, 0);
        }
        break;
    case LV_SLICE:
        if (n == 1) {
            emit(fs, OP_SGET, dst, lv->reg, lv->idx);
        } else {
            emit(fs, OP_SGETN, dst, lv->reg, lv->idx);
            emit_x(fs, 0, n, 0);
        }
        break;
    case LV_PIDX: {
        emit(fs, OP_PGETN, dst, lv->reg, lv->idx);
        Instr x = {OP_NOP, (uint16_t)n, {.bx = (uint32_t)lv->len}};
        emit_raw(fs, x);
        break;
    }
    case LV_MAP: {
        emit(fs, OP_MAPGET, dst, lv->reg, lv->idx);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, lv->mtype));
        break;
    }
    case LV_BLANK: break;
    }
}

static void store_lv(FS *fs, LV *lv, int src) {
    int n = lv->t ? lv->t->slots : 0;
    switch (lv->kind) {
    case LV_REG: move(fs, lv->reg + lv->off, src, n); break;
    case LV_MEM:
        if (n == 1) {
            emit(fs, OP_STORE, lv->reg, lv->off, src);
        } else if (n > 0) {
            emit(fs, OP_STOREN, lv->reg, lv->off, src);
            emit_x(fs, n, 0, 0);
        } else {
            emit(fs, OP_NILCHK, lv->reg, 0, 0);
        }
        break;
    case LV_GLOBAL:
        if (n == 1 && lv->off == 0) {
            emit_bx(fs, OP_GSET, src, (uint32_t)k_ptr(fs, global_cell(lv->global)));
        } else if (n > 0) {
            int p = alloc(fs, 1);
            emit_bx(fs, OP_LOADK, p, (uint32_t)k_ptr(fs, global_cell(lv->global)));
            emit(fs, OP_STOREN, p, lv->off, src);
            emit_x(fs, n, 0, 0);
        }
        break;
    case LV_SLICE:
        if (n == 1) {
            emit(fs, OP_SSET, lv->reg, lv->idx, src);
        } else {
            emit(fs, OP_SSETN, lv->reg, lv->idx, src);
            emit_x(fs, 0, n, 0);
        }
        break;
    case LV_PIDX: {
        int p = lv_addr(fs, lv);
        if (n == 1) {
            emit(fs, OP_STORE, p, 0, src);
        } else if (n > 0) {
            emit(fs, OP_STOREN, p, 0, src);
            emit_x(fs, n, 0, 0);
        }
        break;
    }
    case LV_MAP:
        emit(fs, OP_MAPSET, lv->reg, lv->idx, src);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, lv->mtype));
        break;
    case LV_BLANK: break;
    }
}

/* ---- conversions between representations ---- */

/* Converts the value in src (type from) to type to, into dst. */
static void convert_value(FS *fs, Type *from, Type *to, int src, int dst) {
    if (from == to || to == NULL) {
        move(fs, dst, src, from->slots);
        return;
    }
    if (from == t_untyped_nil) {
        zero(fs, dst, to->slots);
        return;
    }
    Type *tu = to->underlying, *fu = from->underlying ? from->underlying : from;
    if (tu->kind == KIND_INTERFACE) {
        if (fu->kind == KIND_INTERFACE) {
            move(fs, dst, src, 2);
            return;
        }
        from = final_type(from);
        ensure_methods(fs->C, from);
        emit_bx(fs, OP_MKIFACE, dst, (uint32_t)k_ptr(fs, from));
        emit_x(fs, src, 0, 0);
        return;
    }
    move(fs, dst, src, to->slots);
}

static int expr_to(FS *fs, Expr *e, Type *t, int dst) {
    Type *et = e->type;
    if (!t || et == t || (t->underlying && t->underlying->kind != KIND_INTERFACE &&
                          et != t_untyped_nil)) {
        return expr(fs, e, dst);
    }
    if (et == t_untyped_nil) {
        int r = target(fs, dst, t->slots);
        zero(fs, r, t->slots);
        return r;
    }
    if (et->kind == KIND_INTERFACE || (et->underlying && et->underlying->kind == KIND_INTERFACE)) {
        return expr(fs, e, dst);
    }
    int src = expr(fs, e, -1);
    int r = target(fs, dst, t->slots);
    convert_value(fs, et, t, src, r);
    return r;
}

/* ---- expressions ---- */

static int ident_expr(FS *fs, Expr *e, int dst) {
    Obj *o = e->ident.obj;
    Type *t = e->type;
    switch (o->kind) {
    case OBJ_VAR: {
        if (!o->global && capture_reg(fs, o) < 0 && !is_cell(o)) {
            if (dst >= 0) {
                move(fs, dst, o->reg, t->slots);
                return dst;
            }
            return o->reg;
        }
        LV lv = lv_expr(fs, e);
        int r = target(fs, dst, t->slots);
        load_lv(fs, &lv, r);
        return r;
    }
    case OBJ_FUNC: {
        Func *fn = func_of(fs->C, o);
        int r = target(fs, dst, 1);
        emit_bx(fs, OP_LOADK, r, (uint32_t)k_ptr(fs, self_closure(fn)));
        return r;
    }
    case OBJ_NIL: {
        int n = t->slots > 0 ? t->slots : 1;
        int r = target(fs, dst, n);
        zero(fs, r, n);
        return r;
    }
    default: {
        int r = target(fs, dst, t->slots);
        zero(fs, r, t->slots);
        return r;
    }
    }
}

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
static void compare(FS *fs, TokKind op, Type *t, int x, int y, int dst) {
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
        emit(fs, o, dst, x, y);
        return;
    }
    if (type_is_float(u)) {
        int o = op == T_EQL ? OP_FEQ : op == T_NEQ ? OP_FNE : op == T_LSS ? OP_FLT : OP_FLE;
        emit(fs, o, dst, x, y);
        return;
    }
    if (u->kind == KIND_INTERFACE) {
        emit(fs, OP_IEQ, dst, x, y);
        if (op == T_NEQ) {
            emit(fs, OP_LNOT, dst, dst, 0);
        }
        return;
    }
    if (type_is_complex(u)) {
        emit(fs, OP_CEQ, dst, x, y);
        if (op == T_NEQ) {
            emit(fs, OP_LNOT, dst, dst, 0);
        }
        return;
    }
    if (u->kind == KIND_STRUCT || u->kind == KIND_ARRAY) {
        emit(fs, OP_VEQ, dst, x, y);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, t));
        if (op == T_NEQ) {
            emit(fs, OP_LNOT, dst, dst, 0);
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
    emit(fs, o, dst, x, y);
}

/* The operand type of a comparison and whether one side needs converting to an interface. */
static int comparison_expr(FS *fs, Expr *e, int dst) {
    Expr *x = e->binary.x, *y = e->binary.y;
    Type *xt = final_type(x->type), *yt = final_type(y->type);
    Type *t = xt;
    int rx, ry;
    bool xi = xt->underlying && xt->underlying->kind == KIND_INTERFACE;
    bool yi = yt->underlying && yt->underlying->kind == KIND_INTERFACE;
    if (xi && !yi && yt != t_untyped_nil) {
        rx = expr(fs, x, -1);
        ry = expr_to(fs, y, xt, -1);
    } else if (yi && !xi && xt != t_untyped_nil) {
        rx = expr_to(fs, x, yt, -1);
        ry = expr(fs, y, -1);
        t = yt;
    } else {
        if (xt == t_untyped_nil) {
            t = yt;
        }
        rx = expr(fs, x, -1);
        ry = expr(fs, y, -1);
    }
    int r = target(fs, dst, 1);
    compare(fs, e->binary.op, t, rx, ry, r);
    return r;
}

static void shift_op(FS *fs, Expr *e, int x, int y, int r) {
    Type *t = e->type;
    Type *ct = e->binary.y->type;
    bool signed_count = is_signed_int(final_type(ct));
    bool left = e->binary.op == T_SHL;
    int op;
    if (left) {
        op = signed_count ? OP_SHLS : OP_SHL;
    } else if (type_is_unsigned(t->underlying)) {
        op = signed_count ? OP_SHRUS : OP_SHRU;
    } else {
        op = signed_count ? OP_SHRS : OP_SHR;
    }
    emit(fs, op, r, x, y);
    narrow(fs, t, r);
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
        int r = target(fs, dst, 1);
        IntVec out = {0};
        /* r = x; if (r is decisive) skip y */
        expr(fs, e->binary.x, r);
        int j = emit_sbx(fs, op == T_LAND ? OP_JF : OP_JT, r, 0);
        ivec_push(&out, j);
        expr(fs, e->binary.y, r);
        for (int i = 0; i < out.len; i++) {
            patch_here(fs, out.data[i]);
        }
        return r;
    }
    default: break;
    }
    Type *t = final_type(e->type);
    Expr *x = e->binary.x, *y = e->binary.y;
    if (op == T_SHL || op == T_SHR) {
        int save = fs->free;
        int rx = expr(fs, x, -1);
        int ry = expr(fs, y, -1);
        int r = dst >= 0 ? dst : alloc(fs, 1);
        shift_op(fs, e, rx, ry, r);
        (void)save;
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
            int rx = expr(fs, x, -1);
            int r = target(fs, dst, 1);
            emit(fs, OP_ADDI, r, rx, (uint16_t)(int16_t)v);
            narrow(fs, t, r);
            return r;
        }
    }
    int o = arith_op(op, t);
    int rx = expr(fs, x, -1);
    int ry = expr(fs, y, -1);
    int r = target(fs, dst, t->slots);
    emit(fs, o, r, rx, ry);
    if (type_is_integer(u) || u->kind == KIND_FLOAT32) {
        narrow(fs, t, r);
    }
    if (u->kind == KIND_COMPLEX64) {
        emit(fs, OP_F32, r, r, 0);
        emit(fs, OP_F32, r + 1, r + 1, 0);
    }
    return r;
}


static int composite_expr(FS *fs, Expr *e, int dst);

static int addr_of(FS *fs, Expr *x, int dst) {
    Expr *b = x;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (b->kind == E_COMPOSITE) {
        /* &T{...}: a new object holding the literal */
        Type *t = b->type;
        int r = target(fs, dst, 1);
        int v = composite_expr(fs, b, -1);
        emit_bx(fs, OP_NEW, r, (uint32_t)k_ptr(fs, t));
        if (t->slots == 1) {
            emit(fs, OP_STORE, r, 0, v);
        } else if (t->slots > 0) {
            emit(fs, OP_STOREN, r, 0, v);
            emit_x(fs, t->slots, 0, 0);
        }
        return r;
    }
    LV lv = lv_expr(fs, b);
    int p = lv_addr(fs, &lv);
    if (p < 0) {
        cmp_error(fs, x->pos, "internal: cannot take the address of %s", chk_expr_str(x));
        p = alloc(fs, 1);
    }
    if (dst >= 0) {
        move(fs, dst, p, 1);
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
        int ch = expr(fs, x, -1);
        int r = target(fs, dst, e->type->slots > 0 ? e->type->slots : 1);
        emit(fs, OP_RECV, r, ch, 0);
        return r;
    }
    Type *t = final_type(e->type);
    int rx = expr(fs, x, -1);
    int r = target(fs, dst, t->slots);
    Type *u = t->underlying;
    switch (op) {
    case T_ADD: move(fs, r, rx, t->slots); break;
    case T_SUB:
        if (type_is_float(u)) {
            emit(fs, OP_FNEG, r, rx, 0);
        } else if (type_is_complex(u)) {
            emit(fs, OP_FNEG, r, rx, 0);
            emit(fs, OP_FNEG, r + 1, rx + 1, 0);
        } else {
            emit(fs, OP_NEG, r, rx, 0);
            narrow(fs, t, r);
        }
        break;
    case T_XOR:
        emit(fs, OP_NOT, r, rx, 0);
        narrow(fs, t, r);
        break;
    case T_NOT: emit(fs, OP_LNOT, r, rx, 0); break;
    default: break;
    }
    return r;
}

/* Numeric, string and interface conversions T(x). */
static int conversion_expr(FS *fs, Expr *e, int dst) {
    Type *to = e->type;
    Expr *x = e->call.args[0];
    Type *from = final_type(x->type);
    Type *tu = to->underlying, *fu = from->underlying ? from->underlying : from;
    if (e->mode == MODE_CONST) {
        int r = target(fs, dst, to->slots);
        load_const(fs, e->val, to, r);
        return r;
    }
    if (tu->kind == KIND_INTERFACE) {
        return expr_to(fs, x, to, dst);
    }
    if (from == t_untyped_nil) {
        int r = target(fs, dst, to->slots);
        zero(fs, r, to->slots);
        return r;
    }
    int rx = expr(fs, x, -1);
    int r = target(fs, dst, to->slots);
    if (type_is_integer(tu) && type_is_integer(fu)) {
        move(fs, r, rx, 1);
        if (type_int_bits(tu) < 64) {
            narrow(fs, to, r);
        }
        return r;
    }
    if (type_is_float(tu) && type_is_integer(fu)) {
        emit(fs, type_is_unsigned(fu) ? OP_U2F : OP_I2F, r, rx, 0);
        narrow(fs, to, r);
        return r;
    }
    if (type_is_integer(tu) && type_is_float(fu)) {
        emit(fs, type_is_unsigned(tu) ? OP_F2U : OP_F2I, r, rx, 0);
        narrow(fs, to, r);
        return r;
    }
    if (type_is_float(tu) && type_is_float(fu)) {
        if (tu->kind == KIND_FLOAT32 && fu->kind == KIND_FLOAT64) {
            emit(fs, OP_F32, r, rx, 0);
        } else {
            move(fs, r, rx, 1);
        }
        return r;
    }
    if (type_is_complex(tu) && type_is_complex(fu)) {
        move(fs, r, rx, 2);
        if (tu->kind == KIND_COMPLEX64) {
            emit(fs, OP_F32, r, r, 0);
            emit(fs, OP_F32, r + 1, r + 1, 0);
        }
        return r;
    }
    if (tu->kind == KIND_STRING) {
        if (type_is_integer(fu)) {
            emit(fs, OP_STRCONV, r, rx, 4);
        } else if (fu->kind == KIND_SLICE) {
            emit(fs, OP_STRCONV, r, rx, fu->elem->underlying->kind == KIND_INT32 ? 2 : 0);
        } else {
            move(fs, r, rx, 2);
        }
        return r;
    }
    if (tu->kind == KIND_SLICE && fu->kind == KIND_STRING) {
        emit(fs, OP_STRCONV, r, rx, tu->elem->underlying->kind == KIND_INT32 ? 3 : 1);
        return r;
    }
    if (tu->kind == KIND_POINTER && fu->kind == KIND_SLICE) {
        /* (*[N]T)(s): panics if len(s) < N */
        int t2 = alloc(fs, 3);
        int bounds = alloc(fs, 3);
        load_int(fs, bounds, 0);
        load_int(fs, bounds + 1, tu->elem->underlying->len);
        load_int(fs, bounds + 2, tu->elem->underlying->len);
        emit(fs, OP_SLICE, t2, rx, bounds);
        emit_x(fs, fu->elem->slots, 0, 0);
        move(fs, r, t2, 1);
        return r;
    }
    if (tu->kind == KIND_ARRAY && fu->kind == KIND_SLICE) {
        int t2 = alloc(fs, 3);
        int bounds = alloc(fs, 3);
        load_int(fs, bounds, 0);
        load_int(fs, bounds + 1, tu->len);
        load_int(fs, bounds + 2, tu->len);
        emit(fs, OP_SLICE, t2, rx, bounds);
        emit_x(fs, fu->elem->slots, 0, 0);
        if (to->slots > 0) {
            emit(fs, OP_LOADN, r, t2, 0);
            emit_x(fs, to->slots, 0, 0);
        }
        return r;
    }
    move(fs, r, rx, to->slots);
    return r;
}

/* Builds a composite literal's value in registers. */
static int composite_expr(FS *fs, Expr *e, int dst) {
    Type *t = e->type;
    if (e->composite.implicit_ptr) {
        /* {...} for a *T element: &T{...} */
        Type *bt = t->elem;
        int r = target(fs, dst, 1);
        Type *saved = e->type;
        e->type = bt;
        e->composite.implicit_ptr = false;
        int v = composite_expr(fs, e, -1);
        e->type = saved;
        e->composite.implicit_ptr = true;
        emit_bx(fs, OP_NEW, r, (uint32_t)k_ptr(fs, bt));
        if (bt->slots == 1) {
            emit(fs, OP_STORE, r, 0, v);
        } else if (bt->slots > 0) {
            emit(fs, OP_STOREN, r, 0, v);
            emit_x(fs, bt->slots, 0, 0);
        }
        return r;
    }
    Type *u = t->underlying;
    switch (u->kind) {
    case KIND_STRUCT: {
        int r = alloc(fs, t->slots);
        zero(fs, r, t->slots);
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            int fi = i;
            Expr *v = el;
            if (el->kind == E_KEYVALUE) {
                fi = el->kv.key->ident.obj ? el->kv.key->ident.obj->reg : 0;
                v = el->kv.value;
            }
            StructField *f = &u->fields[fi];
            expr_to(fs, v, f->type, r + f->offset);
        }
        if (dst >= 0) {
            move(fs, dst, r, t->slots);
            return dst;
        }
        return r;
    }
    case KIND_ARRAY: {
        int r = alloc(fs, t->slots);
        zero(fs, r, t->slots);
        int64_t idx = 0;
        int es = u->elem->slots;
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            Expr *v = el;
            if (el->kind == E_KEYVALUE) {
                idx = const_to_i64(el->kv.key->val);
                v = el->kv.value;
            }
            expr_to(fs, v, u->elem, r + (int)idx * es);
            idx++;
        }
        if (dst >= 0) {
            move(fs, dst, r, t->slots);
            return dst;
        }
        return r;
    }
    case KIND_SLICE: {
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
        int r = target(fs, dst, 3);
        int len = alloc(fs, 1);
        load_int(fs, len, n);
        emit(fs, OP_MAKESLICE, r, len, len);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, u->elem));
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
            int vr = expr_to(fs, v, u->elem, -1);
            int ir = alloc(fs, 1);
            load_int(fs, ir, idx);
            if (es == 1) {
                emit(fs, OP_SSET, r, ir, vr);
            } else if (es > 0) {
                emit(fs, OP_SSETN, r, ir, vr);
                emit_x(fs, 0, es, 0);
            }
            fs->free = save;
            idx++;
        }
        return r;
    }
    case KIND_MAP: {
        int r = target(fs, dst, 1);
        int hint = alloc(fs, 1);
        load_int(fs, hint, e->composite.n);
        emit(fs, OP_MAKEMAP, r, hint, 0);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, u));
        for (int i = 0; i < e->composite.n; i++) {
            Expr *el = e->composite.elts[i];
            int save = fs->free;
            int kr = expr_to(fs, el->kv.key, u->key, -1);
            int vr = expr_to(fs, el->kv.value, u->elem, -1);
            emit(fs, OP_MAPSET, r, kr, vr);
            emit_xbx(fs, 0, (uint32_t)k_ptr(fs, u));
            fs->free = save;
        }
        return r;
    }
    default:
        cmp_error(fs, e->pos, "internal: composite literal of type %s", chk_typestr(t));
        return target(fs, dst, t->slots);
    }
}

/* ---- closures ---- */

static int funclit_expr(FS *fs, Expr *e, int dst) {
    FuncInfo *fi = e->funclit.info;
    Func *fn = compile_func(fs->C, fi, fs);
    int r = target(fs, dst, 1);
    if (fi->captures.len == 0) {
        emit_bx(fs, OP_LOADK, r, (uint32_t)k_ptr(fs, self_closure(fn)));
        return r;
    }
    emit_bx(fs, OP_CLOSURE, r, (uint32_t)k_ptr(fs, fn));
    for (int i = 0; i < fi->captures.len; i++) {
        Obj *o = fi->captures.data[i];
        int cr = capture_reg(fs, o);
        if (cr < 0) {
            cr = o->reg;
        }
        emit_x(fs, cr, 0, 0);
    }
    return r;
}

/* ---- index, slice, selector ---- */

static int index_expr(FS *fs, Expr *e, int dst) {
    Expr *x = e->index.x;
    Obj *inst = e->index.inst;
    if (inst) {
        Func *fn = func_of(fs->C, inst);
        int r = target(fs, dst, 1);
        emit_bx(fs, OP_LOADK, r, (uint32_t)k_ptr(fs, self_closure(fn)));
        return r;
    }
    Type *xu = x->type->underlying ? x->type->underlying : x->type;
    Type *t = e->type;
    if (xu->kind == KIND_STRING || xu->kind == KIND_UNTYPED_STRING) {
        int rs = expr(fs, x, -1);
        int ri = expr_to(fs, e->index.indices[0], t_int, -1);
        int r = target(fs, dst, 1);
        emit(fs, OP_SINDEX, r, rs, ri);
        return r;
    }
    if (xu->kind == KIND_MAP) {
        int m = expr(fs, x, -1);
        int k = expr_to(fs, e->index.indices[0], xu->key, -1);
        int r = target(fs, dst, t->slots);
        emit(fs, OP_MAPGET, r, m, k);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, xu));
        return r;
    }
    if (xu->kind == KIND_ARRAY && x->mode != MODE_VAR) {
        /* indexing an array value held in registers */
        int ra = expr(fs, x, -1);
        Expr *ie = e->index.indices[0];
        if (ie->mode == MODE_CONST) {
            int off = (int)const_to_i64(ie->val) * t->slots;
            if (dst >= 0) {
                move(fs, dst, ra + off, t->slots);
                return dst;
            }
            return ra + off;
        }
        int ri = expr_to(fs, ie, t_int, -1);
        int r = target(fs, dst, t->slots);
        emit(fs, OP_AGET, r, ra, ri);
        Instr xw = {OP_NOP, 0, {.bx = (uint32_t)xu->len}};
        xw.a = (uint16_t)t->slots;
        emit_raw(fs, xw);
        return r;
    }
    LV lv = lv_expr(fs, e);
    if (lv.kind == LV_REG && dst < 0 && lv.reg >= 0) {
        return lv.reg + lv.off;
    }
    int r = target(fs, dst, t->slots);
    load_lv(fs, &lv, r);
    return r;
}

static int slice_expr(FS *fs, Expr *e, int dst) {
    Expr *x = e->slice.x;
    Type *xu = x->type->underlying ? x->type->underlying : x->type;
    if (xu->kind == KIND_STRING || xu->kind == KIND_UNTYPED_STRING) {
        int rs = expr(fs, x, -1);
        int b = alloc(fs, 2);
        if (e->slice.lo) {
            expr_to(fs, e->slice.lo, t_int, b);
        } else {
            load_int(fs, b, 0);
        }
        if (e->slice.hi) {
            expr_to(fs, e->slice.hi, t_int, b + 1);
        } else {
            move(fs, b + 1, rs + 1, 1);
        }
        int r = target(fs, dst, 2);
        emit(fs, OP_SSLICE, r, rs, b);
        return r;
    }
    int base;
    int op;
    int es;
    int64_t alen = 0;
    if (xu->kind == KIND_SLICE) {
        base = expr(fs, x, -1);
        op = OP_SLICE;
        es = xu->elem->slots;
    } else {
        /* an array (addressable) or a pointer to an array */
        if (xu->kind == KIND_POINTER) {
            base = expr(fs, x, -1);
            alen = xu->elem->underlying->len;
            es = xu->elem->underlying->elem->slots;
        } else {
            LV lv = lv_expr(fs, x);
            base = lv_addr(fs, &lv);
            alen = xu->len;
            es = xu->elem->slots;
        }
        op = OP_SLICEP;
    }
    int b = alloc(fs, 3);
    if (e->slice.lo) {
        expr_to(fs, e->slice.lo, t_int, b);
    } else {
        load_int(fs, b, 0);
    }
    if (e->slice.hi) {
        expr_to(fs, e->slice.hi, t_int, b + 1);
    } else if (op == OP_SLICE) {
        move(fs, b + 1, base + 1, 1);
    } else {
        load_int(fs, b + 1, alen);
    }
    if (e->slice.max) {
        expr_to(fs, e->slice.max, t_int, b + 2);
    } else if (op == OP_SLICE) {
        move(fs, b + 2, base + 2, 1);
    } else {
        load_int(fs, b + 2, alen);
    }
    int r = target(fs, dst, 3);
    emit(fs, op, r, base, b);
    Instr xw = {OP_NOP, (uint16_t)es, {.bx = (uint32_t)alen}};
    if (op == OP_SLICE) {
        xw.b = 0;
        xw.c = e->slice.slice3;
    } else if (e->slice.slice3) {
        /* SLICEP keeps the length in bx: mark three-index slices in the high bit of a */
        xw.a |= 0x8000;
    }
    emit_raw(fs, xw);
    return r;
}

static Func *bound_method_wrapper(Compiler *C, Obj *m, Type *recv_t, bool iface, int method_index,
                                  Type *sig);

static int selector_expr(FS *fs, Expr *e, int dst) {
    SelInfo *s = e->selector.info;
    Type *t = e->type;
    switch (s->kind) {
    case SEL_PKG: {
        Obj *o = s->obj;
        if (o->kind == OBJ_CONST) {
            int r = target(fs, dst, t->slots);
            load_const(fs, o->val, t, r);
            return r;
        }
        if (o->kind == OBJ_FUNC) {
            Func *fn = func_of(fs->C, o);
            int r = target(fs, dst, 1);
            emit_bx(fs, OP_LOADK, r, (uint32_t)k_ptr(fs, self_closure(fn)));
            return r;
        }
        LV lv = lv_expr(fs, e);
        int r = target(fs, dst, t->slots);
        load_lv(fs, &lv, r);
        return r;
    }
    case SEL_FIELD: {
        LV lv = lv_expr(fs, e);
        if (lv.kind == LV_REG && dst < 0) {
            return lv.reg + lv.off;
        }
        int r = target(fs, dst, t->slots);
        load_lv(fs, &lv, r);
        return r;
    }
    case SEL_METHOD:
    case SEL_IFACE_METHOD: {
        /* a method value: bind the receiver now */
        Expr *x = e->selector.x;
        Obj *m = s->obj;
        bool iface = s->kind == SEL_IFACE_METHOD;
        Type *xt = x->type;
        /* the receiver value as the method takes it */
        LV base;
        if (xt->kind == KIND_POINTER) {
            int p = value_reg(fs, x);
            base = (LV){LV_REG, xt, p, 0, 0, 0, 0, NULL, NULL};
        } else if (x->mode == MODE_VAR) {
            base = lv_expr(fs, x);
        } else {
            int rv = value_reg(fs, x);
            base = (LV){LV_REG, xt, rv, 0, 0, 0, 0, NULL, NULL};
        }
        LV lv = lv_field_path(fs, base, xt, s->path, s->npath);
        Type *rt = lv.t;
        int recv;
        Type *recv_t;
        if (iface) {
            recv = alloc(fs, 2);
            load_lv(fs, &lv, recv);
            recv_t = rt;
        } else if (m->ptr_recv) {
            if (rt->kind == KIND_POINTER) {
                recv = alloc(fs, 1);
                load_lv(fs, &lv, recv);
            } else {
                recv = lv_addr(fs, &lv);
            }
            recv_t = type_pointer(m->recv_base);
        } else {
            recv_t = m->recv_base;
            recv = alloc(fs, recv_t->slots > 0 ? recv_t->slots : 1);
            if (rt->kind == KIND_POINTER) {
                int p = alloc(fs, 1);
                load_lv(fs, &lv, p);
                LV d = {LV_MEM, recv_t, p, 0, 0, 0, 0, NULL, NULL};
                load_lv(fs, &d, recv);
            } else {
                load_lv(fs, &lv, recv);
            }
        }
        Func *w = bound_method_wrapper(fs->C, m, recv_t, iface, s->method_index, t);
        int r = target(fs, dst, 1);
        emit_bx(fs, OP_CLOSURE, r, (uint32_t)k_ptr(fs, w));
        /* the wrapper's captures are the receiver's slots, by value */
        for (int i = 0; i < w->nup; i++) {
            emit_x(fs, recv + i, 1, 0); /* b = 1: capture the register's value itself */
        }
        return r;
    }
    case SEL_METHOD_EXPR: {
        Obj *m = s->obj;
        Type *recv_t = s->recv;
        Func *w;
        if (s->kind == SEL_METHOD_EXPR && recv_t->underlying->kind == KIND_INTERFACE) {
            w = bound_method_wrapper(fs->C, m, recv_t, true, s->method_index, NULL);
        } else {
            bool want_ptr = recv_t->kind == KIND_POINTER;
            if (m->ptr_recv == want_ptr && s->npath == 0) {
                w = func_of(fs->C, m);
            } else {
                w = bound_method_wrapper(fs->C, m, recv_t, false, -1, NULL);
            }
        }
        int r = target(fs, dst, 1);
        emit_bx(fs, OP_LOADK, r, (uint32_t)k_ptr(fs, self_closure(w)));
        return r;
    }
    }
    return target(fs, dst, t->slots);
}

/* ---- type assertions ---- */

static int assert_expr(FS *fs, Expr *e, int dst, bool commaok) {
    Type *t = e->type;
    int rx = expr(fs, e->typeassert.x, -1);
    int n = t->slots + (commaok ? 1 : 0);
    int r = target(fs, dst, n);
    bool to_iface = t->underlying->kind == KIND_INTERFACE;
    emit(fs, to_iface ? OP_ASSERTI : OP_ASSERT, r, rx, commaok);
    emit_xbx(fs, 0, (uint32_t)k_ptr(fs, t));
    if (!to_iface) {
        ensure_methods(fs->C, t);
    }
    return r;
}

/* ---- builtins ---- */

static int builtin_call(FS *fs, Expr *e, int dst);

/* ---- the dispatcher ---- */

static int expr(FS *fs, Expr *e, int dst) {
    if (e->mode == MODE_CONST && e->val) {
        Type *t = final_type(e->type);
        if (t->underlying && t->underlying->kind == KIND_INTERFACE) {
            t = type_default(e->type);
        }
        int r = target(fs, dst, t->slots > 0 ? t->slots : 1);
        load_const(fs, e->val, t, r);
        return r;
    }
    int saved_line = fs->line;
    if (e->pos.line) {
        fs->line = e->pos.line;
    }
    int r;
    switch (e->kind) {
    case E_IDENT: r = ident_expr(fs, e, dst); break;
    case E_PAREN: r = expr(fs, e->paren.x, dst); break;
    case E_BINARY: r = binary_expr(fs, e, dst); break;
    case E_UNARY: r = unary_expr(fs, e, dst); break;
    case E_CALL: r = call_expr(fs, e, dst); break;
    case E_COMPOSITE: r = composite_expr(fs, e, dst); break;
    case E_FUNCLIT: r = funclit_expr(fs, e, dst); break;
    case E_INDEX: r = index_expr(fs, e, dst); break;
    case E_SLICE: r = slice_expr(fs, e, dst); break;
    case E_SELECTOR: r = selector_expr(fs, e, dst); break;
    case E_TYPEASSERT: r = assert_expr(fs, e, dst, false); break;
    case E_STAR: {
        int p = expr(fs, e->star.x, -1);
        LV lv = {LV_MEM, e->type, p, 0, 0, 0, 0, NULL, NULL};
        r = target(fs, dst, e->type->slots);
        load_lv(fs, &lv, r);
        break;
    }
    default:
        cmp_error(fs, e->pos, "internal: cannot compile expression %s", chk_expr_str(e));
        r = target(fs, dst, e->type ? e->type->slots : 1);
    }
    fs->line = saved_line;
    return r;
}

/* ---- calls ---- */

/* Places the receiver of a direct method call at dst. */
static void method_receiver(FS *fs, Expr *sel_e, Obj *m, int dst) {
    SelInfo *s = sel_e->selector.info;
    Expr *x = sel_e->selector.x;
    Type *xt = x->type;
    LV base;
    if (xt->kind == KIND_POINTER) {
        int p = value_reg(fs, x);
        base = (LV){LV_REG, xt, p, 0, 0, 0, 0, NULL, NULL};
    } else if (x->mode == MODE_VAR) {
        base = lv_expr(fs, x);
    } else {
        int rv = value_reg(fs, x);
        base = (LV){LV_REG, xt, rv, 0, 0, 0, 0, NULL, NULL};
    }
    LV lv = lv_field_path(fs, base, xt, s->path, s->npath);
    Type *rt = lv.t;
    if (m->ptr_recv) {
        if (rt->kind == KIND_POINTER) {
            load_lv(fs, &lv, dst);
        } else {
            int p = lv_addr(fs, &lv);
            if (p < 0) {
                cmp_error(fs, sel_e->pos, "internal: receiver not addressable");
                return;
            }
            move(fs, dst, p, 1);
        }
        return;
    }
    if (rt->kind == KIND_POINTER) {
        int p = alloc(fs, 1);
        load_lv(fs, &lv, p);
        LV d = {LV_MEM, m->recv_base, p, 0, 0, 0, 0, NULL, NULL};
        load_lv(fs, &d, dst);
    } else {
        load_lv(fs, &lv, dst);
    }
}

/* Compiles the arguments of a call into base+off, converting to the parameter types and
 * building the variadic slice. */
static void call_args(FS *fs, Expr *e, Type *sig, int base) {
    CallInfo *ci = e->call.extra;
    int off = 0;
    int np = sig->nparams;
    int n = e->call.n;
    /* f(g()) with g returning several values */
    if (n == 1 && e->call.args[0]->type && e->call.args[0]->type->kind == KIND_TUPLE) {
        Expr *g = e->call.args[0];
        int gr = expr(fs, g, -1);
        Type *tt = g->type;
        int src = gr;
        int nfixed = sig->variadic && !e->call.has_ellipsis ? np - 1 : np;
        for (int i = 0; i < tt->nparams && i < nfixed; i++) {
            Type *pt = sig->params[i];
            convert_value(fs, tt->params[i], pt, src, base + off);
            src += tt->params[i]->slots;
            off += pt->slots;
        }
        if (sig->variadic && !e->call.has_ellipsis) {
            Type *st = sig->params[np - 1];
            int cnt = tt->nparams - nfixed;
            int tmp = alloc(fs, cnt * st->elem->slots + 1);
            for (int i = 0; i < cnt; i++) {
                convert_value(fs, tt->params[nfixed + i], st->elem, src, tmp + i * st->elem->slots);
                src += tt->params[nfixed + i]->slots;
            }
            emit(fs, OP_NEWSLICE, base + off, tmp, cnt);
            emit_xbx(fs, 0, (uint32_t)k_ptr(fs, st->elem));
        }
        return;
    }
    int nfixed = (ci && ci->variadic_slice) ? ci->nfixed : np;
    for (int i = 0; i < nfixed && i < n; i++) {
        Type *pt = sig->params[i];
        expr_to(fs, e->call.args[i], pt, base + off);
        off += pt->slots;
    }
    if (ci && ci->variadic_slice) {
        Type *st = ci->variadic_slice;
        int cnt = n - nfixed;
        if (cnt == 0) {
            zero(fs, base + off, 3);
            return;
        }
        int es = st->elem->slots;
        int tmp = alloc(fs, cnt * es);
        for (int i = 0; i < cnt; i++) {
            expr_to(fs, e->call.args[nfixed + i], st->elem, tmp + i * es);
        }
        emit(fs, OP_NEWSLICE, base + off, tmp, cnt);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, st->elem));
    }
}

static int results_slots(Type *sig) {
    int n = 0;
    for (int i = 0; i < sig->nresults; i++) {
        n += sig->results[i]->slots;
    }
    return n;
}

static int params_slots(Type *sig) {
    int n = 0;
    for (int i = 0; i < sig->nparams; i++) {
        n += sig->params[i]->slots;
    }
    return n;
}

/* Where a call's results are, and how many slots. */
static int finish_call(FS *fs, Expr *e, int base, int dst) {
    Type *t = e->type;
    int n = t ? t->slots : 0;
    if (t && t->kind == KIND_TUPLE) {
        n = t->slots;
    }
    if (dst >= 0 && n > 0) {
        move(fs, dst, base, n);
        return dst;
    }
    return base;
}

static int call_expr(FS *fs, Expr *e, int dst) {
    switch (e->call.call_kind) {
    case CALL_CONVERSION: return conversion_expr(fs, e, dst);
    case CALL_BUILTIN: return builtin_call(fs, e, dst);
    default: break;
    }
    Expr *fun = e->call.fun;
    while (fun->kind == E_PAREN) {
        fun = fun->paren.x;
    }
    Type *sig = fun->type->underlying;
    CallInfo *ci = e->call.extra;
    int rslots = results_slots(sig);
    int pslots = params_slots(sig);
    switch (e->call.call_kind) {
    case CALL_FUNC: {
        Func *fn = func_of(fs->C, ci->func);
        int base = alloc(fs, (pslots > rslots ? pslots : rslots) + 1);
        call_args(fs, e, sig, base);
        emit_bx(fs, OP_CALL, base, (uint32_t)k_ptr(fs, fn));
        return finish_call(fs, e, base, dst);
    }
    case CALL_METHOD: {
        Obj *m = ci->func;
        Func *fn = func_of(fs->C, m);
        Type *rt = m->ptr_recv ? type_pointer(m->recv_base) : m->recv_base;
        int rs = rt->slots;
        int base = alloc(fs, (pslots + rs > rslots ? pslots + rs : rslots) + 1);
        method_receiver(fs, fun, m, base);
        call_args(fs, e, sig, base + rs);
        emit_bx(fs, OP_CALL, base, (uint32_t)k_ptr(fs, fn));
        return finish_call(fs, e, base, dst);
    }
    case CALL_IFACE: {
        SelInfo *s = fun->selector.info;
        Expr *x = fun->selector.x;
        Type *xt = x->type;
        LV b;
        if (xt->kind == KIND_POINTER) {
            int p = value_reg(fs, x);
            b = (LV){LV_REG, xt, p, 0, 0, 0, 0, NULL, NULL};
        } else if (x->mode == MODE_VAR) {
            b = lv_expr(fs, x);
        } else {
            int rv = value_reg(fs, x);
            b = (LV){LV_REG, xt, rv, 0, 0, 0, 0, NULL, NULL};
        }
        LV lv = lv_field_path(fs, b, xt, s->path, s->npath);
        int ir;
        if (lv.kind == LV_REG) {
            ir = lv.reg + lv.off;
        } else {
            ir = alloc(fs, 2);
            load_lv(fs, &lv, ir);
        }
        if (lv.t->kind == KIND_TYPEPARAM) {
            cmp_error(fs, e->pos, "internal: method call on a type parameter");
        }
        int base = alloc(fs, (pslots + 1 > rslots ? pslots + 1 : rslots) + 1);
        call_args(fs, e, sig, base + 1);
        emit(fs, OP_CALLI, base, ir, k_ptr(fs, fun->selector.sel->ident.name));
        emit_x(fs, 0, 0, 0);
        return finish_call(fs, e, base, dst);
    }
    default: {
        int fr = expr(fs, e->call.fun, -1);
        int base = alloc(fs, (pslots > rslots ? pslots : rslots) + 1);
        call_args(fs, e, sig, base);
        emit(fs, OP_CALLC, base, fr, 0);
        return finish_call(fs, e, base, dst);
    }
    }
}

static void print_value(FS *fs, Type *t, int r, bool space, bool nl) {
    emit(fs, OP_PRINT, r, space, nl);
    emit_xbx(fs, 0, (uint32_t)k_ptr(fs, t));
}

static int builtin_call(FS *fs, Expr *e, int dst) {
    Expr **args = e->call.args;
    int n = e->call.n;
    Type *t = e->type;
    switch (e->call.builtin) {
    case BI_LEN:
    case BI_CAP: {
        if (e->mode == MODE_CONST) {
            int r = target(fs, dst, 1);
            load_const(fs, e->val, t_int, r);
            return r;
        }
        Expr *x = args[0];
        Type *u = x->type->underlying;
        int rx = expr(fs, x, -1);
        int r = target(fs, dst, 1);
        bool len = e->call.builtin == BI_LEN;
        switch (u->kind) {
        case KIND_STRING: move(fs, r, rx + 1, 1); break;
        case KIND_SLICE: move(fs, r, rx + (len ? 1 : 2), 1); break;
        case KIND_MAP: emit(fs, OP_MAPLEN, r, rx, 0); break;
        case KIND_POINTER: load_int(fs, r, u->elem->underlying->len); break;
        case KIND_ARRAY: load_int(fs, r, u->len); break;
        case KIND_CHAN: emit(fs, OP_CHANLEN, r, rx, !len); break;
        default: cmp_error(fs, e->pos, "internal: len/cap");
        }
        return r;
    }
    case BI_APPEND: {
        Type *st = t->underlying;
        int es = st->elem->slots;
        int r = target(fs, dst, 3);
        expr(fs, args[0], r);
        if (e->call.has_ellipsis) {
            Expr *src = args[1];
            bool is_str = src->type->underlying->kind == KIND_STRING || src->type == t_untyped_string;
            int rs = expr(fs, src, -1);
            emit(fs, OP_APPENDS, r, rs, is_str);
            emit_xbx(fs, 0, (uint32_t)k_ptr(fs, st->elem));
            return r;
        }
        if (n == 1) {
            return r;
        }
        int vals = alloc(fs, (n - 1) * es);
        for (int i = 1; i < n; i++) {
            expr_to(fs, args[i], st->elem, vals + (i - 1) * es);
        }
        emit(fs, OP_APPEND, r, vals, n - 1);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, st->elem));
        return r;
    }
    case BI_COPY: {
        int rd = expr(fs, args[0], -1);
        int rs = expr(fs, args[1], -1);
        int r = target(fs, dst, 1);
        bool is_str = args[1]->type->underlying->kind == KIND_STRING;
        emit(fs, OP_COPY, r, rd, is_str);
        emit_x(fs, rs, args[0]->type->underlying->elem->slots, 0);
        return r;
    }
    case BI_DELETE: {
        Type *mt = args[0]->type->underlying;
        int m = expr(fs, args[0], -1);
        int k = expr_to(fs, args[1], mt->key, -1);
        emit(fs, OP_MAPDEL, m, k, 0);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, mt));
        return m;
    }
    case BI_CLEAR: {
        Type *u = args[0]->type->underlying;
        int x = expr(fs, args[0], -1);
        emit(fs, OP_CLEAR, x, 0, u->kind == KIND_MAP);
        emit_x(fs, 0, u->kind == KIND_SLICE ? u->elem->slots : 0, 0);
        return x;
    }
    case BI_MAKE: {
        Type *mt = args[0]->type;
        Type *u = mt->underlying;
        if (u->kind == KIND_SLICE) {
            int ln = expr_to(fs, args[1], t_int, -1);
            int cp = n > 2 ? expr_to(fs, args[2], t_int, -1) : ln;
            int r = target(fs, dst, 3);
            emit(fs, OP_MAKESLICE, r, ln, cp);
            emit_xbx(fs, 0, (uint32_t)k_ptr(fs, u->elem));
            return r;
        }
        if (u->kind == KIND_MAP) {
            int h;
            if (n > 1) {
                h = expr_to(fs, args[1], t_int, -1);
            } else {
                h = alloc(fs, 1);
                load_int(fs, h, 0);
            }
            int r = target(fs, dst, 1);
            emit(fs, OP_MAKEMAP, r, h, 0);
            emit_xbx(fs, 0, (uint32_t)k_ptr(fs, u));
            return r;
        }
        int sz;
        if (n > 1) {
            sz = expr_to(fs, args[1], t_int, -1);
        } else {
            sz = alloc(fs, 1);
            load_int(fs, sz, 0);
        }
        int r = target(fs, dst, 1);
        emit(fs, OP_MAKECHAN, r, sz, 0);
        emit_xbx(fs, 0, (uint32_t)k_ptr(fs, u->elem));
        return r;
    }
    case BI_NEW: {
        Type *pt = t->elem;
        int r = target(fs, dst, 1);
        emit_bx(fs, OP_NEW, r, (uint32_t)k_ptr(fs, pt));
        return r;
    }
    case BI_PANIC: {
        int v = expr_to(fs, args[0], t_any, -1);
        emit(fs, OP_PANIC, v, 0, 0);
        return v;
    }
    case BI_RECOVER: {
        int r = target(fs, dst, 2);
        emit(fs, OP_RECOVER, r, 0, 0);
        return r;
    }
    case BI_PRINT:
    case BI_PRINTLN: {
        bool ln = e->call.builtin == BI_PRINTLN;
        for (int i = 0; i < n; i++) {
            int save = fs->free;
            Type *at = final_type(args[i]->type);
            int r = expr(fs, args[i], -1);
            print_value(fs, at, r, ln && i > 0, ln && i == n - 1);
            fs->free = save;
        }
        if (ln && n == 0) {
            print_value(fs, NULL, 0, false, true);
        }
        return 0;
    }
    case BI_MIN:
    case BI_MAX: {
        Type *rt = final_type(t);
        if (e->mode == MODE_CONST) {
            int r = target(fs, dst, rt->slots);
            load_const(fs, e->val, rt, r);
            return r;
        }
        bool is_min = e->call.builtin == BI_MIN;
        Type *u = rt->underlying;
        int r = target(fs, dst, rt->slots);
        expr(fs, args[0], r);
        for (int i = 1; i < n; i++) {
            int save = fs->free;
            int v = expr(fs, args[i], -1);
            int c = alloc(fs, 1);
            if (type_is_float(u)) {
                /* NaN is contagious; min(-0, +0) is -0: done by the VM-independent sequence */
                int nan1 = alloc(fs, 1);
                emit(fs, OP_FNE, nan1, v, v); /* v is NaN */
                int j1 = emit_sbx(fs, OP_JT, nan1, 0);
                emit(fs, OP_FNE, nan1, r, r); /* r is NaN: keep */
                int j2 = emit_sbx(fs, OP_JT, nan1, 0);
                emit(fs, OP_FLT, c, is_min ? v : r, is_min ? r : v);
                int j3 = emit_sbx(fs, OP_JT, c, 0);
                /* equal values: pick by sign for zeros */
                emit(fs, OP_FEQ, c, v, r);
                int j4 = emit_sbx(fs, OP_JF, c, 0);
                /* both zero (or equal): min prefers a negative sign, max a positive one */
                int bits = alloc(fs, 1);
                emit(fs, is_min ? OP_OR : OP_AND, bits, v, r);
                move(fs, r, bits, 1);
                patch_here(fs, j4);
                int j5 = jump(fs);
                patch_here(fs, j1);
                patch_here(fs, j3);
                move(fs, r, v, 1);
                patch_here(fs, j2);
                patch_here(fs, j5);
            } else {
                compare(fs, T_LSS, rt, is_min ? v : r, is_min ? r : v, c);
                int j = emit_sbx(fs, OP_JF, c, 0);
                move(fs, r, v, rt->slots);
                patch_here(fs, j);
            }
            fs->free = save;
        }
        return r;
    }
    case BI_COMPLEX: {
        if (e->mode == MODE_CONST) {
            int r = target(fs, dst, 2);
            load_const(fs, e->val, t, r);
            return r;
        }
        Type *ft = t->kind == KIND_COMPLEX64 ? t_float32 : t_float64;
        int r = target(fs, dst, 2);
        expr_to(fs, args[0], ft, r);
        expr_to(fs, args[1], ft, r + 1);
        return r;
    }
    case BI_REAL:
    case BI_IMAG: {
        if (e->mode == MODE_CONST) {
            int r = target(fs, dst, 1);
            load_const(fs, e->val, t, r);
            return r;
        }
        int x = expr(fs, args[0], -1);
        int r = target(fs, dst, 1);
        move(fs, r, x + (e->call.builtin == BI_IMAG), 1);
        return r;
    }
    case BI_CLOSE: {
        int ch = expr(fs, args[0], -1);
        emit(fs, OP_CLOSE, ch, 0, 0);
        return ch;
    }
    default: cmp_error(fs, e->pos, "internal: builtin"); return 0;
    }
}

/* ---- conditions ---- */

/* Emits jumps taken when e evaluates to `when`; falls through otherwise. */
static void cond_jump(FS *fs, Expr *e, bool when, IntVec *jumps) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->mode == MODE_CONST && e->val && e->val->kind == CONST_BOOL) {
        if (e->val->b == when) {
            ivec_push(jumps, jump(fs));
        }
        return;
    }
    if (e->kind == E_UNARY && e->unary.op == T_NOT) {
        cond_jump(fs, e->unary.x, !when, jumps);
        return;
    }
    if (e->kind == E_BINARY && (e->binary.op == T_LAND || e->binary.op == T_LOR)) {
        bool is_and = e->binary.op == T_LAND;
        if (is_and == when) {
            /* (a && b) true: both; (a || b) false: both false */
            IntVec skip = {0};
            cond_jump(fs, e->binary.x, !when, &skip);
            cond_jump(fs, e->binary.y, when, jumps);
            for (int i = 0; i < skip.len; i++) {
                patch_here(fs, skip.data[i]);
            }
        } else {
            cond_jump(fs, e->binary.x, when, jumps);
            cond_jump(fs, e->binary.y, when, jumps);
        }
        return;
    }
    int save = fs->free;
    int r = expr(fs, e, -1);
    ivec_push(jumps, emit_sbx(fs, when ? OP_JT : OP_JF, r, 0));
    fs->free = save;
}

/* A loop's condition at its bottom: jumps back to target when true. Uses the fused integer
 * compare-and-branch when it can. */
static void loop_cond(FS *fs, Expr *e, int target_pc) {
    Expr *c = e;
    while (c->kind == E_PAREN) {
        c = c->paren.x;
    }
    if (c->kind == E_BINARY && c->mode != MODE_CONST) {
        TokKind op = c->binary.op;
        Type *xt = final_type(c->binary.x->type);
        Type *yt = final_type(c->binary.y->type);
        bool ints = xt == yt && type_is_integer(xt->underlying) && !type_is_unsigned(xt->underlying);
        if (ints && (op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ || op == T_EQL ||
                     op == T_NEQ)) {
            int save = fs->free;
            int rx = expr(fs, c->binary.x, -1);
            int ry = expr(fs, c->binary.y, -1);
            int off = target_pc - (here(fs) + 1);
            if (off >= -32768) {
                int o = op == T_LSS ? OP_JLT : op == T_LEQ ? OP_JLE : op == T_GTR ? OP_JGT
                        : op == T_GEQ ? OP_JGE : op == T_EQL ? OP_JEQ : OP_JNE;
                emit(fs, o, rx, ry, (uint16_t)(int16_t)off);
                fs->free = save;
                return;
            }
            fs->free = save;
        }
    }
    IntVec j = {0};
    cond_jump(fs, e, true, &j);
    for (int i = 0; i < j.len; i++) {
        patch_to(fs, j.data[i], target_pc);
    }
}

/* ---- statements ---- */

static void free_temps(FS *fs) { fs->free = fs->active; }

/* Declares a local variable: its register(s), or a cell. Returns its register. (A REPL
 * entry's top-level variables are package variables: nothing to allocate.) */
static int declare_var(FS *fs, Obj *o) {
    if (o->global) {
        return -1;
    }
    if (is_cell(o)) {
        int r = alloc(fs, 1);
        o->reg = r;
        return r;
    }
    int n = o->type->slots;
    int r = alloc(fs, n > 0 ? n : 1);
    o->reg = r;
    return r;
}

/* Makes a fresh cell for variable o holding the slots in src (or zero). */
static void new_cell(FS *fs, Obj *o, int src) {
    int n = o->type->slots > 0 ? o->type->slots : 1;
    emit(fs, OP_NEWCELL, o->reg, n, type_pointer_free(o->type));
    if (src >= 0 && o->type->slots > 0) {
        LV lv = {LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
        store_lv(fs, &lv, src);
    }
}

/* Declares o and initialises it with the value at src (src < 0: zero value). */
static void init_var(FS *fs, Obj *o, int src) {
    if (o->global) {
        if (src >= 0) {
            LV lv = {LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
            store_lv(fs, &lv, src);
        }
        return;
    }
    if (is_cell(o)) {
        new_cell(fs, o, src);
    } else if (src >= 0) {
        move(fs, o->reg, src, o->type->slots);
    } else {
        zero(fs, o->reg, o->type->slots);
    }
}

static void commit_locals(FS *fs) {
    fs->active = fs->free;
}

/* v, ok := m[k] / x.(T) / <-ch: the value then the ok flag at tmp. */
static void comma_ok(FS *fs, Expr *b, int tmp) {
    if (b->kind == E_INDEX) {
        Type *mt = b->index.x->type->underlying;
        int m = expr(fs, b->index.x, -1);
        int k = expr_to(fs, b->index.indices[0], mt->key, -1);
        emit(fs, OP_MAPGET, tmp, m, k);
        emit_xbx(fs, 1, (uint32_t)k_ptr(fs, mt));
    } else if (b->kind == E_TYPEASSERT) {
        assert_expr(fs, b, tmp, true);
    } else if (b->kind == E_UNARY && b->unary.op == T_ARROW) {
        int ch = expr(fs, b->unary.x, -1);
        emit(fs, OP_RECV, tmp, ch, 1);
    } else {
        cmp_error(fs, b->pos, "internal: comma-ok form");
    }
}

static void var_decl(FS *fs, ValueSpec *vs) {
    int n = vs->nnames;
    if (vs->nvalues == 0) {
        for (int i = 0; i < n; i++) {
            Obj *o = vs->names[i]->ident.obj;
            if (!o || o->name == intern_cstr("_")) {
                continue;
            }
            declare_var(fs, o);
            init_var(fs, o, -1);
        }
        commit_locals(fs);
        return;
    }
    if (vs->nvalues == n) {
        /* evaluate all, then declare (the names are not in scope in the values) */
        int *vals = NEW_ARRAY(int, n);
        for (int i = 0; i < n; i++) {
            Obj *o = vs->names[i]->ident.obj;
            Type *t = o && o->type ? o->type : vs->values[i]->type;
            vals[i] = expr_to(fs, vs->values[i], t, -1);
        }
        for (int i = 0; i < n; i++) {
            Obj *o = vs->names[i]->ident.obj;
            if (!o || o->name == intern_cstr("_")) {
                continue;
            }
            declare_var(fs, o);
        }
        for (int i = 0; i < n; i++) {
            Obj *o = vs->names[i]->ident.obj;
            if (!o || o->name == intern_cstr("_")) {
                continue;
            }
            init_var(fs, o, vals[i]);
        }
        /* registers of the values may sit above the new locals: keep them dead */
        commit_locals(fs);
        return;
    }
    /* a, b := f() / v, ok := m[k] */
    Expr *e = vs->values[0];
    int r;
    Type *tt;
    if (e->type->kind == KIND_TUPLE) {
        r = expr(fs, e, -1);
        tt = e->type;
    } else {
        r = -1;
        tt = NULL;
    }
    int src = r;
    if (!tt) {
        /* comma-ok */
        Expr *b = e;
        while (b->kind == E_PAREN) {
            b = b->paren.x;
        }
        Obj *o0 = vs->names[0]->ident.obj;
        Type *vt = b->type;
        int tmp = alloc(fs, vt->slots + 1);
        comma_ok(fs, b, tmp);
        for (int i = 0; i < 2; i++) {
            Obj *o = vs->names[i]->ident.obj;
            if (o && o->name != intern_cstr("_")) {
                declare_var(fs, o);
            }
        }
        if (o0 && o0->name != intern_cstr("_")) {
            int v = tmp;
            if (o0->type != vt) {
                v = alloc(fs, o0->type->slots);
                convert_value(fs, vt, o0->type, tmp, v);
            }
            init_var(fs, o0, v);
        }
        Obj *o1 = vs->names[1]->ident.obj;
        if (o1 && o1->name != intern_cstr("_")) {
            init_var(fs, o1, tmp + vt->slots);
        }
        commit_locals(fs);
        return;
    }
    for (int i = 0; i < n; i++) {
        Obj *o = vs->names[i]->ident.obj;
        if (o && o->name != intern_cstr("_")) {
            declare_var(fs, o);
        }
    }
    for (int i = 0; i < n; i++) {
        Obj *o = vs->names[i]->ident.obj;
        Type *et = tt->params[i];
        if (o && o->name != intern_cstr("_")) {
            int v = src;
            if (o->type != et) {
                v = alloc(fs, o->type->slots);
                convert_value(fs, et, o->type, src, v);
            }
            init_var(fs, o, v);
        }
        src += et->slots;
    }
    commit_locals(fs);
}

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
        int r = alloc(fs, n);
        move(fs, r, lv->reg, n);
        lv->reg = r;
    }
    if ((lv->kind == LV_SLICE || lv->kind == LV_PIDX) && lv->idx < fs->active) {
        int r = alloc(fs, 1);
        move(fs, r, lv->idx, 1);
        lv->idx = r;
    }
    if (lv->kind == LV_MAP && lv->idx < fs->active) {
        int ks = lv->mtype->key->slots;
        int r = alloc(fs, ks);
        move(fs, r, lv->idx, ks);
        lv->idx = r;
    }
}

/* Assignment: evaluate lvalue parts and values first, then store left to right. */
static void assign_stmt(FS *fs, Stmt *s) {
    int nl = s->assign.nlhs, nr = s->assign.nrhs;
    Expr **lhs = s->assign.lhs, **rhs = s->assign.rhs;
    TokKind tok = s->assign.tok;
    if (tok == T_DEFINE) {
        bool *is_new = s->assign.is_new;
        if (nl == nr) {
            int *vals = NEW_ARRAY(int, nl);
            LV *lvs = NEW_ARRAY(LV, nl);
            for (int i = 0; i < nl; i++) {
                if (!is_new[i] && lhs[i]->ident.name != intern_cstr("_")) {
                    lvs[i] = lv_expr(fs, lhs[i]);
                }
            }
            for (int i = 0; i < nl; i++) {
                Type *t = lhs[i]->type ? lhs[i]->type : rhs[i]->type;
                if (nl == 1 && is_new[i]) {
                    Obj *o = lhs[i]->ident.obj;
                    if (!is_cell(o) && !o->global) {
                        int r = declare_var(fs, o);
                        expr_to(fs, rhs[i], o->type, r);
                        commit_locals(fs);
                        return;
                    }
                }
                vals[i] = expr_to(fs, rhs[i], final_type(t), -1);
            }
            for (int i = 0; i < nl; i++) {
                if (is_new[i]) {
                    declare_var(fs, lhs[i]->ident.obj);
                }
            }
            for (int i = 0; i < nl; i++) {
                if (is_new[i]) {
                    init_var(fs, lhs[i]->ident.obj, vals[i]);
                } else if (lhs[i]->ident.name != intern_cstr("_")) {
                    store_lv(fs, &lvs[i], vals[i]);
                }
            }
            commit_locals(fs);
            return;
        }
        /* a, b := f() or v, ok := x */
        ValueSpec vs = {0};
        vs.nnames = nl;
        vs.names = lhs;
        vs.nvalues = 1;
        vs.values = rhs;
        /* existing names among them are assigned, not declared */
        bool any_old = false;
        for (int i = 0; i < nl; i++) {
            if (!is_new[i] && lhs[i]->ident.name != intern_cstr("_")) {
                any_old = true;
            }
        }
        if (!any_old) {
            var_decl(fs, &vs);
            return;
        }
        /* fall through to the general tuple assignment with declarations first */
        for (int i = 0; i < nl; i++) {
            if (is_new[i]) {
                Obj *o = lhs[i]->ident.obj;
                declare_var(fs, o);
                init_var(fs, o, -1);
            }
        }
        commit_locals(fs);
        tok = T_ASSIGN;
    }
    if (tok != T_ASSIGN) {
        /* x op= y */
        TokKind op;
        switch (tok) {
        case T_ADD_ASSIGN: op = T_ADD; break;
        case T_SUB_ASSIGN: op = T_SUB; break;
        case T_MUL_ASSIGN: op = T_MUL; break;
        case T_QUO_ASSIGN: op = T_QUO; break;
        case T_REM_ASSIGN: op = T_REM; break;
        case T_AND_ASSIGN: op = T_AND; break;
        case T_OR_ASSIGN: op = T_OR; break;
        case T_XOR_ASSIGN: op = T_XOR; break;
        case T_SHL_ASSIGN: op = T_SHL; break;
        case T_SHR_ASSIGN: op = T_SHR; break;
        default: op = T_AND_NOT; break;
        }
        Type *t = lhs[0]->type;
        LV lv = lv_expr(fs, lhs[0]);
        int cur;
        if (lv.kind == LV_REG) {
            cur = lv.reg + lv.off;
        } else {
            cur = alloc(fs, t->slots);
            load_lv(fs, &lv, cur);
        }
        Expr *y = rhs[0];
        int dst = lv.kind == LV_REG ? cur : alloc(fs, t->slots);
        Expr bin = {0};
        bin.kind = E_BINARY;
        bin.type = t;
        bin.mode = MODE_VALUE;
        bin.binary.op = op;
        bin.binary.x = y; /* placeholder for the shift count type */
        bin.binary.y = y;
        if (op == T_SHL || op == T_SHR) {
            int ry = expr(fs, y, -1);
            shift_op(fs, &bin, cur, ry, dst);
        } else if ((op == T_ADD || op == T_SUB) && type_is_integer(t->underlying) &&
                   y->mode == MODE_CONST && const_to_i64(y->val) >= -32767 &&
                   const_to_i64(y->val) <= 32767) {
            int64_t v = const_to_i64(y->val);
            emit(fs, OP_ADDI, dst, cur, (uint16_t)(int16_t)(op == T_SUB ? -v : v));
            narrow(fs, t, dst);
        } else {
            int ry = expr(fs, y, -1);
            emit(fs, arith_op(op, t), dst, cur, ry);
            Type *u = t->underlying;
            if (type_is_integer(u) || u->kind == KIND_FLOAT32) {
                narrow(fs, t, dst);
            }
            if (u->kind == KIND_COMPLEX64) {
                emit(fs, OP_F32, dst, dst, 0);
                emit(fs, OP_F32, dst + 1, dst + 1, 0);
            }
        }
        if (lv.kind != LV_REG) {
            store_lv(fs, &lv, dst);
        }
        return;
    }
    if (nl == 1 && nr == 1) {
        Expr *l = lhs[0];
        Type *t = l->type;
        LV lv = lv_expr(fs, l);
        if (lv.kind == LV_BLANK) {
            expr(fs, rhs[0], -1);
            return;
        }
        if (lv.kind == LV_REG && t->slots == 1) {
            expr_to(fs, rhs[0], t, lv.reg + lv.off);
            return;
        }
        int v = expr_to(fs, rhs[0], t, -1);
        store_lv(fs, &lv, v);
        return;
    }
    LV *lvs = NEW_ARRAY(LV, nl);
    for (int i = 0; i < nl; i++) {
        lvs[i] = lv_expr(fs, lhs[i]);
        stabilize_lv(fs, &lvs[i]);
    }
    if (nl == nr) {
        int *vals = NEW_ARRAY(int, nl);
        for (int i = 0; i < nr; i++) {
            Type *t = lhs[i]->type ? lhs[i]->type : final_type(rhs[i]->type);
            int v = alloc(fs, t->slots > 0 ? t->slots : 1);
            expr_to(fs, rhs[i], t, v);
            vals[i] = v;
        }
        for (int i = 0; i < nl; i++) {
            store_lv(fs, &lvs[i], vals[i]);
        }
        return;
    }
    /* tuple from a call, or comma-ok */
    Expr *e = rhs[0];
    Expr *b = e;
    while (b->kind == E_PAREN) {
        b = b->paren.x;
    }
    if (e->type->kind == KIND_TUPLE) {
        int r = expr(fs, e, -1);
        int src = r;
        for (int i = 0; i < nl; i++) {
            Type *et = e->type->params[i];
            if (lvs[i].kind != LV_BLANK) {
                int v = src;
                if (lhs[i]->type && lhs[i]->type != et) {
                    v = alloc(fs, lhs[i]->type->slots);
                    convert_value(fs, et, lhs[i]->type, src, v);
                }
                store_lv(fs, &lvs[i], v);
            }
            src += et->slots;
        }
        return;
    }
    Type *vt = b->type;
    int tmp = alloc(fs, vt->slots + 1);
    comma_ok(fs, b, tmp);
    if (lvs[0].kind != LV_BLANK) {
        int v = tmp;
        if (lhs[0]->type && lhs[0]->type != vt) {
            v = alloc(fs, lhs[0]->type->slots);
            convert_value(fs, vt, lhs[0]->type, tmp, v);
        }
        store_lv(fs, &lvs[0], v);
    }
    if (lvs[1].kind != LV_BLANK) {
        store_lv(fs, &lvs[1], tmp + vt->slots);
    }
}

static void return_stmt(FS *fs, Stmt *s) {
    FuncInfo *fi = fs->fi;
    Type *sig = fi->sig;
    int n = s->ret.n;
    int rslots = results_slots(sig);
    if (n == 0) {
        if (fi->named_results || fs->has_defer) {
            if (fs->has_defer) {
                ivec_push(&fs->ret_jumps, jump(fs));
            } else {
                /* gather the named results */
                int r = alloc(fs, rslots);
                int off = 0;
                for (int i = 0; i < fi->nresults; i++) {
                    Obj *o = fi->results[i];
                    LV lv = is_cell(o) ? (LV){LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL}
                                       : (LV){LV_REG, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
                    load_lv(fs, &lv, r + off);
                    off += o->type->slots;
                }
                emit(fs, OP_RET, r, rslots, 0);
            }
        } else {
            emit(fs, OP_RET, 0, 0, 0);
        }
        return;
    }
    /* values to a fresh block of registers */
    int r;
    if (n == 1 && sig->nresults > 1) {
        /* return f() with several results */
        Expr *e = s->ret.results[0];
        int src = expr(fs, e, -1);
        r = alloc(fs, rslots);
        int off = 0, so = src;
        for (int i = 0; i < sig->nresults; i++) {
            convert_value(fs, e->type->params[i], sig->results[i], so, r + off);
            so += e->type->params[i]->slots;
            off += sig->results[i]->slots;
        }
    } else if (n == 1 && !fs->has_defer && !fi->named_results) {
        r = expr_to(fs, s->ret.results[0], sig->results[0], -1);
    } else {
        r = alloc(fs, rslots);
        int off = 0;
        for (int i = 0; i < n; i++) {
            expr_to(fs, s->ret.results[i], sig->results[i], r + off);
            off += sig->results[i]->slots;
        }
    }
    if (fi->named_results || fs->has_defer) {
        /* store into the result variables (defers may read or change them) */
        int off = 0;
        for (int i = 0; i < fi->nresults; i++) {
            Obj *o = fi->results[i];
            LV lv = is_cell(o) ? (LV){LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL}
                               : (LV){LV_REG, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
            store_lv(fs, &lv, r + off);
            off += o->type->slots;
        }
        if (fs->has_defer) {
            ivec_push(&fs->ret_jumps, jump(fs));
            return;
        }
    }
    emit(fs, OP_RET, r, rslots, 0);
}

static LoopCtx *push_loop(FS *fs, LoopCtx *lc, Stmt *s, bool is_loop) {
    memset(lc, 0, sizeof *lc);
    lc->stmt = s;
    lc->is_loop = is_loop;
    lc->up = fs->loop;
    fs->loop = lc;
    return lc;
}

static void pop_loop(FS *fs, int break_pc, int continue_pc) {
    LoopCtx *lc = fs->loop;
    for (int i = 0; i < lc->breaks.len; i++) {
        patch_to(fs, lc->breaks.data[i], break_pc);
    }
    for (int i = 0; i < lc->continues.len; i++) {
        patch_to(fs, lc->continues.data[i], continue_pc);
    }
    fs->loop = lc->up;
}

/* Go 1.22: a loop variable captured by a closure gets a fresh cell per iteration. */
static void fresh_loop_cells(FS *fs, Stmt *init) {
    if (!init || init->kind != S_ASSIGN || init->assign.tok != T_DEFINE) {
        return;
    }
    for (int i = 0; i < init->assign.nlhs; i++) {
        Expr *l = init->assign.lhs[i];
        Obj *o = l->kind == E_IDENT ? l->ident.obj : NULL;
        if (o && o->kind == OBJ_VAR && is_cell(o) && o->escapes && o->name != intern_cstr("_")) {
            int n = o->type->slots;
            int tmp = alloc(fs, n > 0 ? n : 1);
            LV lv = {LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
            load_lv(fs, &lv, tmp);
            new_cell(fs, o, tmp);
        }
    }
}

static void for_stmt(FS *fs, Stmt *s) {
    int save_active = fs->active;
    if (s->for_.init) {
        stmt(fs, s->for_.init);
        free_temps(fs);
    }
    LoopCtx lc;
    push_loop(fs, &lc, s, true);
    int jcond = s->for_.cond ? jump(fs) : -1;
    int body = here(fs);
    block(fs, s->for_.body);
    free_temps(fs);
    int cont = here(fs);
    fresh_loop_cells(fs, s->for_.init);
    if (s->for_.post) {
        stmt(fs, s->for_.post);
        free_temps(fs);
    }
    if (s->for_.cond) {
        patch_here(fs, jcond);
        loop_cond(fs, s->for_.cond, body);
        free_temps(fs);
    } else {
        jump_back(fs, body);
    }
    pop_loop(fs, here(fs), cont);
    fs->active = save_active;
    fs->free = save_active;
}

/* Declares a range variable (:=) and stores the value from src into it. */
static void range_var_store(FS *fs, Stmt *s, Expr *v, int src, Type *vt) {
    if (!v) {
        return;
    }
    if (s->range.tok == T_DEFINE) {
        Obj *o = v->ident.obj;
        if (!o || v->ident.name == intern_cstr("_")) {
            return;
        }
        if (is_cell(o)) {
            new_cell(fs, o, src);
        } else {
            move(fs, o->reg, src, o->type->slots);
        }
        return;
    }
    LV lv = lv_expr(fs, v);
    if (lv.kind == LV_BLANK) {
        return;
    }
    int r = src;
    if (v->type && v->type != vt) {
        r = alloc(fs, v->type->slots);
        convert_value(fs, vt, v->type, src, r);
    }
    store_lv(fs, &lv, r);
}

static void range_decl_vars(FS *fs, Stmt *s) {
    if (s->range.tok != T_DEFINE) {
        return;
    }
    Expr *vars[2] = {s->range.key, s->range.value};
    for (int i = 0; i < 2; i++) {
        if (vars[i] && vars[i]->ident.name != intern_cstr("_") && vars[i]->ident.obj) {
            declare_var(fs, vars[i]->ident.obj);
        }
    }
}

static void range_stmt(FS *fs, Stmt *s) {
    int save_active = fs->active;
    Expr *x = s->range.x;
    int kind = s->range.range_kind;
    Type *xu = x->type->underlying ? x->type->underlying : x->type;
    LoopCtx lc;
    switch (kind) {
    case RANGE_INT: {
        /* for i := range n */
        int n = alloc(fs, 1);
        expr(fs, x, n);
        int i = alloc(fs, 1);
        load_int(fs, i, 0);
        range_decl_vars(fs, s);
        commit_locals(fs);
        push_loop(fs, &lc, s, true);
        int jcond = jump(fs);
        int body = here(fs);
        range_var_store(fs, s, s->range.key, i, final_type(x->type));
        free_temps(fs);
        block(fs, s->range.body);
        free_temps(fs);
        int cont = here(fs);
        emit(fs, OP_ADDI, i, i, 1);
        patch_here(fs, jcond);
        int off = body - (here(fs) + 1);
        emit(fs, OP_JLT, i, n, (uint16_t)(int16_t)(off >= -32768 ? off : 0));
        if (off < -32768) {
            cmp_error(fs, s->pos, "loop body too large");
        }
        pop_loop(fs, here(fs), cont);
        break;
    }
    case RANGE_SLICE:
    case RANGE_ARRAY:
    case RANGE_ARRAY_PTR:
    case RANGE_STRING: {
        int len, base = -1, sl = -1;
        Type *et = NULL;
        bool is_str = kind == RANGE_STRING;
        if (kind == RANGE_SLICE || is_str) {
            sl = alloc(fs, is_str ? 2 : 3);
            expr(fs, x, sl);
            len = sl + 1;
            et = is_str ? t_int32 : xu->elem;
        } else if (kind == RANGE_ARRAY_PTR) {
            base = alloc(fs, 1);
            expr(fs, x, base);
            len = alloc(fs, 1);
            load_int(fs, len, xu->elem->underlying->len);
            et = xu->elem->underlying->elem;
            if (s->range.value) {
                emit(fs, OP_NILCHK, base, 0, 0);
            }
        } else {
            /* range over an array value: a copy is ranged over (unless only the index) */
            et = xu->elem;
            len = alloc(fs, 1);
            load_int(fs, len, xu->len);
            if (s->range.value) {
                int v = expr(fs, x, -1);
                base = alloc(fs, 1);
                emit(fs, OP_NEWCELL, base, x->type->slots > 0 ? x->type->slots : 1, 0);
                if (x->type->slots > 0) {
                    emit(fs, OP_STOREN, base, 0, v);
                    emit_x(fs, x->type->slots, 0, 0);
                }
            }
        }
        int i = alloc(fs, 1);
        load_int(fs, i, 0);
        int next = is_str ? alloc(fs, 2) : -1; /* rune, next index */
        range_decl_vars(fs, s);
        commit_locals(fs);
        push_loop(fs, &lc, s, true);
        int jcond = jump(fs);
        int body = here(fs);
        if (is_str) {
            emit(fs, OP_RUNEAT, next, sl, i);
        }
        range_var_store(fs, s, s->range.key, i, t_int);
        if (s->range.value) {
            int v;
            if (is_str) {
                v = next;
            } else if (kind == RANGE_SLICE) {
                v = alloc(fs, et->slots > 0 ? et->slots : 1);
                if (et->slots == 1) {
                    emit(fs, OP_SGET, v, sl, i);
                } else if (et->slots > 0) {
                    emit(fs, OP_SGETN, v, sl, i);
                    emit_x(fs, 0, et->slots, 0);
                }
            } else {
                v = alloc(fs, et->slots > 0 ? et->slots : 1);
                emit(fs, OP_PGETN, v, base, i);
                Instr xw = {OP_NOP, (uint16_t)et->slots, {.bx = (uint32_t)(kind == RANGE_ARRAY_PTR ? xu->elem->underlying->len : xu->len)}};
                emit_raw(fs, xw);
            }
            range_var_store(fs, s, s->range.value, v, et);
        }
        free_temps(fs);
        block(fs, s->range.body);
        free_temps(fs);
        int cont = here(fs);
        if (is_str) {
            move(fs, i, next + 1, 1);
        } else {
            emit(fs, OP_ADDI, i, i, 1);
        }
        patch_here(fs, jcond);
        int off = body - (here(fs) + 1);
        emit(fs, OP_JLT, i, len, (uint16_t)(int16_t)(off >= -32768 ? off : 0));
        if (off < -32768) {
            cmp_error(fs, s->pos, "loop body too large");
        }
        pop_loop(fs, here(fs), cont);
        break;
    }
    case RANGE_MAP: {
        int m = expr(fs, x, -1);
        int it = alloc(fs, 1);
        emit(fs, OP_MAPITER, it, m, 0);
        int kslots = xu->key->slots, vslots = xu->elem->slots;
        int kr = alloc(fs, kslots), vr = alloc(fs, vslots > 0 ? vslots : 1);
        range_decl_vars(fs, s);
        commit_locals(fs);
        push_loop(fs, &lc, s, true);
        int top = here(fs);
        emit(fs, OP_MAPNEXT, it, kr, vr);
        int xpc = emit_sbx(fs, OP_NOP, (s->range.key ? 1 : 0) | (s->range.value ? 2 : 0), 0);
        range_var_store(fs, s, s->range.key, kr, xu->key);
        range_var_store(fs, s, s->range.value, vr, xu->elem);
        free_temps(fs);
        block(fs, s->range.body);
        free_temps(fs);
        jump_back(fs, top);
        patch_here(fs, xpc);
        pop_loop(fs, here(fs), top);
        break;
    }
    case RANGE_CHAN: {
        int ch = alloc(fs, 1);
        expr(fs, x, ch);
        Type *et = xu->elem;
        int v = alloc(fs, et->slots + 1);
        range_decl_vars(fs, s);
        commit_locals(fs);
        push_loop(fs, &lc, s, true);
        int top = here(fs);
        emit(fs, OP_RECV, v, ch, 1);
        int jend = emit_sbx(fs, OP_JF, v + et->slots, 0);
        range_var_store(fs, s, s->range.key, v, et);
        free_temps(fs);
        block(fs, s->range.body);
        free_temps(fs);
        jump_back(fs, top);
        patch_here(fs, jend);
        pop_loop(fs, here(fs), top);
        break;
    }
    default:
        cmp_error(fs, s->pos, "range over this type is not supported yet");
        break;
    }
    fs->active = save_active;
    fs->free = save_active;
}

/* Equality of a switch tag with a case value. */
static void case_compare(FS *fs, Expr *tag, int rt, Expr *v, int dst) {
    Type *tt = final_type(tag->type);
    Type *vt = final_type(v->type);
    bool ti = tt->underlying->kind == KIND_INTERFACE, vi = vt->underlying->kind == KIND_INTERFACE;
    int rv;
    if (ti && !vi) {
        rv = expr_to(fs, v, tt, -1);
        compare(fs, T_EQL, tt, rt, rv, dst);
    } else if (vi && !ti) {
        int conv = alloc(fs, 2);
        convert_value(fs, tt, vt, rt, conv);
        rv = expr(fs, v, -1);
        compare(fs, T_EQL, vt, conv, rv, dst);
    } else {
        rv = expr(fs, v, -1);
        compare(fs, T_EQL, tt, rt, rv, dst);
    }
}

static void switch_stmt(FS *fs, Stmt *s) {
    int save_active = fs->active;
    if (s->switch_.init) {
        stmt(fs, s->switch_.init);
        free_temps(fs);
    }
    Expr *tag = s->switch_.tag;
    int rt = -1;
    if (tag) {
        Type *t = final_type(tag->type);
        rt = alloc(fs, t->slots > 0 ? t->slots : 1);
        expr(fs, tag, rt);
        commit_locals(fs);
    }
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    int n = s->switch_.n;
    int *body_jumps = NEW_ARRAY(int, n + 1);
    IntVec *case_jumps = NEW_ARRAY(IntVec, n + 1);
    int default_idx = -1;
    /* the tests, in order */
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->switch_.clauses[i];
        if (cc->is_default) {
            default_idx = i;
            continue;
        }
        for (int k = 0; k < cc->n; k++) {
            Expr *v = cc->list[k];
            fs->line = v->pos.line;
            if (tag) {
                int c = alloc(fs, 1);
                case_compare(fs, tag, rt, v, c);
                ivec_push(&case_jumps[i], emit_sbx(fs, OP_JT, c, 0));
            } else {
                cond_jump(fs, v, true, &case_jumps[i]);
            }
            free_temps(fs);
        }
    }
    int jdefault = jump(fs);
    /* the bodies */
    IntVec ends = {0};
    int *fall_jumps = NEW_ARRAY(int, n + 1);
    for (int i = 0; i < n; i++) {
        fall_jumps[i] = -1;
    }
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->switch_.clauses[i];
        body_jumps[i] = here(fs);
        for (int k = 0; k < case_jumps[i].len; k++) {
            patch_here(fs, case_jumps[i].data[k]);
        }
        if (i == default_idx) {
            patch_here(fs, jdefault);
        }
        if (i > 0 && fall_jumps[i - 1] >= 0) {
            patch_here(fs, fall_jumps[i - 1]);
        }
        int save = fs->active;
        bool falls = cc->nbody > 0 && cc->body[cc->nbody - 1]->kind == S_BRANCH &&
                     cc->body[cc->nbody - 1]->branch.tok == T_FALLTHROUGH;
        for (int k = 0; k < cc->nbody; k++) {
            if (falls && k == cc->nbody - 1) {
                break;
            }
            stmt(fs, cc->body[k]);
            free_temps(fs);
        }
        fs->active = save;
        fs->free = save;
        if (falls) {
            fall_jumps[i] = jump(fs);
        } else {
            ivec_push(&ends, jump(fs));
        }
    }
    if (default_idx < 0) {
        patch_here(fs, jdefault);
    }
    for (int i = 0; i < ends.len; i++) {
        patch_here(fs, ends.data[i]);
    }
    pop_loop(fs, here(fs), 0);
    fs->active = save_active;
    fs->free = save_active;
}

static void typeswitch_stmt(FS *fs, Stmt *s) {
    int save_active = fs->active;
    if (s->typeswitch.init) {
        stmt(fs, s->typeswitch.init);
        free_temps(fs);
    }
    int rx = alloc(fs, 2);
    expr(fs, s->typeswitch.x, rx);
    commit_locals(fs);
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    int n = s->typeswitch.n;
    IntVec *case_jumps = NEW_ARRAY(IntVec, n + 1);
    int default_idx = -1;
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->typeswitch.clauses[i];
        if (cc->is_default) {
            default_idx = i;
            continue;
        }
        for (int k = 0; k < cc->n; k++) {
            Expr *te = cc->list[k];
            int c = alloc(fs, 1);
            if (te->type == t_untyped_nil) {
                emit(fs, OP_TYPEIS, c, rx, 1);
                emit_xbx(fs, 0, 0);
            } else if (te->type->underlying->kind == KIND_INTERFACE) {
                emit(fs, OP_IMPLS, c, rx, 0);
                emit_xbx(fs, 0, (uint32_t)k_ptr(fs, te->type));
            } else {
                ensure_methods(fs->C, te->type);
                emit(fs, OP_TYPEIS, c, rx, 0);
                emit_xbx(fs, 0, (uint32_t)k_ptr(fs, te->type));
            }
            ivec_push(&case_jumps[i], emit_sbx(fs, OP_JT, c, 0));
            free_temps(fs);
        }
    }
    int jdefault = jump(fs);
    IntVec ends = {0};
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->typeswitch.clauses[i];
        for (int k = 0; k < case_jumps[i].len; k++) {
            patch_here(fs, case_jumps[i].data[k]);
        }
        if (i == default_idx) {
            patch_here(fs, jdefault);
        }
        int save = fs->active;
        Obj *v = cc->implicit;
        if (v && v->used) {
            declare_var(fs, v);
            Type *vt = v->type;
            if (vt->underlying->kind == KIND_INTERFACE) {
                init_var(fs, v, rx);
            } else {
                int tmp = alloc(fs, vt->slots > 0 ? vt->slots : 1);
                emit(fs, OP_ASSERT, tmp, rx, 0);
                emit_xbx(fs, 0, (uint32_t)k_ptr(fs, vt));
                init_var(fs, v, tmp);
            }
            commit_locals(fs);
        }
        for (int k = 0; k < cc->nbody; k++) {
            stmt(fs, cc->body[k]);
            free_temps(fs);
        }
        fs->active = save;
        fs->free = save;
        ivec_push(&ends, jump(fs));
    }
    if (default_idx < 0) {
        patch_here(fs, jdefault);
    }
    for (int i = 0; i < ends.len; i++) {
        patch_here(fs, ends.data[i]);
    }
    pop_loop(fs, here(fs), 0);
    fs->active = save_active;
    fs->free = save_active;
}

static void branch_stmt(FS *fs, Stmt *s) {
    TokKind tok = s->branch.tok;
    if (tok == T_GOTO) {
        LabelPos g = {s->branch.label->ident.name, NULL, jump(fs)};
        vec_push(&fs->gotos, g);
        return;
    }
    if (tok == T_FALLTHROUGH) {
        return; /* handled by the switch */
    }
    Stmt *target_s = s->branch.target;
    for (LoopCtx *lc = fs->loop; lc; lc = lc->up) {
        if (lc->stmt == target_s) {
            if (tok == T_BREAK) {
                ivec_push(&lc->breaks, jump(fs));
            } else {
                ivec_push(&lc->continues, jump(fs));
            }
            return;
        }
    }
    cmp_error(fs, s->pos, "internal: branch target not found");
}

/* defer f(args) / go f(args): the function value and the argument slots are evaluated now,
 * then DEFER records the call or GO starts it in a new goroutine. */
static void emit_deferred(FS *fs, bool is_go, int fr, int base, int nslots) {
    if (is_go) {
        emit(fs, OP_GO, base, fr, nslots);
    } else {
        emit(fs, OP_DEFER, fr, base, nslots);
    }
}

static void defer_stmt(FS *fs, Stmt *s) {
    bool is_go = s->kind == S_GO;
    Expr *call = s->defer_.call;
    while (call->kind == E_PAREN) {
        call = call->paren.x;
    }
    Expr *fun = call->call.fun;
    while (fun->kind == E_PAREN) {
        fun = fun->paren.x;
    }
    if (call->call.call_kind == CALL_BUILTIN) {
        /* wrap the builtin in a closure taking no arguments, with its args evaluated now */
        int id = call->call.builtin;
        if (id == BI_RECOVER) {
            int fr = alloc(fs, 1);
            /* a deferred recover() recovers nothing useful: call a no-op */
            Func *noop = NEW(Func);
            noop->name = "runtime.recover";
            noop->file = fs->fn->file;
            noop->code = NEW_ARRAY(Instr, 1);
            noop->code[0] = (Instr){OP_RET, 0, {{0, 0}}};
            noop->ncode = 1;
            noop->nregs = 1;
            emit_bx(fs, OP_LOADK, fr, (uint32_t)k_ptr(fs, self_closure(noop)));
            emit_deferred(fs, is_go, fr, fr, 0);
            return;
        }
        /* evaluate the args into the closure's captures */
        int n = call->call.n;
        VEC(Type *) types = {0};
        int total = 0;
        for (int i = 0; i < n; i++) {
            Type *t = final_type(call->call.args[i]->type);
            if (id == BI_PANIC) {
                t = t_any;
            }
            vec_push(&types, t);
            total += t->slots;
        }
        int vals = alloc(fs, total > 0 ? total : 1);
        int off = 0;
        for (int i = 0; i < n; i++) {
            expr_to(fs, call->call.args[i], types.data[i], vals + off);
            off += types.data[i]->slots;
        }
        /* a tiny function: its params are the values; it performs the builtin */
        Func *fn = NEW(Func);
        FS sub = {0};
        sub.C = fs->C;
        sub.fn = fn;
        sub.fi = fs->fi;
        sub.line = fs->line;
        sub.free = total;
        sub.active = total;
        sub.maxreg = total;
        fn->name = fs->fn->name;
        fn->file = fs->fn->file;
        off = 0;
        switch (id) {
        case BI_PANIC: emit(&sub, OP_PANIC, 0, 0, 0); break;
        case BI_PRINT:
        case BI_PRINTLN:
            for (int i = 0; i < n; i++) {
                print_value(&sub, types.data[i], off, id == BI_PRINTLN && i > 0,
                            id == BI_PRINTLN && i == n - 1);
                off += types.data[i]->slots;
            }
            if (id == BI_PRINTLN && n == 0) {
                print_value(&sub, NULL, 0, false, true);
            }
            break;
        case BI_CLOSE: emit(&sub, OP_CLOSE, 0, 0, 0); break;
        case BI_DELETE: {
            Type *mt = types.data[0]->underlying;
            emit(&sub, OP_MAPDEL, 0, 1, 0);
            emit_xbx(&sub, 0, (uint32_t)k_ptr(&sub, mt));
            break;
        }
        default: cmp_error(fs, s->pos, "defer of this builtin is not supported"); break;
        }
        emit(&sub, OP_RET, 0, 0, 0);
        fn->code = sub.code.data;
        fn->ncode = sub.code.len;
        fn->consts = sub.k.data;
        fn->nconsts = sub.k.len;
        fn->lines = sub.lines.data;
        fn->nlines = sub.lines.len;
        fn->nregs = sub.maxreg + 4;
        fn->param_slots = total;
        int fr = alloc(fs, 1);
        emit_bx(fs, OP_LOADK, fr, (uint32_t)k_ptr(fs, self_closure(fn)));
        emit_deferred(fs, is_go, fr, vals, total);
        return;
    }
    Type *sig = fun->type->underlying;
    int pslots = params_slots(sig);
    CallInfo *ci = call->call.extra;
    int fr, base;
    switch (call->call.call_kind) {
    case CALL_FUNC: {
        fr = alloc(fs, 1);
        emit_bx(fs, OP_LOADK, fr, (uint32_t)k_ptr(fs, self_closure(func_of(fs->C, ci->func))));
        base = alloc(fs, pslots + 1);
        call_args(fs, call, sig, base);
        emit_deferred(fs, is_go, fr, base, pslots);
        return;
    }
    case CALL_METHOD: {
        Obj *m = ci->func;
        Type *rt = m->ptr_recv ? type_pointer(m->recv_base) : m->recv_base;
        fr = alloc(fs, 1);
        emit_bx(fs, OP_LOADK, fr, (uint32_t)k_ptr(fs, self_closure(func_of(fs->C, m))));
        base = alloc(fs, pslots + rt->slots + 1);
        method_receiver(fs, fun, m, base);
        call_args(fs, call, sig, base + rt->slots);
        emit_deferred(fs, is_go, fr, base, pslots + rt->slots);
        return;
    }
    default:
        /* a func value, or an interface method (a bound method value) */
        fr = expr(fs, fun, -1);
        base = alloc(fs, pslots + 1);
        call_args(fs, call, sig, base);
        emit_deferred(fs, is_go, fr, base, pslots);
        return;
    }
}

/* select: the channels and send values are evaluated in source order, SELECT picks a case
 * (its index, or -1 for default), then a chain of tests jumps to the chosen clause. A receive
 * case's value (and ok) land in temporaries, from which the clause's variables are set. */
static void select_stmt(FS *fs, Stmt *s) {
    int save_active = fs->active;
    int n = s->select.n;
    if (n == 1 && !s->select.clauses[0]->is_default) {
        /* one case: just the operation (so a nil channel waits as "chan send (nil chan)") */
        CaseClause *cc = s->select.clauses[0];
        LoopCtx lc;
        push_loop(fs, &lc, s, false);
        stmt(fs, cc->comm);
        free_temps(fs);
        for (int k = 0; k < cc->nbody; k++) {
            stmt(fs, cc->body[k]);
            free_temps(fs);
        }
        pop_loop(fs, here(fs), 0);
        fs->active = save_active;
        fs->free = save_active;
        return;
    }
    SelectSite *site = GC_MALLOC(sizeof(SelectSite) + sizeof(SelectSiteCase) * (size_t)(n + 1));
    int *case_of_clause = NEW_ARRAY(int, n + 1);
    int *val_regs = NEW_ARRAY(int, n + 1);
    int *ok_regs = NEW_ARRAY(int, n + 1);
    int ncases = 0;
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->select.clauses[i];
        case_of_clause[i] = -1;
        if (cc->is_default) {
            site->has_default = true;
            continue;
        }
        Stmt *cs = cc->comm;
        fs->line = cs->pos.line;
        SelectSiteCase *sc = &site->cases[ncases];
        if (cs->kind == S_SEND) {
            Type *ct = cs->send.ch->type->underlying;
            sc->dir = 1;
            sc->chan_reg = alloc(fs, 1);
            expr(fs, cs->send.ch, sc->chan_reg);
            int es = ct->elem->slots;
            sc->val_reg = alloc(fs, es > 0 ? es : 1);
            expr_to(fs, cs->send.value, ct->elem, sc->val_reg);
            sc->ok_reg = -1;
        } else {
            Expr *rx = cs->kind == S_EXPR ? cs->expr.x : cs->assign.rhs[0];
            while (rx->kind == E_PAREN) {
                rx = rx->paren.x;
            }
            Expr *ch = rx->unary.x;
            Type *ct = ch->type->underlying;
            sc->dir = 2;
            sc->chan_reg = alloc(fs, 1);
            expr(fs, ch, sc->chan_reg);
            int es = ct->elem->slots;
            sc->val_reg = alloc(fs, es > 0 ? es : 1);
            sc->ok_reg = (cs->kind == S_ASSIGN && cs->assign.nlhs == 2) ? alloc(fs, 1) : -1;
        }
        val_regs[i] = sc->val_reg;
        ok_regs[i] = sc->ok_reg;
        case_of_clause[i] = ncases++;
    }
    site->n = ncases;
    commit_locals(fs);
    int idx = alloc(fs, 1);
    fs->line = s->pos.line;
    emit_bx(fs, OP_SELECT, idx, (uint32_t)k_ptr(fs, site));
    commit_locals(fs);
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    IntVec *jumps = NEW_ARRAY(IntVec, n + 1);
    int kreg = alloc(fs, 1), t = alloc(fs, 1);
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->select.clauses[i];
        load_int(fs, kreg, cc->is_default ? -1 : case_of_clause[i]);
        emit(fs, OP_EQ, t, idx, kreg);
        ivec_push(&jumps[i], emit_sbx(fs, OP_JT, t, 0));
    }
    IntVec ends = {0};
    ivec_push(&ends, jump(fs));
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->select.clauses[i];
        for (int k = 0; k < jumps[i].len; k++) {
            patch_here(fs, jumps[i].data[k]);
        }
        int save = fs->active;
        Stmt *cs = cc->comm;
        if (cs && cs->kind == S_ASSIGN) {
            /* v := <-ch, v, ok = <-ch ... from the temporaries */
            Expr *rx = cs->assign.rhs[0];
            while (rx->kind == E_PAREN) {
                rx = rx->paren.x;
            }
            Type *et = rx->type;
            int srcs[2] = {val_regs[i], ok_regs[i]};
            Type *types[2] = {et, t_bool};
            for (int k = 0; k < cs->assign.nlhs; k++) {
                Expr *l = cs->assign.lhs[k];
                if (l->kind == E_IDENT && l->ident.name == intern_cstr("_")) {
                    continue;
                }
                if (cs->assign.tok == T_DEFINE && cs->assign.is_new && cs->assign.is_new[k]) {
                    Obj *o = l->ident.obj;
                    declare_var(fs, o);
                    int v = srcs[k];
                    if (o->type != types[k]) {
                        v = alloc(fs, o->type->slots);
                        convert_value(fs, types[k], o->type, srcs[k], v);
                    }
                    init_var(fs, o, v);
                    commit_locals(fs);
                } else {
                    LV lv = lv_expr(fs, l);
                    int v = srcs[k];
                    if (l->type && l->type != types[k]) {
                        v = alloc(fs, l->type->slots);
                        convert_value(fs, types[k], l->type, srcs[k], v);
                    }
                    store_lv(fs, &lv, v);
                    free_temps(fs);
                }
            }
        }
        for (int k = 0; k < cc->nbody; k++) {
            stmt(fs, cc->body[k]);
            free_temps(fs);
        }
        fs->active = save;
        fs->free = save;
        ivec_push(&ends, jump(fs));
    }
    for (int i = 0; i < ends.len; i++) {
        patch_here(fs, ends.data[i]);
    }
    pop_loop(fs, here(fs), 0);
    fs->active = save_active;
    fs->free = save_active;
}

static void stmt(FS *fs, Stmt *s) {
    if (s->pos.line) {
        fs->line = s->pos.line;
    }
    switch (s->kind) {
    case S_BAD:
    case S_EMPTY: break;
    case S_DECL: {
        Decl *d = s->decl.decl;
        if (d->kind == D_VAR) {
            for (int i = 0; i < d->value.n; i++) {
                var_decl(fs, d->value.specs[i]);
            }
        }
        break;
    }
    case S_LABELED: {
        LabelPos lp = {s->labeled.label->ident.name, s->labeled.stmt, here(fs)};
        vec_push(&fs->labels, lp);
        stmt(fs, s->labeled.stmt);
        break;
    }
    case S_EXPR: {
        Expr *e = s->expr.x;
        expr(fs, e, -1);
        break;
    }
    case S_INCDEC: {
        Expr *x = s->incdec.x;
        Type *t = x->type;
        LV lv = lv_expr(fs, x);
        int cur;
        if (lv.kind == LV_REG) {
            cur = lv.reg + lv.off;
        } else {
            cur = alloc(fs, t->slots);
            load_lv(fs, &lv, cur);
        }
        Type *u = t->underlying;
        int delta = s->incdec.tok == T_INC ? 1 : -1;
        if (type_is_integer(u)) {
            emit(fs, OP_ADDI, cur, cur, (uint16_t)(int16_t)delta);
            narrow(fs, t, cur);
        } else if (type_is_float(u)) {
            int one = alloc(fs, 1);
            load_float(fs, one, 1.0);
            emit(fs, delta > 0 ? OP_FADD : OP_FSUB, cur, cur, one);
            narrow(fs, t, cur);
        } else if (type_is_complex(u)) {
            int one = alloc(fs, 1);
            load_float(fs, one, 1.0);
            emit(fs, delta > 0 ? OP_FADD : OP_FSUB, cur, cur, one);
            if (u->kind == KIND_COMPLEX64) {
                emit(fs, OP_F32, cur, cur, 0);
            }
        }
        if (lv.kind != LV_REG) {
            store_lv(fs, &lv, cur);
        }
        break;
    }
    case S_ASSIGN: assign_stmt(fs, s); break;
    case S_GO: defer_stmt(fs, s); break;
    case S_SEND: {
        Type *ct = s->send.ch->type->underlying;
        int ch = expr(fs, s->send.ch, -1);
        int v = expr_to(fs, s->send.value, ct->elem, -1);
        emit(fs, OP_SEND, ch, v, 0);
        break;
    }
    case S_SELECT: select_stmt(fs, s); break;
    case S_DEFER: defer_stmt(fs, s); break;
    case S_RETURN: return_stmt(fs, s); break;
    case S_BRANCH: branch_stmt(fs, s); break;
    case S_BLOCK: block(fs, s->block.block); break;
    case S_IF: {
        int save_active = fs->active;
        if (s->if_.init) {
            stmt(fs, s->if_.init);
            free_temps(fs);
        }
        IntVec jelse = {0};
        cond_jump(fs, s->if_.cond, false, &jelse);
        free_temps(fs);
        block(fs, s->if_.then);
        if (s->if_.els) {
            int jend = jump(fs);
            for (int i = 0; i < jelse.len; i++) {
                patch_here(fs, jelse.data[i]);
            }
            stmt(fs, s->if_.els);
            patch_here(fs, jend);
        } else {
            for (int i = 0; i < jelse.len; i++) {
                patch_here(fs, jelse.data[i]);
            }
        }
        fs->active = save_active;
        fs->free = save_active;
        break;
    }
    case S_SWITCH: switch_stmt(fs, s); break;
    case S_TYPESWITCH: typeswitch_stmt(fs, s); break;
    case S_FOR: for_stmt(fs, s); break;
    case S_RANGE: range_stmt(fs, s); break;
    }
    free_temps(fs);
}

static void block(FS *fs, Block *b) {
    int save = fs->active;
    for (int i = 0; i < b->n; i++) {
        stmt(fs, b->stmts[i]);
        free_temps(fs);
    }
    fs->active = save;
    fs->free = save;
}

/* ---- functions ---- */

static const char *func_display_name(FuncInfo *fi) {
    if (fi->name) {
        return fi->name;
    }
    if (fi->obj) {
        return chk_func_name(fi->obj);
    }
    return "main.func";
}

static void finish_func(FS *fs, Func *fn) {
    fn->code = fs->code.data;
    fn->ncode = fs->code.len;
    fn->consts = fs->k.data;
    fn->nconsts = fs->k.len;
    fn->lines = fs->lines.data;
    fn->nlines = fs->lines.len;
    fn->nregs = fs->maxreg + 1;
}

static Func *compile_func(Compiler *C, FuncInfo *fi, FS *outer) {
    Func *fn = NULL;
    if (fi->obj && fi->obj->compiled) {
        fn = fi->obj->compiled;
        if (fn->code) {
            return fn; /* already compiled */
        }
    }
    if (!fn) {
        fn = NEW(Func);
        if (fi->obj) {
            fi->obj->compiled = fn;
        }
    }
    FS fs = {0};
    fs.outer = outer;
    fs.C = C;
    fs.fi = fi;
    fs.fn = fn;
    fn->name = func_display_name(fi);
    fn->file = C->chk->file;
    if (fi->pkg && fi->pkg->nfiles) {
        fn->file = fi->pkg->files[0]->name;
    }
    Decl *d = fi->decl;
    Block *body = fi->body;
    fn->line = body ? body->lbrace.line : 0;
    fs.line = fn->line;
    /* parameters: receiver first */
    int reg = 0;
    if (fi->recv) {
        fi->recv->reg = reg;
        reg += fi->recv->type->slots;
    }
    for (int i = 0; i < fi->nparams; i++) {
        fi->params[i]->reg = reg;
        reg += fi->params[i]->type->slots;
    }
    fn->param_slots = reg;
    fn->result_slots = results_slots(fi->sig);
    fs.free = fs.active = fs.maxreg = reg;
    fs.has_defer = fi->has_defer;
    fn->has_defer = fi->has_defer;
    /* captured variables: their cells arrive as the closure's upvalues */
    fn->nup = fi->captures.len;
    fs.caps = fi->captures;
    fs.cap_regs = NEW_ARRAY(int, fi->captures.len + 1);
    for (int i = 0; i < fi->captures.len; i++) {
        int r = alloc(&fs, 1);
        fs.cap_regs[i] = r;
        emit(&fs, OP_GETUP, r, i, 0);
    }
    /* escaping parameters move into cells */
    Obj *all[256];
    int nall = 0;
    if (fi->recv) {
        all[nall++] = fi->recv;
    }
    for (int i = 0; i < fi->nparams && nall < 255; i++) {
        all[nall++] = fi->params[i];
    }
    for (int i = 0; i < nall; i++) {
        Obj *o = all[i];
        if (is_cell(o) && o->name != intern_cstr("_")) {
            int src = o->reg;
            int n = o->type->slots > 0 ? o->type->slots : 1;
            int cell = alloc(&fs, 1);
            emit(&fs, OP_NEWCELL, cell, n, type_pointer_free(o->type));
            if (o->type->slots > 0) {
                LV lv = {LV_MEM, o->type, cell, 0, 0, 0, 0, NULL, NULL};
                store_lv(&fs, &lv, src);
            }
            o->reg = cell;
        }
    }
    /* results: named ones are variables; with defer, unnamed ones get registers too */
    for (int i = 0; i < fi->nresults; i++) {
        Obj *o = fi->results[i];
        if (fi->named_results || fi->has_defer) {
            declare_var(&fs, o);
            init_var(&fs, o, -1);
        }
    }
    commit_locals(&fs);
    (void)d;
    if (body) {
        for (int i = 0; i < body->n; i++) {
            stmt(&fs, body->stmts[i]);
            free_temps(&fs);
        }
    }
    /* falling off the end */
    if (fs.has_defer) {
        int epilogue = here(&fs);
        for (int i = 0; i < fs.ret_jumps.len; i++) {
            patch_to(&fs, fs.ret_jumps.data[i], epilogue);
        }
        fn->recover_pc = epilogue;
        emit(&fs, OP_RUNDEFERS, 0, 0, 0);
        int rslots = fn->result_slots;
        int r = alloc(&fs, rslots > 0 ? rslots : 1);
        int off = 0;
        for (int i = 0; i < fi->nresults; i++) {
            Obj *o = fi->results[i];
            LV lv = is_cell(o) ? (LV){LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL}
                               : (LV){LV_REG, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
            load_lv(&fs, &lv, r + off);
            off += o->type->slots;
        }
        emit(&fs, OP_RET, r, rslots, 0);
    } else if (fi->named_results && fi->nresults) {
        /* unreachable in valid code (missing return), kept for safety */
        emit(&fs, OP_RET, 0, 0, 0);
    } else {
        emit(&fs, OP_RET, 0, 0, 0);
    }
    /* gotos */
    for (int i = 0; i < fs.gotos.len; i++) {
        LabelPos *g = &fs.gotos.data[i];
        for (int k = 0; k < fs.labels.len; k++) {
            if (fs.labels.data[k].name == g->name) {
                patch_to(&fs, g->pc, fs.labels.data[k].pc);
            }
        }
    }
    finish_func(&fs, fn);
    return fn;
}

/* The Func of a declared function, a method or an instance (compiled lazily). */
static Func *func_of(Compiler *C, Obj *f) {
    if (f->compiled && ((Func *)f->compiled)->code) {
        return f->compiled;
    }
    if (!f->compiled) {
        Func *fn = NEW(Func);
        fn->name = chk_func_name(f);
        f->compiled = fn;
    }
    Func *fn = f->compiled;
    if (f->is_native) {
        return fn; /* bound by the loader */
    }
    (void)C;
    return fn;
}

Func *cmp_func_of(Obj *fn) { return fn->compiled; }

/* ---- method tables and wrappers ---- */

/* Makes a Func that receives a receiver of type recv_t (flattened) then the arguments of sig,
 * and calls method m on recv_t's path; or, for iface, calls method method_index of the
 * interface value it receives. bound: the receiver comes from the closure's captures instead
 * of the parameters. */
static Func *make_wrapper(Compiler *C, Obj *m, Type *recv_t, int *path, int npath, bool iface,
                          const char *mname, Type *sig, bool bound) {
    Func *fn = NEW(Func);
    FS fs = {0};
    fs.C = C;
    fs.fn = fn;
    fn->is_wrapper = true;
    fn->name = m && m->compiled ? ((Func *)m->compiled)->name : "wrapper";
    if (m) {
        fn->name = chk_func_name(m);
    }
    fn->file = C->chk->file;
    int rs = recv_t->slots;
    int as = params_slots(sig);
    int rslots = results_slots(sig);
    int reg = 0;
    int recv_reg;
    if (bound) {
        fn->nup = rs;
        fn->param_slots = as;
        fs.free = fs.maxreg = as;
        recv_reg = alloc(&fs, rs > 0 ? rs : 1);
        for (int i = 0; i < rs; i++) {
            emit(&fs, OP_GETUP, recv_reg + i, i, 0);
        }
        reg = 0; /* args at 0 */
    } else {
        fn->param_slots = rs + as;
        fs.free = fs.maxreg = rs + as;
        recv_reg = 0;
        reg = rs;
    }
    fn->result_slots = rslots;
    /* walk the path from the receiver */
    Type *t = recv_t;
    LV lv = {LV_REG, t, recv_reg, 0, 0, 0, 0, NULL, NULL};
    if (npath) {
        lv = lv_field_path(&fs, lv, t, path, npath);
        t = lv.t;
    }
    int base;
    if (iface) {
        int ir = alloc(&fs, 2);
        load_lv(&fs, &lv, ir);
        base = alloc(&fs, (as + 1 > rslots ? as + 1 : rslots) + 1);
        move(&fs, base + 1, reg, as);
        emit(&fs, OP_CALLI, base, ir, k_ptr(&fs, mname));
        emit_x(&fs, 0, 0, 0);
    } else {
        Type *mrt = m->ptr_recv ? type_pointer(m->recv_base) : m->recv_base;
        int mrs = mrt->slots;
        base = alloc(&fs, (as + mrs > rslots ? as + mrs : rslots) + 1);
        if (m->ptr_recv) {
            if (t->kind == KIND_POINTER) {
                load_lv(&fs, &lv, base);
            } else {
                int p = lv_addr(&fs, &lv);
                move(&fs, base, p, 1);
            }
        } else if (t->kind == KIND_POINTER) {
            int p = alloc(&fs, 1);
            load_lv(&fs, &lv, p);
            LV dl = {LV_MEM, m->recv_base, p, 0, 0, 0, 0, NULL, NULL};
            load_lv(&fs, &dl, base);
        } else {
            load_lv(&fs, &lv, base);
        }
        move(&fs, base + mrs, reg, as);
        emit_bx(&fs, OP_CALL, base, (uint32_t)k_ptr(&fs, func_of(C, m)));
    }
    emit(&fs, OP_RET, base, rslots, 0);
    finish_func(&fs, fn);
    return fn;
}

static Func *bound_method_wrapper(Compiler *C, Obj *m, Type *recv_t, bool iface, int method_index,
                                  Type *sig) {
    (void)method_index;
    if (!sig) {
        /* method expression: the receiver is the first parameter */
        Type *msig = m->type;
        return make_wrapper(C, iface ? NULL : m, recv_t, NULL, 0, iface, m->name, msig, false);
    }
    return make_wrapper(C, iface ? NULL : m, recv_t, NULL, 0, iface, m->name, sig, true);
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

/* Collects the names of all methods reachable from t (declared and promoted). */
typedef struct NameVec {
    const char **data;
    int len, cap;
} NameVec;

static void collect_method_names(Checker *chk, Type *t, NameVec *names, int depth) {
    if (depth > 8) {
        return;
    }
    if (t->kind == KIND_POINTER && !t->name) {
        t = t->elem;
    }
    if (t->name && t->kind != KIND_INTERFACE) {
        int n;
        Obj **ms = chk_methods_of(chk, t, &n);
        for (int i = 0; i < n; i++) {
            vec_push(names, ms[i]->name);
        }
    }
    Type *u = t->underlying;
    if (!u) {
        return;
    }
    if (u->kind == KIND_INTERFACE && depth > 0) {
        for (int i = 0; i < u->nimethods; i++) {
            vec_push(names, u->imethods[i].name);
        }
    }
    if (u->kind == KIND_STRUCT) {
        for (int i = 0; i < u->nfields; i++) {
            if (u->fields[i].embedded) {
                collect_method_names(chk, u->fields[i].type, names, depth + 1);
            }
        }
    }
}

static void ensure_methods(Compiler *C, Type *t) {
    if (!t || t->methods || t->kind == KIND_INTERFACE) {
        return;
    }
    for (int i = 0; i < C->iface_types.len; i++) {
        if (C->iface_types.data[i] == t) {
            return;
        }
    }
    vec_push(&C->iface_types, t);
    NameVec names = {0};
    collect_method_names(C->chk, t, &names, 0);
    VEC(Method) ms = {0};
    bool is_ptr = t->kind == KIND_POINTER && !t->name;
    for (int i = 0; i < names.len; i++) {
        const char *name = names.data[i];
        bool dup = false;
        for (int k = 0; k < ms.len; k++) {
            if (ms.data[k].name == name) {
                dup = true;
            }
        }
        if (dup) {
            continue;
        }
        SelInfo sel;
        bool amb;
        Obj *m = chk_lookup(C->chk, t, name, &sel, &amb);
        if (!m || sel.kind == SEL_FIELD) {
            continue;
        }
        Method me = {0};
        me.name = name;
        me.sig = m->type;
        if (sel.kind == SEL_IFACE_METHOD) {
            me.fn = make_wrapper(C, NULL, t, sel.path, sel.npath, true, name, m->type, false);
            me.mode = t->slots == 1 ? RECV_DIRECT : RECV_BOXED;
            me.recv_slots = t->slots;
            vec_push(&ms, me);
            continue;
        }
        chk_resolve_obj(C->chk, m);
        /* in the method set? pointer methods need a pointer (or a path through one) */
        if (m->ptr_recv && !is_ptr && !sel.indirect) {
            continue;
        }
        me.ptr_recv = m->ptr_recv;
        if (sel.npath == 0) {
            me.fn = func_of(C, m);
            if (m->ptr_recv || !is_ptr) {
                me.mode = t->slots == 1 ? RECV_DIRECT : RECV_BOXED;
                me.recv_slots = t->slots;
            } else {
                me.mode = RECV_DEREF;
                me.recv_slots = m->recv_base->slots;
            }
        } else {
            me.fn = make_wrapper(C, m, t, sel.path, sel.npath, false, name, m->type, false);
            me.mode = t->slots == 1 ? RECV_DIRECT : RECV_BOXED;
            me.recv_slots = t->slots;
        }
        vec_push(&ms, me);
    }
    if (ms.len > 1) {
        qsort(ms.data, (size_t)ms.len, sizeof(Method), method_cmp);
    }
    t->methods = ms.len ? ms.data : NEW_ARRAY(Method, 1);
    t->nmethods = ms.len;
}

/* ---- packages ---- */

static void tables_for_declared_types(Compiler *C, Package *pkg);

static void compile_pending(Compiler *C) {
    Package *pkg = C->pkg;
    /* functions may queue generic instances: check and compile until none are left */
    for (int round = 0; round < 1000; round++) {
        bool any = false;
        for (int i = 0; i < pkg->funcs.len; i++) {
            Obj *f = pkg->funcs.data[i];
            if (f->compiled && ((Func *)f->compiled)->code) {
                continue;
            }
            if (!f->info) {
                continue;
            }
            compile_func(C, f->info, NULL);
            any = true;
        }
        if (C->chk->instances.len) {
            /* instances were queued by ensure_methods / lookups: check them now */
            ObjVec pending = C->chk->instances;
            C->chk->instances = (ObjVec){0};
            for (int i = 0; i < pending.len; i++) {
                Obj *inst = pending.data[i];
                Checker saved = *C->chk;
                C->chk->pkg = inst->pkg;
                C->chk->quiet++;
                C->chk->scope = inst->tscope;
                chk_func_body(C->chk, inst->info);
                C->chk->quiet--;
                Diags *dg = C->chk->diags;
                ObjVec more = C->chk->instances;
                *C->chk = saved;
                C->chk->diags = dg;
                C->chk->instances = more;
                vec_push(&pkg->funcs, inst);
            }
            any = true;
        }
        if (!any) {
            break;
        }
    }
}

Func *cmp_package(Checker *chk, Package *pkg) {
    Compiler *C = NEW(Compiler);
    C->chk = chk;
    C->pkg = pkg;
    cur_compiler = C;
    /* the init function: variables in order, then init()s */
    FuncInfo *fi = NEW(FuncInfo);
    fi->sig = type_func(NULL, 0, NULL, 0, false);
    fi->name = str_printf("%s.init", pkg->path);
    fi->pkg = pkg;
    Func *init = NEW(Func);
    FS fs = {0};
    fs.C = C;
    fs.fi = fi;
    fs.fn = init;
    init->name = fi->name;
    init->file = pkg->nfiles ? pkg->files[0]->name : chk->file;
    for (int i = 0; i < pkg->var_order.len; i++) {
        Obj *v = pkg->var_order.data[i];
        ValueSpec *vs = v->vspec;
        fs.line = vs->pos.line;
        if (vs->nvalues == 0) {
            continue; /* zero values: cells start zeroed */
        }
        if (vs->nvalues == vs->nnames) {
            for (int k = 0; k < vs->nnames; k++) {
                Obj *o = vs->names[k]->ident.obj;
                int r = expr_to(&fs, vs->values[k], o && o->type ? o->type : vs->values[k]->type, -1);
                if (o && o->name != intern_cstr("_")) {
                    LV lv = {LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
                    store_lv(&fs, &lv, r);
                }
                free_temps(&fs);
            }
        } else {
            Expr *e = vs->values[0];
            Expr *b = e;
            while (b->kind == E_PAREN) {
                b = b->paren.x;
            }
            if (e->type->kind == KIND_TUPLE) {
                int r = expr(&fs, e, -1);
                int src = r;
                for (int k = 0; k < vs->nnames; k++) {
                    Obj *o = vs->names[k]->ident.obj;
                    Type *et = e->type->params[k];
                    if (o && o->name != intern_cstr("_")) {
                        int vr = src;
                        if (o->type != et) {
                            vr = alloc(&fs, o->type->slots);
                            convert_value(&fs, et, o->type, src, vr);
                        }
                        LV lv = {LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
                        store_lv(&fs, &lv, vr);
                    }
                    src += et->slots;
                }
            } else {
                Type *vt = b->type;
                int tmp = alloc(&fs, vt->slots + 1);
                comma_ok(&fs, b, tmp);
                for (int k = 0; k < 2; k++) {
                    Obj *o = vs->names[k]->ident.obj;
                    if (o && o->name != intern_cstr("_")) {
                        int vr = k == 0 ? tmp : tmp + vt->slots;
                        if (k == 0 && o->type != vt) {
                            vr = alloc(&fs, o->type->slots);
                            convert_value(&fs, vt, o->type, tmp, vr);
                        }
                        LV lv = {LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
                        store_lv(&fs, &lv, vr);
                    }
                }
            }
            free_temps(&fs);
        }
    }
    for (int i = 0; i < pkg->inits.len; i++) {
        Obj *f = pkg->inits.data[i];
        if (!f->info) {
            continue;
        }
        Func *fn = compile_func(C, f->info, NULL);
        int base = alloc(&fs, 1);
        emit_bx(&fs, OP_CALL, base, (uint32_t)k_ptr(&fs, fn));
        free_temps(&fs);
    }
    emit(&fs, OP_RET, 0, 0, 0);
    finish_func(&fs, init);
    compile_pending(C);
    tables_for_declared_types(C, pkg);
    compile_pending(C);
    return init;
}

void cmp_set_runtime_types(Package *rp, Checker *chk) {
    Compiler *C = NEW(Compiler);
    C->chk = chk;
    C->pkg = rp;
    Obj *o = scope_lookup_local(rp->scope, intern_cstr("errorString"));
    if (o && o->type) {
        vm_types.error_string = o->type;
        ensure_methods(C, o->type);
    }
    o = scope_lookup_local(rp->scope, intern_cstr("plainError"));
    if (o && o->type) {
        vm_types.plain_error = o->type;
        ensure_methods(C, o->type);
    }
    o = scope_lookup_local(rp->scope, intern_cstr("PanicNilError"));
    if (o && o->type) {
        vm_types.panic_nil = type_pointer(o->type);
        ensure_methods(C, vm_types.panic_nil);
    }
    o = scope_lookup_local(rp->scope, intern_cstr("TypeAssertionError"));
    if (o && o->type) {
        vm_types.assert_error = type_pointer(o->type);
        ensure_methods(C, vm_types.assert_error);
    }
    compile_pending(C);
}

/* fmt calls String and Error on values it finds inside others, which were never converted to
 * an interface: every defined type with methods gets its method tables. */
static void tables_for_declared_types(Compiler *C, Package *pkg) {
    Scope *s = pkg->scope;
    for (int i = 0; i < s->cap; i++) {
        Obj *o = s->objs[i];
        if (!o || o->kind != OBJ_TYPE || o->alias || !o->type || o->type == t_invalid) {
            continue;
        }
        TypeInfo *ti = o->type->chk;
        if (ti && ti->ntparams) {
            ObjVec insts = chk_instances(o);
            for (int k = 0; k < insts.len; k++) {
                Type *it = insts.data[k]->type;
                TypeInfo *ii = it->chk;
                bool concrete = true;
                for (int j = 0; ii && j < ii->ntargs; j++) {
                    concrete = concrete && !type_mentions_typeparam(ii->targs[j]);
                }
                if (concrete && it->kind != KIND_INTERFACE && it->kind != KIND_INVALID) {
                    ensure_methods(C, it);
                    ensure_methods(C, type_pointer(it));
                }
            }
            continue;
        }
        if (!ti || o->type->kind == KIND_INTERFACE) {
            continue;
        }
        if (ti->methods.len == 0 && o->type->kind != KIND_STRUCT) {
            continue;
        }
        ensure_methods(C, o->type);
        ensure_methods(C, type_pointer(o->type));
    }
    for (int i = 0; i < C->chk->local_types.len; i++) {
        Obj *o = C->chk->local_types.data[i];
        if (o->type && o->type->kind != KIND_INTERFACE && o->type != t_invalid) {
            ensure_methods(C, o->type);
            ensure_methods(C, type_pointer(o->type));
        }
    }
}

