/* native_lookup.h — finding a native function by name in a package's table, for the unit
 * tests that call natives directly, with slot arrays, as the VM does (runtime/native.h).
 */
#ifndef GOSUB_TEST_NATIVE_LOOKUP_H
#define GOSUB_TEST_NATIVE_LOOKUP_H

#include "runtime/native.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The native whose declaration names `name` ("Index", "(b *Builder) Write"); aborts if none. */
static inline NativeFn native(const NativeFunc *table, const char *name) {
    size_t n = strlen(name);
    for (const NativeFunc *f = table; f->decl; f++) {
        if (strncmp(f->decl, name, n) == 0 && f->decl[n] == '(') {
            return f->fn;
        }
    }
    fprintf(stderr, "no native %s\n", name);
    abort();
}

#endif
