/* utf8.c — Go's UTF-8 rules (src/text/utf8.h).
 *
 * The first byte of an encoding says its size and narrows the range of the second byte
 * (Go's acceptRanges): after E0 it must be A0..BF (no overlong 3-byte forms), after ED
 * 80..9F (no surrogates), after F0 90..BF (no overlong 4-byte forms), after F4 80..8F
 * (nothing past U+10FFFF); every other continuation byte is 80..BF. C0, C1 and F5..FF never
 * start an encoding.
 */
#include "utf8.h"

/* The size of the encoding b0 starts (0 if none) and the range allowed for the next byte. */
static int lead_byte(uint8_t b0, uint8_t *lo, uint8_t *hi) {
    *lo = 0x80;
    *hi = 0xBF;
    if (b0 < 0xC2 || b0 > 0xF4) {
        return 0;
    }
    if (b0 < 0xE0) {
        return 2;
    }
    if (b0 < 0xF0) {
        *lo = b0 == 0xE0 ? 0xA0 : 0x80;
        *hi = b0 == 0xED ? 0x9F : 0xBF;
        return 3;
    }
    *lo = b0 == 0xF0 ? 0x90 : 0x80;
    *hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return 4;
}

int utf8_decode(const void *s, size_t n, int32_t *r) {
    const uint8_t *p = s;
    if (n == 0) {
        *r = UTF8_RUNE_ERROR;
        return 0;
    }
    if (p[0] < 0x80) {
        *r = p[0];
        return 1;
    }
    uint8_t lo, hi;
    int size = lead_byte(p[0], &lo, &hi);
    if (size == 0 || n < (size_t)size || p[1] < lo || p[1] > hi) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    int32_t v = (p[0] & (0x7F >> size)) << 6 | (p[1] & 0x3F);
    for (int i = 2; i < size; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *r = UTF8_RUNE_ERROR;
            return 1;
        }
        v = v << 6 | (p[i] & 0x3F);
    }
    *r = v;
    return size;
}

int utf8_decode_last(const void *s, size_t n, int32_t *r) {
    const uint8_t *p = s;
    if (n == 0) {
        *r = UTF8_RUNE_ERROR;
        return 0;
    }
    if (p[n - 1] < 0x80) {
        *r = p[n - 1];
        return 1;
    }
    /* back up to a byte that can start a rune, at most UTF8_MAX bytes */
    size_t lim = n > UTF8_MAX ? n - UTF8_MAX : 0;
    size_t start = n - 1;
    while (start > lim && (p[start] & 0xC0) == 0x80) {
        start--;
    }
    int size = utf8_decode(p + start, n - start, r);
    if (start + (size_t)size != n) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    return size;
}

bool utf8_valid_rune(int64_t r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= UTF8_MAX_RUNE);
}

int utf8_encode(int32_t r, char *buf) {
    uint32_t u = utf8_valid_rune(r) ? (uint32_t)r : UTF8_RUNE_ERROR;
    if (u < 0x80) {
        buf[0] = (char)u;
        return 1;
    }
    if (u < 0x800) {
        buf[0] = (char)(0xC0 | u >> 6);
        buf[1] = (char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        buf[0] = (char)(0xE0 | u >> 12);
        buf[1] = (char)(0x80 | (u >> 6 & 0x3F));
        buf[2] = (char)(0x80 | (u & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | u >> 18);
    buf[1] = (char)(0x80 | (u >> 12 & 0x3F));
    buf[2] = (char)(0x80 | (u >> 6 & 0x3F));
    buf[3] = (char)(0x80 | (u & 0x3F));
    return 4;
}

void utf8_append(StrBuf *out, int32_t r) {
    char buf[UTF8_MAX];
    sb_put(out, buf, (size_t)utf8_encode(r, buf));
}

int utf8_rune_len(int64_t r) {
    if (!utf8_valid_rune(r)) {
        return -1;
    }
    return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

int64_t utf8_count(const void *s, size_t n) {
    const uint8_t *p = s;
    int64_t count = 0;
    for (size_t i = 0; i < n; count++) {
        if (p[i] < 0x80) {
            i++;
        } else {
            int32_t r;
            i += (size_t)utf8_decode(p + i, n - i, &r);
        }
    }
    return count;
}

bool utf8_valid(const void *s, size_t n) {
    const uint8_t *p = s;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        int size = utf8_decode(p + i, n - i, &r);
        if (size == 1) {
            return false;
        }
        i += (size_t)size;
    }
    return true;
}

bool utf8_full_rune(const void *s, size_t n) {
    const uint8_t *p = s;
    if (n == 0) {
        return false;
    }
    uint8_t lo, hi;
    int need = lead_byte(p[0], &lo, &hi);
    if (need == 0 || n >= (size_t)need) {
        return true; /* ASCII, a byte that decodes alone as invalid, or enough bytes */
    }
    /* Too short, unless what is there is already invalid: that decodes as (RuneError, 1). */
    if (n > 1 && (p[1] < lo || p[1] > hi)) {
        return true;
    }
    return n > 2 && (p[2] & 0xC0) != 0x80;
}
