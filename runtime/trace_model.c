/* trace_model.c — from a trace's events to tracks, spans, marks and arrows (trace_model.h).
 *
 * One pass over the events in time order keeps each goroutine's state (running since when,
 * on which processor; blocked since when, why, where) and closes a span when the state
 * changes: PARK ends a running span and opens a blocked one, READY ends it; STOP ends a
 * running span (a yield, the end). A value's send and its receive meet through the
 * channel's id and the value's number on it; a closed-channel receive meets the close.
 * A second pass gives each mark its width: 1 µs, or less when the track's next boundary is
 * nearer (half the distance), so marks nest inside spans and never overlap the next thing.
 * Goroutines that existed before the trace began (a REPL session) start in an unknown
 * state: their first event decides.
 */
#include "trace_model.h"

#include "../src/text/utf8.h"

#include <stdlib.h>
#include <string.h>

/* ---- a map from 64-bit keys to indexes ---- */

typedef struct IdMap {
    int64_t *keys;
    int32_t *vals;
    size_t cap, len;
} IdMap;

static size_t id_hash(int64_t k) {
    uint64_t x = (uint64_t)k * 0x9E3779B97F4A7C15ull;
    return (size_t)(x ^ (x >> 29));
}

static int32_t *id_slot(IdMap *m, int64_t k, bool add);

static void id_grow(IdMap *m) {
    IdMap n = {GC_MALLOC_ATOMIC(sizeof(int64_t) * (m->cap ? m->cap * 2 : 64)),
               GC_MALLOC_ATOMIC(sizeof(int32_t) * (m->cap ? m->cap * 2 : 64)),
               m->cap ? m->cap * 2 : 64, 0};
    memset(n.vals, 0xff, sizeof(int32_t) * n.cap); /* -1: empty */
    for (size_t i = 0; i < m->cap; i++) {
        if (m->vals[i] >= 0) {
            *id_slot(&n, m->keys[i], true) = m->vals[i];
        }
    }
    *m = n;
}

/* The value slot of key k (-1 when absent); with add, created when absent. NULL when
 * absent and not added. */
static int32_t *id_slot(IdMap *m, int64_t k, bool add) {
    if (add && (m->len + 1) * 2 > m->cap) {
        id_grow(m);
    }
    if (!m->cap) {
        return NULL;
    }
    for (size_t i = id_hash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->vals[i] < 0) {
            if (!add) {
                return NULL;
            }
            m->keys[i] = k;
            m->len++;
            return &m->vals[i];
        }
        if (m->keys[i] == k) {
            return &m->vals[i];
        }
    }
}

static int32_t id_get(IdMap *m, int64_t k) {
    int32_t *v = id_slot(m, k, false);
    return v ? *v : -1;
}

static void id_put(IdMap *m, int64_t k, int32_t v) {
    *id_slot(m, k, true) = v;
}

/* A value's key: its channel and its number there. */
static int64_t msg_key(int64_t chan, int64_t seq) {
    return (int64_t)(((uint64_t)chan << 32) | ((uint64_t)seq & 0xffffffffu));
}

/* ---- building ---- */

typedef enum GState { GS_UNKNOWN, GS_RUNNABLE, GS_RUNNING, GS_BLOCKED, GS_DEAD } GState;

typedef struct Live {
    GState state;
    int64_t since;
    int16_t p;
    const TraceEv *park; /* the PARK event of a blocked goroutine, in the recorder's buffer */
} Live;

typedef struct Builder {
    TrModel *m;
    IdMap track_of;  /* goroutine id -> track */
    VEC(Live) live;  /* by track */
    IdMap sends;     /* msg_key -> mark */
    IdMap closes;    /* channel id -> its close's mark */
    IdMap numbers;   /* unnamed channel id -> its "chan#ID" in m->strings */
    int64_t i;       /* the event being looked at (its index in the log) */
    int32_t handoff; /* the mark of a send whose receive is the next event, or -1 */
} Builder;

/* A string the model made, kept alive (its arrays are not scanned by the collector). */
static const char *keep(TrModel *m, const char *s) {
    vec_push(&m->strings, s);
    return s;
}

const char *trace_base(const char *file) {
    if (!file) {
        return "?";
    }
    const char *slash = strrchr(file, '/');
    return slash ? slash + 1 : file;
}

