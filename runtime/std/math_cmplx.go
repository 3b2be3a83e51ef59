// Package cmplx: functions of complex128 values. Pure Go over package math.
//
// The algorithms are the Cephes ones Go uses (Moshier's complex library), with Go's
// special cases for infinities, NaNs and signed zeros, so results agree with Go's bit for
// bit: the float64 operations are Go's, in Go's order. Huge real parts met by the series
// of Tan and Cot are reduced modulo π with Payne and Hanek's method on the bits of 1/π.
package cmplx

import (
	"math"
	"math/bits"
)

func Abs(x complex128) float64   { return math.Hypot(real(x), imag(x)) }
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }
func Conj(x complex128) complex128 {
	return complex(real(x), -imag(x))
}

// Polar returns the modulus and the phase (in [-π, π]).
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with modulus r and phase θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

func Inf() complex128 { return complex(math.Inf(1), math.Inf(1)) }
func NaN() complex128 { return complex(math.NaN(), math.NaN()) }

// IsInf reports whether either part is infinite.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// IsNaN reports whether a part is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	return !IsInf(x) && (math.IsNaN(real(x)) || math.IsNaN(imag(x)))
}

// mulI and mulNegI multiply by i and by -i.
func mulI(z complex128) complex128    { return complex(-imag(z), real(z)) }
func mulNegI(z complex128) complex128 { return complex(imag(z), -real(z)) }

func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		if im < 0 {
			r := math.Sqrt(-0.5 * im)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * im)
		return complex(r, r)
	}
	// Scale away from overflow (large parts) or underflow (small ones).
	a, b, scale := re*1.8014398509481984e16, im*1.8014398509481984e16, 7.450580596923828125e-9
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		a, b, scale = re*0.25, im*0.25, 2.0
	}
	r := math.Hypot(a, b)
	var t float64
	if a > 0 {
		t = math.Sqrt(0.5*r + 0.5*a)
		r = scale * math.Abs((0.5*b)/t)
		t *= scale
	} else {
		r = math.Sqrt(0.5*r - 0.5*a)
		t = scale * math.Abs((0.5*b)/r)
		r *= scale
	}
	if b < 0 {
		r = -r
	}
	return complex(t, r)
}

func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

func Pow(x, y complex128) complex128 {
	if x == 0 {
		yr, yi := real(y), imag(y)
		switch {
		case IsNaN(y):
			return NaN()
		case yr == 0:
			return 1
		case yr < 0 && yi == 0:
			return complex(math.Inf(1), 0)
		case yr < 0:
			return Inf()
		case yr > 0:
			return 0
		}
		panic("not reached") // as in Go: a NaN real part beside an infinite imaginary one
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

// sinhcosh computes both at once; beyond |x| > 0.5 from one Exp.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	ei := 0.5 / e
	e *= 0.5
	return e - ei, e + ei
}

func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case math.IsInf(im, 0) && re == 0:
		return x
	case math.IsInf(im, 0) && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case re == 0 && math.IsNaN(im):
		return x
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case math.IsInf(re, 0) && im == 0:
		return complex(re, im)
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case math.IsInf(im, 0) && re == 0:
		return complex(math.Inf(1), -re*math.Copysign(0, im))
	case math.IsInf(im, 0) && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.Inf(1), math.NaN())
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0) && im == 0:
		return complex(math.Inf(1), im*math.Copysign(0, re))
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.Inf(1), math.NaN())
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}

func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(im, 0) && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.Copysign(0, re), math.Copysign(1, im))
	case math.IsInf(im, 0):
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	case re == 0 && math.IsNaN(im):
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.Copysign(1, re), math.Copysign(0, im))
	case math.IsInf(re, 0):
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	case im == 0 && math.IsNaN(re):
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// tanSeries is cosh(2y) - cos(2x) by its Taylor series (Tan's and Cot's denominator
// near a pole, where the closed form cancels badly), summed until a term no longer
// changes the sum in the 53rd bit.
func tanSeries(z complex128) float64 {
	const machEp = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	x *= x
	y := math.Abs(2 * imag(z))
	y *= y
	x2, y2, f, n, d := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		n++
		f *= n
		n++
		f *= n
		x2 *= x
		y2 *= y
		t := (y2 + x2) / f
		d += t
		n++
		f *= n
		n++
		f *= n
		x2 *= x
		y2 *= y
		t = (y2 - x2) / f
		d += t
		if !(math.Abs(t/d) > machEp) {
			return d
		}
	}
}

// invPi holds the bits of 1/π after the binary point, 64 to a word (a zero word first):
// enough for any float64 argument of reducePi.
var invPi = [...]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reducePi returns x reduced into [-π/2, π/2] modulo π (x >= 0): by three-part Cody-Waite
// subtraction below 2³⁰, else by Payne-Hanek — x times the bits of 1/π that matter, the
// integer part dropped and the fraction turned back into a float64.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		t := x/math.Pi + 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	const (
		fracBits = 52
		bias     = 1023
	)
	ix := math.Float64bits(x)
	exp := int(ix>>fracBits&0x7FF) - bias - fracBits
	mant := ix&(1<<fracBits-1) | 1<<fracBits
	// The 192 bits of 1/π starting exp bits in, times the mantissa: the integer part
	// falls off the top.
	word, shift := uint(exp+64)/64, uint(exp+64)%64
	z0 := invPi[word]<<shift | invPi[word+1]>>(64-shift)
	z1 := invPi[word+1]<<shift | invPi[word+2]>>(64-shift)
	z2 := invPi[word+2]<<shift | invPi[word+3]>>(64-shift)
	z2hi, _ := bits.Mul64(z2, mant)
	z1hi, z1lo := bits.Mul64(z1, mant)
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0*mant, z1hi, carry)
	// Normalize the fraction hi:lo into a float64 in [0, 1).
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi<<(lz+1) | lo>>(64-(lz+1))) >> (64 - fracBits)
	f := math.Float64frombits(hi | e<<fracBits)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}

func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im) && re == 0:
		return complex(re, math.NaN())
	case math.IsNaN(im) && math.IsInf(re, 0):
		return complex(math.NaN(), re)
	case math.IsNaN(im):
		return NaN()
	case math.IsInf(im, 0) && math.IsNaN(re):
		return x
	case math.IsInf(im, 0) && math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/4, re), im)
	case math.IsInf(im, 0):
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	xx := x * x
	root := Sqrt(complex(1-real(xx), -imag(xx))) // sqrt(1 - x²)
	return mulNegI(Log(mulI(x) + root))          // -i log(ix + sqrt(1 - x²))
}

func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0) && math.IsInf(im, 0):
		return complex(re, math.Copysign(math.Pi/4, im))
	case math.IsInf(re, 0) && math.IsNaN(im):
		return x
	case math.IsInf(re, 0):
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re) && im == 0:
		return x
	case math.IsNaN(re) && math.IsInf(im, 0):
		return complex(im, re)
	case math.IsNaN(re):
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	xx := x * x
	return Log(x + Sqrt(complex(1+real(xx), imag(xx)))) // log(x + sqrt(1 + x²))
}

func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return mulI(w)
	}
	return mulNegI(w)
}

func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case (math.IsInf(im, 0) || math.IsInf(re, 0)) && math.IsNaN(re):
		return complex(math.NaN(), math.Copysign(0, im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	a := 1 - re2 - im*im
	if a == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, a))
	t := im - 1
	b := re2 + t*t
	if b == 0 {
		return NaN()
	}
	t = im + 1
	return complex(w, 0.25*math.Log((re2+t*t)/b))
}

func Atanh(x complex128) complex128 { return mulNegI(Atan(mulI(x))) }
