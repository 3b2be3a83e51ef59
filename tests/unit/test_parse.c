/* test_parse.c — the lexer and the parser on small snippets: token streams (semicolon
 * insertion, every literal form, escapes, lexical errors), AST dumps (precedence, generics,
 * composite literals in control clauses, every statement and declaration form), syntax
 * errors with Go's wording and positions, clones, the REPL entry parser and the limits
 * (nesting depth, a 10 MB literal). Prints "N passed, N failed" last; exits 1 on failure.
 */
#include "src/parse/parse.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int passed, failed;

static void report(bool ok, const char *what, const char *src, const char *want, const char *got) {
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n  source: %s\n  want:   %s\n  got:    %s\n", what, src, want, got);
}

/* ---- helpers ---- */

/* The token stream of src: names as is, literals as KIND:text (strings quoted after decoding),
 * automatic semicolons as ;newline / ;EOF, everything else by its spelling. */
static const char *tokens(const char *src, size_t len, Diags *d) {
    Lexer lx;
    lex_init(&lx, "t.go", src, len, d);
    StrBuf b = {0};
    for (;;) {
        Token t = lex_next(&lx);
        if (t.kind == T_EOF) {
            break;
        }
        if (b.len) {
            sb_putc(&b, ' ');
        }
        switch (t.kind) {
        case T_IDENT:
            sb_puts(&b, t.text);
            break;
        case T_INT:
            sb_printf(&b, "INT:%s", t.text);
            break;
        case T_FLOAT:
            sb_printf(&b, "FLOAT:%s", t.text);
            break;
        case T_IMAG:
            sb_printf(&b, "IMAG:%s", t.text);
            break;
        case T_CHAR:
            sb_printf(&b, "CHAR:%s=%d", t.text, (int)t.rune);
            break;
        case T_STRING: {
            Expr e = {.kind = E_BASICLIT};
            e.lit.kind = T_STRING;
            e.lit.text = t.text;
            e.lit.len = t.str_len;
            sb_puts(&b, t.raw ? "RAW:" : "STR:");
            ast_dump_expr(&e, &b);
            break;
        }
        case T_SEMICOLON:
            sb_printf(&b, ";%s", strcmp(t.text, "semicolon") ? t.text : "");
            break;
        default:
            sb_puts(&b, tok_str(t.kind));
        }
    }
    return sb_cstr(&b);
}

static void expect_tokens(const char *src, const char *want) {
    Diags d = {0};
    const char *got = tokens(src, strlen(src), &d);
    if (d.list.len) {
        got = str_printf("%s [error %d:%d: %s]", got, d.list.data[0].pos.line,
                         d.list.data[0].pos.col, d.list.data[0].msg);
    }
    report(strcmp(got, want) == 0, "tokens", src, want, got);
}

/* The first error (in position order) as "L:C: msg", or "" when there is none. */
static const char *first_error(Diags *d) {
    if (d->list.len == 0) {
        return "";
    }
    Diag *best = &d->list.data[0];
    for (int i = 1; i < d->list.len; i++) {
        if (pos_cmp(d->list.data[i].pos, best->pos) < 0) {
            best = &d->list.data[i];
        }
    }
    return str_printf("%d:%d: %s", best->pos.line, best->pos.col, best->msg);
}

/* Lexes src (with its length, NULs allowed) and checks the first error. */
static void expect_lex_error(const char *src, size_t len, const char *want) {
    Diags d = {0};
    tokens(src, len, &d);
    report(strcmp(first_error(&d), want) == 0, "lex error", src, want, first_error(&d));
}

static File *parse(const char *src, Diags *d) {
    return parse_file("t.go", src, strlen(src), d);
}

static const char *dump_decls(File *f, int from) {
    StrBuf b = {0};
    for (int i = from; i < f->n; i++) {
        if (i > from) {
            sb_putc(&b, ' ');
        }
        ast_dump_decl(f->decls[i], &b);
    }
    return sb_cstr(&b);
}

/* Checks the dump of the expression x in `var _ = x`. */
static void expect_expr(const char *x, const char *want) {
    Diags d = {0};
    File *f = parse(str_printf("package p\nvar _ = %s\n", x), &d);
    const char *got;
    if (d.list.len) {
        got = str_printf("error %s", first_error(&d));
    } else {
        StrBuf b = {0};
        ast_dump_expr(f->decls[0]->value.specs[0]->values[0], &b);
        got = sb_cstr(&b);
    }
    report(strcmp(got, want) == 0, "expr", x, want, got);
}

/* Checks the dump of the type t in `var _ t`. */
static void expect_type(const char *t, const char *want) {
    Diags d = {0};
    File *f = parse(str_printf("package p\nvar _ %s\n", t), &d);
    const char *got;
    if (d.list.len) {
        got = str_printf("error %s", first_error(&d));
    } else {
        StrBuf b = {0};
        ast_dump_expr(f->decls[0]->value.specs[0]->type, &b);
        got = sb_cstr(&b);
    }
    report(strcmp(got, want) == 0, "type", t, want, got);
}

/* Checks the dump of the statements of `func _() { body }`. */
static void expect_stmts(const char *body, const char *want) {
    Diags d = {0};
    File *f = parse(str_printf("package p\nfunc _() {\n%s\n}\n", body), &d);
    const char *got;
    if (d.list.len) {
        got = str_printf("error %s", first_error(&d));
    } else {
        Block *b = f->decls[0]->func.body;
        StrBuf out = {0};
        for (int i = 0; i < b->n; i++) {
            if (i) {
                sb_putc(&out, ' ');
            }
            ast_dump_stmt(b->stmts[i], &out);
        }
        got = sb_cstr(&out);
    }
    report(strcmp(got, want) == 0, "stmts", body, want, got);
}

/* Checks the dump of the declarations of `package p; decls`. */
static void expect_decls(const char *decls, const char *want) {
    Diags d = {0};
    File *f = parse(str_printf("package p\n%s\n", decls), &d);
    const char *got = d.list.len ? str_printf("error %s", first_error(&d)) : dump_decls(f, 0);
    report(strcmp(got, want) == 0, "decls", decls, want, got);
}

/* Checks the first error of a whole file. */
static void expect_error(const char *src, const char *want) {
    Diags d = {0};
    parse(src, &d);
    report(strcmp(first_error(&d), want) == 0, "error", src, want, first_error(&d));
}

/* Checks the first error of a statement list; the body starts on line 3, after a tab. */
static void expect_stmt_error(const char *body, const char *want) {
    expect_error(str_printf("package p\nfunc _() {\n\t%s\n}\n", body), want);
}

/* ---- lexer ---- */

