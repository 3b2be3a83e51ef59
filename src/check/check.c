/* check.c — the checker's package level: errors, imports, and the order in which a
 * package's files are checked.
 *
 * Every file's imports are declared first. Then, file by file, its package-level objects
 * are collected (decl.c: so the order of declaration does not matter) and resolved in source
 * order, the bodies of its functions checked (stmt.c), and the generic instances met on the
 * way. Last come the unused imports and the initialisation order of package variables
 * (initorder.c).
 *
 * Errors are reported at most once in a row per line and message, as cmd/compile does, and
 * dropped while c->quiet > 0 (a generic instance is checked quietly: its errors were
 * reported on the generic).
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- errors ---- */

/* Like cmd/compile, only the first of several equal errors in a row on one line counts. */
static bool repeated_error(Checker *c, Pos pos, const char *msg) {
    bool same = c->last_err_msg && c->last_err_pos.line == pos.line && c->file &&
                c->last_err_file && strcmp(c->last_err_file, c->file) == 0 &&
                strcmp(c->last_err_msg, msg) == 0;
    c->last_err_pos = pos;
    c->last_err_file = c->file;
    c->last_err_msg = msg;
    return same;
}

void chk_error(Checker *c, Pos pos, const char *fmt, ...) {
    if (c->quiet) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    if (!repeated_error(c, pos, msg)) {
        diag_error(c->diags, c->file, pos, "%s", msg);
    }
}

void chk_soft_error(Checker *c, Pos pos, const char *fmt, ...) {
    if (c->quiet) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = str_vprintf(fmt, ap);
    va_end(ap);
    if (!repeated_error(c, pos, msg)) {
        diag_soft(c->diags, c->file, pos, "%s", msg);
    }
}

/* Restores the checker after working in another context (a declaration resolved on demand,
 * an instantiation), keeping what must survive: diagnostics, quietness, queued work. */
void chk_restore_context(Checker *c, const Checker *saved) {
    Diags *d = c->diags;
    int quiet = c->quiet;
    ObjVec inst = c->instances, lt = c->local_types, deferred = c->deferred;
    TypeVec pending = c->pending;
    VarTypeChecks var_types = c->var_types;
    MonoEdges mono = c->mono;
    Pos err_pos = c->last_err_pos;
    const char *err_file = c->last_err_file, *err_msg = c->last_err_msg;
    *c = *saved;
    c->diags = d;
    c->quiet = quiet;
    c->instances = inst;
    c->local_types = lt;
    c->deferred = deferred;
    c->pending = pending;
    c->var_types = var_types;
    c->mono = mono;
    c->last_err_pos = err_pos;
    c->last_err_file = err_file;
    c->last_err_msg = err_msg;
}

/* ---- the package ---- */

/* import . "path": the exported names of the package join the file's scope. */
static void dot_import(Checker *c, ImportSpec *is, Package *ip) {
    Obj *po = chk_new_obj(OBJ_PKG, intern_cstr("."), is->pos, NULL);
    po->imported = ip;
    po->ispec = is;
    po->color = 2;
    po->pkg = c->pkg;
    is->obj = po;
    vec_push(&c->pkg->dot_imports, po);
    Scope *from = ip->scope;
    for (int i = 0; i < from->cap; i++) {
        Obj *o = from->objs[i];
        if (!o || !chk_is_exported(o->name)) {
            continue;
        }
        Obj *prev = scope_insert(c->pkg->scope, o);
        if (prev) {
            chk_error(c, is->pos, "%s redeclared in this block", o->name);
        }
    }
}

