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

/* An event to write: a span, a mark or an end of an arrow (idx into the model's arrays). */

/* A piece of output made once and written often. */
typedef struct Text {
    const char *s;
    size_t n;
} Text;

/* A site's text, "at":"main.go:14", kept for the next events at the same place. */
typedef struct SiteText {
    const char *file;
    int32_t line;
    Text text;
} SiteText;

enum { SITE_CACHE = 4096, NAME_CACHE = 1024 };

typedef struct Out {
    const TrModel *m;
    FILE *f;
    StrBuf b;
    int64_t from, to; /* the window, ns */
    bool ok;
    Text *track_head; /* by track: ","pid":1,"tid":N,"ts":", made once */
    Text *track_name; /* by track: its name as a JSON string, quoted */
    SiteText *sites;  /* a direct-mapped cache */
    Text *chans;      /* channel names escaped, a direct-mapped cache by pointer */
    const char **chan_names;
} Out;

typedef struct Rec {
    int64_t ts; /* where it starts (in the window) */
    int32_t idx;
    uint32_t track_type; /* track << 2 | REC_* */
} Rec;

static int32_t rec_track(const Rec *r) {
    return (int32_t)(r->track_type >> 2);
}

static int rec_type(const Rec *r) {
    return (int)(r->track_type & 3);
}

static Rec rec(int64_t ts, int32_t idx, int32_t track, int type) {
    return (Rec){ts, idx, (uint32_t)track << 2 | (uint32_t)type};
}

/* The end of [ts, end) in the window. */
static int64_t clip_end(const Out *o, int64_t end) {
    return end > o->to ? o->to : end;
}

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

/* (The writing below uses no printf, and copies its short pieces inline: a trace has up to
 * millions of events, and writing them must not take longer than running the program.) */

static inline void put_n(StrBuf *b, const char *s, size_t n) {
    if (b->len + n < b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    } else {
        sb_put(b, s, n);
    }
}

#define LIT(b, s) put_n((b), (s), sizeof(s) - 1)

static inline void put_c(StrBuf *b, char c) {
    put_n(b, &c, 1);
}

/* A short C string (a key, a category), inline like the rest. */
static inline void put_s(StrBuf *b, const char *s) {
    put_n(b, s, strlen(s));
}

/* s escaped; plain printable ASCII (nearly every name) is copied as it is. */
static void esc(StrBuf *b, const char *s) {
    if (!s) {
        return;
    }
    size_t n = 0;
    for (unsigned char c; (c = (unsigned char)s[n]) >= 0x20 && c < 0x7f && c != '"' && c != '\\';) {
        n++;
    }
    put_n(b, s, n);
    if (s[n]) {
        trace_json_escape(b, s + n, strlen(s + n));
    }
}

static void put_str(StrBuf *b, const char *s) {
    put_c(b, '"');
    esc(b, s);
    put_c(b, '"');
}

static void put_int(StrBuf *b, int64_t v) {
    char digits[24];
    int n = trace_digits(digits, v < 0 ? -(uint64_t)v : (uint64_t)v);
    if (v < 0) {
        put_c(b, '-');
    }
    put_n(b, digits + sizeof digits - n, (size_t)n);
}

/* ns as microseconds with three decimals. */
static void put_us(StrBuf *b, int64_t ns) {
    char digits[24];
    int n = trace_digits(digits, (uint64_t)ns);
    while (n < 4) {
        digits[24 - ++n] = '0';
    }
    put_n(b, digits + 24 - n, (size_t)n - 3);
    put_c(b, '.');
    put_n(b, digits + 21, 3);
}

/* "main.go:14", escaped. */
static void put_site(StrBuf *b, const char *file, int32_t line) {
    esc(b, trace_base(file));
    put_c(b, ':');
    put_int(b, line);
}

static void put_text(StrBuf *b, Text t) {
    put_n(b, t.s, t.n);
}

static Text text_of(StrBuf *b) {
    return (Text){b->data, b->len};
}

static Text track_head(Out *o, int32_t track) {
    if (!o->track_head[track].s) {
        StrBuf h = {0};
        LIT(&h, "\",\"pid\":1,\"tid\":");
        put_int(&h, tid_of(o->m, track));
        LIT(&h, ",\"ts\":");
        o->track_head[track] = text_of(&h);
    }
    return o->track_head[track];
}

