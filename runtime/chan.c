/* chan.c — channels and select. Modelled on Go's runtime/chan.go and select.go; our code.
 *
 * A channel: a lock, a ring buffer of `cap` elements (elem->slots slots each), and two queues
 * of waiting goroutines (sudogs): receivers and senders.
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

#include "../src/vm/vm.h"
#include "sched.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t next_chan_id;

Chan *chan_make(const Type *elem, int64_t cap) {
    Chan *c = NEW(Chan);
    c->elem = elem;
    c->es = elem->slots;
    c->cap = cap;
    if (cap > 0 && c->es > 0) {
        size_t bytes = sizeof(Slot) * (size_t)cap * (size_t)c->es;
        c->buf = (elem->flags & TYPE_POINTERFREE) ? GC_MALLOC_ATOMIC(bytes) : GC_MALLOC(bytes);
        memset(c->buf, 0, bytes);
    }
    c->id = __atomic_add_fetch(&next_chan_id, 1, __ATOMIC_RELAXED);
    return c;
}

int64_t chan_len(Chan *c) { return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0; }
int64_t chan_cap(Chan *c) { return c ? c->cap : 0; }

static inline void copy_elem(Chan *c, Slot *dst, const Slot *src) {
    if (c->es > 0) {
        memmove(dst, src, sizeof(Slot) * (size_t)c->es);
    }
}

static inline Slot *buf_at(Chan *c, int64_t i) { return c->buf + i * c->es; }

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
    Sudog *s = g->sudog_cache;
    if (!s) {
        s = g->sudog_cache = NEW(Sudog);
    } else {
        memset(s, 0, sizeof *s);
    }
    return s;
}

static void unlock_chan(void *arg) { rt_unlock(&((Chan *)arg)->lock); }

static void wake(Sudog *s, bool success) {
    s->success = success;
    s->g->param = s;
    rt_ready(s->g);
}

/* ---- send ---- */

ChanResult chan_send(G *g, Chan *c, const Slot *value, bool block) {
    if (!c) {
        if (!block) {
            return CHAN_WOULD_BLOCK;
        }
        rt_park(g, "chan send (nil chan)", NULL, NULL);
        return CHAN_PARKED;
    }
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panic_plain(g, "send on closed channel");
        return CHAN_PANIC;
    }
    Sudog *r = dequeue(&c->recvq_head, &c->recvq_tail);
    if (r) {
        /* a receiver is waiting: hand the value straight to it */
        if (r->elem) {
            copy_elem(c, r->elem, value);
        }
        if (r->okp) {
            r->okp->i = 1;
        }
        rt_unlock(&c->lock);
        wake(r, true);
        return CHAN_DONE;
    }
    if (c->count < c->cap) {
        copy_elem(c, buf_at(c, c->sendx), value);
        c->sendx = (c->sendx + 1) % c->cap;
        __atomic_add_fetch(&c->count, 1, __ATOMIC_RELAXED);
        rt_unlock(&c->lock);
        return CHAN_DONE;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return CHAN_WOULD_BLOCK;
    }
    Sudog *s = g_sudog(g);
    s->g = g;
    s->c = c;
    s->elem = (Slot *)value;
    g->waiting = s;
    g->param = NULL;
    enqueue(&c->sendq_head, &c->sendq_tail, s);
    rt_park(g, "chan send", unlock_chan, c);
    return CHAN_PARKED;
}

/* ---- receive ---- */

