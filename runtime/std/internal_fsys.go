// Package fsys: the file-system calls package os needs beyond its own natives, as in Go's
// syscall package: each returns the raw errno (0 for success) and os makes the errors.
//
// Natives: lib_fsys_funcs in runtime/lib/fsys.c.
package fsys

// Info is what stat(2) says of a file; the natives fill its fields in this order.
type Info struct {
	Mode      uint32 // st_mode: type and permission bits
	Size      int64
	Mtime     int64 // modification time, Unix seconds
	MtimeNsec int64
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Uid       uint32
	Gid       uint32
	Atime     int64 // access time, Unix seconds
	AtimeNsec int64
}

// Bits of st_mode.
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
)

// Directory entry types ReadDir reports (d_type); DT_UNKNOWN means "stat it to know".
const (
	DT_UNKNOWN = 0
	DT_FIFO    = 1
	DT_CHR     = 2
	DT_DIR     = 4
	DT_BLK     = 6
	DT_REG     = 8
	DT_LNK     = 10
	DT_SOCK    = 12
)
