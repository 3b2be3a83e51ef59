/* vm.c — the bytecode interpreter: calls, returns, defers, panics and recovery, runtime
 * errors, and the runtime services natives use (rt_*).
 *
 * One C loop runs a goroutine: a Go call pushes a Frame on g->frames and continues; a return
 * pops it. Registers of the running frame are `R` (g->stack + frame base), its constants `K`.
 * R is re-derived after anything that may grow the stack (calls) — the stack may move.
 *
 * Panics: vm_panic records a Panic whose cursor (`frame`) starts at the top frame; unwinding
 * runs each frame's deferred calls top-down, each on top of the whole stack (frames are kept,
 * so the traceback of a fatal panic shows where it happened). A deferred call that recovers
 * makes the frame that deferred it return normally (through its epilogue, recover_pc).
 * A native that calls Go (rt_call) runs the call on a fresh stack and frame array, so the
 * native's argument pointer stays valid; a panic that leaves that call is handed back.
 */
#include "vm.h"

#include "../../runtime/lib/format.h"
#include "../../runtime/chan.h"
#include "../../runtime/map.h"
#include "../../runtime/sched.h"
#include "../lex/lex.h"
#include "opcodes.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

VmTypes vm_types;
int rt_argc;
char **rt_argv;

static __thread G *cur_g;
static int64_t next_gid = 1;

G *vm_current(void) { return cur_g; }

/* ---- output ---- */

static char out_buf[1 << 16];
static size_t out_len;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void) {
    if (out_len) {
        write_all(1, out_buf, out_len);
        out_len = 0;
    }
}

