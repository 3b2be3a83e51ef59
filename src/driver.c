/* driver.c — the pipeline: read and parse the program, load the std packages it imports (their
 * Go source embedded in the binary, plus C natives bound by name), check everything, compile,
 * and run the package initialisers and main.main on goroutine 1.
 *
 * Packages are loaded depth-first on import, so L.pkgs lists every package after the
 * packages it imports: that is the order in which they are initialised.
 */
#include "driver.h"

#include "../runtime/native.h"
#include "../runtime/sched.h"
#include "check/check.h"
#include "compile/compile.h"
#include "parse/parse.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct Loader {
    Diags diags;
    VEC(Package *) pkgs;
    VEC(Func *) inits;
} Loader;

static Loader L;

static Package *find_pkg(const char *path) {
    for (int i = 0; i < L.pkgs.len; i++) {
        if (strcmp(L.pkgs.data[i]->path, path) == 0) {
            return L.pkgs.data[i];
        }
    }
    return NULL;
}

/* "(b *Builder) WriteString(s string) (int, error)" -> "Builder.WriteString" */
static const char *native_key(const char *decl) {
    const char *p = decl;
    StrBuf b = {0};
    if (*p == '(') {
        const char *close = strchr(p, ')');
        const char *q = close ? close - 1 : p;
        while (q > p && (q[0] == ' ')) {
            q--;
        }
        const char *end = q + 1;
        while (q > p && q[-1] != ' ' && q[-1] != '*' && q[-1] != '(') {
            q--;
        }
        sb_put(&b, q, (size_t)(end - q));
        sb_putc(&b, '.');
        p = close ? close + 1 : p;
        while (*p == ' ') {
            p++;
        }
    }
    const char *paren = strchr(p, '(');
    const char *bracket = strchr(p, '[');
    const char *stop = paren;
    if (bracket && (!stop || bracket < stop)) {
        stop = bracket;
    }
    sb_put(&b, p, stop ? (size_t)(stop - p) : strlen(p));
    return intern_cstr(sb_cstr(&b));
}

static const char *obj_key(Obj *o) {
    if (o->recv_base) {
        return intern_cstr(str_printf("%s.%s", o->recv_base->name, o->name));
    }
    return o->name;
}

static void bind_natives(Package *p, const NativePkg *np) {
    int n = 0;
    for (const NativeFunc *nf = np->funcs; nf && nf->decl; nf++) {
        n++;
    }
    const char **keys = NEW_ARRAY(const char *, n + 1); /* each table entry's, once */
    for (int k = 0; k < n; k++) {
        keys[k] = native_key(np->funcs[k].decl);
    }
    for (int i = 0; i < p->natives.len; i++) {
        Obj *o = p->natives.data[i];
        const char *key = obj_key(o);
        NativeFn fn = NULL;
        for (int k = 0; k < n; k++) {
            if (keys[k] == key) {
                fn = np->funcs[k].fn;
                break;
            }
        }
        Func *f = o->compiled ? o->compiled : NEW(Func);
        f->name = chk_func_name(o);
        f->file = p->files[0]->name;
        f->native = fn;
        if (!fn) {
            diag_error(&L.diags, p->files[0]->name, o->pos, "internal: no native for %s.%s",
                       p->path, key);
        }
        int ps = 0;
        if (o->recv_base) {
            ps += o->ptr_recv ? 1 : o->recv_base->slots;
        }
        Type *sig = o->type;
        for (int k = 0; k < sig->nparams; k++) {
            ps += sig->params[k]->slots;
        }
        f->param_slots = ps;
        int rs = 0;
        for (int k = 0; k < sig->nresults; k++) {
            rs += sig->results[k]->slots;
        }
        f->result_slots = rs;
        f->nregs = (ps > rs ? ps : rs) + 1;
        o->compiled = f;
    }
}

static Package *import_pkg(void *ctx, const char *path);

static Checker *new_checker(void) {
    Checker *c = NEW(Checker);
    c->diags = &L.diags;
    c->import = import_pkg;
    c->iota = -1;
    return c;
}

static Package *load_std(const char *path) {
    const NativePkg *np = native_pkg(path);
    if (!np) {
        return NULL;
    }
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    StrBuf src = {0};
    if (np->go_source) {
        sb_puts(&src, np->go_source);
    } else {
        sb_printf(&src, "package %s\n", name);
    }
    sb_putc(&src, '\n');
    for (const NativeFunc *nf = np->funcs; nf && nf->decl; nf++) {
        sb_printf(&src, "func %s\n", nf->decl);
    }
    const char *file = intern_cstr(str_printf("$GOROOT/src/%s/%s.go", path, name));
    int before = diag_count(&L.diags);
    File *f = parse_file(file, src.data, src.len, &L.diags);
    if (diag_count(&L.diags) > before) {
        return NULL;
    }
    Package *p = NEW(Package);
    p->path = intern_cstr(path);
    p->name = intern_cstr(name);
    p->files = NEW_ARRAY(File *, 1);
    p->files[0] = f;
    p->nfiles = 1;
    p->native = np;
    p->checking = true;
    Checker *c = new_checker();
    c->file = file;
    /* register before checking, so import cycles are found rather than looped */
    vec_push(&L.pkgs, p);
    L.pkgs.len--;
    check_package(c, p);
    bind_natives(p, np);
    vec_push(&L.pkgs, p);
    if (diag_count(&L.diags) > before) {
        return p; /* reported with the program's errors; nothing is compiled */
    }
    Func *init = cmp_package(c, p);
    vec_push(&L.inits, init);
    if (p->path == intern_cstr("runtime")) {
        cmp_set_runtime_types(p, c);
    }
    return p;
}

