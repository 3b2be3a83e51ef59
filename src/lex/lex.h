/* lex.h — the Go lexer: bytes in, tokens out, with Go's automatic semicolons.
 *
 * The lexer reads one source buffer (NUL bytes and invalid UTF-8 are reported as errors at
 * their position, as Go does). Literal values are decoded here: string and rune literals into
 * their bytes / code point, numbers are left as their source text (the checker evaluates them
 * exactly). Comments are skipped, but a comment that contains a newline counts as one for
 * semicolon insertion, as in Go.
 */
#ifndef GOSUB_LEX_H
#define GOSUB_LEX_H

#include "../common.h"
#include "../text/utf8.h" /* the lexer's UTF-8, also its users' */

#define TOKENS(X)                                                                                  \
    X(T_EOF, "EOF")                                                                                \
    X(T_ILLEGAL, "ILLEGAL")                                                                        \
    X(T_IDENT, "name")                                                                             \
    X(T_INT, "literal")                                                                            \
    X(T_FLOAT, "literal")                                                                          \
    X(T_IMAG, "literal")                                                                           \
    X(T_CHAR, "literal")                                                                           \
    X(T_STRING, "literal")                                                                         \
    X(T_ADD, "+")                                                                                  \
    X(T_SUB, "-")                                                                                  \
    X(T_MUL, "*")                                                                                  \
    X(T_QUO, "/")                                                                                  \
    X(T_REM, "%")                                                                                  \
    X(T_AND, "&")                                                                                  \
    X(T_OR, "|")                                                                                   \
    X(T_XOR, "^")                                                                                  \
    X(T_SHL, "<<")                                                                                 \
    X(T_SHR, ">>")                                                                                 \
    X(T_AND_NOT, "&^")                                                                             \
    X(T_ADD_ASSIGN, "+=")                                                                          \
    X(T_SUB_ASSIGN, "-=")                                                                          \
    X(T_MUL_ASSIGN, "*=")                                                                          \
    X(T_QUO_ASSIGN, "/=")                                                                          \
    X(T_REM_ASSIGN, "%=")                                                                          \
    X(T_AND_ASSIGN, "&=")                                                                          \
    X(T_OR_ASSIGN, "|=")                                                                           \
    X(T_XOR_ASSIGN, "^=")                                                                          \
    X(T_SHL_ASSIGN, "<<=")                                                                         \
    X(T_SHR_ASSIGN, ">>=")                                                                         \
    X(T_AND_NOT_ASSIGN, "&^=")                                                                     \
    X(T_LAND, "&&")                                                                                \
    X(T_LOR, "||")                                                                                 \
    X(T_ARROW, "<-")                                                                               \
    X(T_INC, "++")                                                                                 \
    X(T_DEC, "--")                                                                                 \
    X(T_EQL, "==")                                                                                 \
    X(T_LSS, "<")                                                                                  \
    X(T_GTR, ">")                                                                                  \
    X(T_ASSIGN, "=")                                                                               \
    X(T_NOT, "!")                                                                                  \
    X(T_NEQ, "!=")                                                                                 \
    X(T_LEQ, "<=")                                                                                 \
    X(T_GEQ, ">=")                                                                                 \
    X(T_DEFINE, ":=")                                                                              \
    X(T_ELLIPSIS, "...")                                                                           \
    X(T_TILDE, "~")                                                                                \
    X(T_LPAREN, "(")                                                                               \
    X(T_LBRACK, "[")                                                                               \
    X(T_LBRACE, "{")                                                                               \
    X(T_COMMA, ",")                                                                                \
    X(T_PERIOD, ".")                                                                               \
    X(T_RPAREN, ")")                                                                               \
    X(T_RBRACK, "]")                                                                               \
    X(T_RBRACE, "}")                                                                               \
    X(T_SEMICOLON, ";")                                                                            \
    X(T_COLON, ":")                                                                                \
    X(T_BREAK, "break")                                                                            \
    X(T_CASE, "case")                                                                              \
    X(T_CHAN, "chan")                                                                              \
    X(T_CONST, "const")                                                                            \
    X(T_CONTINUE, "continue")                                                                      \
    X(T_DEFAULT, "default")                                                                        \
    X(T_DEFER, "defer")                                                                            \
    X(T_ELSE, "else")                                                                              \
    X(T_FALLTHROUGH, "fallthrough")                                                                \
    X(T_FOR, "for")                                                                                \
    X(T_FUNC, "func")                                                                              \
    X(T_GO, "go")                                                                                  \
    X(T_GOTO, "goto")                                                                              \
    X(T_IF, "if")                                                                                  \
    X(T_IMPORT, "import")                                                                          \
    X(T_INTERFACE, "interface")                                                                    \
    X(T_MAP, "map")                                                                                \
    X(T_PACKAGE, "package")                                                                        \
    X(T_RANGE, "range")                                                                            \
    X(T_RETURN, "return")                                                                          \
    X(T_SELECT, "select")                                                                          \
    X(T_STRUCT, "struct")                                                                          \
    X(T_SWITCH, "switch")                                                                          \
    X(T_TYPE, "type")                                                                              \
    X(T_VAR, "var")

typedef enum TokKind {
#define X(name, text) name,
    TOKENS(X)
#undef X
        T_COUNT
} TokKind;

/* The spelling of a token kind ("+", "func", "name", ...). */
const char *tok_str(TokKind k);

typedef struct Token {
    TokKind kind;
    Pos pos;
    /* T_IDENT: the interned name. T_INT/T_FLOAT/T_IMAG: the source text (interned).
     * T_STRING: the decoded bytes (len in str_len; may hold NULs). T_CHAR: the source text.
     * T_SEMICOLON: "semicolon" when written, "newline" or "EOF" when inserted. */
    const char *text;
    size_t str_len;   /* T_STRING: length of the decoded bytes */
    int32_t rune;     /* T_CHAR: the code point */
    bool raw;         /* T_STRING: a `raw` literal */
    size_t off, end;  /* the token's bytes in the source: src[off..end) */
    bool bad;         /* a literal with an error (already reported) */
} Token;

typedef struct Lexer {
    const char *file; /* the name errors show */
    const char *src;
    size_t len, off;
    int line;
    size_t line_start; /* offset of the current line's first byte */
    bool insert_semi;  /* the last token allows an automatic semicolon at a newline */
    Diags *diags;
    /* internal state */
    int32_t ch;          /* the current character (-1 at the end), at src[off] */
    int chw;             /* its width in bytes */
    int nerr_lines;      /* lines that got an error (reporting stops after a few dozen) */
    int last_err_line;
    bool eof_in_token;   /* a raw string or comment ran into the end of the input */
} Lexer;

void lex_init(Lexer *lx, const char *file, const char *src, size_t len, Diags *diags);
/* The next token. Errors (bad literals, illegal characters, NUL, invalid UTF-8) are
 * reported to lx->diags with Go's wording; the token is still returned when possible. */
Token lex_next(Lexer *lx);

/* Skips a block's contents, from just after its '{' to just after the matching '}' (or the
 * end of the input), past strings, runes and comments, without making tokens; the next token
 * is the one after the '}' (a newline there is a semicolon). Reports nothing: the block is
 * lexed for real if it is ever parsed. */
void lex_skip_block(Lexer *lx);

/* Puts the lexer at src[off], which is on line `line` starting at line_start. */
void lex_seek(Lexer *lx, size_t off, int line, size_t line_start);

#endif
