/* parse.c — recursive descent parser for Go, generics included.
 *
 * The structure follows cmd/compile/internal/syntax/parser.go, so that the ambiguous places
 * are decided as Go decides them and syntax errors carry Go's wording and positions:
 *
 * - xnest is the expression nesting level. A control clause header (if/for/switch) sets it
 *   to -1: there `T{` does not start a composite literal (the `{` opens the block) unless
 *   the literal is inside parentheses, brackets, a call or a function literal.
 * - fnest is the function nesting level; inside a function, error recovery also stops at
 *   keywords that start a statement.
 * - After a syntax error the parser skips to a token of a follow set and goes on; a syntax
 *   error on the line of the previous one, or at the end of input after any error, is not
 *   reported (Go reports one syntax error per line).
 * - depth counts the nesting of expressions, types, blocks and literals. Past max_depth
 *   (parse.h) the parse stops: the token stream turns into EOF, every production returns at
 *   once.
 *
 * Every function that implements a production of grammar/gosub.ebnf is marked with a
 * `Production: Name` comment; tests/grammar_test.py keeps the two in step.
 */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>

typedef VEC(Expr *) ExprVec;
typedef VEC(Stmt *) StmtVec;

/* A parameter as parsed, before names are told from types and grouped into Fields. */
typedef struct PField {
    Pos pos;
    Expr *name;
    Expr *type;
} PField;
typedef VEC(PField) PFieldVec;

/* `v := x.(type)` in a switch header: the guard expression and the name it binds. */
typedef struct Guard {
    Expr *guard;
    Expr *lhs;
} Guard;

typedef struct Parser {
    Lexer lx;
    const char *file;
    Diags *diags;
    Token tok;
    int fnest, xnest, depth;
    bool has_error;    /* an error (lexical or syntax) was reported */
    bool first_at_eof; /* ... and the first one was because the input ended early */
    bool stopped;      /* the token stream is forced to EOF */
    int last_syntax_line;
    int nsyntax; /* syntax errors (not lexical ones) */
    int nreported;
    VEC(Guard) guards;
    VEC(Diag) late; /* errors Go's type checker reports: shown only without syntax errors */
    Pos spos; /* Go's position of the last simple statement: its operator */
    bool lazy_bodies; /* function bodies are skipped (parse_std_file) */
} Parser;

static Expr *expr(Parser *p);
static Expr *binary_expr(Parser *p, Expr *x, int prec);
static Expr *type_(Parser *p);
static Expr *type_or_nil(Parser *p);
static Expr *unary_expr(Parser *p);
static Expr *pexpr(Parser *p, Expr *x);
static Expr *qualified_name(Parser *p, Expr *name);
static Expr *func_type(Parser *p, const char *context, Pos pos);
static Block *block_stmt(Parser *p, const char *context);
static Block *func_body(Parser *p);
static Stmt *stmt_or_nil(Parser *p);
static StmtVec stmt_list(Parser *p);
static Expr *complit_expr(Parser *p);
static Expr *embedded_elem(Parser *p, Expr *first);
static PFieldVec param_list(Parser *p, Expr *name, Expr *typ, TokKind close, bool require_names,
                            Pos *end);
static Decl *const_decl(Parser *p);
static Decl *var_decl(Parser *p);
static Decl *type_decl(Parser *p);

/* ---- tokens and errors ---- */

static void stop(Parser *p) {
    p->stopped = true;
    p->tok.kind = T_EOF;
}

static void next(Parser *p) {
    if (p->stopped) {
        p->tok.kind = T_EOF;
        return;
    }
    int before = diag_count(p->diags);
    p->tok = lex_next(&p->lx);
    if (diag_count(p->diags) > before && !p->has_error) {
        p->has_error = true;
        p->first_at_eof = p->lx.eof_in_token;
    }
}

static void error_at(Parser *p, Pos pos, const char *msg) {
    if (!p->has_error) {
        p->has_error = true;
        p->first_at_eof = p->tok.kind == T_EOF;
    }
    if (strncmp(msg, "syntax error", 12) == 0) {
        p->nsyntax++;
        if (pos.line == p->last_syntax_line) {
            return; /* one syntax error per line */
        }
        p->last_syntax_line = pos.line;
    }
    diag_error(p->diags, p->file, pos, "%s", msg);
    if (++p->nreported > 10) {
        stop(p); /* Go gives up after 10 errors */
    }
}

static void error_here(Parser *p, const char *msg) { error_at(p, p->tok.pos, msg); }

/* An error Go reports from its type checker, which only runs when there was no syntax
 * error: kept until the end of the parse. */
static void late_error(Parser *p, Pos pos, const char *msg) {
    Diag g = {p->file, pos, (char *)msg, false};
    vec_push(&p->late, g);
}

static bool is_literal(TokKind k) { return k >= T_INT && k <= T_STRING; }

/* How Go names the current token in "unexpected X". */
static const char *tok_desc(Parser *p) {
    Token *t = &p->tok;
    switch (t->kind) {
    case T_IDENT:
    case T_SEMICOLON:
        return t->text;
    case T_COMMA:
        return "comma";
    default:
        if (is_literal(t->kind)) {
            return str_printf("literal %.*s", (int)(t->end - t->off), p->lx.src + t->off);
        }
        return tok_str(t->kind);
    }
}

/* How Go names an expected token. */
static const char *tokstring(TokKind k) {
    switch (k) {
    case T_COMMA:
        return "comma";
    case T_SEMICOLON:
        return "semicolon or newline";
    default:
        return tok_str(k);
    }
}

static bool has_prefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* A syntax error at pos. A message starting with "in ", "at ", "after " or "expected " is
 * about the current token and gets "unexpected X" in front; others are shown as they are. */
static void syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (p->tok.kind == T_EOF && p->has_error) {
        return; /* avoid meaningless follow-up errors */
    }
    const char *sep;
    if (msg[0] == 0) {
        sep = "";
    } else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") || has_prefix(msg, "after ")) {
        sep = " ";
    } else if (has_prefix(msg, "expected ")) {
        sep = ", ";
    } else {
        error_at(p, pos, str_printf("syntax error: %s", msg));
        return;
    }
    error_at(p, pos, str_printf("syntax error: unexpected %s%s%s", tok_desc(p), sep, msg));
}

static void syntax_error(Parser *p, const char *msg) { syntax_error_at(p, p->tok.pos, msg); }

static bool stopset_has(TokKind k) {
    switch (k) {
    case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER: case T_FALLTHROUGH:
    case T_FOR: case T_GO: case T_GOTO: case T_IF: case T_RETURN: case T_SELECT:
    case T_SWITCH: case T_TYPE: case T_VAR:
        return true;
    default:
        return false;
    }
}

static bool is_operator(TokKind k) {
    return (k >= T_ADD && k <= T_AND_NOT && k != T_MUL) || (k >= T_LAND && k <= T_LOR) ||
           (k >= T_EQL && k <= T_GTR) || k == T_NOT || (k >= T_NEQ && k <= T_GEQ) ||
           k == T_TILDE;
}

/* Skips tokens until one of follow (a list ending in -1; T_ILLEGAL stands for any operator)
 * or, inside a function, a keyword that starts a statement. With an empty list, skips one
 * token. Never skips EOF. */
static void advance_(Parser *p, const int *follow) {
    bool any = follow[0] >= 0;
    for (;;) {
        TokKind k = p->tok.kind;
        if (k == T_EOF) {
            return;
        }
        if (any) {
            if (p->fnest > 0 && stopset_has(k)) {
                return;
            }
            for (const int *f = follow; *f >= 0; f++) {
                if ((TokKind)*f == k || (*f == T_ILLEGAL && is_operator(k))) {
                    return;
                }
            }
        }
        next(p);
        if (!any) {
            return;
        }
    }
}
#define ADVANCE(p, ...) advance_((p), (const int[]){__VA_ARGS__, -1})
#define ADVANCE_ONE(p) advance_((p), (const int[]){-1})

static bool got(Parser *p, TokKind k) {
    if (p->tok.kind == k) {
        next(p);
        return true;
    }
    return false;
}

static void want(Parser *p, TokKind k) {
    if (!got(p, k)) {
        syntax_error(p, str_printf("expected %s", tokstring(k)));
        ADVANCE_ONE(p);
    }
}

/* Like got(T_ASSIGN) but also takes ":=" (with an error) for better recovery. */
static bool got_assign(Parser *p) {
    switch (p->tok.kind) {
    case T_DEFINE:
        syntax_error(p, "expected =");
        next(p);
        return true;
    case T_ASSIGN:
        next(p);
        return true;
    default:
        return false;
    }
}

static int max_depth = PARSE_SAFE_DEPTH;

void parse_set_max_depth(int depth) {
    max_depth = depth < PARSE_MAX_DEPTH ? depth : PARSE_MAX_DEPTH;
}

static void enter(Parser *p) {
    if (++p->depth > max_depth && !p->stopped) {
        error_here(p, "exceeded max nesting depth");
        stop(p);
    }
}

static void leave(Parser *p) { p->depth--; }

/* ---- nodes ---- */

static Expr *new_name(Pos pos, const char *name) {
    Expr *e = ast_expr(E_IDENT, pos);
    e->ident.name = intern_cstr(name);
    return e;
}

static Expr *bad_expr(Parser *p) { return ast_expr(E_BAD, p->tok.pos); }

static Expr *unparen(Expr *x) {
    while (x->kind == E_PAREN) {
        x = x->paren.x;
    }
    return x;
}

static FieldList *new_fields(Pos open, Pos close) {
    FieldList *fl = NEW(FieldList);
    fl->open = open;
    fl->close = close;
    return fl;
}

static void add_field(FieldList *fl, Field *f) {
    Field **list = NEW_ARRAY(Field *, fl->n + 1);
    if (fl->n) {
        memcpy(list, fl->list, sizeof(Field *) * (size_t)fl->n);
    }
    list[fl->n++] = f;
    fl->list = list;
}

typedef VEC(Field *) FieldVec;

/* Groups consecutive named parameters that share one type expression (`a, b int`). */
static FieldList *group_params(PFieldVec *v, Pos open, Pos close) {
    FieldList *fl = new_fields(open, close);
    FieldVec out = {0};
    for (int i = 0; i < v->len; i++) {
        PField *pf = &v->data[i];
        Field *last = out.len ? out.data[out.len - 1] : NULL;
        if (pf->name && last && last->nnames > 0 && last->type == pf->type) {
            Expr **names = NEW_ARRAY(Expr *, last->nnames + 1);
            memcpy(names, last->names, sizeof(Expr *) * (size_t)last->nnames);
            names[last->nnames++] = pf->name;
            last->names = names;
            continue;
        }
        Field *f = NEW(Field);
        f->pos = pf->pos;
        f->type = pf->type;
        if (pf->name) {
            f->names = NEW_ARRAY(Expr *, 1);
            f->names[0] = pf->name;
            f->nnames = 1;
        }
        vec_push(&out, f);
    }
    fl->list = out.data;
    fl->n = out.len;
    return fl;
}

