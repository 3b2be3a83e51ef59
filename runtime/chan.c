/* chan.c — channels and select. Modelled on Go's runtime/chan.go and select.go; our code.
 *
 * A channel: a lock, a ring buffer of `cap` elements (chanbuf.h), and two queues of waiting
 * goroutines (sudogs): receivers and senders.
 * Invariants (under the channel's lock):
 *   recvq is empty whenever the buffer holds a value (count > 0);
 *   sendq is empty whenever the buffer has room (count < cap);
 *   after close, both queues are empty (close wakes everybody).
 * A waiting goroutine's sudog points at its value in its own registers (`elem`): the
 * goroutine is parked, so its stack cannot move, and the other party copies directly.
 * A sudog of a select may be queued on several channels; the first party to claim it (a CAS
 * on its G's select_done) wins, the others skip it.
 * Lock order: channels in address order (select); a channel lock may be held while readying
 * a goroutine (which takes scheduler locks), never the reverse.
 */
#include "chan.h"

#include "sched.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* A goroutine waiting on a channel: where its value is (in its own registers). */
struct Sudog {
    G *g;
    Chan *c;
    Slot *elem; /* the value to send, or where to put the received one (NULL: discard) */
    Slot *okp;  /* receive: where to store ok, or NULL */
    Sudog *next, *prev;
    bool is_select;
    bool is_send;
    bool success; /* set by the waker: false when the channel was closed */
    int case_index;
};

static int64_t next_chan_id;

Chan *chan_make(const Type *elem, int64_t cap) {
    Chan *c = NEW(Chan);
    c->elem = elem;
    c->buf.es = elem->slots;
    c->buf.cap = cap;
    if (cap > 0 && elem->slots > 0) {
        size_t bytes = sizeof(Slot) * (size_t)cap * (size_t)elem->slots;
        Slot *slots = (elem->flags & TYPE_POINTERFREE) ? GC_MALLOC_ATOMIC(bytes) : GC_MALLOC(bytes);
        memset(slots, 0, bytes);
        c->buf.slots = slots;
    }
    c->id = __atomic_add_fetch(&next_chan_id, 1, __ATOMIC_RELAXED);
    return c;
}

int64_t chan_len(Chan *c) { return c ? __atomic_load_n(&c->buf.count, __ATOMIC_RELAXED) : 0; }
int64_t chan_cap(Chan *c) { return c ? c->buf.cap : 0; }

static inline void copy_elem(Chan *c, Slot *dst, const Slot *src) {
    chanbuf_copy(&c->buf, dst, src);
}

static inline void clear_elem(Chan *c, Slot *dst) { chanbuf_clear(&c->buf, dst); }

/* ---- wait queues ---- */

static void enqueue(Sudog **head, Sudog **tail, Sudog *s) {
    s->next = NULL;
    s->prev = *tail;
    if (*tail) {
        (*tail)->next = s;
    } else {
        *head = s;
    }
    *tail = s;
}

static void unlink_sudog(Sudog **head, Sudog **tail, Sudog *s) {
    if (s->prev) {
        s->prev->next = s->next;
    } else if (*head == s) {
        *head = s->next;
    } else {
        return; /* not queued */
    }
    if (s->next) {
        s->next->prev = s->prev;
    } else {
        *tail = s->prev;
    }
    s->next = s->prev = NULL;
}