/* "G5 worker" from "main.worker"; "G3 generate.func1"; goroutine 1 is "G1 main". */
static const char *track_name(int64_t g, const char *fn) {
    if (g == 1 || !fn) {
        return str_printf("G%lld%s", (long long)g, g == 1 ? " main" : "");
    }
    if (strncmp(fn, "main.", 5) == 0) {
        fn += 5;
    }
    return str_printf("G%lld %s", (long long)g, fn);
}

static int32_t track(Builder *b, int64_t g) {
    int32_t t = id_get(&b->track_of, g);
    if (t >= 0) {
        return t;
    }
    TrTrack tr = {.g = g, .born = -1, .died = -1, .parent_track = -1};
    tr.name = g == 0 ? "timers" : track_name(g, NULL);
    t = b->m->tracks.len;
    vec_push(&b->m->tracks, tr);
    vec_push(&b->live, ((Live){GS_UNKNOWN, 0, -1, NULL}));
    id_put(&b->track_of, g, t);
    return t;
}

static int32_t add_mark(Builder *b, int32_t t, MarkKind k, const TraceEv *e) {
    TrMark mk = {.track = t, .kind = (uint8_t)k, .p = e->p, .ts = e->ts, .arrow = -1, .ev = b->i};
    int32_t i = b->m->marks.len;
    vec_push(&b->m->marks, mk);
    return i;
}

static void add_arrow(Builder *b, int32_t from, int32_t to, ArrowKind k) {
    int32_t i = b->m->arrows.len;
    vec_push(&b->m->arrows, ((TrArrow){from, to, (uint8_t)k}));
    TrMark *mf = &b->m->marks.data[from];
    if (mf->arrow < 0) {
        mf->arrow = i;
    }
    b->m->marks.data[to].arrow = i;
}

static void end_running(Builder *b, int32_t t, int64_t ts) {
    Live *l = &b->live.data[t];
    if (l->state == GS_RUNNING) {
        TrSpan s = {.track = t, .p = l->p, .ts = l->since, .end = ts};
        vec_push(&b->m->spans, s);
    }
}

static void end_blocked(Builder *b, int32_t t, int64_t ts, bool open) {
    Live *l = &b->live.data[t];
    if (l->state != GS_BLOCKED) {
        return;
    }
    TrSpan s = {.track = t, .blocked = true, .open = open, .p = -1, .ts = l->since, .end = ts};
    const TraceEv *pk = l->park;
    if (pk) {
        /* Go's wait reasons, but for the one a learner would not recognise */
        s.reason = pk->s1 && !strcmp(pk->s1, "sleep") ? "time.Sleep" : pk->s1;
        s.chans = (const TraceChans *)(intptr_t)pk->b; /* (on: distinct_chan_names) */
        s.file = pk->file;
        s.line = pk->line;
    } else {
        s.reason = "blocked";
    }
    vec_push(&b->m->spans, s);
}

static void set_state(Builder *b, int32_t t, GState st, int64_t ts, int16_t p) {
    Live *l = &b->live.data[t];
    l->state = st;
    l->since = ts;
    l->p = p;
}

static void on_create(Builder *b, const TraceEv *e) {
    int32_t t = track(b, e->g);
    TrTrack *tr = &b->m->tracks.data[t];
    tr->fn = e->s1;
    tr->name = track_name(e->g, e->s1);
    tr->file = e->file;
    tr->line = e->line;
    tr->parent = e->a;
    tr->born = e->ts;
    int32_t born = add_mark(b, t, MK_BORN, e);
    b->m->marks.data[born].file = e->file;
    b->m->marks.data[born].line = e->line;
    set_state(b, t, GS_RUNNABLE, e->ts, -1);
    if (e->a == 0) {
        return; /* the REPL started it: nobody to draw the go statement on */
    }
    int32_t parent = track(b, e->a < 0 ? 0 : e->a);
    b->m->tracks.data[t].parent_track = parent;
    int32_t go = add_mark(b, parent, MK_GO, e);
    b->m->marks.data[go].other = t;
    b->m->marks.data[go].file = e->file;
    b->m->marks.data[go].line = e->line;
    add_arrow(b, go, born, AR_SPAWN);
}

