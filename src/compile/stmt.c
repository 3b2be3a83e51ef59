/* stmt.c — statements: the dispatcher and blocks, return, conditions and if, for and range
 * loops, switch and type switch, select, break/continue/goto and labels, send.
 *
 * Registers: a statement's temporaries die after it (cmp_free_temps); the locals declared in
 * a block, or in a statement's init and clauses, die at its end, where `active` is restored.
 *
 * Jumps: a statement that break (or continue) may leave pushes a LoopCtx that collects those
 * jumps; they are patched when its end (and its continue point) are known. Labels and gotos
 * are recorded in the FS and patched at the function's end (func.c). A condition compiles to
 * jumps rather than a boolean (cond_jump); a loop tests its condition at its bottom, with a
 * fused integer compare-and-branch when the jump back fits in 16 bits.
 *
 * Go 1.22: every iteration of a loop has its own loop variables: one that a closure captures
 * gets a fresh cell per iteration.
 */
#include "internal.h"

static void block(FS *fs, Block *b);
static void cmp_stmt(FS *fs, Stmt *s);

void cmp_stmt_list(FS *fs, Stmt **list, int n) {
    for (int i = 0; i < n; i++) {
        cmp_stmt(fs, list[i]);
        cmp_free_temps(fs);
    }
}

/* Opens the scope of a statement with an init statement (if, for, switch): runs init and
 * returns the `active` to restore at the statement's end. */
static int open_scope(FS *fs, Stmt *init) {
    int save_active = fs->active;
    if (init) {
        cmp_stmt(fs, init);
        cmp_free_temps(fs);
    }
    return save_active;
}

/* The locals declared since `active` die. */
static void close_scope(FS *fs, int active) {
    fs->active = active;
    fs->free = active;
}

/* ---- conditions ---- */

/* Emits jumps taken when e evaluates to `when`; falls through otherwise. */
static void cond_jump(FS *fs, Expr *e, bool when, IntVec *jumps) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    if (e->mode == MODE_CONST && e->val && e->val->kind == CONST_BOOL) {
        if (e->val->b == when) {
            vec_push(jumps, cmp_jump(fs));
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
            cmp_patch_all(fs, &skip, cmp_here(fs));
        } else {
            cond_jump(fs, e->binary.x, when, jumps);
            cond_jump(fs, e->binary.y, when, jumps);
        }
        return;
    }
    int save = fs->free;
    int r = cmp_expr(fs, e, -1);
    vec_push(jumps, cmp_emit_sbx(fs, when ? OP_JT : OP_JF, r, 0));
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
        Type *xt = cmp_final_type(c->binary.x->type);
        Type *yt = cmp_final_type(c->binary.y->type);
        bool ints =
            xt == yt && type_is_integer(xt->underlying) && !type_is_unsigned(xt->underlying);
        if (ints && (op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ || op == T_EQL ||
                     op == T_NEQ)) {
            int save = fs->free;
            int rx = cmp_expr(fs, c->binary.x, -1);
            int ry = cmp_expr(fs, c->binary.y, -1);
            int off = target_pc - (cmp_here(fs) + 1);
            fs->free = save;
            if (off >= -32768) {
                int o = op == T_LSS   ? OP_JLT
                        : op == T_LEQ ? OP_JLE
                        : op == T_GTR ? OP_JGT
                        : op == T_GEQ ? OP_JGE
                        : op == T_EQL ? OP_JEQ
                                      : OP_JNE;
                cmp_emit(fs, o, rx, ry, (uint16_t)(int16_t)off);
                return;
            }
        }
    }
    IntVec j = {0};
    cond_jump(fs, e, true, &j);
    cmp_patch_all(fs, &j, target_pc);
}

static void if_stmt(FS *fs, Stmt *s) {
    int save_active = open_scope(fs, s->if_.init);
    IntVec jelse = {0};
    cond_jump(fs, s->if_.cond, false, &jelse);
    cmp_free_temps(fs);
    block(fs, s->if_.then);
    if (s->if_.els) {
        int jend = cmp_jump(fs);
        cmp_patch_all(fs, &jelse, cmp_here(fs));
        cmp_stmt(fs, s->if_.els);
        cmp_patch_here(fs, jend);
    } else {
        cmp_patch_all(fs, &jelse, cmp_here(fs));
    }
    close_scope(fs, save_active);
}

/* ---- return ---- */

