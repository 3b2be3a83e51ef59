/* strings.c — the C natives of package strings: searching, splitting, joining, case mapping,
 * trimming, and strings.Builder's writes. The rest (functions that call user functions,
 * Replacer, Reader, small wrappers) is Go, in runtime/std/strings.go.
 *
 * Results that are parts of an argument share its bytes, as in Go; new strings are fresh
 * GC_MALLOC_ATOMIC memory and never change once returned. Invalid UTF-8 is read as Go reads
 * it (each bad byte is one RuneError), through src/text/utf8.h.
 *
 * strings.Builder is `struct { addr *Builder; buf string; cap int }` (runtime/std/strings.go):
 * buf.ptr is a GC block of `cap` bytes of which buf.len are written. Writes append in place
 * past buf.len, so a string returned by String() (buf itself) never sees a later write; a
 * Builder copied by value after its first write panics as in Go (addr != the receiver).
 */
#include "../../src/common.h"
#include "../native.h"
#include "../../src/text/unicode.h"
#include "../../src/text/utf8.h"

static const char empty_bytes[1];

static inline void set_str(Slot *a, const char *p, size_t n) {
    a[0].p = (void *)(p ? p : empty_bytes);
    a[1].i = (int64_t)n;
}

/* memcpy and memcmp for runs that may be empty: Go's empty strings may have a NULL ptr. */
/* Go's limit on one allocation (amd64: 2^48 bytes): a larger make panics. */
#define MAX_ALLOC ((int64_t)1 << 48)

static inline void copy_bytes(char *dst, const char *src, size_t n) {
    if (n) {
        memcpy(dst, src, n);
    }
}

static inline bool bytes_equal(const char *a, const char *b, size_t n) {
    return n == 0 || memcmp(a, b, n) == 0;
}

static char *alloc_bytes(size_t n) {
    return n ? NEW_ATOMIC(n) : (char *)empty_bytes;
}

/* A []string of n elements. An empty one is not nil (Go's make), so it points at a
 * never-written static slot. */
static GoSlice make_strings(int64_t n) {
    static Slot no_elems[1];
    if (n == 0) {
        return (GoSlice){no_elems, 0, 0};
    }
    return rt_make_slice(n, n, 2, false);
}

/* ---- searching ---- */

static int64_t str_index(const char *s, size_t n, const char *sub, size_t m) {
    if (m == 0) {
        return 0;
    }
    if (m > n) {
        return -1;
    }
    const char *p = m == 1 ? memchr(s, sub[0], n) : memmem(s, n, sub, m);
    return p ? p - s : -1;
}

static int64_t str_last_index(const char *s, size_t n, const char *sub, size_t m) {
    if (m == 0) {
        return (int64_t)n;
    }
    if (m > n) {
        return -1;
    }
    size_t lim = n - m + 1; /* candidate starts are below lim */
    while (lim > 0) {
        const char *p = memrchr(s, sub[0], lim);
        if (!p) {
            return -1;
        }
        if (memcmp(p, sub, m) == 0) {
            return p - s;
        }
        lim = (size_t)(p - s);
    }
    return -1;
}

static int64_t str_count(const char *s, size_t n, const char *sep, size_t m) {
    if (m == 0) {
        return utf8_count(s, n) + 1;
    }
    int64_t c = 0;
    for (;;) {
        int64_t i = str_index(s, n, sep, m);
        if (i < 0) {
            return c;
        }
        c++;
        s += (size_t)i + m;
        n -= (size_t)i + m;
    }
}

/* The rune at s[0..n) (n > 0), Go's way; *size gets its length. */
static inline int32_t rune_at(const char *s, size_t n, int *size) {
    if ((uint8_t)s[0] < 0x80) {
        *size = 1;
        return (uint8_t)s[0];
    }
    int32_t r;
    *size = utf8_decode(s, n, &r);
    return r;
}

