/* race.h — the data race detector of -race (runtime/race.c): what the VM's hooks, the
 * scheduler, the channels and the natives of sync, sync/atomic and time tell it.
 *
 * Under -race one processor runs goroutines (as under --sched): only the thread holding it
 * calls in here, so nothing here takes a lock. Every function is a no-op (or not called)
 * when race_on is false.
 */
#ifndef GOSUB_RACE_H
#define GOSUB_RACE_H

#include "g.h"

#include <stdint.h>

typedef struct Chan Chan;

/* Set once, before the program starts: rt_catch.race. */
extern bool race_on __attribute__((visibility("hidden"))); /* one instruction to test */

/* ---- goroutines ---- */

/* child was created by parent's go statement (parent NULL: by the runtime, a timer's
 * AfterFunc) and has not run yet: it starts knowing all its parent knew. */
void race_go(G *parent, G *child);
/* g ended. */
void race_end(G *g);

/* ---- memory accesses (vm/hook.c) ---- */

/* A frame of a goroutine's stack as the executor names it: a function and an instruction
 * index in it. */
typedef struct RaceFrame {
    const void *fn;
    int32_t pc;
} RaceFrame;

/* Where the running goroutine g is: its frames, innermost first (n >= 1), as a site, the
 * value stored with each access and printed in reports. */
uint64_t race_site(G *g, const RaceFrame *frames, int n);

/* g reads (or writes) n slots from addr, at site. */
void race_read(G *g, const void *addr, int64_t n, uint64_t site);
void race_write(G *g, const void *addr, int64_t n, uint64_t site);
/* g, in a native, reads (or writes) the slot at addr, where its Go caller is. */
void race_read_caller(G *g, const void *addr);
void race_write_caller(G *g, const void *addr);

/* ---- happens-before edges ---- */

/* Release: what g did so far happens before what any later acquirer of addr does next.
 * Acquire: g knows all released on addr so far. addr is any address in a heap object (a
 * mutex, an atomic word) or a key of the runtime's own. */
void race_acquire(G *g, const void *addr);
void race_release(G *g, const void *addr);
/* A sync/atomic operation on addr: a load acquires, a store releases, a read-modify-write
 * does both; none while g ignores synchronisation (race_ignore_sync, as sync.go asks around
 * its own atomics). */
void race_atomic(G *g, const void *addr, bool load, bool store);
void race_ignore_sync(G *g, bool on);
/* time.AfterFunc armed a timer: its function's goroutine (which no go statement starts)
 * knows what g knew. */
void race_timer_armed(G *g);

/* Channels, under c's lock: a value going through buffer slot i (the sender, or the
 * receiver, acquires and releases the slot's clock: the k-th receive happens before the
 * k+cap-th send completes); an unbuffered hand-over between g and the waiting partner
 * (each happens before the other completes); close (released to every later receive that
 * sees it closed). g may be NULL (a timer's send): no edge. */
void race_chan_slot(G *g, Chan *c, int64_t i);
void race_chan_handoff(G *g, G *partner, Chan *c);
void race_chan_close(G *g, Chan *c);
void race_chan_closed_recv(G *g, Chan *c);

/* ---- the end ---- */

/* The program ends with status code: says how many races were found; the status to exit
 * with (66 instead of 0 when there were races, as Go's). */
int race_fini(int code);
/* --explore: the next run starts with no history and no race found. */
void race_reset(void);
/* Races reported so far. */
int64_t race_count(void);

#endif
