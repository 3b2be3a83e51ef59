/* trace_html.c — a trace as one self-contained HTML page: a message sequence diagram in
 * inline SVG (no script, no network), for a learner to open in any browser.
 *
 * Goroutines are vertical lifelines, left to right by id (the timer thread last), headed by
 * their names in a header that stays in view while scrolling. Time runs downwards, but not
 * to scale: each moment something happens gets a row (a mark: a send, a receive, a go
 * statement, a close, an end), and the edges of running and blocked periods get a thin one,
 * so that fast exchanges stay readable; a pause longer than a millisecond shows as a gap
 * labelled with its length. A value passed from one goroutine to another is an arrow from
 * the sender's lifeline to the receiver's, labelled "channel: value": horizontal when they
 * met (an unbuffered hand-off), sloping down when the value waited in a buffer. Running
 * periods are solid bars, blocked ones shaded boxes with their reason; go statements are
 * dashed arrows, a close is a square, an end a cross, a panic a red box. Hovering any of
 * them shows the details (SVG <title>). Classes for tests and styles: lifeline, run,
 * blocked, arrow (with msg, spawn, close or wake), mark.
 *
 * A long trace keeps its first and last KEEP_MARKS marks and says how many it left out in a
 * band between them; --trace-from/--trace-to choose the window instead.
 */
#include "trace_model.h"

#include "../src/text/utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    KEEP_MARKS = 250, /* marks kept at each end of a long trace */
    TOP = 16,         /* first row */
    ROW = 26,         /* a mark's row */
    STEP = 7,         /* a span edge's row */
    GAP = 32,         /* a pause */
    BAND = 56,        /* the band of what was left out */
    AXIS = 96,        /* the time axis on the left */
    HEAD_H = 48,      /* the header */
    RUN_W = 8,        /* a running bar's width */
    BLOCK_W = 16,     /* a blocked box's width */
};

#define PAUSE_NS 1000000 /* a longer pause shows as a gap */

typedef struct Moment {
    int64_t ts;
    int y;
    bool mark;
} Moment;

typedef struct Html {
    const TrModel *m;
    StrBuf b;
    int64_t from, to;       /* the window (ns) */
    int64_t cut_lo, cut_hi; /* marks strictly between are left out (cut_lo >= cut_hi: none) */
    int64_t cut_marks;
    int cut_y;
    VEC(Moment) moments;
    int *col;   /* by track: its column */
    int *colx;  /* by column: the x of its lifeline */
    int *order; /* by column: its track */
    int ncols, colw, width, height;
} Html;

/* ---- text ---- */

/* Text as SVG and HTML hold it: escaped, valid UTF-8 (bad bytes and control characters
 * become U+FFFD, a newline stays one: <title> shows it). */
static void text(StrBuf *b, const char *s) {
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        int32_t r;
        int k = utf8_decode(s + i, n - i, &r);
        if ((r == UTF8_RUNE_ERROR && k == 1) || (r < 0x20 && r != '\n') || r == 0x7f) {
            sb_puts(b, "\xEF\xBF\xBD");
        } else if (r == '&') {
            sb_puts(b, "&amp;");
        } else if (r == '<') {
            sb_puts(b, "&lt;");
        } else if (r == '>') {
            sb_puts(b, "&gt;");
        } else if (r == '"') {
            sb_puts(b, "&quot;");
        } else {
            sb_put(b, s + i, (size_t)k);
        }
        i += (size_t)k;
    }
}

/* s escaped, as a new string (for printf's %s). */
static const char *html(const char *s) {
    StrBuf b = {0};
    text(&b, s);
    return sb_cstr(&b);
}

static const char *ms(int64_t ns) {
    return str_printf("%.3f ms", (double)ns / 1e6);
}

static const char *at(const char *file, int32_t line) {
    return file ? str_printf("%s:%d", trace_base(file), line) : "?";
}

