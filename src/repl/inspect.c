/* inspect.c — what the REPL sees of the runtime: where a goroutine waits, taking a waiting
 * goroutine out of what it waits on, :goroutines and :chan.
 *
 * The channels' side of it is runtime/chan.h's (chan_waited, chan_abandon, chan_view: under
 * the channels' locks); a goroutine's stack is read through runtime/exec.h, only while it is
 * parked.
 */
#include "repl.h"

#include "../../runtime/exec.h"
#include "../../runtime/lib/format.h"

#include <stdio.h>
#include <string.h>

bool repl_abandon(G *g) {
    const char *why = g->wait_reason;
    if (g->status != G_WAITING || !why) {
        return false;
    }
    if (!strcmp(why, "chan send") || !strcmp(why, "chan receive")) {
        return chan_abandon(g);
    }
    if (!strcmp(why, "select")) {
        /* a select of nil channels only waits on nothing */
        return g->select_state ? chan_abandon(g) : true;
    }
    if (strstr(why, "(nil chan)") || !strcmp(why, "select (no cases)")) {
        return true;
    }
    if (!strcmp(why, "sleep") && g->kept.sleep_timer) {
        return rt_timer_stop(g->kept.sleep_timer);
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
    int64_t cap = chan_cap(c);
    if (cap == 0) {
        return str_printf("unbuffered; %s", other);
    }
    if (send) {
        return str_printf("buffer full (%lld of %lld); %s", (long long)chan_len(c), (long long)cap,
                          other);
    }
    return str_printf("buffer empty (capacity %lld); %s", (long long)cap, other);
}

#define MAX_CASES 64

const char *repl_blocked_reason(G *g) {
    const char *why = g->wait_reason ? g->wait_reason : "waiting";
    Chan *c = chan_waited(g);
    if (c) {
        bool send = why[5] == 's';
        return str_printf("%s on %s (%s)", why, chan_name(c), chan_state(c, send));
    }
    Chan *chans[MAX_CASES];
    int dirs[MAX_CASES];
    int n = chan_select_waited(g, chans, dirs, MAX_CASES);
    if (n > 0) {
        StrBuf b = {0};
        sb_puts(&b, "select on ");
        for (int i = 0; i < n && i < MAX_CASES; i++) {
            sb_printf(&b, "%s%s %s", i ? ", " : "",
                      dirs[i] == SELECT_SEND ? "send to" : "receive from",
                      chans[i] ? chan_name(chans[i]) : "a nil channel");
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

/* Where a parked goroutine waits: the "file:line" of its innermost frame outside the std
 * packages (or of its innermost one, if all are), read from its traceback. */
static const char *where(G *g) {
    StrBuf b = {0};
    exec_traceback(g, &b);
    const char *found = NULL;
    for (const char *p = sb_cstr(&b); (p = strstr(p, "\n\t"));) {
        p += 2;
        size_t n = strcspn(p, " \n");
        const char *here = str_printf("%.*s", (int)n, p);
        if (p[0] != '$') {
            return here;
        }
        found = found ? found : here;
    }
    return found;
}

void repl_goroutines(void) {
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
            Chan *c = chan_waited(g);
            if (c) {
                sb_printf(&b, " %s", chan_name(c));
            }
            const char *w = where(g);
            if (w) {
                sb_printf(&b, " at %s", w);
            }
        }
        if (g->parent_id && g->created.file) {
            sb_printf(&b, ", started at %s:%d", g->created.file, g->created.line);
        }
        sb_putc(&b, '\n');
    }
    if (gs.len == 0) {
        sb_puts(&b, "no goroutines\n");
    }
    repl_printf(1, "%s", sb_cstr(&b));
}

/* ---- :chan ---- */

static void put_waiters(G *g, StrBuf *b, const char *title, Chan *c, ChanWaiter *w, int n) {
    sb_printf(b, "  %-10s", title);
    if (n == 0) {
        sb_puts(b, "none\n");
        return;
    }
    for (int i = 0; i < n; i++) {
        sb_printf(b, "%sgoroutine %lld", i ? ", " : "", (long long)w[i].id);
        if (w[i].value) {
            sb_puts(b, " sending ");
            fmt_print_value(g, b, c->elem, w[i].value);
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
    ChanView v;
    chan_view(c, &v);
    sb_printf(&b, "%.*s: %s, ", (int)expr.len, expr.ptr, chan_type_of(c));
    if (v.cap == 0) {
        sb_puts(&b, "unbuffered");
    } else {
        sb_printf(&b, "cap %lld, len %lld", (long long)v.cap, (long long)v.len);
    }
    sb_puts(&b, v.closed ? ", closed\n" : ", open\n");
    if (v.cap > 0) {
        sb_printf(&b, "  %-10s[", "buffer");
        for (int64_t i = 0; i < v.len; i++) {
            if (i) {
                sb_putc(&b, ' ');
            }
            fmt_print_value(g, &b, c->elem, v.values + i * c->elem->slots);
        }
        sb_puts(&b, v.len ? "]  (the next receive takes the first)\n" : "]\n");
    }
    put_waiters(g, &b, "senders", c, v.senders, v.nsenders);
    put_waiters(g, &b, "receivers", c, v.receivers, v.nreceivers);
    rt_write(1, b.data, b.len);
}

NativeFn repl_inspect_native(void) {
    return inspect_native;
}
