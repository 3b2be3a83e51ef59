/* session.c — the REPL's persistent package main, entry by entry.
 *
 * An entry is declarations, statements or one expression (parse_repl_entry). It is checked
 * alone against the session (check/repl.c): declarations join the package; statements are the
 * body of a function `main.main` whose top-level variables become package variables; an
 * expression is the statement fmt.Println(EXPR), its value echoed as Println prints it (a
 * call without results is a statement; so are calls of fmt.Print, Println and Printf, whose
 * results, the byte count and error, a learner does not want echoed). Only an entry without
 * errors changes the session. The compiled entry comes back as a func value to run as a
 * goroutine: first the init functions of std packages loaded since the last entry, then the
 * entry (for declarations: the initialisation of its variables and its init functions).
 *
 * The std packages need no import: a name followed by a dot that is not declared in the
 * session and is the name of a std package is imported, for the rest of the session.
 *
 * Scopes, innermost first: an entry's body; the prelude (the echo function, under a name no
 * entry can spell); the package scope; the universe.
 */
#include "repl.h"

#include "../compile/compile.h"
#include "../driver.h"
#include "../parse/parse.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char REPL_FILE[] = "<repl>";

/* What :save writes: the session's declarations (one per item) and statement entries. */
typedef enum SavedKind { SAVED_DECL, SAVED_IMPORT, SAVED_STMTS } SavedKind;

typedef VEC(const char *) Names;

/* A statement entry's x, y := ...: where its := is in the text, its variables vars[first..). */
typedef struct SavedDefine {
    size_t at;
    int first, n;
} SavedDefine;

typedef struct Saved {
    SavedKind kind;
    const char *text;   /* a declaration, an import spec, or statements */
    const char **names; /* what it declares ("T.M" for a method) */
    int nnames;
    ObjVec vars; /* statements: the variables they declare (names[i] is vars[i]'s) */
    VEC(SavedDefine) defines;
} Saved;

static struct {
    Package *pkg;
    Checker *chk;
    Scope *prelude;
    VEC(Saved) saved;
} S;

/* ---- std packages ---- */

/* The name a std package is used by without an import: its path's last element ("utf8" for
 * "unicode/utf8"); NULL for the internal packages and the versions (math/rand/v2), which an
 * import names explicitly. */
static const char *std_name(const char *path) {
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    bool version = name[0] == 'v' && name[1] >= '0' && name[1] <= '9';
    return strstr(path, "internal") || version ? NULL : name;
}

/* The import path of the std package called name ("utf8" -> "unicode/utf8"), or NULL. */
static const char *std_path(const char *name) {
    for (int i = 0; native_pkg_path(i); i++) {
        const char *path = native_pkg_path(i);
        const char *n = std_name(path);
        if (n && strcmp(n, name) == 0) {
            return path;
        }
    }
    return NULL;
}

/* Every `name.` of the entry where name is a std package's and means nothing else yet. */
static void implicit_imports(const char *src, size_t len) {
    Diags scratch = {0};
    Lexer lx;
    lex_init(&lx, REPL_FILE, src, len, &scratch);
    Token prev = {0}, t = lex_next(&lx);
    while (t.kind != T_EOF) {
        Token next = lex_next(&lx);
        if (t.kind == T_IDENT && next.kind == T_PERIOD && prev.kind != T_PERIOD &&
            !scope_lookup(S.prelude, t.text, NULL)) {
            const char *path = std_path(t.text);
            Package *p = path ? driver_import(path) : NULL;
            if (p) {
                Obj *o = chk_new_obj(OBJ_PKG, t.text, t.pos, NULL);
                o->imported = p;
                o->pkg = S.pkg;
                o->color = 2;
                o->used = true;
                scope_insert(S.pkg->scope, o);
            }
        }
        prev = t;
        t = next;
    }
}

/* ---- the session ---- */

