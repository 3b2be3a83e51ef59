/* call.c — a goroutine's execution state, and everything that moves it besides the
 * instructions themselves: creating a goroutine (exec_new), growing its stack and frames,
 * laying out a method's receiver, deferred calls, panics and their unwinding, and natives
 * calling back into Go (rt_call).
 *
 * Panics: vm_panic records a Panic whose cursor (`frame`) starts at the top frame; unwinding
 * runs each frame's deferred calls top-down, each on top of the whole stack (frames are kept,
 * so the traceback of a fatal panic shows where it happened). A deferred call that recovers
 * makes the frame that deferred it return normally (through its epilogue, recover_pc).
 * A native that calls Go (rt_call) runs the call on a fresh stack and frame array, so the
 * native's argument pointer stays valid; a panic that leaves that call is handed back.
 */
#include "state.h"

#include "opcodes.h"

#include <pthread.h>

VmTypes vm_types;

/* ---- stacks and frames ---- */

bool vm_grow_stack(VmG *g, int64_t need) {
    if (need <= g->stack_cap) {
        return true;
    }
    int64_t ncap = g->stack_cap * 2;
    if (ncap < need + 32) {
        ncap = need + 32;
    }
    if ((ncap + g->frames_cap * 6) * 8 > OUR_STACK_LIMIT) {
        if ((need + g->frames_cap * 6) * 8 > OUR_STACK_LIMIT) {
            return false;
        }
        ncap = OUR_STACK_LIMIT / 8 - g->frames_cap * 6;
    }
    Slot *ns = GC_MALLOC(sizeof(Slot) * (size_t)ncap);
    if (!ns) {
        return false;
    }
    memcpy(ns, g->stack, sizeof(Slot) * (size_t)g->stack_cap);
    g->stack = ns;
    g->stack_cap = ncap;
    return true;
}

bool vm_grow_frames(VmG *g) {
    int32_t ncap = g->frames_cap ? g->frames_cap * 2 : 2;
    if (((int64_t)ncap * (int64_t)sizeof(Frame) + g->stack_cap * 8) > OUR_STACK_LIMIT) {
        return false;
    }
    Frame *nf = GC_MALLOC(sizeof(Frame) * (size_t)ncap);
    if (g->nframes) {
        memcpy(nf, g->frames, sizeof(Frame) * (size_t)g->nframes);
    }
    g->frames = nf;
    g->frames_cap = ncap;
    return true;
}

/* A goroutine that starts in a native (go strconv.Itoa(5)) starts in a tiny Go function
 * that calls it: a frame to park in and to retry from, like any other call. */
Closure *vm_native_trampoline(Func *native) {
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    if (!native->trampoline) {
        Func *t = NEW(Func);
        t->name = native->name;
        t->file = native->file;
        t->is_wrapper = true;
        t->consts = NEW_ARRAY(Slot, 1);
        t->consts[0].p = native;
        t->nconsts = 1;
        t->code = NEW_ARRAY(Instr, 2);
        t->code[0] = (Instr){OP_CALL, 0, {.bx = 0}};
        t->code[1] = (Instr){OP_RET, 0, {{0, 0}}};
        t->ncode = 2;
        int n =
            native->param_slots > native->result_slots ? native->param_slots : native->result_slots;
        t->nregs = n + 2;
        t->param_slots = native->param_slots;
        Closure *cl = NEW(Closure);
        cl->fn = t;
        native->trampoline = cl;
    }
    pthread_mutex_unlock(&lock);
    return native->trampoline;
}

Slot exec_native_closure(const char *name, NativeFn stub, int32_t param_slots, int32_t result_slots,
                         Slot data) {
    Func *native = NEW(Func);
    native->name = name;
    native->native = stub;
    native->param_slots = param_slots + 1;
    native->result_slots = result_slots;
    Func *t = NEW(Func);
    t->name = name;
    t->is_wrapper = true;
    t->consts = NEW_ARRAY(Slot, 1);
    t->consts[0].p = native;
    t->nconsts = 1;
    t->code = NEW_ARRAY(Instr, 4);
    int n = 0;
    if (param_slots) { /* the arguments move up one: data goes first */
        t->code[n++] = (Instr){OP_MOVEN, 1, {{0, (uint16_t)param_slots}}};
    }
    t->code[n++] = (Instr){OP_GETUP, 0, {{0, 0}}};
    t->code[n++] = (Instr){OP_CALL, 0, {.bx = 0}};
    t->code[n++] = (Instr){OP_RET, 0, {{(uint16_t)result_slots, 0}}};
    t->ncode = n;
    t->nregs = (param_slots + 1 > result_slots ? param_slots + 1 : result_slots) + 2;
    t->param_slots = param_slots;
    t->result_slots = result_slots;
    t->nup = 1;
    Closure *cl = GC_MALLOC(sizeof(Closure) + sizeof(Slot));
    cl->fn = t;
    cl->nup = 1;
    cl->up[0] = data;
    return (Slot){.p = cl};
}

