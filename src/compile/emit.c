/* emit.c — the emitter: instructions, registers, the constant pool, jumps and their patching,
 * the line table; where variables live, and loads and stores through lvalues.
 *
 * Registers: a function's parameters occupy R[0..), flattened; locals are allocated above
 * them as they are declared and released when their block ends; temporaries live above the
 * locals and are released after each statement (see FS in internal.h).
 *
 * A variable that escapes (address taken, captured by a closure), or an array of more than
 * ARRAY_REGS_MAX slots, lives in a heap cell from its declaration on; its register then holds
 * the cell's address. A smaller array lives in registers like any value (an element at a
 * run-time index through AGET, or RIDX with RLOAD/RSTORE). A package variable lives in a cell
 * of its own, made on first use; code reaches it through a constant.
 *
 * The line table has one entry per run of instructions from the same source line: an
 * instruction takes the line in fs->line when it is emitted.
 *
 * Under --sched, --explore or -race (catch.h) the code of user packages gets a HOOK before
 * each instruction op_hook names (opcodes.h): the instruction keeps the pc the emitter
 * returns, and a jump to where it was about to be emitted lands on its HOOK.
 */
#include "internal.h"

#include "../../runtime/catch.h"
#include "../../runtime/schedrand.h"

void cmp_error(FS *fs, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    diag_error(fs->C->chk->diags, fs->C->chk->file, pos, "%s", msg);
}

/* ---- instructions and jumps ---- */

/* Whether in needs a HOOK before it (see above): std packages (with natives) get none. */
static bool needs_hook(FS *fs, int op) {
    if (!catch_instrument() || !fs->C->pkg || fs->C->pkg->native) {
        return false;
    }
    int kind = op_hook(op);
    return kind == HOOK_MEM || (kind == HOOK_SYNC && rt_catch.sched);
}

/* Appends in, recording fs->line in the line table. */
static void push_instr(FS *fs, Instr in) {
    if (fs->lines.len == 0 || fs->lines.data[fs->lines.len - 1].line != fs->line) {
        LineEntry le = {fs->code.len, fs->line};
        vec_push(&fs->lines, le);
    }
    vec_push(&fs->code, in);
}

int cmp_emit_raw(FS *fs, Instr in) {
    if (__builtin_expect(catch_instrument(), 0) && needs_hook(fs, in.op)) {
        push_instr(fs, (Instr){OP_HOOK, 0, {{0, 0}}});
    }
    push_instr(fs, in);
    return fs->code.len - 1;
}

int cmp_emit(FS *fs, int op, int a, int b, int c) {
    if ((unsigned)a > 0xffff || (unsigned)b > 0xffff || (unsigned)c > 0xffff) {
        /* an operand that would wrap: never emitted silently */
        cmp_error(fs, pos_make(fs->line, 1), "internal: operand too large for %s (%d, %d, %d)",
                  op_names[op], a, b, c);
    }
    Instr in = {(uint16_t)op, (uint16_t)a, {{(uint16_t)b, (uint16_t)c}}};
    return cmp_emit_raw(fs, in);
}

int cmp_emit_bx(FS *fs, int op, int a, uint32_t bx) {
    Instr in = {(uint16_t)op, (uint16_t)a, {.bx = bx}};
    return cmp_emit_raw(fs, in);
}

int cmp_emit_sbx(FS *fs, int op, int a, int32_t sbx) {
    Instr in = {(uint16_t)op, (uint16_t)a, {.sbx = sbx}};
    return cmp_emit_raw(fs, in);
}

/* The extra word of a "+X" instruction. */
int cmp_emit_x(FS *fs, int a, int b, int c) {
    return cmp_emit(fs, OP_NOP, a, b, c);
}

int cmp_emit_xbx(FS *fs, int a, uint32_t bx) {
    return cmp_emit_bx(fs, OP_NOP, a, bx);
}

int cmp_here(FS *fs) {
    return fs->code.len;
}

void cmp_patch_to(FS *fs, int pc, int target) {
    fs->code.data[pc].sbx = target - (pc + 1);
}

void cmp_patch_all(FS *fs, IntVec *jumps, int target) {
    for (int i = 0; i < jumps->len; i++) {
        cmp_patch_to(fs, jumps->data[i], target);
    }
}

void cmp_patch_here(FS *fs, int pc) {
    cmp_patch_to(fs, pc, cmp_here(fs));
}

int cmp_jump(FS *fs) {
    return cmp_emit_sbx(fs, OP_JMP, 0, 0);
}