static void test_semicolons(void) {
    expect_tokens("x\ny", "x ;newline y ;EOF");
    expect_tokens("x;y", "x ; y ;EOF");
    expect_tokens("f()\n", "f ( ) ;newline");
    expect_tokens("a[i]\nb{}\n", "a [ i ] ;newline b { } ;newline");
    expect_tokens("x++\ny--\n", "x ++ ;newline y -- ;newline");
    expect_tokens("return\nbreak\ncontinue\nfallthrough\n",
                  "return ;newline break ;newline continue ;newline fallthrough ;newline");
    expect_tokens("if\nfor\nfunc\n", "if for func");
    expect_tokens("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n",
                  "INT:1 ;newline FLOAT:2.5 ;newline CHAR:'a'=97 ;newline STR:\"s\" ;newline "
                  "RAW:\"r\" ;newline IMAG:3i ;newline");
    expect_tokens("x +\ny", "x + y ;EOF");
    expect_tokens("x ,\ny", "x , y ;EOF");
    expect_tokens("x // comment\ny", "x ;newline y ;EOF");
    expect_tokens("x /* c */ y", "x y ;EOF");
    expect_tokens("x /* c\n */ y", "x ;newline y ;EOF");
    expect_tokens("x /* c */\ny", "x ;newline y ;EOF");
    expect_tokens("+ /* c\n */ y", "+ y ;EOF");
    expect_tokens("x // c", "x ;EOF");
    expect_tokens("x /* c */", "x ;EOF");
    expect_tokens("x\r\n\ty\r\n", "x ;newline y ;newline");
    expect_tokens("\xEF\xBB\xBFpackage p", "package p ;EOF");
}

static void test_operators(void) {
    expect_tokens("+ - * / % & | ^ << >> &^", "+ - * / % & | ^ << >> &^");
    expect_tokens("+= -= *= /= %= &= |= ^= <<= >>= &^=", "+= -= *= /= %= &= |= ^= <<= >>= &^=");
    expect_tokens("&& || <- ++ -- == < > = ! ~", "&& || <- ++ -- == < > = ! ~");
    expect_tokens("!= <= >= := ... . : , ; ( ) [ ] { }",
                  "!= <= >= := ... . : , ; ( ) [ ] { } ;EOF");
    expect_tokens("a..b", "a . . b ;EOF");
    expect_tokens("x.5", "x FLOAT:.5 ;EOF");
    expect_tokens("<-<-ch", "<- <- ch ;EOF");
}

static void test_literals(void) {
    expect_tokens("0 123 1_000_000 0x1F 0X_1f 0o17 0O17 017 0b101 0B_1",
                  "INT:0 INT:123 INT:1_000_000 INT:0x1F INT:0X_1f INT:0o17 INT:0O17 INT:017 "
                  "INT:0b101 INT:0B_1 ;EOF");
    expect_tokens("1.5 .5 1. 1e10 1E+10 1.5e-3 0x1p-2 0x1.8p1 0X.8P0 1_0.2_5 089.5 0e0",
                  "FLOAT:1.5 FLOAT:.5 FLOAT:1. FLOAT:1e10 FLOAT:1E+10 FLOAT:1.5e-3 FLOAT:0x1p-2 "
                  "FLOAT:0x1.8p1 FLOAT:0X.8P0 FLOAT:1_0.2_5 FLOAT:089.5 FLOAT:0e0 ;EOF");
    expect_tokens("1i 1.5i 0x1p2i 0i 012i 1e3i", "IMAG:1i IMAG:1.5i IMAG:0x1p2i IMAG:0i IMAG:012i "
                                                 "IMAG:1e3i ;EOF");
    expect_tokens("'a' '\\a' '\\b' '\\f' '\\n' '\\r' '\\t' '\\v' '\\\\' '\\''",
                  "CHAR:'a'=97 CHAR:'\\a'=7 CHAR:'\\b'=8 CHAR:'\\f'=12 CHAR:'\\n'=10 "
                  "CHAR:'\\r'=13 CHAR:'\\t'=9 CHAR:'\\v'=11 CHAR:'\\\\'=92 CHAR:'\\''=39 ;EOF");
    expect_tokens("'\\x41' '\\101' '\\377' '\\xff' '\\u00e9' '\\U0001F600' '\xe4\xb8\x96' '\"'",
                  "CHAR:'\\x41'=65 CHAR:'\\101'=65 CHAR:'\\377'=255 CHAR:'\\xff'=255 "
                  "CHAR:'\\u00e9'=233 CHAR:'\\U0001F600'=128512 CHAR:'\xe4\xb8\x96'=19990 "
                  "CHAR:'\"'=34 ;EOF");
    expect_tokens("\"a\\tb\" \"\\x41\\101\\u00e9\" \"\\\"q\\\"\" \"\\xff\\x00\" \"\"",
                  "STR:\"a\\tb\" STR:\"AA\xc3\xa9\" STR:\"\\\"q\\\"\" "
                  "STR:\"\\xff\\x00\" STR:\"\" ;EOF");
    expect_tokens("\"\\a\\b\\f\\n\\r\\v\\\\\"", "STR:\"\\a\\b\\f\\n\\r\\v\\\\\" ;EOF");
    expect_tokens("`a\\nb` `x\r\ny` `` `\"'`",
                  "RAW:\"a\\\\nb\" RAW:\"x\\ny\" RAW:\"\" RAW:\"\\\"'\" ;EOF");
    expect_tokens("`multi\nline` x", "RAW:\"multi\\nline\" x ;EOF");
    expect_tokens("\xcf\x80 := \xe6\x97\xa5\xe6\x9c\xac",
                  "\xcf\x80 := \xe6\x97\xa5\xe6\x9c\xac ;EOF");
    expect_tokens("_x9 x_ __", "_x9 x_ __ ;EOF");

    /* the decoded value of a string with a NUL byte from an escape */
    Diags d = {0};
    Lexer lx;
    lex_init(&lx, "t.go", "\"a\\000b\"", 8, &d);
    Token t = lex_next(&lx);
    report(t.kind == T_STRING && t.str_len == 3 && memcmp(t.text, "a\0b", 3) == 0 && !t.bad,
           "string with NUL escape", "\"a\\000b\"", "3 bytes a NUL b",
           str_printf("%zu bytes", t.str_len));
}