/* The function of exec_chan_func: its frame is R0 the channel, R1 the value's address, then
 * n slots of value, the ok flag and the select's choice. */
static Func *chan_func(ExecChanOp op, int32_t n) {
    Func *t = NEW(Func);
    t->name = "reflect.chanOp";
    t->is_wrapper = true;
    t->param_slots = op == EXEC_CHAN_CLOSE ? 1 : 2;
    t->nregs = n + 4 + 8;
    t->code = NEW_ARRAY(Instr, 8);
    uint16_t v = 2, ok = (uint16_t)(2 + n), chosen = (uint16_t)(3 + n), k = 0;
    Instr *c = t->code;
    if (op == EXEC_CHAN_TRYSEND || op == EXEC_CHAN_TRYRECV) {
        SelectSite *site = GC_MALLOC(sizeof(SelectSite) + sizeof(SelectSiteCase));
        site->n = 1;
        site->has_default = true;
        site->cases[0] = op == EXEC_CHAN_TRYSEND ? (SelectSiteCase){SELECT_SEND, 0, v, -1}
                                                 : (SelectSiteCase){SELECT_RECV, 0, v, ok};
        t->consts = NEW_ARRAY(Slot, 1);
        t->consts[0].p = site;
        t->nconsts = 1;
    }
    switch (op) {
    case EXEC_CHAN_SEND:    /* func(c, v *slot) */
    case EXEC_CHAN_TRYSEND: /* func(c, v *slot) (chosen int) */
        c[k++] = (Instr){OP_LOADN, v, {{1, 0}}};
        c[k++] = (Instr){OP_NOP, (uint16_t)n, {{0, 0}}};
        if (op == EXEC_CHAN_SEND) {
            c[k++] = (Instr){OP_SEND, 0, {{v, 0}}};
            c[k++] = (Instr){OP_RET, 0, {{0, 0}}};
        } else {
            c[k++] = (Instr){OP_SELECT, chosen, {.bx = 0}};
            c[k++] = (Instr){OP_RET, chosen, {{1, 0}}};
        }
        t->result_slots = op == EXEC_CHAN_SEND ? 0 : 1;
        break;
    case EXEC_CHAN_RECV:    /* func(c, dst *slot) (ok bool) */
    case EXEC_CHAN_TRYRECV: /* func(c, dst *slot) (chosen int, ok bool) */
        if (op == EXEC_CHAN_RECV) {
            c[k++] = (Instr){OP_RECV, v, {{0, 1}}};
        } else {
            c[k++] = (Instr){OP_SELECT, chosen, {.bx = 0}};
        }
        c[k++] = (Instr){OP_STOREN, 1, {{0, v}}};
        c[k++] = (Instr){OP_NOP, (uint16_t)n, {{0, 0}}};
        if (op == EXEC_CHAN_RECV) {
            c[k++] = (Instr){OP_RET, ok, {{1, 0}}};
        } else {
            c[k++] = (Instr){OP_MOVE, (uint16_t)(chosen + 1), {{ok, 0}}};
            c[k++] = (Instr){OP_RET, chosen, {{2, 0}}};
        }
        t->result_slots = op == EXEC_CHAN_RECV ? 1 : 2;
        break;
    case EXEC_CHAN_CLOSE: /* func(c *slot) */
        c[k++] = (Instr){OP_CLOSE, 0, {{0, 0}}};
        c[k++] = (Instr){OP_RET, 0, {{0, 0}}};
        break;
    }
    t->ncode = k;
    return t;
}