/* The first waiter that can still be claimed (select sudogs may have been won elsewhere). */
static Sudog *dequeue(Sudog **head, Sudog **tail) {
    for (;;) {
        Sudog *s = *head;
        if (!s) {
            return NULL;
        }
        unlink_sudog(head, tail, s);
        if (s->is_select) {
            uint32_t zero = 0;
            if (!__atomic_compare_exchange_n(&s->g->select_done, &zero, 1, false,
                                             __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
                continue;
            }
        }
        return s;
    }
}

/* g's sudog for a blocking send or receive. One suffices: g waits for one operation at a
 * time, and its waker is done with the sudog once it has readied g. */
static Sudog *g_sudog(G *g) {
    Sudog *s = g->kept.sudog;
    if (!s) {
        s = g->kept.sudog = NEW(Sudog);
    } else {
        memset(s, 0, sizeof *s);
    }
    return s;
}

static void unlock_chan(void *arg) { rt_unlock(&((Chan *)arg)->lock); }

/* Readies the goroutine of a completed sudog; success is false when the channel was closed.
 * A plain send that failed so is left in g->waiting: it panics when g resumes. */
static void wake(Sudog *s, bool success) {
    s->success = success;
    s->g->param = s;
    if (!success && s->is_send && !s->is_select) {
        s->g->waiting = s;
    }
    rt_ready(s->g);
}

/* ---- send and receive, with the channel locked (shared by plain operations and select) */

/* Sends value on c (locked, not closed): straight to a waiting receiver, which *woken gets
 * (to wake once c is unlocked), or into the buffer. false: no receiver and no room. */
/* (inlined: it is each channel operation's fast path) */
static inline __attribute__((always_inline)) bool send_locked(Chan *c, const Slot *value,
                                                              Sudog **woken) {
    Sudog *r = dequeue(&c->recvq_head, &c->recvq_tail);
    if (r) {
        if (r->elem) {
            copy_elem(c, r->elem, value);
        }
        if (r->okp) {
            r->okp->i = 1;
        }
        *woken = r;
        return true;
    }
    if (c->buf.count < c->buf.cap) {
        chanbuf_push(&c->buf, value);
        return true;
    }
    return false;
}

/* Receives from c (locked) into dst (NULL: discard) and *okp: from the buffer (a waiting
 * sender, put in *woken, refills it), straight from a waiting sender, or the zero value if
 * c is closed. false: nothing to receive yet. */
static inline __attribute__((always_inline)) bool recv_locked(Chan *c, Slot *dst, Slot *okp,
                                                              Sudog **woken) {
    bool ok = true;
    Sudog *s;
    if (c->buf.count > 0) {
        chanbuf_pop(&c->buf, dst);
        if ((s = dequeue(&c->sendq_head, &c->sendq_tail))) {
            chanbuf_push(&c->buf, s->elem);
            *woken = s;
        }
    } else if ((s = dequeue(&c->sendq_head, &c->sendq_tail))) {
        if (dst) {
            copy_elem(c, dst, s->elem); /* unbuffered: from the sender's registers */
        }
        *woken = s;
    } else if (c->closed) {
        clear_elem(c, dst);
        ok = false;
    } else {
        return false;
    }
    if (okp) {
        okp->i = ok;
    }
    return true;
}

/* g has parked (rt_park) in an operation: CHAN_PARKED, or, if it parked inside a nested
 * call (its thread waited, and it is awake already), how the completed operation went. */
static ChanResult parked(G *g) {
    if (g->stop == STOP_PARK) {
        return CHAN_PARKED;
    }
    return chan_resume(g) ? CHAN_DONE : CHAN_PANIC;
}

/* Queues g's sudog on c's senders or receivers and parks g until the other party completes
 * the operation. c locked (unlocked once g is off its thread). */
static inline __attribute__((always_inline)) ChanResult wait_on(G *g, Chan *c, bool send,
                                                                Slot *elem, Slot *okp) {
    Sudog *s = g_sudog(g);
    s->g = g;
    s->c = c;
    s->elem = elem;
    s->okp = okp;
    s->is_send = send;
    g->param = NULL;
    if (send) {
        enqueue(&c->sendq_head, &c->sendq_tail, s);
    } else {
        enqueue(&c->recvq_head, &c->recvq_tail, s);
    }
    rt_park(g, send ? "chan send" : "chan receive", unlock_chan, c);
    return parked(g);
}

ChanResult chan_send(G *g, Chan *c, const Slot *value, bool block) {
    if (!c) {
        if (!block) {
            return CHAN_WOULD_BLOCK;
        }
        rt_park(g, "chan send (nil chan)", NULL, NULL);
        return parked(g);
    }
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panic_plain(g, "send on closed channel");
        return CHAN_PANIC;
    }
    Sudog *woken = NULL;
    if (send_locked(c, value, &woken)) {
        rt_unlock(&c->lock);
        if (woken) {
            wake(woken, true);
        }
        return CHAN_DONE;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return CHAN_WOULD_BLOCK;
    }
    return wait_on(g, c, true, (Slot *)value, NULL);
}

ChanResult chan_recv(G *g, Chan *c, Slot *dst, Slot *okp, bool block) {
    if (!c) {
        if (!block) {
            return CHAN_WOULD_BLOCK;
        }
        rt_park(g, "chan receive (nil chan)", NULL, NULL);
        return parked(g);
    }
    rt_lock(&c->lock);
    Sudog *woken = NULL;
    if (recv_locked(c, dst, okp, &woken)) {
        rt_unlock(&c->lock);
        if (woken) {
            wake(woken, true);
        }
        return CHAN_DONE;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return CHAN_WOULD_BLOCK;
    }
    return wait_on(g, c, false, dst, okp);
}

/* ---- close ---- */