void repl_session_init(void) {
    S.pkg = NEW(Package);
    S.pkg->path = intern_cstr("main");
    S.pkg->name = S.pkg->path;
    S.pkg->files = NEW_ARRAY(File *, 1);
    S.pkg->files[0] = NEW(File);
    S.pkg->files[0]->name = REPL_FILE;
    S.pkg->nfiles = 1;
    S.pkg->scope = scope_new(check_universe());
    S.pkg->checked = true;
    S.chk = driver_checker(NULL);
    S.chk->pkg = S.pkg;
    S.chk->universe = check_universe();
    S.chk->file = REPL_FILE;
    S.prelude = scope_new(S.pkg->scope);
    S.saved.len = 0;
    Obj *inspect = chk_new_obj(OBJ_FUNC, intern_cstr("gosub.inspect"), pos_make(0, 0),
                               type_func((Type *[]){t_any, t_string}, 2, NULL, 0, false));
    Func *fn = NEW(Func);
    fn->name = "gosub.inspect";
    fn->native = repl_inspect_native();
    fn->param_slots = 4;
    fn->nregs = 5;
    inspect->compiled = fn;
    inspect->is_native = true;
    inspect->pkg = S.pkg;
    inspect->color = 2;
    scope_insert(S.prelude, inspect);
    Package *fmt = driver_import("fmt");
    Obj *println = fmt ? scope_lookup_local(fmt->scope, intern_cstr("Println")) : NULL;
    if (println) {
        Obj *echo = NEW(Obj);
        *echo = *println;
        echo->name = intern_cstr("fmt.Println");
        echo->parent = NULL;
        scope_insert(S.prelude, echo);
    }
}

/* The func value running the pending std inits, then fn. */
static Closure *runner(Func *fn) {
    Func **inits;
    int n = driver_take_inits(&inits);
    inits[n++] = fn;
    Closure *cl = NEW(Closure);
    cl->fn = driver_sequence(inits, n, "main.main", REPL_FILE);
    return cl;
}

/* A defer at the top of an entry (not inside a function literal), or NULL. */
static Stmt *find_defer(Stmt **stmts, int n) {
    for (int i = 0; i < n; i++) {
        Stmt *s = stmts[i];
        Stmt *found = NULL;
        switch (s->kind) {
        case S_DEFER: return s;
        case S_LABELED: found = find_defer(&s->labeled.stmt, 1); break;
        case S_BLOCK: found = find_defer(s->block.block->stmts, s->block.block->n); break;
        case S_IF:
            found = find_defer(s->if_.then->stmts, s->if_.then->n);
            if (!found && s->if_.els) {
                found = find_defer(&s->if_.els, 1);
            }
            break;
        case S_FOR: found = find_defer(s->for_.body->stmts, s->for_.body->n); break;
        case S_RANGE: found = find_defer(s->range.body->stmts, s->range.body->n); break;
        case S_SWITCH:
        case S_TYPESWITCH:
        case S_SELECT: {
            CaseClause **cl = s->kind == S_SWITCH       ? s->switch_.clauses
                              : s->kind == S_TYPESWITCH ? s->typeswitch.clauses
                                                        : s->select.clauses;
            int ncl = s->kind == S_SWITCH       ? s->switch_.n
                      : s->kind == S_TYPESWITCH ? s->typeswitch.n
                                                : s->select.n;
            for (int k = 0; k < ncl && !found; k++) {
                found = find_defer(cl[k]->body, cl[k]->nbody);
            }
            break;
        }
        default: break;
        }
        if (found) {
            return found;
        }
    }
    return NULL;
}

static void reset_checker(Diags *diags, const char *file) {
    S.chk->diags = diags;
    S.chk->file = file;
    S.chk->pkg = S.pkg;
    S.chk->scope = S.pkg->scope;
    S.chk->func = NULL;
}

/* Checks stmts as an entry's body; on success the session keeps what it declared and the
 * compiled function is returned. NULL: errors (in diags), the session unchanged. With
 * check_only, the session is left unchanged either way (and nothing is compiled). */