/* ---- common productions ---- */

static Expr *name(Parser *p) {
    if (p->tok.kind == T_IDENT) {
        Expr *n = new_name(p->tok.pos, p->tok.text);
        next(p);
        return n;
    }
    Expr *n = new_name(p->tok.pos, "_");
    syntax_error(p, "expected name");
    ADVANCE_ONE(p);
    return n;
}

/* Production: IdentifierList */
static ExprVec name_list(Parser *p, Expr *first) {
    ExprVec v = {0};
    vec_push(&v, first);
    while (got(p, T_COMMA)) {
        vec_push(&v, name(p));
    }
    return v;
}

/* Production: ExpressionList */
static ExprVec expr_list(Parser *p) {
    ExprVec v = {0};
    vec_push(&v, expr(p));
    while (got(p, T_COMMA)) {
        vec_push(&v, expr(p));
    }
    return v;
}

/* Production: TypeList */
/* A non-empty list of types, optionally followed by a comma; unless strict, the first element
 * may be an expression (an index, an array length). *comma tells whether a comma was seen. */
static ExprVec type_list(Parser *p, bool strict, bool *comma) {
    ExprVec v = {0};
    *comma = false;
    p->xnest++;
    vec_push(&v, strict ? type_(p) : expr(p));
    if (got(p, T_COMMA)) {
        *comma = true;
        Expr *t = type_or_nil(p);
        if (t) {
            vec_push(&v, t);
            while (got(p, T_COMMA)) {
                t = type_or_nil(p);
                if (!t) {
                    break;
                }
                vec_push(&v, t);
            }
        }
    }
    p->xnest--;
    return v;
}

/* A list of elements separated by sep and closed by close (sep optional before close).
 * Calls f for each element; f returns true to end the list early. Returns the position of
 * the closing token. */
static Pos list(Parser *p, const char *context, TokKind sep, TokKind close,
                bool (*f)(Parser *, void *), void *ctx) {
    bool done = false;
    while (p->tok.kind != T_EOF && p->tok.kind != close && !done) {
        done = f(p, ctx);
        if (!got(p, sep) && p->tok.kind != close) {
            syntax_error(p, str_printf("in %s; possibly missing %s or %s", context,
                                       tokstring(sep), tokstring(close)));
            ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (p->tok.kind != close) {
                return p->tok.pos;
            }
        }
    }
    Pos pos = p->tok.pos;
    want(p, close);
    return pos;
}

/* Production: BasicLit */
static Expr *basic_lit(Parser *p) {
    if (!is_literal(p->tok.kind)) {
        return NULL;
    }
    Token *t = &p->tok;
    Expr *e = ast_expr(E_BASICLIT, t->pos);
    e->lit.kind = t->kind;
    e->lit.text = t->text;
    e->lit.len = t->kind == T_STRING ? t->str_len : strlen(t->text);
    e->lit.rune = t->rune;
    e->lit.bad = t->bad;
    if (t->kind == T_STRING) {
        size_t n = t->end - t->off;
        char *s = NEW_ATOMIC(n + 1);
        memcpy(s, p->lx.src + t->off, n);
        s[n] = 0;
        e->lit.src = s;
    } else {
        e->lit.src = t->text;
    }
    next(p);
    return e;
}

/* ---- types ---- */