static void test_lex_errors(void) {
#define LEXERR(src, want) expect_lex_error((src), sizeof(src) - 1, (want))
    LEXERR("x := 'ab'", "1:6: more than one character in rune literal");
    LEXERR("x := ''", "1:7: empty rune literal or unescaped '");
    LEXERR("x := 'a\n", "1:8: newline in rune literal");
    LEXERR("x := 'a", "1:6: rune literal not terminated");
    LEXERR("'\\q'", "1:3: unknown escape");
    LEXERR("\"\\q\"", "1:3: unknown escape");
    LEXERR("\"\\'\"", "1:3: unknown escape");
    LEXERR("'\\\"'", "1:3: unknown escape");
    LEXERR("'\\400'", "1:6: octal escape value 256 > 255");
    LEXERR("\"\\xZZ\"", "1:4: invalid character 'Z' in hexadecimal escape");
    LEXERR("\"\\12\"", "1:5: invalid character '\"' in octal escape");
    LEXERR("\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800");
    LEXERR("'\\U00110000'", "1:12: escape is invalid Unicode code point U+110000");
    LEXERR("x := \"abc\ny", "1:10: newline in string");
    LEXERR("x := \"abc", "1:6: string not terminated");
    LEXERR("x := `abc", "1:6: string not terminated");
    LEXERR("x /* abc", "1:3: comment not terminated");
    LEXERR("0x", "1:3: hexadecimal literal has no digits");
    LEXERR("0b", "1:3: binary literal has no digits");
    LEXERR("0o_", "1:4: octal literal has no digits");
    LEXERR("09", "1:2: invalid digit '9' in octal literal");
    LEXERR("0b102", "1:5: invalid digit '2' in binary literal");
    LEXERR("0o78", "1:4: invalid digit '8' in octal literal");
    LEXERR("1__0", "1:3: '_' must separate successive digits");
    LEXERR("1_", "1:2: '_' must separate successive digits");
    LEXERR("0x_1_", "1:5: '_' must separate successive digits");
    LEXERR("1e", "1:3: exponent has no digits");
    LEXERR("1e+", "1:4: exponent has no digits");
    LEXERR("0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent");
    LEXERR("0b1.0", "1:4: invalid radix point in binary literal");
    LEXERR("1p5", "1:2: 'p' exponent requires hexadecimal mantissa");
    LEXERR("0o1e5", "1:4: 'e' exponent requires decimal mantissa");
    LEXERR("x @ y", "1:3: invalid character U+0040 '@'");
    LEXERR("x \x01 y", "1:3: invalid character U+0001");
    LEXERR("x\xe2\x82\xac", "1:2: invalid character U+20AC '\xe2\x82\xac' in identifier");
    LEXERR("\xd9\xa1x", "1:1: identifier cannot begin with digit U+0661 '\xd9\xa1'");
    LEXERR("x := 1 \0", "1:8: invalid NUL character");
    LEXERR("\"a\0b\"", "1:3: invalid NUL character");
    LEXERR("x := 1 \xff", "1:8: invalid UTF-8 encoding");
    LEXERR("// \xff\n", "1:4: invalid UTF-8 encoding");
    LEXERR("x \xef\xbb\xbf", "1:3: invalid BOM in the middle of the file");
#undef LEXERR
}

/* ---- expressions ---- */

static void test_precedence(void) {
    expect_expr("a + b * c", "(+ a (* b c))");
    expect_expr("a * b + c", "(+ (* a b) c)");
    expect_expr("a - b - c", "(- (- a b) c)");
    expect_expr("a || b && c", "(|| a (&& b c))");
    expect_expr("a == b || c < d && e != f", "(|| (== a b) (&& (< c d) (!= e f)))");
    expect_expr("a + b == c * d", "(== (+ a b) (* c d))");
    expect_expr("a << 1 + 2", "(+ (<< a 1) 2)");
    expect_expr("a &^ b | c ^ d", "(^ (| (&^ a b) c) d)");
    expect_expr("a % b / c & d >> e", "(>> (& (/ (% a b) c) d) e)");
    expect_expr("-a * b", "(* (- a) b)");
    expect_expr("!a && !b", "(&& (! a) (! b))");
    expect_expr("^a + +b", "(+ (^ a) (+ b))");
    expect_expr("*p.x", "(star (sel p x))");
    expect_expr("&x.y[1]", "(& (index (sel x y) 1))");
    expect_expr("<-ch + 1", "(+ (<- ch) 1)");
    expect_expr("<-<-ch", "(<- (<- ch))");
    expect_expr("(a + b) * c", "(* (paren (+ a b)) c)");
    expect_expr("a >= b <= c", "(<= (>= a b) c)");
    expect_expr("1 + 2i", "(+ 1 2i)");
}

static void test_primary(void) {
    expect_expr("f(a, b)", "(call f a b)");
    expect_expr("f(a, b...)", "(call f a b ...)");
    expect_expr("f(a,\n\tb,\n)", "(call f a b)");
    expect_expr("f()()", "(call (call f))");
    expect_expr("x.f(1).g", "(sel (call (sel x f) 1) g)");
    expect_expr("pkg.T", "(sel pkg T)");
    expect_expr("a[i]", "(index a i)");
    expect_expr("a[i:j]", "(slice a i j)");
    expect_expr("a[:]", "(slice a _ _)");
    expect_expr("a[i:]", "(slice a i _)");
    expect_expr("a[:j:k]", "(slice3 a _ j k)");
    expect_expr("a[i:j:k]", "(slice3 a i j k)");
    expect_expr("x.(T)", "(assert x T)");
    expect_expr("x.(*pkg.T).y", "(sel (assert x (star (sel pkg T))) y)");
    expect_expr("[]byte(s)", "(call (slicetype byte) s)");
    expect_expr("(*T)(p)", "(call (paren (star T)) p)");
    expect_expr("(<-chan int)(c)", "(call (paren (<-chan int)) c)");
    expect_expr("<-chan int(nil)", "(<- (call (chan int) nil))");
    expect_expr("func(x int) int { return x }",
                "(funclit (functype (params (x int)) (results int)) (block (return x)))");
    expect_expr("func() {}()", "(call (funclit (functype (params)) (block)))");
    expect_expr("'x'", "'x'");
    expect_expr("\"a\\x41\"", "\"aA\"");
    expect_expr("0x_FF", "0x_FF");
    expect_expr("map[string]int(nil)", "(call (map string int) nil)");
    expect_expr("interface{}(x)", "(call (interface) x)");
}