static Func *body_entry(Stmt **stmts, int n, Diags *diags, bool check_only) {
    Stmt *d = find_defer(stmts, n);
    if (d) {
        diag_error(diags, REPL_FILE, d->pos,
                   "defer is not available at the prompt (an entry is not a function that "
                   "returns); defer inside a func");
        return NULL;
    }
    Block *b = NEW(Block);
    b->stmts = stmts;
    b->n = n;
    b->lbrace = n ? stmts[0]->pos : pos_make(1, 1);
    b->rbrace = b->lbrace;
    reset_checker(diags, REPL_FILE);
    ChkRepl *r = chk_repl_begin(S.chk, S.pkg);
    FuncInfo *fi = chk_repl_body(S.chk, r, b, "main", S.prelude);
    bool ok = diag_count(diags) == 0;
    chk_repl_end(S.chk, r, ok && !check_only);
    if (!ok || check_only) {
        return NULL;
    }
    Obj *o = chk_new_obj(OBJ_FUNC, intern_cstr("main"), b->lbrace, fi->sig);
    o->info = fi;
    o->pkg = S.pkg;
    o->global = true;
    o->full_name = fi->name;
    fi->obj = o;
    vec_push(&S.pkg->funcs, o);
    S.pkg->var_order.len = 0;
    S.pkg->inits.len = 0;
    cmp_package(S.chk, S.pkg);
    return diag_count(diags) == 0 ? o->compiled : NULL;
}

/* Top-level declarations of file `name` into the session; the function initialising their
 * variables and running their init functions, or NULL (errors in diags). */
static Func *decls_entry(Decl **decls, int n, const char *name, Diags *diags) {
    File *f = NEW(File);
    f->name = name;
    f->decls = decls;
    f->n = n;
    reset_checker(diags, name);
    S.pkg->files[0]->name = name; /* for the functions' positions in tracebacks */
    ChkRepl *r = chk_repl_begin(S.chk, S.pkg);
    bool ok = chk_repl_decls(S.chk, r, f);
    chk_repl_end(S.chk, r, ok);
    Func *init = ok ? cmp_package(S.chk, S.pkg) : NULL;
    S.pkg->files[0]->name = REPL_FILE;
    S.pkg->var_order.len = 0;
    S.pkg->inits.len = 0;
    return diag_count(diags) == 0 ? init : NULL;
}

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN) {
        e = e->paren.x;
    }
    return e;
}

/* fmt.Print(...), fmt.Println(...), fmt.Printf(...): their results are not echoed. */
static bool is_print_call(Expr *e) {
    e = unparen(e);
    if (e->kind != E_CALL) {
        return false;
    }
    Expr *f = unparen(e->call.fun);
    if (f->kind != E_SELECTOR || f->selector.x->kind != E_IDENT) {
        return false;
    }
    const char *pkg = f->selector.x->ident.name, *name = f->selector.sel->ident.name;
    return pkg == intern_cstr("fmt") &&
           (name == intern_cstr("Print") || name == intern_cstr("Println") ||
            name == intern_cstr("Printf"));
}

/* After a check: whether e is a call of a function without results. */
static bool is_novalue_call(Expr *e) {
    e = unparen(e);
    if (e->kind != E_CALL) {
        return false;
    }
    Expr *f = unparen(e->call.fun);
    if (f->mode == MODE_BUILTIN && f->kind == E_IDENT && f->ident.obj) {
        switch (f->ident.obj->builtin) {
        case BI_CLEAR:
        case BI_CLOSE:
        case BI_DELETE:
        case BI_PANIC:
        case BI_PRINT:
        case BI_PRINTLN: return true;
        default: return false;
        }
    }
    Type *t = f->type;
    return t && t->kind == KIND_FUNC && t->nresults == 0 && f->mode != MODE_TYPE;
}

static Stmt *expr_stmt(Expr *x) {
    Stmt *s = ast_stmt(S_EXPR, x->pos);
    s->expr.x = x;
    return s;
}

/* fmt.Println(x), as the echo statement of an expression entry. */
static Stmt *echo_stmt(Expr *x) {
    Expr *call = ast_expr(E_CALL, x->pos);
    call->call.fun = ast_expr(E_IDENT, x->pos);
    call->call.fun->ident.name = intern_cstr("fmt.Println");
    call->call.args = NEW_ARRAY(Expr *, 1);
    call->call.args[0] = x;
    call->call.n = 1;
    call->call.lparen = x->pos;
    call->call.rparen = x->pos;
    return expr_stmt(call);
}

