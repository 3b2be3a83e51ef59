/* parse.h — the Go parser: source text to the syntax tree of ast.h.
 *
 * Recursive descent over Go's grammar (generics included), modelled on
 * cmd/compile/internal/syntax: the same decisions in the ambiguous places (composite literals
 * in control clauses, `[N]T` versus type parameters) and the same syntax errors, worded and
 * positioned as Go 1.20 reports them ("syntax error: unexpected X, expected Y"). After an
 * error the parser resynchronises and goes on, reporting at most one syntax error per line.
 * Nesting deeper than a limit is reported ("exceeded max nesting depth", go/parser's wording)
 * and ends the parse, so no input can overflow the C stack: PARSE_SAFE_DEPTH by default,
 * which an ordinary 8 MB stack holds through the checker and the compiler too; on a thread
 * with a stack of 1 GB (main.c) PARSE_MAX_DEPTH, go/parser's own limit (cmd/compile has none).
 */
#ifndef GOSUB_PARSE_H
#define GOSUB_PARSE_H

#include "ast.h"

#define PARSE_SAFE_DEPTH 1000
#define PARSE_MAX_DEPTH 100000

/* Sets the nesting limit of the parses that follow (PARSE_SAFE_DEPTH until then): at most
 * PARSE_MAX_DEPTH, and that only where the stack has 1 GB. Set once, before parsing. */
void parse_set_max_depth(int depth);

/* Parses a whole source file. Always returns a File (partial when there were errors, with no
 * declarations when the package clause is missing); the errors are in diags, so a caller
 * checks diag_count() before using the tree. */
File *parse_file(const char *filename, const char *src, size_t len, Diags *diags);

/* parse_file for a std package's source: function bodies are skipped, left lazy (Block.lazy),
 * and parsed by parse_lazy_body when they are needed; a std source has no syntax errors. */
File *parse_std_file(const char *filename, const char *src, size_t len, Diags *diags);

/* Parses a lazy function body into b (errors to diags); nothing when b is parsed already. */
void parse_lazy_body(Block *b, Diags *diags);

/* Parses a type expression or signature from text (used for native declarations); NULL on
 * error. A text starting with "(" is a signature — parameters and optional results — and
 * gives an E_FUNCTYPE; anything else must be a type. Errors name the file "<native>". */
Expr *parse_type_text(const char *src, Diags *diags);

/* REPL support: parses one entry, which is either top-level declarations, or statements
 * (a simple statement, if/for/..., or several separated by ';'), or a single expression.
 * At most one of the three is set: decls (an entry starting with import, func NAME,
 * func (recv) NAME, type, var or const — the last three fall back to statements when they do
 * not parse as declarations), expr (an entry that is one expression statement), or stmts.
 * Returns true when there was no error. Sets *incomplete when the only errors are because the
 * input ended early (unclosed brace, trailing binary operator, unterminated raw string...),
 * so the REPL can ask for more lines; those errors are then not added to diags. With
 * incomplete NULL the input is final: every error is reported. */
typedef struct ReplEntry {
    Decl **decls;
    int ndecls;
    Stmt **stmts;
    int nstmts;
    Expr *expr;
} ReplEntry;
bool parse_repl_entry(const char *filename, const char *src, size_t len, Diags *diags,
                      ReplEntry *out, bool *incomplete);

#endif
