/* packages.c — the table of standard packages: import path, C natives, embedded Go source.
 *
 * Each package X(path, name) of LIBS has a runtime/lib/<name>.c defining `const NativeFunc
 * lib_<name>_funcs[]` (ended by {NULL, NULL}), and no other file holds natives of its; the
 * packages of GO_ONLY have no natives. The Go source comes from runtime/std/<path with / as
 * _>.go, embedded at build time; its package comment points at the table ("// Natives:
 * lib_<name>_funcs in runtime/lib/<name>.c."). tests/natives_test.py checks all of this.
 */
#include "../native.h"

#include <string.h>

typedef struct StdSource {
    const char *name;
    const char *src;
} StdSource;
extern const StdSource std_sources[];

#define LIBS(X)                                                                                    \
    X("fmt", fmt)                                                                                  \
    X("strings", strings)                                                                          \
    X("strconv", strconv)                                                                          \
    X("errors", errors)                                                                            \
    X("sort", sort)                                                                                \
    X("os", os)                                                                                    \
    X("math", math)                                                                                \
    X("unicode", unicode)                                                                          \
    X("unicode/utf8", utf8)                                                                        \
    X("bufio", bufio)                                                                              \
    X("io", io)                                                                                    \
    X("slices", slices)                                                                            \
    X("runtime", runtime)                                                                          \
    X("sync", sync)                                                                                \
    X("sync/atomic", atomic)                                                                       \
    X("time", time)                                                                                \
    X("context", context)                                                                          \
    X("math/rand", rand)                                                                           \
    X("math/rand/v2", randv2)                                                                      \
    X("bytes", bytes)                                                                              \
    X("math/bits", bits)                                                                           \
    X("hash/crc32", crc32)                                                                         \
    X("crypto/sha256", sha256)                                                                     \
    X("crypto/md5", md5)                                                                           \
    X("log", log)                                                                                  \
    X("internal/fsys", fsys)                                                                       \
    X("regexp", regexp)                                                                            \
    X("syscall", syscall)                                                                          \
    X("os/signal", signal)                                                                         \
    X("reflect", reflect)

#define GO_ONLY(X)                                                                                 \
    X("internal/randdist")                                                                         \
    X("container/heap")                                                                            \
    X("container/list")                                                                            \
    X("container/ring")                                                                            \
    X("maps")                                                                                      \
    X("math/cmplx")                                                                                \
    X("unicode/utf16")                                                                             \
    X("encoding/hex")                                                                              \
    X("encoding/base64")                                                                           \
    X("encoding/binary")                                                                           \
    X("hash")                                                                                      \
    X("hash/fnv")                                                                                  \
    X("internal/blockhash")                                                                        \
    X("flag")                                                                                      \
    X("io/fs")                                                                                     \
    X("path")                                                                                      \
    X("path/filepath")                                                                             \
    X("os/exec")                                                                                   \
    X("encoding")                                                                                  \
    X("encoding/json")                                                                             \
    X("runtime/debug")

#define DECLARE(path, name) extern const NativeFunc lib_##name##_funcs[];
LIBS(DECLARE)
#undef DECLARE

#define NATIVE_ENTRY(path, name) {path, lib_##name##_funcs, NULL},
#define GO_ENTRY(path) {path, NULL, NULL},
static NativePkg pkgs[] = {LIBS(NATIVE_ENTRY) GO_ONLY(GO_ENTRY)};
#undef NATIVE_ENTRY
#undef GO_ENTRY

static const char *source_for(const char *path) {
    char name[64];
    size_t n = strlen(path);
    if (n >= sizeof name) {
        return NULL;
    }
    for (size_t i = 0; i <= n; i++) {
        name[i] = path[i] == '/' ? '_' : path[i];
    }
    for (const StdSource *s = std_sources; s->name; s++) {
        if (strcmp(s->name, name) == 0) {
            return s->src;
        }
    }
    return NULL;
}

const NativePkg *native_pkg(const char *path) {
    for (size_t i = 0; i < sizeof pkgs / sizeof pkgs[0]; i++) {
        if (strcmp(pkgs[i].path, path) == 0) {
            if (!pkgs[i].go_source) {
                pkgs[i].go_source = source_for(path);
            }
            return &pkgs[i];
        }
    }
    return NULL;
}

const char *native_pkg_path(int i) {
    return i >= 0 && (size_t)i < sizeof pkgs / sizeof pkgs[0] ? pkgs[i].path : NULL;
}
