/* func.c — functions: bodies (prologue, statements, epilogue), closures, method wrappers and
 * the method tables of dynamic types, and packages: the init function, compiling what is
 * pending, the module's entry points (compile.h).
 *
 * A declared function's Func is made on first reference (cmp_func_ref) and compiled once, by
 * compile_pending, which also checks and compiles the generic instances that compiling queued
 * until none are left. A function literal is compiled where it appears.
 *
 * Frame of a function: R[0..) the receiver then the parameters, flattened; then one register
 * per captured variable (its cell, from the closure's upvalues); then the cells of escaping
 * parameters; then the result variables when results are named or the function defers.
 * A function that defers has one epilogue (RUNDEFERS; RET of the result variables): every
 * return stores its values into the result variables, runs the deferred calls itself (so that
 * they are called from the return's line) and jumps there, and a recovered panic resumes
 * there (Func.recover_pc).
 *
 * A type converted to an interface gets its method table (Type.methods) before the conversion
 * runs: every method of its method set, sorted by name, with a wrapper where the method is
 * promoted through embedded fields or comes from an embedded interface.
 */
#include "internal.h"

#include <stdlib.h>

/* ---- func values ---- */

/* The func value of a function without captures (made once). */
static Closure *self_closure(Func *fn) {
    if (!fn->self) {
        Closure *cl = GC_MALLOC(sizeof(Closure));
        cl->fn = fn;
        cl->nup = 0;
        fn->self = cl;
    }
    return fn->self;
}

void cmp_load_func(FS *fs, Func *fn, int r) {
    cmp_emit_bx(fs, OP_LOADK, r, (uint32_t)cmp_k_ptr(fs, self_closure(fn)));
}

/* The lazy functions referenced (made a Func) and not compiled yet: compile_lazy's. */
static ObjVec lazy_refs;

Func *cmp_func_ref(Obj *f) {
    if (!f->compiled) {
        Func *fn = NEW(Func);
        fn->name = chk_func_name(f);
        f->compiled = fn;
        if (f->lazy) {
            vec_push(&lazy_refs, f);
        }
    }
    return f->compiled;
}

Func *cmp_func_of(Obj *fn) {
    return fn->compiled;
}

/* ---- function bodies ---- */

static const char *func_display_name(FuncInfo *fi) {
    if (fi->name) {
        return fi->name;
    }
    if (fi->obj) {
        return chk_func_name(fi->obj);
    }
    return "main.func";
}

/* An escaping parameter moves into a cell of its own. */
static void param_to_cell(FS *fs, Obj *o) {
    if (!cmp_is_cell(o) || o->name == intern_cstr("_")) {
        return;
    }
    int src = o->reg;
    o->reg = cmp_alloc(fs, 1);
    cmp_new_cell(fs, o, src);
}

/* Go's size in bytes of the values of n objects, saturating at INT64_MAX. */
static int64_t objs_go_size(Obj **objs, int n) {
    int64_t size = 0;
    for (int i = 0; i < n; i++) {
        if (__builtin_add_overflow(size, rt_go_size(objs[i]->type), &size)) {
            return INT64_MAX;
        }
    }
    return size;
}

/* Go's limit on a function's arguments and results (its locals that large go to the heap):
 * past 1 GB, "stack frame too large". Returns false when it was reported. */
static bool frame_size_ok(FS *fs, FuncInfo *fi) {
    int64_t args = objs_go_size(&fi->recv, fi->recv ? 1 : 0);
    int64_t params = objs_go_size(fi->params, fi->nparams);
    int64_t results = objs_go_size(fi->results, fi->nresults);
    int64_t total;
    if (__builtin_add_overflow(args, params, &args) ||
        __builtin_add_overflow(args, results, &total)) {
        args = total = INT64_MAX;
    }
    if (total < ((int64_t)1 << 30)) {
        return true;
    }
    Pos pos = fi->obj ? fi->obj->pos : fi->lit ? fi->lit->pos : pos_make(fs->line, 1);
    cmp_error(fs, pos, "stack frame too large (>1GB): 0 MB locals + %lld MB args",
              (long long)(args >> 20));
    return false;
}