/* The start of an event: {"ph":..,"pid":1,"tid":..,"ts":.. */
static void head(Out *o, char ph, int32_t track, int64_t ts) {
    LIT(&o->b, "{\"ph\":\"");
    put_c(&o->b, ph);
    put_text(&o->b, track_head(o, track));
    put_us(&o->b, ts);
}

/* A track's name, quoted and escaped. */
static void put_track_name(Out *o, int32_t track) {
    if (!o->track_name[track].s) {
        StrBuf n = {0};
        put_str(&n, o->m->tracks.data[track].name);
        o->track_name[track] = text_of(&n);
    }
    put_text(&o->b, o->track_name[track]);
}

/* ,"key": before an argument's value (no comma before the first). */
static void key(StrBuf *b, bool *first, const char *k) {
    if (!*first) {
        put_c(b, ',');
    }
    put_c(b, '"');
    put_s(b, k);
    LIT(b, "\":");
    *first = false;
}

static void arg(StrBuf *b, bool *first, const char *k, const char *val) {
    if (val) {
        key(b, first, k);
        put_str(b, val);
    }
}

/* "at":"main.go:14", as an argument. */
static void arg_site(Out *o, bool *first, const char *file, int32_t line) {
    if (!file) {
        return;
    }
    SiteText *c = &o->sites[((uintptr_t)file * 31 + (uint32_t)line) % SITE_CACHE];
    if (c->file != file || c->line != line) {
        StrBuf t = {0};
        LIT(&t, "\"at\":\"");
        put_site(&t, file, line);
        put_c(&t, '"');
        *c = (SiteText){file, line, text_of(&t)};
    }
    if (!*first) {
        put_c(&o->b, ',');
    }
    put_text(&o->b, c->text);
    *first = false;
}

/* "chan receive on results" (reason and channels, escaped). */
static void put_label(StrBuf *b, const TrSpan *s) {
    esc(b, s->reason);
    if (s->on) {
        LIT(b, " on ");
        esc(b, s->on);
    }
}

static void write_span(Out *o, const Rec *r) {
    const TrSpan *s = &o->m->spans.data[r->idx];
    StrBuf *b = &o->b;
    head(o, 'X', rec_track(r), r->ts);
    LIT(b, ",\"dur\":");
    put_us(b, clip_end(o, s->end) - r->ts);
    if (!s->blocked) {
        LIT(b, ",\"name\":\"running\",\"cat\":\"running\",\"args\":{\"P\":");
        put_int(b, s->p);
        LIT(b, "}}");
        return;
    }
    LIT(b, ",\"name\":\"");
    put_label(b, s);
    if (s->file) {
        LIT(b, "  ");
        put_site(b, s->file, s->line);
    }
    LIT(b, "\",\"cat\":\"blocked\",\"args\":{");
    bool first = true;
    arg(b, &first, "reason", s->reason);
    arg(b, &first, "on", s->on);
    arg_site(o, &first, s->file, s->line);
    arg(b, &first, "until", s->open ? "the end of the trace" : NULL);
    LIT(b, "}}");
}

static const char *track_name(const TrModel *m, int32_t t) {
    return m->tracks.data[t].name;
}

/* A mark's name, escaped, and its category. */
/* A channel's name, escaped (a few names, written again and again). */
static void put_chan(Out *o, const char *name) {
    size_t i = ((uintptr_t)name >> 3) % NAME_CACHE;
    if (o->chan_names[i] != name) {
        StrBuf t = {0};
        esc(&t, name);
        o->chans[i] = text_of(&t);
        o->chan_names[i] = name;
    }
    put_text(&o->b, o->chans[i]);
}

