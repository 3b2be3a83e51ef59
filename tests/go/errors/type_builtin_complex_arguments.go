// error: 15:14: invalid operation: complex(1, "a") (mismatched types untyped float and untyped string)
// error: 16:14: invalid operation: complex(1i, 2) (mismatched types untyped complex and untyped float)
// error: 17:14: invalid argument: arguments have type untyped string, expected floating-point
// error: 18:11: invalid argument: argument has type untyped string, expected complex type
// error: 19:11: invalid argument: argument has type int, expected complex type
// complex takes two floating-point numbers (untyped numbers without an imaginary part count
// as untyped floats); real and imag take a complex number.
package main

import "fmt"

const c = complex(1+0i, 'a')

func main() {
	_ = complex(1, "a")
	_ = complex(1i, 2)
	_ = complex("a", "b")
	_ = imag("a")
	_ = real(int(1))
	fmt.Println(c, real(c), imag(2.5))
}
