/* trace_model.h — a recorded trace as its writers see it (trace_json.c, trace_html.c): one
 * track per goroutine (and one for the timer thread), the periods each spent running or
 * blocked, the moments something happened on it (marks), and the arrows between marks
 * (a value from its send to its receive, a go statement to the goroutine it started, a
 * close to the receives it ended, a timer to the sleeper it woke). Built by trace_model.c
 * from the time-ordered events of a TraceLog.
 *
 * Invariants: marks are in time order (spans in the order they ended); the spans of a track
 * do not overlap but for the one blocked inside a running one (a wait that blocked its
 * thread, inside a native's call into Go); a mark's [ts, ts + dur] lies inside whatever span of its
 * track contains ts, and ends before the track's next mark or span boundary (dur is at most 1 µs: a
 * point in time that a viewer can still select).
 */
#ifndef GOSUB_TRACE_MODEL_H
#define GOSUB_TRACE_MODEL_H

#include "trace.h"

typedef enum MarkKind {
    MK_SEND,        /* a value sent (arrow out) */
    MK_RECV,        /* a value received (arrow in, when its send was recorded) */
    MK_RECV_CLOSED, /* the zero value of a closed channel (arrow in from the close) */
    MK_CLOSE,
    MK_GO,    /* a go statement (arrow out to the new goroutine's MK_BORN) */
    MK_BORN,  /* the goroutine's first moment */
    MK_END,   /* its function returned */
    MK_PANIC, /* it panicked: the program ends */
    MK_EXIT,  /* it called os.Exit */
    MK_WAKE,  /* (timer track) a timer woke a sleeper: arrow out to its MK_WOKEN */
    MK_WOKEN,
} MarkKind;

typedef enum ArrowKind { AR_MSG, AR_SPAWN, AR_CLOSE, AR_WAKE } ArrowKind;

typedef struct TrTrack {
    int64_t g;        /* goroutine id; 0: the timer thread */
    const char *name; /* "G5 worker", "G1 main", "timers" */
    const char *fn;   /* the function it started in ("main.worker"), or NULL */
    const char *file; /* where it was created, or NULL */
    int32_t line;
    int64_t parent;       /* who created it (0: the REPL, -1: a timer's AfterFunc) */
    int32_t parent_track; /* its track, -1 none */
    int64_t born, died;   /* -1: before the trace began / still alive at its end */
} TrTrack;

typedef struct TrSpan {
    int32_t track;
    bool blocked; /* else running */
    bool open;    /* still going when the trace ended */
    int16_t p;    /* running: the processor */
    int64_t ts, end;
    const char *reason;      /* blocked: Go's wait reason */
    const char *on;          /* blocked: the channels it waits on ("a, b"), or NULL */
    const TraceChans *chans; /* the same, as recorded */
    const char *file;        /* blocked: where */
    int32_t line;
} TrSpan;

typedef struct TrMark {
    int32_t track;
    uint8_t kind;
    int16_t p;
    int64_t ts, dur;
    const char *chan; /* channel marks: its name */
    int64_t chan_id;
    const char *value; /* MK_SEND: the value's label */
    const char *file;  /* where it happened (MK_BORN: the go statement), or NULL */
    int32_t line;
    int32_t other; /* MK_GO, MK_WAKE: the track of the goroutine started or woken */
    int32_t arrow; /* the arrow leaving or reaching it, -1 none (an MK_CLOSE: the first) */
    int64_t ev;    /* the event it was made from (its index in the log) */
} TrMark;

typedef struct TrArrow {
    int32_t from, to; /* marks */
    uint8_t kind;
} TrArrow;

typedef struct TrModel {
    const TraceLog *log;
    VEC(TrTrack) tracks;
    VEC(TrSpan) spans;
    VEC(TrMark) marks;
    VEC(TrArrow) arrows;
    int64_t end; /* the last moment covered: the snapshot, or when the limit stopped it */
    VEC(const char *) strings; /* what the model made for marks and spans, kept alive */
} TrModel;

TrModel *trace_model(const TraceLog *log);

/* "chan receive on results", "select on a, b", "sleep". */
const char *trace_span_label(const TrSpan *s);
/* The file name without its directories. */
const char *trace_base(const char *file);

/* Appends s[0..n) to b as the contents of a JSON string (valid UTF-8 always: bytes that are
 * not become U+FFFD). */
void trace_json_escape(StrBuf *b, const char *s, size_t n);

#endif