/* A goroutine's colour: hues spread by the golden angle. */
static const char *color(const TrModel *m, int32_t track, int light) {
    int64_t g = m->tracks.data[track].g;
    if (g == 0) {
        return light ? "#f3e3c6" : "#b7791f";
    }
    int hue = (int)((g * 137) % 360);
    return light ? str_printf("hsl(%d,60%%,92%%)", hue) : str_printf("hsl(%d,55%%,40%%)", hue);
}

/* ---- layout ---- */

static bool in_window(const Html *h, int64_t ts) {
    return ts >= h->from && ts <= h->to;
}

static bool left_out(const Html *h, int64_t ts) {
    return ts > h->cut_lo && ts < h->cut_hi;
}

static int cmp_moment(const void *x, const void *y) {
    const Moment *a = x, *b = y;
    return a->ts < b->ts ? -1 : a->ts > b->ts;
}

/* Which marks are drawn: those in the window, but for a long trace only the first and last
 * KEEP_MARKS of them. */
static void choose_marks(Html *h) {
    const TrModel *m = h->m;
    VEC(int64_t) ts = {0};
    for (int i = 0; i < m->marks.len; i++) {
        if (in_window(h, m->marks.data[i].ts)) {
            vec_push(&ts, m->marks.data[i].ts);
        }
    }
    h->cut_lo = h->cut_hi = 0;
    if (ts.len > 2 * KEEP_MARKS) {
        h->cut_lo = ts.data[KEEP_MARKS - 1];
        h->cut_hi = ts.data[ts.len - KEEP_MARKS];
        h->cut_marks = ts.len - 2 * KEEP_MARKS;
    }
}

static void add_moment(Html *h, int64_t ts, bool mark) {
    if (in_window(h, ts) && !left_out(h, ts)) {
        vec_push(&h->moments, ((Moment){ts, 0, mark}));
    }
}

/* Every moment drawn gets its y; pauses and the band of what was left out get room. */
static void place_moments(Html *h) {
    const TrModel *m = h->m;
    for (int i = 0; i < m->marks.len; i++) {
        add_moment(h, m->marks.data[i].ts, true);
    }
    for (int i = 0; i < m->spans.len; i++) {
        add_moment(h, m->spans.data[i].ts, false);
        add_moment(h, m->spans.data[i].end, false);
    }
    qsort(h->moments.data, (size_t)h->moments.len, sizeof(Moment), cmp_moment);
    int n = 0; /* one moment per time; a mark's row wins */
    for (int i = 0; i < h->moments.len; i++) {
        Moment mo = h->moments.data[i];
        if (n > 0 && h->moments.data[n - 1].ts == mo.ts) {
            h->moments.data[n - 1].mark |= mo.mark;
        } else {
            h->moments.data[n++] = mo;
        }
    }
    h->moments.len = n;
    int y = TOP;
    h->cut_y = -1;
    for (int i = 0; i < n; i++) {
        Moment *mo = &h->moments.data[i];
        if (i > 0) {
            int64_t prev = h->moments.data[i - 1].ts;
            if (h->cut_lo < h->cut_hi && prev <= h->cut_lo && mo->ts >= h->cut_hi) {
                h->cut_y = y + ROW / 2;
                y += BAND;
            } else if (mo->ts - prev > PAUSE_NS) {
                y += GAP;
            }
        }
        y += mo->mark ? ROW : STEP;
        mo->y = y;
    }
    h->height = y + ROW * 2;
}

/* The y of time ts: its moment's, the band's for what was left out, else the next moment's. */
static int y_of(const Html *h, int64_t ts) {
    if (left_out(h, ts)) {
        return h->cut_y + BAND / 2 - ROW / 2;
    }
    int lo = 0, hi = h->moments.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (h->moments.data[mid].ts < ts) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo >= h->moments.len) {
        return h->height - ROW;
    }
    return h->moments.data[lo].y;
}

static int cmp_track_g(const void *x, const void *y) {
    const TrTrack *a = *(TrTrack *const *)x, *b = *(TrTrack *const *)y;
    int64_t ga = a->g ? a->g : INT64_MAX, gb = b->g ? b->g : INT64_MAX;
    return ga < gb ? -1 : ga > gb;
}

