/* trace.c — the tracer's recorder (trace.h): events into per-thread buffers, and the
 * snapshot the writers read.
 *
 * Each thread that records has its own buffer (TBuf): a list of chunks of CHUNK_EVENTS
 * events, and a text arena for the labels it formats (values sent, the channels a select
 * waits on). Only the owning thread appends; it fills an event, then publishes it by
 * advancing the chunk's count with a release store, so a snapshot (another thread, acquire
 * loads) sees whole events only, while recording goes on. A thread holds at most one
 * processor at a time, so a buffer per thread is a buffer per processor without a lock; a
 * thread that holds none (the timer thread, a goroutine blocked in a system call) records
 * the same way.
 * Events are counted against the limit in blocks of BUDGET_BLOCK taken from a shared atomic
 * counter: one atomic operation per block, not per event. When the counter runs out,
 * recording stops for everyone (trace_on = false) and the time is kept for the note.
 * Memory: chunks and arenas are pointer-free for the collector (GC_MALLOC_ATOMIC) and kept
 * alive by each buffer's `keep` list; a buffer is reachable from the global list. The
 * strings events point to are function names and files (alive with the program's code),
 * interned channel names, string literals and the arenas.
 * What calls the hooks: the scheduler (creation, runs, parks: recorded when the run stops,
 * before what the goroutine waits on is unlocked, so before anyone can wake it), the
 * channels (chan_trace swaps chan_send and chan_recv for copies that call the hooks, with
 * the channel locked, which numbers each value so that its receive finds its send), the
 * wakers of sync and the timer thread (ready), the timers (a sleeper's wake-up).
 * Lock order: tr.lock (the list of buffers) is taken alone.
 */
#include "trace.h"

#include "../src/text/utf8.h"
#include "chan.h"
#include "exec.h"
#include "lib/format.h"
#include "sched.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool trace_on;

enum { CHUNK_EVENTS = 4096, ARENA_BYTES = 1 << 16, BUDGET_BLOCK = 256, VALUE_RUNES = 40 };

typedef struct Chunk {
    struct Chunk *next; /* (kept alive by the buffer's keep list, not by this link) */
    int n;              /* events published */
    TraceEv ev[CHUNK_EVENTS];
} Chunk;

typedef struct Keep {
    struct Keep *next;
    void *p;
} Keep;

typedef struct TBuf {
    struct TBuf *next;
    Chunk *head, *tail;
    int64_t budget; /* events this thread may record before taking another block */
    char *arena;
    size_t arena_left;
    Keep *keep;
} TBuf;

static struct {
    pthread_mutex_t lock;
    TBuf *bufs;
    int64_t t0;   /* the clock's zero: the first trace_start */
    int64_t left; /* events left under the limit (atomic) */
    int64_t limit;
    int64_t full_ts; /* when the limit was reached, -1 before */
    TraceOptions opt;
    bool started;
} tr = {.lock = PTHREAD_MUTEX_INITIALIZER, .full_ts = -1};

static __thread TBuf *my_buf;

/* ---- buffers ---- */

static void *keep_atomic(TBuf *b, size_t bytes) {
    Keep *k = NEW(Keep);
    k->p = GC_MALLOC_ATOMIC(bytes);
    k->next = b->keep;
    b->keep = k;
    return k->p;
}

static Chunk *chunk_new(TBuf *b) {
    Chunk *c = keep_atomic(b, sizeof(Chunk));
    c->next = NULL;
    c->n = 0;
    return c;
}

static TBuf *buf_new(void) {
    TBuf *b = NEW(TBuf);
    b->head = b->tail = chunk_new(b);
    pthread_mutex_lock(&tr.lock);
    b->next = tr.bufs;
    __atomic_store_n(&tr.bufs, b, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&tr.lock);
    my_buf = b;
    return b;
}