/* The values of `return e1, e2` (or of `return f()`) in a fresh block of registers. */
static int return_values(FS *fs, Stmt *s) {
    Type *sig = fs->fi->sig;
    int n = s->ret.n;
    int rslots = cmp_results_slots(sig);
    if (n == 1 && sig->nresults > 1) {
        /* return f() with several results */
        Expr *e = s->ret.results[0];
        int src = cmp_expr(fs, e, -1);
        int r = cmp_alloc(fs, rslots);
        int off = 0;
        for (int i = 0; i < sig->nresults; i++) {
            cmp_convert_value(fs, e->type->params[i], sig->results[i], src, r + off);
            src += e->type->params[i]->slots;
            off += sig->results[i]->slots;
        }
        return r;
    }
    if (n == 1 && !fs->has_defer && !fs->fi->named_results) {
        return cmp_expr_to(fs, s->ret.results[0], sig->results[0], -1);
    }
    int r = cmp_alloc(fs, rslots);
    int off = 0;
    for (int i = 0; i < n; i++) {
        cmp_expr_to(fs, s->ret.results[i], sig->results[i], r + off);
        off += sig->results[i]->slots;
    }
    return r;
}

/* With defer, a return stores its values in the result variables, runs the deferred calls
 * (they may read or change the results; a traceback shows them called from the return), and
 * jumps to the epilogue, which returns. */
static void return_through_epilogue(FS *fs) {
    cmp_emit(fs, OP_RUNDEFERS, 0, 0, 0);
    vec_push(&fs->ret_jumps, cmp_jump(fs));
}

static void return_stmt(FS *fs, Stmt *s) {
    FuncInfo *fi = fs->fi;
    int rslots = cmp_results_slots(fi->sig);
    if (s->ret.n == 0) {
        if (fs->has_defer) {
            return_through_epilogue(fs);
        } else if (fi->named_results) {
            /* gather the named results */
            int r = cmp_alloc(fs, rslots);
            cmp_copy_results(fs, r, false);
            cmp_emit(fs, OP_RET, r, rslots, 0);
        } else {
            cmp_emit(fs, OP_RET, 0, 0, 0);
        }
        return;
    }
    int r = return_values(fs, s);
    if (fi->named_results || fs->has_defer) {
        cmp_copy_results(fs, r, true);
        if (fs->has_defer) {
            return_through_epilogue(fs);
            return;
        }
    }
    cmp_emit(fs, OP_RET, r, rslots, 0);
}

/* ---- for ---- */

static void push_loop(FS *fs, LoopCtx *lc, Stmt *s, bool is_loop) {
    memset(lc, 0, sizeof *lc);
    lc->stmt = s;
    lc->is_loop = is_loop;
    lc->up = fs->loop;
    fs->loop = lc;
}

static void pop_loop(FS *fs, int break_pc, int continue_pc) {
    LoopCtx *lc = fs->loop;
    cmp_patch_all(fs, &lc->breaks, break_pc);
    cmp_patch_all(fs, &lc->continues, continue_pc);
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
        if (o && o->kind == OBJ_VAR && cmp_is_cell(o) && o->escapes &&
            o->name != intern_cstr("_")) {
            int n = o->type->slots;
            int tmp = cmp_alloc(fs, n > 0 ? n : 1);
            LV lv = cmp_var_lv(o);
            cmp_load_lv(fs, &lv, tmp);
            cmp_new_cell(fs, o, tmp);
        }
    }
}

static void for_stmt(FS *fs, Stmt *s) {
    int save_active = open_scope(fs, s->for_.init);
    LoopCtx lc;
    push_loop(fs, &lc, s, true);
    int jcond = s->for_.cond ? cmp_jump(fs) : -1;
    int body = cmp_here(fs);
    block(fs, s->for_.body);
    cmp_free_temps(fs);
    int cont = cmp_here(fs);
    fresh_loop_cells(fs, s->for_.init);
    if (s->for_.post) {
        cmp_stmt(fs, s->for_.post);
        cmp_free_temps(fs);
    }
    if (s->for_.cond) {
        cmp_patch_here(fs, jcond);
        loop_cond(fs, s->for_.cond, body);
        cmp_free_temps(fs);
    } else {
        cmp_jump_back(fs, body);
    }
    pop_loop(fs, cmp_here(fs), cont);
    close_scope(fs, save_active);
}

