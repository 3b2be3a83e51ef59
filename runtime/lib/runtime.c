/* runtime.c — the natives of package runtime: the scheduler's counts and knobs (NumCPU,
 * GOMAXPROCS, NumGoroutine), yielding and ending the goroutine (Gosched, Goexit), GC, and
 * what the executor tells of the stack (Caller, Callers, Stack, FuncForPC...: exec.h).
 * The runtime's panic types are Go, in runtime/std/runtime.go.
 */
#include "../../src/common.h"
#include "../native.h"
#include "../exec.h"
#include "../sched.h"

static void runtime_num_cpu(G *g, Slot *a) {
    a[0].i = rt_num_cpu();
}

/* GOMAXPROCS(n int) int: n is clamped, as no machine runs a million processors. */
static void runtime_gomaxprocs(G *g, Slot *a) {
    a[0].i = rt_gomaxprocs((int)(a[0].i > 1 << 20 ? 1 << 20 : a[0].i));
}

static void runtime_num_goroutine(G *g, Slot *a) {
    a[0].i = rt_num_goroutine();
}

static void runtime_gosched(G *g, Slot *a) {
    rt_gosched(g);
}

static void runtime_goexit(G *g, Slot *a) {
    rt_goexit(g);
}

static void runtime_gc(G *g, Slot *a) {
    GC_gcollect();
}

const NativeFunc lib_runtime_funcs[] = {
    {"NumCPU() int", runtime_num_cpu},
    {"GOMAXPROCS(n int) int", runtime_gomaxprocs},
    {"NumGoroutine() int", runtime_num_goroutine},
    {"Gosched()", runtime_gosched},
    {"GC()", runtime_gc},
    {"Goexit()", runtime_goexit},
    {"Caller(skip int) (pc uintptr, file string, line int, ok bool)", exec_rt_caller},
    {"Callers(skip int, pc []uintptr) int", exec_rt_callers},
    {"FuncForPC(pc uintptr) *Func", exec_rt_func_for_pc},
    {"(f *Func) Name() string", exec_rt_func_name},
    {"(f *Func) Entry() uintptr", exec_rt_func_entry},
    {"(f *Func) FileLine(pc uintptr) (file string, line int)", exec_rt_func_file_line},
    {"CallersFrames(callers []uintptr) *Frames", exec_rt_callers_frames},
    {"(ci *Frames) Next() (frame Frame, more bool)", exec_rt_frames_next},
    {"KeepAlive(x any)", exec_rt_keep_alive},
    {"Stack(buf []byte, all bool) int", exec_rt_stack},
    {"Breakpoint()", exec_rt_breakpoint},
    {NULL, NULL},
};