/* The frame's fixed part: parameters, captured cells, escaping parameters' cells, result
 * variables (see the comment atop this file). */
static void func_prologue(FS *fs, FuncInfo *fi, Func *fn) {
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
    fn->result_slots = cmp_results_slots(fi->sig);
    fs->free = fs->active = fs->maxreg = reg;
    fs->has_defer = fi->has_defer;
    fn->has_defer = fi->has_defer;
    fn->nup = fi->captures.len;
    fs->caps = fi->captures;
    fs->cap_regs = NEW_ARRAY(int, fi->captures.len + 1);
    for (int i = 0; i < fi->captures.len; i++) {
        int r = cmp_alloc(fs, 1);
        fs->cap_regs[i] = r;
        cmp_emit(fs, OP_GETUP, r, i, 0);
    }
    if (fi->recv) {
        param_to_cell(fs, fi->recv);
    }
    for (int i = 0; i < fi->nparams; i++) {
        param_to_cell(fs, fi->params[i]);
    }
    /* named results are variables; with defer, unnamed ones get registers too */
    if (fi->named_results || fi->has_defer) {
        for (int i = 0; i < fi->nresults; i++) {
            cmp_declare_var(fs, fi->results[i]);
            cmp_init_var(fs, fi->results[i], -1);
        }
    }
    cmp_commit_locals(fs);
}

void cmp_copy_results(FS *fs, int r, bool to_vars) {
    FuncInfo *fi = fs->fi;
    int off = 0;
    for (int i = 0; i < fi->nresults; i++) {
        Obj *o = fi->results[i];
        LV lv = cmp_var_lv(o);
        if (to_vars) {
            cmp_store_lv(fs, &lv, r + off);
        } else {
            cmp_load_lv(fs, &lv, r + off);
        }
        off += o->type->slots;
    }
}

/* Falling off the end; with defer, the epilogue every return jumps to. */
static void func_epilogue(FS *fs, Func *fn) {
    if (!fs->has_defer) {
        cmp_emit(fs, OP_RET, 0, 0, 0);
        return;
    }
    int epilogue = cmp_here(fs);
    for (int i = 0; i < fs->ret_jumps.len; i++) {
        cmp_patch_to(fs, fs->ret_jumps.data[i], epilogue);
    }
    fn->recover_pc = epilogue;
    cmp_emit(fs, OP_RUNDEFERS, 0, 0, 0);
    int rslots = fn->result_slots;
    int r = cmp_alloc(fs, rslots > 0 ? rslots : 1);
    cmp_copy_results(fs, r, false);
    cmp_emit(fs, OP_RET, r, rslots, 0);
}

static void patch_gotos(FS *fs) {
    for (int i = 0; i < fs->gotos.len; i++) {
        LabelPos *g = &fs->gotos.data[i];
        for (int k = 0; k < fs->labels.len; k++) {
            if (fs->labels.data[k].name == g->name) {
                cmp_patch_to(fs, g->pc, fs->labels.data[k].pc);
            }
        }
    }
}

/* Compiles a function (once: a declared function already compiled is returned as it is). */
static Func *compile_func(Compiler *C, FuncInfo *fi) {
    Func *fn = fi->obj ? fi->obj->compiled : NULL;
    if (fn && fn->code) {
        return fn;
    }
    if (!fn) {
        fn = NEW(Func);
        if (fi->obj) {
            fi->obj->compiled = fn;
        }
    }
    FS fs = {0};
    fs.C = C;
    fs.fi = fi;
    fs.fn = fn;
    fn->name = func_display_name(fi);
    fn->file = C->chk->file;
    if (fi->pkg && fi->pkg->nfiles) {
        fn->file = fi->pkg->files[0]->name;
    }
    Block *body = fi->body;
    fn->line = body ? body->lbrace.line : 0;
    fs.line = fn->line;
    if (!frame_size_ok(&fs, fi)) {
        body = NULL; /* reported; its parameters have no registers */
    } else {
        func_prologue(&fs, fi, fn);
    }
    if (body) {
        cmp_stmt_list(&fs, body->stmts, body->n);
        /* falling off the end returns at the '}'; after a final return without defers the
         * epilogue is dead code, which keeps the return's line (as Go has no code there) */
        bool ends_in_return =
            body->n > 0 && body->stmts[body->n - 1]->kind == S_RETURN && !fi->has_defer;
        if (body->rbrace.line && !ends_in_return) {
            fs.line = body->rbrace.line;
        }
    }
    func_epilogue(&fs, fn);
    patch_gotos(&fs);
    cmp_finish_func(&fs, fn);
    return fn;
}

