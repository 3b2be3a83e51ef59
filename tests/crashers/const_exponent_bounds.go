// error: 10:11: 0x1p9999999999999999999
// error: 11:11: 1e9999999999
// error: 12:11: 0x1p-9999999999999999999
// error: 13:11: 0x1p9999999999999999999i
// Literals whose exponent is out of all bounds are errors, at the literal (Go: "malformed
// constant: LIT"), and checking goes on to the next one; beside hexfloat_exponent_gmp_abort.go,
// which GMP aborted on.
package main

const a = 0x1p9999999999999999999
const b = 1e9999999999
const c = 0x1p-9999999999999999999
const d = 0x1p9999999999999999999i

func main() { println(a, b, c, d) }
