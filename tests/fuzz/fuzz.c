/* fuzz.c — the start-up shared by the fuzz targets (see fuzz.h). */
#include "fuzz.h"

#include "../../src/check/check.h"

#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    GC_INIT();
    GC_allow_register_threads();
    mem_setup(NULL); /* as gosub: running out of memory is a clean fatal error, never NULL */
    check_init();
    return 0;
}

char *fuzz_source(const uint8_t *data, size_t len) {
    char *src = malloc(len + 1);
    if (!src) {
        abort();
    }
    memcpy(src, data, len);
    src[len] = '\0';
    return src;
}
