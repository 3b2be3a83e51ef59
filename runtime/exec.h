/* exec.h — what the scheduler asks of the executor, the part that runs a goroutine's code
 * (the bytecode VM in src/vm implements it, as it implements native.h).
 *
 * The executor owns a goroutine's execution state (stack, frames, defers, panics) in a struct
 * that begins with the runtime's G (g.h). The scheduler creates goroutines through
 * exec_new, runs them with exec_run on whatever worker thread holds a processor, and prints
 * their stacks through exec_traceback; it never looks inside the execution state.
 * exec_run is called for one goroutine on one thread at a time; the others may be called
 * from any thread for a goroutine that is not running, or by a running goroutine's own
 * natives for itself.
 */
#ifndef GOSUB_EXEC_H
#define GOSUB_EXEC_H

#include "../src/common.h"
#include "g.h"
#include "type.h"

/* A goroutine ready to call the func value fn with argument slots args[0..nargs). It reuses
 * the memory of `reuse` (a goroutine from exec_new that ended, for which exec_done returned
 * true) unless that is NULL. Only the executor's part is set: the caller fills in the
 * runtime part (zero in a new goroutine). */
G *exec_new(G *reuse, Slot fn, const Slot *args, int nargs);

typedef enum RunResult {
    RUN_DONE,   /* the goroutine's function returned */
    RUN_GOEXIT, /* runtime.Goexit ended it, after its deferred calls */
    RUN_PANIC,  /* an unrecovered panic or a fatal error: exec_report_panic reports it */
    RUN_EXIT,   /* os.Exit: g->exit_code */
    RUN_YIELD,  /* preempted or yielded: runnable again */
    RUN_PARK,   /* blocked (g->status is G_WAITING): someone else will make it runnable */
} RunResult;

/* Runs g until it ends, panics, exits, yields or parks. */
RunResult exec_run(G *g);

/* g ended (RUN_DONE or RUN_GOEXIT): drops what its execution state references. Returns
 * whether its memory is worth reusing (its stack is small). */
bool exec_done(G *g);

/* Where g is now: its innermost function and the line it is at (a go statement's site). */
CodeSite exec_where(G *g);

/* g's stack as Go prints it under "goroutine N [state]:" — a "function(args)\n\tfile:line"
 * pair per frame, innermost first, then "created by ..." when a go statement started it. */
void exec_traceback(G *g, StrBuf *b);

/* After RUN_PANIC: writes Go's report to stderr ("panic: ...", the goroutine's traceback,
 * "exit status 2"), unless the executor has reported a fatal error already. */
void exec_report_panic(G *g);

/* The runtime package's natives that read the calling goroutine's frames or what a pc is
 * (the VM's debug.c): Caller, Callers, Stack, Breakpoint, FuncForPC and the methods of Func,
 * CallersFrames and Frames.Next; KeepAlive. A pc is the address of an instruction; a frame's
 * is the instruction after the one it runs or the call it made (a return address, as in Go). */
void exec_rt_caller(G *g, Slot *a);
void exec_rt_callers(G *g, Slot *a);
void exec_rt_stack(G *g, Slot *a);
void exec_rt_breakpoint(G *g, Slot *a);
void exec_rt_func_for_pc(G *g, Slot *a);
void exec_rt_func_name(G *g, Slot *a);
void exec_rt_func_entry(G *g, Slot *a);
void exec_rt_func_file_line(G *g, Slot *a);
void exec_rt_callers_frames(G *g, Slot *a);
void exec_rt_frames_next(G *g, Slot *a);
void exec_rt_keep_alive(G *g, Slot *a);

#endif
