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

#endif