/* Columns: goroutines by id, the timer thread last; wide enough for the longest name. */
static void place_columns(Html *h) {
    const TrModel *m = h->m;
    int n = m->tracks.len;
    const TrTrack **sorted = GC_MALLOC(sizeof(TrTrack *) * (size_t)(n + 1));
    size_t longest = 0;
    for (int i = 0; i < n; i++) {
        sorted[i] = &m->tracks.data[i];
        size_t len = strlen(m->tracks.data[i].name);
        longest = len > longest ? len : longest;
    }
    qsort(sorted, (size_t)n, sizeof(TrTrack *), cmp_track_g);
    h->colw = (int)longest * 8 + 32;
    h->colw = h->colw < 150 ? 150 : h->colw > 240 ? 240 : h->colw;
    h->col = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(n + 1));
    h->colx = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(n + 1));
    h->order = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(n + 1));
    for (int c = 0; c < n; c++) {
        int t = (int)(sorted[c] - m->tracks.data);
        h->col[t] = c;
        h->order[c] = t;
        h->colx[c] = AXIS + c * h->colw + h->colw / 2;
    }
    h->ncols = n;
    h->width = AXIS + n * h->colw + 110; /* room for the last column's labels */
}

/* ---- drawing ---- */

static int x_of(const Html *h, int32_t track) {
    return h->colx[h->col[track]];
}

static void draw_lifelines(Html *h) {
    const TrModel *m = h->m;
    StrBuf *b = &h->b;
    for (int c = 0; c < h->ncols; c++) {
        int t = h->order[c];
        const TrTrack *tr = &m->tracks.data[t];
        int y0 = tr->born >= h->from && in_window(h, tr->born) ? y_of(h, tr->born) : TOP;
        int y1 = tr->died >= 0 && in_window(h, tr->died) ? y_of(h, tr->died) : h->height - ROW;
        if (tr->died >= 0 && tr->died < h->from) {
            continue;
        }
        sb_printf(b, "<g class=\"lifeline\" data-g=\"%lld\"><title>", (long long)tr->g);
        text(b, tr->name);
        sb_puts(b, "</title>");
        sb_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/></g>\n",
                  h->colx[c], y0, h->colx[c], y1, color(m, t, 0));
    }
}

static void draw_spans(Html *h) {
    const TrModel *m = h->m;
    StrBuf *b = &h->b;
    for (int i = 0; i < m->spans.len; i++) {
        const TrSpan *s = &m->spans.data[i];
        if (s->end < h->from || s->ts > h->to || (left_out(h, s->ts) && left_out(h, s->end))) {
            continue;
        }
        int y0 = y_of(h, s->ts < h->from ? h->from : s->ts);
        int y1 = y_of(h, s->end > h->to ? h->to : s->end);
        int x = x_of(h, s->track);
        int hgt = y1 - y0 < 2 ? 2 : y1 - y0;
        if (!s->blocked) {
            sb_printf(
                b, "<rect class=\"run\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">",
                x - RUN_W / 2, y0, RUN_W, hgt, color(m, s->track, 0));
            sb_printf(b, "<title>running on P%d, %s to %s</title></rect>\n", s->p, ms(s->ts),
                      ms(s->end));
            continue;
        }
        const char *label = trace_span_label(s);
        sb_printf(b, "<g class=\"blocked\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
                  x - BLOCK_W / 2, y0, BLOCK_W, hgt);
        sb_puts(b, "<title>blocked: ");
        text(b, label);
        sb_printf(b, "\nat %s\n%s to %s%s</title>", html(at(s->file, s->line)), ms(s->ts),
                  ms(s->end), s->open ? " (still blocked when the trace ended)" : "");
        if (hgt >= ROW - 4) {
            sb_printf(b, "<text class=\"why\" x=\"%d\" y=\"%d\">", x + BLOCK_W / 2 + 3, y0 + 10);
            text(b, label);
            sb_puts(b, "</text>");
        }
        sb_puts(b, "</g>\n");
    }
}

static const char *arrow_class[] = {
    [AR_MSG] = "msg", [AR_SPAWN] = "spawn", [AR_CLOSE] = "close", [AR_WAKE] = "wake"};

