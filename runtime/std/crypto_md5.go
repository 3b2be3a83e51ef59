// Package md5: the MD5 hash (RFC 1321). The compression function is native
// (runtime/lib/md5.c); the rest is internal/blockhash.
//
// Natives: lib_md5_funcs in runtime/lib/md5.c.
package md5

import (
	"hash"
	"internal/blockhash"
)

const (
	Size      = 16 // bytes of an MD5 checksum
	BlockSize = 64
)

var initState = [8]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}

// New returns an MD5 hash.Hash.
func New() hash.Hash { return blockhash.New(initState, Size, false, block) }

// Sum returns the MD5 checksum of data.
func Sum(data []byte) [Size]byte {
	var sum [Size]byte
	d := New()
	d.Write(data)
	copy(sum[:], d.Sum(nil))
	return sum
}
