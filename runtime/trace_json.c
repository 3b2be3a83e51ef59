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

static void put_str(StrBuf *b, const char *s) {
    sb_putc(b, '"');
    if (s) {
        trace_json_escape(b, s, strlen(s));
    }
    sb_putc(b, '"');
}

static void put_us(StrBuf *b, int64_t ns) {
    sb_printf(b, "%lld.%03lld", (long long)(ns / 1000), (long long)(ns % 1000));
}

static const char *site(const char *file, int32_t line) {
    return file ? str_printf("%s:%d", trace_base(file), line) : NULL;
}

/* The start of an event: {"ph":..,"pid":1,"tid":..,"ts":.. */
static void head(Out *o, const char *ph, int64_t tid, int64_t ts) {
    sb_printf(&o->b, "{\"ph\":\"%s\",\"pid\":1,\"tid\":%lld,\"ts\":", ph, (long long)tid);
    put_us(&o->b, ts);
}

static void arg(StrBuf *b, bool *first, const char *key, const char *val) {
    if (!val) {
        return;
    }
    sb_printf(b, "%s\"%s\":", *first ? "" : ",", key);
    put_str(b, val);
    *first = false;
}

static void write_span(Out *o, const Rec *r) {
    const TrSpan *s = &o->m->spans.data[r->idx];
    head(o, "X", r->tid, r->ts);
    sb_puts(&o->b, ",\"dur\":");
    put_us(&o->b, r->dur);
    StrBuf *b = &o->b;
    bool first = true;
    if (!s->blocked) {
        sb_printf(b, ",\"name\":\"running\",\"cat\":\"running\",\"args\":{\"P\":%d}}", s->p);
        return;
    }
    const char *at = site(s->file, s->line);
    const char *label = trace_span_label(s);
    sb_puts(b, ",\"name\":");
    put_str(b, at ? str_printf("%s  %s", label, at) : label);
    sb_puts(b, ",\"cat\":\"blocked\",\"args\":{");
    arg(b, &first, "reason", s->reason);
    arg(b, &first, "on", s->on);
    arg(b, &first, "at", at);
    arg(b, &first, "until", s->open ? "the end of the trace" : NULL);
    sb_puts(b, "}}");
}

static const char *track_name(const TrModel *m, int32_t t) {
    return m->tracks.data[t].name;
}

/* A mark's name and category. */
static const char *mark_name(const TrModel *m, const TrMark *k, const char **cat) {
    *cat = "chan";
    switch ((MarkKind)k->kind) {
    case MK_SEND: return str_printf("%s <- %s", k->chan, k->value ? k->value : "");
    case MK_RECV: return str_printf("<-%s", k->chan);
    case MK_RECV_CLOSED: return str_printf("<-%s (closed)", k->chan);
    case MK_CLOSE: return str_printf("close(%s)", k->chan);
    case MK_GO: *cat = "spawn"; return str_printf("go %s", track_name(m, k->other));
    case MK_BORN: {
        *cat = "spawn";
        const TrTrack *t = &m->tracks.data[k->track];
        return t->parent ? str_printf("created by %s", track_name(m, t->parent_track))
                         : "created by a timer (time.AfterFunc)";
    }
    case MK_END: *cat = "sched"; return "end";
    case MK_PANIC: *cat = "sched"; return "panic";
    case MK_EXIT: *cat = "sched"; return "os.Exit";
    case MK_WAKE: *cat = "timer"; return str_printf("timer wakes %s", track_name(m, k->other));
    case MK_WOKEN: *cat = "timer"; return "woken by a timer";
    }
    return "?";
}

static void write_mark(Out *o, const Rec *r) {
    const TrModel *m = o->m;
    const TrMark *k = &m->marks.data[r->idx];
    const char *cat;
    const char *name = mark_name(m, k, &cat);
    StrBuf *b = &o->b;
    head(o, "X", r->tid, r->ts);
    sb_puts(b, ",\"dur\":");
    put_us(b, r->dur);
    sb_puts(b, ",\"name\":");
    put_str(b, name);
    sb_printf(b, ",\"cat\":\"%s\",\"args\":{", cat);
    bool first = true;
    arg(b, &first, "channel", k->chan);
    arg(b, &first, "value", k->value);
    arg(b, &first, "at", site(k->file, k->line));
    if (k->arrow >= 0 && (k->kind == MK_SEND || k->kind == MK_RECV)) {
        const TrArrow *a = &m->arrows.data[k->arrow];
        int32_t peer = k->kind == MK_SEND ? a->to : a->from;
        arg(b, &first, k->kind == MK_SEND ? "to" : "from",
            m->tracks.data[m->marks.data[peer].track].name);
    }
    sb_printf(b, "%s\"P\":%d}}", first ? "" : ",", k->p);
}

static void write_flow(Out *o, const Rec *r) {
    const TrModel *m = o->m;
    const TrArrow *a = &m->arrows.data[r->idx];
    const TrMark *from = &m->marks.data[a->from];
    const char *cat;
    const char *name = mark_name(m, from, &cat);
    if (a->kind == AR_MSG) {
        name = str_printf("%s: %s", from->chan, from->value ? from->value : "");
    }
    head(o, r->type == REC_FLOW_OUT ? "s" : "f", r->tid, r->ts);
    sb_printf(&o->b, ",\"id\":%d,\"cat\":\"%s\",\"name\":", r->idx + 1, cat);
    put_str(&o->b, name);
    sb_puts(&o->b, r->type == REC_FLOW_IN ? ",\"bp\":\"e\"}" : "}");
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
        sb_printf(b,
                  "{\"ph\":\"M\",\"pid\":1,\"tid\":%lld,\"name\":\"thread_name\",\"args\":{"
                  "\"name\":",
                  (long long)tid);
        put_str(b, t->name);
        sb_puts(b, "}},\n");
        sb_printf(b,
                  "{\"ph\":\"M\",\"pid\":1,\"tid\":%lld,\"name\":\"thread_sort_index\","
                  "\"args\":{\"sort_index\":%lld}},\n",
                  (long long)tid, (long long)(t->g == 0 ? TIMER_TID : t->g));
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
