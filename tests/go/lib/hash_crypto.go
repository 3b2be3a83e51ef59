package main

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog",
		strings.Repeat("x", 55), strings.Repeat("y", 56), strings.Repeat("z", 63), strings.Repeat("w", 64),
		strings.Repeat("0123456789", 100), "\x00\xff\x80"}
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%d sha256 %x\n", len(s), sha256.Sum256(b))
		fmt.Printf("%d sha224 %x\n", len(s), sha256.Sum224(b))
		fmt.Printf("%d md5 %x\n", len(s), md5.Sum(b))
		fmt.Printf("%d crc32 %08x %08x %08x\n", len(s), crc32.ChecksumIEEE(b), crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(b, crc32.MakeTable(crc32.Koopman)))
		var sums []string
		for _, h := range []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()} {
			h.Write(b)
			sums = append(sums, fmt.Sprintf("%x", h.Sum(nil)))
		}
		fmt.Println(len(s), "fnv", strings.Join(sums, " "))
	}

	// Streaming in odd pieces gives the same sums; Sum does not disturb the state.
	data := strings.Repeat("streaming data ", 50)
	for _, h := range []hash.Hash{sha256.New(), sha256.New224(), md5.New(), crc32.NewIEEE(), fnv.New64a()} {
		for i := 0; i < len(data); i += 7 {
			end := i + 7
			if end > len(data) {
				end = len(data)
			}
			h.Write([]byte(data[i:end]))
			if i == 70 {
				h.Sum(nil)
			}
		}
		sum := h.Sum([]byte("prefix:"))
		fmt.Printf("%s %x size=%d block=%d\n", sum[:7], sum[7:], h.Size(), h.BlockSize())
		h.Reset()
		io.WriteString(h, "abc")
		fmt.Printf("  after reset %x\n", h.Sum(nil))
	}
	h32 := fnv.New32a()
	h32.Write([]byte("hello"))
	fmt.Println(h32.Sum32())
	h64 := fnv.New64()
	h64.Write([]byte("hello"))
	fmt.Println(h64.Sum64())
	c := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	c.Write([]byte("hello "))
	c.Write([]byte("world"))
	fmt.Println(c.Sum32(), crc32.Update(crc32.ChecksumIEEE([]byte("hello ")), crc32.IEEETable, []byte("world")), crc32.ChecksumIEEE([]byte("hello world")))
	fmt.Println(crc32.IEEETable[1], crc32.Size, sha256.Size, sha256.Size224, sha256.BlockSize, md5.Size, md5.BlockSize)
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%x\n%x\n%08x\n", sha256.Sum256(big), md5.Sum(big), crc32.ChecksumIEEE(big))
}
