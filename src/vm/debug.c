/* debug.c — what the VM says about a goroutine: source lines of instructions, tracebacks
 * (exec_traceback, with Go's layout: "pkg.fn(args)\n\tfile:line +0xoff"), where a go
 * statement runs (exec_where, exec_user_where), the report of an unrecovered panic, the fatal
 * errors the VM itself detects (stack overflow, go of a nil func value), reported when they
 * happen, the runtime package's view of the frames (Caller, Callers, FuncForPC, Stack,
 * Breakpoint), and the stacks of the race detector's reports (race.h).
 *
 * All but the race detector's walk the frames as Go's traceback shows them (walk_next): innermost
 * first, compiler wrappers hidden, and runtime.gopanic below a deferred call a panic runs
 * (frames are kept while a panic unwinds, so the frames below it are where the panic
 * happened, as in Go). A pc is an instruction's address; a frame's is its return address,
 * one past the instruction it runs or the call it made.
 */
#include "state.h"

#include "../../runtime/race.h"

#include "../../runtime/lib/format.h"
#include "opcodes.h"

#include <pthread.h>
#include <unistd.h>

int32_t func_line(const Func *fn, const Instr *pc) {
    if (!fn->code || !fn->nlines) {
        return fn->line;
    }
    int32_t off = (int32_t)(pc - fn->code);
    int32_t line = fn->lines[0].line;
    for (int32_t i = 0; i < fn->nlines; i++) {
        if (fn->lines[i].pc > off) {
            break;
        }
        line = fn->lines[i].line;
    }
    return line;
}

static const char *abs_path(const char *file) {
    if (!file) {
        return "?";
    }
    if (file[0] == '/' || file[0] == '$' || file[0] == '<') {
        return file;
    }
    static char *cwd;
    if (!cwd) {
        cwd = getcwd(NULL, 0);
    }
    return str_printf("%s/%s", cwd ? cwd : ".", file);
}

/* ---- the frames a traceback shows ---- */

/* A function the runtime would show in a traceback though the VM has no frame for it, made
 * once into *slot: its one instruction is its pc. */