static void check_imports(Checker *c, File *f) {
    for (int i = 0; i < f->n; i++) {
        Decl *d = f->decls[i];
        if (d->kind != D_IMPORT) {
            continue;
        }
        for (int k = 0; k < d->import.n; k++) {
            ImportSpec *is = d->import.specs[k];
            Package *ip = c->import ? c->import(c->import_ctx, is->path) : NULL;
            if (!ip) {
                chk_error(c, is->path_pos, "package %s is not in std", is->path);
                continue;
            }
            vec_push(&c->pkg->imports, ip);
            const char *name = is->name ? is->name->ident.name : intern_cstr(ip->name);
            if (name == intern_cstr("_")) {
                continue;
            }
            if (name == intern_cstr(".")) {
                dot_import(c, is, ip);
                continue;
            }
            Obj *o = chk_new_obj(OBJ_PKG, name, is->name ? is->name->pos : is->path_pos, NULL);
            o->imported = ip;
            o->ispec = is;
            o->color = 2;
            o->pkg = c->pkg;
            is->obj = o;
            Obj *prev = scope_insert(c->pkg->scope, o);
            if (prev) {
                chk_error(c, o->pos, "%s redeclared in this block", name);
            }
        }
    }
}

static void report_unused_imports(Checker *c, File *f) {
    for (int i = 0; i < f->n; i++) {
        Decl *d = f->decls[i];
        if (d->kind != D_IMPORT) {
            continue;
        }
        for (int k = 0; k < d->import.n; k++) {
            ImportSpec *is = d->import.specs[k];
            if (is->obj && !is->obj->used) {
                const char *elem = strrchr(is->path, '/');
                elem = elem ? elem + 1 : is->path;
                /* as Go: the name is shown where it is not the path's last element, renamed
                 * or a package clause's own (rand for math/rand/v2) */
                if (is->obj->name != intern_cstr(".") &&
                    strcmp(is->obj->name, elem) != 0) {
                    chk_soft_error(c, is->pos, "\"%s\" imported as %s and not used", is->path,
                                   is->obj->name);
                } else {
                    chk_soft_error(c, is->pos, "\"%s\" imported and not used", is->path);
                }
            }
        }
    }
}

static void check_instances(Checker *c) {
    for (int i = 0; i < c->instances.len; i++) {
        Obj *inst = c->instances.data[i];
        Checker saved = *c;
        c->pkg = inst->pkg;
        c->file = inst->pkg && inst->pkg->nfiles ? inst->pkg->files[0]->name : c->file;
        c->quiet++;
        c->scope = inst->tscope;
        chk_func_body(c, inst->info);
        c->quiet--;
        /* compiled with the package that asked for it */
        vec_push(&saved.pkg->funcs, inst);
        int quiet = c->quiet;
        chk_restore_context(c, &saved);
        c->quiet = quiet;
    }
    c->instances.len = 0;
}

static bool is_generic(Obj *o) {
    return o->ntparams > 0 ||
           (o->recv_base && o->recv_base->chk && ((TypeInfo *)o->recv_base->chk)->ntparams > 0);
}

static void check_body(Checker *c, Obj *o) {
    FuncInfo *fi = o->info;
    c->scope = o->tscope; /* the type-parameter scope made by resolve_func */
    c->decl_obj = o;
    c->deps.len = 0;
    chk_func_body(c, fi);
    for (int i = 0; i < c->deps.len; i++) {
        vec_push(&o->deps, c->deps.data[i]);
    }
    c->decl_obj = NULL;
    c->scope = c->pkg->scope;
    if (!is_generic(o)) {
        vec_push(&c->pkg->funcs, o);
    }
}

static void check_func_decl(Checker *c, Obj *o) {
    Decl *d = o->decl;
    chk_resolve_obj(c, o);
    if (!d->func.body) {
        if (c->pkg->native || c->repl) {
            o->is_native = true;
            vec_push(&c->pkg->natives, o);
        }
        return;
    }
    if (c->pkg->native && d->func.body->lazy && !is_generic(o) && o->name != intern_cstr("init")) {
        o->lazy = true;
        return;
    }
    check_body(c, o);
}

void chk_lazy_func(Checker *c, Obj *o) {
    if (!o->lazy) {
        return;
    }
    o->lazy = false;
    Checker saved = *c;
    c->pkg = o->pkg;
    c->file = o->pkg->files[0]->name;
    c->scope = o->pkg->scope;
    check_body(c, o);
    chk_restore_context(c, &saved);
}