static int64_t str_index_rune(const char *s, size_t n, int32_t r) {
    if (r >= 0 && r < 0x80) {
        const char *p = memchr(s, r, n);
        return p ? p - s : -1;
    }
    if (r == UTF8_RUNE_ERROR) {
        for (size_t i = 0; i < n;) {
            int size;
            if (rune_at(s + i, n - i, &size) == UTF8_RUNE_ERROR) {
                return (int64_t)i;
            }
            i += (size_t)size;
        }
        return -1;
    }
    if (utf8_rune_len(r) < 0) {
        return -1;
    }
    char buf[4];
    int k = utf8_encode(r, buf);
    return str_index(s, n, buf, (size_t)k);
}

/* A set of ASCII bytes; false if chars holds anything else. */
static bool ascii_set(const char *chars, size_t n, uint64_t set[2]) {
    set[0] = set[1] = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)chars[i];
        if (c >= 0x80) {
            return false;
        }
        set[c >> 6] |= 1ull << (c & 63);
    }
    return true;
}

static inline bool in_set(const uint64_t set[2], uint8_t c) {
    return c < 0x80 && (set[c >> 6] >> (c & 63) & 1);
}

static int64_t str_index_any(const char *s, size_t n, const char *chars, size_t m) {
    if (m == 0) {
        return -1;
    }
    uint64_t set[2];
    if (ascii_set(chars, m, set)) {
        for (size_t i = 0; i < n; i++) {
            if (in_set(set, (uint8_t)s[i])) {
                return (int64_t)i;
            }
        }
        return -1;
    }
    for (size_t i = 0; i < n;) {
        int size;
        int32_t r = rune_at(s + i, n - i, &size);
        if (str_index_rune(chars, m, r) >= 0) {
            return (int64_t)i;
        }
        i += (size_t)size;
    }
    return -1;
}

static int64_t str_last_index_any(const char *s, size_t n, const char *chars, size_t m) {
    if (m == 0) {
        return -1;
    }
    uint64_t set[2];
    if (ascii_set(chars, m, set)) {
        for (size_t i = n; i-- > 0;) {
            if (in_set(set, (uint8_t)s[i])) {
                return (int64_t)i;
            }
        }
        return -1;
    }
    for (size_t i = n; i > 0;) {
        int32_t r;
        i -= (size_t)utf8_decode_last(s, i, &r);
        if (str_index_rune(chars, m, r) >= 0) {
            return (int64_t)i;
        }
    }
    return -1;
}

static void s_contains(G *g, Slot *a) {
    GoString s = rt_str(a), sub = rt_str(a + 2);
    a[0].i = str_index(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len) >= 0;
}

static void s_contains_any(G *g, Slot *a) {
    GoString s = rt_str(a), chars = rt_str(a + 2);
    a[0].i = str_index_any(s.ptr, (size_t)s.len, chars.ptr, (size_t)chars.len) >= 0;
}

static void s_contains_rune(G *g, Slot *a) {
    GoString s = rt_str(a);
    a[0].i = str_index_rune(s.ptr, (size_t)s.len, (int32_t)a[2].i) >= 0;
}

static void s_count(G *g, Slot *a) {
    GoString s = rt_str(a), sep = rt_str(a + 2);
    a[0].i = str_count(s.ptr, (size_t)s.len, sep.ptr, (size_t)sep.len);
}

static void s_has_prefix(G *g, Slot *a) {
    GoString s = rt_str(a), p = rt_str(a + 2);
    a[0].i = s.len >= p.len && bytes_equal(s.ptr, p.ptr, (size_t)p.len);
}

static void s_has_suffix(G *g, Slot *a) {
    GoString s = rt_str(a), p = rt_str(a + 2);
    a[0].i = s.len >= p.len && bytes_equal(s.ptr + s.len - p.len, p.ptr, (size_t)p.len);
}

