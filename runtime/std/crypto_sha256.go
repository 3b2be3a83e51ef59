// Package sha256: the SHA-224 and SHA-256 hashes (FIPS 180-4). The compression function
// is native (runtime/lib/sha256.c); the rest is internal/blockhash.
//
// Natives: lib_sha256_funcs in runtime/lib/sha256.c.
package sha256

import (
	"hash"
	"internal/blockhash"
)

const (
	Size      = 32 // bytes of a SHA-256 checksum
	Size224   = 28 // bytes of a SHA-224 checksum
	BlockSize = 64
)

// The initial states: the first 32 bits of the fractional parts of the square roots of
// the first eight primes (SHA-256), the second 32 bits of those of the ninth to sixteenth
// (SHA-224).
var (
	init256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	init224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
)

// New returns a SHA-256 hash.Hash.
func New() hash.Hash { return blockhash.New(init256, Size, true, block) }

// New224 returns a SHA-224 hash.Hash.
func New224() hash.Hash { return blockhash.New(init224, Size224, true, block) }

// Sum256 returns the SHA-256 checksum of data.
func Sum256(data []byte) [Size]byte {
	var sum [Size]byte
	d := New()
	d.Write(data)
	copy(sum[:], d.Sum(nil))
	return sum
}

// Sum224 returns the SHA-224 checksum of data.
func Sum224(data []byte) [Size224]byte {
	var sum [Size224]byte
	d := New224()
	d.Write(data)
	copy(sum[:], d.Sum(nil))
	return sum
}
