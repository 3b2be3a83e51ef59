// 13_worker_pool.go: a fixed number of workers sharing a queue of jobs.
//
// Starting one goroutine per job is fine for a few thousand jobs. When each
// job uses a scarce resource (a connection, a file, a lot of memory), you
// want at most N of them at once. A worker pool does that:
//
//   - a `jobs` channel that main fills and then closes;
//   - N worker goroutines, each looping `for j := range jobs`; a job goes to
//     whichever worker is free, and the loops end when jobs is closed;
//   - a `results` channel the workers send to;
//   - a WaitGroup, and one extra goroutine that closes results once every
//     worker has finished, so main can simply range over results.
//
// What to look for: results arrive in any order and from any worker, so each
// result carries its job's id and main stores it in place before printing.
//
// Run it with: gosub run examples/13_worker_pool.go
package main

import (
	"fmt"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	digits int // digits of n factorial
}

// factorialDigits counts the decimal digits of n! with schoolbook arithmetic.
func factorialDigits(n int) int {
	num := []int{1} // little-endian decimal digits
	for k := 2; k <= n; k++ {
		carry := 0
		for i := range num {
			v := num[i]*k + carry
			num[i] = v % 10
			carry = v / 10
		}
		for carry > 0 {
			num = append(num, carry%10)
			carry /= 10
		}
	}
	return len(num)
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, factorialDigits(j.n)}
	}
}

func main() {
	inputs := []int{10, 50, 100, 200, 300, 400, 500, 1000}
	jobs := make(chan job)
	results := make(chan result)

	const workers = 3
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() { // the closer: results is closed only after every worker is done
		wg.Wait()
		close(results)
	}()
	go func() { // the feeder: runs alongside main, which is busy reading results
		for i, n := range inputs {
			jobs <- job{i, n}
		}
		close(jobs)
	}()

	digits := make([]int, len(inputs))
	for r := range results {
		digits[r.id] = r.digits
	}
	for i, n := range inputs {
		fmt.Printf("%5d! has %5d digits\n", n, digits[i])
	}
}
