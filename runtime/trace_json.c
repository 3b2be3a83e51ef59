/* trace_json.c — a trace as a JSON file in the Trace Event Format, which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open.
 *
 * One process; one thread track per goroutine (tid = its id, named "G5 worker"; the timer
 * thread is TIMER_TID, "timers"). Running and blocked periods are complete events ("X");
 * each moment (a send, a receive, a close, a go statement, an end) is a short "X" slice of
 * category chan, spawn, timer or sched, and each arrow is a flow: an "s" event on the slice
 * it leaves and an "f" event (binding point "e") on the slice it reaches, with the same
 * category, tid and ts as those slices (which is how viewers bind them). Metadata ("M")
 * names the process and the tracks. Within a track, events are written in time order.
 * Times are microseconds (with nanosecond decimals) since the trace began.
 */
#include "trace_model.h"

#include <stdlib.h>
#include <string.h>

#define TIMER_TID 999999999

enum { REC_SPAN, REC_MARK, REC_FLOW_OUT, REC_FLOW_IN };

typedef struct Rec {
    int64_t tid;
    int64_t ts, dur;
    int32_t idx;
    uint8_t type;
} Rec;

typedef struct Out {
    const TrModel *m;
    FILE *f;
    StrBuf b;
    int64_t from, to; /* the window, ns */
    bool ok;
} Out;

static void flush_out(Out *o, bool force) {
    if (o->b.len > (1 << 20) || (force && o->b.len)) {
        o->ok &= fwrite(o->b.data, 1, o->b.len, o->f) == o->b.len;
        o->b.len = 0;
    }
}

static int64_t tid_of(const TrModel *m, int32_t track) {
    int64_t g = m->tracks.data[track].g;
    return g == 0 ? TIMER_TID : g;
}

/* (The writing below uses no printf: a trace has up to millions of events.) */

static void esc(StrBuf *b, const char *s) {
    if (s) {
        trace_json_escape(b, s, strlen(s));
    }
}

static void put_str(StrBuf *b, const char *s) {
    sb_putc(b, '"');
    esc(b, s);
    sb_putc(b, '"');
}

static void put_int(StrBuf *b, int64_t v) {
    char digits[24];
    int n = 0;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        digits[sizeof digits - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) {
        sb_putc(b, '-');
    }
    sb_put(b, digits + sizeof digits - n, (size_t)n);
}

/* ns as microseconds with three decimals. */
static void put_us(StrBuf *b, int64_t ns) {
    put_int(b, ns / 1000);
    char frac[4] = {'.', (char)('0' + ns % 1000 / 100), (char)('0' + ns % 100 / 10),
                    (char)('0' + ns % 10)};
    sb_put(b, frac, 4);
}

/* "main.go:14", escaped. */
static void put_site(StrBuf *b, const char *file, int32_t line) {
    esc(b, trace_base(file));
    sb_putc(b, ':');
    put_int(b, line);
}

/* The start of an event: {"ph":..,"pid":1,"tid":..,"ts":.. */
static void head(Out *o, const char *ph, int64_t tid, int64_t ts) {
    sb_puts(&o->b, "{\"ph\":\"");
    sb_puts(&o->b, ph);
    sb_puts(&o->b, "\",\"pid\":1,\"tid\":");
    put_int(&o->b, tid);
    sb_puts(&o->b, ",\"ts\":");
    put_us(&o->b, ts);
}

/* ,"key": before an argument's value (no comma before the first). */
static void key(StrBuf *b, bool *first, const char *k) {
    sb_puts(b, *first ? "\"" : ",\"");
    sb_puts(b, k);
    sb_puts(b, "\":");
    *first = false;
}

static void arg(StrBuf *b, bool *first, const char *k, const char *val) {
    if (val) {
        key(b, first, k);
        put_str(b, val);
    }
}

static void arg_site(StrBuf *b, bool *first, const char *file, int32_t line) {
    if (file) {
        key(b, first, "at");
        sb_putc(b, '"');
        put_site(b, file, line);
        sb_putc(b, '"');
    }
}

/* "chan receive on results" (reason and channels, escaped). */
static void put_label(StrBuf *b, const TrSpan *s) {
    esc(b, s->reason);
    if (s->on) {
        sb_puts(b, " on ");
        esc(b, s->on);
    }
}

static void write_span(Out *o, const Rec *r) {
    const TrSpan *s = &o->m->spans.data[r->idx];
    StrBuf *b = &o->b;
    head(o, "X", r->tid, r->ts);
    sb_puts(b, ",\"dur\":");
    put_us(b, r->dur);
    if (!s->blocked) {
        sb_puts(b, ",\"name\":\"running\",\"cat\":\"running\",\"args\":{\"P\":");
        put_int(b, s->p);
        sb_puts(b, "}}");
        return;
    }
    sb_puts(b, ",\"name\":\"");
    put_label(b, s);
    if (s->file) {
        sb_puts(b, "  ");
        put_site(b, s->file, s->line);
    }
    sb_puts(b, "\",\"cat\":\"blocked\",\"args\":{");
    bool first = true;
    arg(b, &first, "reason", s->reason);
    arg(b, &first, "on", s->on);
    arg_site(b, &first, s->file, s->line);
    arg(b, &first, "until", s->open ? "the end of the trace" : NULL);
    sb_puts(b, "}}");
}

