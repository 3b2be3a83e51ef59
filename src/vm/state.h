/* state.h — a goroutine's execution state (VmG) and what the VM's files share about it:
 * frames and calls (call.c; the fast paths inline), panics and their unwinding (call.c), the
 * interpreter's entry (interp.c) and the fatal errors the VM reports itself (debug.c).
 *
 * A goroutine is plain data: a growable stack of slots, a growable array of frames, and a
 * list of deferred calls. The interpreter never recurses in C for a Go call: a call pushes a
 * Frame and continues in the same loop, so a goroutine can stop at any instruction boundary
 * and be resumed later, on any thread. (A native that calls back into Go — fmt calling a
 * String method — runs a nested loop; that is the one exception, see rt_call.)
 * Invariant: nothing points into a goroutine's stack (escaping variables live in heap cells),
 * so the stack may be reallocated whenever it grows.
 */
#ifndef GOSUB_VM_STATE_H
#define GOSUB_VM_STATE_H

#include "../../runtime/exec.h"
#include "../../runtime/g.h"
#include "vm.h"

enum {
    FRAME_RETURN_TO_C = 1, /* the frame was entered by rt_call: its return ends the nested loop */
    FRAME_DEFERRED = 2,    /* a deferred call (recover() looks at this) */
};

typedef struct Panic Panic;

typedef struct Frame {
    Func *fn;
    Closure *cl;
    const Instr *pc; /* resume point when the frame is not running */
    int64_t base;    /* R[0] is g->stack[base] */
    int32_t defers;  /* g->ndefer when the frame was entered: its own defers lie above */
    uint32_t flags;
    Panic *panic; /* a deferred call run by a panic: that panic (recover looks at it) */
} Frame;

/* A deferred call: a function value and its argument slots, evaluated at the defer. */
typedef struct Defer {
    Slot fn;    /* a func value (Closure *) */
    Slot *args; /* copied argument slots */
    int32_t nargs;
    int32_t frame; /* index of the frame that deferred it */
} Defer;

/* A panic in flight. Panics chain when a deferred call panics while another is running.
 * `frame` is the unwinding cursor: the frame whose deferred calls run next. */
struct Panic {
    const Type *type; /* the panic value, as an interface */
    Slot data;
    bool recovered;
    bool aborted; /* a later panic unwound past the deferred call this one was running */
    bool goexit;
    bool runtime_error; /* a fault the VM detected (nil dereference prints [signal ...]) */
    bool nil_deref;
    int32_t frame;
    struct Panic *link;
};

/* A goroutine as the VM runs it: the runtime's G (runtime/g.h) first, so that a G * and a
 * VmG * convert to each other by a cast (vm_g), then its execution state. */
typedef struct VmG {
    G g;
    Slot *stack; /* slots (the first execution field: exec_new clears from here on) */
    int64_t stack_cap;
    Frame *frames;
    int32_t nframes, frames_cap;

    Defer *defers;
    int32_t ndefer, defers_cap;
    Panic *panic;             /* innermost panic in flight, or NULL */
    bool panic_pending;       /* a panic started (by a native): the VM must start unwinding */
    bool fatal;               /* a fatal error was reported (stack overflow): exit 2, no report */
    bool unwinding;           /* a deferred native stopped a panic's unwinding: resume it */
    const Instr *native_call; /* the call instruction of the native being run */
} VmG;

static inline VmG *vm_g(G *g) {
    return (VmG *)g;
}

/* Go's limit, as the report words it. We stop earlier: our frames are bigger than Go's and a
 * stack that deep costs real memory and collector time. */
#define STACK_LIMIT_BYTES ((int64_t)1000000000)
#define OUR_STACK_LIMIT ((int64_t)256 * 1024 * 1024)

/* ---- frames and calls (call.c) ---- */