/* ---- closures ---- */

int cmp_funclit_expr(FS *fs, Expr *e, int dst) {
    FuncInfo *fi = e->funclit.info;
    Func *fn = compile_func(fs->C, fi);
    int r = cmp_target(fs, dst, 1);
    if (fi->captures.len == 0) {
        cmp_load_func(fs, fn, r);
        return r;
    }
    cmp_emit_bx(fs, OP_CLOSURE, r, (uint32_t)cmp_k_ptr(fs, fn));
    for (int i = 0; i < fi->captures.len; i++) {
        Obj *o = fi->captures.data[i];
        int cr = cmp_capture_reg(fs, o);
        if (cr < 0) {
            cr = o->reg;
        }
        cmp_emit_x(fs, cr, 0, 0);
    }
    return r;
}

/* ---- method wrappers ---- */

/* Makes a Func that receives a receiver of type recv_t (flattened) then the arguments of sig,
 * and calls method m on recv_t's path; or, for iface, calls method mname of the interface
 * value found there. bound: the receiver comes from the closure's captures instead of the
 * parameters. */
static Func *make_wrapper(Compiler *C, Obj *m, Type *recv_t, int *path, int npath, bool iface,
                          const char *mname, Type *sig, bool bound) {
    Func *fn = NEW(Func);
    FS fs = {0};
    fs.C = C;
    fs.fn = fn;
    fn->is_wrapper = true;
    fn->name = m ? chk_func_name(m) : "wrapper";
    fn->file = C->chk->file;
    int rs = recv_t->slots;
    int as = cmp_params_slots(sig);
    int rslots = cmp_results_slots(sig);
    int args; /* where the arguments are */
    int recv_reg;
    if (bound) {
        fn->nup = rs;
        fn->param_slots = as;
        fs.free = fs.maxreg = as;
        recv_reg = cmp_alloc(&fs, rs > 0 ? rs : 1);
        for (int i = 0; i < rs; i++) {
            cmp_emit(&fs, OP_GETUP, recv_reg + i, i, 0);
        }
        args = 0;
    } else {
        fn->param_slots = rs + as;
        fs.free = fs.maxreg = rs + as;
        recv_reg = 0;
        args = rs;
    }
    fn->result_slots = rslots;
    LV lv = {LV_REG, recv_t, recv_reg, 0, 0, 0, 0, NULL, NULL};
    if (npath) {
        lv = cmp_lv_field_path(&fs, lv, recv_t, path, npath);
    }
    int base;
    if (iface) {
        int ir = cmp_alloc(&fs, 2);
        cmp_load_lv(&fs, &lv, ir);
        base = cmp_alloc_frame(&fs, as + 1, rslots);
        cmp_move(&fs, base + 1, args, as);
        cmp_emit_calli(&fs, base, ir, mname);
    } else {
        Type *mrt = m->ptr_recv ? type_pointer(m->recv_base) : m->recv_base;
        int mrs = mrt->slots;
        base = cmp_alloc_frame(&fs, as + mrs, rslots);
        cmp_receiver_from(&fs, &lv, m, base);
        cmp_move(&fs, base + mrs, args, as);
        cmp_emit_bx(&fs, OP_CALL, base, (uint32_t)cmp_k_ptr(&fs, cmp_func_ref(m)));
    }
    cmp_emit(&fs, OP_RET, base, rslots, 0);
    cmp_finish_func(&fs, fn);
    return fn;
}

Func *cmp_method_wrapper(Compiler *C, Obj *m, Type *recv_t, int *path, int npath, bool iface,
                         Type *sig) {
    bool bound = sig != NULL;
    return make_wrapper(C, iface ? NULL : m, recv_t, path, npath, iface, m->name,
                        bound ? sig : m->type, bound);
}

/* ---- method tables ---- */

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

