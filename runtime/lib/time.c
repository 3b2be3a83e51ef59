/* time.c — natives of time and context (being written). */
#include "../native.h"

const NativeFunc lib_time_funcs[] = {{NULL, NULL}};
const NativeFunc lib_context_funcs[] = {{NULL, NULL}};
