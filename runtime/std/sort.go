// Package sort: sorting and binary search.
//
// The unstable sorts are pattern-defeating quicksort exactly as Go runs it (same pivots,
// same deterministic pattern breaking, same insertion-sort and heapsort cut-offs), so that
// elements comparing equal end up in the same order as under Go: programs print them. The
// stable sorts are Go's too: insertion sort on blocks of 20, then SymMerge rounds.
// Both come twice: over Interface, and over a less function plus a slice held in an `any`
// (Slice, SliceStable), whose elements the native swapperSwap exchanges.
//
// Natives: lib_sort_funcs in runtime/lib/sort.c.
package sort

// Interface is what Sort, Stable and IsSorted need of a collection.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data (not stably): one call to Len, O(n log n) calls to Less and Swap.
func Sort(data Interface) {
	switch d := data.(type) {
	case IntSlice:
		sortInts(d)
		return
	case StringSlice:
		sortStrings(d)
		return
	case Float64Slice:
		sortFloat64s(d)
		return
	}
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns data with the opposite order.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Slice sorts the slice x (not stably) by less, which compares the elements at two indexes.
// It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n := swapperLen(x)
	pdqsortFunc(lessSwap{less, x}, 0, n, bitLen(n))
}

// SliceStable sorts the slice x by less, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	stableFunc(lessSwap{less, x}, swapperLen(x))
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := swapperLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches Interface's methods to []int, ascending.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { sortInts(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice attaches Interface's methods to []float64, ascending with NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { sortFloat64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches Interface's methods to []string, ascending.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { sortStrings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x ascending.
func Ints(x []int) { sortInts(x) }

// Float64s sorts x ascending, NaNs first.
func Float64s(x []float64) { sortFloat64s(x) }

// Strings sorts x ascending.
func Strings(x []string) { sortStrings(x) }

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {
			return false
		}
	}
	return true
}

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Search returns the smallest i in [0, n) for which f(i) is true (n if none), assuming f
// is false then true over the range. It bisects: f is called O(log n) times.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the smallest i in [0, n) with cmp(i) <= 0 (n if none) and whether
// cmp(i) == 0 there, assuming cmp is positive, then zero, then negative over the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns where x is, or would be inserted, in the ascending slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns where x is, or would be inserted, in the ascending slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns where x is, or would be inserted, in the ascending slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// bitLen is the number of bits needed to write n (0 for 0): pdqsort's budget of bad
// pivots before it turns to heapsort.
func bitLen(n int) int {
	b := 0
	for u := uint(n); u != 0; u >>= 1 {
		b++
	}
	return b
}

// What choosePivot learnt about the order of the sampled elements.
const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the deterministic generator breakPatterns draws positions from, seeded with
// the length of the range.
type xorshift uint64

func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

// The sort over Interface.

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap below root in the heap data[first+lo : first+hi].
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b]; limit is how many unbalanced partitions it still tolerates.
func pdqsort(data Interface, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint && partialInsertionSort(data, a, b) {
			return
		}
		// The element before the range is a lower bound for it: if it is not less than the
		// pivot, the range holds many copies of the pivot; put them aside in one sweep.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves data[pivot] to its final place p in data[a:b], the smaller elements
// before it and the others after it, and returns p and whether nothing had to move.
func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual gathers the elements equal to data[pivot] at the front of data[a:b] (which
// holds nothing smaller) and returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to 5 out-of-order neighbours of a nearly sorted range and
// reports whether the range ended up sorted. (The leftward shift runs down to index 1, not
// to a: Go does it so.)
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three middle elements with pseudo-random others.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	for idx := a + n/4*2 - 1; idx <= a+n/4*2+1; idx++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the median of 3 samples (of 3 medians of 3 from 50 elements on); the
// hint tells whether the samples were all in order or all reversed.
func choosePivot(data Interface, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case 12:
		return j, decreasingHint
	}
	return j, unknownHint
}

// median returns which of a, b, c holds the median value, counting the out-of-order
// pairs it met in *swaps.
func median(data Interface, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b = c
	}
	if data.Less(b, a) {
		*swaps++
		b = a
	}
	return b
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a, b = b, b+block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a, b = b, b+2*block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (Kim and Kutzner's
// SymMerge); it needs a < m < b.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// One element on the left: binary-search its place in the right run, rotate it in.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// One element on the right: its place is after the left elements not greater.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] by block swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// The same algorithms over a less function and a slice in an `any` (Slice, SliceStable).

type lessSwap struct {
	less func(i, j int) bool
	x    any
}

func insertionSortFunc(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.less(j, j-1); j-- {
			swapperSwap(data.x, j, j-1)
		}
	}
}

func siftDownFunc(data lessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.less(first+child, first+child+1) {
			child++
		}
		if !data.less(first+root, first+child) {
			return
		}
		swapperSwap(data.x, first+root, first+child)
		root = child
	}
}

