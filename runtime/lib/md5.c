/* md5.c — the native of package crypto/md5: the block function, RFC 1321 §3.4 (T[i] = the
 * integer part of 2³² |sin(i + 1)|). Buffering, padding and the hash.Hash methods are Go
 * (runtime/std/crypto_md5.go, over internal/blockhash); blockhash.h says how the state and the
 * bytes are held.
 */
#include "blockhash.h"

#define ROTL32(x, n) ((x) << (n) | (x) >> (32 - (n)))

static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* Per round of 16 steps: the shift amounts of its four step kinds. */
static const uint8_t md5_shift[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void md5_block(uint32_t s[4], const Slot *p) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = (uint32_t)p[4 * i].u | (uint32_t)p[4 * i + 1].u << 8 |
               (uint32_t)p[4 * i + 2].u << 16 | (uint32_t)p[4 * i + 3].u << 24;
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int k;
        switch (i / 16) {
        case 0:
            f = (b & c) | (~b & d);
            k = i;
            break;
        case 1:
            f = (b & d) | (c & ~d);
            k = (5 * i + 1) % 16;
            break;
        case 2:
            f = b ^ c ^ d;
            k = (3 * i + 5) % 16;
            break;
        default:
            f = c ^ (b | ~d);
            k = 7 * i % 16;
            break;
        }
        uint32_t sum = a + f + md5_t[i] + x[k];
        a = d;
        d = c;
        c = b;
        b += ROTL32(sum, md5_shift[i / 16][i % 4]);
    }
    s[0] += a, s[1] += b, s[2] += c, s[3] += d;
}

/* block(s *[8]uint32, p []byte): the state is s[0:4] */
static void md5_blocks(G *g, Slot *a) {
    run_blocks(a[0].p, 4, rt_slice(&a[1]), md5_block);
}

const NativeFunc lib_md5_funcs[] = {
    {"block(s *[8]uint32, p []byte)", md5_blocks},
    {NULL, NULL},
};
