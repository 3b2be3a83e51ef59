// Package slices: generic functions over slices (Go 1.22's API and behaviour; functions
// that shrink a slice zero the elements they drop).
//
// Sort and SortFunc are Go's pattern-defeating quicksort, step for step, so elements that
// compare equal end up in Go's order; SortStableFunc is Go's insertion sort + SymMerge.
// Sort on []int, []float64 and []string goes to the C version of the same algorithm.
//
// Natives: lib_slices_funcs in runtime/lib/slices.c.
package slices

// ordered is cmp.Ordered: the types < is defined on.
type ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

func isNaN[T ordered](x T) bool {
	return x != x
}

// cmpLess is cmp.Less: < with NaNs before everything else.
func cmpLess[T ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// cmpCompare is cmp.Compare: -1, 0 or +1, NaNs equal to each other and before the rest.
func cmpCompare[T ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// Equal reports whether s1 and s2 have the same length and equal elements (NaN != NaN).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal comparing elements with eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element (cmp.Compare), then by length.
func Compare[S ~[]E, E ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmpCompare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare with cmp on each pair of elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether some element satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts v... at index i (0 <= i <= len(s), else it panics) and returns the
// result, in s's array when it has room.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:]
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		grown := append(s[:i], make(S, n+m-i)...)
		copy(grown[i:], v)
		copy(grown[i+m:], s[i:])
		return grown
	}
	// v may lie in s's array, where the shift below would overwrite it: keep a copy.
	saved := make([]E, m)
	copy(saved, v)
	s = s[:n+m]
	copy(s[i+m:], s[i:])
	copy(s[i:], saved)
	return s
}

// Delete removes s[i:j] and returns the shorter slice; the dropped tail is zeroed.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)]
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	zero(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del is true; the dropped tail is zeroed.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	zero(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] by v... and returns the result; elements dropped from the end
// of s are zeroed.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j]
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		r := append(s[:i], v...)
		if len(r) < len(s) {
			zero(s[len(r):])
		}
		return r
	}
	total := i + len(v) + (len(s) - j)
	if total > cap(s) {
		grown := append(s[:i], make(S, total-i)...)
		copy(grown[i:], v)
		copy(grown[i+len(v):], s[j:])
		return grown
	}
	r := s[:total]
	if i+len(v) <= j {
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		zero(s[total:])
		return r
	}
	// Growing in place: v may lie in s's array, where the shift would overwrite it.
	saved := make([]E, len(v))
	copy(saved, v)
	copy(r[i+len(saved):], s[j:])
	copy(r[i:], saved)
	return r
}

// Clone returns a shallow copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...)
}

// Compact replaces each run of equal elements by its first; the dropped tail is zeroed.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	zero(s[i:])
	return s[:i]
}

// CompactFunc is Compact with eq deciding equality (it keeps the first of each run).
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	zero(s[i:])
	return s[:i]
}

// Grow makes room for n more elements without reallocating; n < 0 panics.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip drops s's unused capacity.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Concat returns a new slice joining the given slices (nil if they are all empty).
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns s repeated count times; count < 0 panics.
func Repeat[S ~[]E, E any](s S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	out := make(S, 0, len(s)*count)
	for k := 0; k < count; k++ {
		out = append(out, s...)
	}
	return out
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func zero[E any](s []E) {
	var z E
	for i := range s {
		s[i] = z
	}
}

// Min returns the smallest element (NaN if there is one); it panics on an empty slice.
func Min[S ~[]E, E ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min2(m, x[i])
	}
	return m
}

// Max returns the largest element (NaN if there is one); it panics on an empty slice.
func Max[S ~[]E, E ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max2(m, x[i])
	}
	return m
}

// min2 and max2 are the min and max builtins: NaN wins, and -0 is less than +0.
func min2[E ordered](a, b E) E {
	if a != a {
		return a
	}
	if b != b || b < a {
		return b
	}
	if a == b && signbit(b) {
		return b
	}
	return a
}

func max2[E ordered](a, b E) E {
	if a != a {
		return a
	}
	if b != b || b > a {
		return b
	}
	if a == b && signbit(a) {
		return b
	}
	return a
}

// MinFunc returns the first smallest element by cmp; it panics on an empty slice.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// MaxFunc returns the first largest element by cmp; it panics on an empty slice.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// BinarySearch returns where target is, or would be inserted, in the sorted x, and
// whether it is there.
func BinarySearch[S ~[]E, E ordered](x S, target E) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmpLess(x[h], target) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && (x[lo] == target || (isNaN(x[lo]) && isNaN(target)))
}

