/* hook.c — the HOOK instruction (opcodes.h), which the compiler puts before the memory
 * accesses and calls of user code under --sched, --explore or -race (catch.h): a step of the
 * deterministic schedule (sched_random.c), where the running goroutine may be preempted.
 *
 * A goroutine inside a native's nested call (rt_call) cannot yield: its steps still count.
 */
#include "state.h"

#include "../../runtime/catch.h"
#include "../../runtime/schedrand.h"

bool vm_hook(VmG *g, Slot *R, Slot *K, const Instr *next) {
    (void)R;
    (void)K;
    (void)next;
    if (sr_on && sr_step(&g->g) && g->g.nested == 0) {
        g->g.sr_stepped = true;
        return true;
    }
    return false;
}
