/* inspect.c — what the REPL sees of the runtime: where a goroutine waits, taking a waiting
 * goroutine out of a channel's queues, :goroutines and :chan.
 *
 * A channel's queues and buffer are read under its lock (runtime/chan.h: the REPL thread is
 * one more party locking channels, one at a time or, for a select, in address order). A
 * goroutine's frames are read only while it is parked: its stack does not move then.
 */
#include "repl.h"

#include "../../runtime/chan.h"
#include "../../runtime/lib/format.h"
#include "../vm/vm.h"

#include <stdio.h>
#include <string.h>

/* ---- channels ---- */

static bool queued(Sudog *head, Sudog *s) {
    return s->prev || head == s;
}

static void unlink_from(Sudog **head, Sudog **tail, Sudog *s) {
    if (s->prev) {
        s->prev->next = s->next;
    } else {
        *head = s->next;
    }
    if (s->next) {
        s->next->prev = s->prev;
    } else {
        *tail = s->prev;
    }
    s->next = s->prev = NULL;
}

/* Takes s out of its channel's queue (dir: SELECT_SEND or SELECT_RECV); c locked. */
static bool dequeue_sudog(Chan *c, Sudog *s, int dir) {
    Sudog **head = dir == SELECT_SEND ? &c->sendq_head : &c->recvq_head;
    Sudog **tail = dir == SELECT_SEND ? &c->sendq_tail : &c->recvq_tail;
    if (!queued(*head, s)) {
        return false;
    }
    unlink_from(head, tail, s);
    return true;
}

static bool abandon_select(G *g) {
    SelectState *st = g->select_cache;
    if (!st) {
        return false;
    }
    for (int i = 0; i < st->norder; i++) {
        rt_lock(&st->order[i]->lock);
    }
    uint32_t zero = 0;
    bool ok = g->status == G_WAITING && g->select_state == st &&
              __atomic_compare_exchange_n(&g->select_done, &zero, 1, false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST);
    for (int i = 0; ok && i < st->n; i++) {
        if (st->sudogs[i]) {
            dequeue_sudog(st->sudogs[i]->c, st->sudogs[i], st->cases[i].dir);
        }
    }
    for (int i = st->norder - 1; i >= 0; i--) {
        rt_unlock(&st->order[i]->lock);
    }
    return ok;
}

bool repl_abandon(G *g) {
    const char *why = g->wait_reason;
    if (g->status != G_WAITING || !why) {
        return false;
    }
    if (!strcmp(why, "chan send") || !strcmp(why, "chan receive")) {
        Sudog *s = g->waiting;
        if (!s || !s->c) {
            return false;
        }
        rt_lock(&s->c->lock);
        bool ok = g->status == G_WAITING && g->waiting == s &&
                  dequeue_sudog(s->c, s, why[5] == 's' ? SELECT_SEND : SELECT_RECV);
        rt_unlock(&s->c->lock);
        return ok;
    }
    if (!strcmp(why, "select")) {
        /* a select of nil channels only waits on nothing */
        return g->select_state ? abandon_select(g) : true;
    }
    if (strstr(why, "(nil chan)") || !strcmp(why, "select (no cases)")) {
        return true;
    }
    if (!strcmp(why, "sleep") && g->sleep_timer) {
        return rt_timer_stop(g->sleep_timer);
    }
    return false;
}

static const char *chan_type_of(Chan *c) {
    return str_printf("chan %s", type_string((Type *)c->elem));
}

/* How we call a channel: the session variable holding it, or "a chan T". */
static const char *chan_name(Chan *c) {
    const char *name = repl_session_var_of(c);
    return name ? name : str_printf("a %s", chan_type_of(c));
}

/* "unbuffered; no goroutine receives", "buffer full (2 of 2); no goroutine receives" */
static const char *chan_state(Chan *c, bool send) {
    const char *other = send ? "no goroutine receives" : "no goroutine sends";
    if (c->cap == 0) {
        return str_printf("unbuffered; %s", other);
    }
    if (send) {
        return str_printf("buffer full (%lld of %lld); %s", (long long)c->count, (long long)c->cap,
                          other);
    }
    return str_printf("buffer empty (capacity %lld); %s", (long long)c->cap, other);
}

const char *repl_blocked_reason(G *g) {
    const char *why = g->wait_reason ? g->wait_reason : "waiting";
    if ((!strcmp(why, "chan send") || !strcmp(why, "chan receive")) && g->waiting) {
        Chan *c = ((Sudog *)g->waiting)->c;
        bool send = why[5] == 's';
        return str_printf("%s on %s (%s)", why, chan_name(c), chan_state(c, send));
    }
    if (!strcmp(why, "select") && g->select_state) {
        SelectState *st = g->select_state;
        StrBuf b = {0};
        sb_puts(&b, "select on ");
        for (int i = 0; i < st->n; i++) {
            sb_printf(&b, "%s%s %s", i ? ", " : "",
                      st->cases[i].dir == SELECT_SEND ? "send to" : "receive from",
                      st->cases[i].c ? chan_name(st->cases[i].c) : "a nil channel");
        }
        sb_puts(&b, " (no case can go on)");
        return sb_cstr(&b);
    }
    if (strstr(why, "(nil chan)")) {
        return str_printf("%.*s on a nil channel (blocks for ever)",
                          (int)(strstr(why, " (nil") - why), why);
    }
    if (!strcmp(why, "select")) {
        return "select on nil channels only";
    }
    return str_printf("%s (no goroutine can wake it)", why);
}

/* ---- :goroutines ---- */