static void s_index(G *g, Slot *a) {
    GoString s = rt_str(a), sub = rt_str(a + 2);
    a[0].i = str_index(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
}

static void s_index_any(G *g, Slot *a) {
    GoString s = rt_str(a), chars = rt_str(a + 2);
    a[0].i = str_index_any(s.ptr, (size_t)s.len, chars.ptr, (size_t)chars.len);
}

static void s_index_byte(G *g, Slot *a) {
    GoString s = rt_str(a);
    const char *p = s.len ? memchr(s.ptr, (int)(a[2].u & 0xff), (size_t)s.len) : NULL;
    a[0].i = p ? p - s.ptr : -1;
}

static void s_index_rune(G *g, Slot *a) {
    GoString s = rt_str(a);
    a[0].i = str_index_rune(s.ptr, (size_t)s.len, (int32_t)a[2].i);
}

static void s_last_index(G *g, Slot *a) {
    GoString s = rt_str(a), sub = rt_str(a + 2);
    a[0].i = str_last_index(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
}

static void s_last_index_any(G *g, Slot *a) {
    GoString s = rt_str(a), chars = rt_str(a + 2);
    a[0].i = str_last_index_any(s.ptr, (size_t)s.len, chars.ptr, (size_t)chars.len);
}

static void s_last_index_byte(G *g, Slot *a) {
    GoString s = rt_str(a);
    const char *p = s.len ? memrchr(s.ptr, (int)(a[2].u & 0xff), (size_t)s.len) : NULL;
    a[0].i = p ? p - s.ptr : -1;
}

/* ---- splitting and joining ---- */

static void set_elem(GoSlice sl, int64_t i, const char *p, size_t n) {
    set_str(sl.ptr + 2 * i, p, n);
}

/* Go's explode: s split into UTF-8 sequences, at most n of them (n < 0: all). */
static GoSlice explode(G *g, const char *s, size_t len, int64_t n) {
    int64_t l = utf8_count(s, len);
    if (n < 0 || n > l) {
        n = l;
    }
    GoSlice out = make_strings(n);
    for (int64_t i = 0; i < n - 1; i++) {
        int size;
        int32_t r = rune_at(s, len, &size);
        if (r == UTF8_RUNE_ERROR) {
            set_elem(out, i, "\xef\xbf\xbd", 3);
        } else {
            set_elem(out, i, s, (size_t)size);
        }
        s += size;
        len -= (size_t)size;
    }
    if (n > 0) {
        set_elem(out, n - 1, s, len);
    }
    return out;
}

/* Go's genSplit: the substrings between separators (keeping save bytes of each separator),
 * at most n of them (n < 0: all; n == 0: nil). */
static GoSlice gen_split(G *g, GoString s, GoString sep, size_t save, int64_t n) {
    if (n == 0) {
        return (GoSlice){NULL, 0, 0};
    }
    if (sep.len == 0) {
        return explode(g, s.ptr, (size_t)s.len, n);
    }
    if (n < 0) {
        n = str_count(s.ptr, (size_t)s.len, sep.ptr, (size_t)sep.len) + 1;
    }
    if (n > s.len + 1) {
        n = s.len + 1;
    }
    GoSlice out = make_strings(n);
    const char *p = s.ptr;
    size_t len = (size_t)s.len;
    int64_t i = 0;
    while (i < n - 1) {
        int64_t m = str_index(p, len, sep.ptr, (size_t)sep.len);
        if (m < 0) {
            break;
        }
        set_elem(out, i, p, (size_t)m + save);
        p += (size_t)m + (size_t)sep.len;
        len -= (size_t)m + (size_t)sep.len;
        i++;
    }
    set_elem(out, i, p, len);
    out.len = i + 1;
    return out;
}

static void s_split(G *g, Slot *a) {
    rt_set_slice(a, gen_split(g, rt_str(a), rt_str(a + 2), 0, -1));
}

static void s_split_n(G *g, Slot *a) {
    rt_set_slice(a, gen_split(g, rt_str(a), rt_str(a + 2), 0, a[4].i));
}

static void s_split_after(G *g, Slot *a) {
    GoString sep = rt_str(a + 2);
    rt_set_slice(a, gen_split(g, rt_str(a), sep, (size_t)sep.len, -1));
}

static void s_split_after_n(G *g, Slot *a) {
    GoString sep = rt_str(a + 2);
    rt_set_slice(a, gen_split(g, rt_str(a), sep, (size_t)sep.len, a[4].i));
}

static inline bool ascii_space(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static void s_fields(G *g, Slot *a) {
    GoString s = rt_str(a);
    size_t n = (size_t)s.len;
    /* Two passes: count the fields, then fill. */
    GoSlice out = {NULL, 0, 0};
    for (int pass = 0; pass < 2; pass++) {
        int64_t k = 0;
        size_t start = 0;
        bool in_field = false;
        for (size_t i = 0; i < n;) {
            int size;
            int32_t r = rune_at(s.ptr + i, n - i, &size);
            bool space = r < 0x80 ? ascii_space((uint8_t)r) : uni_is_space(r);
            if (space && in_field) {
                if (pass) {
                    set_elem(out, k, s.ptr + start, i - start);
                }
                k++;
                in_field = false;
            } else if (!space && !in_field) {
                start = i;
                in_field = true;
            }
            i += (size_t)size;
        }
        if (in_field) {
            if (pass) {
                set_elem(out, k, s.ptr + start, n - start);
            }
            k++;
        }
        if (!pass) {
            out = make_strings(k);
        }
    }
    rt_set_slice(a, out);
}

static void s_join(G *g, Slot *a) {
    GoSlice elems = rt_slice(a);
    GoString sep = rt_str(a + 3);
    if (elems.len == 0) {
        set_str(a, NULL, 0);
        return;
    }
    if (elems.len == 1) {
        set_str(a, elems.ptr[0].p, (size_t)elems.ptr[1].i);
        return;
    }
    uint64_t total = (uint64_t)sep.len * (uint64_t)(elems.len - 1);
    for (int64_t i = 0; i < elems.len; i++) {
        total += (uint64_t)elems.ptr[2 * i + 1].i;
    }
    if (total > INT64_MAX / 2) {
        rt_panic_plain(g, "strings: Join output length overflow");
        return;
    }
    char *out = alloc_bytes(total), *w = out;
    for (int64_t i = 0; i < elems.len; i++) {
        if (i > 0) {
            copy_bytes(w, sep.ptr, (size_t)sep.len);
            w += sep.len;
        }
        size_t n = (size_t)elems.ptr[2 * i + 1].i;
        copy_bytes(w, elems.ptr[2 * i].p, n);
        w += n;
    }
    set_str(a, out, total);
}

/* repeat(s string, count int) string: count >= 0 and the size checked by the Go wrapper not
 * to overflow; Go's Repeat then grows a Builder to it (which panics past MAX_ALLOC). */
static void s_repeat(G *g, Slot *a) {
    GoString s = rt_str(a);
    int64_t count = a[2].i;
    if (count > 0 && s.len > MAX_ALLOC / count) {
        rt_panic_runtime(g, "makeslice: cap out of range");
        return;
    }
    size_t total = (size_t)s.len * (size_t)count;
    if (total == 0) {
        set_str(a, NULL, 0);
        return;
    }
    char *out = NEW_ATOMIC(total);
    copy_bytes(out, s.ptr, (size_t)s.len);
    size_t done = (size_t)s.len;
    while (done < total) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(out + done, out, k);
        done += k;
    }
    set_str(a, out, total);
}

static void s_replace(G *g, Slot *a) {
    GoString s = rt_str(a), old = rt_str(a + 2), new = rt_str(a + 4);
    int64_t n = a[6].i;
    bool same = old.len == new.len &&bytes_equal(old.ptr, new.ptr, (size_t)old.len);
    if (same || n == 0) {
        return; /* s is already in a[0..1] */
    }
    int64_t m = str_count(s.ptr, (size_t)s.len, old.ptr, (size_t)old.len);
    if (m == 0) {
        return;
    }
    if (n < 0 || m < n) {
        n = m;
    }
    size_t total = (size_t)(s.len + n * (new.len - old.len));
    char *out = alloc_bytes(total), *w = out;
    size_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        size_t j = start;
        if (old.len == 0) {
            if (i > 0) {
                int size;
                rune_at(s.ptr + start, (size_t)s.len - start, &size);
                j += (size_t)size;
            }
        } else {
            j += (size_t)str_index(s.ptr + start, (size_t)s.len - start, old.ptr, (size_t)old.len);
        }
        copy_bytes(w, s.ptr + start, j - start);
        w += j - start;
        copy_bytes(w, new.ptr, (size_t) new.len);
        w += new.len;
        start = j + (size_t)old.len;
    }
    copy_bytes(w, s.ptr + start, (size_t)s.len - start);
    set_str(a, out, total);
}

/* ---- case mapping ---- */

/* Maps every rune of s through f (Go's strings.Map, invalid bytes becoming U+FFFD). */
static void map_runes(Slot *a, int32_t (*f)(int32_t), int ascii_from, int ascii_delta) {
    GoString s = rt_str(a);
    size_t n = (size_t)s.len;
    bool ascii = true, change = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s.ptr[i];
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        change |= (unsigned)(c - ascii_from) < 26;
    }
    if (ascii) {
        if (!change) {
            return;
        }
        char *out = NEW_ATOMIC(n);
        for (size_t i = 0; i < n; i++) {
            uint8_t c = (uint8_t)s.ptr[i];
            out[i] = (char)((unsigned)(c - ascii_from) < 26 ? c + ascii_delta : c);
        }
        set_str(a, out, n);
        return;
    }
    StrBuf b = {0};
    for (size_t i = 0; i < n;) {
        int size;
        int32_t r = rune_at(s.ptr + i, n - i, &size);
        utf8_append(&b, f(r));
        i += (size_t)size;
    }
    set_str(a, b.data, b.len);
}

