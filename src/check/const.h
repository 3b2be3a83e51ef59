/* const.h — exact constant values (Go's untyped and typed constants), on GMP.
 *
 * Integers are mpz (unbounded), floats are exact rationals (mpq), complex numbers a pair of
 * rationals. As in go/constant, a float whose rational would need more than 4096 bits
 * (1e646456992, 1e-779137) is a 512-bit binary float instead (mpf, `big`), and becomes a
 * rational again when an operation brings it back in range. A Const is immutable once made:
 * every operation returns a new one. GMP's memory comes from libgc (const_init sets this
 * up), so Consts need no freeing.
 */
#ifndef GOSUB_CONST_H
#define GOSUB_CONST_H

#include "../common.h"
#include "../lex/lex.h"

#include <gmp.h>

typedef enum ConstKind { CONST_BOOL, CONST_STRING, CONST_INT, CONST_FLOAT, CONST_COMPLEX } ConstKind;

struct Const {
    ConstKind kind;
    bool b;
    const char *s; /* CONST_STRING: bytes (may hold NUL) */
    size_t slen;
    mpz_t z;  /* CONST_INT */
    mpq_t q;  /* CONST_FLOAT; the real part of CONST_COMPLEX */
    mpq_t im; /* CONST_COMPLEX: the imaginary part */
    bool big; /* CONST_FLOAT held in f, not q */
    mpf_t f;
};
typedef struct Const Const;

void const_init(void);

Const *const_bool(bool b);
Const *const_string(const char *s, size_t n);
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
Const *const_double(double d); /* d must be finite */
Const *const_complex(const Const *re, const Const *im); /* NULL for big float parts */

/* A number literal's value (T_INT, T_FLOAT, T_IMAG source text); NULL if malformed. */
Const *const_from_literal(TokKind kind, const char *text);

/* Representation changes (NULL when not possible: a float that is not an integer, ...). */
Const *const_to_int(const Const *c);     /* exact: 2.0 -> 2; 2.5 -> NULL */
Const *const_to_float(const Const *c);   /* int or float (complex with zero imag) */
Const *const_to_complex(const Const *c); /* NULL too for a big float */
Const *const_real(const Const *c);
Const *const_imag(const Const *c);

/* Arithmetic: op is a token (T_ADD, T_SUB, T_MUL, T_QUO, T_REM, T_AND, T_OR, T_XOR,
 * T_AND_NOT, T_LAND, T_LOR). Operands have the same kind (convert first). T_QUO on two
 * CONST_INTs is integer division when int_div is set. Division by zero returns NULL. */
Const *const_binary(TokKind op, const Const *x, const Const *y, bool int_div);
Const *const_shift(TokKind op, const Const *x, uint64_t n); /* T_SHL / T_SHR on an int */
bool const_compare(TokKind op, const Const *x, const Const *y); /* == != < <= > >= */
Const *const_neg(const Const *c);
Const *const_not(const Const *c);                 /* !b */
Const *const_complement(const Const *c, int bits, bool is_unsigned); /* ^x; bits 0 = untyped */

/* Does an integer constant fit in a (un)signed integer of `bits` bits? */
bool const_fits_int(const Const *c, int bits, bool is_unsigned);
/* Rounds a float constant to float64 / float32; false on overflow (to infinity). */
bool const_round_float(const Const *c, int bits, Const **out);

int const_sign(const Const *c);
bool const_is_int_valued(const Const *c); /* an int, or a float/complex equal to an integer */
int64_t const_to_i64(const Const *c);     /* truncates to 64 bits (two's complement) */
uint64_t const_to_u64(const Const *c);
double const_to_f64(const Const *c);      /* correctly rounded */
/* The value as Go's messages spell it: 300, 1.5, "abc", true, (1 + 2i). */
const char *const_str(const Const *c);

#endif