static void test_composite(void) {
    expect_expr("T{}", "(composite T)");
    expect_expr("T{1, 2}", "(composite T 1 2)");
    expect_expr("T{a: 1, b: 2,}", "(composite T (kv a 1) (kv b 2))");
    expect_expr("pkg.T{X: 1}", "(composite (sel pkg T) (kv X 1))");
    expect_expr("[]int{1, 2}", "(composite (slicetype int) 1 2)");
    expect_expr("[...]int{1}", "(composite (array (...) int) 1)");
    expect_expr("[2][]int{{1}, {}}",
                "(composite (array 2 (slicetype int)) (composite _ 1) (composite _))");
    expect_expr("map[string]P{\"a\": {1, 2}}",
                "(composite (map string P) (kv \"a\" (composite _ 1 2)))");
    expect_expr("map[P]int{{1, 2}: 3}", "(composite (map P int) (kv (composite _ 1 2) 3))");
    expect_expr("[]*T{{}}", "(composite (slicetype (star T)) (composite _))");
    expect_expr("&T{x}", "(& (composite T x))");
    expect_expr("&(T{x})", "(& (composite T x))");
    expect_expr("struct{ x int }{1}", "(composite (struct (x int)) 1)");
    expect_expr("Pair[string, int]{\"a\", 1}",
                "(composite (index Pair string int) \"a\" 1)");
    expect_expr("List[T]{}", "(composite (index List T))");
    expect_expr("[]int{1, 2}[0]", "(index (composite (slicetype int) 1 2) 0)");
    expect_expr("T{\n\t1,\n\t2,\n}", "(composite T 1 2)");
}

static void test_generic_exprs(void) {
    expect_expr("f[int](x)", "(call (index f int) x)");
    expect_expr("f[int, string](x, y)", "(call (index f int string) x y)");
    expect_expr("m[k]", "(index m k)");
    expect_expr("a[i, j]", "(index a i j)");
    expect_expr("a[i,]", "(index a i)");
    expect_expr("f[[]int]", "(index f (slicetype int))");
    expect_expr("f[map[K]V, chan T]", "(index f (map K V) (chan T))");
    expect_expr("pkg.F[T]", "(index (sel pkg F) T)");
}

/* ---- types ---- */

static void test_types(void) {
    expect_type("int", "int");
    expect_type("pkg.T", "(sel pkg T)");
    expect_type("*int", "(star int)");
    expect_type("**T", "(star (star T))");
    expect_type("[]int", "(slicetype int)");
    expect_type("[4]int", "(array 4 int)");
    expect_type("[N * 2][]string", "(array (* N 2) (slicetype string))");
    expect_type("map[string][]int", "(map string (slicetype int))");
    expect_type("chan int", "(chan int)");
    expect_type("chan<- int", "(chan<- int)");
    expect_type("<-chan int", "(<-chan int)");
    expect_type("chan<- chan int", "(chan<- (chan int))");
    expect_type("chan (<-chan int)", "(chan (paren (<-chan int)))");
    expect_type("chan<- <-chan int", "(chan<- (<-chan int))");
    expect_type("func()", "(functype (params))");
    expect_type("func(int, string) (bool, error)",
                "(functype (params int string) (results bool error))");
    expect_type("func(a, b int, c ...string) (n int, err error)",
                "(functype (params (a b int) (c (... string))) (results (n int) (err error)))");
    expect_type("func(...interface{})", "(functype (params (... (interface))))");
    expect_type("func(f func() int) func()",
                "(functype (params (f (functype (params) (results int)))) (results (functype "
                "(params))))");
    expect_type("struct{}", "(struct)");
    expect_type("struct{ a, b int; c string `json:\"c\"`; T; *pkg.U; List[int] }",
                "(struct (a b int) (c string \"json:\\\"c\\\"\") T (star (sel pkg U)) "
                "(index List int))");
    expect_type("struct{ a [N]int }", "(struct (a (array N int)))");
    expect_type("interface{ M(x int) bool; io.Reader; String() string }",
                "(interface (M (functype (params (x int)) (results bool))) (sel io Reader) "
                "(String (functype (params) (results string))))");
    expect_type("interface{ ~int | ~float64 | string }",
                "(interface (| (| (~ int) (~ float64)) string))");
    expect_type("interface{ comparable; fmt.Stringer }",
                "(interface comparable (sel fmt Stringer))");
    expect_type("List[int]", "(index List int)");
    expect_type("Map[string, List[int]]", "(index Map string (index List int))");
    expect_type("(int)", "(paren int)");
}

/* ---- statements ---- */

static void test_simple_stmts(void) {
    expect_stmts("x := 1", "(:= (x) (1))");
    expect_stmts("a, b = b, a", "(= (a b) (b a))");
    expect_stmts("x += 2; y <<= 1; z &^= m",
                 "(+= (x) (2)) (<<= (y) (1)) (&^= (z) (m))");
    expect_stmts("x++\ny--", "(++ x) (-- y)");
    expect_stmts("ch <- v", "(send ch v)");
    expect_stmts("f(x)", "(expr (call f x))");
    expect_stmts("<-ch", "(expr (<- ch))");
    expect_stmts("v, ok := <-ch", "(:= (v ok) ((<- ch)))");
    expect_stmts("v, ok := m[k]", "(:= (v ok) ((index m k)))");
    expect_stmts("*p = 1", "(= ((star p)) (1))");
    expect_stmts("a[i], b.c = 1, 2", "(= ((index a i) (sel b c)) (1 2))");
    expect_stmts(";", "(empty)");
    expect_stmts("var x int\nconst c = 1\ntype T int",
                 "(var (spec (x) int ())) (const (spec (c) _ (1) iota=0)) (type (spec T int))");
}