/* Takes a block of the limit for b; false (and recording stops) when none is left. */
static bool budget_take(TBuf *b) {
    int64_t had = __atomic_fetch_sub(&tr.left, BUDGET_BLOCK, __ATOMIC_RELAXED);
    if (had <= 0) {
        int64_t none = -1;
        __atomic_compare_exchange_n(&tr.full_ts, &none, rt_nanotime() - tr.t0, false,
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        trace_stop();
        return false;
    }
    b->budget = had < BUDGET_BLOCK ? had : BUDGET_BLOCK;
    return true;
}

/* Appends e (its time set here) to the calling thread's buffer. */
static void put(TraceEv *e) {
    TBuf *b = my_buf ? my_buf : buf_new();
    if (b->budget == 0 && !budget_take(b)) {
        return;
    }
    b->budget--;
    Chunk *c = b->tail;
    if (c->n == CHUNK_EVENTS) {
        Chunk *n = chunk_new(b);
        __atomic_store_n(&c->next, n, __ATOMIC_RELEASE);
        b->tail = c = n;
    }
    if (!e->ts) {
        e->ts = rt_nanotime() - tr.t0;
    }
    e->p = (int16_t)sched_current_p();
    c->ev[c->n] = *e;
    __atomic_store_n(&c->n, c->n + 1, __ATOMIC_RELEASE);
}

/* n bytes of the calling thread's arena. */
static char *arena_alloc(size_t n) {
    TBuf *b = my_buf ? my_buf : buf_new();
    n = (n + 7) & ~(size_t)7; /* (TraceChans lists live here too) */
    if (b->arena_left < n) {
        size_t size = n > ARENA_BYTES ? n : ARENA_BYTES;
        b->arena = keep_atomic(b, size);
        b->arena_left = size;
    }
    char *p = b->arena;
    b->arena += n;
    b->arena_left -= n;
    return p;
}

static const char *arena_str(const char *s, size_t n) {
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* ---- starting and stopping ---- */

void trace_start(const TraceOptions *opt) {
    if (!tr.started) {
        tr.started = true;
        tr.t0 = rt_nanotime();
    }
    tr.opt = *opt;
    tr.limit = opt->limit > 0 ? opt->limit : TRACE_DEFAULT_LIMIT;
    __atomic_store_n(&tr.left, tr.limit, __ATOMIC_SEQ_CST);
    __atomic_store_n(&tr.full_ts, -1, __ATOMIC_SEQ_CST);
    for (TBuf *b = tr.bufs; b; b = b->next) {
        b->budget = 0; /* (racy for a thread recording right now: at most a block more) */
    }
    __atomic_store_n(&trace_on, true, __ATOMIC_SEQ_CST);
    chan_trace(true);
    sched_watch();
}

void trace_stop(void) {
    __atomic_store_n(&trace_on, false, __ATOMIC_SEQ_CST);
    chan_trace(false);
}

/* ---- the hooks ---- */

/* Where g is, in the program's own code. */
static void set_where(TraceEv *e, G *g) {
    CodeSite at = exec_user_where(g);
    e->file = at.file;
    e->line = at.line;
}

static __thread bool on_timer_thread;

void trace_timer_thread(void) {
    on_timer_thread = true;
}

void trace_go_create(G *parent, G *g) {
    CodeSite start = exec_where(g); /* its first frame: the function it starts in */
    TraceEv e = {.kind = EV_CREATE,
                 .g = g->id,
                 .a = parent            ? parent->id
                      : on_timer_thread ? -1
                                        : 0,
                 .s1 = start.fn,
                 .file = g->created.file,
                 .line = g->created.line};
    put(&e);
}

void trace_go_start(G *g, int p) {
    TraceEv e = {.kind = EV_START, .g = g->id, .a = p};
    put(&e);
}

void trace_go_stop(G *g, TraceStop how) {
    TraceEv e = {.kind = EV_STOP, .g = g->id, .a = how};
    if (how == TRACE_STOP_PANIC || how == TRACE_STOP_EXIT) {
        set_where(&e, g);
    }
    put(&e);
}

/* The channels g waits on, for a label: NULL when none or one (*single: that one). */
/* The channels g waits on (the first 8), or NULL. */
static TraceChans *waiting_on(G *g) {
    Chan *chans[8];
    int n = chan_waiting(g, chans, 8);
    n = n < 8 ? n : 8;
    if (n == 0) {
        return NULL;
    }
    TraceChans *list = (TraceChans *)arena_alloc(sizeof(TraceChans) + sizeof list->c[0] * n);
    list->n = n;
    for (int i = 0; i < n; i++) {
        list->c[i].id = chans[i]->id;
        list->c[i].name = chans[i]->name;
    }
    return list;
}

void trace_park(G *g, const char *reason) {
    TraceEv e = {.kind = EV_PARK, .g = g->id, .s1 = reason};
    e.b = (int64_t)(intptr_t)waiting_on(g);
    set_where(&e, g);
    put(&e);
}

void trace_ready(G *g) {
    TraceEv e = {.kind = EV_READY, .g = g->id};
    put(&e);
}

/* ---- values ---- */

static void put_decimal(StrBuf *b, uint64_t u, bool negative) {
    char digits[24];
    int n = trace_digits(digits, u);
    if (negative) {
        sb_putc(b, '-');
    }
    sb_put(b, digits + 24 - n, (size_t)n);
}

/* Is t the named type pkg.name, or a pointer to it? */
static bool is_type(const Type *t, const char *pkg, const char *name) {
    if (t && t->kind == KIND_POINTER && !t->name) {
        t = t->elem;
    }
    return t && t->name && t->pkg && strcmp(t->pkg, pkg) == 0 && strcmp(t->name, name) == 0;
}

/* %v of a value as the tracer shows it: without calling the program's methods, but with
 * the messages of the standard errors and the monotonic reading of a time.Time (a timer's
 * tick), which is what %v of those would show first. */
static void format_value(StrBuf *b, const Type *t, const Slot *v) {
    const Type *dyn = t;
    const Slot *data = v;
    Slot boxed;
    if (t->kind == KIND_INTERFACE) {
        dyn = v[0].p;
        boxed = v[1];
        data = &boxed;
        if (dyn && !(dyn->flags & TYPE_DIRECT)) {
            data = boxed.p; /* the value's slots */
        }
    }
    if (dyn && (is_type(dyn, "errors", "errorString") || is_type(dyn, "fmt", "wrapError"))) {
        const Slot *s = dyn->kind == KIND_POINTER ? data[0].p : data;
        if (s) {
            sb_put(b, s[0].p, (size_t)s[1].i);
            return;
        }
    }
    if (dyn && is_type(dyn, "time", "Time") && dyn->kind == KIND_STRUCT) {
        int64_t mono = data[2].i;
        sb_printf(b, "time m=+%lld.%09lld", (long long)(mono / 1000000000),
                  (long long)(mono % 1000000000));
        return;
    }
    switch (t->kind) {
    case KIND_INT:
    case KIND_INT8:
    case KIND_INT16:
    case KIND_INT32:
    case KIND_INT64: put_decimal(b, v[0].i < 0 ? -v[0].u : v[0].u, v[0].i < 0); return;
    case KIND_UINT:
    case KIND_UINT8:
    case KIND_UINT16:
    case KIND_UINT32:
    case KIND_UINT64:
    case KIND_UINTPTR: put_decimal(b, v[0].u, false); return;
    case KIND_BOOL: sb_puts(b, v[0].i ? "true" : "false"); return;
    case KIND_STRING: sb_put(b, v[0].p, (size_t)(v[1].i < 200 ? v[1].i : 200)); return;
    default: fmt_print_value_plain(b, t, v);
    }
}

/* The label of a value sent on c: at most VALUE_RUNES characters, then "…". */
static const char *value_text(Chan *c, const Slot *v) {
    char room[256]; /* (most labels fit: no allocation for them) */
    StrBuf b = {room, 0, sizeof room};
    format_value(&b, c->elem, v);
    size_t cut = 0;
    int runes = 0;
    while (cut < b.len && runes < VALUE_RUNES) {
        int32_t r;
        cut += (size_t)utf8_decode(b.data + cut, b.len - cut, &r);
        runes++;
    }
    if (cut < b.len) {
        b.len = cut;
        sb_puts(&b, "…");
    }
    return arena_str(b.data, b.len);
}

/* ---- channels ---- */

static void chan_event(TraceEv *e, int kind, G *g, Chan *c, int64_t ts) {
    e->kind = (uint8_t)kind;
    e->g = g ? g->id : 0;
    e->a = c->id;
    e->s1 = c->name;
    e->ts = ts;
    if (g) {
        set_where(e, g);
    }
}

static void send_event(G *sender, Chan *c, const Slot *value, int64_t seq, int64_t ts) {
    TraceEv e = {0};
    chan_event(&e, EV_SEND, sender, c, ts);
    e.b = seq;
    e.s2 = value_text(c, value);
    put(&e);
}

static void recv_event(G *receiver, Chan *c, int64_t seq, int flags, int64_t ts) {
    TraceEv e = {0};
    chan_event(&e, EV_RECV, receiver, c, ts);
    e.b = seq;
    e.flags = (uint8_t)flags;
    put(&e);
}

static int64_t now(void) {
    int64_t t = rt_nanotime() - tr.t0;
    return t ? t : 1; /* 0 means "not set" to put() */
}

void trace_handoff(G *sender, G *receiver, Chan *c, const Slot *value) {
    int64_t seq = c->trace_sent++;
    c->trace_recvd++;
    int64_t ts = now();
    send_event(sender, c, value, seq, ts);
    recv_event(receiver, c, seq, 0, ts);
}

void trace_send(G *sender, Chan *c, const Slot *value) {
    send_event(sender, c, value, c->trace_sent++, now());
}

void trace_recv(G *receiver, Chan *c) {
    recv_event(receiver, c, c->trace_recvd++, 0, now());
}

void trace_recv_closed(G *receiver, Chan *c) {
    recv_event(receiver, c, -1, TRACE_CLOSED, now());
}

void trace_close(G *g, Chan *c) {
    TraceEv e = {0};
    chan_event(&e, EV_CLOSE, g, c, now());
    put(&e);
}

void trace_timer_wake(G *g) {
    TraceEv e = {.kind = EV_WAKE, .g = g->id};
    put(&e);
    trace_ready(g);
}

/* ---- the snapshot ---- */

TraceLog *trace_snapshot(void) {
    TraceLog *log = NEW(TraceLog);
    log->end_ts = rt_nanotime() - tr.t0;
    log->full_ts = __atomic_load_n(&tr.full_ts, __ATOMIC_SEQ_CST);
    log->limit = tr.limit;
    log->from_ms = tr.opt.from_ms;
    log->to_ms = tr.opt.to_ms;
    log->program = rt_argc > 0 ? rt_argv[0] : "the REPL";
    /* each buffer's events are in time order already: merge them, straight from the chunks
     * (a cursor per buffer: its chunk, its place there, how many of its events to take) */
    typedef struct Cursor {
        Chunk *c;
        int i;
        int64_t left;
    } Cursor;
    VEC(Cursor) cur = {0};
    int64_t total = 0;
    for (TBuf *b = __atomic_load_n(&tr.bufs, __ATOMIC_ACQUIRE); b; b = b->next) {
        int64_t n = 0; /* (counted once: its owner may go on recording) */
        for (Chunk *c = b->head; c; c = __atomic_load_n(&c->next, __ATOMIC_ACQUIRE)) {
            n += __atomic_load_n(&c->n, __ATOMIC_ACQUIRE);
        }
        vec_push(&cur, ((Cursor){b->head, 0, n}));
        total += n;
    }
    /* (pointer-free for the collector: the buffers are kept alive by their list) */
    log->ev = GC_MALLOC_ATOMIC(sizeof(TraceEv *) * (size_t)(total + 1));
    for (int64_t k = 0; k < total; k++) {
        Cursor *best = NULL;
        for (int r = 0; r < cur.len; r++) {
            Cursor *x = &cur.data[r];
            if (x->left > 0 && x->i == CHUNK_EVENTS) {
                x->c = x->c->next;
                x->i = 0;
            }
            if (x->left > 0 && (!best || x->c->ev[x->i].ts < best->c->ev[best->i].ts)) {
                best = x;
            }
        }
        log->ev[k] = &best->c->ev[best->i++];
        best->left--;
    }
    log->n = total;
    if (log->full_ts >= 0) {
        /* threads that had room left in their block may have gone on a little */
        while (log->n > 0 && log->ev[log->n - 1]->ts > log->full_ts) {
            log->n--;
        }
        total = log->n;
    }
    if (total > 0) {
        /* time 0 is the first event (goroutine 1 starting, for a program) */
        int64_t base = log->base = log->ev[0]->ts;
        log->end_ts -= base;
        log->full_ts = log->full_ts >= 0 ? log->full_ts - base : -1;
    }
    return log;
}

/* ---- writing ---- */

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

const char *trace_save(const char *path) {
    TraceLog *log = trace_snapshot();
    FILE *f = fopen(path, "w");
    if (!f) {
        return str_printf("cannot write %s: %s", path, strerror(errno));
    }
    bool html = ends_with(path, ".html") || ends_with(path, ".htm");
    /* what writing allocates lives until the file is written: collecting meanwhile (the heap
     * holds the whole trace) would only cost time */
    GC_disable();
    bool ok = html ? trace_write_html(log, f) : trace_write_json(log, f);
    GC_enable();
    if (fclose(f) != 0 || !ok) {
        return str_printf("cannot write %s: %s", path, strerror(errno));
    }
    return NULL;
}

void trace_finish(void) {
    if (!tr.started || !tr.opt.path) {
        return;
    }
    trace_stop();
    const char *err = trace_save(tr.opt.path);
    if (err) {
        fprintf(stderr, "gosub: trace: %s\n", err);
    }
}
