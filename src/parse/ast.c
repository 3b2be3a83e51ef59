/* ast.c — node constructors, deep clones, the s-expression dump and the Go-syntax printer.
 *
 * Clones copy every node and leave the checker's annotations zeroed, so a generic body can
 * be checked again with other type arguments. Nodes are never shared within one tree, so a
 * clone is a plain recursive copy.
 */
#include "ast.h"

#include "../text/quote.h"

#include <stdio.h>

Expr *ast_expr(ExprKind kind, Pos pos) {
    Expr *e = NEW(Expr);
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->pos = pos;
    return e;
}

Stmt *ast_stmt(StmtKind kind, Pos pos) {
    Stmt *s = NEW(Stmt);
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->pos = pos;
    return s;
}

Decl *ast_decl(DeclKind kind, Pos pos) {
    Decl *d = NEW(Decl);
    memset(d, 0, sizeof *d);
    d->kind = kind;
    d->pos = pos;
    return d;
}

/* ---- clones ---- */

static Expr **clone_exprs(Expr *const *v, int n) {
    if (!v) {
        return NULL;
    }
    Expr **c = NEW_ARRAY(Expr *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        c[i] = ast_clone_expr(v[i]);
    }
    return c;
}

static Stmt *clone_stmt(const Stmt *s);

static Stmt **clone_stmts(Stmt *const *v, int n) {
    if (!v) {
        return NULL;
    }
    Stmt **c = NEW_ARRAY(Stmt *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        c[i] = clone_stmt(v[i]);
    }
    return c;
}

static Field *clone_field(const Field *f) {
    Field *c = NEW(Field);
    c->pos = f->pos;
    c->names = clone_exprs(f->names, f->nnames);
    c->nnames = f->nnames;
    c->type = ast_clone_expr(f->type);
    c->tag = f->tag;
    c->tag_len = f->tag_len;
    return c;
}

static FieldList *clone_fields(const FieldList *f) {
    if (!f) {
        return NULL;
    }
    FieldList *c = NEW(FieldList);
    c->open = f->open;
    c->close = f->close;
    c->n = f->n;
    if (f->list) {
        c->list = NEW_ARRAY(Field *, f->n > 0 ? f->n : 1);
        for (int i = 0; i < f->n; i++) {
            c->list[i] = clone_field(f->list[i]);
        }
    }
    return c;
}

static Block *clone_block(const Block *b) {
    if (!b) {
        return NULL;
    }
    Block *c = NEW(Block);
    c->lbrace = b->lbrace;
    c->rbrace = b->rbrace;
    c->stmts = clone_stmts(b->stmts, b->n);
    c->n = b->n;
    return c;
}

Expr *ast_clone_expr(const Expr *e) {
    if (!e) {
        return NULL;
    }
    Expr *c = ast_expr(e->kind, e->pos);
    switch (e->kind) {
    case E_BAD:
        break;
    case E_IDENT:
        c->ident.name = e->ident.name;
        break;
    case E_BASICLIT:
        c->lit = e->lit;
        break;
    case E_COMPOSITE:
        c->composite.type = ast_clone_expr(e->composite.type);
        c->composite.elts = clone_exprs(e->composite.elts, e->composite.n);
        c->composite.n = e->composite.n;
        c->composite.lbrace = e->composite.lbrace;
        c->composite.rbrace = e->composite.rbrace;
        break;
    case E_FUNCLIT:
        c->funclit.type = ast_clone_expr(e->funclit.type);
        c->funclit.body = clone_block(e->funclit.body);
        break;
    case E_PAREN:
        c->paren.x = ast_clone_expr(e->paren.x);
        break;
    case E_SELECTOR:
        c->selector.x = ast_clone_expr(e->selector.x);
        c->selector.sel = ast_clone_expr(e->selector.sel);
        break;
    case E_INDEX:
        c->index.x = ast_clone_expr(e->index.x);
        c->index.indices = clone_exprs(e->index.indices, e->index.n);
        c->index.n = e->index.n;
        c->index.lbrack = e->index.lbrack;
        c->index.rbrack = e->index.rbrack;
        break;
    case E_SLICE:
        c->slice.x = ast_clone_expr(e->slice.x);
        c->slice.lo = ast_clone_expr(e->slice.lo);
        c->slice.hi = ast_clone_expr(e->slice.hi);
        c->slice.max = ast_clone_expr(e->slice.max);
        c->slice.slice3 = e->slice.slice3;
        c->slice.lbrack = e->slice.lbrack;
        c->slice.rbrack = e->slice.rbrack;
        break;
    case E_TYPEASSERT:
        c->typeassert.x = ast_clone_expr(e->typeassert.x);
        c->typeassert.type = ast_clone_expr(e->typeassert.type);
        c->typeassert.lparen = e->typeassert.lparen;
        break;
    case E_CALL:
        c->call.fun = ast_clone_expr(e->call.fun);
        c->call.args = clone_exprs(e->call.args, e->call.n);
        c->call.n = e->call.n;
        c->call.has_ellipsis = e->call.has_ellipsis;
        c->call.lparen = e->call.lparen;
        c->call.rparen = e->call.rparen;
        c->call.ellipsis = e->call.ellipsis;
        break;
    case E_STAR:
        c->star.x = ast_clone_expr(e->star.x);
        break;
    case E_UNARY:
        c->unary.op = e->unary.op;
        c->unary.x = ast_clone_expr(e->unary.x);
        break;
    case E_BINARY:
        c->binary.op = e->binary.op;
        c->binary.op_pos = e->binary.op_pos;
        c->binary.x = ast_clone_expr(e->binary.x);
        c->binary.y = ast_clone_expr(e->binary.y);
        break;
    case E_KEYVALUE:
        c->kv.key = ast_clone_expr(e->kv.key);
        c->kv.value = ast_clone_expr(e->kv.value);
        c->kv.colon = e->kv.colon;
        break;
    case E_ELLIPSIS:
        c->ellipsis.elt = ast_clone_expr(e->ellipsis.elt);
        break;
    case E_ARRAYTYPE:
        c->arraytype.len = ast_clone_expr(e->arraytype.len);
        c->arraytype.elt = ast_clone_expr(e->arraytype.elt);
        break;
    case E_STRUCTTYPE:
        c->structtype.fields = clone_fields(e->structtype.fields);
        break;
    case E_FUNCTYPE:
        c->functype.tparams = clone_fields(e->functype.tparams);
        c->functype.params = clone_fields(e->functype.params);
        c->functype.results = clone_fields(e->functype.results);
        break;
    case E_IFACETYPE:
        c->ifacetype.methods = clone_fields(e->ifacetype.methods);
        break;
    case E_MAPTYPE:
        c->maptype.key = ast_clone_expr(e->maptype.key);
        c->maptype.value = ast_clone_expr(e->maptype.value);
        break;
    case E_CHANTYPE:
        c->chantype.dir = e->chantype.dir;
        c->chantype.value = ast_clone_expr(e->chantype.value);
        c->chantype.arrow = e->chantype.arrow;
        break;
    }
    return c;
}