static void test_control_stmts(void) {
    expect_stmts("if x {\n}", "(if _ x (block))");
    expect_stmts("if x := f(); x > 0 {\n} else if y {\n} else {\n\tg()\n}",
                 "(if (:= (x) ((call f))) (> x 0) (block) "
                 "(if _ y (block) (block (expr (call g)))))");
    expect_stmts("for {\n}", "(for _ _ _ (block))");
    expect_stmts("for x < 10 {\n}", "(for _ (< x 10) _ (block))");
    expect_stmts("for i := 0; i < n; i++ {\n}", "(for (:= (i) (0)) (< i n) (++ i) (block))");
    expect_stmts("for ; ; {\n}", "(for _ _ _ (block))");
    expect_stmts("for i := 0; ; {\n}", "(for (:= (i) (0)) _ _ (block))");
    expect_stmts("for range ch {\n}", "(range _ _ _ ch (block))");
    expect_stmts("for i := range 10 {\n}", "(range i _ := 10 (block))");
    expect_stmts("for k, v := range m {\n}", "(range k v := m (block))");
    expect_stmts("for k, v = range m {\n}", "(range k v = m (block))");
    expect_stmts("for _, v := range []int{1, 2} {\n}",
                 "(range _ v := (composite (slicetype int) 1 2) (block))");
    expect_stmts("switch {\ncase x > 0:\n\tf()\ndefault:\n}",
                 "(switch _ _ (case ((> x 0)) (expr (call f))) (default))");
    expect_stmts("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\n}",
                 "(switch (:= (x) ((call f))) x (case (1 2) (fallthrough)) (case (3)))");
    expect_stmts("switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}",
                 "(typeswitch _ v x (case (int string)) (case (nil)) (default))");
    expect_stmts("switch x.(type) {\ncase *T:\n}", "(typeswitch _ _ x (case ((star T))))");
    expect_stmts("switch y := 1; v := x.(type) {\n}", "(typeswitch (:= (y) (1)) v x)");
    expect_stmts("select {\ncase v := <-ch:\n\tf(v)\ncase ch2 <- 1:\ncase <-done:\n"
                 "case v, ok = <-ch:\ndefault:\n}",
                 "(select (comm (:= (v) ((<- ch))) (expr (call f v))) (comm (send ch2 1)) "
                 "(comm (expr (<- done))) (comm (= (v ok) ((<- ch)))) (default))");
    expect_stmts("select {}", "(select)");
    expect_stmts("go f(x)\ndefer g()", "(go (call f x)) (defer (call g))");
    expect_stmts("go func() {}()", "(go (call (funclit (functype (params)) (block))))");
    expect_stmts("return", "(return)");
    expect_stmts("return 1, f()", "(return 1 (call f))");
    expect_stmts("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\n\tgoto L",
                 "(label L (for _ _ _ (block (break L) (continue L)))) (goto L)");
    expect_stmts("for {\n\tbreak\n\tcontinue\n}", "(for _ _ _ (block (break) (continue)))");
    expect_stmts("{\n\tx := 1\n}", "(block (:= (x) (1)))");
    expect_stmts("L:\n", "(label L (empty))");
}

static void test_complit_ambiguity(void) {
    /* in a control clause, T{ is the block, unless parenthesized or nested */
    expect_stmts("if x == (T{}) {\n}", "(if _ (== x (paren (composite T))) (block))");
    expect_stmts("if f(T{}) {\n}", "(if _ (call f (composite T)) (block))");
    expect_stmts("for _, x := range []T{{1}} {\n}",
                 "(range _ x := (composite (slicetype T) (composite _ 1)) (block))");
    expect_stmts("if x := (T{}); x.ok {\n}",
                 "(if (:= (x) ((paren (composite T)))) (sel x ok) (block))");
    expect_stmts("switch x {\n}", "(switch _ x)");
    expect_stmts("if x {\n}\nT{}.m()", "(if _ x (block)) (expr (call (sel (composite T) m)))");
    expect_stmts("for x := range ch {\n}", "(range x _ := ch (block))");
    expect_stmts("if f(func() { _ = T{} }) {\n}",
                 "(if _ (call f (funclit (functype (params)) (block (= (_) ((composite T)))))) "
                 "(block))");
    expect_stmt_error("if x == T{} {\n}", "3:14: syntax error: unexpected { at end of statement");
    expect_stmt_error("for x := range T{} {\n}",
                      "3:21: syntax error: unexpected { at end of statement");
}

/* ---- declarations ---- */

static void test_decls(void) {
    expect_decls("import \"fmt\"", "(import \"fmt\")");
    expect_decls("import (\n\t\"fmt\"\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)",
                 "(import \"fmt\" (m \"math\") (. \"strings\") (_ \"os\"))");
    expect_decls("var x, y int = 1, 2", "(var (spec (x y) int (1 2)))");
    expect_decls("var (\n\ta = 1\n\tb []string\n)",
                 "(var (spec (a) _ (1)) (spec (b) (slicetype string) ()))");
    expect_decls("const (\n\tA = iota\n\tB\n\tC\n\tD, E = 1, 2\n\tF, G\n)",
                 "(const (spec (A) _ (iota) iota=0) (spec (B) _ () iota=1 implicit) "
                 "(spec (C) _ () iota=2 implicit) (spec (D E) _ (1 2) iota=3) "
                 "(spec (F G) _ () iota=4 implicit))");
    expect_decls("const c int = 1", "(const (spec (c) int (1) iota=0))");
    expect_decls("type (\n\tA = B\n\tC struct{}\n)", "(type (spec A = B) (spec C (struct)))");
    expect_decls("func f() {}", "(func f (functype (params)) (block))");
    expect_decls("func f(int) int", "(func f (functype (params int) (results int)) _)");
    expect_decls("func (t *T) M(x int) (r int) { return }",
                 "(func (recv (t (star T))) M (functype (params (x int)) (results (r int))) "
                 "(block (return)))");
    expect_decls("func (T) M() {}", "(func (recv T) M (functype (params)) (block))");
}

static void test_generic_decls(void) {
    expect_decls("func Map[T, U any](s []T, f func(T) U) []U { return nil }",
                 "(func Map (functype (tparams (T U any)) (params (s (slicetype T)) "
                 "(f (functype (params T) (results U)))) (results (slicetype U))) "
                 "(block (return nil)))");
    expect_decls("type List[T any] struct{ next *List[T]; val T }",
                 "(type (spec List (tparams (T any)) (struct (next (star (index List T))) "
                 "(val T))))");
    expect_decls("type Number interface{ ~int | ~float64 }",
                 "(type (spec Number (interface (| (~ int) (~ float64)))))");
    expect_decls("func (l *List[T]) Push(v T) {}",
                 "(func (recv (l (star (index List T)))) Push (functype (params (v T))) (block))");
    expect_decls("func (p Pair[K, V]) Key() K { return p.k }",
                 "(func (recv (p (index Pair K V))) Key (functype (params) (results K)) "
                 "(block (return (sel p k))))");
    expect_decls("type Pair[K comparable, V any] struct{}",
                 "(type (spec Pair (tparams (K comparable) (V any)) (struct)))");
    expect_decls("func Sum[T int | float64](xs ...T) T",
                 "(func Sum (functype (tparams (T (| int float64))) (params (xs (... T))) "
                 "(results T)) _)");
    expect_decls("func F[S ~[]E, E any](s S) {}",
                 "(func F (functype (tparams (S (~ (slicetype E))) (E any)) (params (s S))) "
                 "(block))");
    /* [N]T: an array type when N is a lone name, type parameters otherwise */
    expect_decls("type A [N]int", "(type (spec A (array N int)))");
    expect_decls("type A[N]int", "(type (spec A (array N int)))");
    expect_decls("type A [2 * N]int", "(type (spec A (array (* 2 N) int)))");
    expect_decls("type A [N]struct{}", "(type (spec A (array N (struct))))");
    expect_decls("type T[P *C] int", "(type (spec T (array (* P C) int)))");
    expect_decls("type T[P *C,] int", "(type (spec T (tparams (P (star C))) int))");
    expect_decls("type T[P *[]int] int",
                 "(type (spec T (tparams (P (star (slicetype int)))) int))");
    expect_decls("type T[P interface{ m() }] int",
                 "(type (spec T (tparams (P (interface (m (functype (params)))))) int))");
    expect_decls("type T[P []E, E any] int",
                 "(type (spec T (tparams (P (slicetype E)) (E any)) int))");
    expect_decls("type T[P ~int] int", "(type (spec T (tparams (P (~ int))) int))");
    expect_decls("type T[_ any] int", "(type (spec T (tparams (_ any)) int))");
    expect_decls("type S[T any] = []T", "(type (spec S (tparams (T any)) = (slicetype T)))");
    expect_decls("var x List[int]", "(var (spec (x) (index List int) ()))");
}

