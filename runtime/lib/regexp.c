/* regexp.c — the natives of package regexp: compiling a pattern with RE2 (through
 * regexp_re2.h) the way Go's regexp/syntax accepts or rejects it, and searching. The API
 * (Find*, ReplaceAll*, Split, Expand) is Go code in runtime/std/regexp.go.
 *
 * A compiled pattern is a *machine on the Go side: a one-slot libgc block (pointer-free)
 * holding the Re2 *. A libgc finalizer deletes the Re2 once the block is unreachable, and a
 * native keeps the block in its argument slots while it searches, so the Re2 outlives every
 * search. An Re2 is never changed after compiling: goroutines may search one at once.
 *
 * Go and RE2 parse the same syntax with the same error codes and fragments, except:
 *   - Go checks the whole pattern is UTF-8 first, and reports the rest of the pattern from
 *     the first bad byte;
 *   - Go rejects \C (any byte); RE2 accepts it. Each \C outside a class reaches RE2 as \Z,
 *     which RE2 rejects at the same place, and the fragment is mapped back;
 *   - Go 1.22 takes (?<name>re) for (?P<name>re): rewritten before RE2 sees it;
 *   - Go rejects a parse tree over 1000 deep: checked here for nested capturing groups only;
 *   - two errors at the very end of a pattern have other codes in RE2 (fix_code).
 * An `Edit` records where the text RE2 saw came from, to map an error's fragment back.
 *
 * Texts: Go reads each byte of invalid UTF-8 as U+FFFD, which `.` or [^a] match; RE2 matches
 * no invalid byte at all. A text with invalid UTF-8 is searched as a copy with each such
 * byte replaced by U+FFFD's three bytes, and offsets are mapped back (Text.orig). Go tries
 * matches only at rune boundaries, RE2 at every byte: an empty match RE2 finds inside a rune
 * (\B between two bytes of é) is skipped, and the search goes on from the next rune.
 */
#include "../../src/common.h"
#include "../../src/text/utf8.h"
#include "../native.h"
#include "regexp_re2.h"

/* Go's limit on the height of a parse tree (regexp/syntax's maxHeight). */
#define MAX_HEIGHT 1000
/* RE2's default memory budget, and the larger one a pattern too big for it gets. */
#define MEM_DEFAULT (INT64_C(8) << 20)
#define MEM_LARGE (INT64_C(1) << 30)

/* The offset of the first byte of s[0..n) that is not valid UTF-8, or n. */
static size_t first_bad_utf8(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int32_t r;
        int size = utf8_decode(s + i, n - i, &r);
        if (r == UTF8_RUNE_ERROR && size == 1) {
            return i;
        }
        i += (size_t)size;
    }
    return n;
}

/* ---- compiling ---- */

/* The pattern as RE2 sees it, and for each of its bytes the offset it came from. */
typedef struct Edit {
    StrBuf out;
    VEC(int64_t) from;
} Edit;

static void edit_put(Edit *e, const char *s, size_t n, int64_t from) {
    sb_put(&e->out, s, n);
    for (size_t i = 0; i < n; i++) {
        vec_push(&e->from, from + (int64_t)i);
    }
}

/* The offset in the original pattern of byte i (<= its length) of the edited one. */
static int64_t edit_origin(const Edit *e, size_t i) {
    return e->from.data[i];
}

/* The offset just past the first `close` at or after p[i] (the end of \p{..}, \x{..},
 * [:..:], \Q..\E), or i when there is none (the parser then reports the error). */
static size_t skip_to(const char *p, size_t n, size_t i, const char *close) {
    size_t m = strlen(close);
    for (size_t j = i; j + m <= n; j++) {
        if (memcmp(p + j, close, m) == 0) {
            return j + m;
        }
    }
    return i;
}

/* A group opening at p[i] == '(': writes what RE2 must see of its head, tells whether it
 * captures, and returns the offset where scanning goes on. A named group, (?P<name> or Go
 * 1.22's (?<name> (Go's test: `(?<` and at least one more byte), reaches RE2 as (?P<name>,
 * with each non-ASCII byte of the name as '!' (Go takes ASCII names only, RE2 more). */
