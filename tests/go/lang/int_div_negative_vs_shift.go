package main

import "fmt"

// Division truncates toward zero, an arithmetic right shift rounds toward minus infinity:
// x/4 and x>>2 differ for negative x, and x%4 takes the sign of x while x&3 does not.
func main() {
	for x := -9; x <= 9; x += 3 {
		fmt.Println(x, x/4, x>>2, x%4, x&3, x/-4, x%-4)
	}
	var i8 int8 = -7
	fmt.Println(i8/2, i8>>1, i8%2, i8/-2, i8%-2)
	var u uint = 7
	fmt.Println(u/2, u>>1, u%2)
	big := int64(-1) << 62
	fmt.Println(big/3, big%3, big>>1, big/-7, big%-7)
}
