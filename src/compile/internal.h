/* internal.h — what the compiler's files share (compile.h is the module's public contract).
 *
 * One FS (function state) per function being compiled (a function literal's is made while its
 * enclosing function's is open). It owns the growing code, constant pool and line table of the
 * Func it fills, and the register frontier:
 *
 *   R[0 .. active)      parameters, the function's own cells and result variables (func.c),
 *                       then the locals of the open blocks, in declaration order
 *   R[active .. free)   temporaries of the statement being compiled
 *   maxreg >= free      the frame size so far
 *
 * A block restores `active` (and `free`) when it ends; a statement's temporaries are released
 * after it (cmp_free_temps). The files:
 *
 *   emit.c     instructions, registers, constants, jumps, the line table; where variables live
 *              and loads/stores through lvalues
 *   expr.c     expressions
 *   call.c     calls, builtins, conversions T(x), go and defer
 *   assign.c   declarations and assignments
 *   stmt.c     statements and control flow
 *   func.c     function bodies, closures, method wrappers and tables, packages (entry points)
 *   large.c    values too large for registers, moved memory to memory
 */
#ifndef GOSUB_COMPILE_INTERNAL_H
#define GOSUB_COMPILE_INTERNAL_H

#include "compile.h"

#include "../vm/opcodes.h"

typedef struct IntVec {
    int *data;
    int len, cap;
} IntVec;

/* One per package compiled (and one for the runtime types). */
typedef struct Compiler {
    Checker *chk;
    Package *pkg;
    VEC(Type *) iface_types; /* types whose method tables were built */
} Compiler;

/* A statement break (and, for loops, continue) can leave: its pending jumps. */
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
    IntVec ret_jumps; /* has_defer: returns jumping to the epilogue */
    /* cmp_name_chan: the make(chan) about to be compiled into a named variable or field */
    const Expr *chan_make;
    const char *chan_name;
} FS;

/* Where a value lives, for loading, storing and taking its address. LV_RIDX is a part of an
 * array element in registers whose index is known only at run time (a[i] with a, or the
 * struct holding it, a variable in registers): reg holds the number of the register where the
 * element starts (RIDX computes it, bounds checked), and RLOAD/RSTORE reach it. */
typedef enum LvKind {
    LV_REG,
    LV_MEM,
    LV_SLICE,
    LV_PIDX,
    LV_MAP,
    LV_BLANK,
    LV_GLOBAL,
    LV_RIDX
} LvKind;

typedef struct LV {
    LvKind kind;
    Type *t;     /* the value's type */
    int reg;     /* REG: first register; MEM/PIDX: pointer register; SLICE: slice; MAP: map; RIDX:
                    the register holding the element's register number */
    int off;     /* REG/MEM/RIDX: slot offset */
    int idx;     /* SLICE/PIDX: index register; MAP: key registers */
    int64_t len; /* PIDX: array length */
    int es;      /* SLICE/PIDX: element slots */
    Type *mtype; /* MAP */
    Obj *global; /* GLOBAL */
} LV;

/* ---- emit.c ---- */

/* Reports an error the checker could not see, at pos. */
void cmp_error(FS *fs, Pos pos, const char *fmt, ...);

/* Appends an instruction (recording fs->line in the line table); returns its pc. The _x forms
 * are the extra word of a "+X" instruction. */
int cmp_emit_raw(FS *fs, Instr in);
int cmp_emit(FS *fs, int op, int a, int b, int c);
int cmp_emit_bx(FS *fs, int op, int a, uint32_t bx);
int cmp_emit_sbx(FS *fs, int op, int a, int32_t sbx);
int cmp_emit_x(FS *fs, int a, int b, int c);
int cmp_emit_xbx(FS *fs, int a, uint32_t bx);

/* Jumps: the pc of the next instruction; pointing the jump at pc (or every jump in a list) to
 * target (or to here); an unconditional forward jump to patch later; a backward jump. */
int cmp_here(FS *fs);
void cmp_patch_to(FS *fs, int pc, int target);
void cmp_patch_here(FS *fs, int pc);
void cmp_patch_all(FS *fs, IntVec *jumps, int target);
int cmp_jump(FS *fs);
void cmp_jump_back(FS *fs, int target);

