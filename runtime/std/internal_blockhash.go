// Package blockhash: the Merkle-Damgård frame crypto/md5 and crypto/sha256 share — bytes
// gathered into 64-byte blocks for a native compression function, and the final padding:
// a 0x80 byte, zeros up to 56 mod 64, then the message length in bits (8 bytes).
//
// A Digest's state is up to eight 32-bit words; length and words are stored big-endian
// (SHA-2) or little-endian (MD5). Sum pads a copy, so the Digest goes on accepting writes.
package blockhash

// BlockSize is the block size of both hashes, in bytes.
const BlockSize = 64

// A Digest is a hash.Hash over a block function.
type Digest struct {
	h         [8]uint32
	init      [8]uint32
	buf       [BlockSize]byte
	nbuf      int    // bytes waiting in buf
	length    uint64 // bytes written in all
	size      int    // bytes of output: the first size/4 words of h
	bigEndian bool
	block     func(h *[8]uint32, p []byte) // compresses every whole block of p into h
}

// New returns a Digest starting from the state init.
func New(init [8]uint32, size int, bigEndian bool, block func(h *[8]uint32, p []byte)) *Digest {
	d := &Digest{init: init, size: size, bigEndian: bigEndian, block: block}
	d.Reset()
	return d
}

func (d *Digest) Reset() {
	d.h = d.init
	d.nbuf = 0
	d.length = 0
}

func (d *Digest) Size() int      { return d.size }
func (d *Digest) BlockSize() int { return BlockSize }

func (d *Digest) Write(p []byte) (n int, err error) {
	n = len(p)
	d.length += uint64(n)
	if d.nbuf > 0 {
		k := copy(d.buf[d.nbuf:], p)
		d.nbuf += k
		p = p[k:]
		if d.nbuf < BlockSize {
			return n, nil
		}
		d.block(&d.h, d.buf[:])
		d.nbuf = 0
	}
	if whole := len(p) &^ (BlockSize - 1); whole > 0 {
		d.block(&d.h, p[:whole])
		p = p[whole:]
	}
	d.nbuf = copy(d.buf[:], p)
	return n, nil
}

// Sum appends the hash of what was written to b.
func (d *Digest) Sum(b []byte) []byte {
	c := *d
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	padLen := (55-int(c.length))&(BlockSize-1) + 1
	bits := c.length * 8
	for i := 0; i < 8; i++ {
		shift := 8 * i
		if c.bigEndian {
			shift = 56 - 8*i
		}
		pad[padLen+i] = byte(bits >> shift)
	}
	c.Write(pad[:padLen+8])
	for i := 0; i < c.size/4; i++ {
		w := c.h[i]
		if c.bigEndian {
			b = append(b, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
		} else {
			b = append(b, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
		}
	}
	return b
}