/* ---- what :save writes ---- */

/* The byte offset of pos in src. */
static size_t offset_of(const char *src, size_t len, Pos pos) {
    size_t off = 0;
    for (int line = 1; line < pos.line && off < len; off++) {
        line += src[off] == '\n';
    }
    off += (size_t)(pos.col > 0 ? pos.col - 1 : 0);
    return off < len ? off : len;
}

/* src[from..to) without the blanks and semicolons that end it. */
static const char *trimmed(const char *src, size_t from, size_t to) {
    while (to > from && strchr(" \t\r\n;", src[to - 1])) {
        to--;
    }
    return str_printf("%.*s", (int)(to - from), src + from);
}

static void save_item(SavedKind kind, const char *text, const char **names, int nnames) {
    Saved it = {kind, text, names, nnames, {0}, {0}};
    vec_push(&S.saved, it);
}

/* The names declared by d ("T.M" for a method). */
static const char **decl_names(Decl *d, int *n) {
    VEC(const char *) v = {0};
    switch (d->kind) {
    case D_FUNC:
        if (d->func.recv && d->func.obj && d->func.obj->recv_base) {
            vec_push(&v,
                     str_printf("%s.%s", d->func.obj->recv_base->name, d->func.name->ident.name));
        } else {
            vec_push(&v, d->func.name->ident.name);
        }
        break;
    case D_TYPE:
        for (int i = 0; i < d->type.n; i++) {
            vec_push(&v, d->type.specs[i]->name->ident.name);
        }
        break;
    case D_VAR:
    case D_CONST:
        for (int i = 0; i < d->value.n; i++) {
            for (int k = 0; k < d->value.specs[i]->nnames; k++) {
                vec_push(&v, d->value.specs[i]->names[k]->ident.name);
            }
        }
        break;
    default: break;
    }
    *n = v.len;
    return v.data;
}

static void record_decls(const char *src, size_t len, Decl **decls, int n) {
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        if (d->kind == D_IMPORT) {
            for (int k = 0; k < d->import.n; k++) {
                ImportSpec *is = d->import.specs[k];
                const char *elem = strrchr(is->path, '/');
                const char **name = NEW_ARRAY(const char *, 1);
                name[0] = is->name ? is->name->ident.name : elem ? elem + 1 : is->path;
                const char *text = is->name
                                       ? str_printf("%s \"%s\"", is->name->ident.name, is->path)
                                       : str_printf("\"%s\"", is->path);
                save_item(SAVED_IMPORT, text, name, 1);
            }
            continue;
        }
        size_t from = offset_of(src, len, d->pos);
        size_t to = i + 1 < n ? offset_of(src, len, decls[i + 1]->pos) : len;
        int nn;
        const char **names = decl_names(d, &nn);
        save_item(SAVED_DECL, trimmed(src, from, to), names, nn);
    }
}

static void record_var(Saved *it, Names *names, Obj *o) {
    if (o && o->global) {
        vec_push(names, o->name);
        vec_push(&it->vars, o);
    }
}

static void record_stmts(const char *text, Stmt **stmts, int n) {
    Saved it = {SAVED_STMTS, text, NULL, 0, {0}, {0}};
    Names names = {0};
    for (int i = 0; i < n; i++) {
        Stmt *st = stmts[i];
        if (st->kind == S_ASSIGN && st->assign.tok == T_DEFINE) {
            SavedDefine d = {offset_of(text, strlen(text), st->assign.tok_pos), it.vars.len, 0};
            for (int k = 0; k < st->assign.nlhs; k++) {
                if (st->assign.is_new && st->assign.is_new[k]) {
                    record_var(&it, &names, st->assign.lhs[k]->ident.obj);
                }
            }
            d.n = it.vars.len - d.first;
            vec_push(&it.defines, d);
        } else if (st->kind == S_DECL && st->decl.decl->kind == D_VAR) {
            Decl *d = st->decl.decl;
            for (int j = 0; j < d->value.n; j++) {
                for (int k = 0; k < d->value.specs[j]->nnames; k++) {
                    record_var(&it, &names, d->value.specs[j]->names[k]->ident.obj);
                }
            }
        }
    }
    it.names = names.data;
    it.nnames = names.len;
    vec_push(&S.saved, it);
}

