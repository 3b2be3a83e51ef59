/* log.c — the native of package log: the wall clock broken down for log headers, from the
 * C library (local time as TZ and the system zone say, like package time; or UTC).
 */
#include "../native.h"

#include <time.h>

/* clock(utc bool) (year, month, day, hour, min, sec, usec int) */
static void log_clock(G *g, Slot *a) {
    (void)g;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    if (a[0].i) {
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
