/* fuzz.h — what the libFuzzer targets of tests/fuzz share (fuzz.c): libgc and the checker's
 * universe started once (LLVMFuzzerInitialize), and the input handed over as gosub's reader
 * (read_file in common.c) hands a file over: len bytes followed by a NUL.
 */
#ifndef GOSUB_FUZZ_H
#define GOSUB_FUZZ_H

#include "../../src/common.h"
#include "../../src/parse/ast.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

/* The name every fuzz input carries in positions ("fuzz.go:1:2: ..."). */
#define FUZZ_FILE "fuzz.go"

/* A malloc'd copy of the input with a NUL after it; the caller frees it when done, so that
 * AddressSanitizer reports a read past the NUL or a use of the source after the call. */
char *fuzz_source(const uint8_t *data, size_t len);

/* Parses and checks the input as package main (the std packages it imports are checked on
 * first use and kept); its syntax tree when it has no error, else NULL. */
File *fuzz_check_source(const uint8_t *data, size_t size);

#endif
