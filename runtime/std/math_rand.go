// Package rand (math/rand): pseudo-random numbers, with Go 1.19's value streams.
//
// The source is the additive lagged Fibonacci generator Go has always used (Mitchell and
// Reeds): 607 words, x[n] = x[n-607] + x[n-273] mod 2⁶⁴, seeded from a Park-Miller
// generator XORed with a "cooked" table (the generator's own state after 7.8e12 steps from
// a fixed start; runtime/lib/rand_cooked.py computes it at build time from that recipe).
// So NewSource(seed) and Seed(seed) give exactly Go's numbers, and so do the methods of
// Rand built on them: every method below draws from the source exactly as Go 1.19 does.
//
// The top-level functions use a shared source kept in C behind a lock, so they are safe
// for concurrent use. Until Seed is called that source starts from the OS's entropy, so
// unseeded programs differ from run to run (Go 1.20's behaviour); after Seed(n) they give
// Go 1.19's sequence for n.
//
// NormFloat64, ExpFloat64 and Zipf are internal/randdist's, shared with math/rand/v2.
//
// Natives: lib_rand_funcs in runtime/lib/rand.c.
package rand

import "internal/randdist"

// A Source gives uniformly distributed int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 can also give uniformly distributed uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is the lagged Fibonacci generator; the natives know this layout.
type rngSource struct {
	tap  int
	feed int
	vec  [607]int64
}

// NewSource returns a source seeded with seed (not safe for concurrent use).
func NewSource(seed int64) Source {
	s := new(rngSource)
	s.Seed(seed)
	return s
}

// A Rand draws random numbers of several kinds from a Source.
type Rand struct {
	src Source
	s64 Source64 // src, when it is a Source64

	// Read hands out the bytes of one Int63 value at a time: readPos of them remain in
	// readVal, lowest first.
	readVal int64
	readPos int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	lo := uint64(r.Int63())
	return lo>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int { return int(r.Int63()) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject the top values that would make some remainders likelier than others.
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift bounded draw (n > 0), which Shuffle uses.
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if uint32(prod) < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for uint32(prod) < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n < 1<<31 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 is Int63 / 2⁶³, drawn again in the rare case the division rounds up to 1.
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm builds the permutation by inside-out Fisher-Yates, drawing for i = 0 too.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i >= 1<<31-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with random bytes, seven per Int63 value; it always returns len(p), nil.
func (r *Rand) Read(p []byte) (n int, err error) {
	val, pos := r.readVal, r.readPos
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readVal, r.readPos = val, pos
	return n, nil
}

// NormFloat64 draws from the standard normal distribution (ziggurat method).
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		if x, ok := randdist.Normal(j, uint32(j&0x7F), r); ok {
			return x
		}
	}
}

// ExpFloat64 draws from the exponential distribution of rate 1 (ziggurat method).
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		if x, ok := randdist.Exp(j, j&0xFF, r); ok {
			return x
		}
	}
}

// A Zipf draws values k in [0, imax] with P(k) proportional to (v + k)^(-s).
type Zipf struct {
	r    *Rand
	dist *randdist.Zipf
}

// NewZipf returns a Zipf generator, or nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	return &Zipf{r, randdist.NewZipf(s, v, imax)}
}

func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return z.dist.Sample(z.r)
}

// globalSource is the shared source of the top-level functions, held by the natives.
type globalSource struct{}

func (globalSource) Int63() int64    { return globalInt63() }
func (globalSource) Uint64() uint64  { return globalUint64() }
func (globalSource) Seed(seed int64) { globalSeed(seed) }

var globalRand = New(globalSource{})

// Seed makes the top-level functions deterministic: after Seed(n) they give Go 1.19's
// sequence for n. Seeds equal modulo 2³¹-1 give the same sequence.
func Seed(seed int64) { globalSeed(seed) }

func Int63() int64                       { return globalRand.Int63() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int31() int32                       { return globalRand.Int31() }
func Int() int                           { return globalRand.Int() }
func Int63n(n int64) int64               { return globalRand.Int63n(n) }
func Int31n(n int32) int32               { return globalRand.Int31n(n) }
func Intn(n int) int                     { return globalRand.Intn(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func NormFloat64() float64               { return globalRand.NormFloat64() }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }

// Read fills p from the shared source (safe for concurrent use); it returns len(p), nil.
func Read(p []byte) (n int, err error) { return globalRead(p), nil }