/* ---- range ---- */

/* Stores an iteration's key (at ksrc, of type kt) and value (at vsrc, of type vt; vsrc < 0:
 * none) into the loop's variables: declared by the loop (:=), or assigned (=) as a tuple
 * assignment is, every operand of the variables evaluated before either is assigned. */
static void range_vars_store(FS *fs, Stmt *s, int ksrc, Type *kt, int vsrc, Type *vt) {
    Expr *vars[2] = {s->range.key, vsrc >= 0 ? s->range.value : NULL};
    int srcs[2] = {ksrc, vsrc};
    Type *types[2] = {kt, vt};
    int n = vars[1] ? 2 : vars[0] ? 1 : 0;
    if (s->range.tok == T_DEFINE) {
        for (int i = 0; i < n; i++) {
            Obj *o = vars[i]->ident.obj;
            if (o && vars[i]->ident.name != intern_cstr("_")) {
                cmp_init_var(fs, o, srcs[i]);
            }
        }
        return;
    }
    LV *lvs = cmp_assign_targets(fs, vars, n);
    for (int i = 0; i < n; i++) {
        if (lvs[i].kind != LV_BLANK) {
            cmp_store_lv(fs, &lvs[i], cmp_converted(fs, types[i], vars[i]->type, srcs[i]));
        }
    }
}

/* The top of a range loop: its variables declared (:=), the registers so far made live, the
 * loop context pushed. */
static void range_begin(FS *fs, Stmt *s, LoopCtx *lc) {
    if (s->range.tok == T_DEFINE) {
        Expr *vars[2] = {s->range.key, s->range.value};
        for (int i = 0; i < 2; i++) {
            if (vars[i] && vars[i]->ident.name != intern_cstr("_") && vars[i]->ident.obj) {
                cmp_declare_var(fs, vars[i]->ident.obj);
            }
        }
    }
    cmp_commit_locals(fs);
    push_loop(fs, lc, s, true);
}

static void range_body(FS *fs, Stmt *s) {
    cmp_free_temps(fs);
    block(fs, s->range.body);
    cmp_free_temps(fs);
}

/* The bottom of a counted loop, where the top jumped (jcond): back to body while i < n; then
 * break and continue (cont) are patched. */
static void counted_loop_end(FS *fs, Stmt *s, int jcond, int body, int i, int n, int cont) {
    cmp_patch_here(fs, jcond);
    int off = body - (cmp_here(fs) + 1);
    cmp_emit(fs, OP_JLT, i, n, (uint16_t)(int16_t)(off >= -32768 ? off : 0));
    if (off < -32768) {
        cmp_error(fs, s->pos, "loop body too large");
    }
    pop_loop(fs, cmp_here(fs), cont);
}

/* for i := range n */
static void range_int(FS *fs, Stmt *s) {
    Expr *x = s->range.x;
    int n = cmp_alloc(fs, 1);
    cmp_expr(fs, x, n);
    int i = cmp_alloc(fs, 1);
    cmp_load_int(fs, i, 0);
    LoopCtx lc;
    range_begin(fs, s, &lc);
    int jcond = cmp_jump(fs);
    int body = cmp_here(fs);
    range_vars_store(fs, s, i, cmp_final_type(x->type), -1, NULL);
    range_body(fs, s);
    int cont = cmp_here(fs);
    cmp_emit(fs, OP_ADDI, i, i, 1);
    counted_loop_end(fs, s, jcond, body, i, n, cont);
}

/* What an indexed range loop walks: a slice or string at sl, or an array in memory at base
 * (alen elements); its length register and its element type. */
typedef struct Indexed {
    int sl, base, len;
    int64_t alen;
    Type *et;
} Indexed;

/* Does the loop have an iteration value that is not blank? Only then are an array's elements
 * read (for i, _ := range p, p a nil *[N]T, does not dereference p). */
static bool range_reads_values(Stmt *s) {
    Expr *v = s->range.value;
    return v && !(v->kind == E_IDENT && v->ident.name == intern_cstr("_"));
}