static CaseClause *clone_clause(const CaseClause *cc) {
    CaseClause *c = NEW(CaseClause);
    c->pos = cc->pos;
    c->list = clone_exprs(cc->list, cc->n);
    c->n = cc->n;
    c->is_default = cc->is_default;
    c->comm = clone_stmt(cc->comm);
    c->colon = cc->colon;
    c->body = clone_stmts(cc->body, cc->nbody);
    c->nbody = cc->nbody;
    return c;
}

static CaseClause **clone_clauses(CaseClause *const *v, int n) {
    if (!v) {
        return NULL;
    }
    CaseClause **c = NEW_ARRAY(CaseClause *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        c[i] = clone_clause(v[i]);
    }
    return c;
}

static Stmt *clone_stmt(const Stmt *s) {
    if (!s) {
        return NULL;
    }
    Stmt *c = ast_stmt(s->kind, s->pos);
    switch (s->kind) {
    case S_BAD:
    case S_EMPTY:
        break;
    case S_DECL:
        c->decl.decl = ast_clone_decl(s->decl.decl);
        break;
    case S_LABELED:
        c->labeled.label = ast_clone_expr(s->labeled.label);
        c->labeled.stmt = clone_stmt(s->labeled.stmt);
        break;
    case S_EXPR:
        c->expr.x = ast_clone_expr(s->expr.x);
        break;
    case S_SEND:
        c->send.ch = ast_clone_expr(s->send.ch);
        c->send.value = ast_clone_expr(s->send.value);
        c->send.arrow = s->send.arrow;
        break;
    case S_INCDEC:
        c->incdec.x = ast_clone_expr(s->incdec.x);
        c->incdec.tok = s->incdec.tok;
        break;
    case S_ASSIGN:
        c->assign.lhs = clone_exprs(s->assign.lhs, s->assign.nlhs);
        c->assign.nlhs = s->assign.nlhs;
        c->assign.tok = s->assign.tok;
        c->assign.tok_pos = s->assign.tok_pos;
        c->assign.rhs = clone_exprs(s->assign.rhs, s->assign.nrhs);
        c->assign.nrhs = s->assign.nrhs;
        break;
    case S_GO:
        c->go_.call = ast_clone_expr(s->go_.call);
        break;
    case S_DEFER:
        c->defer_.call = ast_clone_expr(s->defer_.call);
        break;
    case S_RETURN:
        c->ret.results = clone_exprs(s->ret.results, s->ret.n);
        c->ret.n = s->ret.n;
        break;
    case S_BRANCH:
        c->branch.tok = s->branch.tok;
        c->branch.label = ast_clone_expr(s->branch.label);
        break;
    case S_BLOCK:
        c->block.block = clone_block(s->block.block);
        break;
    case S_IF:
        c->if_.init = clone_stmt(s->if_.init);
        c->if_.cond = ast_clone_expr(s->if_.cond);
        c->if_.then = clone_block(s->if_.then);
        c->if_.els = clone_stmt(s->if_.els);
        break;
    case S_SWITCH:
        c->switch_.init = clone_stmt(s->switch_.init);
        c->switch_.tag = ast_clone_expr(s->switch_.tag);
        c->switch_.lbrace = s->switch_.lbrace;
        c->switch_.rbrace = s->switch_.rbrace;
        c->switch_.clauses = clone_clauses(s->switch_.clauses, s->switch_.n);
        c->switch_.n = s->switch_.n;
        break;
    case S_TYPESWITCH:
        c->typeswitch.init = clone_stmt(s->typeswitch.init);
        c->typeswitch.bind = ast_clone_expr(s->typeswitch.bind);
        c->typeswitch.x = ast_clone_expr(s->typeswitch.x);
        c->typeswitch.lbrace = s->typeswitch.lbrace;
        c->typeswitch.rbrace = s->typeswitch.rbrace;
        c->typeswitch.clauses = clone_clauses(s->typeswitch.clauses, s->typeswitch.n);
        c->typeswitch.n = s->typeswitch.n;
        break;
    case S_SELECT:
        c->select.clauses = clone_clauses(s->select.clauses, s->select.n);
        c->select.n = s->select.n;
        c->select.lbrace = s->select.lbrace;
        c->select.rbrace = s->select.rbrace;
        break;
    case S_FOR:
        c->for_.init = clone_stmt(s->for_.init);
        c->for_.cond = ast_clone_expr(s->for_.cond);
        c->for_.post = clone_stmt(s->for_.post);
        c->for_.body = clone_block(s->for_.body);
        break;
    case S_RANGE:
        c->range.key = ast_clone_expr(s->range.key);
        c->range.value = ast_clone_expr(s->range.value);
        c->range.tok = s->range.tok;
        c->range.x = ast_clone_expr(s->range.x);
        c->range.body = clone_block(s->range.body);
        c->range.range_pos = s->range.range_pos;
        break;
    }
    return c;
}

