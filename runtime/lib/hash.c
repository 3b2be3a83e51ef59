/* hash.c — the natives of hash/crc32, crypto/sha256 and crypto/md5: the per-byte and
 * per-block loops. Buffering, padding and the hash.Hash methods are Go
 * (runtime/std/hash_crc32.go, crypto_sha256.go, crypto_md5.go).
 *
 * The state arrays live in Go structs, one uint32 per slot; byte slices are one byte per
 * slot. Block functions consume every whole 64-byte block of their slice and ignore the
 * rest (the Go side keeps partial blocks).
 *
 * SHA-256 is FIPS 180-4 §6.2 (constants §4.2.2: the first 32 bits of the fractional parts
 * of the cube roots of the first 64 primes); MD5 is RFC 1321 §3.4 (T[i] = the integer part
 * of 2³² |sin(i + 1)|).
 */
#include "../native.h"

#define ROTR32(x, n) ((x) >> (n) | (x) << (32 - (n)))
#define ROTL32(x, n) ((x) << (n) | (x) >> (32 - (n)))

/* update(crc uint32, tab *Table, p []byte) uint32: the reflected table-driven CRC-32,
 * inverted on the way in and out. */
static void crc32_update(G *g, Slot *a) {
    (void)g;
    uint32_t crc = ~(uint32_t)a[0].u;
    const Slot *tab = a[1].p;
    GoSlice p = rt_slice(&a[2]);
    for (int64_t i = 0; i < p.len; i++) {
        crc = (uint32_t)tab[(uint8_t)crc ^ (uint8_t)p.ptr[i].u].u ^ crc >> 8;
    }
    a[0].u = ~crc;
}

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t h[8], const Slot *p) {
    uint32_t w[64];
    for (int t = 0; t < 16; t++) {
        w[t] = (uint32_t)p[4 * t].u << 24 | (uint32_t)p[4 * t + 1].u << 16 |
               (uint32_t)p[4 * t + 2].u << 8 | (uint32_t)p[4 * t + 3].u;
    }
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = ROTR32(w[t - 15], 7) ^ ROTR32(w[t - 15], 18) ^ w[t - 15] >> 3;
        uint32_t s1 = ROTR32(w[t - 2], 17) ^ ROTR32(w[t - 2], 19) ^ w[t - 2] >> 10;
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = k + (ROTR32(e, 6) ^ ROTR32(e, 11) ^ ROTR32(e, 25)) + ((e & f) ^ (~e & g)) +
                      sha256_k[t] + w[t];
        uint32_t t2 =
            (ROTR32(a, 2) ^ ROTR32(a, 13) ^ ROTR32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += k;
}

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

/* Runs block on each whole 64-byte block of p, over the n words of state in the slots h. */
static void run_blocks(Slot *h, int n, GoSlice p, void (*block)(uint32_t *, const Slot *)) {
    uint32_t state[8];
    for (int i = 0; i < n; i++) {
        state[i] = (uint32_t)h[i].u;
    }
    for (int64_t off = 0; off + 64 <= p.len; off += 64) {
        block(state, &p.ptr[off]);
    }
    for (int i = 0; i < n; i++) {
        h[i].u = state[i];
    }
}

/* block(h *[8]uint32, p []byte) */
static void sha256_blocks(G *g, Slot *a) {
    (void)g;
    run_blocks(a[0].p, 8, rt_slice(&a[1]), sha256_block);
}

/* block(s *[8]uint32, p []byte): the state is s[0:4] */
static void md5_blocks(G *g, Slot *a) {
    (void)g;
    run_blocks(a[0].p, 4, rt_slice(&a[1]), md5_block);
}

const NativeFunc lib_crc32_funcs[] = {
    {"update(crc uint32, tab *Table, p []byte) uint32", crc32_update},
    {NULL, NULL},
};

const NativeFunc lib_sha256_funcs[] = {
    {"block(h *[8]uint32, p []byte)", sha256_blocks},
    {NULL, NULL},
};

const NativeFunc lib_md5_funcs[] = {
    {"block(s *[8]uint32, p []byte)", md5_blocks},
    {NULL, NULL},
};