static Indexed range_source(FS *fs, Stmt *s, Type *xu) {
    Expr *x = s->range.x;
    int kind = s->range.range_kind;
    bool values = range_reads_values(s);
    Indexed src = {-1, -1, -1, 0, NULL};
    if (kind == RANGE_SLICE || kind == RANGE_STRING) {
        src.sl = cmp_alloc(fs, kind == RANGE_STRING ? 2 : 3);
        cmp_expr(fs, x, src.sl);
        src.len = src.sl + 1;
        src.et = kind == RANGE_STRING ? t_int32 : xu->elem;
        return src;
    }
    if (kind == RANGE_ARRAY_PTR) {
        src.alen = xu->elem->underlying->len;
        src.base = cmp_alloc(fs, 1);
        cmp_expr(fs, x, src.base);
        src.len = cmp_alloc(fs, 1);
        cmp_load_int(fs, src.len, src.alen);
        src.et = xu->elem->underlying->elem;
        if (values) {
            cmp_emit(fs, OP_NILCHK, src.base, 0, 0);
        }
        return src;
    }
    /* range over an array value: a copy is ranged over; with only the index, the array is
     * evaluated only when its length is not a constant (it holds a call or a receive) */
    src.alen = xu->len;
    src.et = xu->elem;
    src.len = cmp_alloc(fs, 1);
    cmp_load_int(fs, src.len, xu->len);
    if (!values && chk_has_call_or_recv(x)) {
        cmp_expr(fs, x, -1);
    }
    if (values) {
        int slots = x->type->slots;
        int v = cmp_expr(fs, x, -1);
        src.base = cmp_alloc(fs, 1);
        cmp_emit(fs, OP_NEWCELL, src.base, slots > 0 ? slots : 1, 0);
        if (slots > 0) {
            cmp_emit(fs, OP_STOREN, src.base, 0, v);
            cmp_emit_x(fs, slots, 0, 0);
        }
    }
    return src;
}

/* Element i of src in new registers (not for strings). */
static int range_element(FS *fs, Indexed *src, int i) {
    int es = src->et->slots;
    int v = cmp_alloc(fs, es > 0 ? es : 1);
    if (src->sl < 0) {
        LV lv = {LV_PIDX, src->et, src->base, 0, i, src->alen, es, NULL, NULL};
        cmp_load_lv(fs, &lv, v);
    } else if (es == 1) {
        cmp_emit(fs, OP_SGET, v, src->sl, i);
    } else if (es > 0) {
        cmp_emit(fs, OP_SGETN, v, src->sl, i);
        cmp_emit_x(fs, 0, es, 0);
    }
    return v;
}

/* for i, v := range over a slice, an array, a pointer to an array or a string (by rune). */
static void range_indexed(FS *fs, Stmt *s, Type *xu) {
    bool is_str = s->range.range_kind == RANGE_STRING;
    Indexed src = range_source(fs, s, xu);
    int i = cmp_alloc(fs, 1);
    cmp_load_int(fs, i, 0);
    int next = is_str ? cmp_alloc(fs, 2) : -1; /* rune, next index */
    LoopCtx lc;
    range_begin(fs, s, &lc);
    int jcond = cmp_jump(fs);
    int body = cmp_here(fs);
    if (is_str) {
        cmp_emit(fs, OP_RUNEAT, next, src.sl, i);
    }
    int v = -1;
    if (is_str ? s->range.value != NULL : range_reads_values(s)) {
        v = is_str ? next : range_element(fs, &src, i);
    }
    range_vars_store(fs, s, i, t_int, v, src.et);
    range_body(fs, s);
    int cont = cmp_here(fs);
    if (is_str) {
        cmp_move(fs, i, next + 1, 1);
    } else {
        cmp_emit(fs, OP_ADDI, i, i, 1);
    }
    counted_loop_end(fs, s, jcond, body, i, src.len, cont);
}

static void range_map(FS *fs, Stmt *s, Type *xu) {
    int m = cmp_expr(fs, s->range.x, -1);
    int it = cmp_alloc(fs, 1);
    cmp_emit(fs, OP_MAPITER, it, m, 0);
    int kslots = xu->key->slots, vslots = xu->elem->slots;
    int kr = cmp_alloc(fs, kslots), vr = cmp_alloc(fs, vslots > 0 ? vslots : 1);
    LoopCtx lc;
    range_begin(fs, s, &lc);
    int top = cmp_here(fs);
    cmp_emit(fs, OP_MAPNEXT, it, kr, vr);
    int xpc = cmp_emit_sbx(fs, OP_NOP, (s->range.key ? 1 : 0) | (s->range.value ? 2 : 0), 0);
    range_vars_store(fs, s, kr, xu->key, vr, xu->elem);
    range_body(fs, s);
    cmp_jump_back(fs, top);
    cmp_patch_here(fs, xpc);
    pop_loop(fs, cmp_here(fs), top);
}

