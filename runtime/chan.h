/* chan.h — channel operations as the VM performs them (runtime/chan.c). See sched.h for the
 * part natives use. */
#ifndef GOSUB_CHAN_H
#define GOSUB_CHAN_H

#include "../src/common.h"
#include "chanbuf.h"
#include "lock.h"
#include "sched.h"

typedef struct Sudog Sudog;

struct Chan {
    RtLock lock;
    const Type *elem;
    ChanBuf buf;
    bool closed;
    Sudog *recvq_head, *recvq_tail, *sendq_head, *sendq_tail;
    int64_t id;
};

/* How an operation went. CHAN_PANIC: the panic is raised (rt_panic_plain). CHAN_PARKED: g is
 * parked (rt_park); the operation completes while it waits, and chan_resume finishes it
 * when g runs again. (Inside a nested call g's thread waits instead, and the operation
 * returns completed.) */
typedef enum ChanResult { CHAN_DONE, CHAN_PARKED, CHAN_PANIC, CHAN_WOULD_BLOCK } ChanResult;

/* Sends the element at value on c; receives an element of c into dst (NULL: drops it) and
 * whether it came from a send into *okp (NULL: not wanted). Without block, an operation
 * that would wait returns CHAN_WOULD_BLOCK. g may be NULL only for a send that does not
 * block (the timer thread). */
ChanResult chan_send(G *g, Chan *c, const Slot *value, bool block);
ChanResult chan_recv(G *g, Chan *c, Slot *dst, Slot *okp, bool block);

/* A select statement's shape, made by the compiler (a constant of the function): for each
 * case its direction (SELECT_SEND or SELECT_RECV) and the registers of its channel, of its
 * value (a send's value; where a received value goes, -1 to drop it) and of its ok flag
 * (-1: none). */
enum { SELECT_SEND = 1, SELECT_RECV = 2 };

typedef struct SelectSiteCase {
    int32_t dir, chan_reg, val_reg, ok_reg;
} SelectSiteCase;

typedef struct SelectSite {
    int32_t n;
    bool has_default;
    SelectSiteCase cases[];
} SelectSite;

/* Runs the select `site` over the registers regs of g's frame. The index of the case chosen
 * (-1: default) goes to *chosen: at once (CHAN_DONE), or, when g parks, by chan_resume. */
ChanResult chan_select(G *g, const SelectSite *site, Slot *regs, Slot *chosen);

/* Whether g parked in a channel operation that chan_resume must finish. */
static inline bool chan_parked(const G *g) { return g->waiting || g->select_state; }

/* g runs again after parking in a channel operation: finishes it (a select learns its case).
 * false: the operation panics (a send on a channel closed meanwhile): the panic is raised. */
bool chan_resume(G *g);

/* ---- for the REPL (src/repl): looking at channels, and at the goroutines they hold ---- */

/* The channel g waits on, parked in a send or a receive; NULL otherwise. */
Chan *chan_waited(const G *g);
/* g parked in a select: the channel and direction of its first max cases into chans and
 * dirs (a nil channel is NULL); returns how many cases it has (0: not in a select). */
int chan_select_waited(const G *g, Chan **chans, int *dirs, int max);
/* Takes g, parked in a send, a receive or a select, out of the channels' queues, so that
 * nobody will wake it: the channels are as if it had never come. false when it is not queued
 * there (any more: someone may have woken it). */
bool chan_abandon(G *g);

/* A channel's insides, copied under its lock. */
typedef struct ChanWaiter {
    int64_t id;  /* the goroutine */
    Slot *value; /* a sender's value (copied), or NULL */
} ChanWaiter;

typedef struct ChanView {
    int64_t cap, len;
    bool closed;
    Slot *values;                    /* the buffered values, oldest first */
    ChanWaiter *senders, *receivers; /* in their queues' order */
    int nsenders, nreceivers;
} ChanView;
void chan_view(Chan *c, ChanView *v);

#endif