static Package *import_pkg(void *ctx, const char *path) {
    Package *p = find_pkg(path);
    if (p) {
        return p;
    }
    return load_std(path);
}

Func *driver_sequence(Func **fns, int n, const char *name, const char *file) {
    Func *e = NEW(Func);
    e->name = name;
    e->file = file;
    e->is_wrapper = true;
    e->code = NEW_ARRAY(Instr, n + 1);
    e->consts = NEW_ARRAY(Slot, n + 1);
    for (int k = 0; k < n; k++) {
        e->consts[k].p = fns[k];
        e->code[k] = (Instr){OP_CALL, 1, {.bx = (uint32_t)k}};
    }
    e->code[n] = (Instr){OP_RET, 0, {{0, 0}}};
    e->ncode = n + 1;
    e->nconsts = n;
    e->nregs = 4;
    return e;
}

/* goroutine 1's function: every package's init, then main.main. */
static Func *make_entry(Func *main_fn) {
    vec_push(&L.inits, main_fn);
    return driver_sequence(L.inits.data, L.inits.len, "runtime.main", "runtime/proc.go");
}

int driver_run_file(const char *path, int argc, char **argv, bool disasm) {
    check_init();
    rt_argc = argc;
    rt_argv = argv;
    size_t len;
    const char *err;
    char *src = read_file(path, &len, &err);
    if (!src) {
        if (!strcmp(err, "is a directory")) {
            fprintf(stderr, "gosub: read %s: is a directory\n", path);
        } else {
            fprintf(stderr, "gosub: open %s: %s\n", path, err);
        }
        return 1;
    }
    File *f = parse_file(path, src, len, &L.diags);
    if (diag_count(&L.diags) > 0) {
        diag_print(&L.diags);
        return 1;
    }
    if (!f->package_name || f->package_name->ident.name != intern_cstr("main")) {
        fprintf(stderr, "%s: package %s is not a main package\n", path,
                f->package_name ? f->package_name->ident.name : "?");
        return 1;
    }
    vm_types.string_t = t_string;
    import_pkg(NULL, "runtime");
    Package *main_pkg = NEW(Package);
    main_pkg->path = intern_cstr("main");
    main_pkg->name = intern_cstr("main");
    main_pkg->files = NEW_ARRAY(File *, 1);
    main_pkg->files[0] = f;
    main_pkg->nfiles = 1;
    Checker *c = new_checker();
    c->file = path;
    check_package(c, main_pkg);
    if (diag_count(&L.diags) > 0) {
        diag_print(&L.diags);
        return 1;
    }
    Func *init = cmp_package(c, main_pkg);
    if (diag_count(&L.diags) > 0) {
        diag_print(&L.diags);
        return 1;
    }
    vec_push(&L.inits, init);
    Obj *mo = scope_lookup_local(main_pkg->scope, intern_cstr("main"));
    Func *main_fn = mo ? cmp_func_of(mo) : NULL;
    if (!main_fn) {
        fprintf(stderr, "%s: function main is undeclared in the main package\n", path);
        return 1;
    }
    if (disasm) {
        StrBuf out = {0};
        vm_disasm(init, &out);
        for (int i = 0; i < main_pkg->funcs.len; i++) {
            Func *fn = cmp_func_of(main_pkg->funcs.data[i]);
            if (fn) {
                sb_putc(&out, '\n');
                vm_disasm(fn, &out);
            }
        }
        fwrite(out.data, 1, out.len, stdout);
        return 0;
    }
    Func *entry = make_entry(main_fn);
    Closure *cl = NEW(Closure);
    cl->fn = entry;
    return sched_main(
        (Slot){.p = cl}); /* ends the process: main returns, os.Exit, panic or deadlock */
}

/* ---- the REPL's loader ---- */

void driver_session_init(void) {
    check_init();
    vm_types.string_t = t_string;
    import_pkg(NULL, "runtime");
}

Package *driver_import(const char *path) {
    int before = diag_count(&L.diags);
    Package *p = import_pkg(NULL, path);
    if (diag_count(&L.diags) > before) {
        diag_print(&L.diags); /* a std package that does not load: our bug, shown once */
        L.diags.list.len = 0;
        return NULL;
    }
    return p;
}

Checker *driver_checker(Diags *diags) {
    Checker *c = new_checker();
    c->diags = diags;
    return c;
}

int driver_take_inits(Func ***out) {
    int n = L.inits.len;
    *out = NEW_ARRAY(Func *, n + 1);
    memcpy(*out, L.inits.data, sizeof(Func *) * (size_t)n);
    L.inits.len = 0;
    return n;
}
