/* fuzz_parse.c — libFuzzer target: any bytes through the parser, as a file (parse_file, and
 * the tree dumped as `gosub parse` does when there was no error) and as one REPL entry
 * (parse_repl_entry).
 *
 * Finds crashes, sanitizer reports and hangs in src/parse and src/lex; the parser bounds its
 * nesting (PARSE_MAX_DEPTH), so no input may overflow the C stack.
 */
#include "../../src/parse/parse.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = fuzz_source(data, size);
    Diags diags = {0};
    File *f = parse_file(FUZZ_FILE, src, size, &diags);
    if (diag_count(&diags) == 0) {
        StrBuf out = {0};
        ast_dump_file(f, &out);
    }
    Diags repl_diags = {0};
    ReplEntry entry;
    bool incomplete = false;
    parse_repl_entry(FUZZ_FILE, src, size, &repl_diags, &entry, &incomplete);
    free(src);
    return 0;
}
