/* sched.h — goroutines on every core: what the VM and the natives of sync, time, runtime and
 * context may ask of the scheduler (runtime/sched.c), the channels (runtime/chan.c) and the
 * timers (runtime/timer.c).
 *
 * A native never blocks its worker thread. To wait, it parks the goroutine: it calls
 * rt_park() and returns at once; the VM then leaves the goroutine, and when some other party
 * calls rt_ready(g) the goroutine resumes after the native call. A native that parks must
 * have written its results before returning (or arrange for the waker to write them: the
 * argument slots `a` stay valid, and do not move, while the goroutine is parked).
 *
 * Every function here is safe to call from any worker thread.
 */
#ifndef GOSUB_SCHED_H
#define GOSUB_SCHED_H

#include "g.h"
#include "native.h"
#include "type.h"

/* ---- parking ---- */

/* Parks the current goroutine g with a wait reason as Go's tracebacks print it ("sleep",
 * "sync.Mutex.Lock", "sync.WaitGroup.Wait", "semacquire", ...). unlock(arg), when given, is
 * called once g is fully parked (so a waker holding the same lock cannot resume it early). */
void rt_park(G *g, const char *reason, void (*unlock)(void *), void *arg);
/* The same, but the native is called again (same arguments) when g resumes: for natives
 * that must retry after waking (a lock). Returns true if the native must return now; false
 * when g is already awake (it parked inside a nested call) and the native should retry
 * by itself. Only for natives called with a pointer receiver or plain arguments. */
bool rt_park_retry(G *g, const char *reason, void (*unlock)(void *), void *arg);
/* Makes a parked goroutine runnable again. */
void rt_ready(G *g);
/* runtime.Gosched: the goroutine yields its processor (stays runnable). */
void rt_gosched(G *g);
/* runtime.Goexit: runs the goroutine's deferred calls, then ends it. */
void rt_goexit(G *g);

/* (Semaphores and the notify lists of sync.Cond live with their only user, the sync
 * package's natives in runtime/lib/sync.c, built on rt_park/rt_ready.) */

/* ---- goroutines ---- */

/* Starts a goroutine running the func value fn (a Closure *) with argument slots args;
 * returns it (it may have run, and ended, already). */
G *rt_go(G *parent, Slot fn, const Slot *args, int nargs);
int64_t rt_num_goroutine(void);
/* The number of processors (GOMAXPROCS). */
int sched_nprocs(void);
int rt_gomaxprocs(int n); /* sets when n > 0; returns the previous value */
int rt_num_cpu(void);

/* ---- time ---- */

int64_t rt_nanotime(void);  /* monotonic clock, ns */
int64_t rt_walltime(void);  /* Unix time, ns */
uint32_t rt_fastrand(void); /* a cheap per-thread random number */

/* time.Sleep: parks g ("sleep") for ns nanoseconds; ns <= 0 returns at once. */
void rt_sleep(G *g, int64_t ns);

/* A runtime timer. When it fires (at `when`, monotonic ns), and every `period` ns after
 * that if period > 0, it does one of:
 *   TIMER_SEND: a non-blocking send on chan `ch` of a time.Time value: the fire time as
 *               (unix seconds... see time_value) built by the `make_value` callback;
 *   TIMER_FUNC: starts a goroutine running the func value `fn` (time.AfterFunc);
 *   TIMER_WAKE: readies a sleeping goroutine (rt_sleep's own timer).
 * Timers are GC memory; the time package keeps a pointer to one in its Timer struct. */
typedef enum TimerKind { TIMER_SEND, TIMER_FUNC, TIMER_WAKE } TimerKind;
typedef struct RtTimer RtTimer;
/* Builds the value a TIMER_SEND timer sends, for a fire at monotonic time `now`. */
typedef void (*TimerValueFn)(Slot *out, int64_t mono_now, int64_t wall_now);

RtTimer *rt_timer_new(TimerKind kind, void *ch, Slot fn, TimerValueFn make_value,
                      int32_t value_slots);
/* Arms t for `when` (monotonic ns) with `period` (0: once). Returns true if it was active. */
bool rt_timer_reset(RtTimer *t, int64_t when, int64_t period);
/* Disarms t. Returns true if it was active (Go's Stop result). */
bool rt_timer_stop(RtTimer *t);

/* Goroutines parked on the world outside the program (a child process's exit, a signal):
 * while any is, nothing is deadlocked, as in Go, where such a wait holds a thread in a system
 * call. The waiter adds 1 before its goroutine can be seen idle (in its park's unlock
 * function); the party that wakes it takes 1 off after rt_ready. */
void sched_external(int delta);

/* A blocking system call (a read): the processor runs other goroutines meanwhile. */
void sched_enter_blocking(void);
void sched_exit_blocking(void);

/* ---- the REPL (src/repl): goroutines without a main one ----
 * The REPL's thread is not a worker: it starts goroutines (rt_go with no parent) and learns
 * through hooks how they end. A panic does not end the process then: it is reported (without
 * Go's "exit status 2" line) and its goroutine ends. */

typedef enum SchedEnd {
    SCHED_END_RETURN,
    SCHED_END_PANIC,
    SCHED_END_STOPPED,
    SCHED_END_NOMEM, /* an allocation failed (sched_out_of_memory) */
} SchedEnd;
typedef struct SchedHooks {
    /* g ended (on its worker thread, before its memory is reused) */
    void (*ended)(G *g, SchedEnd how);
    /* every goroutine is blocked for good, or there is none (sched's lock held: just note it) */
    void (*idle)(void);
    /* os.Exit(code) on a worker thread; must not return */
    void (*exit)(int code);
} SchedHooks;
/* Starts the workers with these hooks; the calling thread is not one of them. */
void sched_start(const SchedHooks *hooks);
/* g, when it next runs or is preempted, ends (SCHED_END_STOPPED) instead of going on. One
 * goroutine at a time; NULL cancels. */
void sched_stop(G *g);
/* g is parked where nobody will wake it (the REPL took it out of a channel's queue): it is
 * dead now. */
void sched_drop(G *g);
/* Whether every goroutine is blocked for good (no runnable one, no timer pending). */
bool sched_idle(void);
/* Calls fn for every live goroutine, under the scheduler's lock (fn must not call in). */
void sched_each_g(void (*fn)(G *g, void *arg), void *arg);
/* For libgc's out-of-memory function: on a worker running a goroutine, that goroutine ends at
 * once (SCHED_END_NOMEM, its stack let go first); anywhere else this returns. */
void sched_out_of_memory(void);

/* ---- channels (runtime/chan.c), for natives ---- */

typedef struct Chan Chan;
/* A new channel of element type elem with buffer capacity cap. */
Chan *chan_make(const Type *elem, int64_t cap);
/* Closes c (panics like Go on nil or closed). */
void chan_close(G *g, Chan *c);
int64_t chan_len(Chan *c);
int64_t chan_cap(Chan *c);

/* ---- for the loader and within the runtime ---- */

/* Runs goroutine 1 calling the func value main_fn; never returns (the program's end, by
 * any means, ends the process). */
int sched_main(Slot main_fn);
/* The timer thread (timer.c): started once; whether any timer is armed or firing. */
void timers_start(void);
bool timers_pending(void);
/* The timer thread, after firing the last timer: reports a deadlock if nothing can run. */
void sched_check_deadlock(void);

#endif
