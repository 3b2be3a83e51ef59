/* check.h — the unit tests' assertion: CHECK(cond) counts a pass or reports a failure with
 * its place and goes on; check_report() prints `N passed, N failed` (the last line a test
 * prints) and gives the exit status, 1 on any failure. */
#ifndef GOSUB_TEST_CHECK_H
#define GOSUB_TEST_CHECK_H

#include <stdio.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

static inline int check_report(void) {
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