static size_t edit_group(const char *p, size_t n, size_t i, Edit *e, bool *capture) {
    *capture = true;
    if (i + 1 >= n || p[i + 1] != '?') {
        edit_put(e, p + i, 1, (int64_t)i);
        return i + 1;
    }
    bool p_form = i + 4 < n && p[i + 2] == 'P' && p[i + 3] == '<';
    if (p_form || (i + 3 < n && p[i + 2] == '<')) {
        size_t name = i + (p_form ? 4 : 3);
        const char *gt = memchr(p + name, '>', n - name);
        if (!gt) {
            edit_put(e, "(?P<", 4, (int64_t)i);
            return name;
        }
        edit_put(e, "(?P", 3, (int64_t)i);
        for (size_t j = name - 1; j <= (size_t)(gt - p); j++) {
            edit_put(e, (uint8_t)p[j] < 0x80 ? p + j : "!", 1, (int64_t)j);
        }
        return (size_t)(gt - p) + 1;
    }
    /* (?flags) opens no group; (?flags:re) one that does not capture. */
    size_t j = i + 2;
    while (j < n && p[j] != ')' && p[j] != ':') {
        j++;
    }
    *capture = false;
    size_t next = j < n && p[j] == ')' ? j + 1 : i + 2;
    edit_put(e, p + i, next - i, (int64_t)i);
    return next;
}

/* Rewrites the pattern for RE2 (see the header comment) and measures the nesting of its
 * capturing groups. */
static void edit_pattern(const char *p, size_t n, Edit *e, int *max_depth) {
    VEC(bool) groups = {0}; /* open groups: true for a capturing one */
    int depth = 0;
    bool in_class = false;
    size_t i = 0;
    *max_depth = 0;
    while (i < n) {
        char c = p[i];
        size_t next = i + 1;
        if (c == '\\' && i + 1 < n) {
            char d = p[i + 1];
            next = i + 2;
            if (d == 'Q') {
                size_t end = skip_to(p, n, i + 2, "\\E");
                next = end > i + 2 ? end : n;
            } else if (d == 'C' && !in_class) {
                edit_put(e, "\\Z", 2, (int64_t)i);
                i = next;
                continue;
            } else if ((d == 'p' || d == 'P' || d == 'x') && i + 2 < n && p[i + 2] == '{') {
                size_t end = skip_to(p, n, i + 3, "}");
                next = end > i + 3 ? end : i + 3;
            }
        } else if (in_class) {
            if (c == ']') {
                in_class = false;
            } else if (c == '[' && i + 1 < n && p[i + 1] == ':') {
                size_t end = skip_to(p, n, i + 2, ":]");
                next = end > i + 2 ? end : next;
            }
        } else if (c == '[') {
            in_class = true;
            next = i + 1 < n && p[i + 1] == '^' ? i + 2 : i + 1;
            if (next < n && p[next] == ']') {
                next++; /* a ] first in a class is a literal */
            }
        } else if (c == '(') {
            bool capture;
            size_t after = edit_group(p, n, i, e, &capture);
            if (after > i + 1 && p[after - 1] == ')' && !capture) {
                i = after; /* flags only */
                continue;
            }
            vec_push(&groups, capture);
            if (capture && ++depth > *max_depth) {
                *max_depth = depth;
            }
            i = after;
            continue;
        } else if (c == ')' && groups.len > 0) {
            if (groups.data[--groups.len]) {
                depth--;
            }
        }
        edit_put(e, p + i, next - i, (int64_t)i);
        i = next;
    }
    vec_push(&e->from, (int64_t)n);
}