static Expr *type_(Parser *p) {
    Expr *t = type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expected type");
        ADVANCE(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* Production: PointerType */
static Expr *pointer_type(Parser *p) {
    Expr *t = ast_expr(E_STAR, p->tok.pos);
    want(p, T_MUL);
    t->star.x = type_(p);
    return t;
}

static Expr *chan_elem(Parser *p) {
    Expr *t = type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

/* Production: ChannelType */
static Expr *channel_type(Parser *p) {
    Expr *t = ast_expr(E_CHANTYPE, p->tok.pos);
    t->chantype.dir = CHAN_BOTH;
    if (p->tok.kind == T_ARROW) {
        t->chantype.dir = CHAN_RECV;
        t->chantype.arrow = p->tok.pos;
        next(p);
        want(p, T_CHAN);
    } else {
        want(p, T_CHAN);
        if (p->tok.kind == T_ARROW) {
            t->chantype.dir = CHAN_SEND;
            t->chantype.arrow = p->tok.pos;
            next(p);
        }
    }
    t->chantype.value = chan_elem(p);
    return t;
}

/* Production: FunctionType */
static Expr *function_type(Parser *p) {
    Pos pos = p->tok.pos;
    want(p, T_FUNC);
    return func_type(p, "function type", pos);
}

/* Production: SliceType */
/* "[" "]" have been consumed; pos is the position of "[". */
static Expr *slice_type(Parser *p, Pos pos) {
    Expr *t = ast_expr(E_ARRAYTYPE, pos);
    t->arraytype.elt = type_(p);
    return t;
}

/* Production: ArrayType */
/* "[" has been consumed; pos is its position; len is the length when already parsed. */
static Expr *array_type(Parser *p, Pos pos, Expr *len) {
    if (!len) {
        if (p->tok.kind == T_ELLIPSIS) {
            len = ast_expr(E_ELLIPSIS, p->tok.pos);
            next(p);
        } else {
            p->xnest++;
            len = expr(p);
            p->xnest--;
        }
    }
    if (p->tok.kind == T_COMMA) {
        /* accepted in type parameter lists but not in array types: complain */
        syntax_error(p, "unexpected comma; expected ]");
        next(p);
    }
    want(p, T_RBRACK);
    Expr *t = ast_expr(E_ARRAYTYPE, pos);
    t->arraytype.len = len;
    t->arraytype.elt = type_(p);
    return t;
}

/* Production: MapType */
static Expr *map_type(Parser *p) {
    Expr *t = ast_expr(E_MAPTYPE, p->tok.pos);
    want(p, T_MAP);
    want(p, T_LBRACK);
    t->maptype.key = type_(p);
    want(p, T_RBRACK);
    t->maptype.value = type_(p);
    return t;
}

/* Production: ArrayOrTypeArgs */
/* After a field or parameter name: `[n]E` (an array type) or `[A, B]` (type arguments of an
 * embedded or parameter type: an E_INDEX whose x the caller fills in). */
static Expr *array_or_targs(Parser *p) {
    Pos pos = p->tok.pos;
    want(p, T_LBRACK);
    if (got(p, T_RBRACK)) {
        return slice_type(p, pos);
    }
    bool comma;
    ExprVec n = type_list(p, false, &comma);
    Pos rbrack = p->tok.pos;
    want(p, T_RBRACK);
    if (!comma) {
        Expr *elem = type_or_nil(p);
        if (elem) {
            Expr *t = ast_expr(E_ARRAYTYPE, pos);
            t->arraytype.len = n.data[0];
            t->arraytype.elt = elem;
            return t;
        }
    }
    Expr *t = ast_expr(E_INDEX, pos);
    t->index.indices = n.data;
    t->index.n = n.len;
    t->index.lbrack = pos;
    t->index.rbrack = rbrack;
    return t;
}

typedef struct StructCtx {
    FieldList *fl;
} StructCtx;

static void struct_add(FieldList *fl, Pos pos, ExprVec *names, Expr *typ, Expr *tag) {
    Field *f = NEW(Field);
    f->pos = pos;
    if (names) {
        f->names = names->data;
        f->nnames = names->len;
    }
    f->type = typ;
    if (tag && tag->lit.kind == T_STRING) {
        f->tag = tag->lit.text;
        f->tag_len = tag->lit.len;
    }
    add_field(fl, f);
}

/* Production: FieldDecl */
static bool field_decl(Parser *p, void *ctx) {
    FieldList *fl = ((StructCtx *)ctx)->fl;
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case T_IDENT: {
        Expr *nm = name(p);
        TokKind k = p->tok.kind;
        if (k == T_PERIOD || is_literal(k) || k == T_SEMICOLON || k == T_RBRACE) {
            /* embedded type */
            Expr *typ = qualified_name(p, nm);
            struct_add(fl, pos, NULL, typ, basic_lit(p));
            break;
        }
        ExprVec names = name_list(p, nm);
        Expr *typ;
        if (names.len == 1 && p->tok.kind == T_LBRACK) {
            /* an embedded instantiated type T[A] or a field T of type [N]E */
            typ = array_or_targs(p);
            if (typ->kind == E_INDEX) {
                typ->index.x = nm;
                typ->pos = nm->pos;
                struct_add(fl, pos, NULL, typ, basic_lit(p));
                break;
            }
        } else {
            typ = type_(p);
        }
        struct_add(fl, pos, &names, typ, basic_lit(p));
        break;
    }
    case T_MUL: {
        next(p);
        Expr *typ;
        if (p->tok.kind == T_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            typ = qualified_name(p, NULL);
            got(p, T_RPAREN);
        } else {
            typ = qualified_name(p, NULL);
        }
        Expr *star = ast_expr(E_STAR, pos);
        star->star.x = typ;
        struct_add(fl, pos, NULL, star, basic_lit(p));
        break;
    }
    case T_LPAREN: {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        Expr *typ;
        if (p->tok.kind == T_MUL) {
            typ = ast_expr(E_STAR, p->tok.pos);
            next(p);
            typ->star.x = qualified_name(p, NULL);
        } else {
            typ = qualified_name(p, NULL);
        }
        got(p, T_RPAREN);
        struct_add(fl, pos, NULL, typ, basic_lit(p));
        break;
    }
    default:
        syntax_error(p, "expected field name or embedded type");
        ADVANCE(p, T_SEMICOLON, T_RBRACE);
    }
    return false;
}

/* Production: StructType */
static Expr *struct_type(Parser *p) {
    Expr *t = ast_expr(E_STRUCTTYPE, p->tok.pos);
    want(p, T_STRUCT);
    Pos open = p->tok.pos;
    want(p, T_LBRACE);
    StructCtx ctx = {new_fields(open, open)};
    ctx.fl->close = list(p, "struct type", T_SEMICOLON, T_RBRACE, field_decl, &ctx);
    t->structtype.fields = ctx.fl;
    return t;
}

static Field *new_method(Pos pos, Expr *nm, Expr *sig) {
    Field *f = NEW(Field);
    f->pos = pos;
    f->names = NEW_ARRAY(Expr *, 1);
    f->names[0] = nm;
    f->nnames = 1;
    f->type = sig;
    return f;
}

static Field *new_embedded(Pos pos, Expr *typ) {
    Field *f = NEW(Field);
    f->pos = pos;
    f->type = typ;
    return f;
}

/* Production: MethodSpec */
/* A method `m(...)`, or an embedded element starting with a name (returned as a Field
 * without names, which the caller may extend into a union). */
static Field *method_spec(Parser *p) {
    static const char context[] = "interface method";
    Pos pos = p->tok.pos;
    Expr *nm = name(p);
    switch (p->tok.kind) {
    case T_LPAREN:
        return new_method(pos, nm, func_type(p, context, p->tok.pos));
    case T_LBRACK: {
        /* a generic method m[T C](x T) (accepted, with an error) or an embedded
         * instantiated type T[A, B] */
        Pos lbrack = p->tok.pos;
        next(p);
        if (p->tok.kind == T_RBRACK) {
            Pos rpos = p->tok.pos;
            next(p);
            if (p->tok.kind == T_LPAREN) {
                error_at(p, rpos, "empty type parameter list");
                return new_method(pos, nm, func_type(p, context, p->tok.pos));
            }
            error_at(p, rpos, "empty type argument list");
            return new_embedded(pos, nm);
        }
        Pos end;
        PFieldVec l = param_list(p, NULL, NULL, T_RBRACK, false, &end);
        if (l.len == 0) {
            if (p->tok.kind == T_LPAREN) {
                return new_method(pos, nm, func_type(p, context, p->tok.pos));
            }
            return new_embedded(pos, nm);
        }
        if (l.data[0].name) {
            Field *f = new_method(pos, nm, func_type(p, context, p->tok.pos));
            error_at(p, lbrack, "interface method must have no type parameters");
            return f;
        }
        Expr *t = ast_expr(E_INDEX, nm->pos);
        t->index.x = nm;
        t->index.n = l.len;
        t->index.indices = NEW_ARRAY(Expr *, l.len);
        for (int i = 0; i < l.len; i++) {
            t->index.indices[i] = l.data[i].type;
        }
        t->index.lbrack = lbrack;
        t->index.rbrack = end;
        return new_embedded(pos, t);
    }
    default:
        return new_embedded(pos, qualified_name(p, nm));
    }
}

/* Production: Term */
static Expr *embedded_term(Parser *p) {
    if (p->tok.kind == T_TILDE) {
        Expr *t = ast_expr(E_UNARY, p->tok.pos);
        t->unary.op = T_TILDE;
        next(p);
        t->unary.x = type_(p);
        return t;
    }
    Expr *t = type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expected ~ term or type");
        ADVANCE(p, T_ILLEGAL, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* Production: Union */
/* Term { "|" Term }, where first (if not NULL) is the first term, already parsed. */
static Expr *embedded_elem(Parser *p, Expr *first) {
    Expr *x = first ? first : embedded_term(p);
    while (p->tok.kind == T_OR) {
        Expr *b = ast_expr(E_BINARY, x->pos);
        b->binary.op = T_OR;
        b->binary.op_pos = p->tok.pos;
        next(p);
        b->binary.x = x;
        b->binary.y = embedded_term(p);
        x = b;
    }
    return x;
}

typedef struct IfaceCtx {
    FieldList *fl;
} IfaceCtx;

static bool interface_elem(Parser *p, void *ctx) {
    FieldList *fl = ((IfaceCtx *)ctx)->fl;
    Field *f = NULL;
    if (p->tok.kind == T_IDENT) {
        f = method_spec(p);
    }
    if (!f) {
        Pos pos = p->tok.pos;
        f = new_embedded(pos, embedded_elem(p, NULL));
    } else if (f->nnames == 0) {
        f->type = embedded_elem(p, f->type);
    }
    add_field(fl, f);
    return false;
}

/* Production: InterfaceType */
static Expr *interface_type(Parser *p) {
    Expr *t = ast_expr(E_IFACETYPE, p->tok.pos);
    want(p, T_INTERFACE);
    Pos open = p->tok.pos;
    want(p, T_LBRACE);
    IfaceCtx ctx = {new_fields(open, open)};
    ctx.fl->close = list(p, "interface type", T_SEMICOLON, T_RBRACE, interface_elem, &ctx);
    t->ifacetype.methods = ctx.fl;
    return t;
}

/* Production: TypeArgs */
static Expr *type_instance(Parser *p, Expr *typ) {
    Expr *x = ast_expr(E_INDEX, typ->pos);
    x->index.x = typ;
    x->index.lbrack = p->tok.pos;
    want(p, T_LBRACK);
    if (p->tok.kind == T_RBRACK) {
        syntax_error(p, "expected type argument list");
        x->index.indices = NEW_ARRAY(Expr *, 1);
        x->index.indices[0] = bad_expr(p);
        x->index.n = 1;
    } else {
        bool comma;
        ExprVec v = type_list(p, true, &comma);
        x->index.indices = v.data;
        x->index.n = v.len;
    }
    x->index.rbrack = p->tok.pos;
    want(p, T_RBRACK);
    return x;
}

/* Production: TypeName */
/* identifier [ "." identifier ] [ TypeArgs ]; name is the first identifier when already
 * parsed. */
static Expr *qualified_name(Parser *p, Expr *nm) {
    Expr *x;
    if (nm) {
        x = nm;
    } else if (p->tok.kind == T_IDENT) {
        x = name(p);
    } else {
        x = new_name(p->tok.pos, "_");
        syntax_error(p, "expected name");
        ADVANCE(p, T_PERIOD, T_SEMICOLON, T_RBRACE);
    }
    if (p->tok.kind == T_PERIOD) {
        Expr *s = ast_expr(E_SELECTOR, x->pos);
        next(p);
        s->selector.x = x;
        s->selector.sel = name(p);
        x = s;
    }
    if (p->tok.kind == T_LBRACK) {
        x = type_instance(p, x);
    }
    return x;
}

/* Production: Type */
/* A type, or NULL (no error) when the current token cannot start one. */
static Expr *type_or_nil(Parser *p) {
    Pos pos = p->tok.pos;
    Expr *t = NULL;
    enter(p);
    switch (p->tok.kind) {
    case T_MUL:
        t = pointer_type(p);
        break;
    case T_ARROW:
    case T_CHAN:
        t = channel_type(p);
        break;
    case T_FUNC:
        t = function_type(p);
        break;
    case T_LBRACK:
        next(p);
        t = got(p, T_RBRACK) ? slice_type(p, pos) : array_type(p, pos, NULL);
        break;
    case T_MAP:
        t = map_type(p);
        break;
    case T_STRUCT:
        t = struct_type(p);
        break;
    case T_INTERFACE:
        t = interface_type(p);
        break;
    case T_IDENT:
        t = qualified_name(p, NULL);
        break;
    case T_LPAREN:
        next(p);
        t = ast_expr(E_PAREN, pos);
        t->paren.x = type_(p);
        want(p, T_RPAREN);
        break;
    default:
        break;
    }
    leave(p);
    return t;
}

/* ---- parameters and signatures ---- */

/* Production: ParameterDecl */
/* One parameter: [ name ] [ "..." ] Type, or in a type parameter list (follow is "]") a name
 * with a constraint, which may be a union of terms. name is the first name when already
 * parsed. Returns false (and reports) when there is neither a name nor a type. */
static bool param_decl_or_nil(Parser *p, Expr *nm, TokKind follow, PField *f) {
    bool typesets_ok = follow == T_RBRACK;
    Pos pos = nm ? nm->pos : p->tok.pos;
    memset(f, 0, sizeof *f);
    f->pos = pos;
    if (!nm && typesets_ok && p->tok.kind == T_TILDE) {
        f->type = embedded_elem(p, NULL);
        return true;
    }
    if (p->tok.kind == T_IDENT || nm) {
        if (!nm) {
            nm = name(p);
        }
        if (p->tok.kind == T_LBRACK) {
            /* name "[" ... */
            f->type = array_or_targs(p);
            if (f->type->kind == E_INDEX) {
                f->type->index.x = nm;
                f->type->pos = nm->pos;
            } else {
                f->name = nm;
            }
            if (typesets_ok && p->tok.kind == T_OR) {
                f->type = embedded_elem(p, f->type);
            }
            return true;
        }
        if (p->tok.kind == T_PERIOD) {
            /* name "." ... */
            f->type = qualified_name(p, nm);
            if (typesets_ok && p->tok.kind == T_OR) {
                f->type = embedded_elem(p, f->type);
            }
            return true;
        }
        if (typesets_ok && p->tok.kind == T_OR) {
            f->type = embedded_elem(p, nm);
            return true;
        }
        f->name = nm;
    }
    if (p->tok.kind == T_ELLIPSIS) {
        Expr *t = ast_expr(E_ELLIPSIS, p->tok.pos);
        next(p);
        t->ellipsis.elt = type_or_nil(p);
        if (!t->ellipsis.elt) {
            t->ellipsis.elt = bad_expr(p);
            syntax_error(p, "... is missing type");
        }
        f->type = t;
        return true;
    }
    if (typesets_ok && p->tok.kind == T_TILDE) {
        f->type = embedded_elem(p, NULL);
        return true;
    }
    f->type = type_or_nil(p);
    if (typesets_ok && p->tok.kind == T_OR && f->type) {
        f->type = embedded_elem(p, f->type);
    }
    if (f->name || f->type) {
        return true;
    }
    syntax_error(p, str_printf("expected %s", tokstring(follow)));
    ADVANCE(p, T_COMMA, follow);
    return false;
}

typedef struct ParamCtx {
    Expr *name, *typ;
    TokKind close;
    PFieldVec list;
    int named, typed;
} ParamCtx;

static bool param_elem(Parser *p, void *vctx) {
    ParamCtx *c = vctx;
    PField par;
    bool ok;
    if (c->typ) {
        par = (PField){c->name->pos, c->name, c->typ};
        ok = true;
    } else {
        ok = param_decl_or_nil(p, c->name, c->close, &par);
    }
    c->name = c->typ = NULL;
    if (ok) {
        if (par.name && par.type) {
            c->named++;
        }
        if (par.type) {
            c->typed++;
        }
        vec_push(&c->list, par);
    }
    return false;
}

/* Production: ParameterList */
/* The list after "(" or "[" up to and including close. name/typ are the first parameter's
 * name and type when the caller has parsed them. Either all parameters end up named or none
 * is; in a type parameter list (require_names) all must be. *end is the closer's position. */
static PFieldVec param_list(Parser *p, Expr *nm, Expr *typ, TokKind close, bool require_names,
                            Pos *end) {
    ParamCtx c = {nm, typ, close, {0}, 0, 0};
    if (nm && typ && p->tok.kind == close) {
        *end = p->tok.pos;
        next(p);
        vec_push(&c.list, ((PField){nm->pos, nm, typ}));
        return c.list;
    }
    *end = list(p, "parameter list", T_COMMA, close, param_elem, &c);
    PFieldVec *l = &c.list;
    if (l->len == 0) {
        return c.list;
    }
    if (c.named == 0 && !require_names) {
        /* all unnamed: the names found are type names */
        for (int i = 0; i < l->len; i++) {
            if (l->data[i].name) {
                l->data[i].type = l->data[i].name;
                l->data[i].name = NULL;
            }
        }
    } else if (c.named != l->len) {
        /* some named: all must be; distribute types from right to left */
        Pos err_pos = {0, 0};
        Expr *t = NULL;
        for (int i = l->len - 1; i >= 0; i--) {
            PField *par = &l->data[i];
            if (par->type) {
                t = par->type;
                if (!par->name) {
                    err_pos = t->pos;
                    par->name = new_name(err_pos, "_");
                }
            } else if (t) {
                par->type = t;
            } else {
                err_pos = par->name->pos;
                par->type = ast_expr(E_BAD, err_pos);
            }
        }
        if (err_pos.line > 0) {
            const char *msg;
            if (require_names) {
                if (c.named == c.typed) {
                    err_pos = *end;
                    msg = "missing type constraint";
                } else {
                    msg = "missing type parameter name";
                }
            } else {
                msg = "mixed named and unnamed parameters";
            }
            syntax_error_at(p, err_pos, msg);
        }
    }
    return c.list;
}

/* Production: Parameters */
static FieldList *parameters(Parser *p) {
    Pos open = p->tok.pos;
    want(p, T_LPAREN);
    Pos close;
    PFieldVec v = param_list(p, NULL, NULL, T_RPAREN, false, &close);
    return group_params(&v, open, close);
}

/* Production: TypeParameters */
static FieldList *type_parameters(Parser *p) {
    Pos open = p->tok.pos;
    want(p, T_LBRACK);
    if (p->tok.kind == T_RBRACK) {
        syntax_error(p, "empty type parameter list");
        next(p);
        return NULL;
    }
    Pos close;
    PFieldVec v = param_list(p, NULL, NULL, T_RBRACK, true, &close);
    return group_params(&v, open, close);
}

/* Production: Result */
static FieldList *func_result(Parser *p) {
    if (p->tok.kind == T_LPAREN) {
        return parameters(p);
    }
    Pos pos = p->tok.pos;
    Expr *t = type_or_nil(p);
    if (!t) {
        return NULL;
    }
    FieldList *fl = new_fields((Pos){0, 0}, (Pos){0, 0});
    add_field(fl, new_embedded(pos, t));
    return fl;
}

/* Production: Signature */
/* [ TypeParameters ] Parameters [ Result ]. A non-NULL context ("method", "function type",
 * "interface method") forbids type parameters. pos is the position the E_FUNCTYPE gets. */
static Expr *func_type(Parser *p, const char *context, Pos pos) {
    Expr *t = ast_expr(E_FUNCTYPE, pos);
    if (p->tok.kind == T_LBRACK) {
        if (context) {
            syntax_error_at(p, p->tok.pos, str_printf("%s must have no type parameters", context));
        }
        t->functype.tparams = type_parameters(p);
    }
    t->functype.params = parameters(p);
    t->functype.results = func_result(p);
    return t;
}

/* ---- expressions ---- */

static int precedence(TokKind k) {
    switch (k) {
    case T_LOR:
        return 1;
    case T_LAND:
        return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        return 3;
    case T_ADD: case T_SUB: case T_OR: case T_XOR:
        return 4;
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND: case T_AND_NOT:
        return 5;
    default:
        return 0;
    }
}

static Expr *expr(Parser *p) { return binary_expr(p, NULL, 0); }

/* Production: Expression */
/* Binary expressions with Go's five precedence levels, left-associative; x is the already
 * parsed left operand, or NULL. */
static Expr *binary_expr(Parser *p, Expr *x, int prec) {
    if (!x) {
        x = unary_expr(p);
    }
    for (;;) {
        int tprec = precedence(p->tok.kind);
        if (tprec <= prec) {
            return x;
        }
        Expr *b = ast_expr(E_BINARY, x->pos);
        b->binary.op = p->tok.kind;
        b->binary.op_pos = p->tok.pos;
        next(p);
        b->binary.x = x;
        b->binary.y = binary_expr(p, NULL, tprec);
        x = b;
    }
}

/* `<-x` where x turned out to be a channel type: `<-chan E` is a receive-only channel type,
 * the `<-` re-associates with the (outermost) chan. */
static Expr *recv_chan_type(Parser *p, Pos arrow, Expr *x) {
    ChanDir dir = CHAN_SEND;
    Expr *t = x;
    Pos apos = arrow;
    while (dir == CHAN_SEND) {
        if (t->kind != E_CHANTYPE) {
            break;
        }
        dir = t->chantype.dir;
        if (dir == CHAN_RECV) {
            /* t is <-chan E, but <-<-chan E is not permitted */
            syntax_error(p, "unexpected <-, expected chan");
        }
        Pos old_arrow = t->chantype.arrow;
        t->chantype.dir = CHAN_RECV;
        t->chantype.arrow = apos;
        t->pos = apos;
        apos = old_arrow;
        t = t->chantype.value;
    }
    if (dir == CHAN_SEND) {
        /* the element of the <-chan<- is not a channel */
        syntax_error(p, str_printf("unexpected %s, expected chan", ast_expr_string(t)));
    }
    return x;
}

/* Production: UnaryExpr */
static Expr *unary_expr(Parser *p) {
    Expr *x;
    enter(p);
    Pos pos = p->tok.pos;
    TokKind k = p->tok.kind;
    switch (k) {
    case T_MUL:
        next(p);
        x = ast_expr(E_STAR, pos);
        x->star.x = unary_expr(p);
        break;
    case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE:
        next(p);
        x = ast_expr(E_UNARY, pos);
        x->unary.op = k;
        x->unary.x = unary_expr(p);
        break;
    case T_AND:
        next(p);
        x = ast_expr(E_UNARY, pos);
        x->unary.op = T_AND;
        /* &(T{}) is &T{}: drop the parentheses, as Go's parser does */
        x->unary.x = unparen(unary_expr(p));
        break;
    case T_ARROW: {
        next(p);
        /* <-chan E (a type) or a receive <-x: only known once the operand is parsed */
        Expr *y = unary_expr(p);
        if (y->kind == E_CHANTYPE) {
            x = recv_chan_type(p, pos, y);
        } else {
            x = ast_expr(E_UNARY, pos);
            x->unary.op = T_ARROW;
            x->unary.x = y;
        }
        break;
    }
    default:
        x = pexpr(p, NULL);
        break;
    }
    leave(p);
    return x;
}

/* Production: FunctionLit */
/* "func" Signature [ FunctionBody ]: a function literal, or a function type without body. */
static Expr *func_lit(Parser *p) {
    Pos pos = p->tok.pos;
    want(p, T_FUNC);
    Expr *ftyp = func_type(p, "function type", pos);
    if (p->tok.kind != T_LBRACE) {
        return ftyp;
    }
    p->xnest++;
    Expr *f = ast_expr(E_FUNCLIT, pos);
    f->funclit.type = ftyp;
    f->funclit.body = func_body(p);
    p->xnest--;
    return f;
}

/* Production: Operand */
static Expr *operand(Parser *p) {
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case T_IDENT:
        return name(p);
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return basic_lit(p);
    case T_LPAREN: {
        next(p);
        p->xnest++;
        Expr *x = ast_expr(E_PAREN, pos);
        x->paren.x = expr(p);
        p->xnest--;
        want(p, T_RPAREN);
        return x;
    }
    case T_FUNC:
        return func_lit(p);
    case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
        return type_(p);
    default: {
        Expr *x = bad_expr(p);
        syntax_error(p, "expected expression");
        ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return x;
    }
    }
}

/* Whether x must be a value (and cannot be a type), syntactically. */
static bool is_value(const Expr *x) {
    switch (x->kind) {
    case E_BASICLIT: case E_COMPOSITE: case E_FUNCLIT: case E_SLICE: case E_TYPEASSERT:
    case E_CALL: case E_UNARY: case E_BINARY:
        return true;
    case E_PAREN:
        return is_value(x->paren.x);
    case E_INDEX:
        return is_value(x->index.x) || (x->index.n == 1 && is_value(x->index.indices[0]));
    default:
        return false;
    }
}

/* Production: Selector */
/* "." identifier, or a type assertion "." "(" Type ")" / "." "(" "type" ")". */
static Expr *selector_or_assert(Parser *p, Expr *x) {
    want(p, T_PERIOD);
    switch (p->tok.kind) {
    case T_IDENT: {
        Expr *s = ast_expr(E_SELECTOR, x->pos);
        s->selector.x = x;
        s->selector.sel = name(p);
        return s;
    }
    case T_LPAREN: {
        Expr *t = ast_expr(E_TYPEASSERT, x->pos);
        t->typeassert.x = x;
        t->typeassert.lparen = p->tok.pos;
        next(p);
        if (!got(p, T_TYPE)) {
            t->typeassert.type = type_(p);
        }
        want(p, T_RPAREN);
        return t;
    }
    default:
        syntax_error(p, "expected name or (");
        ADVANCE(p, T_SEMICOLON, T_RPAREN);
        return x;
    }
}

/* Production: IndexOrSlice */
static Expr *index_or_slice(Parser *p, Expr *x) {
    Pos lbrack = p->tok.pos;
    want(p, T_LBRACK);
    Expr *i = NULL;
    if (p->tok.kind != T_COLON) {
        bool comma = false;
        ExprVec v = {0};
        if (p->tok.kind == T_RBRACK) {
            /* an empty index: accepted with an error */
            syntax_error(p, "expected operand");
            vec_push(&v, bad_expr(p));
        } else {
            v = type_list(p, false, &comma);
        }
        if (comma || p->tok.kind == T_RBRACK) {
            Expr *t = ast_expr(E_INDEX, x->pos);
            t->index.x = x;
            t->index.indices = v.data;
            t->index.n = v.len;
            t->index.lbrack = lbrack;
            t->index.rbrack = p->tok.pos;
            want(p, T_RBRACK);
            return t;
        }
        i = v.data[0];
    }
    /* x[i:... */
    if (!got(p, T_COLON)) {
        syntax_error(p, "expected comma, : or ]");
        ADVANCE(p, T_COMMA, T_COLON, T_RBRACK);
    }
    p->xnest++;
    Expr *t = ast_expr(E_SLICE, x->pos);
    t->slice.x = x;
    t->slice.lo = i;
    t->slice.lbrack = lbrack;
    if (p->tok.kind != T_COLON && p->tok.kind != T_RBRACK) {
        t->slice.hi = expr(p);
    }
    if (p->tok.kind == T_COLON) {
        t->slice.slice3 = true;
        if (!t->slice.hi) {
            error_here(p, "middle index required in 3-index slice");
            t->slice.hi = bad_expr(p);
        }
        next(p);
        if (p->tok.kind != T_RBRACK) {
            t->slice.max = expr(p);
        } else {
            error_here(p, "final index required in 3-index slice");
            t->slice.max = bad_expr(p);
        }
    }
    p->xnest--;
    t->slice.rbrack = p->tok.pos;
    want(p, T_RBRACK);
    return t;
}

typedef struct ArgCtx {
    ExprVec args;
    bool has_dots;
    Pos dots;
} ArgCtx;

static bool arg_elem(Parser *p, void *vctx) {
    ArgCtx *c = vctx;
    vec_push(&c->args, expr(p));
    c->dots = p->tok.pos;
    c->has_dots = got(p, T_ELLIPSIS);
    return c->has_dots;
}

/* Production: Arguments */
static Expr *arguments(Parser *p, Expr *fun) {
    Expr *c = ast_expr(E_CALL, fun->pos);
    c->call.fun = fun;
    c->call.lparen = p->tok.pos;
    want(p, T_LPAREN);
    ArgCtx ctx = {{0}, false, {0, 0}};
    p->xnest++;
    c->call.rparen = list(p, "argument list", T_COMMA, T_RPAREN, arg_elem, &ctx);
    p->xnest--;
    c->call.args = ctx.args.data;
    c->call.n = ctx.args.len;
    c->call.has_ellipsis = ctx.has_dots;
    if (ctx.has_dots) {
        c->call.ellipsis = ctx.dots;
    }
    return c;
}

/* Production: PrimaryExpr */
/* An operand (or x when already parsed) followed by selectors, index or slice expressions,
 * type assertions, calls and — where the context allows it — composite literal bodies. */
static Expr *pexpr(Parser *p, Expr *x) {
    if (!x) {
        x = operand(p);
    }
    for (;;) {
        switch (p->tok.kind) {
        case T_PERIOD:
            x = selector_or_assert(p, x);
            break;
        case T_LBRACK:
            x = index_or_slice(p, x);
            break;
        case T_LPAREN:
            x = arguments(p, x);
            break;
        case T_LBRACE: {
            /* does the { belong to a composite literal or to a block? */
            Expr *t = unparen(x);
            bool complit_ok = false;
            switch (t->kind) {
            case E_IDENT: case E_SELECTOR:
                complit_ok = p->xnest >= 0;
                break;
            case E_INDEX:
                complit_ok = p->xnest >= 0 && !is_value(t);
                break;
            case E_ARRAYTYPE: case E_STRUCTTYPE: case E_MAPTYPE:
                complit_ok = true;
                break;
            default:
                break;
            }
            if (!complit_ok) {
                return x;
            }
            if (t != x) {
                syntax_error(p, "cannot parenthesize type in composite literal");
            }
            Expr *n = complit_expr(p);
            n->composite.type = x;
            n->pos = x->pos;
            x = n;
            break;
        }
        default:
            return x;
        }
    }
}

/* Production: Element */
static Expr *element(Parser *p) {
    if (p->tok.kind == T_LBRACE) {
        return complit_expr(p);
    }
    return expr(p);
}

typedef struct ComplitCtx {
    ExprVec elts;
} ComplitCtx;

/* Production: KeyedElement */
static bool keyed_element(Parser *p, void *vctx) {
    ComplitCtx *c = vctx;
    Expr *e = element(p);
    if (p->tok.kind == T_COLON) {
        Expr *kv = ast_expr(E_KEYVALUE, e->pos);
        kv->kv.colon = p->tok.pos;
        next(p);
        kv->kv.key = e;
        kv->kv.value = element(p);
        e = kv;
    }
    vec_push(&c->elts, e);
    return false;
}

/* Production: LiteralValue */
static Expr *complit_expr(Parser *p) {
    Expr *x = ast_expr(E_COMPOSITE, p->tok.pos);
    x->composite.lbrace = p->tok.pos;
    enter(p);
    p->xnest++;
    want(p, T_LBRACE);
    ComplitCtx c = {{0}};
    x->composite.rbrace = list(p, "composite literal", T_COMMA, T_RBRACE, keyed_element, &c);
    p->xnest--;
    leave(p);
    x->composite.elts = c.elts.data;
    x->composite.n = c.elts.len;
    return x;
}

/* ---- statements ---- */

static Stmt *new_expr_stmt(Expr *x) {
    Stmt *s = ast_stmt(S_EXPR, x->pos);
    s->expr.x = x;
    return s;
}

static bool is_assign_op(TokKind k) { return k >= T_ADD_ASSIGN && k <= T_AND_NOT_ASSIGN; }

/* Production: RangeClause */
/* "range" Expression, after the optional iteration variables lhs and = or :=. */
static Stmt *range_clause(Parser *p, ExprVec *lhs, TokKind tok) {
    Stmt *s = ast_stmt(S_RANGE, p->tok.pos);
    s->range.range_pos = p->tok.pos;
    s->range.tok = tok;
    want(p, T_RANGE);
    if (lhs) {
        s->range.key = lhs->data[0];
        if (lhs->len > 1) {
            s->range.value = lhs->data[1];
        }
        if (lhs->len > 2) {
            s->range.extra = lhs->data[2]; /* types2 reports this one */
        }
    }
    s->range.x = expr(p);
    return s;
}

static Stmt *new_assign(ExprVec *lhs, TokKind tok, Pos tok_pos, ExprVec *rhs) {
    Stmt *s = ast_stmt(S_ASSIGN, lhs->data[0]->pos);
    s->assign.lhs = lhs->data;
    s->assign.nlhs = lhs->len;
    s->assign.tok = tok;
    s->assign.tok_pos = tok_pos;
    if (rhs) {
        s->assign.rhs = rhs->data;
        s->assign.nrhs = rhs->len;
    }
    return s;
}

/* Production: SimpleStmt */
/* An expression, send, inc/dec, assignment or short variable declaration; lhs is the
 * already parsed expression list, or NULL. keyword (T_FOR, T_SWITCH, T_IF or T_ILLEGAL)
 * says which header it is in: after `for` a range clause is allowed, after `switch` a type
 * switch guard `v := x.(type)`. Sets p->spos to the position Go gives the statement. */
static Stmt *simple_stmt(Parser *p, ExprVec *lhs_in, TokKind keyword) {
    if (keyword == T_FOR && p->tok.kind == T_RANGE) {
        p->spos = p->tok.pos;
        return range_clause(p, NULL, T_ILLEGAL);
    }
    ExprVec lhs = lhs_in ? *lhs_in : expr_list(p);
    TokKind k = p->tok.kind;
    Pos pos = p->tok.pos;
    if (lhs.len == 1 && k != T_ASSIGN && k != T_DEFINE) {
        Expr *x = lhs.data[0];
        p->spos = pos;
        if (is_assign_op(k)) {
            next(p);
            ExprVec rhs = {0};
            vec_push(&rhs, expr(p));
            return new_assign(&lhs, k, pos, &rhs);
        }
        if (k == T_INC || k == T_DEC) {
            next(p);
            Stmt *s = ast_stmt(S_INCDEC, x->pos);
            s->incdec.x = x;
            s->incdec.tok = k;
            return s;
        }
        if (k == T_ARROW) {
            next(p);
            Stmt *s = ast_stmt(S_SEND, x->pos);
            s->send.ch = x;
            s->send.arrow = pos;
            s->send.value = expr(p);
            return s;
        }
        p->spos = x->pos;
        return new_expr_stmt(x);
    }
    if (k == T_ASSIGN || k == T_DEFINE) {
        next(p);
        if (keyword == T_FOR && p->tok.kind == T_RANGE) {
            Stmt *s = range_clause(p, &lhs, k);
            p->spos = pos;
            return s;
        }
        ExprVec rhs = expr_list(p);
        p->spos = pos;
        Expr *g = rhs.data[0];
        if (keyword == T_SWITCH && k == T_DEFINE && rhs.len == 1 && g->kind == E_TYPEASSERT &&
            !g->typeassert.type && lhs.len == 1 && lhs.data[0]->kind == E_IDENT) {
            /* switch ... lhs := x.(type) */
            vec_push(&p->guards, ((Guard){g, lhs.data[0]}));
            p->spos = g->pos;
            return new_expr_stmt(g);
        }
        return new_assign(&lhs, k, pos, &rhs);
    }
    syntax_error(p, "expected := or = or comma");
    ADVANCE(p, T_SEMICOLON, T_RBRACE);
    p->spos = lhs.data[0]->pos;
    return new_expr_stmt(lhs.data[0]);
}

/* Production: LabeledStmt */
static Stmt *labeled_stmt(Parser *p, Expr *label) {
    Stmt *s = ast_stmt(S_LABELED, label->pos);
    s->labeled.label = label;
    Pos colon = p->tok.pos;
    want(p, T_COLON);
    if (p->tok.kind == T_RBRACE) {
        /* a label right before "}" labels an empty statement */
        s->labeled.stmt = ast_stmt(S_EMPTY, p->tok.pos);
        return s;
    }
    enter(p);
    s->labeled.stmt = stmt_or_nil(p);
    leave(p);
    if (s->labeled.stmt) {
        return s;
    }
    syntax_error_at(p, colon, "missing statement after label");
    return NULL;
}

/* Production: Block */
/* "{" StatementList "}"; context names the statement for the error when "{" is missing. */
static Block *block_stmt(Parser *p, const char *context) {
    Block *b = NEW(Block);
    b->lbrace = p->tok.pos;
    enter(p);
    if (!got(p, T_LBRACE)) {
        syntax_error(p, str_printf("expected { after %s", context));
        ADVANCE(p, T_IDENT, T_RBRACE);
        b->rbrace = p->tok.pos;
        if (got(p, T_RBRACE)) {
            leave(p);
            return b;
        }
    }
    StmtVec v = stmt_list(p);
    b->stmts = v.data;
    b->n = v.len;
    b->rbrace = p->tok.pos;
    want(p, T_RBRACE);
    leave(p);
    return b;
}

/* Production: FunctionBody */
static Block *func_body(Parser *p) {
    p->fnest++;
    Block *b = block_stmt(p, "");
    p->fnest--;
    return b;
}

/* Production: DeclStmt */
static Stmt *decl_stmt(Parser *p) {
    Stmt *s = ast_stmt(S_DECL, p->tok.pos);
    switch (p->tok.kind) {
    case T_CONST:
        s->decl.decl = const_decl(p);
        break;
    case T_TYPE:
        s->decl.decl = type_decl(p);
        break;
    default:
        s->decl.decl = var_decl(p);
        break;
    }
    return s;
}

/* How Go shows a simple statement used as a value: `x := 1`, `assignment x = 1`. */
static const char *simple_stmt_string(Stmt *s) {
    StrBuf b = {0};
    switch (s->kind) {
    case S_ASSIGN: {
        bool plain = s->assign.tok == T_ASSIGN;
        if (plain) {
            sb_puts(&b, "assignment ");
        }
        for (int i = 0; i < s->assign.nlhs; i++) {
            Expr *x = s->assign.lhs[i];
            bool par = plain && s->assign.nlhs == 1 && x->kind == E_BINARY;
            sb_puts(&b, i ? ", " : "");
            sb_puts(&b, par ? "(" : "");
            ast_format_expr(&b, x);
            sb_puts(&b, par ? ")" : "");
        }
        sb_printf(&b, " %s ", tok_str(s->assign.tok));
        for (int i = 0; i < s->assign.nrhs; i++) {
            Expr *x = s->assign.rhs[i];
            bool par = plain && s->assign.nrhs == 1 && x->kind == E_BINARY;
            sb_puts(&b, i ? ", " : "");
            sb_puts(&b, par ? "(" : "");
            ast_format_expr(&b, x);
            sb_puts(&b, par ? ")" : "");
        }
        break;
    }
    case S_INCDEC:
        ast_format_expr(&b, s->incdec.x);
        sb_puts(&b, tok_str(s->incdec.tok));
        break;
    case S_SEND:
        ast_format_expr(&b, s->send.ch);
        sb_puts(&b, " <- ");
        ast_format_expr(&b, s->send.value);
        break;
    case S_RANGE:
        sb_puts(&b, "range ");
        ast_format_expr(&b, s->range.x);
        break;
    default:
        break;
    }
    return sb_cstr(&b);
}

/* Production: ControlClause */
/* The header of if, for and switch, after the keyword: [ init ";" ] cond, or for a for
 * statement init ";" [ cond ] ";" post, or a range clause (returned in *init). */
static void header(Parser *p, TokKind keyword, Stmt **init, Expr **cond, Stmt **post) {
    *init = NULL;
    *cond = NULL;
    if (post) {
        *post = NULL;
    }
    want(p, keyword);
    if (p->tok.kind == T_LBRACE) {
        if (keyword == T_IF) {
            syntax_error(p, "missing condition in if statement");
            *cond = bad_expr(p);
        }
        return;
    }
    int outer = p->xnest;
    p->xnest = -1;
    Pos init_spos = {0, 0};
    if (p->tok.kind != T_SEMICOLON) {
        if (got(p, T_VAR)) {
            syntax_error(p, str_printf("var declaration not allowed in %s initializer",
                                       tokstring(keyword)));
        }
        *init = simple_stmt(p, NULL, keyword);
        init_spos = p->spos;
        if ((*init)->kind == S_RANGE) {
            p->xnest = outer;
            return;
        }
    }
    Stmt *cond_stmt = NULL;
    Pos cond_spos = {0, 0};
    Pos semi_pos = {0, 0};
    const char *semi_lit = NULL;
    if (p->tok.kind != T_LBRACE) {
        if (p->tok.kind == T_SEMICOLON) {
            semi_pos = p->tok.pos;
            semi_lit = p->tok.text;
            next(p);
        } else {
            /* asking for a '{' rather than a ';' here gives a better error message */
            want(p, T_LBRACE);
            if (p->tok.kind != T_LBRACE) {
                ADVANCE(p, T_LBRACE, T_RBRACE);
            }
        }
        if (keyword == T_FOR) {
            if (p->tok.kind != T_SEMICOLON) {
                if (p->tok.kind == T_LBRACE) {
                    syntax_error(p, "expected for loop condition");
                    goto done;
                }
                cond_stmt = simple_stmt(p, NULL, T_ILLEGAL);
                cond_spos = p->spos;
            }
            want(p, T_SEMICOLON);
            if (p->tok.kind != T_LBRACE) {
                *post = simple_stmt(p, NULL, T_ILLEGAL);
                if ((*post)->kind == S_ASSIGN && (*post)->assign.tok == T_DEFINE) {
                    syntax_error_at(p, p->spos, "cannot declare in post statement of for loop");
                }
            }
        } else if (p->tok.kind != T_LBRACE) {
            cond_stmt = simple_stmt(p, NULL, keyword);
            cond_spos = p->spos;
        }
    } else {
        cond_stmt = *init;
        cond_spos = init_spos;
        *init = NULL;
    }
done:
    if (!cond_stmt) {
        if (keyword == T_IF && semi_pos.line > 0) {
            if (strcmp(semi_lit, "semicolon") != 0) {
                syntax_error_at(p, semi_pos,
                                str_printf("unexpected %s, expected { after if clause", semi_lit));
            } else {
                syntax_error_at(p, semi_pos, "missing condition in if statement");
            }
            *cond = ast_expr(E_BAD, semi_pos);
        }
    } else if (cond_stmt->kind == S_EXPR) {
        *cond = cond_stmt->expr.x;
    } else {
        syntax_error_at(p, cond_spos,
                        str_printf("cannot use %s as value", simple_stmt_string(cond_stmt)));
        *cond = ast_expr(E_BAD, cond_spos);
    }
    p->xnest = outer;
}

/* Production: IfStmt */
/* An else-if chain is parsed in a loop, so its length costs no C stack. */
static Stmt *if_stmt(Parser *p) {
    Stmt *first = NULL, *last = NULL;
    for (;;) {
        Stmt *s = ast_stmt(S_IF, p->tok.pos);
        header(p, T_IF, &s->if_.init, &s->if_.cond, NULL);
        s->if_.then = block_stmt(p, "if clause");
        if (last) {
            last->if_.els = s;
        } else {
            first = s;
        }
        last = s;
        if (!got(p, T_ELSE)) {
            break;
        }
        if (p->tok.kind == T_IF) {
            continue;
        }
        if (p->tok.kind == T_LBRACE) {
            Stmt *b = ast_stmt(S_BLOCK, p->tok.pos);
            b->block.block = block_stmt(p, "");
            last->if_.els = b;
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            ADVANCE(p, T_IDENT, T_RBRACE);
        }
        break;
    }
    return first;
}

/* Production: CaseClause */
static CaseClause *case_clause(Parser *p) {
    CaseClause *c = NEW(CaseClause);
    c->pos = p->tok.pos;
    switch (p->tok.kind) {
    case T_CASE: {
        next(p);
        ExprVec v = expr_list(p);
        c->list = v.data;
        c->n = v.len;
        break;
    }
    case T_DEFAULT:
        next(p);
        c->is_default = true;
        break;
    default:
        syntax_error(p, "expected case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    c->colon = p->tok.pos;
    want(p, T_COLON);
    StmtVec body = stmt_list(p);
    c->body = body.data;
    c->nbody = body.len;
    return c;
}

static Expr *guard_lhs(Parser *p, Expr *g) {
    for (int i = p->guards.len - 1; i >= 0; i--) {
        if (p->guards.data[i].guard == g) {
            return p->guards.data[i].lhs;
        }
    }
    return NULL;
}

/* Production: SwitchStmt */
/* An expression switch, or a type switch when the header's condition is x.(type). */
static Stmt *switch_stmt(Parser *p) {
    Pos pos = p->tok.pos;
    Stmt *init;
    Expr *tag;
    header(p, T_SWITCH, &init, &tag, NULL);
    Stmt *s;
    if (tag && tag->kind == E_TYPEASSERT && !tag->typeassert.type) {
        s = ast_stmt(S_TYPESWITCH, pos);
        s->typeswitch.init = init;
        s->typeswitch.bind = guard_lhs(p, tag);
        s->typeswitch.x = tag->typeassert.x;
    } else {
        s = ast_stmt(S_SWITCH, pos);
        s->switch_.init = init;
        s->switch_.tag = tag;
    }
    Pos lbrace = p->tok.pos;
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after switch clause");
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    VEC(CaseClause *) clauses = {0};
    enter(p);
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) {
        vec_push(&clauses, case_clause(p));
    }
    leave(p);
    Pos rbrace = p->tok.pos;
    want(p, T_RBRACE);
    if (s->kind == S_TYPESWITCH) {
        s->typeswitch.lbrace = lbrace;
        s->typeswitch.rbrace = rbrace;
        s->typeswitch.clauses = clauses.data;
        s->typeswitch.n = clauses.len;
    } else {
        s->switch_.lbrace = lbrace;
        s->switch_.rbrace = rbrace;
        s->switch_.clauses = clauses.data;
        s->switch_.n = clauses.len;
    }
    return s;
}

/* Production: CommClause */
static CaseClause *comm_clause(Parser *p) {
    CaseClause *c = NEW(CaseClause);
    c->pos = p->tok.pos;
    switch (p->tok.kind) {
    case T_CASE:
        next(p);
        /* a send, <-x, lhs = <-x or lhs := <-x; the checker rejects anything else */
        c->comm = simple_stmt(p, NULL, T_ILLEGAL);
        break;
    case T_DEFAULT:
        next(p);
        c->is_default = true;
        break;
    default:
        syntax_error(p, "expected case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    c->colon = p->tok.pos;
    want(p, T_COLON);
    StmtVec body = stmt_list(p);
    c->body = body.data;
    c->nbody = body.len;
    return c;
}

/* Production: SelectStmt */
static Stmt *select_stmt(Parser *p) {
    Stmt *s = ast_stmt(S_SELECT, p->tok.pos);
    want(p, T_SELECT);
    s->select.lbrace = p->tok.pos;
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after select clause");
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    VEC(CaseClause *) clauses = {0};
    enter(p);
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) {
        vec_push(&clauses, comm_clause(p));
    }
    leave(p);
    s->select.rbrace = p->tok.pos;
    want(p, T_RBRACE);
    s->select.clauses = clauses.data;
    s->select.n = clauses.len;
    return s;
}

/* Production: ForStmt */
static Stmt *for_stmt(Parser *p) {
    Pos pos = p->tok.pos;
    Stmt *init, *post;
    Expr *cond;
    header(p, T_FOR, &init, &cond, &post);
    Block *body = block_stmt(p, "for clause");
    if (init && init->kind == S_RANGE) {
        init->pos = pos;
        init->range.body = body;
        return init;
    }
    Stmt *s = ast_stmt(S_FOR, pos);
    s->for_.init = init;
    s->for_.cond = cond;
    s->for_.post = post;
    s->for_.body = body;
    return s;
}

/* Production: GoDeferStmt */
static Stmt *call_stmt(Parser *p) {
    TokKind k = p->tok.kind;
    Stmt *s = ast_stmt(k == T_GO ? S_GO : S_DEFER, p->tok.pos);
    next(p);
    Expr *x = pexpr(p, NULL);
    Expr *t = unparen(x);
    if (t != x) {
        error_at(p, x->pos, str_printf("expression in %s must not be parenthesized", tok_str(k)));
        x = t;
    }
    if (x->kind != E_CALL) {
        /* go_.call / defer_.call is always a call: Go's type checker reports this one */
        late_error(p, x->pos, str_printf("expression in %s must be function call", tok_str(k)));
        Expr *c = ast_expr(E_CALL, x->pos);
        c->call.fun = x;
        c->call.lparen = c->call.rparen = x->pos;
        x = c;
    }
    if (k == T_GO) {
        s->go_.call = x;
    } else {
        s->defer_.call = x;
    }
    return s;
}

/* Production: ReturnStmt */
static Stmt *return_stmt(Parser *p) {
    Stmt *s = ast_stmt(S_RETURN, p->tok.pos);
    want(p, T_RETURN);
    if (p->tok.kind != T_SEMICOLON && p->tok.kind != T_RBRACE) {
        ExprVec v = expr_list(p);
        s->ret.results = v.data;
        s->ret.n = v.len;
    }
    return s;
}

/* Production: BranchStmt */
static Stmt *branch_stmt(Parser *p) {
    Stmt *s = ast_stmt(S_BRANCH, p->tok.pos);
    TokKind k = p->tok.kind;
    s->branch.tok = k;
    next(p);
    if (k == T_GOTO) {
        s->branch.label = name(p);
    } else if ((k == T_BREAK || k == T_CONTINUE) && p->tok.kind == T_IDENT) {
        s->branch.label = name(p);
    }
    return s;
}

/* Production: Statement */
/* A statement, or NULL (no error) when the current token cannot start one. */
static Stmt *stmt_or_nil(Parser *p) {
    /* most statements start with a name: look for that first */
    if (p->tok.kind == T_IDENT) {
        ExprVec lhs = expr_list(p);
        if (lhs.len == 1 && lhs.data[0]->kind == E_IDENT && p->tok.kind == T_COLON) {
            return labeled_stmt(p, lhs.data[0]);
        }
        return simple_stmt(p, &lhs, T_ILLEGAL);
    }
    switch (p->tok.kind) {
    case T_VAR: case T_CONST: case T_TYPE:
        return decl_stmt(p);
    case T_LBRACE: {
        Stmt *s = ast_stmt(S_BLOCK, p->tok.pos);
        s->block.block = block_stmt(p, "");
        return s;
    }
    case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT:
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN:
    case T_INTERFACE: case T_ARROW:
        return simple_stmt(p, NULL, T_ILLEGAL);
    case T_FOR:
        return for_stmt(p);
    case T_SWITCH:
        return switch_stmt(p);
    case T_SELECT:
        return select_stmt(p);
    case T_IF:
        return if_stmt(p);
    case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GOTO:
        return branch_stmt(p);
    case T_GO: case T_DEFER:
        return call_stmt(p);
    case T_RETURN:
        return return_stmt(p);
    case T_SEMICOLON:
        return ast_stmt(S_EMPTY, p->tok.pos);
    default:
        return NULL;
    }
}

/* Production: StatementList */
static StmtVec stmt_list(Parser *p) {
    StmtVec v = {0};
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE && p->tok.kind != T_CASE &&
           p->tok.kind != T_DEFAULT) {
        Stmt *s = stmt_or_nil(p);
        if (!s) {
            break;
        }
        vec_push(&v, s);
        /* ";" is optional before "}" */
        if (!got(p, T_SEMICOLON) && p->tok.kind != T_RBRACE) {
            syntax_error(p, "at end of statement");
            ADVANCE(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
            got(p, T_SEMICOLON);
        }
    }
    return v;
}

/* ---- declarations ---- */

/* A group: a single spec, or "(" { spec ";" } ")". f parses one spec and adds it to d. */
typedef struct GroupCtx {
    Decl *d;
    VEC(void *) specs;
    void *(*spec)(Parser *p, struct GroupCtx *g);
} GroupCtx;

static bool group_elem(Parser *p, void *vctx) {
    GroupCtx *g = vctx;
    void *s = g->spec(p, g);
    if (s) {
        vec_push(&g->specs, s);
    }
    return false;
}

static void **decl_group(Parser *p, Decl *d, void *(*spec)(Parser *, GroupCtx *), int *n) {
    GroupCtx g = {d, {0}, spec};
    if (p->tok.kind == T_LPAREN) {
        next(p);
        list(p, "grouped declaration", T_SEMICOLON, T_RPAREN, group_elem, &g);
    } else {
        group_elem(p, &g);
    }
    *n = g.specs.len;
    return g.specs.data;
}

/* Production: ImportSpec */
static void *import_spec(Parser *p, GroupCtx *g) {
    ImportSpec *s = NEW(ImportSpec);
    s->pos = p->tok.pos;
    if (p->tok.kind == T_IDENT) {
        s->name = name(p);
    } else if (p->tok.kind == T_PERIOD) {
        s->name = new_name(p->tok.pos, ".");
        next(p);
    }
    s->path_pos = p->tok.pos;
    Expr *path = basic_lit(p);
    if (!path) {
        syntax_error(p, "missing import path");
        ADVANCE(p, T_SEMICOLON, T_RPAREN);
        s->path = "";
        return s;
    }
    if (path->lit.bad) {
        s->path = "";
        return s;
    }
    if (path->lit.kind != T_STRING) {
        syntax_error_at(p, path->pos, "import path must be a string");
        s->path = "";
        return s;
    }
    s->path = path->lit.text;
    return s;
}

/* Production: ImportDecl */
static Decl *import_decl(Parser *p) {
    Decl *d = ast_decl(D_IMPORT, p->tok.pos);
    want(p, T_IMPORT);
    d->import.specs = (ImportSpec **)decl_group(p, d, import_spec, &d->import.n);
    return d;
}

/* Production: ConstSpec */
static void *const_spec(Parser *p, GroupCtx *g) {
    ValueSpec *s = NEW(ValueSpec);
    s->pos = p->tok.pos;
    ExprVec names = name_list(p, name(p));
    s->names = names.data;
    s->nnames = names.len;
    TokKind k = p->tok.kind;
    if (k != T_EOF && k != T_SEMICOLON && k != T_RPAREN) {
        s->type = type_or_nil(p);
        if (got_assign(p)) {
            ExprVec v = expr_list(p);
            s->values = v.data;
            s->nvalues = v.len;
        }
    }
    s->iota = g->specs.len;
    s->implicit = s->iota > 0 && !s->type && s->nvalues == 0;
    return s;
}

/* Production: ConstDecl */
static Decl *const_decl(Parser *p) {
    Decl *d = ast_decl(D_CONST, p->tok.pos);
    want(p, T_CONST);
    d->value.specs = (ValueSpec **)decl_group(p, d, const_spec, &d->value.n);
    return d;
}

/* Production: VarSpec */
static void *var_spec(Parser *p, GroupCtx *g) {
    ValueSpec *s = NEW(ValueSpec);
    s->pos = p->tok.pos;
    ExprVec names = name_list(p, name(p));
    s->names = names.data;
    s->nnames = names.len;
    if (!got_assign(p)) {
        s->type = type_(p);
        if (!got_assign(p)) {
            return s;
        }
    }
    ExprVec v = expr_list(p);
    s->values = v.data;
    s->nvalues = v.len;
    return s;
}

/* Production: VarDecl */
static Decl *var_decl(Parser *p) {
    Decl *d = ast_decl(D_VAR, p->tok.pos);
    want(p, T_VAR);
    d->value.specs = (ValueSpec **)decl_group(p, d, var_spec, &d->value.n);
    return d;
}

/* Whether x is a type element that cannot be a value expression. */
static bool is_type_elem(const Expr *x) {
    switch (x->kind) {
    case E_ARRAYTYPE: case E_STRUCTTYPE: case E_FUNCTYPE: case E_IFACETYPE: case E_MAPTYPE:
    case E_CHANTYPE:
        return true;
    case E_BINARY:
        return is_type_elem(x->binary.x) || is_type_elem(x->binary.y);
    case E_UNARY:
        return x->unary.op == T_TILDE || is_type_elem(x->unary.x);
    case E_STAR:
        return is_type_elem(x->star.x);
    case E_PAREN:
        return is_type_elem(x->paren.x);
    default:
        return false;
    }
}

/* Splits x, parsed as an expression after `type T[`, into a type parameter name and its
 * constraint if it can be read that way: `P *C` (x = P*C), `P ~int|string`, `P(C)`. The split
 * happens when the rest is a type element, or when force is set. Returns the name (and the
 * constraint in *ptype, NULL for a lone name), or NULL when x is not of that shape. */
static Expr *extract_name(Expr *x, bool force, Expr **ptype) {
    *ptype = NULL;
    switch (x->kind) {
    case E_IDENT:
        return x;
    case E_BINARY:
        if (x->binary.op == T_MUL) {
            Expr *nm = x->binary.x;
            if (nm->kind == E_IDENT && (force || is_type_elem(x->binary.y))) {
                Expr *t = ast_expr(E_STAR, x->binary.op_pos);
                t->star.x = x->binary.y;
                *ptype = t;
                return nm;
            }
        } else if (x->binary.op == T_OR) {
            Expr *lhs;
            Expr *nm = extract_name(x->binary.x, force || is_type_elem(x->binary.y), &lhs);
            if (nm && lhs) {
                Expr *t = ast_expr(E_BINARY, lhs->pos);
                *t = *x;
                t->pos = lhs->pos;
                t->binary.x = lhs;
                *ptype = t;
                return nm;
            }
        }
        break;
    case E_CALL:
        if (x->call.fun->kind == E_IDENT && x->call.n == 1 && !x->call.has_ellipsis &&
            (force || is_type_elem(x->call.args[0]))) {
            *ptype = unparen(x->call.args[0]);
            return x->call.fun;
        }
        break;
    default:
        break;
    }
    return NULL;
}

/* Production: TypeSpec */
static void *type_spec(Parser *p, GroupCtx *g) {
    TypeSpec *s = NEW(TypeSpec);
    s->pos = p->tok.pos;
    s->name = name(p);
    if (p->tok.kind == T_LBRACK) {
        /* an array or slice type, or a type parameter list */
        Pos lbrack = p->tok.pos;
        next(p);
        if (p->tok.kind == T_IDENT) {
            /* Parse an expression x and see whether it splits into a parameter name and a
             * constraint. A name followed by "[" starts a constraint like []E (an index
             * expression is never a constant array length). */
            Expr *x = name(p);
            if (p->tok.kind != T_LBRACK) {
                p->xnest++;
                x = binary_expr(p, pexpr(p, x), 0);
                p->xnest--;
            }
            Expr *ptype;
            Expr *pname = extract_name(x, p->tok.kind == T_COMMA, &ptype);
            if (pname && (ptype || p->tok.kind != T_RBRACK)) {
                Pos close;
                PFieldVec v = param_list(p, pname, ptype, T_RBRACK, true, &close);
                s->tparams = group_params(&v, lbrack, close);
                s->alias = got_assign(p);
                s->type = type_or_nil(p);
            } else {
                s->type = array_type(p, lbrack, x);
            }
        } else if (got(p, T_RBRACK)) {
            s->type = slice_type(p, lbrack);
        } else {
            s->type = array_type(p, lbrack, NULL);
        }
    } else {
        s->alias = got_assign(p);
        s->type = type_or_nil(p);
    }
    if (!s->type) {
        s->type = bad_expr(p);
        syntax_error(p, "in type declaration");
        ADVANCE(p, T_SEMICOLON, T_RPAREN);
    }
    return s;
}

/* Production: TypeDecl */
static Decl *type_decl(Parser *p) {
    Decl *d = ast_decl(D_TYPE, p->tok.pos);
    want(p, T_TYPE);
    d->type.specs = (TypeSpec **)decl_group(p, d, type_spec, &d->type.n);
    return d;
}

/* A function body skipped, to be parsed when needed: the lexer is just past its '{'. */
static Block *lazy_body(Parser *p) {
    Block *b = NEW(Block);
    b->lbrace = p->tok.pos;
    LazyBody *lz = NEW(LazyBody);
    *lz = (LazyBody){p->file, p->lx.src, p->lx.len, p->tok.off, p->lx.line_start, p->lx.line};
    if (p->tok.pos.line != p->lx.line) { /* the lexer is on the next line already: parse now */
        return func_body(p);
    }
    b->lazy = lz;
    lex_skip_block(&p->lx); /* an unclosed body is reported when it is parsed */
    next(p);
    return b;
}

/* Production: FunctionDecl */
/* "func" [ Receiver ] name [ TypeParameters ] Signature [ FunctionBody ]. */
static Decl *func_decl(Parser *p) {
    Decl *d = ast_decl(D_FUNC, p->tok.pos);
    Pos func_pos = p->tok.pos;
    want(p, T_FUNC);
    const char *context = NULL;
    if (p->tok.kind == T_LPAREN) {
        context = "method";
        Pos open = p->tok.pos;
        next(p);
        Pos close;
        PFieldVec rcvr = param_list(p, NULL, NULL, T_RPAREN, false, &close);
        if (rcvr.len == 0) {
            error_here(p, "method has no receiver");
        } else if (rcvr.len > 1) {
            error_here(p, "method has multiple receivers");
            rcvr.len = 1;
        }
        d->func.recv = group_params(&rcvr, open, close);
    }
    if (p->tok.kind == T_IDENT) {
        d->func.name = name(p);
        d->func.type = func_type(p, context, func_pos);
    } else {
        d->func.name = new_name(p->tok.pos, "_");
        d->func.type = ast_expr(E_FUNCTYPE, func_pos);
        d->func.type->functype.params = new_fields(p->tok.pos, p->tok.pos);
        syntax_error(p, context ? "expected name" : "expected name or (");
        ADVANCE(p, T_LBRACE, T_SEMICOLON);
    }
    if (p->tok.kind == T_LBRACE && p->lazy_bodies) {
        d->func.body = lazy_body(p);
    } else if (p->tok.kind == T_LBRACE) {
        d->func.body = func_body(p);
    }
    return d;
}

/* Production: TopLevelDecl */
/* A declaration at package level, or NULL (with an error) for anything else. */
static Decl *top_level_decl(Parser *p, Decl *prev) {
    switch (p->tok.kind) {
    case T_IMPORT:
        return import_decl(p);
    case T_CONST:
        return const_decl(p);
    case T_TYPE:
        return type_decl(p);
    case T_VAR:
        return var_decl(p);
    case T_FUNC:
        return func_decl(p);
    default:
        if (p->tok.kind == T_LBRACE && prev && prev->kind == D_FUNC && !prev->func.body) {
            /* the opening { of a function body on the next line */
            syntax_error(p, "unexpected semicolon or newline before {");
        } else {
            syntax_error(p, "non-declaration statement outside function body");
        }
        ADVANCE(p, T_IMPORT, T_CONST, T_TYPE, T_VAR, T_FUNC);
        return NULL;
    }
}

/* How go/parser names a token in "expected 'package', found X" (go build reports a bad
 * package clause through go/parser). */
static const char *goparser_tok_desc(Parser *p) {
    Token *t = &p->tok;
    if (t->kind == T_SEMICOLON && strcmp(t->text, "newline") == 0) {
        return "newline";
    }
    if (t->kind == T_IDENT) {
        return t->text;
    }
    if (is_literal(t->kind)) {
        return str_printf("%.*s", (int)(t->end - t->off), p->lx.src + t->off);
    }
    if (t->kind == T_SEMICOLON) {
        return strcmp(t->text, "EOF") == 0 ? "'EOF'" : "';'";
    }
    return str_printf("'%s'", tok_str(t->kind));
}

/* go/parser places the end of a file that ends in a newline on the last line. */
static Pos goparser_pos(Parser *p) {
    Pos pos = p->tok.pos;
    if (p->tok.kind == T_EOF || (p->tok.kind == T_SEMICOLON && !strcmp(p->tok.text, "EOF"))) {
        const char *src = p->lx.src;
        size_t n = p->lx.len;
        if (n > 0 && src[n - 1] == '\n' && pos.line > 1) {
            size_t start = n - 1;
            while (start > 0 && src[start - 1] != '\n') {
                start--;
            }
            pos = pos_make(pos.line - 1, (int)(n - start) + 1);
        }
    }
    return pos;
}

/* Production: PackageClause */
static bool package_clause(Parser *p, File *f) {
    if (p->tok.kind != T_PACKAGE) {
        error_at(p, goparser_pos(p),
                 str_printf("expected 'package', found %s", goparser_tok_desc(p)));
        return false;
    }
    f->package_pos = p->tok.pos;
    next(p);
    if (p->tok.kind != T_IDENT) {
        error_at(p, goparser_pos(p),
                 str_printf("expected 'IDENT', found %s", goparser_tok_desc(p)));
        return false;
    }
    f->package_name = name(p);
    want(p, T_SEMICOLON);
    return !p->has_error;
}

/* Production: SourceFile */
static void source_file(Parser *p, File *f) {
    if (!package_clause(p, f)) {
        return;
    }
    VEC(Decl *) decls = {0};
    TokKind prev = T_IMPORT;
    while (p->tok.kind != T_EOF) {
        if (p->tok.kind == T_IMPORT && prev != T_IMPORT) {
            syntax_error(p, "imports must appear before other declarations");
        }
        prev = p->tok.kind;
        Decl *d = top_level_decl(p, decls.len ? decls.data[decls.len - 1] : NULL);
        if (!d) {
            continue;
        }
        vec_push(&decls, d);
        if (p->tok.kind != T_EOF && !got(p, T_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            ADVANCE(p, T_IMPORT, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    f->decls = decls.data;
    f->n = decls.len;
}

/* ---- entry points ---- */

/* Reports the errors Go's type checker would report, unless there were syntax errors. */
static void parser_finish(Parser *p) {
    if (p->nsyntax > 0 || p->stopped) {
        return;
    }
    for (int i = 0; i < p->late.len; i++) {
        error_at(p, p->late.data[i].pos, p->late.data[i].msg);
    }
}

static void parser_init(Parser *p, const char *file, const char *src, size_t len, Diags *diags) {
    memset(p, 0, sizeof *p);
    p->file = file;
    p->diags = diags;
    lex_init(&p->lx, file, src, len, diags);
    next(p);
}

File *parse_file(const char *filename, const char *src, size_t len, Diags *diags) {
    Parser p;
    parser_init(&p, filename, src, len, diags);
    File *f = NEW(File);
    f->name = filename;
    source_file(&p, f);
    parser_finish(&p);
    return f;
}

File *parse_std_file(const char *filename, const char *src, size_t len, Diags *diags) {
    Parser p;
    parser_init(&p, filename, src, len, diags);
    p.lazy_bodies = true;
    File *f = NEW(File);
    f->name = filename;
    source_file(&p, f);
    parser_finish(&p);
    return f;
}

void parse_lazy_body(Block *b, Diags *diags) {
    LazyBody *lz = b->lazy;
    if (!lz) {
        return;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.file = lz->file;
    p.diags = diags;
    lex_init(&p.lx, lz->file, lz->src, 0, diags); /* not the file's first token: the body's */
    p.lx.len = lz->len;
    lex_seek(&p.lx, lz->off, lz->line, lz->line_start);
    next(&p);
    *b = *func_body(&p);
    parser_finish(&p);
}

Expr *parse_type_text(const char *src, Diags *diags) {
    Parser p;
    Diags local = {0};
    parser_init(&p, "<native>", src, strlen(src), &local);
    Expr *t;
    if (p.tok.kind == T_LPAREN) {
        t = func_type(&p, NULL, p.tok.pos);
    } else {
        t = type_(&p);
    }
    got(&p, T_SEMICOLON);
    if (p.tok.kind != T_EOF) {
        syntax_error(&p, "after type");
    }
    parser_finish(&p);
    for (int i = 0; i < local.list.len; i++) {
        vec_push(&diags->list, local.list.data[i]);
    }
    return local.list.len ? NULL : t;
}

/* Whether the entry starts with a declaration that only exists at package level (import,
 * func NAME, func (recv) NAME): looks ahead on a copy of the lexer. */
static bool starts_with_func_decl(Parser *p) {
    if (p->tok.kind != T_FUNC) {
        return false;
    }
    Lexer lx = p->lx;
    Diags scratch = {0};
    lx.diags = &scratch;
    Token t = lex_next(&lx);
    if (t.kind == T_IDENT) {
        return true;
    }
    if (t.kind != T_LPAREN) {
        return false;
    }
    int depth = 1;
    while (depth > 0) {
        t = lex_next(&lx);
        if (t.kind == T_EOF) {
            return false;
        }
        depth += t.kind == T_LPAREN ? 1 : t.kind == T_RPAREN ? -1 : 0;
    }
    t = lex_next(&lx);
    if (t.kind != T_IDENT) {
        return false;
    }
    t = lex_next(&lx);
    return t.kind == T_LPAREN || t.kind == T_LBRACK;
}

static bool repl_parse_decls(Parser *p, ReplEntry *out) {
    VEC(Decl *) decls = {0};
    while (p->tok.kind != T_EOF) {
        Decl *d = top_level_decl(p, decls.len ? decls.data[decls.len - 1] : NULL);
        if (!d) {
            continue;
        }
        vec_push(&decls, d);
        if (p->tok.kind != T_EOF && !got(p, T_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            ADVANCE(p, T_IMPORT, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    out->decls = decls.data;
    out->ndecls = decls.len;
    parser_finish(p);
    return !p->has_error;
}

static bool repl_parse_stmts(Parser *p, ReplEntry *out) {
    p->fnest = 1;
    StmtVec v = stmt_list(p);
    if (p->tok.kind != T_EOF) {
        syntax_error(p, "at end of statement");
    }
    if (v.len == 1 && v.data[0]->kind == S_EXPR) {
        out->expr = v.data[0]->expr.x;
    } else {
        out->stmts = v.data;
        out->nstmts = v.len;
    }
    parser_finish(p);
    return !p->has_error;
}

bool parse_repl_entry(const char *filename, const char *src, size_t len, Diags *diags,
                      ReplEntry *out, bool *incomplete) {
    memset(out, 0, sizeof *out);
    if (incomplete) {
        *incomplete = false;
    }
    Parser p;
    Diags local = {0};
    parser_init(&p, filename, src, len, &local);
    TokKind first = p.tok.kind;
    bool ok;
    if (first == T_IMPORT || starts_with_func_decl(&p)) {
        ok = repl_parse_decls(&p, out);
    } else if (first == T_VAR || first == T_CONST || first == T_TYPE) {
        ok = repl_parse_decls(&p, out);
        if (!ok && !p.first_at_eof) {
            /* not declarations only: try statements (var x = 1; f(x)) */
            Parser q;
            Diags local2 = {0};
            ReplEntry alt;
            memset(&alt, 0, sizeof alt);
            parser_init(&q, filename, src, len, &local2);
            if (repl_parse_stmts(&q, &alt)) {
                *out = alt;
                return true;
            }
        }
    } else {
        ok = repl_parse_stmts(&p, out);
    }
    if (!ok && p.first_at_eof && incomplete) {
        *incomplete = true;
        return false;
    }
    for (int i = 0; i < local.list.len; i++) {
        vec_push(&diags->list, local.list.data[i]);
    }
    return ok;
}
