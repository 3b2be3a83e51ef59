// Package rand (math/rand/v2): pseudo-random numbers, with Go's value streams.
//
// Sources: PCG (a 128-bit LCG, state = state·mul + inc, with the DXSM output function) and
// ChaCha8 (Go's chacha8rand, as specified at c2sp.org/chacha8rand: ChaCha with 8 rounds
// keyed by a 32-byte seed, 992 bytes of output per 16 blocks, the last 32 bytes of each
// batch becoming the next key). Both run in C and give exactly Go's sequences; every Rand
// method draws from its source exactly as Go's does, so seeded programs print what Go
// prints.
//
// The top-level functions draw from a ChaCha8 per worker thread, seeded from the OS's
// entropy (Go's runtime does the same per M): random per run, safe for concurrent use.
//
// Natives: lib_randv2_funcs in runtime/lib/randv2.c.
package rand

import (
	"errors"
	"internal/randdist"
)

// A Source gives uniformly distributed uint64 values. It is not safe for concurrent use.
type Source interface {
	Uint64() uint64
}

// A Rand draws random numbers of several kinds from a Source.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

func (r *Rand) Int64() int64   { return int64(r.src.Uint64() &^ (1 << 63)) }
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }
func (r *Rand) Int32() int32   { return int32(r.src.Uint64() >> 33) }
func (r *Rand) Int() int       { return int(uint(r.src.Uint64()) << 1 >> 1) }
func (r *Rand) Uint() uint     { return uint(r.src.Uint64()) }

func (r *Rand) Int64N(n int64) int64    { return int64(r.checkedN(uint64(n), n <= 0, "Int64N")) }
func (r *Rand) Uint64N(n uint64) uint64 { return r.checkedN(n, n == 0, "Uint64N") }
func (r *Rand) Int32N(n int32) int32    { return int32(r.checkedN(uint64(n), n <= 0, "Int32N")) }
func (r *Rand) Uint32N(n uint32) uint32 { return uint32(r.checkedN(uint64(n), n == 0, "Uint32N")) }
func (r *Rand) IntN(n int) int          { return int(r.checkedN(uint64(n), n <= 0, "IntN")) }
func (r *Rand) UintN(n uint) uint       { return uint(r.checkedN(uint64(n), n == 0, "UintN")) }

// checkedN is uint64n after the argument check of the method named name.
func (r *Rand) checkedN(n uint64, bad bool, name string) uint64 {
	if bad {
		panic("invalid argument to " + name)
	}
	return r.uint64n(n)
}

// uint64n draws from [0, n), n > 0: a mask for powers of two, else Lemire's method — the
// high word of x·n, drawing again while the low word falls in the 2⁶⁴ mod n values that
// would bias the result (tested only when the low word is below n, which is rare).
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Float64 is one of the 2⁵³ evenly spaced float64s in [0, 1).
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 is one of the 2²⁴ evenly spaced float32s in [0, 1).
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle is Fisher-Yates from the end.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.uint64n(uint64(i+1))))
	}
}

// NormFloat64 draws from the standard normal distribution (ziggurat method): the low
// 32 bits of a draw are the signed integer, bits 32-38 the strip.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := randdist.Normal(int32(u), uint32(u>>32&0x7F), r); ok {
			return x
		}
	}
}

// ExpFloat64 draws from the exponential distribution of rate 1 (ziggurat method).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := randdist.Exp(uint32(u), uint32(uint8(u>>32)), r); ok {
			return x
		}
	}
}

// A Zipf draws values k in [0, imax] with P(k) proportional to (v + k)^(-s).
type Zipf struct {
	r    *Rand
	dist *randdist.Zipf
}

// NewZipf returns a Zipf generator, or nil unless s > 1 and v >= 1, both finite.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if !(s > 1) || !(v >= 1) || s > maxFloat64 || v > maxFloat64 {
		return nil
	}
	return &Zipf{r, randdist.NewZipf(s, v, imax)}
}

const maxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))

func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return z.dist.Sample(z.r)
}

