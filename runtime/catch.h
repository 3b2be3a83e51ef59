/* catch.h — the options of the tools that catch concurrency bugs, as the command line set
 * them (src/main.c, before anything is compiled), and what the compiler needs to know of them.
 *
 *   --sched=random / --sched=pct:D:K, --seed=N   one worker thread, every scheduling choice
 *                                                drawn from a PRNG seeded by N, virtual time
 *                                                (runtime/sched_random.c)
 *   --explore=N, --explore-depth=D               up to N schedules in one process (the same)
 *   -race                                        the happens-before detector (runtime/race.c)
 *
 * Invariant: the options do not change once the first package is compiled; everything off
 * (the zero value) is gosub's ordinary multi-threaded run, and then the compiler emits no
 * instrumentation at all.
 */
#ifndef GOSUB_CATCH_H
#define GOSUB_CATCH_H

#include <stdbool.h>
#include <stdint.h>

typedef struct CatchOpts {
    bool sched;        /* a deterministic schedule (any of the flags above but -race alone) */
    bool pct;          /* the strategy is PCT (--sched=pct:D:K), else uniform random */
    int pct_depth;     /* D: D-1 priority change points */
    int64_t pct_steps; /* K: the change points are drawn from steps [1, K] */
    bool seed_given;
    uint64_t seed;
    int64_t explore;   /* schedules to try (0: run once) */
    int explore_depth; /* the largest PCT depth the explorer uses */
    bool race;
    /* the command that runs the program again: its file and arguments (for replay lines) */
    const char *file;
    int argc;
    char **argv;
} CatchOpts;

extern CatchOpts rt_catch;

/* Whether the compiler instruments the code of a user package (one not from runtime/std):
 * a HOOK instruction before every memory access and call (vm/hook.c). */
static inline bool catch_instrument(void) {
    return rt_catch.sched || rt_catch.race;
}

#endif