static void s_to_upper(G *g, Slot *a) {
    map_runes(a, uni_to_upper, 'a', -32);
}
static void s_to_lower(G *g, Slot *a) {
    map_runes(a, uni_to_lower, 'A', 32);
}
static void s_to_title(G *g, Slot *a) {
    map_runes(a, uni_to_title, 'a', -32);
}

static void s_equal_fold(G *g, Slot *a) {
    GoString s = rt_str(a), t = rt_str(a + 2);
    size_t i = 0, j = 0;
    bool eq = true;
    while (i < (size_t)s.len && j < (size_t)t.len) {
        int ns, nt;
        int32_t sr = rune_at(s.ptr + i, (size_t)s.len - i, &ns);
        int32_t tr = rune_at(t.ptr + j, (size_t)t.len - j, &nt);
        i += (size_t)ns;
        j += (size_t)nt;
        if (sr == tr) {
            continue;
        }
        if (tr < sr) {
            int32_t x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') {
                continue;
            }
            eq = false;
            break;
        }
        int32_t r = uni_simple_fold(sr);
        while (r != sr && r < tr) {
            r = uni_simple_fold(r);
        }
        if (r != tr) {
            eq = false;
            break;
        }
    }
    a[0].i = eq && i == (size_t)s.len && j == (size_t)t.len;
}