void cmp_jump_back(FS *fs, int target) {
    cmp_emit_sbx(fs, OP_LOOP, 0, target - (cmp_here(fs) + 1));
}

/* ---- registers and locals ---- */

int cmp_alloc(FS *fs, int n) {
    int r = fs->free;
    if (n > 65000 - fs->free) { /* compared before adding: n may be near INT_MAX */
        cmp_error(fs, pos_make(fs->line, 1), "function too large: more than 65000 registers");
        fs->maxreg = 65001;
        fs->free = 0;
        return r;
    }
    fs->free += n;
    if (fs->free > fs->maxreg) {
        fs->maxreg = fs->free;
    }
    return r;
}

int cmp_target(FS *fs, int dst, int n) {
    return dst >= 0 ? dst : cmp_alloc(fs, n);
}

void cmp_free_temps(FS *fs) {
    fs->free = fs->active;
}

void cmp_commit_locals(FS *fs) {
    fs->active = fs->free;
}

/* Declares a local variable: its register(s), or a cell. Returns its register. */
int cmp_declare_var(FS *fs, Obj *o) {
    if (o->global) {
        return -1; /* a REPL entry's top-level variable: a package variable, in its cell */
    }
    if (cmp_is_cell(o)) {
        int r = cmp_alloc(fs, 1);
        o->reg = r;
        return r;
    }
    int n = o->type->slots;
    int r = cmp_alloc(fs, n > 0 ? n : 1);
    o->reg = r;
    return r;
}