typedef struct NameVec {
    const char **data;
    int len, cap;
} NameVec;

/* Collects the names of all methods reachable from t (declared and promoted). */
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

/* The method-table entry of method name for dynamic type t; false if t's method set lacks it. */
static bool method_entry(Compiler *C, Type *t, const char *name, Method *me) {
    SelInfo sel;
    bool amb;
    /* a table holds every method, another package's unexported ones too (reflect's Type is
     * implemented by *rtype's common, whichever package's code builds the table) */
    Package *here = C->chk->pkg;
    C->chk->pkg = NULL;
    Obj *m = chk_lookup(C->chk, t, name, &sel, &amb);
    C->chk->pkg = here;
    if (!m || sel.kind == SEL_FIELD) {
        return false;
    }
    *me = (Method){0};
    me->name = name;
    me->sig = m->type;
    me->mode = t->slots == 1 ? RECV_DIRECT : RECV_BOXED;
    me->recv_slots = t->slots;
    if (sel.kind == SEL_IFACE_METHOD) {
        me->fn = make_wrapper(C, NULL, t, sel.path, sel.npath, true, name, m->type, false);
        return true;
    }
    chk_resolve_obj(C->chk, m);
    /* in the method set? pointer methods need a pointer (or a path through one) */
    bool is_ptr = t->kind == KIND_POINTER && !t->name;
    if (m->ptr_recv && !is_ptr && !sel.indirect) {
        return false;
    }
    me->ptr_recv = m->ptr_recv;
    if (sel.npath > 0) {
        me->fn = make_wrapper(C, m, t, sel.path, sel.npath, false, name, m->type, false);
        return true;
    }
    me->fn = cmp_func_ref(m);
    if (!m->ptr_recv && is_ptr) {
        me->mode = RECV_DEREF;
        me->recv_slots = m->recv_base->slots;
    }
    return true;
}

/* A part's tables: T's and *T's (reflect takes the address of fields and elements, as
 * encoding/json does to call a pointer method such as (*RawMessage).UnmarshalJSON). */
static void tables_for_part(Compiler *C, Type *t) {
    cmp_ensure_methods(C, t);
    if (t && t->kind != KIND_POINTER && t->kind != KIND_INTERFACE) {
        cmp_ensure_methods(C, type_pointer(t));
    }
}

/* fmt (and reflect) find values inside others that were never converted to an interface
 * themselves: a type's table brings those of the types it is made of. */
static void tables_for_parts(Compiler *C, Type *t) {
    Type *u = t->underlying ? t->underlying : t;
    switch (u->kind) {
    case KIND_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            tables_for_part(C, u->fields[i].type);
        }
        break;
    case KIND_MAP:
        tables_for_part(C, u->key);
        tables_for_part(C, u->elem);
        break;
    case KIND_POINTER:
    case KIND_SLICE:
    case KIND_ARRAY:
    case KIND_CHAN: tables_for_part(C, u->elem); break;
    default: break;
    }
}

void cmp_ensure_methods(Compiler *C, Type *t) {
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
    for (int i = 0; i < names.len; i++) {
        const char *name = names.data[i];
        bool dup = false;
        for (int k = 0; k < ms.len; k++) {
            if (ms.data[k].name == name) {
                dup = true;
            }
        }
        Method me;
        if (!dup && method_entry(C, t, name, &me)) {
            vec_push(&ms, me);
        }
    }
    if (ms.len > 1) {
        qsort(ms.data, (size_t)ms.len, sizeof(Method), method_cmp);
    }
    t->methods = ms.len ? ms.data : NEW_ARRAY(Method, 1);
    t->nmethods = ms.len;
    tables_for_parts(C, t);
    if (t->name && t->kind != KIND_POINTER) {
        cmp_ensure_methods(C, type_pointer(t)); /* what reflect.New(T) makes */
    }
}

/* ---- packages ---- */

/* Checks the generic instances queued since the last call (by method tables or lookups). */
static void check_instances(Compiler *C) {
    Package *pkg = C->pkg;
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
}