/* ---- trimming ---- */

typedef struct Cutset {
    const char *p;
    size_t n;
    bool ascii;
    uint64_t set[2];
} Cutset;

static bool in_cutset(const Cutset *c, int32_t r) {
    if (c->ascii) {
        return r < 0x80 && in_set(c->set, (uint8_t)r);
    }
    return str_index_rune(c->p, c->n, r) >= 0;
}

/* Trims runes in the cutset (or, with cut == NULL, white space) from s's ends. */
static void trim(Slot *a, const Cutset *cut, bool left, bool right) {
    GoString s = rt_str(a);
    size_t lo = 0, hi = (size_t)s.len;
    /* Right first, then left, as Go's Trim does. */
    while (right && hi > 0) {
        int32_t r;
        int size;
        if ((uint8_t)s.ptr[hi - 1] < 0x80) {
            r = (uint8_t)s.ptr[hi - 1];
            size = 1;
        } else {
            size = utf8_decode_last(s.ptr, hi, &r);
        }
        if (cut ? !in_cutset(cut, r) : !uni_is_space(r)) {
            break;
        }
        hi -= (size_t)size;
    }
    while (left && lo < hi) {
        int size;
        int32_t r = rune_at(s.ptr + lo, hi - lo, &size);
        if (cut ? !in_cutset(cut, r) : !uni_is_space(r)) {
            break;
        }
        lo += (size_t)size;
    }
    set_str(a, s.ptr + lo, hi - lo);
}

