package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negZero := math.Copysign(0, -1)
	xs := []complex128{
		0, complex(negZero, 0), complex(0, negZero), 1, -1, 1i, -1i, complex(0.5, 0.25),
		complex(3, 4), complex(-2.5, 1e-3), complex(1e-10, -1e-12), complex(1e10, 1e10),
		complex(-700, 3), complex(710, -0.5), complex(1.5707963267948966, 0.1),
		complex(3.141592653589793, 1e-9), complex(2, 0), complex(0, 2), complex(-3, 0),
		complex(1e300, 1e300), complex(123456789012, 1e-3), complex(1e19, 1e-6),
		complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(1, -inf),
		complex(inf, inf), complex(-inf, nan), complex(nan, 0), complex(0, nan),
		complex(nan, inf), complex(nan, 1), complex(1, nan), complex(inf, nan),
	}
	type fn struct {
		name string
		f    func(complex128) complex128
	}
	fns := []fn{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, x := range xs {
		fmt.Printf("x=%v abs=%v phase=%v inf=%v nan=%v\n", x, cmplx.Abs(x), cmplx.Phase(x), cmplx.IsInf(x), cmplx.IsNaN(x))
		for _, f := range fns {
			fmt.Printf("  %s %v\n", f.name, f.f(x))
		}
	}
	ys := []complex128{0, 1, 2, 0.5, complex(0, 1), complex(-1, 0), complex(2, 3), complex(nan, 0), complex(-2, 0)}
	for _, x := range []complex128{0, 1, complex(0, 1), complex(2, -1), complex(-8, 0), complex(1e-5, 1e5)} {
		for _, y := range ys {
			fmt.Printf("Pow(%v, %v) = %v\n", x, y, cmplx.Pow(x, y))
		}
	}
	r, th := cmplx.Polar(complex(-1, -1))
	fmt.Println(r, th, cmplx.Rect(r, th), cmplx.Rect(2, math.Pi/3))
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	// huge real parts near Tan's poles go through the Payne-Hanek reduction
	for _, re := range []float64{1 << 31, 1e15, 1e300, 6.5e9, 1.00000000000685e+12, 1.00000000001644e+12} {
		fmt.Println(cmplx.Tan(complex(re, 1e-20)), cmplx.Cot(complex(re, 1e-20)))
	}
}
