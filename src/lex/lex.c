/* lex.c — the Go scanner: source bytes to tokens, with automatic semicolons.
 *
 * It follows cmd/compile/internal/syntax (scanner.go, source.go): the same token boundaries,
 * the same error wording and positions. The reader keeps one current character `ch` at
 * src[off]; a NUL byte, an invalid UTF-8 byte and a byte order mark after the start are
 * reported and then skipped wherever they appear (between tokens, in literals, in comments),
 * so the scanner proper never sees them. Columns are 1-based byte offsets in the line.
 *
 * insert_semi is set after a token that may end a statement (a name, a literal, `)` `]` `}`,
 * `++` `--`, break/continue/fallthrough/return); a newline, the end of input, or a comment
 * spanning lines then yields a T_SEMICOLON whose text says what it was.
 */
#include "lex.h"

#include "../text/quote.h"
#include "../text/unicode.h"

#include <stdio.h>

/* Past this many errors the lexer stays silent (binary garbage would otherwise produce one
 * error per byte); the driver stops long before anyway. */
#define LEX_MAX_ERRORS 200

static const char *const tok_names[] = {
#define X(name, text) text,
    TOKENS(X)
#undef X
};

const char *tok_str(TokKind k) { return (unsigned)k < T_COUNT ? tok_names[k] : "?"; }

/* ---- character classes (Unicode letters and digits: src/text/unicode.h) ---- */

static int32_t lower(int32_t c) { return ('a' - 'A') | c; }
static bool is_letter(int32_t c) { return ('a' <= lower(c) && lower(c) <= 'z') || c == '_'; }
static bool is_decimal(int32_t c) { return '0' <= c && c <= '9'; }
static bool is_hex(int32_t c) { return is_decimal(c) || ('a' <= lower(c) && lower(c) <= 'f'); }

/* Go's %#U: U+0041 'A' (the character only when printable). */
static const char *fmt_U(int32_t r) {
    if (uni_is_print(r)) {
        char buf[8];
        int n = utf8_encode(r, buf);
        buf[n] = 0;
        return str_printf("U+%04X '%s'", (unsigned)r, buf);
    }
    return str_printf("U+%04X", (unsigned)r);
}

/* Go's %q of a rune: 'x', '\n', '\x01', '\u00ad'. */
static const char *quoted_rune(int32_t r) {
    StrBuf b = {0};
    quote_rune(&b, r, QUOTE_PRINT);
    return sb_cstr(&b);
}

/* ---- the reader ---- */

static Pos cur_pos(const Lexer *lx) {
    return pos_make(lx->line, (int)(lx->off - lx->line_start) + 1);
}

static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...) {
    if (lx->nerr_lines >= LEX_MAX_ERRORS) {
        return;
    }
    lx->nerr_lines++;
    lx->last_err_line = pos.line;
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    diag_error(lx->diags, lx->file, pos, "%s", msg);
}

#define lex_error(lx, ...) lex_error_at((lx), cur_pos(lx), __VA_ARGS__)

/* Moves to the next character, reporting and skipping NUL bytes, invalid UTF-8 and BOMs. */
static void nextch(Lexer *lx) {
    for (;;) {
        lx->off += (size_t)lx->chw;
        if (lx->ch == '\n') {
            lx->line++;
            lx->line_start = lx->off;
        }
        if (lx->off >= lx->len) {
            lx->ch = -1;
            lx->chw = 0;
            return;
        }
        uint8_t b = (uint8_t)lx->src[lx->off];
        if (b < 0x80) {
            lx->ch = b;
            lx->chw = 1;
            if (b == 0) {
                lex_error(lx, "invalid NUL character");
                continue;
            }
            return;
        }
        int32_t r;
        lx->chw = utf8_decode(lx->src + lx->off, lx->len - lx->off, &r);
        lx->ch = r;
        if (r == 0xFFFD && lx->chw == 1) {
            lex_error(lx, "invalid UTF-8 encoding");
            continue;
        }
        if (r == 0xFEFF) {
            if (lx->off > 0) {
                lex_error(lx, "invalid BOM in the middle of the file");
            }
            continue;
        }
        return;
    }
}

void lex_init(Lexer *lx, const char *file, const char *src, size_t len, Diags *diags) {
    memset(lx, 0, sizeof *lx);
    lx->file = file;
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->diags = diags;
    lx->ch = ' ';
    lx->chw = 0;
    nextch(lx);
}