static void trim_cutset(Slot *a, bool left, bool right) {
    GoString s = rt_str(a), c = rt_str(a + 2);
    if (s.len == 0 || c.len == 0) {
        return;
    }
    Cutset cut = {c.ptr, (size_t)c.len, false, {0, 0}};
    cut.ascii = ascii_set(c.ptr, (size_t)c.len, cut.set);
    trim(a, &cut, left, right);
}

static void s_trim(G *g, Slot *a) {
    trim_cutset(a, true, true);
}
static void s_trim_left(G *g, Slot *a) {
    trim_cutset(a, true, false);
}
static void s_trim_right(G *g, Slot *a) {
    trim_cutset(a, false, true);
}
static void s_trim_space(G *g, Slot *a) {
    trim(a, NULL, true, true);
}

static void s_to_valid_utf8(G *g, Slot *a) {
    GoString s = rt_str(a), rep = rt_str(a + 2);
    if (utf8_valid(s.ptr, (size_t)s.len)) {
        return;
    }
    StrBuf b = {0};
    bool invalid = false; /* the previous byte was part of an invalid sequence */
    for (size_t i = 0; i < (size_t)s.len;) {
        int size;
        int32_t r = rune_at(s.ptr + i, (size_t)s.len - i, &size);
        if (r == UTF8_RUNE_ERROR && size == 1) {
            if (!invalid) {
                sb_put(&b, rep.ptr, (size_t)rep.len);
            }
            invalid = true;
        } else {
            sb_put(&b, s.ptr + i, (size_t)size);
            invalid = false;
        }
        i += (size_t)size;
    }
    set_str(a, b.data, b.len);
}

static void s_clone(G *g, Slot *a) {
    GoString s = rt_str(a);
    char *out = alloc_bytes((size_t)s.len);
    copy_bytes(out, s.ptr, (size_t)s.len);
    set_str(a, out, (size_t)s.len);
}

/* ---- strings.Builder ---- */

enum { B_ADDR, B_PTR, B_LEN, B_CAP };

/* The builder's slots, checked as Go's copyCheck does; NULL after a panic. */
static Slot *builder(G *g, Slot *a) {
    Slot *b = a[0].p;
    if (!b) {
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        return NULL;
    }
    if (!b[B_ADDR].p) {
        b[B_ADDR].p = b;
    } else if (b[B_ADDR].p != b) {
        rt_panic_plain(g, "strings: illegal use of non-zero Builder copied by value");
        return NULL;
    }
    return b;
}

/* Room for n >= 0 more bytes: *at is where they go (NULL only for an empty Builder asked for
 * no room). False after a panic: Go grows the buffer with make([]byte, len, 2*cap+n), which
 * panics past its limit on one allocation. */
static bool builder_reserve(G *g, Slot *b, int64_t n, char **at) {
    int64_t len = b[B_LEN].i, cap = b[B_CAP].i;
    if (cap - len < n) {
        if (n > MAX_ALLOC - 2 * cap) {
            rt_panic_runtime(g, "makeslice: cap out of range");
            return false;
        }
        int64_t ncap = 2 * cap + n < 16 ? 16 : 2 * cap + n;
        char *nb = NEW_ATOMIC(ncap);
        copy_bytes(nb, b[B_PTR].p, (size_t)len);
        b[B_PTR].p = nb;
        b[B_CAP].i = ncap;
    }
    char *base = b[B_PTR].p;
    *at = base ? base + len : NULL;
    return true;
}

static void b_write_string(G *g, Slot *a) {
    GoString s = rt_str(a + 1);
    Slot *b = builder(g, a);
    char *at;
    if (!b || !builder_reserve(g, b, s.len, &at)) {
        return;
    }
    copy_bytes(at, s.ptr, (size_t)s.len);
    b[B_LEN].i += s.len;
    a[0].i = s.len;
    rt_nil_iface(a + 1);
}