/* Makes a fresh cell for variable o holding the slots in src (or zero). */
void cmp_new_cell(FS *fs, Obj *o, int src) {
    int n = o->type->slots > 0 ? o->type->slots : 1;
    if (n > 0xffff) {
        cmp_emit_bx(fs, OP_NEW, o->reg,
                    (uint32_t)cmp_k_ptr(fs, o->type)); /* NEWCELL's b: 16 bits */
    } else {
        cmp_emit(fs, OP_NEWCELL, o->reg, n, type_pointer_free(o->type));
    }
    if (src >= 0 && o->type->slots > 0) {
        LV lv = {LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
        cmp_store_lv(fs, &lv, src);
    }
}

/* Initialises declared variable o with the value at src (src < 0: the zero value). */
void cmp_init_var(FS *fs, Obj *o, int src) {
    if (o->global) {
        if (src >= 0) {
            LV lv = {LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
            cmp_store_lv(fs, &lv, src);
        }
        return;
    }
    if (cmp_is_cell(o)) {
        cmp_new_cell(fs, o, src);
    } else if (src >= 0) {
        cmp_move(fs, o->reg, src, o->type->slots);
    } else {
        cmp_zero(fs, o->reg, o->type->slots);
    }
}

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

int cmp_k_ptr(FS *fs, const void *p) {
    return k_add(fs, (Slot){.p = (void *)p});
}

static int k_string(FS *fs, const char *s, size_t n) {
    char *copy = NEW_ATOMIC(n + 1);
    memcpy(copy, s, n);
    /* two consecutive entries, never shared */
    vec_push(&fs->k, ((Slot){.p = copy}));
    vec_push(&fs->k, ((Slot){.i = (int64_t)n}));
    return fs->k.len - 2;
}

void cmp_load_int(FS *fs, int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) {
        cmp_emit_sbx(fs, OP_LOADI, dst, (int32_t)v);
    } else {
        cmp_emit_bx(fs, OP_LOADK, dst, (uint32_t)k_add(fs, (Slot){.i = v}));
    }
}

void cmp_load_float(FS *fs, int dst, double d) {
    cmp_emit_bx(fs, OP_LOADK, dst, (uint32_t)k_add(fs, (Slot){.f = d}));
}

Type *cmp_final_type(Type *t) {
    if (type_is_untyped(t)) {
        return t == t_untyped_nil ? t : type_default(t);
    }
    return t;
}

void cmp_load_const(FS *fs, Const *v, Type *t, int dst) {
    t = cmp_final_type(t);
    Type *u = t->underlying ? t->underlying : t;
    switch (u->kind) {
    case KIND_BOOL: cmp_emit_sbx(fs, OP_LOADI, dst, v->b); return;
    case KIND_STRING:
        cmp_emit_bx(fs, OP_LOADK2, dst, (uint32_t)k_string(fs, v->s, v->slen));
        return;
    case KIND_FLOAT32: cmp_load_float(fs, dst, (double)(float)const_to_f64(v)); return;
    case KIND_FLOAT64: cmp_load_float(fs, dst, const_to_f64(v)); return;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: {
        double re = const_to_f64(const_real(v)), im = const_to_f64(const_imag(v));
        if (u->kind == KIND_COMPLEX64) {
            re = (float)re, im = (float)im;
        }
        cmp_load_float(fs, dst, re);
        cmp_load_float(fs, dst + 1, im);
        return;
    }
    default:
        if (type_is_integer(u)) {
            cmp_load_int(fs, dst, const_to_i64(v));
            return;
        }
        if (u->kind == KIND_INTERFACE) {
            /* an untyped constant stored in an interface was given its default type */
            return;
        }
        cmp_load_int(fs, dst, 0);
    }
}

/* ---- moves ---- */

void cmp_move(FS *fs, int dst, int src, int n) {
    if (dst == src || n == 0) {
        return;
    }
    switch (n) {
    case 1: cmp_emit(fs, OP_MOVE, dst, src, 0); break;
    case 2: cmp_emit(fs, OP_MOVE2, dst, src, 0); break;
    case 3: cmp_emit(fs, OP_MOVE3, dst, src, 0); break;
    default: cmp_emit(fs, OP_MOVEN, dst, src, n); break;
    }
}

void cmp_zero(FS *fs, int dst, int n) {
    if (n > 0) {
        cmp_emit(fs, OP_ZERO, dst, n, 0);
    }
}

/* After integer arithmetic in 64 bits: bring the result back to t's width. */
void cmp_narrow(FS *fs, Type *t, int r) {
    switch (t->underlying ? t->underlying->kind : t->kind) {
    case KIND_INT8: cmp_emit(fs, OP_SEXT8, r, r, 0); break;
    case KIND_INT16: cmp_emit(fs, OP_SEXT16, r, r, 0); break;
    case KIND_INT32: cmp_emit(fs, OP_SEXT32, r, r, 0); break;
    case KIND_UINT8: cmp_emit(fs, OP_ZEXT8, r, r, 0); break;
    case KIND_UINT16: cmp_emit(fs, OP_ZEXT16, r, r, 0); break;
    case KIND_UINT32: cmp_emit(fs, OP_ZEXT32, r, r, 0); break;
    case KIND_FLOAT32: cmp_emit(fs, OP_F32, r, r, 0); break;
    default: break;
    }
}

/* ---- where variables live ---- */

/* The largest array (in slots) a variable in registers may hold; a larger one lives in a
 * cell, so that a few of them leave the register file room. */
#define ARRAY_REGS_MAX 1024

bool cmp_is_cell(Obj *o) {
    return o->escapes ||
           (o->type && o->type->kind == KIND_ARRAY && o->type->slots > ARRAY_REGS_MAX) ||
           cmp_is_huge(o->type);
}

/* The register holding a captured variable's cell in this function. */
int cmp_capture_reg(FS *fs, Obj *o) {
    for (int i = 0; i < fs->caps.len; i++) {
        if (fs->caps.data[i] == o) {
            return fs->cap_regs[i];
        }
    }
    return -1;
}

LV cmp_var_lv(Obj *o) {
    return cmp_is_cell(o) ? (LV){LV_MEM, o->type, o->reg, 0, 0, 0, 0, NULL, NULL}
                          : (LV){LV_REG, o->type, o->reg, 0, 0, 0, 0, NULL, NULL};
}

/* A global's cell, made on first use. */
static Slot *global_cell(Obj *o) {
    if (!o->cell) {
        /* too large for slots: "symbol too large" is reported (func.c), nothing runs */
        int n = o->type->slots > 0 && o->type->slots < TYPE_SLOTS_MAX ? o->type->slots : 1;
        o->cell = type_pointer_free(o->type) ? GC_MALLOC_ATOMIC(sizeof(Slot) * (size_t)n)
                                             : GC_MALLOC(sizeof(Slot) * (size_t)n);
        memset(o->cell, 0, sizeof(Slot) * (size_t)n);
        rt_register_global(o->cell, n); /* --explore zeroes it before each run */
    }
    return o->cell;
}

/* ---- loads and stores through lvalues ---- */

/* A new register holding the address of global g's cell. */
static int global_ptr(FS *fs, Obj *g) {
    int r = cmp_alloc(fs, 1);
    cmp_emit_bx(fs, OP_LOADK, r, (uint32_t)cmp_k_ptr(fs, global_cell(g)));
    return r;
}

/* Memory at p+off, for an instruction whose offset operand has 16 bits: a larger offset (a
 * field deep in a huge struct) is added to the pointer first, into a new register (PADDR: nil
 * still panics). */
static int mem_at(FS *fs, int p, int *off) {
    if (*off <= 0xffff) {
        return p;
    }
    int i = cmp_alloc(fs, 1);
    cmp_load_int(fs, i, *off);
    int r = cmp_alloc(fs, 1);
    cmp_emit(fs, OP_PADDR, r, p, i);
    cmp_emit_raw(fs, (Instr){OP_NOP, 1, {.bx = UINT32_MAX}});
    *off = 0;
    return r;
}

/* Whether PADDR and PGETN cannot hold an array element's slots (X.a, 16 bits) or the array's
 * length (X.bx, 32 bits). */
static bool pidx_is_wide(const LV *lv) {
    return lv->es > 0xffff || lv->len > UINT32_MAX;
}

/* &(*p)[i] when pidx_is_wide: a slice (p, len, len) is made in registers and indexed by SADDR,
 * whose element size has 32 bits; a nil p panics first. */
static int wide_elem_addr(FS *fs, LV *lv) {
    cmp_emit(fs, OP_NILCHK, lv->reg, 0, 0);
    int s = cmp_alloc(fs, 3);
    cmp_move(fs, s, lv->reg, 1);
    cmp_load_int(fs, s + 1, lv->len);
    cmp_move(fs, s + 2, s + 1, 1);
    int r = cmp_alloc(fs, 1);
    cmp_emit(fs, OP_SADDR, r, s, lv->idx);
    cmp_emit_xbx(fs, 0, (uint32_t)lv->es);
    return r;
}

/* The address of a field path inside a pointer: result register holds the pointer. */
int cmp_lv_addr(FS *fs, LV *lv) {
    switch (lv->kind) {
    case LV_MEM: {
        int off = lv->off;
        int p = mem_at(fs, lv->reg, &off);
        int r = cmp_alloc(fs, 1);
        cmp_emit(fs, OP_ADDR, r, p, off);
        return r;
    }
    case LV_GLOBAL: {
        int off = lv->off;
        int r = mem_at(fs, global_ptr(fs, lv->global), &off);
        if (off) {
            cmp_emit(fs, OP_ADDR, r, r, off);
        }
        return r;
    }
    case LV_SLICE: {
        int r = cmp_alloc(fs, 1);
        cmp_emit(fs, OP_SADDR, r, lv->reg, lv->idx);
        cmp_emit_xbx(fs, 0, (uint32_t)lv->es);
        return r;
    }
    case LV_PIDX: {
        if (pidx_is_wide(lv)) {
            return wide_elem_addr(fs, lv);
        }
        int r = cmp_alloc(fs, 1);
        cmp_emit(fs, OP_PADDR, r, lv->reg, lv->idx);
        Instr x = {OP_NOP, (uint16_t)lv->es, {.bx = (uint32_t)lv->len}};
        cmp_emit_raw(fs, x);
        return r;
    }
    default: return -1;
    }
}

/* Turns an element lvalue into a memory lvalue (so that a field of it can be selected). */
static LV lv_to_mem(FS *fs, LV lv) {
    if (lv.kind == LV_SLICE || lv.kind == LV_PIDX || lv.kind == LV_GLOBAL) {
        int r = cmp_lv_addr(fs, &lv);
        LV m = {LV_MEM, lv.t, r, 0, 0, 0, 0, NULL, NULL};
        return m;
    }
    return lv;
}

/* x.f through a path of embedded fields, starting from lvalue base of type t. */
LV cmp_lv_field_path(FS *fs, LV base, Type *t, int *path, int npath) {
    LV lv = base;
    for (int i = 0; i < npath; i++) {
        if (t->kind == KIND_POINTER) {
            /* auto-dereference: load the pointer, then select in memory */
            int p;
            if (lv.kind == LV_REG) {
                p = lv.reg + lv.off;
            } else {
                p = cmp_alloc(fs, 1);
                cmp_load_lv(fs, &lv, p);
            }
            lv = (LV){LV_MEM, t->elem, p, 0, 0, 0, 0, NULL, NULL};
            t = t->elem;
        }
        Type *st = t->underlying;
        StructField *f = &st->fields[path[i]];
        if (lv.kind != LV_REG && lv.kind != LV_MEM && lv.kind != LV_RIDX) {
            lv = lv_to_mem(fs, lv);
        }
        lv.off += f->offset;
        lv.t = f->type;
        t = f->type;
    }
    return lv;
}

/* n slots (n >= 0) at memory p+off to registers from dst, and back. */
static void load_mem(FS *fs, int dst, int p, int off, int n) {
    p = mem_at(fs, p, &off);
    if (n == 1) {
        cmp_emit(fs, OP_LOAD, dst, p, off);
    } else if (n > 0) {
        cmp_emit(fs, OP_LOADN, dst, p, off);
        cmp_emit_x(fs, n, 0, 0);
    }
}

void cmp_store_mem(FS *fs, int p, int off, int src, int n) {
    p = mem_at(fs, p, &off);
    if (n == 1) {
        cmp_emit(fs, OP_STORE, p, off, src);
    } else if (n > 0) {
        cmp_emit(fs, OP_STOREN, p, off, src);
        cmp_emit_x(fs, n, 0, 0);
    }
}

void cmp_load_lv(FS *fs, LV *lv, int dst) {
    int n = lv->t->slots;
    switch (lv->kind) {
    case LV_REG: cmp_move(fs, dst, lv->reg + lv->off, n); break;
    case LV_MEM:
        if (n > 0) {
            load_mem(fs, dst, lv->reg, lv->off, n);
        } else {
            cmp_emit(fs, OP_NILCHK, lv->reg, 0, 0);
        }
        break;
    case LV_GLOBAL:
        if (n == 1 && lv->off == 0) {
            cmp_emit_bx(fs, OP_GGET, dst, (uint32_t)cmp_k_ptr(fs, global_cell(lv->global)));
        } else if (n > 0) {
            load_mem(fs, dst, global_ptr(fs, lv->global), lv->off, n);
        }
        break;
    case LV_SLICE:
        if (n == 1) {
            cmp_emit(fs, OP_SGET, dst, lv->reg, lv->idx);
        } else {
            cmp_emit(fs, OP_SGETN, dst, lv->reg, lv->idx);
            cmp_emit_x(fs, 0, n, 0);
        }
        break;
    case LV_PIDX: {
        if (pidx_is_wide(lv)) {
            load_mem(fs, dst, cmp_lv_addr(fs, lv), 0, n);
            break;
        }
        cmp_emit(fs, OP_PGETN, dst, lv->reg, lv->idx);
        Instr x = {OP_NOP, (uint16_t)n, {.bx = (uint32_t)lv->len}};
        cmp_emit_raw(fs, x);
        break;
    }
    case LV_MAP: {
        cmp_emit(fs, OP_MAPGET, dst, lv->reg, lv->idx);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, lv->mtype));
        break;
    }
    case LV_RIDX:
        if (n > 0) {
            cmp_emit(fs, OP_RLOAD, dst, lv->reg, lv->off);
            cmp_emit_x(fs, n, 0, 0);
        }
        break;
    case LV_BLANK: break;
    }
}