func heapSortFunc(data lessSwap, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownFunc(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		swapperSwap(data.x, a, a+i)
		siftDownFunc(data, 0, i, a)
	}
}

func pdqsortFunc(data lessSwap, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSortFunc(data, a, b)
			return
		}
		if limit == 0 {
			heapSortFunc(data, a, b)
			return
		}
		if !balanced {
			breakPatternsFunc(data, a, b)
			limit--
		}
		pivot, hint := choosePivotFunc(data, a, b)
		if hint == decreasingHint {
			reverseRangeFunc(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint &&
			partialInsertionSortFunc(data, a, b) {
			return
		}
		if a > 0 && !data.less(a-1, pivot) {
			a = partitionEqualFunc(data, a, b, pivot)
			continue
		}
		mid, already := partitionFunc(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortFunc(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortFunc(data, mid+1, b, limit)
			b = mid
		}
	}
}

func partitionFunc(data lessSwap, a, b, pivot int) (int, bool) {
	swapperSwap(data.x, a, pivot)
	i, j := a+1, b-1
	for i <= j && data.less(i, a) {
		i++
	}
	for i <= j && !data.less(j, a) {
		j--
	}
	if i > j {
		swapperSwap(data.x, j, a)
		return j, true
	}
	swapperSwap(data.x, i, j)
	i++
	j--
	for {
		for i <= j && data.less(i, a) {
			i++
		}
		for i <= j && !data.less(j, a) {
			j--
		}
		if i > j {
			break
		}
		swapperSwap(data.x, i, j)
		i++
		j--
	}
	swapperSwap(data.x, j, a)
	return j, false
}

func partitionEqualFunc(data lessSwap, a, b, pivot int) int {
	swapperSwap(data.x, a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.less(a, i) {
			i++
		}
		for i <= j && data.less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		swapperSwap(data.x, i, j)
		i++
		j--
	}
}

func partialInsertionSortFunc(data lessSwap, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		swapperSwap(data.x, i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.less(j, j-1); j-- {
				swapperSwap(data.x, j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.less(j, j-1); j++ {
				swapperSwap(data.x, j, j-1)
			}
		}
	}
	return false
}

func breakPatternsFunc(data lessSwap, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	for idx := a + n/4*2 - 1; idx <= a+n/4*2+1; idx++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		swapperSwap(data.x, idx, a+other)
	}
}

func choosePivotFunc(data lessSwap, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = medianFunc(data, i-1, i, i+1, &swaps)
			j = medianFunc(data, j-1, j, j+1, &swaps)
			k = medianFunc(data, k-1, k, k+1, &swaps)
		}
		j = medianFunc(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case 12:
		return j, decreasingHint
	}
	return j, unknownHint
}

func medianFunc(data lessSwap, a, b, c int, swaps *int) int {
	if data.less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.less(c, b) {
		*swaps++
		b = c
	}
	if data.less(b, a) {
		*swaps++
		b = a
	}
	return b
}

func reverseRangeFunc(data lessSwap, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		swapperSwap(data.x, i, j)
	}
}

func stableFunc(data lessSwap, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSortFunc(data, a, b)
		a, b = b, b+block
	}
	insertionSortFunc(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMergeFunc(data, a, a+block, b)
			a, b = b, b+2*block
		}
		if m := a + block; m < n {
			symMergeFunc(data, a, m, n)
		}
		block *= 2
	}
}

func symMergeFunc(data lessSwap, a, m, b int) {
	if m-a == 1 {
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			swapperSwap(data.x, k, k+1)
		}
		return
	}
	if b-m == 1 {
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			swapperSwap(data.x, k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateFunc(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeFunc(data, a, start, mid)
	}
	if mid < end && end < b {
		symMergeFunc(data, mid, end, b)
	}
}

func rotateFunc(data lessSwap, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRangeFunc(data, m-i, m, j)
			i -= j
		} else {
			swapRangeFunc(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeFunc(data, m-i, m, i)
}

func swapRangeFunc(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		swapperSwap(data.x, a+i, b+i)
	}
}