static void range_chan(FS *fs, Stmt *s, Type *xu) {
    int ch = cmp_alloc(fs, 1);
    cmp_expr(fs, s->range.x, ch);
    Type *et = xu->elem;
    int v = cmp_alloc(fs, et->slots + 1);
    LoopCtx lc;
    range_begin(fs, s, &lc);
    int top = cmp_here(fs);
    cmp_emit(fs, OP_RECV, v, ch, 1);
    int jend = cmp_emit_sbx(fs, OP_JF, v + et->slots, 0);
    range_vars_store(fs, s, v, et, -1, NULL);
    range_body(fs, s);
    cmp_jump_back(fs, top);
    cmp_patch_here(fs, jend);
    pop_loop(fs, cmp_here(fs), top);
}

static void range_stmt(FS *fs, Stmt *s) {
    int save_active = fs->active;
    Expr *x = s->range.x;
    Type *xu = x->type->underlying ? x->type->underlying : x->type;
    switch (s->range.range_kind) {
    case RANGE_INT: range_int(fs, s); break;
    case RANGE_SLICE:
    case RANGE_ARRAY:
    case RANGE_ARRAY_PTR:
    case RANGE_STRING: range_indexed(fs, s, xu); break;
    case RANGE_MAP: range_map(fs, s, xu); break;
    case RANGE_CHAN: range_chan(fs, s, xu); break;
    default: cmp_error(fs, s->pos, "range over this type is not supported yet"); break;
    }
    close_scope(fs, save_active);
}

/* ---- switch, type switch, select ---- */

/* The end of a switch or select: the clauses' jumps out (ends) and the breaks land here. */
static void end_switch(FS *fs, IntVec *ends, int save_active) {
    cmp_patch_all(fs, ends, cmp_here(fs));
    pop_loop(fs, cmp_here(fs), 0);
    close_scope(fs, save_active);
}

/* Equality of a switch tag with a case value. */
static void case_compare(FS *fs, Expr *tag, int rt, Expr *v, int dst) {
    Type *tt = cmp_final_type(tag->type);
    Type *vt = cmp_final_type(v->type);
    bool ti = tt->underlying->kind == KIND_INTERFACE, vi = vt->underlying->kind == KIND_INTERFACE;
    int rv;
    if (ti && !vi) {
        rv = cmp_expr_to(fs, v, tt, -1);
        cmp_compare(fs, T_EQL, tt, rt, rv, dst);
    } else if (vi && !ti) {
        int conv = cmp_alloc(fs, 2);
        cmp_convert_value(fs, tt, vt, rt, conv);
        rv = cmp_expr(fs, v, -1);
        cmp_compare(fs, T_EQL, vt, conv, rv, dst);
    } else {
        rv = cmp_expr(fs, v, -1);
        cmp_compare(fs, T_EQL, tt, rt, rv, dst);
    }
}

/* The tests of a switch, in order: each case value jumps to its clause (case_jumps[i]). */
static void switch_tests(FS *fs, Stmt *s, int rt, IntVec *case_jumps) {
    Expr *tag = s->switch_.tag;
    for (int i = 0; i < s->switch_.n; i++) {
        CaseClause *cc = s->switch_.clauses[i];
        for (int k = 0; !cc->is_default && k < cc->n; k++) {
            Expr *v = cc->list[k];
            fs->line = v->pos.line;
            if (tag) {
                int c = cmp_alloc(fs, 1);
                case_compare(fs, tag, rt, v, c);
                vec_push(&case_jumps[i], cmp_emit_sbx(fs, OP_JT, c, 0));
            } else if (cmp_final_type(v->type)->underlying->kind == KIND_INTERFACE) {
                /* without a tag, case v means v == true */
                Expr true_tag = {.type = t_bool};
                int t = cmp_alloc(fs, 1), c = cmp_alloc(fs, 1);
                cmp_load_int(fs, t, 1);
                case_compare(fs, &true_tag, t, v, c);
                vec_push(&case_jumps[i], cmp_emit_sbx(fs, OP_JT, c, 0));
            } else {
                cond_jump(fs, v, true, &case_jumps[i]);
            }
            cmp_free_temps(fs);
        }
    }
}