static void report(Diags *d) {
    fflush(stdout);
    diag_print(d);
}

Closure *repl_session_compile(const char *src, size_t len, bool *failed) {
    Diags diags = {.soft_ok = true};
    ReplEntry e;
    *failed = false;
    if (!parse_repl_entry(REPL_FILE, src, len, &diags, &e, NULL)) {
        report(&diags);
        *failed = true;
        return NULL;
    }
    implicit_imports(src, len);
    Func *fn = NULL;
    const char *text = str_printf("%.*s", (int)len, src);
    if (e.ndecls) {
        fn = decls_entry(e.decls, e.ndecls, REPL_FILE, &diags);
        if (fn) {
            record_decls(src, len, e.decls, e.ndecls);
        }
    } else if (e.expr && !is_print_call(e.expr)) {
        Stmt *echo = echo_stmt(e.expr);
        fn = body_entry(&echo, 1, &diags, false);
        if (!fn && is_novalue_call(e.expr)) {
            /* a call without results: a statement (checked anew, from a fresh tree) */
            diags.list.len = 0;
            parse_repl_entry(REPL_FILE, src, len, &diags, &e, NULL);
            Stmt *s = expr_stmt(e.expr);
            fn = body_entry(&s, 1, &diags, false);
        } else {
            text = str_printf("fmt.Println(%s)", text);
        }
        if (fn) {
            record_stmts(text, NULL, 0);
        }
    } else if (e.expr || e.nstmts) {
        Stmt *one = e.expr ? expr_stmt(e.expr) : NULL;
        Stmt **stmts = e.expr ? &one : e.stmts;
        int n = e.expr ? 1 : e.nstmts;
        fn = body_entry(stmts, n, &diags, false);
        if (fn) {
            record_stmts(text, stmts, n);
        }
    } else {
        return NULL;
    }
    if (!fn) {
        report(&diags);
        *failed = true;
        return NULL;
    }
    return runner(fn);
}

/* The expression argument of a command, parsed (NULL: errors printed). */
static Expr *command_expr(const char *src, size_t len, const char *usage) {
    Diags diags = {.soft_ok = true};
    ReplEntry e;
    if (!parse_repl_entry(REPL_FILE, src, len, &diags, &e, NULL) || !e.expr) {
        if (diag_count(&diags) == 0) {
            diag_error(&diags, REPL_FILE, pos_make(1, 1), "usage: %s", usage);
        }
        report(&diags);
        return NULL;
    }
    implicit_imports(src, len);
    return e.expr;
}

Closure *repl_session_chan(const char *src, size_t len) {
    Diags diags = {.soft_ok = true};
    Expr *x = command_expr(src, len, ":chan EXPR (a channel)");
    if (!x) {
        return NULL;
    }
    Expr *name = ast_expr(E_BASICLIT, x->pos);
    name->lit.kind = T_STRING;
    name->lit.text = str_printf("%.*s", (int)len, src);
    name->lit.len = len;
    name->lit.src = name->lit.text;
    Expr *call = ast_expr(E_CALL, x->pos);
    call->call.fun = ast_expr(E_IDENT, x->pos);
    call->call.fun->ident.name = intern_cstr("gosub.inspect");
    call->call.args = NEW_ARRAY(Expr *, 2);
    call->call.args[0] = x;
    call->call.args[1] = name;
    call->call.n = 2;
    Stmt *st = expr_stmt(call);
    Func *fn = body_entry(&st, 1, &diags, false);
    Type *u = x->type && x->type->underlying ? x->type->underlying : x->type;
    if (fn && (!u || u->kind != KIND_CHAN)) {
        diag_error(&diags, REPL_FILE, x->pos, "%s is not a channel", chk_operand_str(x));
        fn = NULL;
    }
    if (!fn) {
        report(&diags);
        return NULL;
    }
    return runner(fn);
}