/* Grows g's stack to hold `need` slots, or doubles its frame array; false past the limit. */
bool vm_grow_stack(VmG *g, int64_t need);
bool vm_grow_frames(VmG *g);

/* Pushes a frame for fn at stack index base. False on stack overflow. */
static inline bool vm_push_frame(VmG *g, Func *fn, Closure *cl, int64_t base, uint32_t flags) {
    if (g->nframes == g->frames_cap && !vm_grow_frames(g)) {
        return false;
    }
    if (base + fn->nregs + 8 > g->stack_cap && !vm_grow_stack(g, base + fn->nregs + 8)) {
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

typedef enum CallOutcome {
    CALL_ENTERED,  /* a Go function: its frame is on top */
    CALL_RETURNED, /* a native returned */
    CALL_STOPPED,  /* a native panicked, exited, parked or yielded */
    CALL_OVERFLOW, /* no room for the frame: stack overflow */
} CallOutcome;

/* The one way into a function, for every call instruction and deferred call: a Go function
 * gets its frame at stack index base (its arguments are there); a native runs at once on
 * the slots there. site: the call instruction (a native that parks to retry runs it again). */
static inline CallOutcome vm_call(VmG *g, Func *fn, Closure *cl, int64_t base, uint32_t flags,
                                  const Instr *site) {
    if (fn->native) {
        g->native_call = site;
        fn->native(&g->g, g->stack + base);
        return g->panic_pending || g->g.exiting || g->g.stop ? CALL_STOPPED : CALL_RETURNED;
    }
    return vm_push_frame(g, fn, cl, base, flags) ? CALL_ENTERED : CALL_OVERFLOW;
}

/* Puts the receiver of method m, held by an interface's data word, at base[0..]: the other
 * argument slots, at base[1..] as an interface call passes them, move to make room when the
 * receiver is not one slot. false: a value method called through a nil pointer (the panic
 * is raised). */
bool vm_place_receiver(VmG *g, const Method *m, Slot data, Slot *base);

/* Starts deferred call d on top of the stack: a Go function gets its frame (run by panic p,
 * NULL for a return), a native runs at once. */
CallOutcome vm_call_deferred(VmG *g, const Defer *d, Panic *p, const Instr *site);

/* ---- panics (call.c) ---- */

/* Starts a panic with the value (t, data): the VM unwinds at its next step. */
void vm_panic(VmG *g, const Type *t, Slot data);
/* The runtime error of a nil pointer dereference. */
void vm_nil_deref(VmG *g);
/* A failed type assertion: a *runtime.TypeAssertionError with message msg. */
void vm_assert_panic(VmG *g, const char *msg);

/* recover() called by the top frame, its result to out[0..2): the innermost panic's value when
 * that frame is a deferred call the panic runs (it is then recovered), else nil. With
 * deferred_itself (defer recover()), the frame below is asked instead: the function that
 * deferred the call, which runs it at its return. */
void vm_recover(VmG *g, bool deferred_itself, Slot *out);

/* Where the unwinding stands after a step. */
typedef enum {
    UNWIND_RESUME,  /* a deferred call's frame, or the recovered frame, runs next */
    UNWIND_FATAL,   /* no frame left to unwind: the panic ends the goroutine */
    UNWIND_TO_C,    /* back to the native whose call into Go panicked */
    UNWIND_STOPPED, /* a deferred native exited, or parked or yielded (see VmG.unwinding) */
} Unwind;

/* Advances the innermost panic: runs the next deferred call, recovers, or gives up. */
Unwind vm_unwind(VmG *g);

/* ---- the interpreter (interp.c) and its fatal errors (debug.c) ---- */

/* Runs g from its top frame until it ends, panics for good, exits, yields or parks. */
RunResult vm_execute(VmG *g);

/* Report a fatal error at once (marking g->fatal): the stack overflowed; go of nil. */
void vm_fatal_stack_overflow(VmG *g);
void vm_fatal_go_nil(VmG *g);

#endif