static ValueSpec *clone_value_spec(const ValueSpec *v) {
    ValueSpec *c = NEW(ValueSpec);
    *c = *v;
    c->names = clone_exprs(v->names, v->nnames);
    c->type = ast_clone_expr(v->type);
    c->values = clone_exprs(v->values, v->nvalues);
    return c;
}

Decl *ast_clone_decl(const Decl *d) {
    if (!d) {
        return NULL;
    }
    Decl *c = ast_decl(d->kind, d->pos);
    switch (d->kind) {
    case D_BAD:
        break;
    case D_IMPORT:
        c->import.n = d->import.n;
        c->import.specs = NEW_ARRAY(ImportSpec *, d->import.n > 0 ? d->import.n : 1);
        for (int i = 0; i < d->import.n; i++) {
            ImportSpec *s = NEW(ImportSpec);
            const ImportSpec *o = d->import.specs[i];
            s->pos = o->pos;
            s->name = ast_clone_expr(o->name);
            s->path = o->path;
            s->path_pos = o->path_pos;
            c->import.specs[i] = s;
        }
        break;
    case D_CONST:
    case D_VAR:
        c->value.n = d->value.n;
        c->value.specs = NEW_ARRAY(ValueSpec *, d->value.n > 0 ? d->value.n : 1);
        for (int i = 0; i < d->value.n; i++) {
            c->value.specs[i] = clone_value_spec(d->value.specs[i]);
        }
        break;
    case D_TYPE:
        c->type.n = d->type.n;
        c->type.specs = NEW_ARRAY(TypeSpec *, d->type.n > 0 ? d->type.n : 1);
        for (int i = 0; i < d->type.n; i++) {
            TypeSpec *s = NEW(TypeSpec);
            const TypeSpec *o = d->type.specs[i];
            s->pos = o->pos;
            s->name = ast_clone_expr(o->name);
            s->tparams = clone_fields(o->tparams);
            s->alias = o->alias;
            s->type = ast_clone_expr(o->type);
            c->type.specs[i] = s;
        }
        break;
    case D_FUNC:
        c->func.recv = clone_fields(d->func.recv);
        c->func.name = ast_clone_expr(d->func.name);
        c->func.type = ast_clone_expr(d->func.type);
        c->func.body = clone_block(d->func.body);
        break;
    }
    return c;
}

/* ---- Go-syntax printing (cmd/compile/internal/syntax's short form) ---- */

/* strconv.Quote: the bytes as a Go interpreted string literal. */
static void quote_bytes(StrBuf *out, const char *s, size_t n) {
    quote_string(out, s, n, '"', QUOTE_PRINT);
}

static void format_lit(StrBuf *out, const Expr *e) {
    if (e->lit.src) {
        sb_puts(out, e->lit.src);
    } else if (e->lit.kind == T_STRING) {
        quote_bytes(out, e->lit.text, e->lit.len);
    } else {
        sb_puts(out, e->lit.text ? e->lit.text : "");
    }
}