static void on_stop(Builder *b, const TraceEv *e) {
    int32_t t = track(b, e->g);
    Live *l = &b->live.data[t];
    GState was = l->state;
    end_running(b, t, e->ts);
    static const MarkKind ends[] = {
        [TRACE_STOP_END] = MK_END, [TRACE_STOP_PANIC] = MK_PANIC, [TRACE_STOP_EXIT] = MK_EXIT};
    switch ((TraceStop)e->a) {
    case TRACE_STOP_YIELD: set_state(b, t, GS_RUNNABLE, e->ts, -1); break;
    case TRACE_STOP_PARK:
        if (was != GS_BLOCKED) {
            set_state(b, t, GS_BLOCKED, e->ts, -1);
            l->park = NULL;
        }
        break;
    case TRACE_STOP_END:
    case TRACE_STOP_PANIC:
    case TRACE_STOP_EXIT: {
        int32_t mk = add_mark(b, t, ends[e->a], e);
        b->m->marks.data[mk].file = e->file;
        b->m->marks.data[mk].line = e->line;
        b->m->tracks.data[t].died = e->ts;
        set_state(b, t, GS_DEAD, e->ts, -1);
        break;
    }
    }
}

/* Whether events i and i+1 are a hand-off: a send and its receive, recorded together. */
static bool handoff(const TraceLog *log, int64_t i) {
    if (i < 0 || i + 1 >= log->n) {
        return false;
    }
    const TraceEv *s = log->ev[i], *r = log->ev[i + 1];
    return s->kind == EV_SEND && r->kind == EV_RECV && !(r->flags & TRACE_CLOSED) && s->a == r->a &&
           s->b == r->b;
}

/* "chan#3", made once per channel. */
static const char *chan_number(Builder *b, int64_t id) {
    int32_t *i = id_slot(&b->numbers, id, true);
    if (*i < 0) {
        *i = b->m->strings.len;
        keep(b->m, str_printf("chan#%lld", (long long)id));
    }
    return b->m->strings.data[*i];
}

static void on_chan(Builder *b, const TraceEv *e) {
    int32_t t = track(b, e->g);
    MarkKind k = e->kind == EV_SEND        ? MK_SEND
                 : e->kind == EV_CLOSE     ? MK_CLOSE
                 : e->flags & TRACE_CLOSED ? MK_RECV_CLOSED
                                           : MK_RECV;
    int32_t mk = add_mark(b, t, k, e);
    TrMark *m = &b->m->marks.data[mk];
    m->chan = e->s1 ? e->s1 : chan_number(b, e->a);
    m->chan_id = e->a;
    m->file = e->file;
    m->line = e->line;
    int32_t from;
    switch (k) {
    case MK_SEND:
        m->value = e->s2;
        if (handoff(b->m->log, b->i)) {
            b->handoff = mk; /* its receive is the next event: no need to look it up */
        } else {
            id_put(&b->sends, msg_key(e->a, e->b), mk);
        }
        break;
    case MK_RECV:
        from = b->handoff >= 0 && handoff(b->m->log, b->i - 1)
                   ? b->handoff
                   : id_get(&b->sends, msg_key(e->a, e->b));
        b->handoff = -1;
        if (from >= 0) {
            add_arrow(b, from, mk, AR_MSG);
            m->value = b->m->marks.data[from].value;
        }
        break;
    case MK_RECV_CLOSED:
        if ((from = id_get(&b->closes, e->a)) >= 0) {
            add_arrow(b, from, mk, AR_CLOSE);
        }
        break;
    case MK_CLOSE: id_put(&b->closes, e->a, mk); break;
    default: break;
    }
}

