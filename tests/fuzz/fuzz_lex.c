/* fuzz_lex.c — libFuzzer target: any bytes through the lexer, to the end of the input.
 *
 * Finds crashes, sanitizer reports and hangs in src/lex (literal decoding, UTF-8, comments,
 * semicolon insertion). The only invariant checked beyond "no crash" is progress: every token
 * lies inside the input, after the one before it.
 */
#include "../../src/lex/lex.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = fuzz_source(data, size);
    Diags diags = {0};
    Lexer lx;
    lex_init(&lx, FUZZ_FILE, src, size, &diags);
    size_t last_end = 0;
    for (;;) {
        Token t = lex_next(&lx);
        if (t.kind == T_EOF) {
            break;
        }
        if (t.end > size || t.off > t.end || (t.kind != T_SEMICOLON && t.off < last_end)) {
            abort(); /* a token outside the input, or going backwards */
        }
        last_end = t.end;
    }
    free(src);
    return 0;
}