// A PCG is a 128-bit permuted congruential generator (PCG-DXSM). The zero PCG is
// NewPCG(0, 0). The native Uint64 knows the layout: hi, then lo.
type PCG struct {
	hi uint64
	lo uint64
}

func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// AppendBinary appends "pcg:" and the state, big-endian.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendBE(b, p.hi)
	return appendBE(b, p.lo), nil
}

func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = readBE(data[4:])
	p.lo = readBE(data[12:])
	return nil
}

// A ChaCha8 is Go's ChaCha8-based generator (cryptographically strong). The natives know
// the layout up to c: buf holds the current batch's 32 values (the last four are the next
// key in the fourth batch, where only 28 are handed out), i is the next one, n the end.
type ChaCha8 struct {
	buf  [32]uint64
	seed [4]uint64
	i    uint32
	n    uint32
	c    uint32 // the counter of the batch's first block: 0, 4, 8 or 12

	// The last readLen bytes of readBuf are still to be handed out by Read.
	readBuf [8]byte
	readLen int
}

const (
	chachaPerBatch = 32  // values per batch of four blocks
	chachaBatches  = 4   // batches per key
	chachaUsable   = 124 // values per key (the last four become the next key)
)

func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.init(seed)
	return c
}

func (c *ChaCha8) Seed(seed [32]byte) {
	c.init(seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// Read fills p with the little-endian bytes of successive values; it returns len(p), nil.
// The bytes left over from a value are kept for the next Read.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putLE(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putLE(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return n, nil
}

// AppendBinary appends the state: an optional "readbuf:" part with Read's leftover bytes,
// then "chacha8:", the count of values used under the current key (big-endian) and the
// key (four little-endian words).
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, uint8(c.readLen))
		b = append(b, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	b = append(b, "chacha8:"...)
	b = appendBE(b, uint64(c.c/4*chachaPerBatch+c.i))
	for _, w := range c.seed {
		b = appendLE(b, w)
	}
	return b, nil
}

func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(nil)
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < 1+int(data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		k := int(data[0])
		c.readLen = copy(c.readBuf[len(c.readBuf)-k:], data[1:1+k])
		data = data[1+k:]
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	used := readBE(data[8:])
	if used > chachaUsable {
		return new(errUnmarshalChaCha8)
	}
	for i := range c.seed {
		c.seed[i] = readLE(data[16+8*i:])
	}
	c.refill(uint32(used/chachaPerBatch) * 4)
	c.i = uint32(used % chachaPerBatch)
	return nil
}

func appendBE(b []byte, v uint64) []byte {
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(v>>s))
	}
	return b
}

func appendLE(b []byte, v uint64) []byte {
	for s := 0; s < 64; s += 8 {
		b = append(b, byte(v>>s))
	}
	return b
}

func putLE(b []byte, v uint64) {
	for k := 0; k < 8; k++ {
		b[k] = byte(v >> (8 * k))
	}
}

func readBE(b []byte) (v uint64) {
	for k := 0; k < 8; k++ {
		v = v<<8 | uint64(b[k])
	}
	return v
}

func readLE(b []byte) (v uint64) {
	for k := 7; k >= 0; k-- {
		v = v<<8 | uint64(b[k])
	}
	return v
}

// runtimeSource is the top-level functions' source.
type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtimeRand() }

var globalRand = &Rand{src: runtimeSource{}}

func Int64() int64                       { return globalRand.Int64() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64N(n uint64) uint64            { return globalRand.Uint64N(n) }
func Uint32N(n uint32) uint32            { return globalRand.Uint32N(n) }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int32() int32                       { return globalRand.Int32() }
func Int() int                           { return globalRand.Int() }
func Uint() uint                         { return globalRand.Uint() }
func Int64N(n int64) int64               { return globalRand.Int64N(n) }
func Int32N(n int32) int32               { return globalRand.Int32N(n) }
func IntN(n int) int                     { return globalRand.IntN(n) }
func UintN(n uint) uint                  { return globalRand.UintN(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func NormFloat64() float64               { return globalRand.NormFloat64() }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N draws from [0, n) for any integer type (time.Duration included); it panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}