static const char *track_name(const TrModel *m, int32_t t) {
    return m->tracks.data[t].name;
}

/* A mark's name, escaped, and its category. */
static const char *put_mark_name(StrBuf *b, const TrModel *m, const TrMark *k) {
    const char *cat = "chan";
    const char *plain = NULL;
    switch ((MarkKind)k->kind) {
    case MK_SEND:
        esc(b, k->chan);
        sb_puts(b, " <- ");
        esc(b, k->value);
        break;
    case MK_RECV:
    case MK_RECV_CLOSED:
        sb_puts(b, "<-");
        esc(b, k->chan);
        plain = k->kind == MK_RECV_CLOSED ? " (closed)" : "";
        break;
    case MK_CLOSE:
        sb_puts(b, "close(");
        esc(b, k->chan);
        plain = ")";
        break;
    case MK_GO:
        cat = "spawn";
        sb_puts(b, "go ");
        esc(b, track_name(m, k->other));
        break;
    case MK_BORN: {
        cat = "spawn";
        const TrTrack *t = &m->tracks.data[k->track];
        if (t->parent > 0) {
            sb_puts(b, "created by ");
            esc(b, track_name(m, t->parent_track));
        } else {
            plain = t->parent < 0 ? "created by a timer (time.AfterFunc)" : "started by the REPL";
        }
        break;
    }
    case MK_END: cat = "sched", plain = "end"; break;
    case MK_PANIC: cat = "sched", plain = "panic"; break;
    case MK_EXIT: cat = "sched", plain = "os.Exit"; break;
    case MK_WAKE:
        cat = "timer";
        sb_puts(b, "timer wakes ");
        esc(b, track_name(m, k->other));
        break;
    case MK_WOKEN: cat = "timer", plain = "woken by a timer"; break;
    }
    if (plain) {
        sb_puts(b, plain);
    }
    return cat;
}

static void write_mark(Out *o, const Rec *r) {
    const TrModel *m = o->m;
    const TrMark *k = &m->marks.data[r->idx];
    StrBuf *b = &o->b;
    head(o, "X", r->tid, r->ts);
    sb_puts(b, ",\"dur\":");
    put_us(b, r->dur);
    sb_puts(b, ",\"name\":\"");
    const char *cat = put_mark_name(b, m, k);
    sb_puts(b, "\",\"cat\":\"");
    sb_puts(b, cat);
    sb_puts(b, "\",\"args\":{");
    bool first = true;
    arg(b, &first, "channel", k->chan);
    arg(b, &first, "value", k->value);
    arg_site(b, &first, k->file, k->line);
    if (k->arrow >= 0 && (k->kind == MK_SEND || k->kind == MK_RECV)) {
        const TrArrow *a = &m->arrows.data[k->arrow];
        int32_t peer = k->kind == MK_SEND ? a->to : a->from;
        arg(b, &first, k->kind == MK_SEND ? "to" : "from",
            m->tracks.data[m->marks.data[peer].track].name);
    }
    key(b, &first, "P");
    put_int(b, k->p);
    sb_puts(b, "}}");
}

static void write_flow(Out *o, const Rec *r) {
    const TrModel *m = o->m;
    const TrArrow *a = &m->arrows.data[r->idx];
    const TrMark *from = &m->marks.data[a->from];
    StrBuf *b = &o->b;
    head(o, r->type == REC_FLOW_OUT ? "s" : "f", r->tid, r->ts);
    sb_puts(b, ",\"id\":");
    put_int(b, r->idx + 1);
    sb_puts(b, ",\"name\":\"");
    const char *cat;
    if (a->kind == AR_MSG) {
        cat = "chan";
        esc(b, from->chan);
        sb_puts(b, ": ");
        esc(b, from->value);
    } else {
        cat = put_mark_name(b, m, from);
    }
    sb_puts(b, "\",\"cat\":\"");
    sb_puts(b, cat);
    sb_puts(b, r->type == REC_FLOW_IN ? "\",\"bp\":\"e\"}" : "\"}");
}

static int cmp_rec(const void *x, const void *y) {
    const Rec *a = x, *b = y;
    if (a->tid != b->tid) {
        return a->tid < b->tid ? -1 : 1;
    }
    if (a->ts != b->ts) {
        return a->ts < b->ts ? -1 : 1;
    }
    if ((a->type >= REC_FLOW_OUT) != (b->type >= REC_FLOW_OUT)) {
        return a->type >= REC_FLOW_OUT ? 1 : -1; /* a flow after the slice it binds to */
    }
    if (a->dur != b->dur) {
        return a->dur > b->dur ? -1 : 1; /* the enclosing slice first */
    }
    return a->idx - b->idx;
}