Slot exec_chan_func(ExecChanOp op, int32_t elem_slots) {
    enum { CACHED = 8 };
    static Closure *cache[EXEC_CHAN_CLOSE + 1][CACHED];
    if (elem_slots < CACHED) {
        Closure *cl = __atomic_load_n(&cache[op][elem_slots], __ATOMIC_ACQUIRE);
        if (cl) {
            return (Slot){.p = cl};
        }
    }
    Closure *cl = NEW(Closure);
    cl->fn = chan_func(op, elem_slots);
    if (elem_slots < CACHED) {
        __atomic_store_n(&cache[op][elem_slots], cl, __ATOMIC_RELEASE);
    }
    return (Slot){.p = cl};
}

Slot exec_select_func(int32_t n, const int32_t *dirs, const int32_t *slots, bool has_default) {
    SelectSite *site =
        GC_MALLOC(sizeof(SelectSite) + sizeof(SelectSiteCase) * (size_t)(n > 0 ? n : 1));
    site->n = n;
    site->has_default = has_default;
    int32_t off = 1; /* R[0] is the frame's address; its copy starts at R[1] */
    for (int32_t i = 0; i < n; i++) {
        site->cases[i] = (SelectSiteCase){dirs[i], off, off + 1, off + 1 + slots[i]};
        off += slots[i] + 2;
    }
    int32_t total = off - 1;
    Func *t = NEW(Func);
    t->name = "reflect.Select";
    t->is_wrapper = true;
    t->param_slots = 1;
    t->result_slots = 1;
    t->nregs = off + 1 + 8;
    t->consts = NEW_ARRAY(Slot, 1);
    t->consts[0].p = site;
    t->nconsts = 1;
    Instr *c = t->code = NEW_ARRAY(Instr, 6);
    c[0] = (Instr){OP_LOADN, 1, {{0, 0}}};
    c[1] = (Instr){OP_NOP, (uint16_t)total, {{0, 0}}};
    c[2] = (Instr){OP_SELECT, (uint16_t)off, {.bx = 0}};
    c[3] = (Instr){OP_STOREN, 0, {{0, 1}}};
    c[4] = (Instr){OP_NOP, (uint16_t)total, {{0, 0}}};
    c[5] = (Instr){OP_RET, (uint16_t)off, {{1, 0}}};
    t->ncode = 6;
    Closure *cl = NEW(Closure);
    cl->fn = t;
    return (Slot){.p = cl};
}

G *exec_new(G *reuse, Slot fn, const Slot *args, int nargs) {
    Closure *cl = fn.p;
    if (cl->fn->native) {
        cl = vm_native_trampoline(cl->fn);
    }
    VmG *g = reuse ? vm_g(reuse) : NEW(VmG);
    /* a reused goroutine keeps its stack (exec_done kept only a small one) and frames */
    Slot *stack = g->stack;
    int64_t stack_cap = g->stack_cap;
    Frame *frames = g->frames;
    int32_t frames_cap = g->frames_cap;
    memset(&g->stack, 0, sizeof *g - offsetof(VmG, stack));
    int64_t need = cl->fn->nregs + nargs + 16;
    if (stack && stack_cap >= need) {
        g->stack = stack;
        g->stack_cap = stack_cap;
    } else {
        g->stack_cap = need;
        g->stack = GC_MALLOC(sizeof(Slot) * (size_t)need);
    }
    if (frames && frames_cap <= 64) {
        g->frames = frames;
        g->frames_cap = frames_cap;
    }
    if (nargs) {
        memcpy(g->stack, args, sizeof(Slot) * (size_t)nargs);
    }
    vm_push_frame(g, cl->fn, cl, 0, 0);
    return &g->g;
}

bool exec_done(G *gg) {
    VmG *g = vm_g(gg);
    g->defers = NULL;
    g->panic = NULL;
    if (g->stack_cap <= 4096) {
        return true;
    }
    g->stack = NULL;
    g->frames = NULL;
    return false;
}

/* ---- calls ---- */

/* Go's panicwrap: value method fn ("main.T.F") called through a nil *T. As Go, the type is
 * read from the method's name: after the package path, up to the method. */
static void panic_nil_value_receiver(VmG *g, const Func *fn) {
    const char *name = fn->name ? fn->name : "?";
    const char *slash = strrchr(name, '/');
    const char *type = strchr(slash ? slash : name, '.');
    const char *meth = strrchr(name, '.');
    int tlen = type && meth > type ? (int)(meth - type - 1) : 0;
    rt_panic_plain(&g->g, "value method %s called using nil *%.*s pointer", name, tlen,
                   type ? type + 1 : "");
}