static Func *runtime_func(Func **slot, const char *name, const char *file, int32_t line) {
    Func *fn = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (fn) {
        return fn;
    }
    fn = NEW(Func);
    fn->name = name;
    fn->file = file;
    fn->line = line;
    fn->code = NEW_ARRAY(Instr, 1);
    fn->code[0] = (Instr){OP_NOP, 0, {{0, 0}}};
    fn->ncode = 1;
    Func *none = NULL;
    return __atomic_compare_exchange_n(slot, &none, fn, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
               ? fn
               : none;
}

/* runtime.gopanic, below a deferred call a panic runs (Go's traceback calls it "panic"), and
 * runtime.Callers, the first frame Callers reports. Lines are Go 1.19's. */
static Func *gopanic_func(void) {
    static Func *fn;
    return runtime_func(&fn, "runtime.gopanic", "$GOROOT/src/runtime/panic.go", 884);
}

static Func *callers_func(void) {
    static Func *fn;
    return runtime_func(&fn, "runtime.Callers", "$GOROOT/src/runtime/extern.go", 247);
}

/* A walk over a goroutine's frames as Go's traceback shows them, innermost first: compiler
 * wrappers are hidden, and below a deferred call that a panic runs comes runtime.gopanic. */
typedef struct Walk {
    const VmG *g;
    int32_t i;      /* the next frame */
    bool gopanic;   /* runtime.gopanic comes first */
    const Panic *p; /* its panic */
} Walk;

typedef struct WalkFrame {
    const Func *fn;
    const Instr *ret;   /* the return address: one past the instruction running or the call made */
    const Frame *frame; /* NULL for runtime.gopanic */
    const Panic *panic; /* runtime.gopanic: its panic */
} WalkFrame;

static Walk walk_start(const VmG *g) {
    return (Walk){g, g->nframes - 1, false, NULL};
}

static bool walk_next(Walk *w, WalkFrame *out) {
    for (;;) {
        if (w->gopanic) {
            w->gopanic = false;
            Func *gp = gopanic_func();
            *out = (WalkFrame){gp, gp->code + 1, NULL, w->p};
            return true;
        }
        if (w->i < 0) {
            return false;
        }
        const Frame *f = &w->g->frames[w->i];
        const Frame *above = w->i + 1 < w->g->nframes ? f + 1 : NULL;
        w->i--;
        if (f->flags & FRAME_DEFERRED && f->panic) {
            w->gopanic = true;
            w->p = f->panic;
        }
        if (f->fn->is_wrapper) {
            continue;
        }
        const Instr *ret = f->pc > f->fn->code ? f->pc : f->pc + 1;
        if (above && above->flags & FRAME_DEFERRED && !above->panic && f->pc->op == OP_RUNDEFERS) {
            ret = f->pc + 1; /* running its deferred calls: it comes back to RUNDEFERS */
        }
        *out = (WalkFrame){f->fn, ret, f, NULL};
        return true;
    }
}

void exec_traceback(G *gg, StrBuf *b) {
    VmG *g = vm_g(gg);
    Walk w = walk_start(g);
    WalkFrame wf;
    while (walk_next(&w, &wf)) {
        const Func *fn = wf.fn;
        const Instr *pc = wf.ret - 1;
        if (wf.panic) {
            sb_printf(b, "panic({0x%llx, 0x%llx})\n", (unsigned long long)(uintptr_t)wf.panic->type,
                      (unsigned long long)wf.panic->data.u);
        } else {
            sb_printf(b, "%s(", fn->name ? fn->name : "?");
            /* the argument words, as Go prints them */
            int32_t nargs = fn->param_slots;
            for (int32_t k = 0; k < nargs && k < 10; k++) {
                sb_printf(b, "%s0x%llx", k ? ", " : "",
                          (unsigned long long)g->stack[wf.frame->base + k].u);
            }
            if (nargs > 10) {
                sb_puts(b, ", ...");
            }
            sb_puts(b, ")\n");
        }
        sb_printf(b, "\t%s:%d +0x%x\n", abs_path(fn->file), func_line(fn, pc),
                  (unsigned)((pc - fn->code) * 4));
    }
    const CodeSite *c = &g->g.created;
    if (c->fn) {
        sb_printf(b, "created by %s in goroutine %lld\n\t%s:%d +0x0\n", c->fn,
                  (long long)g->g.parent_id, abs_path(c->file), c->line);
    }
}

static CodeSite frame_site(const Frame *f) {
    const Instr *pc = f->pc > f->fn->code ? f->pc - 1 : f->pc; /* the instruction running */
    return (CodeSite){f->fn->name, f->fn->file, func_line(f->fn, pc)};
}

CodeSite exec_where(G *gg) {
    VmG *g = vm_g(gg);
    if (g->nframes == 0) {
        return (CodeSite){0};
    }
    return frame_site(&g->frames[g->nframes - 1]);
}

CodeSite exec_user_where(G *gg) {
    VmG *g = vm_g(gg);
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        const Frame *f = &g->frames[i];
        if (!f->fn->is_wrapper && f->fn->file && f->fn->file[0] != '$') {
            return frame_site(f);
        }
    }
    return exec_where(gg);
}

/* The chain of panics, oldest first, as "panic: ..." lines; false when printing a value
 * (its Error or String method) panicked, with that panic's value in failed. */
static bool print_panics(VmG *g, Panic *p, StrBuf *b, Slot *failed) {
    if (p->link) {
        if (!print_panics(g, p->link, b, failed)) {
            return false;
        }
        if (!p->link->goexit) {
            sb_putc(b, '\t');
        }
    }
    if (p->goexit) {
        return true;
    }
    sb_puts(b, "panic: ");
    if (!p->type) {
        sb_puts(b, "nil");
    } else if (!fmt_panic_value(&g->g, b, p->type, p->data, failed)) {
        return false;
    }
    if (p->recovered) {
        sb_puts(b, " [recovered]");
    }
    sb_putc(b, '\n');
    return true;
}