/* n fresh registers above the others; dst itself when dst >= 0, else n fresh registers. */
int cmp_alloc(FS *fs, int n);
int cmp_target(FS *fs, int dst, int n);

/* Locals: temporaries are released down to the live locals; the registers allocated so far
 * become live locals; a local's register(s), or the register of its cell; its initial value
 * (src < 0: the zero value), in a new cell when it escapes. A REPL entry's top-level
 * variables are package variables (Obj.global): no register, the value goes to their cell. */
void cmp_free_temps(FS *fs);
void cmp_commit_locals(FS *fs);
int cmp_declare_var(FS *fs, Obj *o);
void cmp_new_cell(FS *fs, Obj *o, int src);
void cmp_init_var(FS *fs, Obj *o, int src);

/* The constant-pool index of a pointer. */
int cmp_k_ptr(FS *fs, const void *p);

/* Loading constants into registers. */
void cmp_load_int(FS *fs, int dst, int64_t v);
void cmp_load_float(FS *fs, int dst, double d);
void cmp_load_const(FS *fs, Const *v, Type *t, int dst);

/* The type a value of type t has at run time (untyped constants get their default type). */
Type *cmp_final_type(Type *t);

/* Copying n slots, zeroing n slots, and bringing a 64-bit result back to t's width. */
void cmp_move(FS *fs, int dst, int src, int n);
void cmp_zero(FS *fs, int dst, int n);
void cmp_narrow(FS *fs, Type *t, int r);

/* Whether variable o lives in a heap cell; the register holding captured variable o's cell in
 * this function (-1: not captured). */
bool cmp_is_cell(Obj *o);
int cmp_capture_reg(FS *fs, Obj *o);

/* Loads and stores through an lvalue; n slots from registers to memory at p+off; the address
 * of a memory lvalue (-1 for registers); the field at a path of embedded fields of base (of
 * type t), auto-dereferencing pointers. */
void cmp_load_lv(FS *fs, LV *lv, int dst);
void cmp_store_lv(FS *fs, LV *lv, int src);
void cmp_store_mem(FS *fs, int p, int off, int src, int n);
int cmp_lv_addr(FS *fs, LV *lv);
LV cmp_lv_field_path(FS *fs, LV base, Type *t, int *path, int npath);

/* The lvalue of a local variable of this function (not a captured one). */
LV cmp_var_lv(Obj *o);

/* Moves the code, constants and line table of fs into fn. */
void cmp_finish_func(FS *fs, Func *fn);

/* ---- expr.c ---- */

/* Compiles e into dst (dst < 0: wherever is cheapest, possibly a variable's own register,
 * which the caller must not write); returns the register of the value. */
int cmp_expr(FS *fs, Expr *e, int dst);
/* The same, the value converted to type t (an interface: boxed). */
int cmp_expr_to(FS *fs, Expr *e, Type *t, int dst);
/* Converts the value in src (type from) to type to, into dst. */
void cmp_convert_value(FS *fs, Type *from, Type *to, int src, int dst);
/* The value in src (type from) as a value of type to: src itself when no conversion is
 * needed (to NULL or the same type), else new registers. */
int cmp_converted(FS *fs, Type *from, Type *to, int src);
/* Whether f is a blank field (struct{ _ int }): a literal evaluates its value, stores none. */
bool cmp_blank_field(const StructField *f);
/* The lvalue of e (a value in registers when e is not addressable). */
LV cmp_lv_expr(FS *fs, Expr *e);
/* x.(T) into dst; commaok: followed by the ok flag. */
int cmp_assert_expr(FS *fs, Expr *e, int dst, bool commaok);

/* The lvalue of selector sel (a field, or a method's receiver) at the end of its path of
 * embedded fields. */
LV cmp_selector_lv(FS *fs, Expr *sel);
/* Emits the comparison x op y (registers, operands of type t) into dst. */
void cmp_compare(FS *fs, TokKind op, Type *t, int x, int y, int dst);
/* dst = x op y for an arithmetic operator on type t, brought back to t's width. */
void cmp_arith(FS *fs, TokKind op, Type *t, int dst, int x, int y);
/* r = x << y or x >> y (op) for x of type t and a count of type count_type. */
void cmp_shift(FS *fs, TokKind op, Type *t, Type *count_type, int x, int y, int r);