/* The label over an arrow, and its hover text. */
static void arrow_texts(const Html *h, const TrArrow *a, const char **label, StrBuf *tip) {
    const TrModel *m = h->m;
    const TrMark *f = &m->marks.data[a->from], *t = &m->marks.data[a->to];
    const char *src = m->tracks.data[f->track].name, *dst = m->tracks.data[t->track].name;
    switch ((ArrowKind)a->kind) {
    case AR_MSG:
        *label = str_printf("%s: %s", f->chan, f->value ? f->value : "");
        sb_printf(tip, "%s <- %s\nfrom %s at %s\nto %s at %s\nsent %s, received %s", f->chan,
                  f->value ? f->value : "", src, at(f->file, f->line), dst, at(t->file, t->line),
                  ms(f->ts), ms(t->ts));
        break;
    case AR_SPAWN:
        *label = str_printf("go %s", dst);
        sb_printf(tip, "%s starts %s\nat %s, %s", src, dst, at(f->file, f->line), ms(f->ts));
        break;
    case AR_CLOSE:
        *label = str_printf("%s closed", f->chan);
        sb_printf(tip, "close(%s) by %s at %s\n%s receives the zero value (ok is false) at %s",
                  f->chan, src, at(f->file, f->line), dst, at(t->file, t->line));
        break;
    case AR_WAKE:
        *label = "wake up";
        sb_printf(tip, "a timer ends %s's time.Sleep, %s", dst, ms(f->ts));
        break;
    }
}

/* A filled triangle at (x1, y1), pointing from (x0, y0). */
static void arrow_head(StrBuf *b, int x0, int y0, int x1, int y1, const char *fill) {
    double dx = x1 - x0, dy = y1 - y0, len = sqrt(dx * dx + dy * dy);
    if (len < 1) {
        return;
    }
    dx /= len;
    dy /= len;
    double bx = x1 - 9 * dx, by = y1 - 9 * dy; /* the base's middle */
    sb_printf(b, "<path d=\"M%d %dL%.1f %.1fL%.1f %.1fz\" fill=\"%s\"/>", x1, y1, bx - 4 * dy,
              by + 4 * dx, bx + 4 * dy, by - 4 * dx, fill);
}

static void draw_arrows(Html *h) {
    const TrModel *m = h->m;
    StrBuf *b = &h->b;
    for (int i = 0; i < m->arrows.len; i++) {
        const TrArrow *a = &m->arrows.data[i];
        const TrMark *f = &m->marks.data[a->from], *t = &m->marks.data[a->to];
        if (!in_window(h, f->ts) || !in_window(h, t->ts) || left_out(h, f->ts) ||
            left_out(h, t->ts)) {
            continue;
        }
        int x0 = x_of(h, f->track), x1 = x_of(h, t->track);
        int y0 = y_of(h, f->ts), y1 = y_of(h, t->ts);
        int dir = x1 >= x0 ? 1 : -1;
        x0 += dir * (RUN_W / 2 + 1);
        x1 -= dir * (BLOCK_W / 2 + 2);
        const char *label = "";
        StrBuf tip = {0};
        arrow_texts(h, a, &label, &tip);
        const char *stroke = a->kind == AR_MSG ? color(m, f->track, 0) : "#888";
        sb_printf(b, "<g class=\"arrow %s\"><title>", arrow_class[a->kind]);
        text(b, sb_cstr(&tip));
        sb_printf(b, "</title><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>", x0,
                  y0, x1, y1, stroke);
        arrow_head(b, x0, y0, x1, y1, stroke);
        /* a message's label in the middle; a close's or a wake-up's nearer its end, clear of
         * the mark it leaves */
        int num = a->kind == AR_MSG || a->kind == AR_SPAWN ? 1 : 2;
        int lx = x0 + (x1 - x0) * num / (num + 1), ly = y0 + (y1 - y0) * num / (num + 1) - 4;
        sb_printf(b, "<text x=\"%d\" y=\"%d\" fill=\"%s\">", lx, ly,
                  a->kind == AR_MSG ? stroke : "#666");
        text(b, label);
        sb_puts(b, "</text></g>\n");
    }
}