ChanResult chan_recv(G *g, Chan *c, Slot *dst, Slot *okp, bool block) {
    if (!c) {
        if (!block) {
            return CHAN_WOULD_BLOCK;
        }
        rt_park(g, "chan receive (nil chan)", NULL, NULL);
        return CHAN_PARKED;
    }
    rt_lock(&c->lock);
    if (c->count > 0) {
        copy_elem(c, dst, buf_at(c, c->recvx));
        if (c->es > 0) {
            memset(buf_at(c, c->recvx), 0, sizeof(Slot) * (size_t)c->es);
        }
        c->recvx = (c->recvx + 1) % c->cap;
        __atomic_sub_fetch(&c->count, 1, __ATOMIC_RELAXED);
        if (okp) {
            okp->i = 1;
        }
        /* a blocked sender can now put its value in the buffer */
        Sudog *s = dequeue(&c->sendq_head, &c->sendq_tail);
        if (s) {
            copy_elem(c, buf_at(c, c->sendx), s->elem);
            c->sendx = (c->sendx + 1) % c->cap;
            __atomic_add_fetch(&c->count, 1, __ATOMIC_RELAXED);
            rt_unlock(&c->lock);
            wake(s, true);
            return CHAN_DONE;
        }
        rt_unlock(&c->lock);
        return CHAN_DONE;
    }
    Sudog *s = dequeue(&c->sendq_head, &c->sendq_tail);
    if (s) {
        /* unbuffered: take the value straight from the waiting sender */
        copy_elem(c, dst, s->elem);
        if (okp) {
            okp->i = 1;
        }
        rt_unlock(&c->lock);
        wake(s, true);
        return CHAN_DONE;
    }
    if (c->closed) {
        rt_unlock(&c->lock);
        if (c->es > 0) {
            memset(dst, 0, sizeof(Slot) * (size_t)c->es);
        }
        if (okp) {
            okp->i = 0;
        }
        return CHAN_DONE;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return CHAN_WOULD_BLOCK;
    }
    Sudog *r = g_sudog(g);
    r->g = g;
    r->c = c;
    r->elem = dst;
    r->okp = okp;
    g->waiting = r;
    g->param = NULL;
    enqueue(&c->recvq_head, &c->recvq_tail, r);
    rt_park(g, "chan receive", unlock_chan, c);
    return CHAN_PARKED;
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
        if (s->elem && c->es > 0) {
            memset(s->elem, 0, sizeof(Slot) * (size_t)c->es);
        }
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
    SelectWait *w = arg;
    unlock_all(w->order, w->norder);
}

/* Tries case i with its channel locked; true if it completed. *panicked: send on closed. */
static bool try_case(G *g, SelectCase *sc, bool *panicked) {
    Chan *c = sc->c;
    if (sc->dir == SELECT_SEND) {
        if (c->closed) {
            *panicked = true;
            return true;
        }
        Sudog *r = dequeue(&c->recvq_head, &c->recvq_tail);
        if (r) {
            if (r->elem) {
                copy_elem(c, r->elem, sc->elem);
            }
            if (r->okp) {
                r->okp->i = 1;
            }
            wake(r, true);
            return true;
        }
        if (c->count < c->cap) {
            copy_elem(c, buf_at(c, c->sendx), sc->elem);
            c->sendx = (c->sendx + 1) % c->cap;
            __atomic_add_fetch(&c->count, 1, __ATOMIC_RELAXED);
            return true;
        }
        return false;
    }
    if (c->count > 0) {
        if (sc->elem) {
            copy_elem(c, sc->elem, buf_at(c, c->recvx));
        }
        if (c->es > 0) {
            memset(buf_at(c, c->recvx), 0, sizeof(Slot) * (size_t)c->es);
        }
        c->recvx = (c->recvx + 1) % c->cap;
        __atomic_sub_fetch(&c->count, 1, __ATOMIC_RELAXED);
        if (sc->okp) {
            sc->okp->i = 1;
        }
        Sudog *s = dequeue(&c->sendq_head, &c->sendq_tail);
        if (s) {
            copy_elem(c, buf_at(c, c->sendx), s->elem);
            c->sendx = (c->sendx + 1) % c->cap;
            __atomic_add_fetch(&c->count, 1, __ATOMIC_RELAXED);
            wake(s, true);
        }
        return true;
    }
    Sudog *s = dequeue(&c->sendq_head, &c->sendq_tail);
    if (s) {
        if (sc->elem) {
            copy_elem(c, sc->elem, s->elem);
        }
        if (sc->okp) {
            sc->okp->i = 1;
        }
        wake(s, true);
        return true;
    }
    if (c->closed) {
        if (sc->elem && c->es > 0) {
            memset(sc->elem, 0, sizeof(Slot) * (size_t)c->es);
        }
        if (sc->okp) {
            sc->okp->i = 0;
        }
        return true;
    }
    return false;
}