void chan_close(G *g, Chan *c) {
    if (!c) {
        rt_panic_plain(g, "close of nil channel");
        return;
    }
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panic_plain(g, "close of closed channel");
        return;
    }
    c->closed = true;
    VEC(Sudog *) woken = {0};
    Sudog *s;
    while ((s = dequeue(&c->recvq_head, &c->recvq_tail))) {
        clear_elem(c, s->elem);
        if (s->okp) {
            s->okp->i = 0;
        }
        vec_push(&woken, s);
    }
    while ((s = dequeue(&c->sendq_head, &c->sendq_tail))) {
        vec_push(&woken, s);
    }
    rt_unlock(&c->lock);
    for (int i = 0; i < woken.len; i++) {
        wake(woken.data[i], false);
    }
}

/* ---- select ---- */

enum { SELECT_DEFAULT = -1, SELECT_NONE = -2, SELECT_PANIC = -3 };

/* A select's case, its registers resolved. */
typedef struct SelectCase {
    Chan *c; /* NULL: a nil channel, never ready */
    int dir;
    Slot *elem; /* send: the value; receive: where to put it (NULL: discard) */
    Slot *okp;
} SelectCase;

/* A parked select: kept by its goroutine (G.kept.select) and reused by its next one. */
typedef struct SelectState {
    SelectCase *cases;
    int n, cap;
    Chan **order;
    int norder;
    Sudog **sudogs;
    Sudog *store;
    Slot *chosen; /* where the chosen case's index goes */
} SelectState;

/* The channels of the cases, sorted by address, without duplicates or nils. */
static int lock_order(SelectCase *cases, int n, Chan **order) {
    int k = 0;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[i].c;
        if (!c) {
            continue;
        }
        /* insertion sort: selects have a handful of cases */
        int j = k++;
        while (j > 0 && order[j - 1] > c) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = c;
    }
    int m = 0;
    for (int i = 0; i < k; i++) {
        if (m == 0 || order[m - 1] != order[i]) {
            order[m++] = order[i];
        }
    }
    return m;
}

static void lock_all(Chan **order, int n) {
    for (int i = 0; i < n; i++) {
        rt_lock(&order[i]->lock);
    }
}

static void unlock_all(Chan **order, int n) {
    for (int i = n - 1; i >= 0; i--) {
        rt_unlock(&order[i]->lock);
    }
}

static void unlock_select(void *arg) {
    SelectState *st = arg;
    unlock_all(st->order, st->norder);
}

/* Tries a case with its channel locked; true if it completed (*woken: a goroutine to wake
 * once the channels are unlocked). *panicked: a send on a closed channel. */
static bool try_case(SelectCase *sc, bool *panicked, Sudog **woken) {
    Chan *c = sc->c;
    if (sc->dir == SELECT_SEND) {
        if (c->closed) {
            *panicked = true;
            return true;
        }
        return send_locked(c, sc->elem, woken);
    }
    return recv_locked(c, sc->elem, sc->okp, woken);
}

/* Polls the cases, their channels locked, in a random order: returns the index of the first
 * that completes, or SELECT_PANIC (the channels unlocked), or SELECT_NONE when none is ready
 * (the channels still locked). */
static int poll_cases(G *g, SelectCase *cases, int n, Chan **order, int norder) {
    int poll_buf[16];
    int *poll = n <= 16 ? poll_buf : GC_MALLOC_ATOMIC(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        int j = (int)(rt_fastrand() % (uint32_t)(i + 1));
        poll[i] = poll[j];
        poll[j] = i;
    }
    for (int k = 0; k < n; k++) {
        int i = poll[k];
        if (!cases[i].c) {
            continue;
        }
        bool panicked = false;
        Sudog *woken = NULL;
        if (try_case(&cases[i], &panicked, &woken)) {
            unlock_all(order, norder);
            if (woken) {
                wake(woken, true);
            }
            if (panicked) {
                rt_panic_plain(g, "send on closed channel");
                return SELECT_PANIC;
            }
            return i;
        }
    }
    return SELECT_NONE;
}

/* Queues g on every case's channel (all locked, unlocked once g is off its thread) and parks
 * it. The state outlives this call: a goroutine reuses its last select's (nothing refers to
 * it once that select has finished). */