static void on_event(Builder *b, const TraceEv *e) {
    int32_t t;
    switch ((TraceKind)e->kind) {
    case EV_CREATE: on_create(b, e); break;
    case EV_START:
        t = track(b, e->g);
        if (b->live.data[t].state == GS_BLOCKED) {
            end_blocked(b, t, e->ts, false); /* (its READY was not recorded) */
        }
        set_state(b, t, GS_RUNNING, e->ts, (int16_t)e->a);
        break;
    case EV_STOP: on_stop(b, e); break;
    case EV_PARK:
        t = track(b, e->g);
        end_running(b, t, e->ts);
        set_state(b, t, GS_BLOCKED, e->ts, -1);
        b->live.data[t].park = b->m->log->ev[b->i]; /* (its time is not the log's) */
        break;
    case EV_READY:
        t = track(b, e->g);
        end_blocked(b, t, e->ts, false);
        if (b->live.data[t].state != GS_RUNNING) {
            set_state(b, t, GS_RUNNABLE, e->ts, -1);
        }
        break;
    case EV_SEND:
    case EV_RECV:
    case EV_CLOSE: on_chan(b, e); break;
    case EV_WAKE: {
        int32_t from = add_mark(b, track(b, 0), MK_WAKE, e);
        int32_t to = add_mark(b, track(b, e->g), MK_WOKEN, e);
        b->m->marks.data[from].other = b->m->marks.data[to].track;
        add_arrow(b, from, to, AR_WAKE);
        break;
    }
    case EV_COUNT: break;
    }
}

/* ---- mark widths ---- */

/* Each mark: 1 µs, or half the way to the next event on its track (a mark or the edge of a
 * span: spans begin and end at events of their goroutine). One pass backwards over the
 * events: marks were made in the events' order. */
static void mark_widths(Builder *b) {
    TrModel *m = b->m;
    const TraceLog *log = m->log;
    int64_t *next = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)(m->tracks.len + 1));
    for (int t = 0; t < m->tracks.len; t++) {
        next[t] = m->end + 1; /* (an open span ends there) */
    }
    int j = m->marks.len - 1;
    for (int64_t i = log->n - 1; i >= 0; i--) {
        const TraceEv *e = log->ev[i];
        int64_t ts = e->ts - log->base;
        for (; j >= 0 && m->marks.data[j].ev == i; j--) {
            TrMark *mk = &m->marks.data[j];
            int64_t gap = next[mk->track] - mk->ts;
            mk->dur = gap / 2 > 1000 ? 1000 : gap < 0 ? 0 : gap / 2;
        }
        next[id_get(&b->track_of, e->g)] = ts;
        if (e->kind == EV_CREATE && e->a != 0) {
            next[id_get(&b->track_of, e->a < 0 ? 0 : e->a)] = ts;
        } else if (e->kind == EV_WAKE) {
            next[id_get(&b->track_of, 0)] = ts;
        }
    }
}

/* Channels that share a name (every stage's `out` in a pipeline) become out#1, out#2, ...
 * in the order they first appear; so do blocked periods waiting on one of them. (Names are
 * interned: the same name is the same pointer.) */
static void distinct_chan_names(TrModel *m) {
    IdMap count = {0};   /* name -> channels seen with it */
    IdMap ordinal = {0}; /* channel id -> its number among those */
    IdMap name_of = {0}; /* channel id -> index in names */
    VEC(const char *) names = {0};
    for (int i = 0; i < m->marks.len; i++) {
        TrMark *k = &m->marks.data[i];
        if (k->chan && id_get(&ordinal, k->chan_id) < 0) {
            int32_t *c = id_slot(&count, (int64_t)(intptr_t)k->chan, true);
            *c = *c < 0 ? 1 : *c + 1;
            id_put(&ordinal, k->chan_id, *c);
            id_put(&name_of, k->chan_id, names.len);
            vec_push(&names, k->chan);
        }
    }
    VEC(const char *) labels = {0}; /* by index in names */
    for (int i = 0; i < names.len; i++) {
        vec_push(&labels, names.data[i]);
        keep(m, names.data[i]);
    }
    for (int i = 0; i < names.len; i++) {
        if (id_get(&count, (int64_t)(intptr_t)names.data[i]) > 1) {
            labels.data[i] = NULL; /* made when first needed */
        }
    }
    for (int i = 0; i < m->marks.len; i++) {
        TrMark *k = &m->marks.data[i];
        if (!k->chan) {
            continue;
        }
        int n = id_get(&name_of, k->chan_id);
        if (!labels.data[n]) {
            labels.data[n] = keep(m, str_printf("%s#%d", k->chan, id_get(&ordinal, k->chan_id)));
        }
        k->chan = labels.data[n];
    }
    for (int i = 0; i < m->spans.len; i++) {
        TrSpan *sp = &m->spans.data[i];
        if (!sp->chans) {
            continue;
        }
        StrBuf on = {0};
        for (int64_t j = 0; j < sp->chans->n; j++) {
            int64_t id = sp->chans->c[j].id;
            int n = id_get(&name_of, id);
            const char *name = n >= 0 && labels.data[n] ? labels.data[n] : sp->chans->c[j].name;
            if (!name) {
                name = str_printf("chan#%lld", (long long)id);
            }
            if (sp->chans->n == 1) {
                sp->on = keep(m, name); /* (the usual case: nothing new to make) */
                break;
            }
            sb_puts(&on, j ? ", " : "");
            sb_puts(&on, name);
        }
        if (sp->chans->n > 1) {
            sp->on = keep(m, sb_cstr(&on));
        }
    }
}

