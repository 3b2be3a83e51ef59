package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
	fmt.Println(r.Int63n(1000), r.Int63n(1<<40), r.Int31n(7), r.Int31n(64), r.Intn(100), r.Intn(1<<40))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	for i := 0; i < 5; i++ {
		fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	}
	b := make([]byte, 5)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	n, err = r.Read(b[:3])
	fmt.Println(n, err, b[:3])

	r.Seed(7)
	fmt.Println(r.Intn(10), r.Intn(10), r.Intn(10))

	for _, seed := range []int64{0, 1, -1, 2147483647, 1 << 40, -99} {
		src := rand.NewSource(seed)
		fmt.Println(seed, src.Int63(), src.Int63())
	}
	s64 := rand.NewSource(5).(rand.Source64)
	fmt.Println(s64.Uint64())

	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64()
	}
	fmt.Printf("%.4f\n", sum)

	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil)

	rand.Seed(99)
	fmt.Println(rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int())
	fmt.Println(rand.Int63n(10), rand.Int31n(10), rand.Intn(10), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(5), rand.NormFloat64(), rand.ExpFloat64())
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Read(b)
	fmt.Println(b)
	rand.Seed(99)
	rand.Read(b)
	fmt.Println(b)
}
