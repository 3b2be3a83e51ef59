/* session.c — the REPL's persistent package main.
 *
 * The std packages can be used without an import: a name that is not declared in the
 * session and is the name of a std package stands for that package.
 */
#include "repl.h"

#include "../driver.h"

#include <string.h>

/* The import path of the std package called name ("utf8" -> "unicode/utf8"), or NULL. */
static const char *std_path(const char *name) {
    for (int i = 0; native_pkg_path(i); i++) {
        const char *path = native_pkg_path(i);
        const char *slash = strrchr(path, '/');
        if (strcmp(slash ? slash + 1 : path, name) == 0) {
            return path;
        }
    }
    return NULL;
}

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
        const char *path = std_path(pkg);
        Package *p = path ? driver_import(path) : NULL;
        if (p && p->scope) {
            scope_names(p->scope, prefix, true, add, arg);
        }
        return;
    }
    for (int i = 0; native_pkg_path(i); i++) {
        const char *path = native_pkg_path(i);
        const char *slash = strrchr(path, '/');
        const char *name = slash ? slash + 1 : path;
        if (has_prefix(name, prefix)) {
            add(name, arg);
        }
    }
    if (!pkg) {
        scope_names(check_universe(), prefix, false, add, arg);
    }
}
