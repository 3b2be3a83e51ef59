/* leak.h — goroutines still alive when they should not be: the leak report of
 * `gosub run --leaks` (when main returns) and the summary closing a deadlock report. Both
 * say, a line per goroutine, what it waits for, where it was created and by whom, and where
 * it waits:
 *
 *   goroutine 5 [chan send on out, 2 s]: created at main.go:12 by main.main, waiting at main.go:15
 */
#ifndef GOSUB_LEAK_H
#define GOSUB_LEAK_H

#include "../src/common.h"
#include "g.h"

typedef enum LeakMode {
    LEAKS_OFF,
    LEAKS_REPORT, /* --leaks: report, exit status unchanged */
    LEAKS_FAIL,   /* --leaks=fail: exit status 3 when any goroutine is left */
} LeakMode;

extern LeakMode leak_mode;

/* Appends g's line (with a newline) to b; now: rt_coarse_now, for how long g has waited.
 * g must not be running. */
void leak_describe(G *g, int64_t now, StrBuf *b);

/* main returned: the report of the goroutines gs[0..n) still alive, appended to b (nothing
 * when n == 0); its title line only under --leaks (the REPL's :leaks has none). */
void leak_report(G **gs, int n, StrBuf *b);

#endif