static void compile_pending(Compiler *C) {
    Package *pkg = C->pkg;
    /* functions may queue generic instances: check and compile until none are left */
    for (int round = 0; round < 1000; round++) {
        bool any = false;
        for (int i = 0; i < pkg->funcs.len; i++) {
            Obj *f = pkg->funcs.data[i];
            if ((f->compiled && ((Func *)f->compiled)->code) || !f->info) {
                continue;
            }
            compile_func(C, f->info);
            any = true;
        }
        if (C->chk->instances.len) {
            check_instances(C);
            any = true;
        }
        if (!any) {
            break;
        }
    }
}

static LV global_lv(Obj *o) {
    return (LV){LV_GLOBAL, o->type, 0, 0, 0, 0, 0, NULL, o};
}

/* The initialisation of the package variables of one spec, in the init function. */
static void init_package_vars(FS *fs, ValueSpec *vs) {
    if (vs->nvalues == 0) {
        return; /* zero values: cells start zeroed */
    }
    if (vs->nvalues == vs->nnames) {
        for (int k = 0; k < vs->nnames; k++) {
            Obj *o = vs->names[k]->ident.obj;
            Type *t = o && o->type ? o->type : vs->values[k]->type;
            cmp_name_chan(fs, vs->names[k], vs->values[k]);
            if (o && o->name != intern_cstr("_") && cmp_is_huge(t)) {
                LV lv = global_lv(o);
                cmp_store_huge(fs, &lv, vs->values[k], true); /* its cell starts zeroed */
                cmp_free_temps(fs);
                continue;
            }
            int r = cmp_expr_to(fs, vs->values[k], t, -1);
            if (o && o->name != intern_cstr("_")) {
                LV lv = global_lv(o);
                cmp_store_lv(fs, &lv, r);
            }
            cmp_free_temps(fs);
        }
        return;
    }
    Multi m = cmp_multi_value(fs, vs->values[0]);
    for (int k = 0; k < vs->nnames; k++) {
        Obj *o = vs->names[k]->ident.obj;
        if (o && o->name != intern_cstr("_")) {
            LV lv = global_lv(o);
            cmp_store_lv(fs, &lv, cmp_multi_at(fs, &m, k, o->type));
        }
    }
    cmp_free_temps(fs);
}

/* Go's limit on a package variable: 2e9 bytes ("symbol too large"). Returns false when a
 * variable of spec vs passes it (reported). */
static bool package_vars_size_ok(FS *fs, ValueSpec *vs) {
    const int64_t max = 2000000000;
    bool ok = true;
    for (int k = 0; k < vs->nnames; k++) {
        Obj *o = vs->names[k]->ident.obj;
        int64_t size = o && o->type ? rt_go_size(o->type) : 0;
        if (size > max) {
            cmp_error(fs, vs->names[k]->pos, "%s.%s: symbol too large (%lld bytes > %lld bytes)",
                      fs->C->pkg->path, o->name, (long long)size, (long long)max);
            ok = false;
        }
    }
    return ok;
}

/* The init function: variables in the checker's order, then the init()s. */
static Func *compile_init(Compiler *C, Package *pkg) {
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
    init->file = pkg->nfiles ? pkg->files[0]->name : C->chk->file;
    for (int i = 0; i < pkg->var_order.len; i++) {
        ValueSpec *vs = pkg->var_order.data[i]->vspec;
        fs.line = vs->pos.line;
        if (package_vars_size_ok(&fs, vs)) {
            init_package_vars(&fs, vs);
        }
    }
    for (int i = 0; i < pkg->inits.len; i++) {
        Obj *f = pkg->inits.data[i];
        if (!f->info) {
            continue;
        }
        Func *fn = compile_func(C, f->info);
        int base = cmp_alloc(&fs, 1);
        cmp_emit_bx(&fs, OP_CALL, base, (uint32_t)cmp_k_ptr(&fs, fn));
        cmp_free_temps(&fs);
    }
    cmp_emit(&fs, OP_RET, 0, 0, 0);
    cmp_finish_func(&fs, init);
    return init;
}