// BinarySearchFunc is BinarySearch with cmp(element, target) giving the order.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(x[lo], target) == 0
}

// Sort sorts x ascending (NaNs first).
func Sort[S ~[]E, E ordered](x S) {
	switch v := any([]E(x)).(type) {
	case []int:
		sortInts(v)
		return
	case []float64:
		sortFloat64s(v)
		return
	case []string:
		sortStrings(v)
		return
	}
	n := len(x)
	pdqsortCmp([]E(x), 0, n, bitLen(n), func(a, b E) int { return cmpCompare(a, b) })
}

// SortFunc sorts x by cmp (negative: a before b), not stably.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsortCmp([]E(x), 0, n, bitLen(n), cmp)
}

// SortStableFunc sorts x by cmp, keeping equal elements in their original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableCmp([]E(x), len(x), cmp)
}

// IsSorted reports whether x is ascending.
func IsSorted[S ~[]E, E ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmpLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is ascending by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func bitLen(n int) int {
	b := 0
	for u := uint(n); u != 0; u >>= 1 {
		b++
	}
	return b
}

const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

type xorshift uint64

func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

// The sort, as in package sort (see the comments there), over values and cmp.

func insertionSortCmp[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(data[j], data[j-1]) < 0; j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

func siftDownCmp[E any](data []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(data[first+child], data[first+child+1]) < 0 {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortCmp[E any](data []E, a, b int, cmp func(a, b E) int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownCmp(data, i, n, a, cmp)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDownCmp(data, 0, i, a, cmp)
	}
}

func pdqsortCmp[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSortCmp(data, a, b, cmp)
			return
		}
		if limit == 0 {
			heapSortCmp(data, a, b, cmp)
			return
		}
		if !balanced {
			breakPatternsCmp(data, a, b)
			limit--
		}
		pivot, hint := choosePivotCmp(data, a, b, cmp)
		if hint == decreasingHint {
			reverseRangeCmp(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if balanced && partitioned && hint == increasingHint &&
			partialInsertionSortCmp(data, a, b, cmp) {
			return
		}
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			a = partitionEqualCmp(data, a, b, pivot, cmp)
			continue
		}
		mid, already := partitionCmp(data, a, b, pivot, cmp)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortCmp(data, a, mid, limit, cmp)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortCmp(data, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

func partitionCmp[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && cmp(data[i], data[a]) < 0 {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && cmp(data[i], data[a]) < 0 {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

func partitionEqualCmp[E any](data []E, a, b, pivot int, cmp func(a, b E) int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && cmp(data[a], data[j]) < 0 {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

func partialInsertionSortCmp[E any](data []E, a, b int, cmp func(a, b E) int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for j := i - 1; j >= 1 && cmp(data[j], data[j-1]) < 0; j-- {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && cmp(data[j], data[j-1]) < 0; j++ {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

func breakPatternsCmp[E any](data []E, a, b int) {
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
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

func choosePivotCmp[E any](data []E, a, b int, cmp func(a, b E) int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = medianCmp(data, i-1, i, i+1, &swaps, cmp)
			j = medianCmp(data, j-1, j, j+1, &swaps, cmp)
			k = medianCmp(data, k-1, k, k+1, &swaps, cmp)
		}
		j = medianCmp(data, i, j, k, &swaps, cmp)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case 12:
		return j, decreasingHint
	}
	return j, unknownHint
}

func medianCmp[E any](data []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	if cmp(data[b], data[a]) < 0 {
		*swaps++
		a, b = b, a
	}
	if cmp(data[c], data[b]) < 0 {
		*swaps++
		b = c
	}
	if cmp(data[b], data[a]) < 0 {
		*swaps++
		b = a
	}
	return b
}

func reverseRangeCmp[E any](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

func stableCmp[E any](data []E, n int, cmp func(a, b E) int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSortCmp(data, a, b, cmp)
		a, b = b, b+block
	}
	insertionSortCmp(data, a, n, cmp)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMergeCmp(data, a, a+block, b, cmp)
			a, b = b, b+2*block
		}
		if m := a + block; m < n {
			symMergeCmp(data, a, m, n, cmp)
		}
		block *= 2
	}
}

func symMergeCmp[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	if m-a == 1 {
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if cmp(data[h], data[a]) < 0 {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data[k], data[k-1] = data[k-1], data[k]
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
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateCmp(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeCmp(data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		symMergeCmp(data, mid, end, b, cmp)
	}
}

func rotateCmp[E any](data []E, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRangeCmp(data, m-i, m, j)
			i -= j
		} else {
			swapRangeCmp(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeCmp(data, m-i, m, i)
}

func swapRangeCmp[E any](data []E, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}