static ChanResult select_wait(G *g, SelectCase *cases, int n, Chan **order, int norder,
                              Slot *chosen) {
    SelectState *st = g->kept.select;
    if (!st || st->cap < n) {
        int cap = n < 4 ? 4 : n;
        st = NEW(SelectState);
        st->cap = cap;
        st->cases = GC_MALLOC(sizeof(SelectCase) * (size_t)cap);
        st->order = GC_MALLOC(sizeof(Chan *) * (size_t)cap);
        st->sudogs = GC_MALLOC(sizeof(Sudog *) * (size_t)cap);
        st->store = GC_MALLOC(sizeof(Sudog) * (size_t)cap);
        g->kept.select = st;
    }
    memcpy(st->cases, cases, sizeof(SelectCase) * (size_t)n);
    st->n = n;
    memcpy(st->order, order, sizeof(Chan *) * (size_t)norder);
    st->norder = norder;
    st->chosen = chosen;
    memset(st->sudogs, 0, sizeof(Sudog *) * (size_t)n);
    g->select_done = 0;
    g->param = NULL;
    for (int i = 0; i < n; i++) {
        SelectCase *sc = &st->cases[i];
        if (!sc->c) {
            continue;
        }
        Sudog *s = &st->store[i];
        memset(s, 0, sizeof *s);
        s->g = g;
        s->c = sc->c;
        s->elem = sc->elem;
        s->okp = sc->okp;
        s->is_select = true;
        s->is_send = sc->dir == SELECT_SEND;
        s->case_index = i;
        st->sudogs[i] = s;
        if (s->is_send) {
            enqueue(&sc->c->sendq_head, &sc->c->sendq_tail, s);
        } else {
            enqueue(&sc->c->recvq_head, &sc->c->recvq_tail, s);
        }
    }
    g->select_state = st;
    rt_park(g, "select", unlock_select, st);
    return parked(g);
}