static void switch_stmt(FS *fs, Stmt *s) {
    int save_active = open_scope(fs, s->switch_.init);
    Expr *tag = s->switch_.tag;
    int rt = -1;
    if (tag) {
        Type *t = cmp_final_type(tag->type);
        rt = cmp_alloc(fs, t->slots > 0 ? t->slots : 1);
        cmp_expr(fs, tag, rt);
        cmp_commit_locals(fs);
    }
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    int n = s->switch_.n;
    IntVec *case_jumps = NEW_ARRAY(IntVec, n + 1);
    switch_tests(fs, s, rt, case_jumps);
    int jdefault = cmp_jump(fs);
    bool has_default = false;
    IntVec ends = {0};
    int fall_jump = -1; /* the previous clause's fallthrough */
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->switch_.clauses[i];
        cmp_patch_all(fs, &case_jumps[i], cmp_here(fs));
        if (cc->is_default) {
            has_default = true;
            cmp_patch_here(fs, jdefault);
        }
        if (fall_jump >= 0) {
            cmp_patch_here(fs, fall_jump);
        }
        int save = fs->active;
        bool falls = cc->nbody > 0 && cc->body[cc->nbody - 1]->kind == S_BRANCH &&
                     cc->body[cc->nbody - 1]->branch.tok == T_FALLTHROUGH;
        cmp_stmt_list(fs, cc->body, falls ? cc->nbody - 1 : cc->nbody);
        close_scope(fs, save);
        fall_jump = -1;
        if (falls) {
            fall_jump = cmp_jump(fs);
        } else {
            vec_push(&ends, cmp_jump(fs));
        }
    }
    if (!has_default) {
        cmp_patch_here(fs, jdefault);
    }
    end_switch(fs, &ends, save_active);
}

/* c = whether the interface value at rx holds a type of case te. */
static void type_test(FS *fs, Expr *te, int rx, int c) {
    if (te->type == t_untyped_nil) {
        cmp_emit(fs, OP_TYPEIS, c, rx, 1);
        cmp_emit_xbx(fs, 0, 0);
    } else if (te->type->underlying->kind == KIND_INTERFACE) {
        cmp_emit(fs, OP_IMPLS, c, rx, 0);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, te->type));
    } else {
        cmp_ensure_methods(fs->C, te->type);
        cmp_emit(fs, OP_TYPEIS, c, rx, 0);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, te->type));
    }
}

/* The clause's variable of `switch v := x.(type)`: x itself, or its dynamic value. */
static void bind_type_case_var(FS *fs, Obj *v, int rx) {
    cmp_declare_var(fs, v);
    Type *vt = v->type;
    if (vt->underlying->kind == KIND_INTERFACE) {
        cmp_init_var(fs, v, rx);
    } else {
        int tmp = cmp_alloc(fs, vt->slots > 0 ? vt->slots : 1);
        cmp_emit(fs, OP_ASSERT, tmp, rx, 0);
        cmp_emit_xbx(fs, 0, (uint32_t)cmp_k_ptr(fs, vt));
        cmp_init_var(fs, v, tmp);
    }
    cmp_commit_locals(fs);
}

static void typeswitch_stmt(FS *fs, Stmt *s) {
    int save_active = open_scope(fs, s->typeswitch.init);
    int rx = cmp_alloc(fs, 2);
    cmp_expr(fs, s->typeswitch.x, rx);
    cmp_commit_locals(fs);
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    int n = s->typeswitch.n;
    IntVec *case_jumps = NEW_ARRAY(IntVec, n + 1);
    bool has_default = false;
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->typeswitch.clauses[i];
        for (int k = 0; !cc->is_default && k < cc->n; k++) {
            int c = cmp_alloc(fs, 1);
            type_test(fs, cc->list[k], rx, c);
            vec_push(&case_jumps[i], cmp_emit_sbx(fs, OP_JT, c, 0));
            cmp_free_temps(fs);
        }
    }
    int jdefault = cmp_jump(fs);
    IntVec ends = {0};
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->typeswitch.clauses[i];
        cmp_patch_all(fs, &case_jumps[i], cmp_here(fs));
        if (cc->is_default) {
            has_default = true;
            cmp_patch_here(fs, jdefault);
        }
        int save = fs->active;
        if (cc->implicit && cc->implicit->used) {
            bind_type_case_var(fs, cc->implicit, rx);
        }
        cmp_stmt_list(fs, cc->body, cc->nbody);
        close_scope(fs, save);
        vec_push(&ends, cmp_jump(fs));
    }
    if (!has_default) {
        cmp_patch_here(fs, jdefault);
    }
    end_switch(fs, &ends, save_active);
}