void exec_report_panic(G *gg) {
    VmG *g = vm_g(gg);
    if (g->fatal) {
        return;
    }
    rt_flush();
    StrBuf b = {0};
    Panic *p = g->panic;
    g->panic = NULL; /* methods called while printing must not see it */
    Slot failed[2];
    if (!print_panics(g, p, &b, failed)) {
        /* Go's throw: the text of a string value, else its type */
        const Type *ft = failed[0].p;
        b = (StrBuf){0};
        sb_puts(&b, "fatal error: panic while printing panic value: ");
        if (ft && ft == vm_types.string_t) {
            const GoString *s = failed[1].p;
            sb_put(&b, s->ptr, (size_t)s->len);
        } else {
            sb_printf(&b, "type %s", ft ? type_string((Type *)ft) : "nil");
        }
        sb_putc(&b, '\n');
    } else if (p->nil_deref) {
        sb_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->g.id);
    exec_traceback(&g->g, &b);
    if (!rt_output_hook) { /* the REPL goes on */
        sb_puts(&b, "exit status 2\n");
    }
    rt_write(2, b.data, b.len);
}

void vm_fatal_stack_overflow(VmG *g) {
    rt_flush();
    StrBuf b = {0};
    sb_printf(&b, "runtime: goroutine stack exceeds %lld-byte limit\n",
              (long long)STACK_LIMIT_BYTES);
    sb_puts(&b, "fatal error: stack overflow\n\nruntime stack:\n");
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->g.id);
    /* the top of the stack only: it is very deep */
    int32_t n = g->nframes;
    int32_t shown = 0;
    for (int32_t i = n - 1; i >= 0 && shown < 50; i--, shown++) {
        Frame *f = &g->frames[i];
        sb_printf(&b, "%s(...)\n\t%s:%d\n", f->fn->name, abs_path(f->fn->file),
                  func_line(f->fn, f->pc > f->fn->code ? f->pc - 1 : f->pc));
    }
    if (n > 50) {
        sb_printf(&b, "...additional frames elided...\n");
    }
    rt_write(2, b.data, b.len);
    g->fatal = true;
}

/* go of a nil func value: Go reports a fatal error, not a panic. */
void vm_fatal_go_nil(VmG *g) {
    rt_flush();
    StrBuf b = {0};
    sb_puts(&b, "fatal error: go of nil func value\n\n");
    sb_printf(&b, "goroutine %lld [running]:\n", (long long)g->g.id);
    exec_traceback(&g->g, &b);
    if (!rt_output_hook) { /* the REPL goes on */
        sb_puts(&b, "exit status 2\n");
    }
    rt_write(2, b.data, b.len);
    g->fatal = true;
}

/* ---- the runtime package's view of the frames: Caller, Callers, FuncForPC, Stack ---- */

/* The functions a pc was handed out in (only Caller and Callers make pcs, so FuncForPC needs
 * no others), sorted by code address; each is added once (Func.pc_known). */
static struct {
    pthread_mutex_t lock;
    const Func **fns;
    int32_t len, cap;
} known = {PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0};

static void know_func(const Func *fn) {
    if (__atomic_load_n(&fn->pc_known, __ATOMIC_ACQUIRE)) {
        return;
    }
    pthread_mutex_lock(&known.lock);
    if (!fn->pc_known) {
        if (known.len == known.cap) {
            known.cap = known.cap ? known.cap * 2 : 64;
            const Func **n = NEW_ARRAY(const Func *, known.cap);
            if (known.len) {
                memcpy(n, known.fns, sizeof *n * (size_t)known.len);
            }
            known.fns = n;
        }
        int32_t i = known.len;
        while (i > 0 && known.fns[i - 1]->code > fn->code) {
            known.fns[i] = known.fns[i - 1];
            i--;
        }
        known.fns[i] = fn;
        known.len++;
        __atomic_store_n(&((Func *)fn)->pc_known, true, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&known.lock);
}

/* The function whose code holds pc, or NULL. */
static const Func *func_at(uintptr_t pc) {
    const Func *found = NULL;
    pthread_mutex_lock(&known.lock);
    int32_t lo = 0, hi = known.len; /* the last function starting at or below pc */
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)known.fns[mid]->code <= pc) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo > 0) {
        const Func *fn = known.fns[lo - 1];
        if (pc < (uintptr_t)(fn->code + fn->ncode)) {
            found = fn;
        }
    }
    pthread_mutex_unlock(&known.lock);
    return found;
}

/* The pc of frame wf: its return address, made known to FuncForPC. */
static uintptr_t frame_pc(const WalkFrame *wf) {
    know_func(wf->fn);
    return (uintptr_t)wf->ret;
}