/* The session variable whose value is the pointer p (a channel), or NULL. */
const char *repl_session_var_of(const void *p) {
    Scope *s = S.pkg->scope;
    for (int i = 0; i < s->cap; i++) {
        Obj *o = s->objs[i];
        if (o && o->kind == OBJ_VAR && o->cell && o->type && o->type->slots == 1 &&
            ((Slot *)o->cell)[0].p == p) {
            return o->name;
        }
    }
    return NULL;
}

Closure *repl_session_load(const char *path) {
    size_t len;
    const char *err;
    char *src = read_file(path, &len, &err);
    if (!src) {
        fprintf(stderr, "gosub: open %s: %s\n", path, err);
        return NULL;
    }
    Diags diags = {.soft_ok = true};
    const char *file = intern_cstr(path);
    File *f = parse_file(file, src, len, &diags);
    if (diag_count(&diags) == 0 && f->package_name &&
        f->package_name->ident.name != intern_cstr("main")) {
        diag_error(&diags, file, f->package_name->pos,
                   "package %s: only a package main can join the session",
                   f->package_name->ident.name);
    }
    Func *fn = diag_count(&diags) ? NULL : decls_entry(f->decls, f->n, file, &diags);
    if (!fn) {
        report(&diags);
        return NULL;
    }
    record_decls(src, len, f->decls, f->n);
    return runner(fn);
}

/* Whether item i is declared again by a later item (then :save leaves it out). */
static bool superseded(int i) {
    Saved *it = &S.saved.data[i];
    if (it->kind == SAVED_STMTS || it->nnames == 0) {
        return false;
    }
    for (int k = 0; k < it->nnames; k++) {
        bool again = false;
        for (int j = i + 1; j < S.saved.len && !again; j++) {
            Saved *later = &S.saved.data[j];
            for (int m = 0; later->kind != SAVED_STMTS && m < later->nnames && !again; m++) {
                again = later->names[m] == it->names[k] || !strcmp(later->names[m], it->names[k]);
            }
        }
        if (!again) {
            return false;
        }
    }
    return true;
}

/* Adds to *out the names written in text: those before a dot (package names) with
 * before_dot, else those not after a dot (a selector's is a field or method). */
static void names_in(const char *text, bool before_dot, Names *out) {
    Diags scratch = {0};
    Lexer lx;
    lex_init(&lx, REPL_FILE, text, strlen(text), &scratch);
    Token prev = {0}, t = lex_next(&lx);
    while (t.kind != T_EOF) {
        Token next = lex_next(&lx);
        if (t.kind == T_IDENT && prev.kind != T_PERIOD && (!before_dot || next.kind == T_PERIOD)) {
            vec_push(out, t.text);
        }
        prev = t;
        t = next;
    }
}

static bool in_list(const char *name, const char **list, int n) {
    for (int i = 0; i < n; i++) {
        if (list[i] == name) {
            return true;
        }
    }
    return false;
}

static bool in_objs(Obj *o, ObjVec *v) {
    for (int i = 0; i < v->len; i++) {
        if (v->data[i] == o) {
            return true;
        }
    }
    return false;
}

/* How many statement entries declare name. */
static int stmt_declarations(const char *name) {
    int n = 0;
    for (int i = 0; i < S.saved.len; i++) {
        Saved *it = &S.saved.data[i];
        n += it->kind == SAVED_STMTS && in_list(name, it->names, it->nnames);
    }
    return n;
}

/* The variables of statement entries that declarations use (x := 5, then func f() int {
 * return x }) become package variables, when nothing else declares their names: their :=
 * becomes =. Adds them to *hoisted. */