/* Go's text for an RE2 error code (regexp/syntax's ErrorCode strings). */
static const char *error_text(int code) {
    switch (code) {
    case RE2_ERR_BAD_ESCAPE: return "invalid escape sequence";
    case RE2_ERR_BAD_CHAR_CLASS: return "invalid character class";
    case RE2_ERR_BAD_CHAR_RANGE: return "invalid character class range";
    case RE2_ERR_MISSING_BRACKET: return "missing closing ]";
    case RE2_ERR_MISSING_PAREN: return "missing closing )";
    case RE2_ERR_UNEXPECTED_PAREN: return "unexpected )";
    case RE2_ERR_TRAILING_BACKSLASH: return "trailing backslash at end of expression";
    case RE2_ERR_REPEAT_ARGUMENT: return "missing argument to repetition operator";
    case RE2_ERR_REPEAT_SIZE: return "invalid repeat count";
    case RE2_ERR_REPEAT_OP: return "invalid nested repetition operator";
    case RE2_ERR_BAD_PERL_OP: return "invalid or unsupported Perl syntax";
    case RE2_ERR_BAD_UTF8: return "invalid UTF-8";
    case RE2_ERR_BAD_NAMED_CAPTURE: return "invalid named capture";
    case RE2_ERR_PATTERN_TOO_LARGE: return "expression too large";
    default: return "regexp/syntax: internal error";
    }
}

/* The fragment of the original pattern that RE2's fragment (of the edited one) stands for. */
static GoString error_fragment(const Edit *e, GoString pat, const char *arg, size_t len) {
    const char *at = len ? memmem(e->out.data, e->out.len, arg, len) : NULL;
    if (!at) {
        return rt_string_copy(arg, len);
    }
    size_t start = (size_t)(at - e->out.data);
    int64_t from = edit_origin(e, start), to = edit_origin(e, start + len);
    return (GoString){pat.ptr + from, to - from};
}

/* Go's error code where RE2's differs for a pattern that ends early, within what would
 * be an escape: RE2 calls \x{ at the end invalid UTF-8 (Go: an invalid escape), and a class
 * item \p at the end ("[a\p") an invalid escape where Go calls it an invalid class range,
 * as both do outside a class. At the end of a range ("[a-\p"), both call it an escape: a
 * second compile, with the name and the ] the class lacks, tells the two apart. */
static int fix_code(int code, const Edit *e, const char *arg, size_t len, bool longest) {
    const char *s = e->out.data;
    size_t n = e->out.len;
    if (code == RE2_ERR_BAD_UTF8 && n >= 3 && memcmp(s + n - 3, "\\x{", 3) == 0) {
        return RE2_ERR_BAD_ESCAPE;
    }
    if (code != RE2_ERR_BAD_ESCAPE || len != 2 || n < 2 || memcmp(s + n - 2, arg, 2) != 0 ||
        (arg[1] != 'p' && arg[1] != 'P')) {
        return code;
    }
    StrBuf probe = {0};
    sb_put(&probe, s, n);
    sb_put(&probe, "L]", 2);
    Re2 *re = re2shim_compile(probe.data, probe.len, longest, MEM_DEFAULT);
    const char *parg;
    size_t plen;
    bool range_end = re2shim_error(re, &parg, &plen) == RE2_ERR_BAD_ESCAPE && plen == 2 &&
                     memcmp(parg, arg, 2) == 0;
    re2shim_delete(re);
    return range_end ? code : RE2_ERR_BAD_CHAR_RANGE;
}

static void set_error(Slot *res, const char *code, GoString frag) {
    rt_set_str(res + 4, (GoString){code, (int64_t)strlen(code)});
    rt_set_str(res + 6, frag);
}

static void delete_re2(void *block, void *data) {
    re2shim_delete(*(Re2 **)block);
}

/* The names of groups 0..n ("" for an unnamed one), as a []string. */
static GoSlice group_names(const Re2 *re, int n) {
    GoSlice names = rt_make_slice(n + 1, n + 1, 2, false);
    static const char empty[1];
    for (int i = 0; i <= n; i++) {
        size_t len = 0;
        const char *name = i > 0 ? re2shim_group_name(re, i, &len) : NULL;
        rt_set_str(names.ptr + 2 * i, name ? rt_string_copy(name, len) : (GoString){empty, 0});
    }
    return names;
}

/* compile(expr string, longest bool) (m *machine, names []string, code, frag string):
 * code is "" and m non-nil on success; else code and frag make Go's error. */
