/* chan.h — channel operations as the VM performs them (runtime/chan.c). See sched.h for the
 * part natives use. */
#ifndef GOSUB_CHAN_H
#define GOSUB_CHAN_H

#include "../src/common.h"
#include "chanbuf.h"
#include "lock.h"
#include "sched.h"

typedef struct Sudog Sudog;

/* A goroutine waiting on a channel: where its value is (in its own registers). */
struct Sudog {
    G *g;
    Chan *c;
    Slot *elem;  /* the value to send, or where to put the received one (NULL: discard) */
    Slot *okp;   /* receive: where to store ok, or NULL */
    Sudog *next, *prev;
    bool is_select;
    bool success; /* set by the waker: false when the channel was closed */
    int case_index;
};

struct Chan {
    RtLock lock;
    const Type *elem;
    ChanBuf buf;
    bool closed;
    Sudog *recvq_head, *recvq_tail, *sendq_head, *sendq_tail;
    int64_t id;
};

typedef enum ChanResult { CHAN_DONE, CHAN_PARKED, CHAN_PANIC, CHAN_WOULD_BLOCK } ChanResult;

/* Send / receive; CHAN_PARKED: g is parked (rt_park was called) and, when resumed, the
 * operation has completed: g->param is its sudog, whose `success` is false if the channel was
 * closed under a waiting sender (which must then panic). */
ChanResult chan_send(G *g, Chan *c, const Slot *value, bool block);
ChanResult chan_recv(G *g, Chan *c, Slot *dst, Slot *okp, bool block);

enum { SELECT_SEND = 1, SELECT_RECV = 2 };
enum { SELECT_DEFAULT = -1, SELECT_PARKED = -2, SELECT_PANIC = -3 };

typedef struct SelectCase {
    Chan *c;     /* NULL: a nil channel, never ready */
    int dir;
    Slot *elem;  /* send: the value; receive: where to put it (NULL: discard) */
    Slot *okp;
} SelectCase;

/* A parked select (kept by its goroutine and reused by its next select). */
typedef struct SelectState {
    SelectCase *cases;
    int n, cap;
    Chan **order;
    int norder;
    Sudog **sudogs;
    Sudog *store;
} SelectState;

/* Runs a select: returns the chosen case index, SELECT_DEFAULT, SELECT_PANIC, or
 * SELECT_PARKED (g parked; on resume call chan_select_finish with *state). */
int chan_select(G *g, SelectCase *cases, int n, bool has_default, SelectState **state);
int chan_select_finish(G *g, SelectState *st);

#endif
