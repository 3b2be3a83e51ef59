/* g.h — the goroutine as the runtime knows it (Go's runtime2.go `g`): its identity and state,
 * its scheduling links, what it waits on, the requests natives leave for the executor, and
 * where it was created.
 *
 * The executor (the VM, see exec.h) embeds a G as the first member of its own goroutine
 * struct, which adds the stack, frames, defers and panics; a G * converts to it by a cast,
 * so a goroutine is one allocation and its runtime part costs no indirection.
 *
 * Who writes what:
 *   status, wait_reason, wait_since: rt_park (G_WAITING), rt_ready (G_RUNNABLE), the scheduler;
 *   schedlink, park_unlock/park_arg, thread_*: the scheduler (sched.c);
 *   waiting, select_state, param, select_done: the channels (chan.c): the goroutine before
 *     it parks, and the one that wakes it (which then owns it until rt_ready);
 *   lock_*: sync.Mutex (lib/sync.c), by the goroutine itself;
 *   stop, retry, exiting, exit_code: natives (through rt_park, rt_gosched, rt_exit), read and
 *     cleared by the executor once the native has returned;
 *   nested: the executor (natives calling Go: a park then blocks the thread instead);
 *   sr_*: the deterministic scheduler (sched_random.c); race: the race detector (race.c).
 * Invariant: a new goroutine's runtime part is zero but for what rt_go sets (id, parent,
 * creation site) and `kept`, which survives when a dead goroutine's memory is reused (the
 * scheduler resets the rest): caches and the list slot.
 */
#ifndef GOSUB_G_H
#define GOSUB_G_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct G G;

typedef enum GStatus {
    G_RUNNABLE,
    G_RUNNING,
    G_WAITING,
    G_DEAD,
} GStatus;

/* What a native asked of the executor when it returns. */
typedef enum GStop {
    STOP_NONE,
    STOP_PARK,  /* rt_park: the goroutine waits; someone will rt_ready it */
    STOP_YIELD, /* rt_gosched: it gives up its processor, staying runnable */
} GStop;

/* A place in the program, as a traceback names it. */
typedef struct CodeSite {
    const char *fn; /* "main.worker"; NULL: none */
    const char *file;
    int32_t line;
} CodeSite;

/* What a goroutine keeps when its memory is reused for a new one. */
typedef struct GKept {
    int64_t allg_index;          /* position in the scheduler's list of goroutines */
    void *sudog;                 /* chan.c: the sudog of its blocking sends and receives */
    void *waiter;                /* lib/sync.c: the same for semaphores and notify lists */
    void *select;                /* chan.c: its last parked select's state */
    void *sleep_timer;           /* timer.c: time.Sleep's timer */
    pthread_cond_t *thread_cond; /* sched.c: where its thread waits inside a nested call */
} GKept;

struct G {
    int64_t id;
    GStatus status;
    const char *wait_reason; /* "chan receive", "sleep", ... while G_WAITING */
    int64_t wait_since;      /* when it parked: rt_coarse_nanotime (leak and deadlock reports) */

    G *schedlink;                /* run queue or free list link */
    void (*park_unlock)(void *); /* called once the goroutine is off its thread */
    void *park_arg;
    bool thread_blocked; /* parked inside a nested call: its thread waits */
    bool thread_woken;

    GStop stop;
    bool retry;   /* rt_park_retry: the native runs again when the goroutine resumes */
    bool exiting; /* os.Exit: the program ends with exit_code once the native returns */
    int exit_code;
    int32_t nested; /* depth of natives' calls into Go (rt_call) */

    void *waiting;        /* a parked send whose channel was closed: it panics on waking */
    void *select_state;   /* a parked select */
    void *param;          /* set by the waker: the sudog that completed */
    uint32_t select_done; /* a parked select's sudogs: claimed by the first waker (CAS) */

    void *lock_resume; /* sync.Mutex: the mutex this goroutine parked in */
    int64_t lock_wait_start;
    bool lock_starving;

    int64_t sr_prio;  /* --sched=pct: its priority */
    bool sr_prio_set; /* it has one */
    bool sr_stepped;  /* it yields at a step (not by its time slice or Gosched) */
    void *race;       /* -race: its vector clock and history */

    int64_t parent_id; /* the goroutine whose go statement started this one (0: the runtime) */
    CodeSite created;  /* where that go statement is */

    GKept kept;
};

#endif