static void hoist(Names *decl_uses, Names *decl_names, ObjVec *hoisted) {
    for (int i = 0; i < S.saved.len; i++) {
        Saved *it = &S.saved.data[i];
        for (int d = 0; it->kind == SAVED_STMTS && d < it->defines.len; d++) {
            SavedDefine *def = &it->defines.data[d];
            bool wanted = false, alone = def->n > 0;
            for (int k = def->first; k < def->first + def->n; k++) {
                const char *name = it->vars.data[k]->name;
                wanted = wanted || in_list(name, decl_uses->data, decl_uses->len);
                alone = alone && stmt_declarations(name) == 1 &&
                        !in_list(name, decl_names->data, decl_names->len);
            }
            for (int k = def->first; wanted && alone && k < def->first + def->n; k++) {
                vec_push(hoisted, it->vars.data[k]);
            }
        }
    }
}

/* An entry's text with the := of its hoisted definitions made =. */
static const char *hoisted_text(Saved *it, ObjVec *hoisted) {
    StrBuf b = {0};
    size_t from = 0;
    for (int d = 0; d < it->defines.len; d++) {
        SavedDefine *def = &it->defines.data[d];
        if (def->n > 0 && in_objs(it->vars.data[def->first], hoisted)) {
            sb_put(&b, it->text + from, def->at - from);
            sb_putc(&b, '=');
            from = def->at + 2;
        }
    }
    sb_puts(&b, it->text + from);
    return sb_cstr(&b);
}

/* The statements of main: each entry indented; a block opens where an entry declares a name
 * main declared already (so := declares afresh, as at the prompt). */