int chan_select(G *g, SelectCase *cases, int n, bool has_default, SelectState **state) {
    *state = NULL;
    if (n == 0 && !has_default) {
        rt_park(g, "select (no cases)", NULL, NULL);
        return SELECT_PARKED;
    }
    /* small selects (almost all) work in local arrays; only a parked one goes to the heap */
    Chan *order_buf[16];
    int poll_buf[16];
    Chan **order = n < 16 ? order_buf : GC_MALLOC(sizeof(Chan *) * (size_t)(n + 1));
    int *poll = n < 16 ? poll_buf : GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(n + 1));
    int norder = lock_order(cases, n, order);
    /* poll in a random order */
    for (int i = 0; i < n; i++) {
        int j = (int)(rt_fastrand() % (uint32_t)(i + 1));
        poll[i] = poll[j];
        poll[j] = i;
    }
    lock_all(order, norder);
    for (int k = 0; k < n; k++) {
        int i = poll[k];
        if (!cases[i].c) {
            continue;
        }
        bool panicked = false;
        if (try_case(g, &cases[i], &panicked)) {
            unlock_all(order, norder);
            if (panicked) {
                rt_panic_plain(g, "send on closed channel");
                return SELECT_PANIC;
            }
            return i;
        }
    }
    if (has_default) {
        unlock_all(order, norder);
        return SELECT_DEFAULT;
    }
    if (norder == 0) {
        /* only nil channels: blocked for ever (Go still calls this wait "select") */
        unlock_all(order, norder);
        rt_park(g, "select", NULL, NULL);
        return SELECT_PARKED;
    }
    /* wait on every channel: the state outlives this call. A goroutine reuses its last
     * select's state (nothing refers to it once that select has finished). */
    SelectState *st = g->select_cache;
    if (!st || st->cap < n) {
        int cap = n < 4 ? 4 : n;
        st = NEW(SelectState);
        st->cap = cap;
        st->cases = GC_MALLOC(sizeof(SelectCase) * (size_t)cap);
        st->order = GC_MALLOC(sizeof(Chan *) * (size_t)cap);
        st->sudogs = GC_MALLOC(sizeof(Sudog *) * (size_t)cap);
        st->store = GC_MALLOC(sizeof(Sudog) * (size_t)cap);
        st->wait = NEW(SelectWait);
        g->select_cache = st;
    }
    memcpy(st->cases, cases, sizeof(SelectCase) * (size_t)n);
    cases = st->cases;
    st->n = n;
    memcpy(st->order, order, sizeof(Chan *) * (size_t)norder);
    order = st->order;
    st->norder = norder;
    memset(st->sudogs, 0, sizeof(Sudog *) * (size_t)n);
    g->select_done = 0;
    g->param = NULL;
    for (int i = 0; i < n; i++) {
        SelectCase *sc = &cases[i];
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
        s->case_index = i;
        st->sudogs[i] = s;
        if (sc->dir == SELECT_SEND) {
            enqueue(&sc->c->sendq_head, &sc->c->sendq_tail, s);
        } else {
            enqueue(&sc->c->recvq_head, &sc->c->recvq_tail, s);
        }
    }
    *state = st;
    SelectWait *w = st->wait;
    w->order = order;
    w->norder = norder;
    rt_park(g, "select", unlock_select, w);
    return SELECT_PARKED;
}

int chan_select_finish(G *g, SelectState *st) {
    Sudog *won = g->param;
    lock_all(st->order, st->norder);
    for (int i = 0; i < st->n; i++) {
        Sudog *s = st->sudogs[i];
        if (!s || s == won) {
            continue;
        }
        Chan *c = s->c;
        if (st->cases[i].dir == SELECT_SEND) {
            unlink_sudog(&c->sendq_head, &c->sendq_tail, s);
        } else {
            unlink_sudog(&c->recvq_head, &c->recvq_tail, s);
        }
    }
    unlock_all(st->order, st->norder);
    g->param = NULL;
    if (!won) {
        return SELECT_PARKED; /* spurious: should not happen */
    }
    if (st->cases[won->case_index].dir == SELECT_SEND && !won->success) {
        rt_panic_plain(g, "send on closed channel");
        return SELECT_PANIC;
    }
    return won->case_index;
}
