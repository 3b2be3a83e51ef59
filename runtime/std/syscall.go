// Package syscall: the part of Go's syscall package that programs reach for — signal numbers
// and their names, error numbers, wait statuses, and starting, signalling and waiting for
// processes (Linux numbering throughout, as Go's linux/amd64 has it).
//
// The natives take and return plain numbers, strings and slices, and return the raw errno
// (0: success), which this file turns into an Errno.
// Wait4 without WNOHANG parks the goroutine until the child can be waited for (the signal
// thread of runtime/lib/signal.c watches SIGCHLD); it never blocks a worker thread.
//
// Natives: lib_syscall_funcs in runtime/lib/syscall.c.
package syscall

import "io/fs"

// A Signal is a signal number; it prints as the system's description of it.
type Signal int

// Signal makes a Signal an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if s >= 0 && int(s) < len(signalNames) && signalNames[s] != "" {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

// The signals (Linux numbers).
const (
	SIGHUP    = Signal(0x1)
	SIGINT    = Signal(0x2)
	SIGQUIT   = Signal(0x3)
	SIGILL    = Signal(0x4)
	SIGTRAP   = Signal(0x5)
	SIGABRT   = Signal(0x6)
	SIGIOT    = Signal(0x6)
	SIGBUS    = Signal(0x7)
	SIGFPE    = Signal(0x8)
	SIGKILL   = Signal(0x9)
	SIGUSR1   = Signal(0xa)
	SIGSEGV   = Signal(0xb)
	SIGUSR2   = Signal(0xc)
	SIGPIPE   = Signal(0xd)
	SIGALRM   = Signal(0xe)
	SIGTERM   = Signal(0xf)
	SIGSTKFLT = Signal(0x10)
	SIGCHLD   = Signal(0x11)
	SIGCLD    = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGSTOP   = Signal(0x13)
	SIGTSTP   = Signal(0x14)
	SIGTTIN   = Signal(0x15)
	SIGTTOU   = Signal(0x16)
	SIGURG    = Signal(0x17)
	SIGXCPU   = Signal(0x18)
	SIGXFSZ   = Signal(0x19)
	SIGVTALRM = Signal(0x1a)
	SIGPROF   = Signal(0x1b)
	SIGWINCH  = Signal(0x1c)
	SIGIO     = Signal(0x1d)
	SIGPOLL   = Signal(0x1d)
	SIGPWR    = Signal(0x1e)
	SIGSYS    = Signal(0x1f)
	SIGUNUSED = Signal(0x1f)
)

var signalNames = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

// An Errno is a system call's error number; it prints as the system's text for it.
type Errno uintptr

func (e Errno) Error() string {
	return errnoText(int(e))
}

// Is lets errors.Is(err, fs.ErrNotExist) and friends see through an Errno.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// The error numbers (Linux).
const (
	EPERM        = Errno(0x1)
	ENOENT       = Errno(0x2)
	ESRCH        = Errno(0x3)
	EINTR        = Errno(0x4)
	EIO          = Errno(0x5)
	ENXIO        = Errno(0x6)
	E2BIG        = Errno(0x7)
	ENOEXEC      = Errno(0x8)
	EBADF        = Errno(0x9)
	ECHILD       = Errno(0xa)
	EAGAIN       = Errno(0xb)
	EWOULDBLOCK  = Errno(0xb)
	ENOMEM       = Errno(0xc)
	EACCES       = Errno(0xd)
	EFAULT       = Errno(0xe)
	EBUSY        = Errno(0x10)
	EEXIST       = Errno(0x11)
	EXDEV        = Errno(0x12)
	ENODEV       = Errno(0x13)
	ENOTDIR      = Errno(0x14)
	EISDIR       = Errno(0x15)
	EINVAL       = Errno(0x16)
	ENFILE       = Errno(0x17)
	EMFILE       = Errno(0x18)
	ENOTTY       = Errno(0x19)
	ETXTBSY      = Errno(0x1a)
	EFBIG        = Errno(0x1b)
	ENOSPC       = Errno(0x1c)
	ESPIPE       = Errno(0x1d)
	EROFS        = Errno(0x1e)
	EMLINK       = Errno(0x1f)
	EPIPE        = Errno(0x20)
	EDOM         = Errno(0x21)
	ERANGE       = Errno(0x22)
	EDEADLK      = Errno(0x23)
	ENAMETOOLONG = Errno(0x24)
	ENOSYS       = Errno(0x26)
	ENOTEMPTY    = Errno(0x27)
	ELOOP        = Errno(0x28)
	ENOTSUP      = Errno(0x5f)
	EOPNOTSUPP   = Errno(0x5f)
	EADDRINUSE   = Errno(0x62)
	ECONNRESET   = Errno(0x68)
	ETIMEDOUT    = Errno(0x6e)
	ECONNREFUSED = Errno(0x6f)
	ECANCELED    = Errno(0x7d)
)

