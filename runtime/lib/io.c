/* io.c — the natives of package io: only registerEOF, by which io.go hands its EOF and
 * ErrUnexpectedEOF to fmt's scanning (format_scan.c, which defines it), so that fmt's scans
 * return those errors without fmt importing io. Everything else in io is Go (runtime/std/io.go).
 */
#include "format.h"

const NativeFunc lib_io_funcs[] = {
    {"registerEOF(eof, unexpected error)", lib_io_register_eof},
    {NULL, NULL},
};