/* A select case's channel and send value evaluated into sc's registers, and registers for a
 * received value (and ok). */
static void select_case(FS *fs, Stmt *cs, SelectSiteCase *sc) {
    if (cs->kind == S_SEND) {
        Type *ct = cs->send.ch->type->underlying;
        sc->dir = 1;
        sc->chan_reg = cmp_alloc(fs, 1);
        cmp_expr(fs, cs->send.ch, sc->chan_reg);
        int es = ct->elem->slots;
        sc->val_reg = cmp_alloc(fs, es > 0 ? es : 1);
        cmp_expr_to(fs, cs->send.value, ct->elem, sc->val_reg);
        sc->ok_reg = -1;
        return;
    }
    Expr *rx = cs->kind == S_EXPR ? cs->expr.x : cs->assign.rhs[0];
    while (rx->kind == E_PAREN) {
        rx = rx->paren.x;
    }
    Expr *ch = rx->unary.x;
    Type *ct = ch->type->underlying;
    sc->dir = 2;
    sc->chan_reg = cmp_alloc(fs, 1);
    cmp_expr(fs, ch, sc->chan_reg);
    int es = ct->elem->slots;
    sc->val_reg = cmp_alloc(fs, es > 0 ? es : 1);
    sc->ok_reg = (cs->kind == S_ASSIGN && cs->assign.nlhs == 2) ? cmp_alloc(fs, 1) : -1;
}

/* v := <-ch, v, ok = <-ch ...: the clause's variables set from the received value and ok. */
static void select_recv_vars(FS *fs, Stmt *cs, int val_reg, int ok_reg) {
    Expr *rx = cs->assign.rhs[0];
    while (rx->kind == E_PAREN) {
        rx = rx->paren.x;
    }
    int srcs[2] = {val_reg, ok_reg};
    Type *types[2] = {rx->type, t_bool};
    for (int k = 0; k < cs->assign.nlhs; k++) {
        Expr *l = cs->assign.lhs[k];
        if (l->kind == E_IDENT && l->ident.name == intern_cstr("_")) {
            continue;
        }
        if (cs->assign.tok == T_DEFINE && cs->assign.is_new && cs->assign.is_new[k]) {
            Obj *o = l->ident.obj;
            cmp_declare_var(fs, o);
            cmp_init_var(fs, o, cmp_converted(fs, types[k], o->type, srcs[k]));
            cmp_commit_locals(fs);
        } else {
            LV lv = cmp_lv_expr(fs, l);
            cmp_store_lv(fs, &lv, cmp_converted(fs, types[k], l->type, srcs[k]));
            cmp_free_temps(fs);
        }
    }
}

/* select with one case and no default: just the operation (so that a nil channel waits as
 * "chan send (nil chan)"). */
static void select_one(FS *fs, Stmt *s) {
    int save_active = fs->active;
    CaseClause *cc = s->select.clauses[0];
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    cmp_stmt(fs, cc->comm);
    cmp_free_temps(fs);
    cmp_stmt_list(fs, cc->body, cc->nbody);
    pop_loop(fs, cmp_here(fs), 0);
    close_scope(fs, save_active);
}

/* select: the channels and send values are evaluated in source order, SELECT picks a case
 * (its index, or -1 for default), then a chain of tests jumps to the chosen clause. A receive
 * case's value (and ok) land in temporaries, from which the clause's variables are set. */