static bool check_decls(Checker *c, Decl **decls, int n) {
    /* collect */
    for (int i = 0; i < n; i++) {
        chk_collect_decl(c, decls[i]);
    }
    /* methods: after all types are declared */
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        if (d->kind == D_FUNC && d->func.recv) {
            chk_collect_method(c, d->func.obj);
        }
    }
    /* resolve everything in source order */
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        switch (d->kind) {
        case D_CONST:
        case D_VAR:
            for (int k = 0; k < d->value.n; k++) {
                ValueSpec *vs = d->value.specs[k];
                for (int j = 0; j < vs->nnames; j++) {
                    Obj *o = vs->names[j]->ident.obj;
                    if (o) {
                        chk_resolve_obj(c, o);
                    }
                }
            }
            break;
        case D_TYPE:
            for (int k = 0; k < d->type.n; k++) {
                Obj *o = d->type.specs[k]->name->ident.obj;
                if (o) {
                    chk_resolve_obj(c, o);
                }
            }
            break;
        case D_FUNC: chk_resolve_obj(c, d->func.obj); break;
        default: break;
        }
    }
    /* function bodies */
    for (int i = 0; i < n; i++) {
        Decl *d = decls[i];
        if (d->kind == D_FUNC && d->func.obj) {
            if (d->func.recv && !d->func.obj->recv_base) {
                continue; /* a bad receiver, reported */
            }
            check_func_decl(c, d->func.obj);
        }
    }
    check_instances(c);
    return true;
}

bool check_package(Checker *c, Package *pkg) {
    check_init();
    c->last_err_msg = NULL;
    c->pkg = pkg;
    c->universe = check_universe();
    c->iota = -1;
    if (!pkg->scope) {
        pkg->scope = scope_new(check_universe());
    }
    c->scope = pkg->scope;
    pkg->checking = true;
    int before = diag_count(c->diags);
    for (int i = 0; i < pkg->nfiles; i++) {
        c->file = pkg->files[i]->name;
        check_imports(c, pkg->files[i]);
    }
    for (int i = 0; i < pkg->nfiles; i++) {
        File *f = pkg->files[i];
        c->file = f->name;
        check_decls(c, f->decls, f->n);
    }
    chk_check_var_types(c); /* those of local types, defined after their use */
    for (int i = 0; i < pkg->nfiles; i++) {
        c->file = pkg->files[i]->name;
        if (!c->repl && !pkg->native) { /* a std package's lazy bodies are not seen yet */
            report_unused_imports(c, pkg->files[i]);
        }
    }
    if (!strcmp(pkg->path, "main") && !c->repl) {
        Obj *m = scope_lookup_local(pkg->scope, intern_cstr("main"));
        if (!m || m->kind != OBJ_FUNC) {
            diag_error(c->diags, c->file, pos_make(0, 0),
                       "function main is undeclared in the main package");
        }
    }
    chk_init_order(c);
    pkg->checking = false;
    pkg->checked = true;
    return diag_count(c->diags) == before;
}

bool check_more(Checker *c, Package *pkg, File *f) {
    c->last_err_msg = NULL;
    c->pkg = pkg;
    c->universe = check_universe();
    c->iota = -1;
    c->scope = pkg->scope;
    c->file = f->name;
    int before = diag_count(c->diags);
    int nobjs = pkg->objs.len;
    check_imports(c, f);
    check_decls(c, f->decls, f->n);
    /* the order of f's variables among themselves: the others are initialised already */
    ObjVec all = pkg->objs;
    pkg->objs = (ObjVec){all.len ? all.data + nobjs : NULL, all.len - nobjs, all.len - nobjs};
    pkg->var_order.len = 0;
    chk_init_order(c);
    pkg->objs = all;
    return diag_count(c->diags) == before;
}