static void format_exprs(StrBuf *out, Expr *const *v, int n) {
    for (int i = 0; i < n; i++) {
        if (i) {
            sb_puts(out, ", ");
        }
        ast_format_expr(out, v[i]);
    }
}

static const Expr *unparen_c(const Expr *x) {
    while (x && x->kind == E_PAREN) {
        x = x->paren.x;
    }
    return x;
}

/* A parameter list: `(a, b int, c string)`; brackets for type parameters. */
static void format_params(StrBuf *out, const FieldList *fl, bool brackets) {
    sb_putc(out, brackets ? '[' : '(');
    for (int i = 0; fl && i < fl->n; i++) {
        const Field *f = fl->list[i];
        if (i) {
            sb_puts(out, ", ");
        }
        for (int j = 0; j < f->nnames; j++) {
            sb_puts(out, j ? ", " : "");
            ast_format_expr(out, f->names[j]);
        }
        if (f->nnames) {
            sb_putc(out, ' ');
        }
        ast_format_expr(out, unparen_c(f->type));
    }
    sb_putc(out, brackets ? ']' : ')');
}

static void format_signature(StrBuf *out, const Expr *ft) {
    if (ft->functype.tparams) {
        format_params(out, ft->functype.tparams, true);
    }
    format_params(out, ft->functype.params, false);
    const FieldList *r = ft->functype.results;
    if (r && r->n > 0) {
        sb_putc(out, ' ');
        if (r->n == 1 && r->list[0]->nnames == 0) {
            ast_format_expr(out, r->list[0]->type);
        } else {
            format_params(out, r, false);
        }
    }
}

/* The type expressions: arrays, structs, funcs, interfaces, maps and channels, and the ...T of a
 * variadic parameter. */
static void format_type(StrBuf *out, const Expr *e) {
    switch (e->kind) {
    case E_ELLIPSIS:
        sb_puts(out, "...");
        ast_format_expr(out, e->ellipsis.elt);
        break;
    case E_ARRAYTYPE:
        sb_putc(out, '[');
        ast_format_expr(out, e->arraytype.len);
        sb_putc(out, ']');
        ast_format_expr(out, e->arraytype.elt);
        break;
    case E_STRUCTTYPE: {
        sb_puts(out, "struct{");
        const FieldList *fl = e->structtype.fields;
        for (int i = 0; fl && i < fl->n; i++) {
            const Field *f = fl->list[i];
            sb_puts(out, i ? "; " : "");
            for (int j = 0; j < f->nnames; j++) {
                sb_puts(out, j ? ", " : "");
                ast_format_expr(out, f->names[j]);
            }
            if (f->nnames) {
                sb_putc(out, ' ');
            }
            ast_format_expr(out, f->type);
            if (f->tag) {
                sb_putc(out, ' ');
                quote_bytes(out, f->tag, f->tag_len);
            }
        }
        sb_putc(out, '}');
        break;
    }
    case E_FUNCTYPE:
        sb_puts(out, "func");
        format_signature(out, e);
        break;
    case E_IFACETYPE: {
        sb_puts(out, "interface{");
        const FieldList *fl = e->ifacetype.methods;
        for (int i = 0; fl && i < fl->n; i++) {
            const Field *f = fl->list[i];
            sb_puts(out, i ? "; " : "");
            if (f->nnames) {
                ast_format_expr(out, f->names[0]);
                format_signature(out, f->type);
            } else {
                ast_format_expr(out, f->type);
            }
        }
        sb_putc(out, '}');
        break;
    }
    case E_MAPTYPE:
        sb_puts(out, "map[");
        ast_format_expr(out, e->maptype.key);
        sb_putc(out, ']');
        ast_format_expr(out, e->maptype.value);
        break;
    case E_CHANTYPE: {
        const Expr *v = e->chantype.value;
        sb_puts(out, e->chantype.dir == CHAN_RECV   ? "<-chan "
                     : e->chantype.dir == CHAN_SEND ? "chan<- "
                                                    : "chan ");
        bool par = e->chantype.dir == CHAN_BOTH && v && v->kind == E_CHANTYPE &&
                   v->chantype.dir == CHAN_RECV;
        sb_puts(out, par ? "(" : "");
        ast_format_expr(out, v);
        sb_puts(out, par ? ")" : "");
        break;
    }
    default: break; /* not a type expression */
    }
}