static void select_stmt(FS *fs, Stmt *s) {
    int n = s->select.n;
    if (n == 1 && !s->select.clauses[0]->is_default) {
        select_one(fs, s);
        return;
    }
    int save_active = fs->active;
    SelectSite *site = GC_MALLOC(sizeof(SelectSite) + sizeof(SelectSiteCase) * (size_t)(n + 1));
    int *case_of_clause = NEW_ARRAY(int, n + 1);
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->select.clauses[i];
        case_of_clause[i] = -1;
        if (cc->is_default) {
            site->has_default = true;
            continue;
        }
        fs->line = cc->comm->pos.line;
        select_case(fs, cc->comm, &site->cases[site->n]);
        case_of_clause[i] = site->n++;
    }
    cmp_commit_locals(fs);
    int idx = cmp_alloc(fs, 1);
    fs->line = s->pos.line;
    cmp_emit_bx(fs, OP_SELECT, idx, (uint32_t)cmp_k_ptr(fs, site));
    cmp_commit_locals(fs);
    LoopCtx lc;
    push_loop(fs, &lc, s, false);
    int *jumps = NEW_ARRAY(int, n + 1);
    int kreg = cmp_alloc(fs, 1), t = cmp_alloc(fs, 1);
    for (int i = 0; i < n; i++) {
        cmp_load_int(fs, kreg, case_of_clause[i]);
        cmp_emit(fs, OP_EQ, t, idx, kreg);
        jumps[i] = cmp_emit_sbx(fs, OP_JT, t, 0);
    }
    IntVec ends = {0};
    vec_push(&ends, cmp_jump(fs));
    for (int i = 0; i < n; i++) {
        CaseClause *cc = s->select.clauses[i];
        cmp_patch_here(fs, jumps[i]);
        int save = fs->active;
        if (cc->comm && cc->comm->kind == S_ASSIGN) {
            SelectSiteCase *sc = &site->cases[case_of_clause[i]];
            select_recv_vars(fs, cc->comm, sc->val_reg, sc->ok_reg);
        }
        cmp_stmt_list(fs, cc->body, cc->nbody);
        close_scope(fs, save);
        vec_push(&ends, cmp_jump(fs));
    }
    end_switch(fs, &ends, save_active);
}

/* ---- branches ---- */

static void branch_stmt(FS *fs, Stmt *s) {
    TokKind tok = s->branch.tok;
    if (tok == T_GOTO) {
        LabelPos g = {s->branch.label->ident.name, NULL, cmp_jump(fs)};
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
                vec_push(&lc->breaks, cmp_jump(fs));
            } else {
                vec_push(&lc->continues, cmp_jump(fs));
            }
            return;
        }
    }
    cmp_error(fs, s->pos, "internal: branch target not found");
}

/* ---- the dispatcher ---- */

static void decl_stmt(FS *fs, Stmt *s) {
    Decl *d = s->decl.decl;
    if (d->kind == D_VAR) {
        for (int i = 0; i < d->value.n; i++) {
            cmp_var_decl(fs, d->value.specs[i]);
        }
    }
}

static void send_stmt(FS *fs, Stmt *s) {
    Type *ct = s->send.ch->type->underlying;
    int ch = cmp_expr(fs, s->send.ch, -1);
    int v = cmp_expr_to(fs, s->send.value, ct->elem, -1);
    cmp_emit(fs, OP_SEND, ch, v, 0);
}

static void cmp_stmt(FS *fs, Stmt *s) {
    if (s->pos.line) {
        fs->line = s->pos.line;
    }
    switch (s->kind) {
    case S_BAD:
    case S_EMPTY: break;
    case S_DECL: decl_stmt(fs, s); break;
    case S_LABELED: {
        LabelPos lp = {s->labeled.label->ident.name, s->labeled.stmt, cmp_here(fs)};
        vec_push(&fs->labels, lp);
        cmp_stmt(fs, s->labeled.stmt);
        break;
    }
    case S_EXPR: cmp_expr(fs, s->expr.x, -1); break;
    case S_INCDEC: cmp_incdec_stmt(fs, s); break;
    case S_ASSIGN: cmp_assign_stmt(fs, s); break;
    case S_GO:
    case S_DEFER: cmp_go_defer_stmt(fs, s); break;
    case S_SEND: send_stmt(fs, s); break;
    case S_SELECT: select_stmt(fs, s); break;
    case S_RETURN: return_stmt(fs, s); break;
    case S_BRANCH: branch_stmt(fs, s); break;
    case S_BLOCK: block(fs, s->block.block); break;
    case S_IF: if_stmt(fs, s); break;
    case S_SWITCH: switch_stmt(fs, s); break;
    case S_TYPESWITCH: typeswitch_stmt(fs, s); break;
    case S_FOR: for_stmt(fs, s); break;
    case S_RANGE: range_stmt(fs, s); break;
    }
    cmp_free_temps(fs);
}

static void block(FS *fs, Block *b) {
    int save = fs->active;
    cmp_stmt_list(fs, b->stmts, b->n);
    close_scope(fs, save);
}
