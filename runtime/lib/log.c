/* log.c — the native of package log: the wall clock broken down for log headers, from the
 * C library (local time as TZ and the system zone say, like package time; or UTC, which is
 * also the local time under --sched).
 */
#include "../catch.h"
#include "../native.h"
#include "../sched.h"

#include <time.h>

/* clock(utc bool) (year, month, day, hour, min, sec, usec int) */
static void log_clock(G *g, Slot *a) {
    (void)g;
    int64_t now = rt_walltime();
    struct timespec ts = {(time_t)(now / 1000000000), (long)(now % 1000000000)};
    struct tm tm;
    if (a[0].i || rt_catch.sched) {
        gmtime_r(&ts.tv_sec, &tm);
    } else {
        localtime_r(&ts.tv_sec, &tm);
    }
    a[0].i = tm.tm_year + 1900;
    a[1].i = tm.tm_mon + 1;
    a[2].i = tm.tm_mday;
    a[3].i = tm.tm_hour;
    a[4].i = tm.tm_min;
    a[5].i = tm.tm_sec;
    a[6].i = ts.tv_nsec / 1000;
}

const NativeFunc lib_log_funcs[] = {
    {"clock(utc bool) (year, month, day, hour, min, sec, usec int)", log_clock},
    {NULL, NULL},
};
