/* fuzz.c — what the fuzz targets share (see fuzz.h): the start-up, and the small loader that
 * checks an input as a main package.
 *
 * Standard packages are imported as the driver imports them (their embedded Go source plus a
 * `func` declaration for each C native), checked once on first import and kept for the later
 * inputs, as a REPL session keeps them. Natives are not bound: nothing here compiles.
 */
#include "fuzz.h"

#include "../../runtime/native.h"
#include "../../src/check/check.h"
#include "../../src/parse/parse.h"

#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    GC_INIT();
    GC_allow_register_threads();
    mem_setup(NULL); /* as gosub: running out of memory is a clean fatal error, never NULL */
    check_init();
    return 0;
}

char *fuzz_source(const uint8_t *data, size_t len) {
    char *src = malloc(len + 1);
    if (!src) {
        abort();
    }
    memcpy(src, data, len);
    src[len] = '\0';
    return src;
}

static VEC(Package *) std_pkgs;
static Diags std_diags;

static Package *import_std(void *ctx, const char *path);

static Checker *new_checker(Diags *diags, const char *file) {
    Checker *c = NEW(Checker);
    c->diags = diags;
    c->import = import_std;
    c->iota = -1;
    c->file = file;
    return c;
}

static Package *new_package(const char *path, const char *name, File *f) {
    Package *p = NEW(Package);
    p->path = intern_cstr(path);
    p->name = intern_cstr(name);
    p->files = NEW_ARRAY(File *, 1);
    p->files[0] = f;
    p->nfiles = 1;
    return p;
}

/* A std package (checked once; an import cycle finds it marked `checking`), or NULL. */
static Package *import_std(void *ctx, const char *path) {
    (void)ctx;
    for (int i = 0; i < std_pkgs.len; i++) {
        if (strcmp(std_pkgs.data[i]->path, path) == 0) {
            return std_pkgs.data[i];
        }
    }
    const NativePkg *np = native_pkg(path);
    if (!np) {
        return NULL;
    }
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    StrBuf src = {0};
    sb_puts(&src, np->go_source ? np->go_source : str_printf("package %s\n", name));
    sb_putc(&src, '\n');
    for (const NativeFunc *nf = np->funcs; nf && nf->decl; nf++) {
        sb_printf(&src, "func %s\n", nf->decl);
    }
    const char *file = intern_cstr(str_printf("$GOROOT/src/%s/%s.go", path, name));
    File *f = parse_file(file, src.data, src.len, &std_diags);
    Package *p = new_package(path, name, f);
    p->native = np;
    p->checking = true;
    vec_push(&std_pkgs, p);
    check_package(new_checker(&std_diags, file), p);
    if (diag_count(&std_diags) > 0) {
        diag_print(&std_diags);
        abort(); /* the embedded std sources must check cleanly */
    }
    return p;
}

File *fuzz_check_source(const uint8_t *data, size_t size) {
    /* GC memory, not fuzz_source's malloc: what the check leaves in the std packages (generic
     * instances) may point into the source after the call. */
    char *src = NEW_ATOMIC(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';
    Diags diags = {0};
    File *f = parse_file(FUZZ_FILE, src, size, &diags);
    if (diag_count(&diags) > 0 || !f->package_name) {
        return NULL;
    }
    Package *main_pkg = new_package("main", "main", f);
    check_package(new_checker(&diags, FUZZ_FILE), main_pkg);
    return diag_count(&diags) == 0 ? f : NULL;
}
