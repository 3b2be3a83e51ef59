/* fuzz_check.c — libFuzzer target: any bytes through the lexer, the parser and the type
 * checker, as the main package of a program (nothing is compiled or run; fuzz.c's
 * fuzz_check_source).
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_check_source(data, size);
    return 0;
}
