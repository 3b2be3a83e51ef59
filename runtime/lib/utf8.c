/* utf8.c — the natives of package unicode/utf8, over src/text's UTF-8 codec
 * (src/text/utf8.h), which reads invalid UTF-8 as Go does. []byte arguments are one slot per
 * byte (type.h).
 */
#include "../../src/text/utf8.h"

#include "../native.h"

/* Decodes from n byte slots (one byte each). */
static int decode_slots(const Slot *p, int64_t n, int32_t *r) {
    char buf[4];
    int k = n < 4 ? (int)n : 4;
    for (int i = 0; i < k; i++) {
        buf[i] = (char)p[i].u;
    }
    return utf8_decode(buf, (size_t)k, r);
}

static void u8_rune_len(G *g, Slot *a) {
    a[0].i = utf8_rune_len(a[0].i);
}

static void u8_rune_count(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    int64_t count = 0;
    for (int64_t i = 0; i < p.len; count++) {
        if (p.ptr[i].u < 0x80) {
            i++;
        } else {
            int32_t r;
            i += decode_slots(p.ptr + i, p.len - i, &r);
        }
    }
    a[0].i = count;
}

static void u8_rune_count_in_string(G *g, Slot *a) {
    GoString s = rt_str(a);
    a[0].i = utf8_count(s.ptr, (size_t)s.len);
}

static void u8_decode_rune(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    int32_t r;
    int size = decode_slots(p.ptr, p.len, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_decode_rune_in_string(G *g, Slot *a) {
    GoString s = rt_str(a);
    int32_t r;
    int size = utf8_decode(s.ptr, (size_t)s.len, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_decode_last_rune(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    int64_t k = p.len < 4 ? p.len : 4;
    char buf[4];
    for (int64_t i = 0; i < k; i++) {
        buf[i] = (char)p.ptr[p.len - k + i].u;
    }
    int32_t r;
    int size = utf8_decode_last(buf, (size_t)k, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_decode_last_rune_in_string(G *g, Slot *a) {
    GoString s = rt_str(a);
    int32_t r;
    int size = utf8_decode_last(s.ptr, (size_t)s.len, &r);
    a[0].i = r;
    a[1].i = size;
}

static void u8_encode_rune(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    char buf[4];
    int size = utf8_encode((int32_t)a[3].i, buf);
    if (p.len < size) {
        rt_panic_runtime(g, "index out of range [%d] with length %lld", size - 1, (long long)p.len);
        return;
    }
    for (int i = 0; i < size; i++) {
        p.ptr[i].u = (uint8_t)buf[i];
    }
    a[0].i = size;
}

static void u8_valid_string(G *g, Slot *a) {
    GoString s = rt_str(a);
    a[0].i = utf8_valid(s.ptr, (size_t)s.len);
}

static void u8_valid(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    bool ok = true;
    for (int64_t i = 0; i < p.len && ok;) {
        if (p.ptr[i].u < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        int size = decode_slots(p.ptr + i, p.len - i, &r);
        ok = size > 1;
        i += size;
    }
    a[0].i = ok;
}

static void u8_valid_rune(G *g, Slot *a) {
    a[0].i = utf8_valid_rune(a[0].i);
}

static void u8_full_rune(G *g, Slot *a) {
    GoSlice p = rt_slice(a);
    uint8_t buf[4];
    int64_t k = p.len < 4 ? p.len : 4;
    for (int64_t i = 0; i < k; i++) {
        buf[i] = (uint8_t)p.ptr[i].u;
    }
    a[0].i = utf8_full_rune(buf, (size_t)k);
}

static void u8_full_rune_in_string(G *g, Slot *a) {
    GoString s = rt_str(a);
    a[0].i = utf8_full_rune(s.ptr, (size_t)s.len);
}

static void u8_rune_start(G *g, Slot *a) {
    a[0].i = (a[0].u & 0xc0) != 0x80;
}

const NativeFunc lib_utf8_funcs[] = {
    {"RuneLen(r rune) int", u8_rune_len},
    {"RuneCount(p []byte) int", u8_rune_count},
    {"RuneCountInString(s string) int", u8_rune_count_in_string},
    {"DecodeRune(p []byte) (rune, int)", u8_decode_rune},
    {"DecodeRuneInString(s string) (rune, int)", u8_decode_rune_in_string},
    {"DecodeLastRune(p []byte) (rune, int)", u8_decode_last_rune},
    {"DecodeLastRuneInString(s string) (rune, int)", u8_decode_last_rune_in_string},
    {"EncodeRune(p []byte, r rune) int", u8_encode_rune},
    {"ValidString(s string) bool", u8_valid_string},
    {"Valid(p []byte) bool", u8_valid},
    {"ValidRune(r rune) bool", u8_valid_rune},
    {"FullRune(p []byte) bool", u8_full_rune},
    {"FullRuneInString(s string) bool", u8_full_rune_in_string},
    {"RuneStart(b byte) bool", u8_rune_start},
    {NULL, NULL},
};