void cmp_store_lv(FS *fs, LV *lv, int src) {
    int n = lv->t ? lv->t->slots : 0;
    switch (lv->kind) {
    case LV_REG: cmp_move(fs, lv->reg + lv->off, src, n); break;
    case LV_MEM:
        if (n > 0) {
            cmp_store_mem(fs, lv->reg, lv->off, src, n);
        } else {
            cmp_emit(fs, OP_NILCHK, lv->reg, 0, 0);
        }
        break;
    case LV_GLOBAL:
        if (n == 1 && lv->off == 0) {
            cmp_emit_bx(fs, OP_GSET, src, (uint32_t)cmp_k_ptr(fs, global_cell(lv->global)));
        } else if (n > 0) {
            cmp_store_mem(fs, global_ptr(fs, lv->global), lv->off, src, n);
        }
        break;
    case LV_SLICE:
        if (n == 1) {
            cmp_emit(fs, OP_SSET, lv->reg, lv->idx, src);
        } else {
            cmp_emit(fs, OP_SSETN, lv->reg, lv->idx, src);
            cmp_emit_x(fs, 0, n, 0);
        }
        break;
    case LV_PIDX: cmp_store_mem(fs, cmp_lv_addr(fs, lv), 0, src, n); break;
    case LV_MAP:
        cmp_emit(fs, OP_MAPSET, lv->reg, lv->idx, src);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, lv->mtype));
        break;
    case LV_RIDX:
        if (n > 0) {
            cmp_emit(fs, OP_RSTORE, lv->reg, lv->off, src);
            cmp_emit_x(fs, n, 0, 0);
        }
        break;
    case LV_BLANK: break;
    }
}

/* ---- the finished function ---- */

void cmp_finish_func(FS *fs, Func *fn) {
    fn->code = fs->code.data;
    fn->ncode = fs->code.len;
    fn->consts = fs->k.data;
    fn->nconsts = fs->k.len;
    fn->lines = fs->lines.data;
    fn->nlines = fs->lines.len;
    fn->nregs = fs->maxreg + 1;
}