/* Skips n frames of g; false when fewer are left. */
static bool walk_skip(Walk *w, int64_t n) {
    WalkFrame wf;
    for (; n > 0; n--) {
        if (!walk_next(w, &wf)) {
            return false;
        }
    }
    return true;
}

static void set_string(Slot *a, const char *s) {
    a[0].p = (void *)s;
    a[1].i = (int64_t)strlen(s);
}

/* Caller(skip int) (pc uintptr, file string, line int, ok bool): skip 0 is Caller's caller;
 * the pc is the call's (the return address less one), as Go's. */
void exec_rt_caller(G *gg, Slot *a) {
    Walk w = walk_start(vm_g(gg));
    WalkFrame wf;
    if (a[0].i < 0 || !walk_skip(&w, a[0].i) || !walk_next(&w, &wf)) {
        memset(a, 0, sizeof(Slot) * 5);
        return;
    }
    a[0].u = frame_pc(&wf) - 1;
    set_string(&a[1], abs_path(wf.fn->file));
    a[3].i = func_line(wf.fn, wf.ret - 1);
    a[4].i = 1;
}

/* Callers(skip int, pc []uintptr) int: skip 0 is Callers itself. */
void exec_rt_callers(G *gg, Slot *a) {
    Walk w = walk_start(vm_g(gg));
    int64_t skip = a[0].i;
    GoSlice pcs = rt_slice(&a[1]);
    int64_t n = 0;
    if (skip <= 0 && pcs.len > 0) {
        WalkFrame self = {callers_func(), callers_func()->code + 1, NULL, NULL};
        pcs.ptr[n++].u = frame_pc(&self);
    }
    WalkFrame wf;
    if (walk_skip(&w, skip > 0 ? skip - 1 : 0)) {
        while (n < pcs.len && walk_next(&w, &wf)) {
            pcs.ptr[n++].u = frame_pc(&wf);
        }
    }
    a[0].i = n;
}

/* What a pc is in: its function, file and line; false when no function holds it. */
typedef struct PcInfo {
    Func *fn;
    const char *file;
    int32_t line;
} PcInfo;

static bool pc_info(uintptr_t pc, PcInfo *out) {
    const Func *fn = func_at(pc);
    if (!fn) {
        return false;
    }
    out->fn = (Func *)fn;
    out->file = abs_path(fn->file);
    out->line = func_line(fn, fn->code + (pc - (uintptr_t)fn->code) / sizeof(Instr));
    return true;
}

/* The *runtime.Func of fn, made once (its one field: the entry). */
static Slot *go_func_of(Func *fn) {
    void *obj = __atomic_load_n(&fn->go_func, __ATOMIC_ACQUIRE);
    if (!obj) {
        Slot *f = GC_MALLOC_ATOMIC(sizeof(Slot));
        f->u = (uintptr_t)fn->code;
        void *none = NULL;
        obj = __atomic_compare_exchange_n(&fn->go_func, &none, f, false, __ATOMIC_ACQ_REL,
                                          __ATOMIC_ACQUIRE)
                  ? f
                  : none;
    }
    return obj;
}

uintptr_t exec_func_entry(Slot value) {
    const Closure *cl = value.p;
    if (!cl) {
        return 0;
    }
    const Func *fn = cl->fn->native ? vm_native_trampoline(cl->fn)->fn : cl->fn;
    know_func(fn);
    return (uintptr_t)fn->code;
}

/* FuncForPC(pc uintptr) *Func */
void exec_rt_func_for_pc(G *gg, Slot *a) {
    PcInfo pi;
    a[0].p = pc_info(a[0].u, &pi) ? go_func_of(pi.fn) : NULL;
}

/* (f *Func) Name() string: "" for a nil *Func. */
void exec_rt_func_name(G *gg, Slot *a) {
    const Slot *f = a[0].p;
    PcInfo pi;
    set_string(&a[0], f && pc_info(f->u, &pi) && pi.fn->name ? pi.fn->name : "");
}

/* (f *Func) Entry() uintptr */
void exec_rt_func_entry(G *gg, Slot *a) {
    const Slot *f = a[0].p;
    if (!f) {
        vm_nil_deref(vm_g(gg));
        return;
    }
    a[0].u = f->u;
}

/* (f *Func) FileLine(pc uintptr) (file string, line int) */
void exec_rt_func_file_line(G *gg, Slot *a) {
    PcInfo pi;
    bool ok = pc_info(a[1].u, &pi);
    set_string(&a[0], ok ? pi.file : "");
    a[2].i = ok ? pi.line : 0;
}