/* ---- syntax errors ---- */

static void test_syntax_errors(void) {
    /* the spec corpus' cases */
    expect_error("package main\n\nfunc main()\n{\n}\n",
                 "4:1: syntax error: unexpected semicolon or newline before {");
    expect_error("package main\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
                 "3:17: syntax error: unexpected newline in argument list; possibly missing "
                 "comma or )");
    expect_error("package main\nfunc main() {\n\ts := []int{\n\t\t1,\n\t\t2\n\t}\n}\n",
                 "5:4: syntax error: unexpected newline in composite literal; possibly missing "
                 "comma or }");
    expect_error("package main\nfunc main() {\n\tif n > 0 {\n\t}\n\telse {\n\t}\n}\n",
                 "5:2: syntax error: unexpected else, expected }");
    expect_error("package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
                 "3:7: syntax error: cannot use x := 1 as value");
    expect_error("package main\nfunc main() {\n\tx :=\n}\n",
                 "4:1: syntax error: unexpected }, expected expression");
    expect_error("package main\nfunc main() {\n\tf()\n",
                 "4:1: syntax error: unexpected EOF, expected }");
    expect_error("package main\nx := 1\n",
                 "2:1: syntax error: non-declaration statement outside function body");
    expect_error("// only a comment", "1:18: expected 'package', found 'EOF'");
    expect_error("// only a comment\n", "1:19: expected 'package', found 'EOF'");
    expect_error("func main() {}\n", "1:1: expected 'package', found 'func'");
    expect_error("package 1\n", "1:9: expected 'IDENT', found 1");
    expect_error("package main x\n", "1:14: syntax error: unexpected x, expected semicolon or "
                                     "newline");

    /* more, checked against Go */
    expect_stmt_error("if x = 1 {\n}", "3:7: syntax error: cannot use assignment x = 1 as value");
    expect_stmt_error("if x == 1; x++ {\n}", "3:14: syntax error: cannot use x++ as value");
    expect_stmt_error("if {\n}", "3:5: syntax error: missing condition in if statement");
    expect_stmt_error("if x == 1;\n{\n}", "3:11: syntax error: missing condition in if statement");
    expect_stmt_error("if x == 1\n{\n}",
                      "3:11: syntax error: unexpected newline, expected { after if clause");
    expect_stmt_error("if x {\n} else for {\n}",
                      "4:8: syntax error: else must be followed by if or statement block");
    expect_stmt_error("for i := 0; i < 10; i := 1 {\n}",
                      "3:24: syntax error: cannot declare in post statement of for loop");
    expect_stmt_error("for var i = 0; i < 3; i++ {\n}",
                      "3:10: syntax error: var declaration not allowed in for initializer");
    expect_stmt_error("switch x {\n\tcase 1\n\t}",
                      "4:8: syntax error: unexpected newline, expected :");
    expect_stmt_error("x = = 1", "3:6: syntax error: unexpected =, expected expression");
    expect_stmt_error("x := 1 y := 2", "3:9: syntax error: unexpected y at end of statement");
    expect_stmt_error("x++ = 2", "3:6: syntax error: unexpected = at end of statement");
    expect_stmt_error("a, b += 1", "3:7: syntax error: unexpected +=, expected := or = or comma");
    expect_stmt_error("x := a[1:2:]", "3:13: final index required in 3-index slice");
    expect_stmt_error("x := a[::3]", "3:10: middle index required in 3-index slice");
    expect_stmt_error("x := a[]", "3:9: syntax error: unexpected ], expected operand");
    expect_stmt_error("x := a[1 2]", "3:11: syntax error: unexpected literal 2, expected comma, : "
                                     "or ]");
    expect_stmt_error("go func() {}", "3:5: expression in go must be function call");
    expect_stmt_error("defer g", "3:8: expression in defer must be function call");
    expect_stmt_error("defer (g())", "3:8: expression in defer must not be parenthesized");
    expect_stmt_error("x := (T){}", "3:10: syntax error: cannot parenthesize type in composite "
                                    "literal");
    /* a third range variable is the checker's error (as in types2), not the parser's */
    expect_stmt_error("for a, b, c := range m {\n}", "");
    expect_stmt_error("x := func[T any]() {}",
                      "3:11: syntax error: function type must have no type parameters");
    expect_stmt_error("ch <-", "4:1: syntax error: unexpected }, expected expression");
    expect_stmt_error("L:\n}\nfunc f() {", "");
    expect_stmt_error("x.", "4:1: syntax error: unexpected }, expected name or (");
    expect_stmt_error("x := 'ab'", "3:7: more than one character in rune literal");
    expect_stmt_error("~x", "3:2: syntax error: unexpected ~, expected }");
    expect_error("package p\nfunc (a, b T) f() {}\n", "2:15: method has multiple receivers");
    expect_error("package p\nfunc () f() {}\n", "2:9: method has no receiver");
    expect_error("package p\nfunc f(a int, string) {}\n",
                 "2:15: syntax error: mixed named and unnamed parameters");
    expect_error("package p\nfunc f(... int, b int) {}\n",
                 "2:8: syntax error: mixed named and unnamed parameters");
    expect_error("package p\nfunc f(...) {}\n", "2:11: syntax error: ... is missing type");
    expect_error("package p\nfunc f[T any, U]() {}\n",
                 "2:16: syntax error: missing type constraint");
    expect_error("package p\nfunc f[]() {}\n",
                 "2:8: syntax error: empty type parameter list");
    expect_error("package p\ntype T struct {\n\ta int,\n\tb int\n}\n",
                 "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon "
                 "or newline or }");
    expect_error("package p\nvar x = map[string]int{\"a\": 1 \"b\": 2}\n",
                 "2:31: syntax error: unexpected literal \"b\" in composite literal; possibly "
                 "missing comma or }");
    expect_error("package p\nimport fmt\n", "2:11: syntax error: missing import path");
    expect_error("package p\nimport 42\n", "2:8: syntax error: import path must be a string");
    expect_error("package p\nconst c = 1 +\n", "3:1: syntax error: unexpected EOF, expected "
                                               "expression");
    expect_error("package p\nvar x = 1\nimport \"fmt\"\n",
                 "3:1: syntax error: imports must appear before other declarations");
    expect_error("package p\ntype I interface {\n\tm[T any]()\n}\n",
                 "3:3: interface method must have no type parameters");
    expect_error("package p\nfunc (r T) m[P any]() {}\n",
                 "2:13: syntax error: method must have no type parameters");
    expect_error("package p\nvar x int := 1\n", "2:11: syntax error: unexpected :=, expected =");
    expect_error("package p\nfunc f() int { return 1 } x\n",
                 "2:27: syntax error: unexpected x after top level declaration");
    expect_error("package p\nfunc {}\n", "2:6: syntax error: unexpected {, expected name or (");
    expect_error("package p\ntype T\n", "2:7: syntax error: unexpected newline in type "
                                        "declaration");
    expect_error("package p\nvar x = []int{1, 2, 3 int}\n",
                 "2:23: syntax error: unexpected int in composite literal; possibly missing comma "
                 "or }");
    expect_error("package p\nvar x = `abc\n", "2:9: string not terminated");
    expect_error("package p\nvar x = 1 /* abc\n", "2:11: comment not terminated");
    /* a lexical error makes a bad literal, without follow-on syntax errors */
    expect_error("package p\nimport 1e\n", "2:10: exponent has no digits");
}