static void rx_compile(G *g, Slot *a) {
    GoString pat = rt_str(a);
    bool longest = a[2].i != 0;
    memset(a, 0, 8 * sizeof(Slot));
    static const char empty[1];
    rt_set_str(a + 4, (GoString){empty, 0});
    size_t bad = first_bad_utf8(pat.ptr, (size_t)pat.len);
    if (bad < (size_t)pat.len) {
        set_error(a, "invalid UTF-8", (GoString){pat.ptr + bad, pat.len - (int64_t)bad});
        return;
    }
    Edit e = {0};
    int depth;
    edit_pattern(pat.ptr, (size_t)pat.len, &e, &depth);
    const char *edited = e.out.data ? e.out.data : empty;
    Re2 *re = re2shim_compile(edited, e.out.len, longest, MEM_DEFAULT);
    const char *arg;
    size_t arg_len;
    int code = re2shim_error(re, &arg, &arg_len);
    if (code == RE2_ERR_PATTERN_TOO_LARGE) {
        re2shim_delete(re);
        re = re2shim_compile(edited, e.out.len, longest, MEM_LARGE);
        code = re2shim_error(re, &arg, &arg_len);
    }
    code = fix_code(code, &e, arg, arg_len, longest);
    if (code != RE2_OK) {
        GoString frag = code == RE2_ERR_PATTERN_TOO_LARGE ? pat
                        : code == RE2_ERR_BAD_ESCAPE && arg_len == 0
                            ? (GoString){pat.ptr + pat.len - 3, 3} /* \x{ at the end */
                            : error_fragment(&e, pat, arg, arg_len);
        set_error(a, error_text(code), frag);
        re2shim_delete(re);
        return;
    }
    if (depth >= MAX_HEIGHT) {
        set_error(a, "expression nests too deeply", pat);
        re2shim_delete(re);
        return;
    }
    Re2 **block = (Re2 **)GC_MALLOC_ATOMIC(sizeof(Re2 *));
    *block = re;
    GC_REGISTER_FINALIZER(block, delete_re2, NULL, NULL, NULL);
    a[0].p = block;
    rt_set_slice(a + 1, group_names(re, re2shim_groups(re)));
}

/* ---- searching ---- */

/* A text as RE2 searches it: the Go text itself, or (orig != NULL) a copy where each byte
 * of invalid UTF-8 became U+FFFD; orig[i] is the Go offset of byte i (i <= n). */
typedef struct Text {
    const char *p;
    size_t n;
    int64_t *orig;
    bool ascii;
} Text;

static Text text_make(GoString s) {
    static const char empty[1];
    Text t = {s.ptr ? s.ptr : empty, (size_t)s.len, NULL, true};
    const uint8_t *p = (const uint8_t *)t.p;
    size_t i = 0;
    while (i < t.n && p[i] < 0x80) {
        i++;
    }
    if (i == t.n) {
        return t;
    }
    t.ascii = false;
    if (first_bad_utf8(t.p + i, t.n - i) == t.n - i) {
        return t;
    }
    StrBuf out = {0};
    VEC(int64_t) orig = {0};
    for (i = 0; i < (size_t)s.len;) {
        int32_t r;
        int size = utf8_decode(p + i, t.n - i, &r);
        bool bad = r == UTF8_RUNE_ERROR && size == 1;
        int width = bad ? 3 : size;
        sb_put(&out, bad ? "\xEF\xBF\xBD" : (const char *)p + i, (size_t)width);
        for (int k = 0; k < width; k++) {
            vec_push(&orig, (int64_t)i);
        }
        i += (size_t)size;
    }
    vec_push(&orig, s.len);
    t.p = out.data;
    t.n = out.len;
    t.orig = orig.data;
    return t;
}

/* Is offset i of the text inside a rune (not a place Go tries a match)? */
static bool mid_rune(const Text *t, int64_t i) {
    return !t->ascii && (size_t)i < t->n && ((uint8_t)t->p[i] & 0xC0) == 0x80;
}

/* The offset of the rune after the one at i (i < n), or n + 1 at the end, as Go steps. */
static size_t next_rune(const Text *t, size_t i) {
    if (i >= t->n) {
        return t->n + 1;
    }
    int32_t r;
    return i + (size_t)utf8_decode(t->p + i, t->n - i, &r);
}

/* The leftmost match at or after pos, at a rune boundary: caps as in re2shim_search, in
 * the text's own offsets; nsub >= 1. */