func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return Errno(e)
}

// The standard descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Flags of Pipe2 and Wait4.
const (
	O_CLOEXEC  = 0x80000
	O_NONBLOCK = 0x800
	WNOHANG    = 0x1
)

// A WaitStatus is a child's status as wait4 reports it.
type WaitStatus uint32

func (w WaitStatus) Exited() bool    { return w&0x7f == 0 }
func (w WaitStatus) Signaled() bool  { return w&0x7f != 0x7f && w&0x7f != 0 }
func (w WaitStatus) Stopped() bool   { return w&0xff == 0x7f }
func (w WaitStatus) Continued() bool { return w == 0xffff }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&0x80 != 0 }

// ExitStatus is the status passed to exit, or -1 if the child did not exit.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>8) & 0xff
}

// Signal is the signal that ended the child, or -1.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & 0x7f)
}

// StopSignal is the signal that stopped the child, or -1.
func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>8) & 0xff
}

// TrapCause is the ptrace event of a stop by SIGTRAP, or -1.
func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w >> 16)
}

// A Timeval is a time in seconds and microseconds.
type Timeval struct {
	Sec  int64
	Usec int64
}

// Nano returns the time in nanoseconds.
func (tv *Timeval) Nano() int64 {
	return tv.Sec*1e9 + tv.Usec*1e3
}

// Rusage is a process's resource usage as wait4 reports it.
type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// Wait4 waits for child pid (or, with WNOHANG in options, looks whether it ended: wpid 0
// if not). Only pid > 0 is supported (-1 and process groups answer EINVAL).
func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error) {
	if pid <= 0 {
		return -1, EINVAL
	}
	ru := make([]int64, 18)
	wpid, status, e := sysWait4(pid, options, ru)
	if e != 0 {
		return -1, Errno(e)
	}
	if wstatus != nil {
		*wstatus = WaitStatus(status)
	}
	if rusage != nil && wpid > 0 {
		*rusage = Rusage{Timeval{ru[0], ru[1]}, Timeval{ru[2], ru[3]}, ru[4], ru[5], ru[6],
			ru[7], ru[8], ru[9], ru[10], ru[11], ru[12], ru[13], ru[14], ru[15], ru[16], ru[17]}
	}
	return wpid, nil
}

// SysProcAttr holds the attributes of a new process that only some systems have.
type SysProcAttr struct {
	Setsid  bool // start a new session
	Setpgid bool // set the process group to Pgid (0: the child's own pid)
	Pgid    int
}

// ProcAttr holds the attributes of a new process: its directory, environment and
// descriptors (Files[i] becomes descriptor i of the child; -1 (^uintptr(0)) closes it).
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []uintptr
	Sys   *SysProcAttr
}

// ForkExec starts argv0 (a path; no $PATH search) with arguments argv.
func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	files := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		files[i] = int(f)
	}
	sys := attr.Sys
	if sys == nil {
		sys = &SysProcAttr{}
	}
	pid, e := forkExec(argv0, argv, attr.Env, attr.Dir, files, sys.Setsid, sys.Setpgid, sys.Pgid)
	if e != 0 {
		return 0, Errno(e)
	}
	return pid, nil
}

// StartProcess is ForkExec; the handle is 0 on Unix.
func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error) {
	pid, err = ForkExec(argv0, argv, attr)
	return pid, 0, err
}

// Kill sends signal sig to process pid (pid 0: our process group; negative: group -pid).
func Kill(pid int, sig Signal) error {
	return errnoErr(sysKill(pid, int(sig)))
}

// Pipe2 makes a pipe: p[0] its read end, p[1] its write end.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	r, w, e := sysPipe2(flags)
	if e != 0 {
		return Errno(e)
	}
	p[0], p[1] = r, w
	return nil
}

// Pipe is Pipe2 without flags.
func Pipe(p []int) error {
	return Pipe2(p, 0)
}

// SetNonblock turns non-blocking mode on or off for descriptor fd.
func SetNonblock(fd int, nonblocking bool) error {
	return errnoErr(sysSetNonblock(fd, nonblocking))
}

// Getpid, Getppid, Getuid, Geteuid, Getgid, Getegid, Getpagesize and Exit are natives.