static void b_write_byte(G *g, Slot *a) {
    char c = (char)a[1].u;
    Slot *b = builder(g, a);
    char *at;
    if (!b || !builder_reserve(g, b, 1, &at)) {
        return;
    }
    *at = c;
    b[B_LEN].i++;
    rt_nil_iface(a);
}

static void b_write_rune(G *g, Slot *a) {
    char buf[4];
    int k = utf8_encode((int32_t)a[1].i, buf);
    Slot *b = builder(g, a);
    char *at;
    if (!b || !builder_reserve(g, b, k, &at)) {
        return;
    }
    memcpy(at, buf, (size_t)k);
    b[B_LEN].i += k;
    a[0].i = k;
    rt_nil_iface(a + 1);
}

static void b_write(G *g, Slot *a) {
    GoSlice p = rt_slice(a + 1);
    Slot *b = builder(g, a);
    char *w;
    if (!b || !builder_reserve(g, b, p.len, &w)) {
        return;
    }
    for (int64_t i = 0; i < p.len; i++) {
        w[i] = (char)p.ptr[i].u;
    }
    b[B_LEN].i += p.len;
    a[0].i = p.len;
    rt_nil_iface(a + 1);
}

static void b_grow(G *g, Slot *a) {
    int64_t n = a[1].i;
    Slot *b = builder(g, a);
    if (!b) {
        return;
    }
    if (n < 0) {
        rt_panic_plain(g, "strings.Builder.Grow: negative count");
        return;
    }
    char *at;
    builder_reserve(g, b, n, &at);
}

const NativeFunc lib_strings_funcs[] = {
    {"Contains(s, substr string) bool", s_contains},
    {"ContainsAny(s, chars string) bool", s_contains_any},
    {"ContainsRune(s string, r rune) bool", s_contains_rune},
    {"Count(s, substr string) int", s_count},
    {"HasPrefix(s, prefix string) bool", s_has_prefix},
    {"HasSuffix(s, suffix string) bool", s_has_suffix},
    {"Index(s, substr string) int", s_index},
    {"IndexAny(s, chars string) int", s_index_any},
    {"IndexByte(s string, c byte) int", s_index_byte},
    {"IndexRune(s string, r rune) int", s_index_rune},
    {"LastIndex(s, substr string) int", s_last_index},
    {"LastIndexAny(s, chars string) int", s_last_index_any},
    {"LastIndexByte(s string, c byte) int", s_last_index_byte},
    {"Split(s, sep string) []string", s_split},
    {"SplitN(s, sep string, n int) []string", s_split_n},
    {"SplitAfter(s, sep string) []string", s_split_after},
    {"SplitAfterN(s, sep string, n int) []string", s_split_after_n},
    {"Fields(s string) []string", s_fields},
    {"Join(elems []string, sep string) string", s_join},
    {"repeat(s string, count int) string", s_repeat},
    {"Replace(s, old, new string, n int) string", s_replace},
    {"ToUpper(s string) string", s_to_upper},
    {"ToLower(s string) string", s_to_lower},
    {"ToTitle(s string) string", s_to_title},
    {"EqualFold(s, t string) bool", s_equal_fold},
    {"Trim(s, cutset string) string", s_trim},
    {"TrimLeft(s, cutset string) string", s_trim_left},
    {"TrimRight(s, cutset string) string", s_trim_right},
    {"TrimSpace(s string) string", s_trim_space},
    {"ToValidUTF8(s, replacement string) string", s_to_valid_utf8},
    {"Clone(s string) string", s_clone},
    {"(b *Builder) WriteString(s string) (int, error)", b_write_string},
    {"(b *Builder) WriteByte(c byte) error", b_write_byte},
    {"(b *Builder) WriteRune(r rune) (int, error)", b_write_rune},
    {"(b *Builder) Write(p []byte) (int, error)", b_write},
    {"(b *Builder) Grow(n int)", b_grow},
    {NULL, NULL},
};