static bool text_search(const Re2 *re, const Text *t, size_t pos, int nsub, int64_t *caps) {
    for (;;) {
        if (!re2shim_search(re, t->p, t->n, pos, nsub, caps)) {
            return false;
        }
        if (caps[0] != caps[1] || !mid_rune(t, caps[0])) {
            return true;
        }
        pos = next_rune(t, (size_t)caps[0]);
        while (mid_rune(t, (int64_t)pos)) {
            pos++;
        }
        if (pos > t->n) {
            return false;
        }
    }
}

/* Copies n offsets of the searched text to Go offsets of the original. */
static void caps_to_go(const Text *t, const int64_t *caps, int n, Slot *out) {
    for (int i = 0; i < n; i++) {
        out[i].i = caps[i] >= 0 && t->orig ? t->orig[caps[i]] : caps[i];
    }
}

/* The Re2 of the *machine in a[0], or NULL (and a panic, as Go's nil dereference) for the
 * zero Regexp. */
static const Re2 *machine_re2(G *g, const Slot *a) {
    if (!a[0].p) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return NULL;
    }
    return *(Re2 *const *)a[0].p;
}

/* find(m *machine, nsub int, s string) []int: the first match of s, with groups 1..nsub-1,
 * or nil; with nsub == 0, an empty slice for "matched". */
static void rx_find(G *g, Slot *a) {
    const Re2 *re = machine_re2(g, a);
    if (!re) {
        return;
    }
    int nsub = (int)a[1].i;
    Text t = text_make(rt_str(a + 2));
    bool found;
    int64_t *caps = (int64_t *)GC_MALLOC_ATOMIC(sizeof(int64_t) * 2 * (size_t)(nsub + 1));
    if (nsub == 0 && t.ascii) {
        found = re2shim_search(re, t.p, t.n, 0, 0, caps);
    } else {
        found = text_search(re, &t, 0, nsub > 0 ? nsub : 1, caps);
    }
    if (!found) {
        rt_set_slice(a, (GoSlice){NULL, 0, 0});
        return;
    }
    GoSlice res = rt_make_slice(2 * nsub, 2 * nsub, 1, true);
    caps_to_go(&t, caps, 2 * nsub, res.ptr);
    rt_set_slice(a, res);
}

/* findAll(m *machine, nsub, n int, s string) []int: successive matches of s as Go's
 * FindAll takes them (an empty match right after a match does not count; after an empty
 * match the search goes on one rune further), at most n if n >= 0, each as 2*nsub offsets,
 * end to end; nsub >= 1. */
static void rx_find_all(G *g, Slot *a) {
    const Re2 *re = machine_re2(g, a);
    if (!re) {
        return;
    }
    int nsub = (int)a[1].i;
    int64_t limit = a[2].i;
    Text t = text_make(rt_str(a + 3));
    int64_t *caps = (int64_t *)GC_MALLOC_ATOMIC(sizeof(int64_t) * 2 * (size_t)nsub);
    VEC(int64_t) found = {0};
    int64_t count = 0, prev_end = -1;
    for (size_t pos = 0; (limit < 0 || count < limit) && pos <= t.n;) {
        if (!text_search(re, &t, pos, nsub, caps)) {
            break;
        }
        bool accept = true;
        if (caps[1] == (int64_t)pos) {
            accept = caps[0] != prev_end;
            pos = next_rune(&t, pos);
        } else {
            pos = (size_t)caps[1];
        }
        prev_end = caps[1];
        if (accept) {
            for (int i = 0; i < 2 * nsub; i++) {
                vec_push(&found, caps[i]);
            }
            count++;
        }
    }
    GoSlice res = rt_make_slice(found.len, found.len, 1, true);
    caps_to_go(&t, found.data, found.len, res.ptr);
    rt_set_slice(a, res);
}

const NativeFunc lib_regexp_funcs[] = {
    {"compile(expr string, longest bool) (m *machine, names []string, code, frag string)",
     rx_compile},
    {"find(m *machine, nsub int, s string) []int", rx_find},
    {"findAll(m *machine, nsub, n int, s string) []int", rx_find_all},
    {NULL, NULL},
};