/* The record of [ts, end) clipped to the window; false when outside it. */
static bool clip(const Out *o, Rec *r, int64_t ts, int64_t end) {
    if (end < o->from || ts > o->to) {
        return false;
    }
    r->ts = ts < o->from ? o->from : ts;
    r->dur = (end > o->to ? o->to : end) - r->ts;
    return true;
}

static void write_metadata(Out *o) {
    const TrModel *m = o->m;
    StrBuf *b = &o->b;
    sb_puts(b, "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":");
    put_str(b, str_printf("gosub run %s", m->log->program));
    sb_puts(b, "}},\n");
    for (int i = 0; i < m->tracks.len; i++) {
        const TrTrack *t = &m->tracks.data[i];
        int64_t tid = tid_of(m, i);
        sb_puts(b, "{\"ph\":\"M\",\"pid\":1,\"tid\":");
        put_int(b, tid);
        sb_puts(b, ",\"name\":\"thread_name\",\"args\":{\"name\":");
        put_str(b, t->name);
        sb_puts(b, "}},\n{\"ph\":\"M\",\"pid\":1,\"tid\":");
        put_int(b, tid);
        sb_puts(b, ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":");
        put_int(b, tid);
        sb_puts(b, "}},\n");
    }
}

static const char *limit_note(const TraceLog *log) {
    if (log->full_ts < 0) {
        return NULL;
    }
    return str_printf("trace limit reached: %lld events recorded, nothing after %.3f ms "
                      "(raise it with --trace-limit=N)",
                      (long long)log->limit, (double)log->full_ts / 1e6);
}

bool trace_write_json(const TraceLog *log, FILE *f) {
    Out o = {.m = trace_model(log), .f = f, .ok = true};
    const TrModel *m = o.m;
    o.from = (int64_t)(log->from_ms * 1e6);
    o.to = log->to_ms >= 0 ? (int64_t)(log->to_ms * 1e6) : INT64_MAX;
    VEC(Rec) recs = {0};
    for (int i = 0; i < m->spans.len; i++) {
        const TrSpan *s = &m->spans.data[i];
        Rec r = {.tid = tid_of(m, s->track), .idx = i, .type = REC_SPAN};
        if (clip(&o, &r, s->ts, s->end)) {
            vec_push(&recs, r);
        }
    }
    for (int i = 0; i < m->marks.len; i++) {
        const TrMark *k = &m->marks.data[i];
        Rec r = {.tid = tid_of(m, k->track), .idx = i, .type = REC_MARK};
        if (k->ts >= o.from && k->ts <= o.to && clip(&o, &r, k->ts, k->ts + k->dur)) {
            vec_push(&recs, r);
        }
    }
    for (int i = 0; i < m->arrows.len; i++) {
        const TrMark *from = &m->marks.data[m->arrows.data[i].from];
        const TrMark *to = &m->marks.data[m->arrows.data[i].to];
        if (from->ts < o.from || to->ts > o.to) {
            continue;
        }
        vec_push(&recs, ((Rec){tid_of(m, from->track), from->ts, 0, i, REC_FLOW_OUT}));
        vec_push(&recs, ((Rec){tid_of(m, to->track), to->ts, 0, i, REC_FLOW_IN}));
    }
    qsort(recs.data, (size_t)recs.len, sizeof(Rec), cmp_rec);
    const char *note = limit_note(log);
    sb_puts(&o.b, "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"program\":");
    put_str(&o.b, log->program);
    if (note) {
        sb_puts(&o.b, ",\"note\":");
        put_str(&o.b, note);
    }
    sb_puts(&o.b, "},\n\"traceEvents\":[\n");
    write_metadata(&o);
    for (int i = 0; i < recs.len; i++) {
        const Rec *r = &recs.data[i];
        switch (r->type) {
        case REC_SPAN: write_span(&o, r); break;
        case REC_MARK: write_mark(&o, r); break;
        default: write_flow(&o, r); break;
        }
        sb_puts(&o.b, ",\n");
        flush_out(&o, false);
    }
    if (note) {
        head(&o, "i", 1, log->full_ts);
        sb_puts(&o.b, ",\"s\":\"g\",\"cat\":\"note\",\"name\":");
        put_str(&o.b, note);
        sb_puts(&o.b, "},\n");
    }
    /* a last metadata event: every event above may end with a comma */
    sb_puts(&o.b, "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_labels\",\"args\":{\"labels\":"
                  "\"gosub trace\"}}\n]}\n");
    flush_out(&o, true);
    return o.ok;
}