bool vm_place_receiver(VmG *g, const Method *m, Slot data, Slot *base) {
    if (m->mode == RECV_DIRECT) {
        base[0] = data;
        return true;
    }
    if (m->mode == RECV_DEREF && !data.p) {
        panic_nil_value_receiver(g, m->fn);
        return false;
    }
    int rs = m->recv_slots;
    const Slot *src = data.p;
    if (rs > 0 && src < base + m->fn->param_slots && src + rs > base) {
        /* the value lies where the callee's parameters go (a large value held in the
         * caller's memory): copy it out before the arguments move */
        Slot *copy = NEW_ARRAY(Slot, rs);
        memcpy(copy, src, sizeof(Slot) * (size_t)rs);
        src = copy;
    }
    if (rs != 1) {
        memmove(base + rs, base + 1, sizeof(Slot) * (size_t)(m->fn->param_slots - rs));
    }
    if (rs > 0) {
        memcpy(base, src, sizeof(Slot) * (size_t)rs);
    }
    return true;
}

CallOutcome vm_call_deferred(VmG *g, const Defer *d, Panic *p, const Instr *site) {
    Closure *cl = d->fn.p;
    Frame *top = &g->frames[g->nframes - 1];
    int64_t base = top->base + top->fn->nregs;
    int64_t need = base + d->nargs + cl->fn->result_slots + 8; /* a native's room */
    if (need > g->stack_cap && !vm_grow_stack(g, need)) {
        return CALL_OVERFLOW;
    }
    if (d->nargs) {
        memcpy(g->stack + base, d->args, sizeof(Slot) * (size_t)d->nargs);
    }
    CallOutcome r = vm_call(g, cl->fn, cl, base, FRAME_DEFERRED, site);
    if (r == CALL_ENTERED) {
        g->frames[g->nframes - 1].panic = p;
    }
    return r;
}

/* ---- panics ---- */

void vm_panic(VmG *g, const Type *t, Slot data) {
    Panic *p = NEW(Panic);
    p->type = t;
    p->data = data;
    p->link = g->panic;
    p->frame = g->nframes - 1;
    g->panic = p;
    g->panic_pending = true;
}

static Slot string_box(const char *s, size_t n) {
    GoString *gs = GC_MALLOC(sizeof(GoString));
    char *copy = NEW_ATOMIC(n + 1);
    memcpy(copy, s, n);
    gs->ptr = copy;
    gs->len = (int64_t)n;
    return (Slot){.p = gs};
}

/* Panics with an error value holding msg, of type t: runtime.errorString or plainError (a
 * string), *runtime.TypeAssertionError (a pointer to a struct whose one field is the
 * string): a boxed string either way. Before the runtime package is loaded, a string. */
static void panic_msg(VmG *g, const Type *t, const char *msg, bool runtime) {
    vm_panic(g, t ? t : vm_types.string_t, string_box(msg, strlen(msg)));
    g->panic->runtime_error = runtime;
}

void rt_panic_runtime(G *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *m = str_vprintf(fmt, ap);
    va_end(ap);
    panic_msg(vm_g(g), vm_types.error_string, str_printf("runtime error: %s", m), true);
}

void rt_panic_plain(G *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *m = str_vprintf(fmt, ap);
    va_end(ap);
    panic_msg(vm_g(g), vm_types.plain_error, m, true);
}

void rt_panic_value(G *g, const Type *t, Slot data) {
    vm_panic(vm_g(g), t, data);
}

void rt_panic_string(G *g, const char *msg) {
    vm_panic(vm_g(g), vm_types.string_t, string_box(msg, strlen(msg)));
}

bool rt_panicking(G *gg) {
    VmG *g = vm_g(gg);
    return g->panic_pending ||
           (g->panic && g->g.nested && g->panic != g->nested_panic && !g->panic->recovered);
}

void vm_nil_deref(VmG *g) {
    rt_panic_runtime(&g->g, "invalid memory address or nil pointer dereference");
    g->panic->nil_deref = true;
}

void vm_assert_panic(VmG *g, const char *msg) {
    panic_msg(g, vm_types.assert_error, msg, true);
}

/* Go lets a function called on behalf of a deferred call by a method wrapper (defer i.M())
 * or by reflect (a deferred func made by MakeFunc, method value or Method.Func) recover as if
 * it were the deferred call: the frames of wrappers and of reflect in between do not count.
 * The panic that a function called by frame k may stop: walking down from k through such
 * frames to a deferred one; NULL if there is none. */