void ast_format_expr(StrBuf *out, const Expr *e) {
    if (!e) {
        return;
    }
    switch (e->kind) {
    case E_BAD:
        sb_puts(out, "<bad expr>");
        break;
    case E_IDENT:
        sb_puts(out, e->ident.name);
        break;
    case E_BASICLIT:
        format_lit(out, e);
        break;
    case E_COMPOSITE:
        ast_format_expr(out, e->composite.type);
        sb_puts(out, e->composite.n > 0 ? "{…}" : "{}");
        break;
    case E_FUNCLIT:
        ast_format_expr(out, e->funclit.type);
        sb_puts(out, e->funclit.body && e->funclit.body->n > 0 ? " {…}" : " {}");
        break;
    case E_PAREN:
        sb_putc(out, '(');
        ast_format_expr(out, e->paren.x);
        sb_putc(out, ')');
        break;
    case E_SELECTOR:
        ast_format_expr(out, e->selector.x);
        sb_putc(out, '.');
        ast_format_expr(out, e->selector.sel);
        break;
    case E_INDEX:
        ast_format_expr(out, e->index.x);
        sb_putc(out, '[');
        format_exprs(out, e->index.indices, e->index.n);
        sb_putc(out, ']');
        break;
    case E_SLICE:
        ast_format_expr(out, e->slice.x);
        sb_putc(out, '[');
        ast_format_expr(out, e->slice.lo);
        sb_putc(out, ':');
        ast_format_expr(out, e->slice.hi);
        if (e->slice.slice3) {
            sb_putc(out, ':');
            ast_format_expr(out, e->slice.max);
        }
        sb_putc(out, ']');
        break;
    case E_TYPEASSERT:
        ast_format_expr(out, e->typeassert.x);
        sb_puts(out, ".(");
        if (e->typeassert.type) {
            ast_format_expr(out, e->typeassert.type);
        } else {
            sb_puts(out, "type");
        }
        sb_putc(out, ')');
        break;
    case E_CALL:
        ast_format_expr(out, e->call.fun);
        sb_putc(out, '(');
        format_exprs(out, e->call.args, e->call.n);
        if (e->call.has_ellipsis) {
            sb_puts(out, "...");
        }
        sb_putc(out, ')');
        break;
    case E_STAR:
        sb_putc(out, '*');
        ast_format_expr(out, e->star.x);
        break;
    case E_UNARY:
        sb_puts(out, tok_str(e->unary.op));
        ast_format_expr(out, e->unary.x);
        break;
    case E_BINARY:
        ast_format_expr(out, e->binary.x);
        sb_printf(out, " %s ", tok_str(e->binary.op));
        ast_format_expr(out, e->binary.y);
        break;
    case E_KEYVALUE:
        ast_format_expr(out, e->kv.key);
        sb_puts(out, ": ");
        ast_format_expr(out, e->kv.value);
        break;
    case E_ELLIPSIS:
    case E_ARRAYTYPE:
    case E_STRUCTTYPE:
    case E_FUNCTYPE:
    case E_IFACETYPE:
    case E_MAPTYPE:
    case E_CHANTYPE: format_type(out, e); break;
    }
}

const char *ast_expr_string(const Expr *e) {
    StrBuf b = {0};
    ast_format_expr(&b, e);
    return sb_cstr(&b);
}

/* ---- s-expression dump ---- */

static void dump_expr(StrBuf *out, const Expr *e);
static void dump_stmt(StrBuf *out, const Stmt *s);
static void dump_decl(StrBuf *out, const Decl *d);
static void dump_block(StrBuf *out, const Block *b);

static void dump_opt(StrBuf *out, const Expr *e) {
    if (e) {
        dump_expr(out, e);
    } else {
        sb_putc(out, '_');
    }
}

static void dump_exprs(StrBuf *out, Expr *const *v, int n) {
    for (int i = 0; i < n; i++) {
        sb_putc(out, ' ');
        dump_expr(out, v[i]);
    }
}

/* A field: `(a b T)`, `T` when it has no names; a struct tag is appended quoted. */
static void dump_field(StrBuf *out, const Field *f) {
    if (f->nnames == 0 && !f->tag) {
        dump_expr(out, f->type);
        return;
    }
    sb_putc(out, '(');
    for (int i = 0; i < f->nnames; i++) {
        dump_expr(out, f->names[i]);
        sb_putc(out, ' ');
    }
    dump_expr(out, f->type);
    if (f->tag) {
        sb_putc(out, ' ');
        quote_bytes(out, f->tag, f->tag_len);
    }
    sb_putc(out, ')');
}

static void dump_fields(StrBuf *out, const char *head, const FieldList *fl) {
    sb_printf(out, "(%s", head);
    for (int i = 0; fl && i < fl->n; i++) {
        sb_putc(out, ' ');
        dump_field(out, fl->list[i]);
    }
    sb_putc(out, ')');
}