static void test_error_recovery(void) {
    /* one syntax error per line; errors on later lines are still found */
    Diags d = {0};
    parse("package p\nfunc f() {\n\tx := = 1 = 2\n\ty := )\n}\n", &d);
    const char *got = str_printf("%d errors, last %d:%d", d.list.len,
                                 d.list.len ? d.list.data[d.list.len - 1].pos.line : 0,
                                 d.list.len ? d.list.data[d.list.len - 1].pos.col : 0);
    report(d.list.len == 2 && d.list.data[1].pos.line == 4, "recovery", "two bad lines",
           "2 errors, last on line 4", got);

    /* at most 10 errors are reported, then parsing stops */
    StrBuf b = {0};
    sb_puts(&b, "package p\nfunc f() {\n");
    for (int i = 0; i < 50; i++) {
        sb_puts(&b, "\tx := )\n");
    }
    Diags d2 = {0};
    parse(sb_cstr(&b), &d2);
    report(d2.list.len == 11, "error limit", "50 bad lines", "11 errors",
           str_printf("%d errors", d2.list.len));
}

/* ---- clones, printing, limits, REPL, native types ---- */

static void test_clone(void) {
    const char *src = "package p\n"
                      "type L[T any] struct{ v T; next *L[T] }\n"
                      "func (l *L[T]) Each(f func(T) bool) {\n"
                      "\tfor n := l; n != nil; n = n.next {\n"
                      "\t\tswitch x := any(n.v).(type) {\n\t\tcase int:\n\t\t\t_ = x\n\t\t}\n"
                      "\t\tselect {\n\t\tcase v := <-ch:\n\t\t\t_ = v\n\t\tdefault:\n\t\t}\n"
                      "\t\tif !f(n.v) {\n\t\t\treturn\n\t\t}\n"
                      "\t\tm := map[string][]int{\"a\": {1, 2}}\n\t\t_ = m[\"a\"][1:2:2]\n"
                      "\t}\n}\n";
    Diags d = {0};
    File *f = parse(src, &d);
    StrBuf a = {0}, c = {0};
    ast_dump_file(f, &a);
    File g = *f;
    g.decls = NEW_ARRAY(Decl *, f->n);
    for (int i = 0; i < f->n; i++) {
        g.decls[i] = ast_clone_decl(f->decls[i]);
    }
    ast_dump_file(&g, &c);
    report(d.list.len == 0 && strcmp(sb_cstr(&a), sb_cstr(&c)) == 0, "clone", src,
           sb_cstr(&a), sb_cstr(&c));
    /* a clone shares no node and carries no annotation */
    Expr *orig = f->decls[0]->type.specs[0]->name;
    orig->mode = MODE_TYPE;
    Decl *cl = ast_clone_decl(f->decls[0]);
    Expr *copy = cl->type.specs[0]->name;
    report(copy != orig && copy->mode == MODE_INVALID && copy->ident.name == orig->ident.name,
           "clone fresh", "type L", "fresh node, mode cleared", "shared or annotated");
}

static void expect_format(const char *x, const char *want) {
    Diags d = {0};
    File *f = parse(str_printf("package p\nvar _ = %s\n", x), &d);
    const char *got = d.list.len ? first_error(&d)
                                 : ast_expr_string(f->decls[0]->value.specs[0]->values[0]);
    report(strcmp(got, want) == 0, "format", x, want, got);
}

static void test_format(void) {
    expect_format("a+b*c", "a + b * c");
    expect_format("f(x, y...)", "f(x, y...)");
    expect_format("[]int{1, 2}", "[]int{…}");
    expect_format("T{}", "T{}");
    expect_format("func(x int) string { return \"\" }", "func(x int) string {…}");
    expect_format("a[1:2:3]", "a[1:2:3]");
    expect_format("x.(*T)", "x.(*T)");
    expect_format("-x", "-x");
    expect_format("<-ch", "<-ch");
    expect_format("map[string]chan<- int(nil)", "map[string]chan<- int(nil)");
    expect_format("`raw`", "`raw`");
    expect_format("struct{ a, b int }{}", "struct{a, b int}{}");
    expect_format("(interface{ M() int })(nil)", "(interface{M() int})(nil)");
    expect_format("f[int, string]", "f[int, string]");
}