static Panic *transparent_deferred(const Frame *frames, int32_t k) {
    for (; k >= 0; k--) {
        const Frame *f = &frames[k];
        if (!f->fn->is_wrapper && (!f->fn->name || strncmp(f->fn->name, "reflect.", 8) != 0)) {
            return NULL;
        }
        if (f->flags & (FRAME_DEFERRED | FRAME_REFLECT_DEFERRED)) {
            return f->panic;
        }
    }
    return NULL;
}

void vm_recover(VmG *g, bool deferred_itself, Slot *out) {
    Panic *p = g->panic;
    const Frame *f = &g->frames[g->nframes - 1];
    Panic *stops = NULL; /* the panic f's recover() may stop */
    if (deferred_itself) {
        f = !f->panic && g->nframes >= 2 ? f - 1 : NULL;
        stops = f && (f->flags & FRAME_DEFERRED) ? f->panic : NULL;
    } else if (f->flags & (FRAME_DEFERRED | FRAME_REFLECT_DEFERRED)) {
        stops = f->panic;
    } else if (p) {
        stops = transparent_deferred(g->frames, g->nframes - 2);
    }
    if (p && stops == p && !p->recovered && !p->goexit && !g->fatal) {
        p->recovered = true;
        out[0].p = (void *)p->type;
        out[1] = p->data;
    } else {
        out[0].p = NULL;
        out[1].p = NULL;
    }
}

Unwind vm_unwind(VmG *g) {
    Panic *p = g->panic;
    for (;;) {
        if (p->recovered) {
            int32_t u = p->frame;
            Frame *f = &g->frames[u];
            g->nframes = u + 1;
            g->panic = p->link;
            while (g->panic && g->panic->aborted) {
                g->panic = g->panic->link;
            }
            f->pc = f->fn->code + f->fn->recover_pc;
            return UNWIND_RESUME;
        }
        int32_t u = p->frame;
        if (u < 0) {
            return UNWIND_FATAL;
        }
        Frame *f = &g->frames[u];
        if (g->ndefer > f->defers && g->defers[g->ndefer - 1].frame == u) {
            Defer d = g->defers[--g->ndefer];
            if (!d.fn.p) {
                vm_nil_deref(g); /* a nil func deferred: calling it panics */
            } else if (vm_call_deferred(g, &d, p, NULL) == CALL_OVERFLOW) {
                vm_fatal_stack_overflow(g);
                return UNWIND_FATAL;
            }
            if (g->g.exiting || g->g.stop) {
                if (g->g.retry) {
                    g->defers[g->ndefer++] = d; /* a native to run again: still deferred */
                }
                return UNWIND_STOPPED;
            }
            if (g->panic != p || g->panic_pending) {
                /* a native deferred call panicked or recovered: handle from the top */
                if (g->panic_pending) {
                    g->panic_pending = false;
                    if (g->panic != p) {
                        p->aborted = false; /* the new panic unwinds first */
                        p = g->panic;
                        continue;
                    }
                }
                continue;
            }
            if (g->frames[g->nframes - 1].flags & FRAME_DEFERRED &&
                g->frames[g->nframes - 1].panic == p) {
                return UNWIND_RESUME;
            }
            continue; /* a native ran to completion */
        }
        if (f->flags & FRAME_RETURN_TO_C) {
            return UNWIND_TO_C;
        }
        if (f->flags & FRAME_DEFERRED && f->panic) {
            /* unwinding out of a deferred call another panic was running: that one is over */
            f->panic->aborted = true;
        }
        p->frame = u - 1;
        if (u == 0) {
            return UNWIND_FATAL;
        }
    }
}

/* ---- natives calling Go ---- */

typedef struct SavedStack {
    Slot *stack;
    int64_t stack_cap;
    Frame *frames;
    int32_t nframes, frames_cap;
} SavedStack;

static void save_stack(VmG *g, SavedStack *s) {
    s->stack = g->stack;
    s->stack_cap = g->stack_cap;
    s->frames = g->frames;
    s->nframes = g->nframes;
    s->frames_cap = g->frames_cap;
}

static void restore_stack(VmG *g, SavedStack *s) {
    g->stack = s->stack;
    g->stack_cap = s->stack_cap;
    g->frames = s->frames;
    g->nframes = s->nframes;
    g->frames_cap = s->frames_cap;
}

