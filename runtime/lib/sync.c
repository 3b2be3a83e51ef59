/* sync.c — natives of sync and sync/atomic (being written). */
#include "../native.h"

const NativeFunc lib_sync_funcs[] = {{NULL, NULL}};
const NativeFunc lib_atomic_funcs[] = {{NULL, NULL}};