/* The type expressions, as format_type. */
static void dump_type(StrBuf *out, const Expr *e) {
    switch (e->kind) {
    case E_ELLIPSIS:
        if (e->ellipsis.elt) {
            sb_puts(out, "(... ");
            dump_expr(out, e->ellipsis.elt);
            sb_putc(out, ')');
        } else {
            sb_puts(out, "(...)");
        }
        break;
    case E_ARRAYTYPE:
        if (e->arraytype.len) {
            sb_puts(out, "(array ");
            dump_expr(out, e->arraytype.len);
            sb_putc(out, ' ');
        } else {
            sb_puts(out, "(slicetype ");
        }
        dump_expr(out, e->arraytype.elt);
        sb_putc(out, ')');
        break;
    case E_STRUCTTYPE: dump_fields(out, "struct", e->structtype.fields); break;
    case E_FUNCTYPE:
        sb_puts(out, "(functype");
        if (e->functype.tparams) {
            sb_putc(out, ' ');
            dump_fields(out, "tparams", e->functype.tparams);
        }
        sb_putc(out, ' ');
        dump_fields(out, "params", e->functype.params);
        if (e->functype.results) {
            sb_putc(out, ' ');
            dump_fields(out, "results", e->functype.results);
        }
        sb_putc(out, ')');
        break;
    case E_IFACETYPE: dump_fields(out, "interface", e->ifacetype.methods); break;
    case E_MAPTYPE:
        sb_puts(out, "(map ");
        dump_expr(out, e->maptype.key);
        sb_putc(out, ' ');
        dump_expr(out, e->maptype.value);
        sb_putc(out, ')');
        break;
    case E_CHANTYPE:
        sb_puts(out, e->chantype.dir == CHAN_RECV   ? "(<-chan "
                     : e->chantype.dir == CHAN_SEND ? "(chan<- "
                                                    : "(chan ");
        dump_expr(out, e->chantype.value);
        sb_putc(out, ')');
        break;
    default: break; /* not a type expression */
    }
}

static void dump_expr(StrBuf *out, const Expr *e) {
    if (!e) {
        sb_putc(out, '_');
        return;
    }
    switch (e->kind) {
    case E_BAD:
        sb_puts(out, "BAD");
        break;
    case E_IDENT:
        sb_puts(out, e->ident.name);
        break;
    case E_BASICLIT:
        if (e->lit.kind == T_STRING) {
            quote_bytes(out, e->lit.text, e->lit.len);
        } else {
            sb_puts(out, e->lit.text);
        }
        break;
    case E_COMPOSITE:
        sb_puts(out, "(composite ");
        dump_opt(out, e->composite.type);
        dump_exprs(out, e->composite.elts, e->composite.n);
        sb_putc(out, ')');
        break;
    case E_FUNCLIT: {
        sb_puts(out, "(funclit ");
        dump_expr(out, e->funclit.type);
        sb_putc(out, ' ');
        dump_block(out, e->funclit.body);
        sb_putc(out, ')');
        break;
    }
    case E_PAREN:
        sb_puts(out, "(paren ");
        dump_expr(out, e->paren.x);
        sb_putc(out, ')');
        break;
    case E_SELECTOR:
        sb_puts(out, "(sel ");
        dump_expr(out, e->selector.x);
        sb_putc(out, ' ');
        dump_expr(out, e->selector.sel);
        sb_putc(out, ')');
        break;
    case E_INDEX:
        sb_puts(out, "(index ");
        dump_expr(out, e->index.x);
        dump_exprs(out, e->index.indices, e->index.n);
        sb_putc(out, ')');
        break;
    case E_SLICE:
        sb_puts(out, e->slice.slice3 ? "(slice3 " : "(slice ");
        dump_expr(out, e->slice.x);
        sb_putc(out, ' ');
        dump_opt(out, e->slice.lo);
        sb_putc(out, ' ');
        dump_opt(out, e->slice.hi);
        if (e->slice.slice3) {
            sb_putc(out, ' ');
            dump_opt(out, e->slice.max);
        }
        sb_putc(out, ')');
        break;
    case E_TYPEASSERT:
        sb_puts(out, "(assert ");
        dump_expr(out, e->typeassert.x);
        sb_putc(out, ' ');
        if (e->typeassert.type) {
            dump_expr(out, e->typeassert.type);
        } else {
            sb_puts(out, "type");
        }
        sb_putc(out, ')');
        break;
    case E_CALL:
        sb_puts(out, "(call ");
        dump_expr(out, e->call.fun);
        dump_exprs(out, e->call.args, e->call.n);
        if (e->call.has_ellipsis) {
            sb_puts(out, " ...");
        }
        sb_putc(out, ')');
        break;
    case E_STAR:
        sb_puts(out, "(star ");
        dump_expr(out, e->star.x);
        sb_putc(out, ')');
        break;
    case E_UNARY:
        sb_printf(out, "(%s ", tok_str(e->unary.op));
        dump_expr(out, e->unary.x);
        sb_putc(out, ')');
        break;
    case E_BINARY:
        sb_printf(out, "(%s ", tok_str(e->binary.op));
        dump_expr(out, e->binary.x);
        sb_putc(out, ' ');
        dump_expr(out, e->binary.y);
        sb_putc(out, ')');
        break;
    case E_KEYVALUE:
        sb_puts(out, "(kv ");
        dump_expr(out, e->kv.key);
        sb_putc(out, ' ');
        dump_expr(out, e->kv.value);
        sb_putc(out, ')');
        break;
    case E_ELLIPSIS:
    case E_ARRAYTYPE:
    case E_STRUCTTYPE:
    case E_FUNCTYPE:
    case E_IFACETYPE:
    case E_MAPTYPE:
    case E_CHANTYPE: dump_type(out, e); break;
    }
}

