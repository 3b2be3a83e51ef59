/* trace.h — the execution tracer: what the scheduler, the channels and the timers tell it
 * (runtime/trace.c records), and the files it writes at exit (trace_json.c: Trace Event
 * Format for Perfetto and chrome://tracing; trace_html.c: a message sequence diagram).
 *
 * Off by default. Every hook is called as TRACE(hook(...)): one well-predicted branch on the
 * global trace_on when tracing is off, nothing else. While tracing, a hook appends one event
 * to its thread's buffer (no lock; memory in big chunks, none per event); a thread without a
 * processor (the timer thread, a goroutine blocked in a system call) has a buffer like any
 * other. The total is bounded (trace_start's limit); past it recording stops and the files
 * say so.
 *
 * Hooks about goroutine g may run on any thread, but only while g cannot move: g is the
 * caller's own goroutine, or it is parked and the caller is the one waking it (it holds the
 * channel's lock, or owns g until rt_ready).
 */
#ifndef GOSUB_TRACE_H
#define GOSUB_TRACE_H

#include "../src/common.h"
#include "g.h"
#include "type.h"

#include <stdio.h>
#include <string.h>

typedef struct Chan Chan;

/* Whether hooks record. Written only by trace_start/trace_stop (and by the recorder when the
 * limit is reached); read racily by the hooks. */
extern bool trace_on;

#define TRACE(call)                                                                                \
    do {                                                                                           \
        if (__builtin_expect(trace_on, 0)) {                                                       \
            call;                                                                                  \
        }                                                                                          \
    } while (0)

/* What to record and where to write it. */
typedef struct TraceOptions {
    const char *path;      /* FILE.json or FILE.html, written by trace_finish; NULL: none */
    int64_t limit;         /* events at most (default 1,000,000) */
    double from_ms, to_ms; /* the window written, ms from the start (to_ms < 0: to the end) */
} TraceOptions;

#define TRACE_DEFAULT_LIMIT 1000000

/* Starts recording (again), with the options' limit; the clock's zero is the first start. */
void trace_start(const TraceOptions *opt);
/* Stops recording; what was recorded is kept for trace_save. */
void trace_stop(void);
/* Writes what was recorded so far: HTML when path ends in .html or .htm, else JSON. Returns
 * NULL, or why the file could not be written. */
const char *trace_save(const char *path);
/* At the program's end (any end): writes the file trace_start was given, if any; reports a
 * failure on stderr. */
void trace_finish(void);

/* ---- hooks ---- */

/* How a goroutine stopped running (trace_go_stop). */
typedef enum TraceStop {
    TRACE_STOP_YIELD, /* preempted or yielded: runnable */
    TRACE_STOP_PARK,  /* blocked (trace_park said why) */
    TRACE_STOP_END,   /* its function returned, or Goexit */
    TRACE_STOP_PANIC, /* an unrecovered panic or a fatal error: the program ends */
    TRACE_STOP_EXIT,  /* os.Exit */
} TraceStop;

/* g was created by parent (NULL: by a timer's AfterFunc, or by the REPL). */
void trace_go_create(G *parent, G *g);
/* The calling thread is the timer thread (what it does is drawn on the timers' track). */
void trace_timer_thread(void);
/* g starts (or, back from a wait that blocked its thread, resumes) running on processor p. */
void trace_go_start(G *g, int p);
void trace_go_stop(G *g, TraceStop how);
/* g blocks, for reason (Go's wait reason: "chan receive", "sleep", ...). */
void trace_park(G *g, const char *reason);
/* g becomes runnable again. */
void trace_ready(G *g);

/* A value passes through channel c: from sender (NULL: the timer thread) to receiver, in one
 * step (a hand-off, the one whose goroutine is parked being woken by the other). value is
 * the element (c's element type). Called with c locked. */
void trace_handoff(G *sender, G *receiver, Chan *c, const Slot *value);
/* sender put value in c's buffer; receiver took the oldest one out. c locked. */
void trace_send(G *sender, Chan *c, const Slot *value);
void trace_recv(G *receiver, Chan *c);
/* receiver got the zero value because c is closed. c locked. */
void trace_recv_closed(G *receiver, Chan *c);
void trace_close(G *g, Chan *c);
/* The timer thread woke g, sleeping in time.Sleep. */
void trace_timer_wake(G *g);

/* ---- for the writers (trace_json.c, trace_html.c) ---- */

typedef enum TraceKind {
    EV_CREATE, /* g created by `a` (0: the REPL, -1: a timer); s1 start function; file:line the
                * go statement */
    EV_START,  /* g runs on processor p */
    EV_STOP,   /* g stops running: a = how (TraceStop) */
    EV_PARK,   /* g blocks: s1 the reason, file:line; b the channels it waits on (a
                * TraceChans *, in the recorder's arena), or 0 */
    EV_READY,  /* g runnable again */
    EV_SEND,   /* g (0: the timer thread) sends s2 (the value) on channel a, s1 its name;
                * b = the value's number on the channel (matches its EV_RECV) */
    EV_RECV,   /* g receives value b of channel a (flags TRACE_CLOSED: zero value of a closed
                * channel, no b) */
    EV_CLOSE,  /* g closes channel a */
    EV_WAKE,   /* the timer thread wakes g (time.Sleep) */
    EV_COUNT
} TraceKind;

enum { TRACE_CLOSED = 1 };

/* The channels a goroutine parks on (a send, a receive, a select's cases). */
typedef struct TraceChans {
    int64_t n;
    struct {
        int64_t id;
        const char *name; /* NULL: unnamed */
    } c[];
} TraceChans;

typedef struct TraceEv {
    int64_t ts; /* ns since the trace's zero */
    int64_t g;
    int64_t a, b;
    const char *s1, *s2;
    const char *file;
    int32_t line;
    int16_t p; /* the processor of the thread that recorded it, -1 none */
    uint8_t kind;
    uint8_t flags;
} TraceEv;

/* Every event recorded, ordered by time (ties keep each thread's order): pointers into the
 * recorder's buffers, whose times are base more than the log's (its time 0 is its first
 * event; end_ts and full_ts are in its time). */
typedef struct TraceLog {
    TraceEv **ev;
    int64_t n;
    int64_t base;
    int64_t end_ts;  /* when the snapshot was taken */
    int64_t full_ts; /* when the limit stopped recording, -1 if it did not */
    int64_t limit;
    double from_ms, to_ms;
    const char *program; /* os.Args[0] */
} TraceLog;

/* A snapshot of what is recorded (safe while other threads still record). */
TraceLog *trace_snapshot(void);

bool trace_write_json(const TraceLog *log, FILE *f);
/* The decimal digits of u at the end of digits[0..24); returns how many (no printf: traces
 * have millions of numbers). */
static inline int trace_digits(char digits[24], uint64_t u) {
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930"
                                "31323334353637383940414243444546474849505152535455565758596061"
                                "6263646566676869707172737475767778798081828384858687888990919293"
                                "949596979899";
    int n = 0;
    while (u >= 10) { /* two digits a division */
        n += 2;
        memcpy(digits + 24 - n, pairs + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u > 0 || n == 0) { /* (a last pair had u >= 10: it has no leading zero) */
        digits[24 - ++n] = (char)('0' + u);
    }
    return n;
}

bool trace_write_html(const TraceLog *log, FILE *f);

#endif
