// Package randdist: the distributions math/rand and math/rand/v2 share — the ziggurat
// method for the normal and exponential distributions (Marsaglia and Tsang, 2000) and
// Zipf's rejection-inversion (Hörmann and Derflinger, 1996). The two packages draw their
// integers differently; from there on both do exactly what is here, as Go's do.
//
// The ziggurat tables are computed at initialization from Marsaglia and Tsang's published
// set-up, in double precision: the result is bit for bit the tables Go carries as data.
// Per strip i, K[i] bounds the integers accepted at once, W[i] scales one to x, F[i] is
// the density at the strip's edge.
package randdist

import "math"

// A Floater draws uniform floats in [0, 1): both packages' *Rand.
type Floater interface {
	Float64() float64
}

// Where the normal and exponential ziggurats' base strips end and their tails start.
const (
	NormalEdge = 3.442619855899
	ExpEdge    = 7.69711747013104972
)

var (
	KN, WN, FN = normalTables()
	KE, WE, FE = expTables()
)

func normalTables() ([]uint32, []float32, []float32) {
	const m = 1 << 31
	dn, vn := NormalEdge, 9.91256303526217e-3
	k, w, f := make([]uint32, 128), make([]float32, 128), make([]float32, 128)
	q := vn / math.Exp(-.5*dn*dn)
	k[0] = uint32(dn / q * m)
	w[0], w[127] = float32(q/m), float32(dn/m)
	f[0], f[127] = 1, float32(math.Exp(-.5*dn*dn))
	prev := dn
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		k[i+1] = uint32(dn / prev * m)
		prev = dn
		f[i] = float32(math.Exp(-.5 * dn * dn))
		w[i] = float32(dn / m)
	}
	return k, w, f
}

func expTables() ([]uint32, []float32, []float32) {
	const m = 1 << 32
	de, ve := 7.697117470131487, 3.949659822581572e-3
	k, w, f := make([]uint32, 256), make([]float32, 256), make([]float32, 256)
	q := ve / math.Exp(-de)
	k[0] = uint32(de / q * m)
	w[0], w[255] = float32(q/m), float32(de/m)
	f[0], f[255] = 1, float32(math.Exp(-de))
	prev := de
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		k[i+1] = uint32(de / prev * m)
		prev = de
		f[i] = float32(math.Exp(-de))
		w[i] = float32(de / m)
	}
	return k, w, f
}

// Normal makes one ziggurat attempt from the signed integer j and strip i (< 128): the
// value, or false when the caller must draw a new j and i.
func Normal(j int32, i uint32, r Floater) (float64, bool) {
	x := float64(j) * float64(WN[i])
	aj := uint32(j)
	if j < 0 {
		aj = uint32(-j)
	}
	if aj < KN[i] {
		return x, true
	}
	if i == 0 {
		for {
			x = -math.Log(r.Float64()) * (1.0 / NormalEdge)
			y := -math.Log(r.Float64())
			if y+y >= x*x {
				break
			}
		}
		if j > 0 {
			return NormalEdge + x, true
		}
		return -NormalEdge - x, true
	}
	if FN[i]+float32(r.Float64())*(FN[i-1]-FN[i]) < float32(math.Exp(-.5*x*x)) {
		return x, true
	}
	return 0, false
}

// Exp makes one ziggurat attempt from the integer j and strip i (< 256).
func Exp(j uint32, i uint32, r Floater) (float64, bool) {
	x := float64(j) * float64(WE[i])
	if j < KE[i] {
		return x, true
	}
	if i == 0 {
		return ExpEdge - math.Log(r.Float64()), true
	}
	if FE[i]+float32(r.Float64())*(FE[i-1]-FE[i]) < float32(math.Exp(-x)) {
		return x, true
	}
	return 0, false
}

// Zipf holds the constants of a Zipf distribution over [0, imax] with P(k) proportional
// to (v + k)^(-s); the caller has checked s > 1 and v >= 1.
type Zipf struct {
	imax        float64
	v           float64
	q           float64
	s           float64
	oneMinusQ   float64
	invOneMinQ  float64
	hxm         float64
	hx0MinusHxm float64
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMinusQ*math.Log(z.v+x)) * z.invOneMinQ
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.invOneMinQ*math.Log(z.oneMinusQ*x)) - z.v
}

func NewZipf(s float64, v float64, imax uint64) *Zipf {
	z := &Zipf{imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1.0 - z.q
	z.invOneMinQ = 1.0 / z.oneMinusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0MinusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Sample draws one value, one uniform float per attempt.
func (z *Zipf) Sample(r Floater) uint64 {
	for {
		ur := z.hxm + r.Float64()*z.hx0MinusHxm
		x := z.hinv(ur)
		k := math.Floor(x + 0.5)
		if k-x <= z.s || ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}