static void dump_stmts(StrBuf *out, Stmt *const *v, int n) {
    for (int i = 0; i < n; i++) {
        sb_putc(out, ' ');
        dump_stmt(out, v[i]);
    }
}

static void dump_block(StrBuf *out, const Block *b) {
    if (!b) {
        sb_putc(out, '_');
        return;
    }
    sb_puts(out, "(block");
    dump_stmts(out, b->stmts, b->n);
    sb_putc(out, ')');
}

static void dump_opt_stmt(StrBuf *out, const Stmt *s) {
    if (s) {
        dump_stmt(out, s);
    } else {
        sb_putc(out, '_');
    }
}

static void dump_clauses(StrBuf *out, CaseClause *const *v, int n, bool comm) {
    for (int i = 0; i < n; i++) {
        const CaseClause *c = v[i];
        if (c->is_default) {
            sb_puts(out, " (default");
        } else if (comm) {
            sb_puts(out, " (comm ");
            dump_opt_stmt(out, c->comm);
        } else {
            sb_puts(out, " (case (");
            for (int j = 0; j < c->n; j++) {
                sb_puts(out, j ? " " : "");
                dump_expr(out, c->list[j]);
            }
            sb_putc(out, ')');
        }
        dump_stmts(out, c->body, c->nbody);
        sb_putc(out, ')');
    }
}

static void dump_stmt(StrBuf *out, const Stmt *s) {
    switch (s->kind) {
    case S_BAD:
        sb_puts(out, "BAD");
        break;
    case S_DECL:
        dump_decl(out, s->decl.decl);
        break;
    case S_EMPTY:
        sb_puts(out, "(empty)");
        break;
    case S_LABELED:
        sb_puts(out, "(label ");
        dump_expr(out, s->labeled.label);
        sb_putc(out, ' ');
        dump_opt_stmt(out, s->labeled.stmt);
        sb_putc(out, ')');
        break;
    case S_EXPR:
        sb_puts(out, "(expr ");
        dump_expr(out, s->expr.x);
        sb_putc(out, ')');
        break;
    case S_SEND:
        sb_puts(out, "(send ");
        dump_expr(out, s->send.ch);
        sb_putc(out, ' ');
        dump_expr(out, s->send.value);
        sb_putc(out, ')');
        break;
    case S_INCDEC:
        sb_printf(out, "(%s ", tok_str(s->incdec.tok));
        dump_expr(out, s->incdec.x);
        sb_putc(out, ')');
        break;
    case S_ASSIGN:
        sb_printf(out, "(%s (", tok_str(s->assign.tok));
        for (int i = 0; i < s->assign.nlhs; i++) {
            sb_puts(out, i ? " " : "");
            dump_expr(out, s->assign.lhs[i]);
        }
        sb_puts(out, ") (");
        for (int i = 0; i < s->assign.nrhs; i++) {
            sb_puts(out, i ? " " : "");
            dump_expr(out, s->assign.rhs[i]);
        }
        sb_puts(out, "))");
        break;
    case S_GO:
        sb_puts(out, "(go ");
        dump_expr(out, s->go_.call);
        sb_putc(out, ')');
        break;
    case S_DEFER:
        sb_puts(out, "(defer ");
        dump_expr(out, s->defer_.call);
        sb_putc(out, ')');
        break;
    case S_RETURN:
        sb_puts(out, "(return");
        dump_exprs(out, s->ret.results, s->ret.n);
        sb_putc(out, ')');
        break;
    case S_BRANCH:
        sb_printf(out, "(%s", tok_str(s->branch.tok));
        if (s->branch.label) {
            sb_putc(out, ' ');
            dump_expr(out, s->branch.label);
        }
        sb_putc(out, ')');
        break;
    case S_BLOCK:
        dump_block(out, s->block.block);
        break;
    case S_IF:
        sb_puts(out, "(if ");
        dump_opt_stmt(out, s->if_.init);
        sb_putc(out, ' ');
        dump_opt(out, s->if_.cond);
        sb_putc(out, ' ');
        dump_block(out, s->if_.then);
        if (s->if_.els) {
            sb_putc(out, ' ');
            dump_stmt(out, s->if_.els);
        }
        sb_putc(out, ')');
        break;
    case S_SWITCH:
        sb_puts(out, "(switch ");
        dump_opt_stmt(out, s->switch_.init);
        sb_putc(out, ' ');
        dump_opt(out, s->switch_.tag);
        dump_clauses(out, s->switch_.clauses, s->switch_.n, false);
        sb_putc(out, ')');
        break;
    case S_TYPESWITCH:
        sb_puts(out, "(typeswitch ");
        dump_opt_stmt(out, s->typeswitch.init);
        sb_putc(out, ' ');
        dump_opt(out, s->typeswitch.bind);
        sb_putc(out, ' ');
        dump_expr(out, s->typeswitch.x);
        dump_clauses(out, s->typeswitch.clauses, s->typeswitch.n, false);
        sb_putc(out, ')');
        break;
    case S_SELECT:
        sb_puts(out, "(select");
        dump_clauses(out, s->select.clauses, s->select.n, true);
        sb_putc(out, ')');
        break;
    case S_FOR:
        sb_puts(out, "(for ");
        dump_opt_stmt(out, s->for_.init);
        sb_putc(out, ' ');
        dump_opt(out, s->for_.cond);
        sb_putc(out, ' ');
        dump_opt_stmt(out, s->for_.post);
        sb_putc(out, ' ');
        dump_block(out, s->for_.body);
        sb_putc(out, ')');
        break;
    case S_RANGE:
        sb_puts(out, "(range ");
        dump_opt(out, s->range.key);
        sb_putc(out, ' ');
        dump_opt(out, s->range.value);
        sb_printf(out, " %s ", s->range.tok == T_ILLEGAL ? "_" : tok_str(s->range.tok));
        dump_expr(out, s->range.x);
        sb_putc(out, ' ');
        dump_block(out, s->range.body);
        sb_putc(out, ')');
        break;
    }
}