ChanResult chan_select(G *g, const SelectSite *site, Slot *regs, Slot *chosen) {
    int n = site->n;
    if (n == 0 && !site->has_default) {
        rt_park(g, "select (no cases)", NULL, NULL);
        return parked(g);
    }
    /* small selects (almost all) work in local arrays; only a parked one goes to the heap */
    SelectCase case_buf[16];
    Chan *order_buf[16];
    SelectCase *cases = n <= 16 ? case_buf : GC_MALLOC(sizeof(SelectCase) * (size_t)n);
    Chan **order = n <= 16 ? order_buf : GC_MALLOC(sizeof(Chan *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        const SelectSiteCase *sc = &site->cases[i];
        cases[i] = (SelectCase){regs[sc->chan_reg].p, sc->dir,
                                sc->val_reg >= 0 ? &regs[sc->val_reg] : NULL,
                                sc->ok_reg >= 0 ? &regs[sc->ok_reg] : NULL};
    }
    int norder = lock_order(cases, n, order);
    lock_all(order, norder);
    int i = poll_cases(g, cases, n, order, norder);
    if (i == SELECT_PANIC) {
        return CHAN_PANIC;
    }
    if (i == SELECT_NONE && site->has_default) {
        unlock_all(order, norder);
        i = SELECT_DEFAULT;
    }
    if (i != SELECT_NONE) {
        chosen->i = i;
        return CHAN_DONE;
    }
    if (norder == 0) {
        /* only nil channels: blocked for ever (Go still calls this wait "select") */
        rt_park(g, "select", NULL, NULL);
        return parked(g);
    }
    return select_wait(g, cases, n, order, norder, chosen);
}

/* A parked select was woken: leaves the other channels' queues; returns the case that won,
 * or SELECT_PANIC (a send whose channel was closed: the panic is raised). */
static int select_finish(G *g, SelectState *st) {
    Sudog *won = g->param;
    lock_all(st->order, st->norder);
    for (int i = 0; i < st->n; i++) {
        Sudog *s = st->sudogs[i];
        if (!s || s == won) {
            continue;
        }
        Chan *c = s->c;
        if (s->is_send) {
            unlink_sudog(&c->sendq_head, &c->sendq_tail, s);
        } else {
            unlink_sudog(&c->recvq_head, &c->recvq_tail, s);
        }
    }
    unlock_all(st->order, st->norder);
    g->param = NULL;
    if (!won) {
        return SELECT_NONE; /* spurious: should not happen */
    }
    if (won->is_send && !won->success) {
        rt_panic_plain(g, "send on closed channel");
        return SELECT_PANIC;
    }
    return won->case_index;
}

/* chan_resume for a select. */
static __attribute__((noinline)) bool select_resume(G *g) {
    SelectState *st = g->select_state;
    g->select_state = NULL;
    int i = select_finish(g, st);
    if (i == SELECT_PANIC) {
        return false;
    }
    st->chosen->i = i;
    return true;
}

bool chan_resume(G *g) {
    if (g->select_state) {
        return select_resume(g);
    }
    if (g->waiting) {
        g->waiting = NULL; /* a send whose channel was closed */
        rt_panic_plain(g, "send on closed channel");
        return false;
    }
    return true;
}

/* ---- for the REPL (src/repl) ----
 * The REPL's thread reads and changes queues as one more party taking channel locks (a
 * select's in address order). A parked goroutine's sudog does not change while it is queued:
 * only a waker holding the channel's lock takes it out. */

/* Whether s is in the queue starting at head (c locked). */
static bool in_queue(const Sudog *head, const Sudog *s) {
    for (; head; head = head->next) {
        if (head == s) {
            return true;
        }
    }
    return false;
}

static bool plain_wait(const G *g) {
    const char *why = g->wait_reason;
    return g->status == G_WAITING && why &&
           (!strcmp(why, "chan send") || !strcmp(why, "chan receive"));
}

Chan *chan_waited(const G *g) {
    Sudog *s = g->kept.sudog;
    return plain_wait(g) && s ? s->c : NULL;
}

int chan_select_waited(const G *g, Chan **chans, int *dirs, int max) {
    SelectState *st = g->select_state;
    if (!st) {
        return 0;
    }
    int n = st->n;
    for (int i = 0; i < n && i < max; i++) {
        chans[i] = st->cases[i].c;
        dirs[i] = st->cases[i].dir;
    }
    return n;
}

/* A parked select leaves every queue, if no waker has claimed it. */
static bool abandon_select(G *g, SelectState *st) {
    int norder = st->norder;
    Chan **order = NEW_ARRAY(Chan *, norder + 1);
    memcpy(order, st->order, sizeof(Chan *) * (size_t)norder);
    lock_all(order, norder);
    uint32_t zero = 0;
    bool ok = g->status == G_WAITING && g->select_state == st && st->norder == norder &&
              !memcmp(order, st->order, sizeof(Chan *) * (size_t)norder) &&
              __atomic_compare_exchange_n(&g->select_done, &zero, 1, false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST);
    for (int i = 0; ok && i < st->n; i++) {
        Sudog *s = st->sudogs[i];
        if (s && s->is_send) {
            unlink_sudog(&s->c->sendq_head, &s->c->sendq_tail, s);
        } else if (s) {
            unlink_sudog(&s->c->recvq_head, &s->c->recvq_tail, s);
        }
    }
    unlock_all(order, norder);
    return ok;
}

bool chan_abandon(G *g) {
    if (g->status != G_WAITING) {
        return false;
    }
    SelectState *st = g->select_state;
    if (st) {
        return abandon_select(g, st);
    }
    Sudog *s = g->kept.sudog;
    Chan *c = s && plain_wait(g) ? s->c : NULL;
    if (!c) {
        return false;
    }
    rt_lock(&c->lock);
    Sudog **head = s->is_send ? &c->sendq_head : &c->recvq_head;
    Sudog **tail = s->is_send ? &c->sendq_tail : &c->recvq_tail;
    bool ok = s->c == c && in_queue(*head, s);
    if (ok) {
        unlink_sudog(head, tail, s);
    }
    rt_unlock(&c->lock);
    return ok;
}

/* The goroutines of a queue (c locked), a sender's value copied; a select's sudog another
 * case has won is left out. */
static ChanWaiter *waiters(Chan *c, Sudog *s, bool copy, int *n) {
    int len = 0;
    for (Sudog *x = s; x; x = x->next) {
        len++;
    }
    ChanWaiter *w = NEW_ARRAY(ChanWaiter, len + 1);
    *n = 0;
    for (; s; s = s->next) {
        if (s->is_select && __atomic_load_n(&s->g->select_done, __ATOMIC_SEQ_CST)) {
            continue;
        }
        ChanWaiter *x = &w[(*n)++];
        x->id = s->g->id;
        if (copy && c->buf.es > 0 && s->elem) {
            x->value = NEW_ARRAY(Slot, c->buf.es);
            copy_elem(c, x->value, s->elem);
        }
    }
    return w;
}

void chan_view(Chan *c, ChanView *v) {
    memset(v, 0, sizeof *v);
    rt_lock(&c->lock);
    v->cap = c->buf.cap;
    v->len = c->buf.count;
    v->closed = c->closed;
    v->values = NEW_ARRAY(Slot, v->len * c->buf.es + 1);
    for (int64_t i = 0; i < v->len; i++) {
        copy_elem(c, v->values + i * c->buf.es,
                  chanbuf_at(&c->buf, (c->buf.recvx + i) % c->buf.cap));
    }
    v->senders = waiters(c, c->sendq_head, true, &v->nsenders);
    v->receivers = waiters(c, c->recvq_head, false, &v->nreceivers);
    rt_unlock(&c->lock);
}