void lex_seek(Lexer *lx, size_t off, int line, size_t line_start) {
    lx->off = off;
    lx->line = line;
    lx->line_start = line_start;
    lx->ch = ' ';
    lx->chw = 0;
    lx->insert_semi = false;
    nextch(lx);
}

/* Skips a quoted literal's rest, its opening quote q just consumed. */
static void skip_quoted(Lexer *lx, int32_t q) {
    while (lx->ch >= 0 && lx->ch != q && (q == '`' || lx->ch != '\n')) {
        if (lx->ch == '\\' && q != '`') {
            nextch(lx);
        }
        nextch(lx);
    }
    nextch(lx);
}

void lex_skip_block(Lexer *lx) {
    int depth = 1;
    while (lx->ch >= 0) {
        int32_t c = lx->ch;
        nextch(lx);
        if (c == '{') {
            depth++;
        } else if (c == '}') {
            if (--depth == 0) {
                lx->insert_semi = true;
                return;
            }
        } else if (c == '"' || c == '\'' || c == '`') {
            skip_quoted(lx, c);
        } else if (c == '/' && lx->ch == '/') {
            while (lx->ch >= 0 && lx->ch != '\n') {
                nextch(lx);
            }
        } else if (c == '/' && lx->ch == '*') {
            nextch(lx);
            int32_t prev = 0;
            while (lx->ch >= 0 && !(prev == '*' && lx->ch == '/')) {
                prev = lx->ch;
                nextch(lx);
            }
            nextch(lx);
        }
    }
}

/* ---- keywords ---- */

static const struct {
    const char *name;
    TokKind kind;
} keywords[] = {
    {"break", T_BREAK},       {"case", T_CASE},
    {"chan", T_CHAN},         {"const", T_CONST},
    {"continue", T_CONTINUE}, {"default", T_DEFAULT},
    {"defer", T_DEFER},       {"else", T_ELSE},
    {"fallthrough", T_FALLTHROUGH}, {"for", T_FOR},
    {"func", T_FUNC},         {"go", T_GO},
    {"goto", T_GOTO},         {"if", T_IF},
    {"import", T_IMPORT},     {"interface", T_INTERFACE},
    {"map", T_MAP},           {"package", T_PACKAGE},
    {"range", T_RANGE},       {"return", T_RETURN},
    {"select", T_SELECT},     {"struct", T_STRUCT},
    {"switch", T_SWITCH},     {"type", T_TYPE},
    {"var", T_VAR},
};

static TokKind keyword_kind(const char *s, size_t n) {
    if (n < 2 || n > 11 || s[0] < 'b' || s[0] > 'v') {
        return T_IDENT;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (keywords[i].name[0] == s[0] && strlen(keywords[i].name) == n &&
            memcmp(keywords[i].name, s, n) == 0) {
            return keywords[i].kind;
        }
    }
    return T_IDENT;
}

/* ---- identifiers ---- */

static bool at_ident_char(Lexer *lx, bool first) {
    int32_t c = lx->ch;
    if (c < 0) {
        return false;
    }
    if (is_letter(c) || uni_is_letter(c)) {
        return true;
    }
    if (uni_is_digit(c)) {
        if (first) {
            lex_error(lx, "identifier cannot begin with digit %s", fmt_U(c));
        }
        return true;
    }
    if (c >= 0x80) {
        lex_error(lx, "invalid character %s in identifier", fmt_U(c));
        return true;
    }
    return false;
}

static void scan_ident(Lexer *lx, Token *t) {
    nextch(lx);
    while (is_letter(lx->ch) || is_decimal(lx->ch)) {
        nextch(lx);
    }
    if (lx->ch >= 0x80) {
        while (at_ident_char(lx, false)) {
            nextch(lx);
        }
    }
    const char *s = lx->src + t->off;
    size_t n = lx->off - t->off;
    TokKind k = keyword_kind(s, n);
    if (k != T_IDENT) {
        t->kind = k;
        t->text = tok_str(k);
        lx->insert_semi = k == T_BREAK || k == T_CONTINUE || k == T_FALLTHROUGH || k == T_RETURN;
        return;
    }
    t->kind = T_IDENT;
    t->text = intern(s, n);
    lx->insert_semi = true;
}

