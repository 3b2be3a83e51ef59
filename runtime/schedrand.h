/* schedrand.h — the deterministic scheduler (runtime/sched_random.c): what sched.c, timer.c,
 * the VM's hooks and the natives ask of it under --sched=random, --sched=pct:D:K and
 * --explore (catch.h). Everything here runs on the one thread that holds the one processor,
 * so nothing here takes a lock.
 */
#ifndef GOSUB_SCHEDRAND_H
#define GOSUB_SCHEDRAND_H

#include "../src/common.h"
#include "g.h"
#include "type.h"

#include <stddef.h>

/* Set once, before the program starts: rt_catch.sched. */
extern bool sr_on __attribute__((visibility("hidden"))); /* one instruction to test */

/* A run starts: the PRNG takes seed, the virtual clock its starting value, no goroutine is
 * runnable. */
void sr_begin(uint64_t seed);

/* The next number of the run's PRNG. */
uint64_t sr_rand(void);

/* g becomes runnable. again: it yielded its time slice (a long loop, Gosched): under PCT it
 * draws a new priority, so that a spinning goroutine cannot starve the rest for ever. */
void sr_ready(G *g, bool again);

/* The goroutine to run next, taken out of the runnable set; NULL when none is runnable. */
G *sr_pick(void);

/* A step of the running goroutine g (a HOOK instruction): true when it must yield now. */
bool sr_step(G *g);

/* The virtual monotonic clock, ns; the clock moved on (a time slice used up) or jumps (to
 * the next timer, when nothing runs, plus a timer's latency). */
int64_t sr_nanotime(void);
void sr_advance(int64_t ns);
void sr_set_now(int64_t ns);
/* The virtual clock when the run started, and the Unix time it stands for. */
int64_t sr_start_nanotime(void);
int64_t sr_walltime(void);

/* Fills buf with the run's PRNG bytes (what getrandom would give a program). */
void sr_random_bytes(void *buf, size_t n);

/* ---- the run's end, and the explorer ---- */

/* The program ends with status code (its output flushed). Under --explore this ends the run
 * (the thread does not return); otherwise the process exits, telling how to replay a failing
 * schedule first. */
void sr_end_run(int code) __attribute__((noreturn));

/* --explore: runs the program (goroutine 1 calls main_fn) under up to rt_catch.explore
 * schedules; returns the process's exit status. */
int sr_explore(Slot main_fn);

/* What the explorer resets between runs, besides the scheduler's own state: package
 * variables (their cells are zeroed: the package initialisers run again) and the state
 * natives keep outside the program's memory. */
void rt_register_global(Slot *cell, int nslots);
void rt_on_reset(void (*reset)(void));

/* sched.c, for the explorer: forgets every goroutine and queue of the last run (its threads,
 * if any still wait inside natives' nested calls, wait for ever); runs goroutine 1 calling
 * main_fn on the calling thread, until sr_end_run. */
void sched_reset_world(void);
void sched_run_world(Slot main_fn) __attribute__((noreturn));

/* timer.c: the timers due at the virtual time now fire, in deadline order (those of equal
 * deadlines in an order drawn from the PRNG); returns the earliest deadline left (INT64_MAX:
 * none). timers_reset disarms them all. */
int64_t timers_fire_due(int64_t now);
void timers_reset(void);

/* vm/output.c: what the program writes to descriptors 1 and 2 goes to out and err (NULL: to
 * the descriptors again); what it reads from descriptor 0 comes from in[0..n) (NULL: from the
 * descriptor), from the start again at each call. */
void rt_output_capture(StrBuf *out, StrBuf *err);
void rt_input_script(const char *in, size_t n);

#endif