/* Room for everything the events can make, in arrays the collector does not scan (what
 * their strings point to is kept alive elsewhere: interned names, the recorder's arenas,
 * functions, m->strings). */
static void reserve(TrModel *m) {
    int64_t count[EV_COUNT + 1] = {0};
    for (int64_t i = 0; i < m->log->n; i++) {
        count[m->log->ev[i]->kind]++;
    }
    int64_t marks = 2 * count[EV_CREATE] + count[EV_SEND] + count[EV_RECV] + count[EV_CLOSE] +
                    count[EV_STOP] + 2 * count[EV_WAKE] + 1;
    int64_t spans = count[EV_START] + count[EV_PARK] + count[EV_STOP] + count[EV_CREATE] + 16;
    int64_t arrows = count[EV_CREATE] + count[EV_RECV] + count[EV_WAKE] + 1;
    m->marks.data = GC_MALLOC_ATOMIC(sizeof(TrMark) * (size_t)marks);
    m->marks.cap = (int)marks;
    m->spans.data = GC_MALLOC_ATOMIC(sizeof(TrSpan) * (size_t)spans);
    m->spans.cap = (int)spans;
    m->arrows.data = GC_MALLOC_ATOMIC(sizeof(TrArrow) * (size_t)arrows);
    m->arrows.cap = (int)arrows;
}

TrModel *trace_model(const TraceLog *log) {
    Builder b = {.handoff = -1};
    TrModel *m = b.m = NEW(TrModel);
    m->log = log;
    m->end = log->full_ts >= 0 ? log->full_ts : log->end_ts;
    reserve(m);
    for (int64_t i = 0; i < log->n; i++) {
        TraceEv e = *log->ev[i]; /* (in the log's time) */
        e.ts -= log->base;
        b.i = i;
        on_event(&b, &e);
    }
    for (int t = 0; t < m->tracks.len; t++) {
        Live *l = &b.live.data[t];
        if (l->state == GS_RUNNING) {
            end_running(&b, t, m->end);
            m->spans.data[m->spans.len - 1].open = true;
        } else if (l->state == GS_BLOCKED) {
            end_blocked(&b, t, m->end, true);
        }
    }
    mark_widths(&b);
    distinct_chan_names(m);
    return m;
}

/* ---- labels ---- */

const char *trace_span_label(const TrSpan *s) {
    if (!s->blocked) {
        return "running";
    }
    if (s->on) {
        return str_printf("%s on %s", s->reason, s->on);
    }
    return s->reason;
}

void trace_json_escape(StrBuf *b, const char *s, size_t n) {
    size_t run = 0; /* s[run..i) needs no escape: appended in one go */
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            i++;
            continue;
        }
        int32_t r = 0;
        int k = c >= 0x80 ? utf8_decode(s + i, n - i, &r) : 1;
        if (c >= 0x80 && !(r == UTF8_RUNE_ERROR && k == 1)) {
            i += (size_t)k; /* valid UTF-8 goes as it is */
            continue;
        }
        sb_put(b, s + run, i - run);
        if (c == '"' || c == '\\') {
            sb_putc(b, '\\');
            sb_putc(b, (char)c);
        } else if (c == '\n') {
            sb_puts(b, "\\n");
        } else if (c == '\t') {
            sb_puts(b, "\\t");
        } else if (c >= 0x80) {
            sb_puts(b, "\\ufffd");
        } else {
            sb_printf(b, "\\u%04x", c);
        }
        i++;
        run = i;
    }
    sb_put(b, s + run, n - run);
}
