/* time.c — the natives of package time: clocks, sleeping, runtime timers (and, from
 * time_zone.c, time zones).
 *
 * A time.Time is four slots (runtime/std/time.go): seconds since January 1, year 1 UTC,
 * nanoseconds, a monotonic reading and a *Location. The monotonic reading Go code sees is
 * rt_nanotime() minus mono_base, fixed when the program starts so that every reading is >= 1 (0
 * means "no reading"); deadlines given to the runtime timers are rt_nanotime() values.
 *
 * Time zones are time_zone.c's.
 *
 * Timers: a Timer or Ticker holds the RtTimer (sched.h) as an opaque *runtimeTimer. Channel
 * timers (TIMER_SEND) send a Time built by time_value on the Timer's channel (made in Go
 * with a buffer of one) without blocking; the Time's location is Local, whose address the
 * first newTimer call records. AfterFunc timers (TIMER_FUNC) start a goroutine.
 */
#include "../native.h"
#include "../sched.h"
#include "time_zone.h"

#include <pthread.h>
#include <stdint.h>
#include <time.h>

/* Seconds from January 1, year 1 to January 1, 1970 (time.go's unixToInternal). */
#define UNIX_TO_INTERNAL INT64_C(62135596800)

static int64_t mono_base; /* rt_nanotime() at start-up, less one */
static void *local_loc;   /* time.Local (a *Location): the location of the times timers send */

__attribute__((constructor)) static void mono_init(void) { mono_base = rt_nanotime() - 1; }

/* The monotonic reading Go code sees: nanoseconds since start-up, >= 1. */
static int64_t mono_now(void) { return rt_nanotime() - mono_base; }

/* Splits Unix nanoseconds into (seconds since year 1, nanoseconds). */
static void wall_split(int64_t wall, Slot *out) {
    int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
    if (nsec < 0) {
        nsec += 1000000000;
        sec--;
    }
    out[0].i = sec + UNIX_TO_INTERNAL;
    out[1].i = nsec;
}

/* now() (sec, nsec, mono int64): Unix seconds and nanoseconds, and the monotonic reading. */
static void time_now(G *g, Slot *a) {
    int64_t mono = mono_now();
    int64_t wall = rt_walltime();
    wall_split(wall, a);
    a[0].i -= UNIX_TO_INTERNAL;
    a[2].i = mono;
}

static void time_runtime_nano(G *g, Slot *a) {
    a[0].i = mono_now();
}

/* rt_sleep wakes at rt_nanotime() + ns, which must not overflow: a sleep that long (Go lets
 * time.Sleep(1<<63 - 1) sleep about 292 years) is cut to end a second before the clock's last
 * tick, leaving room for the time that passes before rt_sleep reads the clock again. */
static void time_sleep(G *g, Slot *a) {
    if (a[0].i > 0) {
        int64_t longest = INT64_MAX - rt_nanotime() - 1000000000;
        rt_sleep(g, a[0].i < longest ? a[0].i : longest);
    }
}

/* The monotonic deadline d from now, saturated. */
static int64_t deadline(int64_t d) {
    int64_t now = rt_nanotime();
    if (d <= 0) {
        return now;
    }
    int64_t when;
    if (__builtin_add_overflow(now, d, &when)) {
        return INT64_MAX;
    }
    return when;
}

/* What a channel timer sends: the fire time as a local time.Time. */
static void time_value(Slot *out, int64_t mono, int64_t wall) {
    wall_split(wall, out);
    out[2].i = mono - mono_base;
    out[3].p = __atomic_load_n(&local_loc, __ATOMIC_ACQUIRE);
}

/* newTimer(c chan Time, d, period Duration, local *Location) *runtimeTimer */
static void time_new_timer(G *g, Slot *a) {
    __atomic_store_n(&local_loc, a[3].p, __ATOMIC_RELEASE);
    RtTimer *t = rt_timer_new(TIMER_SEND, a[0].p, (Slot){0}, time_value, 4);
    rt_timer_reset(t, deadline(a[1].i), a[2].i > 0 ? a[2].i : 0);
    a[0].p = t;
}

/* newFuncTimer(f func(), d Duration) *runtimeTimer */
static void time_new_func_timer(G *g, Slot *a) {
    (void)g;
    RtTimer *t = rt_timer_new(TIMER_FUNC, NULL, a[0], NULL, 0);
    rt_timer_reset(t, deadline(a[1].i), 0);
    a[0].p = t;
}

static void time_stop_timer(G *g, Slot *a) {
    a[0].i = rt_timer_stop(a[0].p);
}

/* resetTimer(r *runtimeTimer, d, period Duration) bool */
static void time_reset_timer(G *g, Slot *a) {
    (void)g;
    a[0].i = rt_timer_reset(a[0].p, deadline(a[1].i), a[2].i > 0 ? a[2].i : 0);
}

const NativeFunc lib_time_funcs[] = {
    {"now() (sec, nsec, mono int64)", time_now},
    {"runtimeNano() int64", time_runtime_nano},
    {"Sleep(d Duration)", time_sleep},
    {"newTimer(c chan Time, d, period Duration, local *Location) *runtimeTimer", time_new_timer},
    {"newFuncTimer(f func(), d Duration) *runtimeTimer", time_new_func_timer},
    {"stopTimer(r *runtimeTimer) bool", time_stop_timer},
    {"resetTimer(r *runtimeTimer, d, period Duration) bool", time_reset_timer},
    {"zoneLookup(z *tzData, unix int64) (name string, offset int, start, end int64)",
     lib_time_zone_lookup},
    {"zoneLookupName(z *tzData, name string, unix int64) (offset int, ok bool)",
     lib_time_zone_lookup_name},
    {"loadZone(name string) (*tzData, int)", lib_time_load_zone},
    {"zoneFromData(data []byte) (*tzData, bool)", lib_time_zone_from_data},
    {"localName() string", lib_time_local_name},
    {NULL, NULL},
};