static void collect(G *g, void *arg) {
    VEC(G *) *v = arg;
    vec_push(v, g);
}

/* Where a parked goroutine waits: the file and line of its innermost Go function that is not
 * the std packages' (or of the innermost one, if all are). */
static const char *where(G *g) {
    const char *found = NULL;
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        Frame *f = &g->frames[i];
        if (f->fn->is_wrapper || f->fn->native || !f->fn->code) {
            continue;
        }
        const Instr *pc = f->pc > f->fn->code ? f->pc - 1 : f->pc;
        const char *here = str_printf("%s:%d", f->fn->file, func_line(f->fn, pc));
        if (f->fn->file[0] != '$') {
            return here;
        }
        found = found ? found : here;
    }
    return found;
}

void repl_goroutines(G *entry) {
    VEC(G *) gs = {0};
    sched_each_g(collect, &gs);
    StrBuf b = {0};
    for (int i = 0; i < gs.len; i++) {
        G *g = gs.data[i];
        GStatus st = g->status;
        const char *state = st == G_RUNNING    ? "running"
                            : st == G_RUNNABLE ? "runnable"
                            : g->wait_reason   ? g->wait_reason
                                               : "waiting";
        sb_printf(&b, "goroutine %lld [%s]", (long long)g->id, state);
        if (st == G_WAITING) {
            const char *why = g->wait_reason ? g->wait_reason : "";
            if ((!strcmp(why, "chan send") || !strcmp(why, "chan receive")) && g->waiting) {
                sb_printf(&b, " %s", chan_name(((Sudog *)g->waiting)->c));
            }
            const char *w = where(g);
            if (w) {
                sb_printf(&b, " at %s", w);
            }
        }
        if (g->go_parent_fn) {
            sb_printf(&b, ", started at %s:%d", g->go_file, g->go_line);
        } else if (g == entry) {
            sb_puts(&b, ", the entry");
        }
        sb_putc(&b, '\n');
    }
    if (gs.len == 0) {
        sb_puts(&b, "no goroutines\n");
    }
    repl_printf(1, "%s", sb_cstr(&b));
}

/* ---- :chan ---- */

typedef struct Waiter {
    int64_t id;
    Slot *value; /* a sender's value (copied) */
} Waiter;

typedef VEC(Waiter) Waiters;

/* The goroutines of a queue; c locked. A select's sudog another case has won is left out. */
static void waiters(Chan *c, Sudog *s, bool copy, Waiters *out) {
    for (; s; s = s->next) {
        if (s->is_select && __atomic_load_n(&s->g->select_done, __ATOMIC_SEQ_CST)) {
            continue;
        }
        Waiter w = {s->g->id, NULL};
        if (copy && c->es > 0 && s->elem) {
            w.value = NEW_ARRAY(Slot, c->es);
            memcpy(w.value, s->elem, sizeof(Slot) * (size_t)c->es);
        }
        vec_push(out, w);
    }
}

static void put_waiters(G *g, StrBuf *b, const char *title, Chan *c, Waiters *w, bool send) {
    sb_printf(b, "  %-10s", title);
    if (w->len == 0) {
        sb_puts(b, "none\n");
        return;
    }
    for (int i = 0; i < w->len; i++) {
        sb_printf(b, "%sgoroutine %lld", i ? ", " : "", (long long)w->data[i].id);
        if (send && w->data[i].value) {
            sb_puts(b, " sending ");
            fmt_print_value(g, b, c->elem, w->data[i].value);
        }
    }
    sb_putc(b, '\n');
}

/* The native behind :chan EXPR: inspect(ch any, expr string). */
static void inspect_native(G *g, Slot *a) {
    const Type *t = a[0].p;
    Chan *c = a[1].p;
    GoString expr = rt_str(&a[2]);
    StrBuf b = {0};
    if (!c) {
        sb_printf(&b, "%.*s: nil %s: every send and receive blocks for ever\n", (int)expr.len,
                  expr.ptr, type_string((Type *)t));
        rt_write(1, b.data, b.len);
        return;
    }
    rt_lock(&c->lock);
    int64_t count = c->count, cap = c->cap;
    bool closed = c->closed;
    Slot *buf = NEW_ARRAY(Slot, count * c->es + 1);
    for (int64_t i = 0; i < count; i++) {
        int64_t k = (c->recvx + i) % cap;
        memcpy(buf + i * c->es, c->buf + k * c->es, sizeof(Slot) * (size_t)c->es);
    }
    Waiters senders = {0}, receivers = {0};
    waiters(c, c->sendq_head, true, &senders);
    waiters(c, c->recvq_head, false, &receivers);
    rt_unlock(&c->lock);
    sb_printf(&b, "%.*s: %s, ", (int)expr.len, expr.ptr, chan_type_of(c));
    if (cap == 0) {
        sb_puts(&b, "unbuffered");
    } else {
        sb_printf(&b, "cap %lld, len %lld", (long long)cap, (long long)count);
    }
    sb_puts(&b, closed ? ", closed\n" : ", open\n");
    if (cap > 0) {
        sb_printf(&b, "  %-10s[", "buffer");
        for (int64_t i = 0; i < count; i++) {
            if (i) {
                sb_putc(&b, ' ');
            }
            fmt_print_value(g, &b, c->elem, buf + i * c->es);
        }
        sb_puts(&b, count ? "]  (the next receive takes the first)\n" : "]\n");
    }
    put_waiters(g, &b, "senders", c, &senders, true);
    put_waiters(g, &b, "receivers", c, &receivers, false);
    rt_write(1, b.data, b.len);
}

NativeFn repl_inspect_native(void) {
    return inspect_native;
}