/* CallersFrames(callers []uintptr) *Frames: a Frames is the slice of pcs still to report. */
void exec_rt_callers_frames(G *gg, Slot *a) {
    Slot *frames = GC_MALLOC(sizeof(Slot) * 3);
    memcpy(frames, a, sizeof(Slot) * 3);
    a[0].p = frames;
}

/* (ci *Frames) Next() (frame Frame, more bool): the frame of the next pc (a return address:
 * the call lies just before it), and whether more pcs follow. A Frame's slots: PC, Func,
 * Function (2), File (2), Line, Entry. */
void exec_rt_frames_next(G *gg, Slot *a) {
    Slot *ci = a[0].p;
    if (!ci) {
        vm_nil_deref(vm_g(gg));
        return;
    }
    memset(a, 0, sizeof(Slot) * 9);
    PcInfo pi;
    while (ci[1].i > 0) {
        uintptr_t pc = ((Slot *)ci[0].p)[0].u - 1;
        ci[0].p = (Slot *)ci[0].p + 1;
        ci[1].i--;
        ci[2].i--;
        if (!pc_info(pc, &pi)) {
            continue;
        }
        a[0].u = pc;
        a[1].p = go_func_of(pi.fn);
        set_string(&a[2], pi.fn->name ? pi.fn->name : "");
        set_string(&a[4], pi.file);
        a[6].i = pi.line;
        a[7].u = (uintptr_t)pi.fn->code;
        a[8].i = ci[1].i > 0;
        return;
    }
}

/* KeepAlive(x any): nothing to do, the collector is conservative. */
void exec_rt_keep_alive(G *gg, Slot *a) {
}

/* Stack(buf []byte, all bool) int: the calling goroutine's traceback, as much as fits. (With
 * all, Go adds every other goroutine, stopping the world; we show the caller only.) */
void exec_rt_stack(G *gg, Slot *a) {
    GoSlice buf = rt_slice(&a[0]);
    StrBuf b = {0};
    sb_printf(&b, "goroutine %lld [running]:\n", (long long)gg->id);
    exec_traceback(gg, &b);
    int64_t n = (int64_t)b.len < buf.len ? (int64_t)b.len : buf.len;
    for (int64_t i = 0; i < n; i++) {
        buf.ptr[i].u = (uint8_t)b.data[i];
    }
    a[0].i = n;
}

/* Breakpoint(): Go traps (SIGTRAP); no debugger catches it, so the program dies as Go's does. */
void exec_rt_breakpoint(G *gg, Slot *a) {
    rt_flush();
    StrBuf b = {0};
    sb_printf(&b, "SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine %lld [running]:\n",
              (long long)gg->id);
    exec_traceback(gg, &b);
    sb_puts(&b, "exit status 2\n");
    rt_write(2, b.data, b.len);
    rt_exit(gg, 2);
}

/* ---- the race detector's stacks ---- */

int vm_race_frames(VmG *g, const Instr *top, RaceFrame *out, int max) {
    int n = 0;
    for (int32_t i = g->nframes - 1; i >= 0 && n < max; i--) {
        const Frame *f = &g->frames[i];
        bool innermost = i == g->nframes - 1;
        if (f->fn->is_wrapper && !(innermost && i == 0)) {
            continue;
        }
        const Instr *pc = innermost ? top : f->pc - 1; /* a caller: at its call */
        out[n++] = (RaceFrame){f->fn, (int32_t)(pc - f->fn->code)};
    }
    return n;
}

int exec_race_frames(G *gg, RaceFrame *out, int max) {
    VmG *g = vm_g(gg);
    if (g->nframes == 0) {
        return 0;
    }
    const Frame *f = &g->frames[g->nframes - 1];
    return vm_race_frames(g, f->pc > f->fn->code ? f->pc - 1 : f->pc, out, max);
}

void exec_print_race_frame(const RaceFrame *rf, StrBuf *b) {
    const Func *fn = rf->fn;
    sb_printf(b, "  %s()\n      %s:%d +0x%x\n", fn->name ? fn->name : "?", abs_path(fn->file),
              func_line(fn, fn->code + rf->pc), (unsigned)rf->pc * 4);
}