/* ---- call.c ---- */

/* The slots of a signature's parameters, of its results. */
int cmp_params_slots(Type *sig);
int cmp_results_slots(Type *sig);
/* A call's frame: room for the argument slots or the result slots, whichever is more. */
int cmp_alloc_frame(FS *fs, int arg_slots, int result_slots);
/* The one place that emits an interface method call: method name of the interface value at
 * iface_reg, the frame (arguments, then results) at base. */
void cmp_emit_calli(FS *fs, int base, int iface_reg, const char *name);
/* The receiver of method m, as m takes it, from the lvalue lv (the value or its address) to
 * dst; false if m wants an address and lv has none. */
bool cmp_receiver_from(FS *fs, LV *lv, Obj *m, int dst);
/* A call expression: a function or method call, a builtin or a conversion T(x). */
int cmp_call_expr(FS *fs, Expr *e, int dst);
/* go f(args) / defer f(args). */
void cmp_go_defer_stmt(FS *fs, Stmt *s);
/* Before value is compiled into target (a variable, field or element): when value is a
 * make(chan ...), the channel gets target's name ("results", "jobs[i]"), which the tracer
 * and the leak and deadlock reports show (in a std package: the function's name). */
void cmp_name_chan(FS *fs, Expr *target, Expr *value);

/* ---- assign.c ---- */

/* A right side with several values in consecutive registers from reg: a tuple's results, or a
 * comma-ok form's value and ok flag (types[1] NULL: the flag is taken as it is). */
typedef struct Multi {
    int reg;
    Type **types;
} Multi;
Multi cmp_multi_value(FS *fs, Expr *e);
/* Value i of m, converted to type t (NULL: as it is). */
int cmp_multi_at(FS *fs, Multi *m, int i, Type *t);

/* The left side of a tuple assignment, each operand of its n variables evaluated and kept
 * apart from the variables themselves (so that i, a[i] = 1, 2 stores a[old i]). */
LV *cmp_assign_targets(FS *fs, Expr **lhs, int n);

void cmp_var_decl(FS *fs, ValueSpec *vs);
/* =, := and op= */
void cmp_assign_stmt(FS *fs, Stmt *s);
void cmp_incdec_stmt(FS *fs, Stmt *s);

/* ---- large.c ---- */

/* Is a value of type t too large for registers? Then it is built and copied in memory only. */
bool cmp_is_huge(Type *t);
/* Stores e, of the huge type of the memory lvalue dst, into it; fresh: dst is a new variable,
 * zeroed, that e cannot read. */
void cmp_store_huge(FS *fs, LV *dst, Expr *e, bool fresh);
/* A new object of huge type t holding e (a composite literal, or a value in memory): its
 * address into dst (dst < 0: a new register). */
int cmp_new_huge(FS *fs, Expr *e, Type *t, int dst);
/* e, of a huge type, as an interface value into dst: its box is a copy. */
int cmp_huge_to_iface(FS *fs, Expr *e, int dst);

/* ---- stmt.c ---- */

/* The statements of a list, each one's temporaries released after it. */
void cmp_stmt_list(FS *fs, Stmt **list, int n);

/* ---- func.c ---- */

/* Loads the func value of a function without captures into r. */
void cmp_load_func(FS *fs, Func *fn, int r);
/* The Func of a declared function, method or generic instance, made on first reference;
 * compiled by the package's pending work (or bound to a native by the loader). */
Func *cmp_func_ref(Obj *f);
/* Copies the result variables to registers from r (to_vars: from the registers to them). */
void cmp_copy_results(FS *fs, int r, bool to_vars);
/* A function literal: its Func, then its closure (or its self closure without captures). */
int cmp_funclit_expr(FS *fs, Expr *e, int dst);
/* The Func behind method m of recv_t as a value: with sig (the method value's type) a bound
 * method, its receiver captured by value; without, a method expression, its receiver the first
 * parameter, m reached from it through the embedded fields of path. iface: m is an interface
 * method, called through the interface value. */
Func *cmp_method_wrapper(Compiler *C, Obj *m, Type *recv_t, int *path, int npath, bool iface,
                         Type *sig);
/* Fills t's method table (Type.methods) if it has none yet. */
void cmp_ensure_methods(Compiler *C, Type *t);

#endif