/* ---- numbers ---- */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* Accepts { digit | '_' }; returns bit 0 set if there were digits, bit 1 if separators.
 * For base <= 10 any decimal digit is accepted, and the offset of the first one >= base
 * (relative to the literal's start) is recorded in *invalid. */
static int scan_digits(Lexer *lx, size_t start, int base, long *invalid) {
    int digsep = 0;
    if (base <= 10) {
        int32_t max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_') {
                ds = 2;
            } else if (lx->ch >= max && invalid && *invalid < 0) {
                *invalid = (long)(lx->off - start);
            }
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

/* The index of the first misplaced '_' in the literal x, or -1. */
static long invalid_sep(const char *x, size_t n) {
    int32_t x1 = ' ';
    int32_t d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower((uint8_t)x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int32_t p = d;
        d = (uint8_t)x[i];
        if (d == '_') {
            if (p != '0') {
                return (long)i;
            }
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') {
                return (long)i - 1;
            }
            d = '.';
        }
    }
    if (d == '_') {
        return (long)n - 1;
    }
    return -1;
}

static void scan_number(Lexer *lx, Token *t, bool seen_point) {
    bool ok = true;
    TokKind kind = T_INT;
    int base = 10;
    int32_t prefix = 0;
    int digsep = 0;
    long invalid = -1;
    size_t start = t->off;

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x':
                nextch(lx);
                base = 16, prefix = 'x';
                break;
            case 'o':
                nextch(lx);
                base = 8, prefix = 'o';
                break;
            case 'b':
                nextch(lx);
                base = 2, prefix = 'b';
                break;
            default:
                base = 8, prefix = '0';
                digsep = 1; /* leading 0 */
            }
        }
        digsep |= scan_digits(lx, start, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            nextch(lx);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        digsep |= scan_digits(lx, start, base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        lex_error(lx, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int32_t e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error(lx, "%s exponent requires decimal mantissa", quoted_rune(lx->ch));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                lex_error(lx, "%s exponent requires hexadecimal mantissa", quoted_rune(lx->ch));
                ok = false;
            }
        }
        nextch(lx);
        kind = T_FLOAT;
        if (lx->ch == '+' || lx->ch == '-') {
            nextch(lx);
        }
        digsep = scan_digits(lx, start, 10, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            lex_error(lx, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        lex_error(lx, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (lx->ch == 'i') {
        kind = T_IMAG;
        nextch(lx);
    }
    const char *s = lx->src + start;
    size_t n = lx->off - start;
    if (kind == T_INT && invalid >= 0 && ok) {
        lex_error_at(lx, pos_make(t->pos.line, t->pos.col + (int)invalid),
                     "invalid digit %s in %s literal", quoted_rune((uint8_t)s[invalid]),
                     base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        long i = invalid_sep(s, n);
        if (i >= 0) {
            lex_error_at(lx, pos_make(t->pos.line, t->pos.col + (int)i),
                         "'_' must separate successive digits");
            ok = false;
        }
    }
    t->bad = !ok;
    t->kind = kind;
    t->text = intern(s, n);
    lx->insert_semi = true;
}

/* ---- rune and string literals ---- */

/* Scans an escape after the backslash. On success stores the value in *val and sets *byte
 * for \x and octal escapes (a single byte in a string, not a UTF-8 encoded code point). */
static bool scan_escape(Lexer *lx, int32_t quote, int32_t *val, bool *byte) {
    int n;
    uint32_t base, max;
    *byte = false;
    int32_t c = lx->ch;
    if (c == quote) {
        *val = c;
        nextch(lx);
        return true;
    }
    switch (c) {
    case 'a': *val = '\a'; nextch(lx); return true;
    case 'b': *val = '\b'; nextch(lx); return true;
    case 'f': *val = '\f'; nextch(lx); return true;
    case 'n': *val = '\n'; nextch(lx); return true;
    case 'r': *val = '\r'; nextch(lx); return true;
    case 't': *val = '\t'; nextch(lx); return true;
    case 'v': *val = '\v'; nextch(lx); return true;
    case '\\': *val = '\\'; nextch(lx); return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        *byte = true;
        break;
    case 'x':
        nextch(lx);
        n = 2, base = 16, max = 255;
        *byte = true;
        break;
    case 'u':
        nextch(lx);
        n = 4, base = 16, max = 0x10FFFF;
        break;
    case 'U':
        nextch(lx);
        n = 8, base = 16, max = 0x10FFFF;
        break;
    default:
        if (c < 0) {
            *val = 0;
            return true; /* the caller complains about the end of input */
        }
        lex_error(lx, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0) {
            *val = (int32_t)x;
            return true;
        }
        uint32_t d = base;
        if (is_decimal(lx->ch)) {
            d = (uint32_t)(lx->ch - '0');
        } else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f') {
            d = (uint32_t)(lower(lx->ch) - 'a' + 10);
        }
        if (d >= base) {
            lex_error(lx, "invalid character %s in %s escape", quoted_rune(lx->ch),
                      base_name((int)base));
            return false;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        lex_error(lx, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error(lx, "escape is invalid Unicode code point %s", fmt_U((int32_t)x));
        return false;
    }
    *val = (int32_t)x;
    return true;
}

static void scan_rune(Lexer *lx, Token *t) {
    bool ok = true;
    int32_t val = 0;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    lex_error(lx, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    lex_error_at(lx, t->pos, "more than one character in rune literal");
                    ok = false;
                }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            int32_t v;
            bool byte;
            if (!scan_escape(lx, '\'', &v, &byte)) {
                ok = false;
            } else if (n == 0) {
                val = v;
            }
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) {
                lex_error(lx, "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (lx->ch < 0) {
            if (ok) {
                lex_error_at(lx, t->pos, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        if (n == 0) {
            val = lx->ch;
        }
        nextch(lx);
    }
    t->kind = T_CHAR;
    t->bad = !ok;
    t->text = intern(lx->src + t->off, lx->off - t->off);
    t->rune = val;
    lx->insert_semi = true;
}

static void put_rune(StrBuf *b, int32_t r) {
    char buf[4];
    sb_put(b, buf, (size_t)utf8_encode(r, buf));
}

static void scan_string(Lexer *lx, Token *t) {
    StrBuf b = {0};
    bool ok = true;
    nextch(lx);
    for (;;) {
        int32_t c = lx->ch;
        if (c == '"') {
            nextch(lx);
            break;
        }
        if (c == '\\') {
            nextch(lx);
            int32_t v;
            bool byte;
            if (scan_escape(lx, '"', &v, &byte)) {
                if (byte) {
                    sb_putc(&b, (char)v);
                } else {
                    put_rune(&b, v);
                }
            } else {
                ok = false;
            }
            continue;
        }
        if (c == '\n') {
            lex_error(lx, "newline in string");
            ok = false;
            break;
        }
        if (c < 0) {
            lex_error_at(lx, t->pos, "string not terminated");
            ok = false;
            break;
        }
        sb_put(&b, lx->src + lx->off, (size_t)lx->chw);
        nextch(lx);
    }
    sb_cstr(&b);
    t->kind = T_STRING;
    t->bad = !ok;
    t->text = b.data;
    t->str_len = b.len;
    lx->insert_semi = true;
}

static void scan_raw_string(Lexer *lx, Token *t) {
    StrBuf b = {0};
    nextch(lx);
    for (;;) {
        int32_t c = lx->ch;
        if (c == '`') {
            nextch(lx);
            break;
        }
        if (c < 0) {
            lex_error_at(lx, t->pos, "string not terminated");
            lx->eof_in_token = true;
            t->bad = true;
            break;
        }
        if (c != '\r') {
            sb_put(&b, lx->src + lx->off, (size_t)lx->chw);
        }
        nextch(lx);
    }
    sb_cstr(&b);
    t->kind = T_STRING;
    t->text = b.data;
    t->str_len = b.len;
    t->raw = true;
    lx->insert_semi = true;
}

/* ---- comments ---- */

static void skip_line(Lexer *lx) {
    while (lx->ch >= 0 && lx->ch != '\n') {
        nextch(lx);
    }
}

static void skip_comment(Lexer *lx, Pos start) {
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return;
            }
        }
        nextch(lx);
    }
    lex_error_at(lx, start, "comment not terminated");
    lx->eof_in_token = true;
}

/* ---- tokens ---- */

/* Consumes the current character if it is c. */
static bool accept(Lexer *lx, int32_t c) {
    if (lx->ch == c) {
        nextch(lx);
        return true;
    }
    return false;
}

/* An operator that may be followed by '=' to form an assignment operator. */
static TokKind op_or_assign(Lexer *lx, TokKind op, TokKind assign) {
    return accept(lx, '=') ? assign : op;
}

/* The operator or punctuation, other than . ... / and /=, that starts at the current character
 * (one of those below). */
static TokKind scan_operator(Lexer *lx) {
    int32_t c = lx->ch;
    nextch(lx);
    switch (c) {
    case '(': return T_LPAREN;
    case '[': return T_LBRACK;
    case '{': return T_LBRACE;
    case ',': return T_COMMA;
    case ';': return T_SEMICOLON;
    case ')': lx->insert_semi = true; return T_RPAREN;
    case ']': lx->insert_semi = true; return T_RBRACK;
    case '}': lx->insert_semi = true; return T_RBRACE;
    case ':': return op_or_assign(lx, T_COLON, T_DEFINE);
    case '+':
        if (accept(lx, '+')) {
            lx->insert_semi = true;
            return T_INC;
        }
        return op_or_assign(lx, T_ADD, T_ADD_ASSIGN);
    case '-':
        if (accept(lx, '-')) {
            lx->insert_semi = true;
            return T_DEC;
        }
        return op_or_assign(lx, T_SUB, T_SUB_ASSIGN);
    case '*': return op_or_assign(lx, T_MUL, T_MUL_ASSIGN);
    case '%': return op_or_assign(lx, T_REM, T_REM_ASSIGN);
    case '&':
        if (accept(lx, '&')) {
            return T_LAND;
        }
        if (accept(lx, '^')) {
            return op_or_assign(lx, T_AND_NOT, T_AND_NOT_ASSIGN);
        }
        return op_or_assign(lx, T_AND, T_AND_ASSIGN);
    case '|': return accept(lx, '|') ? T_LOR : op_or_assign(lx, T_OR, T_OR_ASSIGN);
    case '^': return op_or_assign(lx, T_XOR, T_XOR_ASSIGN);
    case '<':
        if (accept(lx, '=')) {
            return T_LEQ;
        }
        if (accept(lx, '<')) {
            return op_or_assign(lx, T_SHL, T_SHL_ASSIGN);
        }
        return accept(lx, '-') ? T_ARROW : T_LSS;
    case '>':
        if (accept(lx, '=')) {
            return T_GEQ;
        }
        return accept(lx, '>') ? op_or_assign(lx, T_SHR, T_SHR_ASSIGN) : T_GTR;
    case '=': return op_or_assign(lx, T_ASSIGN, T_EQL);
    case '!': return op_or_assign(lx, T_NOT, T_NEQ);
    case '~': return T_TILDE;
    default: return T_ILLEGAL; /* not reached: scan_token checked c */
    }
}

/* Scans the token at the current character into t, or skips a comment or an invalid character
 * and returns false: then the caller scans again. nlsemi: a newline here ends a statement. */
static bool scan_token(Lexer *lx, Token *t, bool nlsemi) {
    int32_t c = lx->ch;
    if (is_letter(c) || (c >= 0x80 && at_ident_char(lx, true))) {
        scan_ident(lx, t);
        return true;
    }
    if (is_decimal(c)) {
        scan_number(lx, t, false);
        return true;
    }
    switch (c) {
    case -1:
        t->kind = nlsemi ? T_SEMICOLON : T_EOF;
        t->text = nlsemi ? "EOF" : NULL;
        return true;
    case '\n':
        nextch(lx);
        t->kind = T_SEMICOLON;
        t->text = "newline";
        return true;
    case '"': scan_string(lx, t); return true;
    case '`': scan_raw_string(lx, t); return true;
    case '\'': scan_rune(lx, t); return true;
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            scan_number(lx, t, true);
        } else if (lx->ch == '.' && lx->off + 1 < lx->len && lx->src[lx->off + 1] == '.') {
            nextch(lx);
            nextch(lx);
            t->kind = T_ELLIPSIS;
        } else {
            t->kind = T_PERIOD;
        }
        return true;
    case '/':
        nextch(lx);
        if (accept(lx, '/')) {
            skip_line(lx);
            return false;
        }
        if (accept(lx, '*')) {
            skip_comment(lx, t->pos);
            if (lx->line > t->pos.line && nlsemi) {
                /* a comment spanning lines acts like a newline */
                t->kind = T_SEMICOLON;
                t->text = "newline";
                return true;
            }
            return false;
        }
        t->kind = op_or_assign(lx, T_QUO, T_QUO_ASSIGN);
        return true;
    }
    if (c <= 0 || c >= 0x80 || !strchr("()[]{},;:+-*%&|^<>=!~", (int)c)) {
        lex_error(lx, "invalid character %s", fmt_U(c));
        nextch(lx);
        return false;
    }
    t->kind = scan_operator(lx);
    if (t->kind == T_SEMICOLON) {
        t->text = "semicolon";
    }
    return true;
}

Token lex_next(Lexer *lx) {
    bool nlsemi = lx->insert_semi;
    lx->insert_semi = false;
    Token t;
    do {
        memset(&t, 0, sizeof t);
        while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r') {
            nextch(lx);
        }
        t.pos = cur_pos(lx);
        t.off = lx->off;
    } while (!scan_token(lx, &t, nlsemi));
    t.end = lx->off;
    return t;
}