static void draw_marks(Html *h) {
    const TrModel *m = h->m;
    StrBuf *b = &h->b;
    for (int i = 0; i < m->marks.len; i++) {
        const TrMark *k = &m->marks.data[i];
        if (!in_window(h, k->ts) || left_out(h, k->ts)) {
            continue;
        }
        int x = x_of(h, k->track), y = y_of(h, k->ts);
        const char *name = html(m->tracks.data[k->track].name);
        switch ((MarkKind)k->kind) {
        case MK_CLOSE:
            sb_printf(b, "<g class=\"mark close\"><title>%s closes ", name);
            text(b, k->chan);
            sb_printf(b,
                      " at %s, %s</title><rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/>"
                      "<text x=\"%d\" y=\"%d\">close(",
                      html(at(k->file, k->line)), ms(k->ts), x - 5, y - 5, x + 9, y + 4);
            text(b, k->chan);
            sb_puts(b, ")</text></g>\n");
            break;
        case MK_END:
            sb_printf(b,
                      "<g class=\"mark end\"><title>%s returns, %s</title><path d=\"M%d %dl10 10m0 "
                      "-10l-10 10\"/></g>\n",
                      name, ms(k->ts), x - 5, y - 5);
            break;
        case MK_PANIC:
        case MK_EXIT: {
            bool panic = k->kind == MK_PANIC;
            sb_printf(b, "<g class=\"mark %s\"><title>%s: %s at %s, %s</title>",
                      panic ? "panic" : "exit", name, panic ? "panic" : "os.Exit",
                      html(at(k->file, k->line)), ms(k->ts));
            sb_printf(b,
                      "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" rx=\"3\"/><text x=\"%d\" "
                      "y=\"%d\">%s</text></g>\n",
                      x - 26, y - 8, 52, x, y + 4, panic ? "panic" : "os.Exit");
            break;
        }
        default: break;
        }
    }
}

/* Times on the left: each mark row's, the length of each pause. */
static void draw_axis(Html *h) {
    StrBuf *b = &h->b;
    for (int i = 0; i < h->moments.len; i++) {
        const Moment *mo = &h->moments.data[i];
        if (i > 0 && mo->ts - h->moments.data[i - 1].ts > PAUSE_NS &&
            !(h->cut_lo < h->cut_hi && h->moments.data[i - 1].ts <= h->cut_lo &&
              mo->ts >= h->cut_hi)) {
            int64_t d = mo->ts - h->moments.data[i - 1].ts;
            sb_printf(b, "<text class=\"pause\" x=\"%d\" y=\"%d\">⋮ %s later</text>\n", AXIS - 8,
                      mo->y - (mo->mark ? ROW : STEP) - GAP / 2 + 4, ms(d));
        }
        if (mo->mark) {
            sb_printf(b, "<text class=\"time\" x=\"%d\" y=\"%d\">%s</text>\n", AXIS - 8, mo->y + 4,
                      ms(mo->ts));
        }
    }
}

/* The band where a long trace's middle was left out, over the lifelines. */
static void draw_cut(Html *h) {
    StrBuf *b = &h->b;
    if (h->cut_y >= 0) {
        sb_printf(
            b,
            "<g class=\"cut\" id=\"left-out\"><rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
            h->cut_y - ROW / 2 + 6, h->width, BAND - 12);
        sb_printf(b,
                  "<text x=\"%d\" y=\"%d\">… %lld events between %s and %s left out …</text>"
                  "<text x=\"%d\" y=\"%d\">(--trace-from=MS --trace-to=MS show any part)</text>"
                  "</g>\n",
                  AXIS + 8, h->cut_y + BAND / 2 - 14, (long long)h->cut_marks, ms(h->cut_lo),
                  ms(h->cut_hi), AXIS + 8, h->cut_y + BAND / 2 + 2);
    }
}