void vm_flush(void) {
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

void rt_flush(void) { vm_flush(); }

void (*rt_output_hook)(int fd, const char *p, size_t n);

void rt_write(int fd, const char *p, size_t n) {
    if (rt_output_hook) {
        rt_output_hook(fd, p, n);
        return;
    }
    pthread_mutex_lock(&out_lock);
    if (fd == 1) {
        if (out_len + n > sizeof out_buf) {
            flush_locked();
            if (n > sizeof out_buf / 2) {
                write_all(1, p, n);
                pthread_mutex_unlock(&out_lock);
                return;
            }
        }
        memcpy(out_buf + out_len, p, n);
        out_len += n;
        pthread_mutex_unlock(&out_lock);
        return;
    }
    flush_locked();
    write_all(fd, p, n);
    pthread_mutex_unlock(&out_lock);
}

int64_t rt_read(G *g, int fd, char *buf, size_t n) {
    (void)g;
    vm_flush();
    sched_enter_blocking();
    ssize_t r;
    do {
        r = read(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    sched_exit_blocking();
    return r;
}

void vm_exit(int code) {
    vm_flush();
    exit(code);
}

/* ---- goroutines, stacks, frames ---- */

#define STACK_LIMIT_BYTES ((int64_t)1000000000)
/* We stop earlier than Go's 1 GB: our frames are bigger than Go's and a stack that deep
 * costs real memory and collector time. The report keeps Go's wording. */
#define OUR_STACK_LIMIT ((int64_t)256 * 1024 * 1024)

static void fatal_stack_overflow(G *g);

static bool grow_stack(G *g, int64_t need) {
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

static bool grow_frames(G *g) {
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

/* Pushes a frame for fn at stack index base. False on stack overflow. */
static inline bool push_frame(G *g, Func *fn, Closure *cl, int64_t base, uint32_t flags) {
    if (g->nframes == g->frames_cap && !grow_frames(g)) {
        return false;
    }
    if (base + fn->nregs + 8 > g->stack_cap && !grow_stack(g, base + fn->nregs + 8)) {
        return false;
    }
    Frame *f = &g->frames[g->nframes++];
    f->fn = fn;
    f->cl = cl;
    f->pc = fn->code;
    f->base = base;
    f->defers = g->ndefer;
    f->flags = flags;
    f->panic = NULL;
    return true;
}

G *vm_new_g(Closure *fn, const Slot *args, int nargs) { return vm_reuse_g(NEW(G), fn, args, nargs); }

G *vm_reuse_g(G *g, Closure *fn, const Slot *args, int nargs) {
    /* a reused goroutine keeps its stack and frame arrays (when small) and its list slot */
    Slot *stack = g->stack;
    int64_t stack_cap = g->stack_cap;
    Frame *frames = g->frames;
    int32_t frames_cap = g->frames_cap;
    int64_t allg_index = g->allg_index;
    void *sleep_timer = g->sleep_timer;
    void *select_cache = g->select_cache;
    pthread_cond_t *cond = g->thread_cond;
    memset(g, 0, sizeof *g);
    g->allg_index = allg_index;
    g->sleep_timer = sleep_timer;
    g->select_cache = select_cache;
    g->thread_cond = cond;
    g->id = __atomic_fetch_add(&next_gid, 1, __ATOMIC_RELAXED);
    int64_t need = fn->fn->nregs + nargs + 16;
    if (stack && stack_cap >= need && stack_cap <= 4096) {
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
    g->entry = fn->fn;
    g->status = G_RUNNABLE;
    if (nargs) {
        memcpy(g->stack, args, sizeof(Slot) * (size_t)nargs);
    }
    push_frame(g, fn->fn, fn, 0, 0);
    return g;
}

/* ---- panics ---- */

void vm_panic(G *g, const Type *t, Slot data) {
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

static void panic_msg(G *g, const Type *t, const char *msg, bool runtime) {
    if (!t) {
        /* the runtime package is not loaded yet: a plain string */
        t = vm_types.string_t;
    }
    Slot data;
    if (t && t->kind == KIND_POINTER) {
        /* *TypeAssertionError{msg string}: a pointer to a struct holding the string */
        GoString *gs = GC_MALLOC(sizeof(GoString));
        size_t n = strlen(msg);
        char *copy = NEW_ATOMIC(n + 1);
        memcpy(copy, msg, n);
        gs->ptr = copy;
        gs->len = (int64_t)n;
        data.p = gs;
    } else {
        data = string_box(msg, strlen(msg));
    }
    vm_panic(g, t, data);
    g->panic->runtime_error = runtime;
}

void rt_panic_runtime(G *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *m = str_vprintf(fmt, ap);
    va_end(ap);
    panic_msg(g, vm_types.error_string, str_printf("runtime error: %s", m), true);
}

void rt_panic_plain(G *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *m = str_vprintf(fmt, ap);
    va_end(ap);
    panic_msg(g, vm_types.plain_error, m, true);
}

void rt_panic_value(G *g, const Type *t, Slot data) { vm_panic(g, t, data); }

void rt_panic_string(G *g, const char *msg) {
    vm_panic(g, vm_types.string_t, string_box(msg, strlen(msg)));
}

bool rt_panicking(G *g) { return g->panic_pending || (g->panic && g->nested && !g->panic->recovered); }

static void nil_deref(G *g) {
    rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    g->panic->nil_deref = true;
}

/* Go omits the length for a negative index. */
static void index_error(G *g, int64_t i, int64_t n) {
    if (i < 0) {
        rt_panic_runtime(g, "index out of range [%lld]", (long long)i);
    } else {
        rt_panic_runtime(g, "index out of range [%lld] with length %lld", (long long)i, (long long)n);
    }
}

/* Checks s[lo:hi:max] against cap (or the length of an array or string), panicking with
 * Go's messages (runtime boundsError) when out of range. three: written with a max. */
static bool slice_bounds_ok(G *g, int64_t lo, int64_t hi, int64_t max, int64_t cap,
                            bool is_len, bool three) {
    const char *what = is_len ? "length" : "capacity";
    if (three) {
        if ((uint64_t)max > (uint64_t)cap) {
            if (max < 0) {
                rt_panic_runtime(g, "slice bounds out of range [::%lld]", (long long)max);
            } else {
                rt_panic_runtime(g, "slice bounds out of range [::%lld] with %s %lld",
                                 (long long)max, what, (long long)cap);
            }
            return false;
        }
        if ((uint64_t)hi > (uint64_t)max) {
            if (hi < 0) {
                rt_panic_runtime(g, "slice bounds out of range [:%lld:]", (long long)hi);
            } else {
                rt_panic_runtime(g, "slice bounds out of range [:%lld:%lld]", (long long)hi,
                                 (long long)max);
            }
            return false;
        }
        if ((uint64_t)lo > (uint64_t)hi) {
            if (lo < 0) {
                rt_panic_runtime(g, "slice bounds out of range [%lld::]", (long long)lo);
            } else {
                rt_panic_runtime(g, "slice bounds out of range [%lld:%lld:]", (long long)lo,
                                 (long long)hi);
            }
            return false;
        }
        return true;
    }
    if ((uint64_t)hi > (uint64_t)cap) {
        if (hi < 0) {
            rt_panic_runtime(g, "slice bounds out of range [:%lld]", (long long)hi);
        } else {
            rt_panic_runtime(g, "slice bounds out of range [:%lld] with %s %lld", (long long)hi,
                             what, (long long)cap);
        }
        return false;
    }
    if ((uint64_t)lo > (uint64_t)hi) {
        if (lo < 0) {
            rt_panic_runtime(g, "slice bounds out of range [%lld:]", (long long)lo);
        } else {
            rt_panic_runtime(g, "slice bounds out of range [%lld:%lld]", (long long)lo,
                             (long long)hi);
        }
        return false;
    }
    return true;
}

static void assert_panic(G *g, const char *msg) {
    panic_msg(g, vm_types.assert_error, msg, true);
}

/* Where the unwinding stands after a step. */
typedef enum { UNWIND_RESUME, UNWIND_FATAL, UNWIND_TO_C } Unwind;

static bool call_deferred(G *g, Defer *d, Panic *p);

/* Advances the innermost panic: runs the next deferred call, recovers, or gives up. */
static Unwind panic_continue(G *g) {
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
            if (!call_deferred(g, &d, p)) {
                fatal_stack_overflow(g);
                return UNWIND_FATAL;
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

static RunResult run_loop(G *g);

typedef struct SavedStack {
    Slot *stack;
    int64_t stack_cap;
    Frame *frames;
    int32_t nframes, frames_cap;
} SavedStack;

static void save_stack(G *g, SavedStack *s) {
    s->stack = g->stack;
    s->stack_cap = g->stack_cap;
    s->frames = g->frames;
    s->nframes = g->nframes;
    s->frames_cap = g->frames_cap;
}

static void restore_stack(G *g, SavedStack *s) {
    g->stack = s->stack;
    g->stack_cap = s->stack_cap;
    g->frames = s->frames;
    g->nframes = s->nframes;
    g->frames_cap = s->frames_cap;
}

/* Runs fn (a Closure) with args on a fresh stack; results to res. */
static bool nested_call(G *g, Closure *cl, const Slot *args, int nargs, Slot *res, int nres) {
    Func *fn = cl->fn;
    if (fn->native) {
        int n = nargs > nres ? nargs : nres;
        Slot *tmp = GC_MALLOC(sizeof(Slot) * (size_t)(n + 1));
        memcpy(tmp, args, sizeof(Slot) * (size_t)nargs);
        fn->native(g, tmp);
        memcpy(res, tmp, sizeof(Slot) * (size_t)nres);
        if (g->panic_pending) {
            return false;
        }
        return !g->exiting;
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
    bool ok = push_frame(g, fn, cl, 0, FRAME_RETURN_TO_C);
    g->nested++;
    RunResult r = ok ? run_loop(g) : RUN_PANIC;
    g->nested--;
    bool good = r == RUN_DONE;
    if (good) {
        memcpy(res, g->stack, sizeof(Slot) * (size_t)nres);
    }
    restore_stack(g, &saved);
    if (!good && g->panic && !g->exiting) {
        /* the panic goes on in the caller's frames */
        g->panic->frame = g->nframes - 1;
        g->panic_pending = true;
    }
    return good;
}

bool rt_call(G *g, Slot fn, const Slot *args, int nargs, Slot *res, int nres) {
    Closure *cl = fn.p;
    if (!cl) {
        nil_deref(g);
        return false;
    }
    return nested_call(g, cl, args, nargs, res, nres);
}

bool rt_call_method(G *g, const Type *t, Slot data, const Method *m, const Slot *args, int nargs,
                    Slot *res, int nres) {
    Slot *a = GC_MALLOC(sizeof(Slot) * (size_t)(m->recv_slots + nargs + 2));
    int rs = 1;
    switch (m->mode) {
    case RECV_DIRECT: a[0] = data; break;
    case RECV_BOXED:
        rs = m->recv_slots;
        if (rs > 0) {
            memcpy(a, data.p, sizeof(Slot) * (size_t)rs);
        }
        break;
    case RECV_DEREF:
        rs = m->recv_slots;
        if (!data.p) {
            /* Go: value method called through a nil pointer */
            rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
            g->panic->nil_deref = true;
            return false;
        }
        if (rs > 0) {
            memcpy(a, data.p, sizeof(Slot) * (size_t)rs);
        }
        break;
    }
    (void)t;
    if (nargs) {
        memcpy(a + rs, args, sizeof(Slot) * (size_t)nargs);
    }
    Closure cl = {m->fn, 0};
    Closure *clp = GC_MALLOC(sizeof(Closure));
    *clp = cl;
    bool ok = nested_call(g, clp, a, rs + nargs, res, nres);
    if (!ok) {
        g->panic_pending = g->panic != NULL;
    }
    return ok;
}

void rt_recover_into(G *g, Slot *out) {
    Panic *p = g->panic;
    if (!p) {
        out[0].p = NULL;
        out[1].p = NULL;
        return;
    }
    out[0].p = (void *)p->type;
    out[1] = p->data;
    g->panic = p->link;
    g->panic_pending = false;
}

void rt_goexit(G *g) {
    vm_panic(g, NULL, (Slot){0});
    g->panic->goexit = true;
}

void rt_exit(G *g, int code) {
    g->exiting = true;
    g->exit_code = code;
}

/* ---- strings and slices ---- */

static char empty_base[8];

GoString rt_string_copy(const char *p, size_t n) {
    char *s = NEW_ATOMIC(n + 1);
    if (n) {
        memcpy(s, p, n);
    }
    return (GoString){s, (int64_t)n};
}

GoSlice rt_make_slice(int64_t len, int64_t cap, int32_t elem_slots, bool pointer_free) {
    size_t bytes = sizeof(Slot) * (size_t)cap * (size_t)elem_slots;
    Slot *p;
    if (bytes == 0) {
        p = (Slot *)empty_base;
    } else if (pointer_free) {
        p = GC_MALLOC_ATOMIC(bytes);
        memset(p, 0, bytes);
    } else {
        p = GC_MALLOC(bytes);
    }
    return (GoSlice){p, len, cap};
}

void rt_new_error(Slot *iface, GoString msg) {
    Type *t = vm_types.errors_string;
    GoString *s = GC_MALLOC(sizeof(GoString));
    *s = msg;
    iface[0].p = t;
    iface[1].p = s;
}

/* A type's size and alignment in Go's memory layout (amd64): append's growth depends on them. */
static int64_t go_align(const Type *t);

static int64_t go_size(const Type *t) {
    switch (t->kind) {
    case KIND_BOOL:
    case KIND_INT8:
    case KIND_UINT8: return 1;
    case KIND_INT16:
    case KIND_UINT16: return 2;
    case KIND_INT32:
    case KIND_UINT32:
    case KIND_FLOAT32: return 4;
    case KIND_COMPLEX128:
    case KIND_STRING:
    case KIND_INTERFACE: return 16;
    case KIND_SLICE: return 24;
    case KIND_ARRAY: return t->len * go_size(t->elem);
    case KIND_STRUCT: {
        int64_t off = 0;
        for (int i = 0; i < t->nfields; i++) {
            int64_t a = go_align(t->fields[i].type);
            off = (off + a - 1) / a * a;
            off += go_size(t->fields[i].type);
        }
        if (t->nfields && off > 0 && go_size(t->fields[t->nfields - 1].type) == 0) {
            off++; /* a final zero-size field gets a byte, so &last stays inside */
        }
        int64_t a = go_align(t);
        return (off + a - 1) / a * a;
    }
    default: return 8;
    }
}

static int64_t go_align(const Type *t) {
    switch (t->kind) {
    case KIND_ARRAY: return go_align(t->elem);
    case KIND_STRUCT: {
        int64_t a = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t fa = go_align(t->fields[i].type);
            a = fa > a ? fa : a;
        }
        return a;
    }
    case KIND_COMPLEX128:
    case KIND_STRING:
    case KIND_INTERFACE:
    case KIND_SLICE: return 8;
    default: {
        int64_t s = go_size(t);
        return s > 0 ? s : 1;
    }
    }
}

/* Go's append growth (runtime.growslice, Go 1.20+), then rounded up to a size class. */
static int64_t grow_cap(int64_t old_cap, int64_t needed, int64_t elem_bytes) {
    int64_t newcap = old_cap;
    int64_t doublecap = newcap + newcap;
    if (needed > doublecap) {
        newcap = needed;
    } else {
        const int64_t threshold = 256;
        if (old_cap < threshold) {
            newcap = doublecap;
        } else {
            while (newcap > 0 && newcap < needed) {
                newcap += (newcap + 3 * threshold) / 4;
            }
            if (newcap <= 0) {
                newcap = needed;
            }
        }
    }
    /* round the allocation up to Go's malloc size classes */
    static const int64_t classes[] = {
        0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
        160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
        448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
        1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
        6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
        18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
    if (elem_bytes == 0) {
        return newcap;
    }
    int64_t mem = newcap * elem_bytes;
    int64_t rounded;
    if (mem <= 32768) {
        rounded = mem;
        for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
            if (classes[i] >= mem) {
                rounded = classes[i];
                break;
            }
        }
    } else {
        rounded = (mem + 8191) / 8192 * 8192; /* whole pages */
    }
    return rounded / elem_bytes;
}

/* ---- type assertions ---- */


/* ---- printing ---- */

static void print_op(const Type *t, const Slot *v, bool space, bool nl) {
    StrBuf b = {0};
    if (space) {
        sb_putc(&b, ' ');
    }
    if (t) {
        fmt_runtime_print_value(&b, t, v);
    }
    if (nl) {
        sb_putc(&b, '\n');
    }
    rt_write(2, b.data ? b.data : "", b.len);
}

/* ---- tracebacks ---- */

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

void vm_traceback(G *g, StrBuf *b) {
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        Frame *f = &g->frames[i];
        if (f->fn->is_wrapper) {
            continue;
        }
        const Instr *pc = f->pc;
        if (i != g->nframes - 1 || pc > f->fn->code) {
            pc = pc > f->fn->code ? pc - 1 : pc; /* the call, not the return point */
        }
        sb_printf(b, "%s(", f->fn->name ? f->fn->name : "?");
        /* the argument words, as Go prints them */
        int32_t nargs = f->fn->param_slots;
        for (int32_t k = 0; k < nargs && k < 10; k++) {
            sb_printf(b, "%s0x%llx", k ? ", " : "", (unsigned long long)g->stack[f->base + k].u);
        }
        if (nargs > 10) {
            sb_puts(b, ", ...");
        }
        sb_printf(b, ")\n\t%s:%d +0x%x\n", abs_path(f->fn->file), func_line(f->fn, pc),
                  (unsigned)((pc - f->fn->code) * 4));
    }
}

static void print_panics(G *g, Panic *p, StrBuf *b) {
    if (p->link) {
        print_panics(g, p->link, b);
        if (!p->link->goexit) {
            sb_putc(b, '\t');
        }
    }
    if (p->goexit) {
        return;
    }
    sb_puts(b, "panic: ");
    if (!p->type) {
        sb_puts(b, "nil");
    } else {
        fmt_panic_value(g, b, p->type, p->data);
    }
    if (p->recovered) {
        sb_puts(b, " [recovered]");
    }
    sb_putc(b, '\n');
}

void vm_report_panic(G *g) {
    vm_flush();
    StrBuf b = {0};
    Panic *p = g->panic;
    g->panic = NULL; /* methods called while printing must not see it */
    print_panics(g, p, &b);
    if (p->nil_deref) {
        sb_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->id);
    vm_traceback(g, &b);
    if (g->go_parent_fn) {
        sb_printf(&b, "created by %s in goroutine %lld\n\t%s:%d +0x0\n", g->go_parent_fn,
                  (long long)g->go_parent_id, abs_path(g->go_file), g->go_line);
    }
    if (!rt_output_hook) {
        sb_puts(&b, "exit status 2\n");
    }
    rt_write(2, b.data, b.len);
}

void vm_report_panic_created(G *g) { vm_report_panic(g); }

static void fatal_stack_overflow(G *g) {
    vm_flush();
    StrBuf b = {0};
    sb_printf(&b, "runtime: goroutine stack exceeds %lld-byte limit\n", (long long)STACK_LIMIT_BYTES);
    sb_puts(&b, "fatal error: stack overflow\n\nruntime stack:\n");
    sb_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->id);
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

/* ---- deferred calls ---- */

/* Starts a deferred call on top of the stack. */
static bool call_deferred(G *g, Defer *d, Panic *p) {
    Closure *cl = d->fn.p;
    Frame *top = &g->frames[g->nframes - 1];
    int64_t base = top->base + top->fn->nregs;
    Func *fn = cl->fn;
    if (fn->native) {
        if (base + d->nargs + 8 > g->stack_cap && !grow_stack(g, base + d->nargs + 8)) {
            return false;
        }
        memcpy(g->stack + base, d->args, sizeof(Slot) * (size_t)d->nargs);
        fn->native(g, g->stack + base);
        return true;
    }
    if (!push_frame(g, fn, cl, base, FRAME_DEFERRED)) {
        return false;
    }
    if (d->nargs) {
        memcpy(g->stack + base, d->args, sizeof(Slot) * (size_t)d->nargs);
    }
    g->frames[g->nframes - 1].panic = p;
    return true;
}

/* ---- the interpreter ---- */

static inline int64_t f2i(double f) {
    /* Go on amd64: out of range and NaN give the most negative int64 */
    if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) {
        return INT64_MIN;
    }
    return (int64_t)f;
}

static inline uint64_t f2u(double f) {
    if (!(f > -1.0 && f < 18446744073709551616.0)) {
        if (f >= 9223372036854775808.0 && f < 18446744073709551616.0) {
            return (uint64_t)f;
        }
        return (uint64_t)f2i(f);
    }
    if (f < 9223372036854775808.0) {
        return (uint64_t)(int64_t)f;
    }
    return (uint64_t)f;
}

static int cmp_strings(const Slot *a, const Slot *b) {
    int64_t la = a[1].i, lb = b[1].i;
    int64_t n = la < lb ? la : lb;
    int c = n ? memcmp(a[0].p, b[0].p, (size_t)n) : 0;
    if (c) {
        return c;
    }
    return la < lb ? -1 : la > lb;
}

static inline bool str_eq(const Slot *a, const Slot *b) {
    return a[1].i == b[1].i && (a[0].p == b[0].p || !a[1].i || memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0);
}

/* Decodes one UTF-8 rune as Go's range does. */
static int32_t decode_rune(const uint8_t *s, int64_t n, int *w) {
    int32_t r;
    int k = utf8_decode(s, (size_t)n, &r);
    *w = k;
    return r;
}

static bool type_pointer_free_rt(const Type *t) { return (t->flags & TYPE_POINTERFREE) != 0; }

static void append_elems(G *g, Slot *s, const Slot *vals, int64_t n, const Type *et) {
    int es = et->slots;
    int64_t len = s[1].i, cap = s[2].i;
    Slot *p = s[0].p;
    if (len + n > cap) {
        int64_t ncap = grow_cap(cap, len + n, go_size(et));
        GoSlice ns = rt_make_slice(len + n, ncap, es, type_pointer_free_rt(et));
        if (len > 0 && es > 0) {
            memcpy(ns.ptr, p, sizeof(Slot) * (size_t)(len * es));
        }
        p = ns.ptr;
        cap = ncap;
    }
    if (n > 0 && es > 0) {
        memmove(p + len * es, vals, sizeof(Slot) * (size_t)(n * es));
    }
    s[0].p = p;
    s[1].i = len + n;
    s[2].i = cap;
    (void)g;
}


/* String conversions (STRCONV). */
static void strconv_op(Slot *dst, const Slot *src, int kind) {
    switch (kind) {
    case 0: { /* []byte -> string */
        GoSlice s = {src[0].p, src[1].i, src[2].i};
        char *p = NEW_ATOMIC((size_t)s.len + 1);
        for (int64_t i = 0; i < s.len; i++) {
            p[i] = (char)s.ptr[i].u;
        }
        dst[0].p = p;
        dst[1].i = s.len;
        return;
    }
    case 1: { /* string -> []byte */
        GoString s = {src[0].p, src[1].i};
        GoSlice r = rt_make_slice(s.len, s.len, 1, true);
        for (int64_t i = 0; i < s.len; i++) {
            r.ptr[i].u = (uint8_t)s.ptr[i];
        }
        dst[0].p = r.ptr;
        dst[1].i = r.len;
        dst[2].i = r.cap;
        return;
    }
    case 2: { /* []rune -> string */
        GoSlice s = {src[0].p, src[1].i, src[2].i};
        StrBuf b = {0};
        for (int64_t i = 0; i < s.len; i++) {
            char buf[4];
            int n = utf8_encode((int32_t)s.ptr[i].i, buf);
            sb_put(&b, buf, (size_t)n);
        }
        dst[0].p = b.len ? b.data : (void *)"";
        dst[1].i = (int64_t)b.len;
        return;
    }
    case 3: { /* string -> []rune */
        GoString s = {src[0].p, src[1].i};
        int64_t n = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            decode_rune((const uint8_t *)s.ptr + i, s.len - i, &w);
            i += w;
            n++;
        }
        GoSlice r = rt_make_slice(n, n, 1, true);
        int64_t k = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            r.ptr[k++].i = decode_rune((const uint8_t *)s.ptr + i, s.len - i, &w);
            i += w;
        }
        dst[0].p = r.ptr;
        dst[1].i = r.len;
        dst[2].i = r.cap;
        return;
    }
    default: { /* rune (any integer) -> string */
        int64_t v = src[0].i;
        int32_t r = (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) ? 0xFFFD : (int32_t)v;
        char *p = NEW_ATOMIC(5);
        int n = utf8_encode(r, p);
        dst[0].p = p;
        dst[1].i = n;
        return;
    }
    }
}

/* Interface equality (IEQ); sets *bad to the uncomparable type, if any. */
static bool iface_eq(const Slot *a, const Slot *b, const Type **bad) {
    const Type *ta = a[0].p, *tb = b[0].p;
    if (ta != tb) {
        return false;
    }
    if (!ta) {
        return true;
    }
    if (!(ta->flags & TYPE_COMPARABLE)) {
        *bad = ta;
        return false;
    }
    const Slot *va = iface_value_ptr(ta, &a[1]), *vb = iface_value_ptr(tb, &b[1]);
    return type_equal(ta, va, vb, bad);
}

#if defined(__GNUC__)
#define COMPUTED_GOTO 1
#endif

#define BUDGET 20000 /* back edges between preemption points */

/* Completes a channel operation (instruction `in`) after its goroutine was woken: a sender
 * whose channel was closed panics; a select learns which case won. False: a panic. */
static bool finish_blocked(G *g, Instr in, Slot *R) {
    if (in.op == OP_SELECT && g->select_state) {
        SelectState *st = g->select_state;
        g->select_state = NULL;
        int r = chan_select_finish(g, st);
        if (r == SELECT_PANIC) {
            return false;
        }
        R[in.a].i = r;
        return true;
    }
    Sudog *s = g->waiting;
    g->waiting = NULL;
    if (in.op == OP_SEND && s && !s->success) {
        rt_panic_plain(g, "send on closed channel");
        return false;
    }
    return true;
}

static RunResult run_loop(G *g) {
    Frame *f;
    Func *fn;
    const Instr *pc;
    Slot *R;
    Slot *K;
    int budget = BUDGET;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        f = &g->frames[g->nframes - 1];                                                            \
        fn = f->fn;                                                                                \
        pc = f->pc;                                                                                \
        R = g->stack + f->base;                                                                    \
        K = fn->consts;                                                                            \
    } while (0)
#define SAVE_PC() (f->pc = pc)
#define BACK_EDGE()                                                                                \
    do {                                                                                           \
        if (--budget <= 0) {                                                                       \
            budget = BUDGET;                                                                       \
            if (g->nested == 0) {                                                                  \
                SAVE_PC();                                                                         \
                return RUN_YIELD;                                                                  \
            }                                                                                      \
        }                                                                                          \
    } while (0)
#define PANIC_NOW() goto do_panic
#define RT_ERROR(...)                                                                              \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        rt_panic_runtime(g, __VA_ARGS__);                                                          \
        goto do_panic;                                                                             \
    } while (0)
#define INDEX_ERROR(i, n)                                                                          \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        index_error(g, i, n);                                                                      \
        goto do_panic;                                                                             \
    } while (0)
#define NIL_PANIC()                                                                                \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        nil_deref(g);                                                                              \
        goto do_panic;                                                                             \
    } while (0)

    cur_g = g;
    LOAD_FRAME();
    if (g->waiting || g->select_state) {
        /* back from a channel operation that parked: complete it */
        if (!finish_blocked(g, pc[-1], R)) {
            goto do_panic;
        }
    }

#ifdef COMPUTED_GOTO
    static const void *const labels[] = {
#define OP_LABEL(name, shape, doc) &&L_##name,
        OPCODES(OP_LABEL)
#undef OP_LABEL
    };
#define CASE(name) L_##name:
#define NEXT()                                                                                     \
    do {                                                                                           \
        in = *pc++;                                                                                \
        goto *labels[in.op];                                                                       \
    } while (0)
    Instr in;
    NEXT();
#else
#define CASE(name) case OP_##name:
#define NEXT() continue
    Instr in;
    for (;;) {
        in = *pc++;
        switch (in.op) {
#endif

    CASE(NOP) { NEXT(); }
    CASE(MOVE) {
        R[in.a] = R[in.b];
        NEXT();
    }
    CASE(MOVE2) {
        Slot x = R[in.b], y = R[in.b + 1];
        R[in.a] = x;
        R[in.a + 1] = y;
        NEXT();
    }
    CASE(MOVE3) {
        Slot x = R[in.b], y = R[in.b + 1], z = R[in.b + 2];
        R[in.a] = x;
        R[in.a + 1] = y;
        R[in.a + 2] = z;
        NEXT();
    }
    CASE(MOVEN) {
        memmove(&R[in.a], &R[in.b], sizeof(Slot) * in.c);
        NEXT();
    }
    CASE(LOADK) {
        R[in.a] = K[in.bx];
        NEXT();
    }
    CASE(LOADK2) {
        R[in.a] = K[in.bx];
        R[in.a + 1] = K[in.bx + 1];
        NEXT();
    }
    CASE(LOADI) {
        R[in.a].i = in.sbx;
        NEXT();
    }
    CASE(ZERO) {
        memset(&R[in.a], 0, sizeof(Slot) * in.b);
        NEXT();
    }
    CASE(GGET) {
        R[in.a] = *(Slot *)K[in.bx].p;
        NEXT();
    }
    CASE(GSET) {
        *(Slot *)K[in.bx].p = R[in.a];
        NEXT();
    }
    CASE(ADD) {
        R[in.a].u = R[in.b].u + R[in.c].u;
        NEXT();
    }
    CASE(SUB) {
        R[in.a].u = R[in.b].u - R[in.c].u;
        NEXT();
    }
    CASE(MUL) {
        R[in.a].u = R[in.b].u * R[in.c].u;
        NEXT();
    }
    CASE(DIV) {
        int64_t y = R[in.c].i;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        int64_t x = R[in.b].i;
        R[in.a].i = (y == -1) ? (int64_t)(0 - (uint64_t)x) : x / y;
        NEXT();
    }
    CASE(DIVU) {
        uint64_t y = R[in.c].u;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        R[in.a].u = R[in.b].u / y;
        NEXT();
    }
    CASE(REM) {
        int64_t y = R[in.c].i;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        R[in.a].i = (y == -1) ? 0 : R[in.b].i % y;
        NEXT();
    }
    CASE(REMU) {
        uint64_t y = R[in.c].u;
        if (y == 0) {
            RT_ERROR("integer divide by zero");
        }
        R[in.a].u = R[in.b].u % y;
        NEXT();
    }
    CASE(AND) {
        R[in.a].u = R[in.b].u & R[in.c].u;
        NEXT();
    }
    CASE(OR) {
        R[in.a].u = R[in.b].u | R[in.c].u;
        NEXT();
    }
    CASE(XOR) {
        R[in.a].u = R[in.b].u ^ R[in.c].u;
        NEXT();
    }
    CASE(ANDNOT) {
        R[in.a].u = R[in.b].u & ~R[in.c].u;
        NEXT();
    }
    CASE(SHL) {
        uint64_t n = R[in.c].u;
        R[in.a].u = n >= 64 ? 0 : R[in.b].u << n;
        NEXT();
    }
    CASE(SHLS) {
        int64_t n = R[in.c].i;
        if (n < 0) {
            RT_ERROR("negative shift amount");
        }
        R[in.a].u = n >= 64 ? 0 : R[in.b].u << n;
        NEXT();
    }
    CASE(SHR) {
        uint64_t n = R[in.c].u;
        R[in.a].i = R[in.b].i >> (n >= 64 ? 63 : n);
        NEXT();
    }
    CASE(SHRS) {
        int64_t n = R[in.c].i;
        if (n < 0) {
            RT_ERROR("negative shift amount");
        }
        R[in.a].i = R[in.b].i >> (n >= 64 ? 63 : n);
        NEXT();
    }
    CASE(SHRU) {
        uint64_t n = R[in.c].u;
        R[in.a].u = n >= 64 ? 0 : R[in.b].u >> n;
        NEXT();
    }
    CASE(SHRUS) {
        int64_t n = R[in.c].i;
        if (n < 0) {
            RT_ERROR("negative shift amount");
        }
        R[in.a].u = n >= 64 ? 0 : R[in.b].u >> n;
        NEXT();
    }
    CASE(NEG) {
        R[in.a].u = 0 - R[in.b].u;
        NEXT();
    }
    CASE(NOT) {
        R[in.a].u = ~R[in.b].u;
        NEXT();
    }
    CASE(LNOT) {
        R[in.a].i = !R[in.b].i;
        NEXT();
    }
    CASE(ADDI) {
        R[in.a].u = R[in.b].u + (uint64_t)(int64_t)(int16_t)in.c;
        NEXT();
    }
    CASE(MULI) {
        R[in.a].u = R[in.b].u * (uint64_t)(int64_t)(int16_t)in.c;
        NEXT();
    }
    CASE(SEXT8) {
        R[in.a].i = (int8_t)R[in.b].i;
        NEXT();
    }
    CASE(SEXT16) {
        R[in.a].i = (int16_t)R[in.b].i;
        NEXT();
    }
    CASE(SEXT32) {
        R[in.a].i = (int32_t)R[in.b].i;
        NEXT();
    }
    CASE(ZEXT8) {
        R[in.a].u = (uint8_t)R[in.b].u;
        NEXT();
    }
    CASE(ZEXT16) {
        R[in.a].u = (uint16_t)R[in.b].u;
        NEXT();
    }
    CASE(ZEXT32) {
        R[in.a].u = (uint32_t)R[in.b].u;
        NEXT();
    }
    CASE(EQ) {
        R[in.a].i = R[in.b].u == R[in.c].u;
        NEXT();
    }
    CASE(NE) {
        R[in.a].i = R[in.b].u != R[in.c].u;
        NEXT();
    }
    CASE(LT) {
        R[in.a].i = R[in.b].i < R[in.c].i;
        NEXT();
    }
    CASE(LE) {
        R[in.a].i = R[in.b].i <= R[in.c].i;
        NEXT();
    }
    CASE(LTU) {
        R[in.a].i = R[in.b].u < R[in.c].u;
        NEXT();
    }
    CASE(LEU) {
        R[in.a].i = R[in.b].u <= R[in.c].u;
        NEXT();
    }
    CASE(FADD) {
        R[in.a].f = R[in.b].f + R[in.c].f;
        NEXT();
    }
    CASE(FSUB) {
        R[in.a].f = R[in.b].f - R[in.c].f;
        NEXT();
    }
    CASE(FMUL) {
        R[in.a].f = R[in.b].f * R[in.c].f;
        NEXT();
    }
    CASE(FDIV) {
        R[in.a].f = R[in.b].f / R[in.c].f;
        NEXT();
    }
    CASE(FNEG) {
        R[in.a].f = -R[in.b].f;
        NEXT();
    }
    CASE(FEQ) {
        R[in.a].i = R[in.b].f == R[in.c].f;
        NEXT();
    }
    CASE(FNE) {
        R[in.a].i = R[in.b].f != R[in.c].f;
        NEXT();
    }
    CASE(FLT) {
        R[in.a].i = R[in.b].f < R[in.c].f;
        NEXT();
    }
    CASE(FLE) {
        R[in.a].i = R[in.b].f <= R[in.c].f;
        NEXT();
    }
    CASE(F32) {
        R[in.a].f = (double)(float)R[in.b].f;
        NEXT();
    }
    CASE(I2F) {
        R[in.a].f = (double)R[in.b].i;
        NEXT();
    }
    CASE(U2F) {
        R[in.a].f = (double)R[in.b].u;
        NEXT();
    }
    CASE(F2I) {
        R[in.a].i = f2i(R[in.b].f);
        NEXT();
    }
    CASE(F2U) {
        R[in.a].u = f2u(R[in.b].f);
        NEXT();
    }
    CASE(CADD) {
        double re = R[in.b].f + R[in.c].f, im = R[in.b + 1].f + R[in.c + 1].f;
        R[in.a].f = re;
        R[in.a + 1].f = im;
        NEXT();
    }
    CASE(CSUB) {
        double re = R[in.b].f - R[in.c].f, im = R[in.b + 1].f - R[in.c + 1].f;
        R[in.a].f = re;
        R[in.a + 1].f = im;
        NEXT();
    }
    CASE(CMUL) {
        double a = R[in.b].f, b = R[in.b + 1].f, c = R[in.c].f, d = R[in.c + 1].f;
        R[in.a].f = a * c - b * d;
        R[in.a + 1].f = a * d + b * c;
        NEXT();
    }
    CASE(CDIV) {
        double _Complex x = R[in.b].f + R[in.b + 1].f * 1.0i;
        double _Complex y = R[in.c].f + R[in.c + 1].f * 1.0i;
        double _Complex z = x / y;
        R[in.a].f = __real__ z;
        R[in.a + 1].f = __imag__ z;
        NEXT();
    }
    CASE(CEQ) {
        R[in.a].i = R[in.b].f == R[in.c].f && R[in.b + 1].f == R[in.c + 1].f;
        NEXT();
    }
    CASE(JMP) {
        pc += in.sbx;
        NEXT();
    }
    CASE(JT) {
        if (R[in.a].i) {
            pc += in.sbx;
            if (in.sbx < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JF) {
        if (!R[in.a].i) {
            pc += in.sbx;
        }
        NEXT();
    }
    CASE(JLT) {
        if (R[in.a].i < R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JLE) {
        if (R[in.a].i <= R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JGE) {
        if (R[in.a].i >= R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JGT) {
        if (R[in.a].i > R[in.b].i) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JEQ) {
        if (R[in.a].u == R[in.b].u) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(JNE) {
        if (R[in.a].u != R[in.b].u) {
            pc += (int16_t)in.c;
            if ((int16_t)in.c < 0) {
                BACK_EDGE();
            }
        }
        NEXT();
    }
    CASE(LOOP) {
        pc += in.sbx;
        BACK_EDGE();
        NEXT();
    }
    CASE(CONCAT) {
        int64_t la = R[in.b + 1].i, lb = R[in.c + 1].i;
        if (la == 0) {
            Slot p = R[in.c], l = R[in.c + 1];
            R[in.a] = p;
            R[in.a + 1] = l;
            NEXT();
        }
        if (lb == 0) {
            Slot p = R[in.b], l = R[in.b + 1];
            R[in.a] = p;
            R[in.a + 1] = l;
            NEXT();
        }
        char *s = NEW_ATOMIC((size_t)(la + lb) + 1);
        memcpy(s, R[in.b].p, (size_t)la);
        memcpy(s + la, R[in.c].p, (size_t)lb);
        R[in.a].p = s;
        R[in.a + 1].i = la + lb;
        NEXT();
    }
    CASE(SEQ) {
        R[in.a].i = str_eq(&R[in.b], &R[in.c]);
        NEXT();
    }
    CASE(SNE) {
        R[in.a].i = !str_eq(&R[in.b], &R[in.c]);
        NEXT();
    }
    CASE(SLT) {
        R[in.a].i = cmp_strings(&R[in.b], &R[in.c]) < 0;
        NEXT();
    }
    CASE(SLE) {
        R[in.a].i = cmp_strings(&R[in.b], &R[in.c]) <= 0;
        NEXT();
    }
    CASE(SINDEX) {
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        R[in.a].u = ((const uint8_t *)R[in.b].p)[i];
        NEXT();
    }
    CASE(SSLICE) {
        int64_t lo = R[in.c].i, hi = R[in.c + 1].i, n = R[in.b + 1].i;
        if (!slice_bounds_ok(g, lo, hi, n, n, true, 0)) {
            SAVE_PC();
            PANIC_NOW();
        }
        R[in.a].p = (char *)R[in.b].p + lo;
        R[in.a + 1].i = hi - lo;
        NEXT();
    }
    CASE(STRCONV) {
        Slot tmp[3] = {{0}, {0}, {0}};
        strconv_op(tmp, &R[in.b], in.c);
        R[in.a] = tmp[0];
        R[in.a + 1] = tmp[1];
        if (in.c == 1 || in.c == 3) {
            R[in.a + 2] = tmp[2];
        }
        NEXT();
    }
    CASE(RUNEAT) {
        int64_t i = R[in.c].i;
        int w;
        int32_t r = decode_rune((const uint8_t *)R[in.b].p + i, R[in.b + 1].i - i, &w);
        R[in.a].i = r;
        R[in.a + 1].i = i + w;
        NEXT();
    }
    CASE(NEW) {
        const Type *t = K[in.bx].p;
        size_t n = (size_t)(t->slots > 0 ? t->slots : 1);
        void *p;
        if (type_pointer_free_rt(t)) {
            p = GC_MALLOC_ATOMIC(n * sizeof(Slot));
            memset(p, 0, n * sizeof(Slot));
        } else {
            p = GC_MALLOC(n * sizeof(Slot));
        }
        R[in.a].p = p;
        NEXT();
    }
    CASE(NEWCELL) {
        size_t n = in.b ? in.b : 1;
        void *p;
        if (in.c) {
            p = GC_MALLOC_ATOMIC(n * sizeof(Slot));
            memset(p, 0, n * sizeof(Slot));
        } else {
            p = GC_MALLOC(n * sizeof(Slot));
        }
        R[in.a].p = p;
        NEXT();
    }
    CASE(LOAD) {
        Slot *p = R[in.b].p;
        if (!p) {
            NIL_PANIC();
        }
        R[in.a] = p[in.c];
        NEXT();
    }
    CASE(LOADN) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        if (!p) {
            NIL_PANIC();
        }
        memmove(&R[in.a], p + in.c, sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(STORE) {
        Slot *p = R[in.a].p;
        if (!p) {
            NIL_PANIC();
        }
        p[in.b] = R[in.c];
        NEXT();
    }
    CASE(STOREN) {
        Instr x = *pc++;
        Slot *p = R[in.a].p;
        if (!p) {
            NIL_PANIC();
        }
        memmove(p + in.b, &R[in.c], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(ADDR) {
        Slot *p = R[in.b].p;
        if (!p) {
            NIL_PANIC();
        }
        R[in.a].p = p + in.c;
        NEXT();
    }
    CASE(NILCHK) {
        if (!R[in.a].p) {
            NIL_PANIC();
        }
        NEXT();
    }
    CASE(AGET) {
        Instr x = *pc++;
        int64_t i = R[in.c].i;
        if ((uint64_t)i >= (uint64_t)x.bx) {
            INDEX_ERROR(i, (int64_t)x.bx);
        }
        memmove(&R[in.a], &R[in.b + i * x.a], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(ASET) {
        Instr x = *pc++;
        int64_t i = R[in.b].i;
        if ((uint64_t)i >= (uint64_t)x.bx) {
            INDEX_ERROR(i, (int64_t)x.bx);
        }
        memmove(&R[in.a + i * x.a], &R[in.c], sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(SGET) {
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        R[in.a] = ((Slot *)R[in.b].p)[i];
        NEXT();
    }
    CASE(SGETN) {
        Instr x = *pc++;
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        memmove(&R[in.a], (Slot *)R[in.b].p + i * x.b, sizeof(Slot) * x.b);
        NEXT();
    }
    CASE(SSET) {
        int64_t i = R[in.b].i, n = R[in.a + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        ((Slot *)R[in.a].p)[i] = R[in.c];
        NEXT();
    }
    CASE(SSETN) {
        Instr x = *pc++;
        int64_t i = R[in.b].i, n = R[in.a + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        memmove((Slot *)R[in.a].p + i * x.b, &R[in.c], sizeof(Slot) * x.b);
        NEXT();
    }
    CASE(SADDR) {
        Instr x = *pc++;
        int64_t i = R[in.c].i, n = R[in.b + 1].i;
        if ((uint64_t)i >= (uint64_t)n) {
            INDEX_ERROR(i, n);
        }
        R[in.a].p = (Slot *)R[in.b].p + i * x.b;
        NEXT();
    }
    CASE(PGETN) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        int64_t i = R[in.c].i;
        if ((uint64_t)i >= (uint64_t)x.bx) {
            SAVE_PC();
            if (!p) {
                nil_deref(g);
            } else {
                index_error(g, i, (int64_t)x.bx);
            }
            PANIC_NOW();
        }
        if (!p) {
            NIL_PANIC();
        }
        memmove(&R[in.a], p + i * x.a, sizeof(Slot) * x.a);
        NEXT();
    }
    CASE(PADDR) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        int64_t i = R[in.c].i;
        if (!p) {
            NIL_PANIC();
        }
        if ((uint64_t)i >= (uint64_t)x.bx) {
            INDEX_ERROR(i, (int64_t)x.bx);
        }
        R[in.a].p = p + i * x.a;
        NEXT();
    }
    CASE(SLICE) {
        Instr x = *pc++;
        int64_t lo = R[in.c].i, hi = R[in.c + 1].i, max = R[in.c + 2].i;
        if (!slice_bounds_ok(g, lo, hi, max, R[in.b + 2].i, false, x.c)) {
            SAVE_PC();
            PANIC_NOW();
        }
        Slot *p = R[in.b].p;
        R[in.a].p = p + lo * x.a;
        R[in.a + 1].i = hi - lo;
        R[in.a + 2].i = max - lo;
        NEXT();
    }
    CASE(SLICEP) {
        Instr x = *pc++;
        Slot *p = R[in.b].p;
        int64_t lo = R[in.c].i, hi = R[in.c + 1].i, max = R[in.c + 2].i;
        if (!p) {
            NIL_PANIC();
        }
        if (!slice_bounds_ok(g, lo, hi, max, (int64_t)x.bx, true, (x.a & 0x8000) != 0)) {
            SAVE_PC();
            PANIC_NOW();
        }
        R[in.a].p = p + lo * (x.a & 0x7fff);
        R[in.a + 1].i = hi - lo;
        R[in.a + 2].i = max - lo;
        NEXT();
    }
    CASE(MAKESLICE) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        int64_t len = R[in.b].i, cap = R[in.c].i;
        if (len < 0 || len > ((int64_t)1 << 40)) {
            RT_ERROR("makeslice: len out of range");
        }
        if (cap < len || cap > ((int64_t)1 << 40)) {
            RT_ERROR("makeslice: cap out of range");
        }
        GoSlice s = rt_make_slice(len, cap, et->slots, type_pointer_free_rt(et));
        R[in.a].p = s.ptr;
        R[in.a + 1].i = s.len;
        R[in.a + 2].i = s.cap;
        NEXT();
    }
    CASE(NEWSLICE) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        int64_t n = in.c;
        GoSlice s = rt_make_slice(n, n, et->slots, type_pointer_free_rt(et));
        if (n > 0 && et->slots > 0) {
            memcpy(s.ptr, &R[in.b], sizeof(Slot) * (size_t)(n * et->slots));
        }
        R[in.a].p = s.ptr;
        R[in.a + 1].i = n;
        R[in.a + 2].i = n;
        NEXT();
    }
    CASE(APPEND) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        SAVE_PC();
        append_elems(g, &R[in.a], &R[in.b], in.c, et);
        NEXT();
    }
    CASE(APPENDS) {
        Instr x = *pc++;
        const Type *et = K[x.bx].p;
        if (in.c) {
            /* append([]byte, string...) */
            int64_t n = R[in.b + 1].i;
            const uint8_t *s = R[in.b].p;
            Slot *tmp = GC_MALLOC_ATOMIC(sizeof(Slot) * (size_t)(n ? n : 1));
            for (int64_t i = 0; i < n; i++) {
                tmp[i].u = s[i];
            }
            append_elems(g, &R[in.a], tmp, n, et);
        } else {
            Slot src[3] = {R[in.b], R[in.b + 1], R[in.b + 2]};
            append_elems(g, &R[in.a], src[0].p, src[1].i, et);
        }
        NEXT();
    }
    CASE(COPY) {
        Instr x = *pc++;
        Slot *d = &R[in.b];
        int64_t n = d[1].i;
        if (in.c) {
            GoString s = {R[x.a].p, R[x.a + 1].i};
            if (s.len < n) {
                n = s.len;
            }
            for (int64_t i = 0; i < n; i++) {
                ((Slot *)d[0].p)[i].u = (uint8_t)s.ptr[i];
            }
        } else {
            Slot *s = &R[x.a];
            if (s[1].i < n) {
                n = s[1].i;
            }
            if (n > 0) {
                memmove(d[0].p, s[0].p, sizeof(Slot) * (size_t)(n * x.b));
            }
        }
        R[in.a].i = n;
        NEXT();
    }
    CASE(CLEAR) {
        Instr x = *pc++;
        if (in.c) {
            map_clear(R[in.a].p);
        } else if (R[in.a + 1].i > 0) {
            memset(R[in.a].p, 0, sizeof(Slot) * (size_t)(R[in.a + 1].i * x.b));
        }
        NEXT();
    }
    CASE(MAKEMAP) {
        Instr x = *pc++;
        const Type *mt = K[x.bx].p;
        int64_t hint = R[in.b].i;
        if (hint < 0) {
            RT_ERROR("makemap: size out of range");
        }
        R[in.a].p = map_new(mt, hint);
        NEXT();
    }
    CASE(MAPGET) {
        Instr x = *pc++;
        const Type *mt = K[x.bx].p;
        const Type *bad = NULL;
        Slot *v = map_find(R[in.b].p, &R[in.c], &bad);
        if (bad) {
            RT_ERROR("hash of unhashable type %s", type_string((Type *)bad));
        }
        int vs = mt->elem->slots;
        if (v) {
            memmove(&R[in.a], v, sizeof(Slot) * (size_t)vs);
        } else {
            memset(&R[in.a], 0, sizeof(Slot) * (size_t)vs);
        }
        if (x.a) {
            R[in.a + vs].i = v != NULL;
        }
        NEXT();
    }
    CASE(MAPSET) {
        Instr x = *pc++;
        const Type *mt = K[x.bx].p;
        Map *m = R[in.a].p;
        if (!m) {
            SAVE_PC();
            rt_panic_plain(g, "assignment to entry in nil map");
            PANIC_NOW();
        }
        const Type *bad = NULL;
        Slot *v = map_insert(m, &R[in.b], &bad);
        if (bad) {
            RT_ERROR("hash of unhashable type %s", type_string((Type *)bad));
        }
        memmove(v, &R[in.c], sizeof(Slot) * (size_t)mt->elem->slots);
        NEXT();
    }
    CASE(MAPDEL) {
        pc++;
        const Type *bad = NULL;
        map_delete(R[in.a].p, &R[in.b], &bad);
        if (bad) {
            RT_ERROR("hash of unhashable type %s", type_string((Type *)bad));
        }
        NEXT();
    }
    CASE(MAPLEN) {
        R[in.a].i = map_len(R[in.b].p);
        NEXT();
    }
    CASE(MAPITER) {
        MapIter *it = GC_MALLOC(sizeof(MapIter));
        *it = map_iter(R[in.b].p);
        R[in.a].p = it;
        NEXT();
    }
    CASE(MAPNEXT) {
        Instr x = *pc++;
        MapIter *it = R[in.a].p;
        Slot *k, *v;
        if (!map_iter_next(it, &k, &v)) {
            pc += x.sbx;
            NEXT();
        }
        const Type *mt = map_type(it->m);
        if (x.a & 1) {
            memmove(&R[in.b], k, sizeof(Slot) * (size_t)mt->key->slots);
        }
        if (x.a & 2) {
            memmove(&R[in.c], v, sizeof(Slot) * (size_t)mt->elem->slots);
        }
        NEXT();
    }
    CASE(MKIFACE) {
        Instr x = *pc++;
        const Type *t = K[in.bx].p;
        Slot d = iface_box(t, &R[x.a]);
        R[in.a].p = (void *)t;
        R[in.a + 1] = d;
        NEXT();
    }
    CASE(ASSERT) {
        Instr x = *pc++;
        const Type *want = K[x.bx].p;
        const Type *have = R[in.b].p;
        int n = want->slots;
        if (have == want) {
            Slot d = R[in.b + 1];
            iface_unbox(want, d, &R[in.a]);
            if (in.c) {
                R[in.a + n].i = 1;
            }
            NEXT();
        }
        if (in.c) {
            memset(&R[in.a], 0, sizeof(Slot) * (size_t)(n + 1));
            NEXT();
        }
        SAVE_PC();
        assert_panic(g, have ? str_printf("interface conversion: interface {} is %s, not %s",
                                          type_string((Type *)have), type_string((Type *)want))
                             : str_printf("interface conversion: interface {} is nil, not %s",
                                          type_string((Type *)want)));
        PANIC_NOW();
    }
    CASE(ASSERTI) {
        Instr x = *pc++;
        const Type *want = K[x.bx].p;
        const Type *have = R[in.b].p;
        const char *missing = NULL;
        if (have && type_implements(have, want, &missing)) {
            Slot t0 = R[in.b], t1 = R[in.b + 1];
            R[in.a] = t0;
            R[in.a + 1] = t1;
            if (in.c) {
                R[in.a + 2].i = 1;
            }
            NEXT();
        }
        if (in.c) {
            memset(&R[in.a], 0, sizeof(Slot) * 3);
            NEXT();
        }
        SAVE_PC();
        if (!have) {
            assert_panic(g, str_printf("interface conversion: interface is nil, not %s",
                                       type_string((Type *)want)));
        } else {
            assert_panic(g, str_printf("interface conversion: %s is not %s: missing method %s",
                                       type_string((Type *)have), type_string((Type *)want),
                                       missing ? missing : "?"));
        }
        PANIC_NOW();
    }
    CASE(TYPEIS) {
        Instr x = *pc++;
        R[in.a].i = in.c ? R[in.b].p == NULL : R[in.b].p == K[x.bx].p;
        NEXT();
    }
    CASE(IMPLS) {
        Instr x = *pc++;
        const Type *have = R[in.b].p;
        const char *missing;
        R[in.a].i = have && type_implements(have, K[x.bx].p, &missing);
        NEXT();
    }
    CASE(IEQ) {
        const Type *bad = NULL;
        bool eq = iface_eq(&R[in.b], &R[in.c], &bad);
        if (bad) {
            RT_ERROR("comparing uncomparable type %s", type_string((Type *)bad));
        }
        R[in.a].i = eq;
        NEXT();
    }
    CASE(VEQ) {
        Instr x = *pc++;
        const Type *t = K[x.bx].p;
        const Type *bad = NULL;
        bool eq = type_equal(t, &R[in.b], &R[in.c], &bad);
        if (bad) {
            RT_ERROR("comparing uncomparable type %s", type_string((Type *)bad));
        }
        R[in.a].i = eq;
        NEXT();
    }
    CASE(CALL) {
        Func *callee = K[in.bx].p;
        SAVE_PC();
        if (callee->native) {
            g->native_call = pc - 1;
            callee->native(g, &R[in.a]);
            if (g->panic_pending || g->exiting || g->native_yield) {
                goto after_native;
            }
            R = g->stack + f->base;
            NEXT();
        }
        if (!push_frame(g, callee, NULL, f->base + in.a, 0)) {
            goto stack_overflow;
        }
        LOAD_FRAME();
        NEXT();
    }
    CASE(CALLC) {
        Closure *cl = R[in.b].p;
        SAVE_PC();
        if (!cl) {
            nil_deref(g);
            PANIC_NOW();
        }
        Func *callee = cl->fn;
        if (callee->native) {
            g->native_call = pc - 1;
            callee->native(g, &R[in.a]);
            if (g->panic_pending || g->exiting || g->native_yield) {
                goto after_native;
            }
            R = g->stack + f->base;
            NEXT();
        }
        if (!push_frame(g, callee, cl, f->base + in.a, 0)) {
            goto stack_overflow;
        }
        LOAD_FRAME();
        NEXT();
    }
    CASE(CALLI) {
        pc++;
        const Type *t = R[in.b].p;
        SAVE_PC();
        if (!t) {
            nil_deref(g);
            PANIC_NOW();
        }
        const char *name = K[in.c].p;
        const Method *m = type_method(t, name);
        if (!m) {
            rt_panic_runtime(g, "method %s not found for %s", name, type_string((Type *)t));
            PANIC_NOW();
        }
        Slot data = R[in.b + 1];
        Slot *base = &R[in.a];
        Func *callee = m->fn;
        int nargs = callee->param_slots;
        switch (m->mode) {
        case RECV_DIRECT: base[0] = data; break;
        case RECV_BOXED: {
            int rs = m->recv_slots;
            if (rs != 1) {
                memmove(base + rs, base + 1, sizeof(Slot) * (size_t)(nargs - rs));
            }
            if (rs > 0) {
                memcpy(base, data.p, sizeof(Slot) * (size_t)rs);
            }
            break;
        }
        case RECV_DEREF: {
            int rs = m->recv_slots;
            if (!data.p) {
                nil_deref(g);
                PANIC_NOW();
            }
            if (rs != 1) {
                memmove(base + rs, base + 1, sizeof(Slot) * (size_t)(nargs - rs));
            }
            if (rs > 0) {
                memcpy(base, data.p, sizeof(Slot) * (size_t)rs);
            }
            break;
        }
        }
        if (callee->native) {
            g->native_call = pc - 2;
            callee->native(g, base);
            if (g->panic_pending || g->exiting || g->native_yield) {
                goto after_native;
            }
            R = g->stack + f->base;
            NEXT();
        }
        if (!push_frame(g, callee, NULL, f->base + in.a, 0)) {
            goto stack_overflow;
        }
        LOAD_FRAME();
        NEXT();
    }
    CASE(RET) {
        int n = in.b;
        if (n && in.a) {
            memmove(R, &R[in.a], sizeof(Slot) * (size_t)n);
        }
        uint32_t flags = f->flags;
        Panic *dp = f->panic;
        g->ndefer = f->defers < g->ndefer ? g->ndefer : g->ndefer;
        g->nframes--;
        if (flags & FRAME_RETURN_TO_C) {
            return RUN_DONE;
        }
        if (g->nframes == 0) {
            return RUN_DONE;
        }
        if ((flags & FRAME_DEFERRED) && dp) {
            /* a deferred call run by a panic returned: the panic goes on (or is over) */
            if (g->panic == dp || (g->panic && dp->recovered)) {
                goto continue_panic;
            }
        }
        LOAD_FRAME();
        NEXT();
    }
    CASE(CLOSURE) {
        Func *cf = K[in.bx].p;
        int n = cf->nup;
        Closure *cl = GC_MALLOC(sizeof(Closure) + sizeof(Slot) * (size_t)n);
        cl->fn = cf;
        cl->nup = n;
        for (int i = 0; i < n; i++) {
            Instr x = *pc++;
            cl->up[i] = R[x.a];
        }
        R[in.a].p = cl;
        NEXT();
    }
    CASE(GETUP) {
        R[in.a] = f->cl->up[in.b];
        NEXT();
    }
    CASE(DEFER) {
        Closure *cl = R[in.a].p;
        if (g->ndefer == g->defers_cap) {
            int32_t ncap = g->defers_cap ? g->defers_cap * 2 : 8;
            Defer *nd = GC_MALLOC(sizeof(Defer) * (size_t)ncap);
            if (g->ndefer) {
                memcpy(nd, g->defers, sizeof(Defer) * (size_t)g->ndefer);
            }
            g->defers = nd;
            g->defers_cap = ncap;
        }
        Defer *d = &g->defers[g->ndefer++];
        d->fn.p = cl;
        d->nargs = in.c;
        d->args = NULL;
        if (in.c) {
            d->args = GC_MALLOC(sizeof(Slot) * in.c);
            memcpy(d->args, &R[in.b], sizeof(Slot) * in.c);
        }
        d->frame = g->nframes - 1;
        NEXT();
    }
    CASE(RUNDEFERS) {
        if (g->ndefer > f->defers) {
            Defer d = g->defers[--g->ndefer];
            f->pc = pc - 1; /* come back here */
            Closure *cl = d.fn.p;
            if (!cl) {
                nil_deref(g);
                PANIC_NOW();
            }
            if (!call_deferred(g, &d, NULL)) {
                goto stack_overflow;
            }
            if (g->panic_pending || g->exiting || g->native_yield) {
                goto after_native;
            }
            LOAD_FRAME();
        }
        NEXT();
    }
    CASE(RECOVER) {
        Panic *p = g->panic;
        if (p && !p->recovered && !p->goexit && (f->flags & FRAME_DEFERRED) && f->panic == p) {
            p->recovered = true;
            R[in.a].p = (void *)p->type;
            R[in.a + 1] = p->data;
        } else {
            R[in.a].p = NULL;
            R[in.a + 1].p = NULL;
        }
        NEXT();
    }
    CASE(PANIC) {
        SAVE_PC();
        const Type *t = R[in.a].p;
        Slot d = R[in.a + 1];
        if (!t) {
            /* panic(nil): Go 1.21+ panics with a *runtime.PanicNilError */
            vm_panic(g, vm_types.panic_nil, (Slot){.p = GC_MALLOC(sizeof(Slot))});
        } else {
            vm_panic(g, t, d);
        }
        PANIC_NOW();
    }
    CASE(PRINT) {
        Instr x = *pc++;
        print_op(K[x.bx].p, &R[in.a], in.b, in.c);
        NEXT();
    }
    CASE(FUNCNAME) { NEXT(); }
    CASE(GO) {
        SAVE_PC();
        Closure *cl = R[in.b].p;
        if (!cl) {
            /* Go: a fatal error, not a panic */
            vm_flush();
            StrBuf b = {0};
            sb_puts(&b, "fatal error: go of nil func value\n\n");
            sb_printf(&b, "goroutine %lld [running]:\n", (long long)g->id);
            vm_traceback(g, &b);
            sb_puts(&b, "exit status 2\n");
            rt_write(2, b.data, b.len);
            g->fatal = true;
            return RUN_PANIC;
        }
        rt_go(g, (Slot){.p = cl}, &R[in.a], in.c);
        NEXT();
    }
    CASE(MAKECHAN) {
        Instr x = *pc++;
        int64_t n = R[in.b].i;
        if (n < 0 || n > ((int64_t)1 << 40)) {
            RT_ERROR("makechan: size out of range");
        }
        R[in.a].p = chan_make(K[x.bx].p, n);
        NEXT();
    }
    CASE(SEND) {
        SAVE_PC();
        ChanResult r = chan_send(g, R[in.a].p, &R[in.b], true);
        if (r == CHAN_PANIC) {
            PANIC_NOW();
        }
        if (r == CHAN_PARKED) {
            if (g->native_yield == 1) {
                g->native_yield = 0;
                return RUN_PARK;
            }
            if (!finish_blocked(g, in, R)) { /* a nested call: already woken */
                PANIC_NOW();
            }
        }
        NEXT();
    }
    CASE(RECV) {
        SAVE_PC();
        Chan *c = R[in.b].p;
        int n = c ? c->es : 0;
        ChanResult r = chan_recv(g, c, &R[in.a], in.c ? &R[in.a + n] : NULL, true);
        if (r == CHAN_PARKED) {
            if (g->native_yield == 1) {
                g->native_yield = 0;
                return RUN_PARK;
            }
            finish_blocked(g, in, R);
        }
        NEXT();
    }
    CASE(CLOSE) {
        SAVE_PC();
        chan_close(g, R[in.a].p);
        if (g->panic_pending) {
            PANIC_NOW();
        }
        NEXT();
    }
    CASE(CHANLEN) {
        R[in.a].i = in.c ? chan_cap(R[in.b].p) : chan_len(R[in.b].p);
        NEXT();
    }
    CASE(SELECT) {
        SAVE_PC();
        const SelectSite *site = K[in.bx].p;
        SelectCase local[8];
        SelectCase *cases = site->n <= 8 ? local
                                         : GC_MALLOC(sizeof(SelectCase) * (size_t)(site->n + 1));
        for (int i = 0; i < site->n; i++) {
            const SelectSiteCase *sc = &site->cases[i];
            cases[i].c = R[sc->chan_reg].p;
            cases[i].dir = sc->dir;
            cases[i].elem = sc->val_reg >= 0 ? &R[sc->val_reg] : NULL;
            cases[i].okp = sc->ok_reg >= 0 ? &R[sc->ok_reg] : NULL;
        }
        SelectState *st;
        int r = chan_select(g, cases, site->n, site->has_default, &st);
        if (r == SELECT_PANIC) {
            PANIC_NOW();
        }
        if (r == SELECT_PARKED) {
            g->select_state = st;
            if (g->native_yield == 1) {
                g->native_yield = 0;
                return RUN_PARK;
            }
            g->select_state = NULL;
            r = st ? chan_select_finish(g, st) : SELECT_DEFAULT;
            if (r == SELECT_PANIC) {
                PANIC_NOW();
            }
        }
        R[in.a].i = r;
        NEXT();
    }

#ifndef COMPUTED_GOTO
        default: abort();
        }
    }
#endif

after_native:
    if (g->exiting) {
        return RUN_EXIT;
    }
    if (g->panic_pending) {
        goto do_panic;
    }
    if (g->native_yield) {
        int y = g->native_yield;
        g->native_yield = 0;
        if (y == 2) {
            g->gosched = true;
            return RUN_YIELD;
        }
        if (g->native_retry) {
            /* the native asked to run again once woken (a lock that must be retried) */
            g->native_retry = false;
            f->pc = g->native_call;
        }
        return RUN_PARK;
    }
    LOAD_FRAME();
    NEXT();

do_panic:
    g->panic_pending = false;
continue_panic : {
    Unwind u = panic_continue(g);
    if (g->fatal) {
        return RUN_PANIC;
    }
    switch (u) {
    case UNWIND_RESUME:
        if (g->panic_pending || g->exiting) {
            goto after_native;
        }
        LOAD_FRAME();
        NEXT();
    case UNWIND_TO_C: return RUN_PANIC;
    case UNWIND_FATAL:
        if (g->panic && g->panic->goexit) {
            /* runtime.Goexit: every deferred call ran; the goroutine ends */
            g->goexited = true;
            g->panic = NULL;
            g->nframes = 0;
            return RUN_DONE;
        }
        return RUN_PANIC;
    }
    return RUN_PANIC;
}

stack_overflow:
    fatal_stack_overflow(g);
    return RUN_PANIC;
}

RunResult vm_run(G *g) {
    RunResult r = run_loop(g);
    return r;
}