/* Runs fn (a Closure) with args on a fresh stack; results to res. */
static bool nested_call(VmG *g, Closure *cl, const Slot *args, int nargs, Slot *res, int nres) {
    Func *fn = cl->fn;
    if (fn->native) {
        int n = nargs > nres ? nargs : nres;
        Slot *tmp = GC_MALLOC(sizeof(Slot) * (size_t)(n + 1));
        memcpy(tmp, args, sizeof(Slot) * (size_t)nargs);
        fn->native(&g->g, tmp);
        memcpy(res, tmp, sizeof(Slot) * (size_t)nres);
        if (g->panic_pending) {
            return false;
        }
        return !g->g.exiting;
    }
    SavedStack saved;
    save_stack(g, &saved);
    g->stack_cap = 0;
    g->stack = NULL;
    g->frames = NULL;
    g->nframes = 0;
    g->frames_cap = 0;
    int64_t need = (nargs > nres ? nargs : nres) + fn->nregs + 16;
    if (need < 64) {
        need = 64;
    }
    g->stack = GC_MALLOC(sizeof(Slot) * (size_t)need);
    g->stack_cap = need;
    memcpy(g->stack, args, sizeof(Slot) * (size_t)nargs);
    bool ok = vm_push_frame(g, fn, cl, 0, FRAME_RETURN_TO_C);
    Panic *rp =
        g->panic && saved.nframes ? transparent_deferred(saved.frames, saved.nframes - 1) : NULL;
    if (ok && rp) {
        g->frames[0].flags |= FRAME_REFLECT_DEFERRED;
        g->frames[0].panic = rp;
    }
    Panic *outer = g->nested_panic;
    g->nested_panic = g->panic; /* a deferred call's callback: not a panic of the callback */
    g->g.nested++;
    RunResult r = ok ? vm_execute(g) : RUN_PANIC;
    g->g.nested--;
    g->nested_panic = outer;
    bool good = r == RUN_DONE;
    if (good && nres > 0) {
        memcpy(res, g->stack, sizeof(Slot) * (size_t)nres);
    }
    restore_stack(g, &saved);
    if (!good && g->panic && !g->g.exiting) {
        /* the panic goes on in the caller's frames */
        g->panic->frame = g->nframes - 1;
        g->panic_pending = true;
    }
    return good;
}

bool rt_call(G *gg, Slot fn, const Slot *args, int nargs, Slot *res, int nres) {
    VmG *g = vm_g(gg);
    Closure *cl = fn.p;
    if (!cl) {
        vm_nil_deref(g);
        return false;
    }
    return nested_call(g, cl, args, nargs, res, nres);
}

bool rt_call_method(G *gg, const Type *t, Slot data, const Method *m, const Slot *args, int nargs,
                    Slot *res, int nres) {
    VmG *g = vm_g(gg);
    Slot *a = GC_MALLOC(sizeof(Slot) * (size_t)(m->recv_slots + nargs + 2));
    if (nargs) {
        memcpy(a + 1, args, sizeof(Slot) * (size_t)nargs);
    }
    if (!vm_place_receiver(g, m, data, a)) {
        return false;
    }
    Closure *cl = NEW(Closure);
    cl->fn = m->fn;
    int rs = m->mode == RECV_DIRECT ? 1 : m->recv_slots;
    bool ok = nested_call(g, cl, a, rs + nargs, res, nres);
    if (!ok) {
        g->panic_pending = g->panic != NULL;
    }
    return ok;
}

bool rt_recover_into(G *gg, Slot *out) {
    VmG *g = vm_g(gg);
    Panic *p = g->panic;
    if (!p || g->fatal) {
        out[0].p = NULL;
        out[1].p = NULL;
        return !g->fatal;
    }
    out[0].p = (void *)p->type;
    out[1] = p->data;
    g->panic = p->link;
    g->panic_pending = false;
    return true;
}

void rt_goexit(G *gg) {
    VmG *g = vm_g(gg);
    vm_panic(g, NULL, (Slot){0});
    g->panic->goexit = true;
}

void rt_fatal_stack_overflow(G *g) {
    VmG *vg = vm_g(g);
    if (!vg->fatal) {
        vm_fatal_stack_overflow(vg);
        rt_panic_plain(g, "stack overflow"); /* unwinds the native's callers; never reported */
    }
}

void rt_exit(G *g, int code) {
    g->exiting = true;
    g->exit_code = code;
}