/* The parser runs on a stack of gosub's size (main.c: 1 GB), with its limit for that. */
static void *test_limits_thread(void *arg) {
    (void)arg;
    parse_set_max_depth(PARSE_MAX_DEPTH);
    /* 150,000 nested parentheses: one positioned error, no stack overflow */
    StrBuf b = {0};
    sb_puts(&b, "package p\nvar x = ");
    for (int i = 0; i < 150000; i++) {
        sb_putc(&b, '(');
    }
    sb_putc(&b, '1');
    for (int i = 0; i < 150000; i++) {
        sb_putc(&b, ')');
    }
    sb_putc(&b, '\n');
    Diags d = {0};
    parse(sb_cstr(&b), &d);
    report(d.list.len == 1 && strstr(d.list.data[0].msg, "nesting") && d.list.data[0].pos.line == 2,
           "deep nesting", "150000 (", "one nesting error on line 2", first_error(&d));

    /* nesting below the limit parses */
    StrBuf ok = {0};
    sb_puts(&ok, "package p\nvar x = ");
    for (int i = 0; i < 2000; i++) {
        sb_puts(&ok, "[]int{len(");
    }
    sb_putc(&ok, 'y');
    for (int i = 0; i < 2000; i++) {
        sb_puts(&ok, ")}");
    }
    sb_putc(&ok, '\n');
    Diags d1 = {0};
    parse(sb_cstr(&ok), &d1);
    report(d1.list.len == 0, "nesting 2000", "[]int{len(...", "no error", first_error(&d1));

    /* a long else-if chain costs no nesting */
    StrBuf ei = {0};
    sb_puts(&ei, "package p\nfunc f() {\n\tif a {\n\t}");
    for (int i = 0; i < 5000; i++) {
        sb_puts(&ei, " else if a {\n\t}");
    }
    sb_puts(&ei, "\n}\n");
    Diags d3 = {0};
    parse(sb_cstr(&ei), &d3);
    report(d3.list.len == 0, "else-if chain", "5000 else-ifs", "no error", first_error(&d3));

    /* a 10,000,000-byte unterminated string literal: one error */
    size_t n = 10000000;
    char *big = NEW_ATOMIC(n + 64);
    strcpy(big, "package p\nvar s = \"");
    size_t off = strlen(big);
    memset(big + off, 'a', n);
    big[off + n] = '\n';
    Diags d2 = {0};
    File *f = parse_file("t.go", big, off + n + 1, &d2);
    report(d2.list.len == 1 && strcmp(d2.list.data[0].msg, "newline in string") == 0 &&
               f->n == 1 && f->decls[0]->value.specs[0]->values[0]->lit.len == n,
           "10 MB literal", "var s = \"aaaa...", "2:10000010: newline in string", first_error(&d2));
    parse_set_max_depth(PARSE_SAFE_DEPTH); /* the other tests run on the main thread */
    return NULL;
}

static void test_limits(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    pthread_t t;
    if (GC_pthread_create(&t, &attr, test_limits_thread, NULL) != 0) {
        report(false, "limits", "a thread with a 1 GB stack", "started", "not started");
        return;
    }
    GC_pthread_join(t, NULL);
}

static void expect_repl(const char *src, const char *want) {
    Diags d = {0};
    ReplEntry e;
    bool incomplete;
    bool ok = parse_repl_entry("repl", src, strlen(src), &d, &e, &incomplete);
    StrBuf b = {0};
    if (incomplete) {
        sb_printf(&b, "incomplete (%d errors)", d.list.len);
    } else if (!ok) {
        sb_printf(&b, "error %s", first_error(&d));
    } else if (e.expr) {
        sb_puts(&b, "expr ");
        ast_dump_expr(e.expr, &b);
    } else if (e.ndecls) {
        sb_puts(&b, "decls");
        for (int i = 0; i < e.ndecls; i++) {
            sb_putc(&b, ' ');
            ast_dump_decl(e.decls[i], &b);
        }
    } else {
        sb_puts(&b, "stmts");
        for (int i = 0; i < e.nstmts; i++) {
            sb_putc(&b, ' ');
            ast_dump_stmt(e.stmts[i], &b);
        }
    }
    report(strcmp(sb_cstr(&b), want) == 0, "repl", src, want, sb_cstr(&b));
}

static void test_repl(void) {
    expect_repl("1 + 2", "expr (+ 1 2)");
    expect_repl("fmt.Println(x)\n", "expr (call (sel fmt Println) x)");
    expect_repl("x := 1", "stmts (:= (x) (1))");
    expect_repl("x := 1; y := x", "stmts (:= (x) (1)) (:= (y) (x))");
    expect_repl("for i := 0; i < 3; i++ { f(i) }",
                "stmts (for (:= (i) (0)) (< i 3) (++ i) (block (expr (call f i))))");
    expect_repl("import \"fmt\"", "decls (import \"fmt\")");
    expect_repl("func f() int { return 1 }",
                "decls (func f (functype (params) (results int)) (block (return 1)))");
    expect_repl("func (t T) M() {}", "decls (func (recv (t T)) M (functype (params)) (block))");
    expect_repl("func() { f() }()", "expr (call (funclit (functype (params)) (block (expr "
                                    "(call f)))))");
    expect_repl("type T struct{ x int }", "decls (type (spec T (struct (x int))))");
    expect_repl("var x = 1", "decls (var (spec (x) _ (1)))");
    expect_repl("var x = 1; f(x)", "stmts (var (spec (x) _ (1))) (expr (call f x))");
    expect_repl("if x {", "incomplete (0 errors)");
    expect_repl("func f() {\n\tx := 1\n", "incomplete (0 errors)");
    expect_repl("x := 1 +", "incomplete (0 errors)");
    expect_repl("s := `abc", "incomplete (0 errors)");
    expect_repl("/* comment", "incomplete (0 errors)");
    expect_repl("f(1,", "incomplete (0 errors)");
    expect_repl("x := )", "error 1:6: syntax error: unexpected ), expected expression");
    expect_repl("}", "error 1:1: syntax error: unexpected } at end of statement");
    expect_repl("", "stmts");
}

static void expect_native(const char *src, const char *want) {
    Diags d = {0};
    Expr *t = parse_type_text(src, &d);
    StrBuf b = {0};
    if (t) {
        ast_dump_expr(t, &b);
    } else {
        sb_printf(&b, "error %s", first_error(&d));
    }
    report(strcmp(sb_cstr(&b), want) == 0, "native type", src, want, sb_cstr(&b));
}

static void test_native(void) {
    expect_native("func(s string, sep string) []string",
                  "(functype (params (s string) (sep string)) (results (slicetype string)))");
    expect_native("(a ...any) (n int, err error)",
                  "(functype (params (a (... any))) (results (n int) (err error)))");
    expect_native("map[string]int", "(map string int)");
    expect_native("func(", "error 1:6: syntax error: unexpected EOF, expected )");
    expect_native("int int", "error 1:5: syntax error: unexpected int after type");
}

int main(void) {
    GC_INIT();
    test_semicolons();
    test_operators();
    test_literals();
    test_lex_errors();
    test_precedence();
    test_primary();
    test_composite();
    test_generic_exprs();
    test_types();
    test_simple_stmts();
    test_control_stmts();
    test_complit_ambiguity();
    test_decls();
    test_generic_decls();
    test_syntax_errors();
    test_error_recovery();
    test_clone();
    test_format();
    test_limits();
    test_repl();
    test_native();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