static void draw_heads(Html *h) {
    const TrModel *m = h->m;
    StrBuf *b = &h->b;
    sb_printf(b,
              "<div class=\"heads\"><svg class=\"msc-head\" width=\"%d\" height=\"%d\" "
              "xmlns=\"http://www.w3.org/2000/svg\">\n",
              h->width, HEAD_H);
    for (int c = 0; c < h->ncols; c++) {
        int t = h->order[c];
        const TrTrack *tr = &m->tracks.data[t];
        int w = h->colw - 16;
        sb_printf(b, "<g class=\"head\"><title>");
        if (tr->g == 0) {
            sb_puts(b, "the timer thread: time.After, tickers, time.Sleep");
        } else {
            text(b, tr->fn ? tr->fn : tr->g == 1 ? "main.main" : tr->name);
            if (tr->file) {
                sb_printf(b, "\ncreated at %s by %s", html(at(tr->file, tr->line)),
                          html(tr->parent_track >= 0 ? m->tracks.data[tr->parent_track].name
                                                     : "the REPL"));
            }
        }
        sb_printf(b,
                  "</title><rect x=\"%d\" y=\"8\" width=\"%d\" height=\"30\" rx=\"6\" "
                  "fill=\"%s\" stroke=\"%s\"/><text x=\"%d\" y=\"28\">",
                  h->colx[c] - w / 2, w, color(m, t, 1), color(m, t, 0), h->colx[c]);
        text(b, tr->name);
        sb_puts(b, "</text></g>\n");
    }
    sb_puts(b, "</svg></div>\n");
}

/* ---- the page ---- */

static const char style[] =
    "body{font:14px system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#222;"
    "background:#fff}\n"
    "header{padding:14px 20px 6px}h1{font-size:19px;margin:0 0 4px}h1 code{font-size:18px}\n"
    ".summary{color:#555;margin:2px 0}.note{color:#8a4b00;background:#fff4e0;"
    "padding:4px 8px;border-radius:4px;display:inline-block;margin:4px 0}\n"
    ".legend{display:flex;gap:18px;flex-wrap:wrap;color:#444;font-size:13px;margin:8px 0 2px}\n"
    ".legend svg{vertical-align:middle;margin-right:4px}\n"
    ".heads{position:sticky;top:0;background:rgba(255,255,255,.96);z-index:1;"
    "border-bottom:1px solid #ddd}\n"
    "svg text{font-size:12px}.head text{text-anchor:middle;font-weight:600;font-size:13px}\n"
    ".lifeline line{stroke-dasharray:4 4;stroke-width:1.2;opacity:.6}\n"
    ".run{opacity:.85}\n"
    ".blocked rect{fill:#fbe3e0;stroke:#d9534f;stroke-width:1;stroke-dasharray:3 2}\n"
    ".blocked .why{fill:#b3443f;font-size:11px;font-style:italic}\n"
    ".arrow line{stroke-width:1.6}.arrow text{text-anchor:middle;font-size:11.5px;"
    "paint-order:stroke;stroke:#fff;stroke-width:3px}\n"
    ".arrow.spawn line{stroke-dasharray:6 4}.arrow.close line,.arrow.wake line{"
    "stroke-dasharray:2 3}\n"
    ".arrow:hover line{stroke-width:3.5}.arrow:hover text{font-weight:700}\n"
    ".mark.close rect{fill:#555}.mark.close text{font-size:11px;fill:#444}\n"
    ".mark.end path{stroke:#333;stroke-width:2.2}\n"
    ".mark.panic rect{fill:#d9302c}.mark.exit rect{fill:#666}.mark.panic text,.mark.exit text{"
    "fill:#fff;font-weight:700;text-anchor:middle;font-size:11px}\n"
    ".time{fill:#999;font-size:10.5px;text-anchor:end;font-variant-numeric:tabular-nums}\n"
    ".pause{fill:#777;font-size:11px;text-anchor:end;font-style:italic}\n"
    ".cut rect{fill:#f2f2f2}.cut text{fill:#555;font-style:italic}\n";

