// Package hash: the interfaces hash functions implement.
package hash

// A Hash is a running hash: Write adds data (never failing), Sum appends the hash of all
// written so far to b without changing the state, Reset starts over. Write is io.Writer's
// method, spelled out (the same method set) so that hashing does not load package io.
type Hash interface {
	Write(p []byte) (n int, err error)
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose value is 32 bits.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value is 64 bits.
type Hash64 interface {
	Hash
	Sum64() uint64
}
