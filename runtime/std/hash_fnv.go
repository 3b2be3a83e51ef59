// Package fnv: the FNV-1 and FNV-1a hashes (Fowler, Noll, Vo) of 32, 64 and 128 bits.
// FNV-1 multiplies by the prime, then XORs in each byte; FNV-1a XORs first. Sum appends
// the value big-endian. Pure Go.
package fnv

import (
	"hash"
	"math/bits"
)

const (
	offset32 = 2166136261
	prime32  = 16777619
	offset64 = 14695981039346656037
	prime64  = 1099511628211
	// The 128-bit offset basis, and the prime 2^88 + 0x13B.
	offset128Hi = 0x6c62272e07bb0142
	offset128Lo = 0x62b821756295c58d
	prime128Lo  = 0x13b
	prime128Hi  = 24 // the prime's high word is 1 << 24
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word, low word
	sum128a [2]uint64
)

func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

func New128() hash.Hash {
	s := sum128{offset128Hi, offset128Lo}
	return &s
}

func New128a() hash.Hash {
	s := sum128a{offset128Hi, offset128Lo}
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{offset128Hi, offset128Lo} }
func (s *sum128a) Reset() { *s = sum128a{offset128Hi, offset128Lo} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

// mul128 returns (hi, lo) times the 128-bit prime, mod 2^128.
func mul128(hi, lo uint64) (uint64, uint64) {
	carry, low := bits.Mul64(lo, prime128Lo)
	return carry + hi*prime128Lo + lo<<prime128Hi, low
}

func (s *sum128) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo)
		lo ^= uint64(c)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo^uint64(c))
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func appendBE(in []byte, v uint64, n int) []byte {
	for shift := 8 * (n - 1); shift >= 0; shift -= 8 {
		in = append(in, byte(v>>shift))
	}
	return in
}

func (s *sum32) Sum(in []byte) []byte   { return appendBE(in, uint64(*s), 4) }
func (s *sum32a) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 4) }
func (s *sum64) Sum(in []byte) []byte   { return appendBE(in, uint64(*s), 8) }
func (s *sum64a) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 8) }
func (s *sum128) Sum(in []byte) []byte  { return appendBE(appendBE(in, s[0], 8), s[1], 8) }
func (s *sum128a) Sum(in []byte) []byte { return appendBE(appendBE(in, s[0], 8), s[1], 8) }