static void dump_value_spec(StrBuf *out, const ValueSpec *v, bool is_const) {
    sb_puts(out, "(spec (");
    for (int i = 0; i < v->nnames; i++) {
        sb_puts(out, i ? " " : "");
        dump_expr(out, v->names[i]);
    }
    sb_puts(out, ") ");
    dump_opt(out, v->type);
    sb_puts(out, " (");
    for (int i = 0; i < v->nvalues; i++) {
        sb_puts(out, i ? " " : "");
        dump_expr(out, v->values[i]);
    }
    sb_putc(out, ')');
    if (is_const) {
        sb_printf(out, " iota=%d%s", v->iota, v->implicit ? " implicit" : "");
    }
    sb_putc(out, ')');
}

static void dump_decl(StrBuf *out, const Decl *d) {
    switch (d->kind) {
    case D_BAD:
        sb_puts(out, "BAD");
        break;
    case D_IMPORT:
        sb_puts(out, "(import");
        for (int i = 0; i < d->import.n; i++) {
            const ImportSpec *s = d->import.specs[i];
            sb_putc(out, ' ');
            if (s->name) {
                sb_printf(out, "(%s ", s->name->ident.name);
                quote_bytes(out, s->path, strlen(s->path));
                sb_putc(out, ')');
            } else {
                quote_bytes(out, s->path, strlen(s->path));
            }
        }
        sb_putc(out, ')');
        break;
    case D_CONST:
    case D_VAR:
        sb_puts(out, d->kind == D_CONST ? "(const" : "(var");
        for (int i = 0; i < d->value.n; i++) {
            sb_putc(out, ' ');
            dump_value_spec(out, d->value.specs[i], d->kind == D_CONST);
        }
        sb_putc(out, ')');
        break;
    case D_TYPE:
        sb_puts(out, "(type");
        for (int i = 0; i < d->type.n; i++) {
            const TypeSpec *s = d->type.specs[i];
            sb_puts(out, " (spec ");
            dump_expr(out, s->name);
            if (s->tparams) {
                sb_putc(out, ' ');
                dump_fields(out, "tparams", s->tparams);
            }
            sb_puts(out, s->alias ? " = " : " ");
            dump_expr(out, s->type);
            sb_putc(out, ')');
        }
        sb_putc(out, ')');
        break;
    case D_FUNC:
        sb_puts(out, "(func ");
        if (d->func.recv) {
            dump_fields(out, "recv", d->func.recv);
            sb_putc(out, ' ');
        }
        dump_expr(out, d->func.name);
        sb_putc(out, ' ');
        dump_expr(out, d->func.type);
        sb_putc(out, ' ');
        dump_block(out, d->func.body);
        sb_putc(out, ')');
        break;
    }
}

void ast_dump_expr(const Expr *e, StrBuf *out) { dump_expr(out, e); }

void ast_dump_stmt(const Stmt *s, StrBuf *out) {
    if (s) {
        dump_stmt(out, s);
    } else {
        sb_putc(out, '_');
    }
}

void ast_dump_decl(const Decl *d, StrBuf *out) { dump_decl(out, d); }

void ast_dump_file(const File *f, StrBuf *out) {
    sb_puts(out, "(file ");
    if (f->package_name) {
        dump_expr(out, f->package_name);
    } else {
        sb_putc(out, '_');
    }
    for (int i = 0; i < f->n; i++) {
        sb_puts(out, "\n  ");
        dump_decl(out, f->decls[i]);
    }
    sb_puts(out, ")\n");
}