static const char TABS[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

static void write_main(StrBuf *b, ObjVec *hoisted) {
    Names declared = {0};
    int depth = 1;
    for (int i = 0; i < S.saved.len; i++) {
        Saved *it = &S.saved.data[i];
        if (it->kind != SAVED_STMTS) {
            continue;
        }
        bool again = false;
        for (int k = 0; k < it->nnames && !again; k++) {
            again = !in_objs(it->vars.data[k], hoisted) &&
                    in_list(it->names[k], declared.data, declared.len);
        }
        if (again && depth < (int)sizeof TABS - 1) {
            sb_printf(b, "%.*s{\n", depth, TABS);
            depth++;
            declared.len = 0;
        }
        for (const char *p = hoisted_text(it, hoisted); *p;) {
            const char *nl = strchr(p, '\n');
            size_t n = nl ? (size_t)(nl - p) : strlen(p);
            sb_printf(b, "%.*s%.*s\n", n ? depth : 0, TABS, (int)n, p);
            p += n + (nl ? 1 : 0);
        }
        for (int k = 0; k < it->vars.len; k++) {
            Obj *o = it->vars.data[k];
            if (!in_objs(o, hoisted)) {
                if (!o->used) {
                    sb_printf(b, "%.*s_ = %s\n", depth, TABS, o->name);
                }
                vec_push(&declared, o->name);
            }
        }
    }
    while (--depth > 0) {
        sb_printf(b, "%.*s}\n", depth, TABS);
    }
}

/* The import block: the imports entered that the program uses, and the std packages it
 * names without one. */
static void write_imports(StrBuf *b, Names *used, Names *declared) {
    Names imported = {0};
    for (int i = 0; i < S.saved.len; i++) {
        Saved *it = &S.saved.data[i];
        const char *name = it->kind == SAVED_IMPORT ? it->names[0] : NULL;
        if (name && !superseded(i) &&
            (in_list(name, used->data, used->len) || !strcmp(name, ".") || !strcmp(name, "_"))) {
            sb_printf(b, "\t%s\n", it->text);
            vec_push(&imported, name);
        }
    }
    for (int i = 0; i < used->len; i++) {
        const char *name = used->data[i];
        const char *p = std_path(name);
        if (p && !in_list(name, imported.data, imported.len) &&
            !in_list(name, declared->data, declared->len)) {
            sb_printf(b, "\t\"%s\"\n", p);
            vec_push(&imported, name);
        }
    }
}

bool repl_session_save(const char *path) {
    bool has_stmts = false;
    Names used = {0}, declared = {0}, decl_uses = {0}, decl_names = {0};
    StrBuf decls = {0};
    for (int i = 0; i < S.saved.len; i++) {
        Saved *it = &S.saved.data[i];
        has_stmts = has_stmts || it->kind == SAVED_STMTS;
        if (it->kind != SAVED_IMPORT) {
            names_in(it->text, true, &used);
            for (int k = 0; k < it->nnames; k++) {
                vec_push(&declared, it->names[k]);
            }
        }
    }
    for (int i = 0; i < S.saved.len; i++) {
        Saved *it = &S.saved.data[i];
        if (it->kind != SAVED_DECL || superseded(i)) {
            continue;
        }
        if (has_stmts && it->nnames == 1 && !strcmp(it->names[0], "main")) {
            fprintf(stderr,
                    "gosub: %s: the session's func main is left out (the statement entries "
                    "are main)\n",
                    path);
            continue;
        }
        names_in(it->text, false, &decl_uses);
        for (int k = 0; k < it->nnames; k++) {
            vec_push(&decl_names, it->names[k]);
        }
        sb_printf(&decls, "\n%s\n", it->text);
    }
    ObjVec hoisted = {0};
    hoist(&decl_uses, &decl_names, &hoisted);
    StrBuf out = {0}, imports = {0};
    write_imports(&imports, &used, &declared);
    sb_puts(&out, "package main\n");
    if (imports.len) {
        sb_printf(&out, "\nimport (\n%s)\n", sb_cstr(&imports));
    }
    for (int i = 0; i < hoisted.len; i++) {
        sb_printf(&out, "%svar %s %s\n", i ? "" : "\n", hoisted.data[i]->name,
                  chk_typestr(hoisted.data[i]->type));
    }
    sb_put(&out, decls.data ? decls.data : "", decls.len);
    if (has_stmts) {
        StrBuf main = {0};
        write_main(&main, &hoisted);
        sb_printf(&out, "\nfunc main() {\n%s}\n", sb_cstr(&main));
    }
    FILE *f = fopen(path, "w");
    if (!f || fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0) {
        fprintf(stderr, "gosub: write %s: %s\n", path, strerror(errno));
        return false;
    }
    return true;
}

bool repl_session_type(const char *src, size_t len) {
    Diags diags = {.soft_ok = true};
    Expr *x = command_expr(src, len, ":type EXPR");
    if (!x) {
        return false;
    }
    Stmt *echo = echo_stmt(x);
    body_entry(&echo, 1, &diags, true);
    if (diag_count(&diags) > 0) {
        report(&diags);
        return false;
    }
    repl_printf(1, "%s\n", chk_typestr(x->type));
    return true;
}

/* ---- completion ---- */

static bool has_prefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void scope_names(const Scope *s, const char *prefix, bool exported, ReplNameFn add,
                        void *arg) {
    for (int i = 0; i < s->cap; i++) {
        Obj *o = s->objs[i];
        if (!o || !has_prefix(o->name, prefix) || strchr(o->name, '.') || o->name[0] == '_') {
            continue;
        }
        if (exported && !(o->name[0] >= 'A' && o->name[0] <= 'Z')) {
            continue;
        }
        add(o->name, arg);
    }
}

void repl_session_names(const char *pkg, const char *prefix, ReplNameFn add, void *arg) {
    if (pkg && *pkg) {
        Obj *o = scope_lookup(S.prelude, intern_cstr(pkg), NULL);
        Package *p = o && o->kind == OBJ_PKG ? o->imported : NULL;
        if (!o && std_path(pkg)) {
            p = driver_import(std_path(pkg));
        }
        if (p && p->scope) {
            scope_names(p->scope, prefix, true, add, arg);
        }
        return;
    }
    for (int i = 0; native_pkg_path(i); i++) {
        const char *name = std_name(native_pkg_path(i));
        if (name && has_prefix(name, prefix)) {
            add(name, arg);
        }
    }
    if (!pkg) {
        scope_names(S.pkg->scope, prefix, false, add, arg);
        scope_names(check_universe(), prefix, false, add, arg);
    }
}