static const char legend[] =
    "<div class=\"legend\">"
    "<span><svg width=\"10\" height=\"22\"><rect x=\"1\" y=\"1\" width=\"8\" height=\"20\" "
    "fill=\"hsl(137,55%,40%)\" opacity=\".85\"/></svg>running</span>"
    "<span><svg width=\"18\" height=\"22\"><rect x=\"1\" y=\"1\" width=\"16\" height=\"20\" "
    "fill=\"#fbe3e0\" stroke=\"#d9534f\" stroke-dasharray=\"3 2\"/></svg>blocked (and why)</span>"
    "<span><svg width=\"44\" height=\"12\"><line x1=\"2\" y1=\"6\" x2=\"36\" y2=\"6\" "
    "stroke=\"#336\" stroke-width=\"1.6\"/><path d=\"M34 2l8 4-8 4z\" fill=\"#336\"/></svg>"
    "a value sent on a channel (flat: sender and receiver met; sloping: it waited in a "
    "buffer)</span>"
    "<span><svg width=\"44\" height=\"12\"><line x1=\"2\" y1=\"6\" x2=\"36\" y2=\"6\" "
    "stroke=\"#888\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"/><path d=\"M34 2l8 4-8 4z\" "
    "fill=\"#888\"/></svg>go statement</span>"
    "<span><svg width=\"12\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"10\" height=\"10\" "
    "fill=\"#555\"/></svg>close</span>"
    "<span><svg width=\"12\" height=\"12\"><path d=\"M1 1l10 10m0-10l-10 10\" stroke=\"#333\" "
    "stroke-width=\"2.2\"/></svg>goroutine ends</span>"
    "<span>hover over anything for details</span></div>\n";

static void page_head(Html *h) {
    const TrModel *m = h->m;
    const TraceLog *log = m->log;
    StrBuf *b = &h->b;
    int64_t nmsg = 0, ngo = 0;
    for (int i = 0; i < m->arrows.len; i++) {
        nmsg += m->arrows.data[i].kind == AR_MSG;
    }
    for (int i = 0; i < m->tracks.len; i++) {
        ngo += m->tracks.data[i].g != 0;
    }
    sb_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
    text(b, trace_base(log->program));
    sb_printf(b,
              " — goroutines and channels</title>\n<style>\n%s</style></head>\n<body>\n"
              "<header><h1>What the goroutines of <code>",
              style);
    text(b, trace_base(log->program));
    sb_printf(b,
              "</code> did</h1>\n<p class=\"summary\">%lld goroutine%s, %lld value%s passed "
              "over channels, in %s. Time runs downwards (not to scale).</p>\n",
              (long long)ngo, ngo == 1 ? "" : "s", (long long)nmsg, nmsg == 1 ? "" : "s",
              ms(m->end));
    if (log->full_ts >= 0) {
        sb_printf(b,
                  "<p class=\"note\">The trace limit of %lld events was reached at %s: nothing "
                  "after that was recorded (raise it with --trace-limit=N).</p>\n",
                  (long long)log->limit, ms(log->full_ts));
    }
    if (h->from > 0 || h->to < INT64_MAX) {
        sb_printf(b, "<p class=\"note\">Showing %s to %s only.</p>\n", ms(h->from),
                  h->to < INT64_MAX ? ms(h->to) : "the end");
    }
    sb_puts(b, legend);
    sb_puts(b, "</header>\n");
}

bool trace_write_html(const TraceLog *log, FILE *f) {
    Html h = {.m = trace_model(log)};
    h.from = (int64_t)(log->from_ms * 1e6);
    h.to = log->to_ms >= 0 ? (int64_t)(log->to_ms * 1e6) : INT64_MAX;
    choose_marks(&h);
    place_moments(&h);
    place_columns(&h);
    page_head(&h);
    draw_heads(&h);
    sb_printf(&h.b,
              "<svg class=\"msc\" width=\"%d\" height=\"%d\" "
              "xmlns=\"http://www.w3.org/2000/svg\">\n",
              h.width, h.height);
    draw_axis(&h);
    draw_lifelines(&h);
    draw_spans(&h);
    draw_arrows(&h);
    draw_marks(&h);
    draw_cut(&h);
    sb_puts(&h.b, "</svg>\n</body></html>\n");
    return fwrite(h.b.data, 1, h.b.len, f) == h.b.len;
}