static const char *put_mark_name(Out *o, const TrMark *k) {
    const TrModel *m = o->m;
    StrBuf *b = &o->b;
    const char *cat = "chan";
    const char *plain = NULL;
    switch ((MarkKind)k->kind) {
    case MK_SEND:
        put_chan(o, k->chan);
        LIT(b, " <- ");
        esc(b, k->value);
        break;
    case MK_RECV:
    case MK_RECV_CLOSED:
        LIT(b, "<-");
        put_chan(o, k->chan);
        plain = k->kind == MK_RECV_CLOSED ? " (closed)" : "";
        break;
    case MK_CLOSE:
        LIT(b, "close(");
        put_chan(o, k->chan);
        plain = ")";
        break;
    case MK_GO:
        cat = "spawn";
        LIT(b, "go ");
        esc(b, track_name(m, k->other));
        break;
    case MK_BORN: {
        cat = "spawn";
        const TrTrack *t = &m->tracks.data[k->track];
        if (t->parent > 0) {
            LIT(b, "created by ");
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
        LIT(b, "timer wakes ");
        esc(b, track_name(m, k->other));
        break;
    case MK_WOKEN: cat = "timer", plain = "woken by a timer"; break;
    }
    if (plain) {
        put_s(b, plain);
    }
    return cat;
}

static void write_mark(Out *o, const Rec *r) {
    const TrModel *m = o->m;
    const TrMark *k = &m->marks.data[r->idx];
    StrBuf *b = &o->b;
    head(o, 'X', rec_track(r), r->ts);
    LIT(b, ",\"dur\":");
    put_us(b, clip_end(o, k->ts + k->dur) - r->ts);
    LIT(b, ",\"name\":\"");
    const char *cat = put_mark_name(o, k);
    LIT(b, "\",\"cat\":\"");
    put_s(b, cat);
    LIT(b, "\",\"args\":{");
    bool first = true;
    if (k->kind == MK_RECV) {
        arg(b, &first, "value", k->value); /* (a send's name has it) */
    }
    arg_site(o, &first, k->file, k->line);
    if (k->arrow >= 0 && (k->kind == MK_SEND || k->kind == MK_RECV)) {
        const TrArrow *a = &m->arrows.data[k->arrow];
        int32_t peer = k->kind == MK_SEND ? a->to : a->from;
        key(b, &first, k->kind == MK_SEND ? "to" : "from");
        put_track_name(o, m->marks.data[peer].track);
    }
    key(b, &first, "P");
    put_int(b, k->p);
    LIT(b, "}}");
}

static void write_flow(Out *o, const Rec *r) {
    const TrModel *m = o->m;
    const TrArrow *a = &m->arrows.data[r->idx];
    const TrMark *from = &m->marks.data[a->from];
    StrBuf *b = &o->b;
    head(o, rec_type(r) == REC_FLOW_OUT ? 's' : 'f', rec_track(r), r->ts);
    LIT(b, ",\"id\":");
    put_int(b, r->idx + 1);
    LIT(b, ",\"name\":\"");
    const char *cat;
    if (a->kind == AR_MSG) {
        cat = "chan";
        put_chan(o, from->chan);
        LIT(b, ": ");
        esc(b, from->value);
    } else {
        cat = put_mark_name(o, from);
    }
    LIT(b, "\",\"cat\":\"");
    put_s(b, cat);
    if (rec_type(r) == REC_FLOW_IN) {
        LIT(b, "\",\"bp\":\"e\"}");
    } else {
        LIT(b, "\"}");
    }
}

/* The order of recs by track, then time, keeping their order otherwise (a span before the marks
 * and flows that start when it does): an LSD radix sort of (track << 44 | ts) keys, 11 bits
 * a pass. */
static uint32_t *sort_recs(const Rec *recs, int64_t n) {
    uint64_t *key = GC_MALLOC_ATOMIC(sizeof(uint64_t) * (size_t)(n + 1));
    uint64_t *key2 = GC_MALLOC_ATOMIC(sizeof(uint64_t) * (size_t)(n + 1));
    uint32_t *at = GC_MALLOC_ATOMIC(sizeof(uint32_t) * (size_t)(n + 1));
    uint32_t *at2 = GC_MALLOC_ATOMIC(sizeof(uint32_t) * (size_t)(n + 1));
    uint64_t max = 0;
    for (int64_t i = 0; i < n; i++) {
        uint64_t ts = (uint64_t)recs[i].ts < (1ull << 44) ? (uint64_t)recs[i].ts : (1ull << 44) - 1;
        key[i] = (uint64_t)rec_track(&recs[i]) << 44 | ts;
        at[i] = (uint32_t)i;
        max = key[i] > max ? key[i] : max;
    }
    int64_t count[2049];
    for (int shift = 0; shift < 64 && (max >> shift) != 0; shift += 11) {
        memset(count, 0, sizeof count);
        for (int64_t i = 0; i < n; i++) {
            count[((key[i] >> shift) & 2047) + 1]++;
        }
        for (int d = 0; d < 2048; d++) {
            count[d + 1] += count[d];
        }
        for (int64_t i = 0; i < n; i++) {
            int64_t to = count[(key[i] >> shift) & 2047]++;
            key2[to] = key[i];
            at2[to] = at[i];
        }
        uint64_t *tk = key;
        key = key2;
        key2 = tk;
        uint32_t *ta = at;
        at = at2;
        at2 = ta;
    }
    return at;
}

static void write_metadata(Out *o) {
    const TrModel *m = o->m;
    StrBuf *b = &o->b;
    LIT(b, "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":");
    put_str(b, str_printf("gosub run %s", m->log->program));
    LIT(b, "}},\n");
    for (int i = 0; i < m->tracks.len; i++) {
        const TrTrack *t = &m->tracks.data[i];
        int64_t tid = tid_of(m, i);
        LIT(b, "{\"ph\":\"M\",\"pid\":1,\"tid\":");
        put_int(b, tid);
        LIT(b, ",\"name\":\"thread_name\",\"args\":{\"name\":");
        put_str(b, t->name);
        LIT(b, "}},\n{\"ph\":\"M\",\"pid\":1,\"tid\":");
        put_int(b, tid);
        LIT(b, ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":");
        put_int(b, tid);
        LIT(b, "}},\n");
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
    o.track_head = GC_MALLOC(sizeof(Text) * (size_t)(o.m->tracks.len + 1));
    o.track_name = GC_MALLOC(sizeof(Text) * (size_t)(o.m->tracks.len + 1));
    o.sites = GC_MALLOC(sizeof(SiteText) * SITE_CACHE);
    o.chans = GC_MALLOC(sizeof(Text) * NAME_CACHE);
    o.chan_names = GC_MALLOC(sizeof(char *) * NAME_CACHE);
    const TrModel *m = o.m;
    o.from = (int64_t)(log->from_ms * 1e6);
    o.to = log->to_ms >= 0 ? (int64_t)(log->to_ms * 1e6) : INT64_MAX;
    int64_t n = 0;
    Rec *recs = GC_MALLOC_ATOMIC(sizeof(Rec) *
                                 (size_t)(m->spans.len + m->marks.len + 2 * m->arrows.len + 1));
    for (int i = 0; i < m->spans.len; i++) {
        const TrSpan *s = &m->spans.data[i];
        if (s->end >= o.from && s->ts <= o.to) {
            recs[n++] = rec(s->ts < o.from ? o.from : s->ts, i, s->track, REC_SPAN);
        }
    }
    for (int i = 0; i < m->marks.len; i++) {
        const TrMark *k = &m->marks.data[i];
        if (k->ts >= o.from && k->ts <= o.to) {
            recs[n++] = rec(k->ts, i, k->track, REC_MARK);
        }
    }
    for (int i = 0; i < m->arrows.len; i++) {
        const TrMark *from = &m->marks.data[m->arrows.data[i].from];
        const TrMark *to = &m->marks.data[m->arrows.data[i].to];
        if (from->ts < o.from || to->ts > o.to) {
            continue;
        }
        recs[n++] = rec(from->ts, i, from->track, REC_FLOW_OUT);
        recs[n++] = rec(to->ts, i, to->track, REC_FLOW_IN);
    }
    uint32_t *order = sort_recs(recs, n);
    const char *note = limit_note(log);
    LIT(&o.b, "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"program\":");
    put_str(&o.b, log->program);
    if (note) {
        LIT(&o.b, ",\"note\":");
        put_str(&o.b, note);
    }
    LIT(&o.b, "},\n\"traceEvents\":[\n");
    write_metadata(&o);
    for (int64_t i = 0; i < n; i++) {
        const Rec *r = &recs[order[i]];
        switch (rec_type(r)) {
        case REC_SPAN: write_span(&o, r); break;
        case REC_MARK: write_mark(&o, r); break;
        default: write_flow(&o, r); break;
        }
        LIT(&o.b, ",\n");
        flush_out(&o, false);
    }
    if (note) {
        head(&o, 'i', 0, log->full_ts);
        LIT(&o.b, ",\"s\":\"g\",\"cat\":\"note\",\"name\":");
        put_str(&o.b, note);
        LIT(&o.b, "},\n");
    }
    /* a last metadata event: every event above may end with a comma */
    sb_puts(&o.b, "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_labels\",\"args\":{\"labels\":"
                  "\"gosub trace\"}}\n]}\n");
    flush_out(&o, true);
    return o.ok;
}