/* The method tables of generic type o's instances whose type arguments are concrete. */
static void tables_for_instances(Compiler *C, Obj *o) {
    ObjVec insts = chk_instances(o);
    for (int k = 0; k < insts.len; k++) {
        Type *it = insts.data[k]->type;
        TypeInfo *ii = it->chk;
        bool concrete = true;
        for (int j = 0; ii && j < ii->ntargs; j++) {
            concrete = concrete && !type_mentions_typeparam(ii->targs[j]);
        }
        if (concrete && it->kind != KIND_INTERFACE && it->kind != KIND_INVALID) {
            cmp_ensure_methods(C, it);
            cmp_ensure_methods(C, type_pointer(it));
        }
    }
}

/* The method tables of the types declared in function bodies, from the checker's from'th
 * (of a generic one, its concrete instances'). */
static void tables_for_local_types(Compiler *C, int from) {
    for (int i = from; i < C->chk->local_types.len; i++) {
        Obj *o = C->chk->local_types.data[i];
        TypeInfo *ti = o->type ? o->type->chk : NULL;
        if (ti && ti->ntparams) {
            tables_for_instances(C, o);
        } else if (o->type && o->type->kind != KIND_INTERFACE && o->type != t_invalid) {
            cmp_ensure_methods(C, o->type);
            cmp_ensure_methods(C, type_pointer(o->type));
        }
    }
}

/* fmt calls String and Error on values it finds inside others, which were never converted to
 * an interface: every defined type with methods gets its method tables (and those of its
 * parts, tables_for_parts). */
static void tables_for_declared_types(Compiler *C, Package *pkg) {
    Scope *s = pkg->scope;
    for (int i = 0; i < s->cap; i++) {
        Obj *o = s->objs[i];
        if (!o || o->kind != OBJ_TYPE || o->alias || !o->type || o->type == t_invalid) {
            continue;
        }
        TypeInfo *ti = o->type->chk;
        if (ti && ti->ntparams) {
            tables_for_instances(C, o);
            continue;
        }
        if (!ti || o->type->kind == KIND_INTERFACE) {
            continue;
        }
        if (ti->methods.len == 0 && o->type->kind != KIND_STRUCT) {
            continue;
        }
        cmp_ensure_methods(C, o->type);
        cmp_ensure_methods(C, type_pointer(o->type));
    }
    tables_for_local_types(C, 0);
}

/* Checks and compiles the lazy functions referenced, and those they refer to, until none is
 * left; each with its package's checker. */
static void compile_lazy(void) {
    while (lazy_refs.len) {
        Obj *o = lazy_refs.data[--lazy_refs.len];
        Compiler *C = NEW(Compiler);
        C->chk = o->pkg->chk;
        C->pkg = o->pkg;
        int ntypes = C->chk->local_types.len;
        chk_lazy_func(C->chk, o);
        compile_pending(C);
        tables_for_local_types(C, ntypes);
        compile_pending(C);
    }
}

Func *cmp_package(Checker *chk, Package *pkg) {
    Compiler *C = NEW(Compiler);
    C->chk = chk;
    C->pkg = pkg;
    Func *init = compile_init(C, pkg);
    compile_pending(C);
    if (!pkg->native) { /* a std package's types get theirs when they are used */
        tables_for_declared_types(C, pkg);
    }
    compile_pending(C);
    compile_lazy();
    return init;
}

/* *dst = the runtime package's type name (or a pointer to it), with its method tables. */
static void runtime_type(Compiler *C, const char *name, bool pointer, Type **dst) {
    Obj *o = scope_lookup_local(C->pkg->scope, intern_cstr(name));
    if (o && o->type) {
        *dst = pointer ? type_pointer(o->type) : o->type;
        cmp_ensure_methods(C, *dst);
    }
}

void cmp_set_runtime_types(Package *rp, Checker *chk) {
    Compiler *C = NEW(Compiler);
    C->chk = chk;
    C->pkg = rp;
    if (rp->path == intern_cstr("errors")) {
        runtime_type(C, "errorString", true, &vm_types.errors_string); /* rt_new_error's */
    } else {
        runtime_type(C, "errorString", false, &vm_types.error_string);
        runtime_type(C, "plainError", false, &vm_types.plain_error);
        runtime_type(C, "PanicNilError", true, &vm_types.panic_nil);
        runtime_type(C, "TypeAssertionError", true, &vm_types.assert_error);
    }
    compile_pending(C);
}
