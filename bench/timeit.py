#!/usr/bin/env python3
"""timeit.py OUT CMD [ARG...]: runs CMD (stdin, stdout and stderr inherited) and writes
"WALL_S USER_S SYS_S MAXRSS_KB OTHER_CPU_S" to OUT:

* the wall time, with microsecond resolution, taken around the child only (this script's
  own start-up is not counted);
* the child's user and system CPU time and peak RSS (getrusage, less what earlier children
  of this process used: a version manager's `python3` shim runs programs before exec'ing
  Python, and their usage would otherwise be counted);
* the CPU time the rest of the machine used meanwhile (from /proc/stat, over the same
  window, less the child's own): a sign of contention.

Exits with the child's status (128 + N for a signal), as GNU time does. bench/run.sh uses
it instead of GNU time, whose wall time has 10 ms steps."""
import os
import resource
import subprocess
import sys
import time


def busy_seconds():
    """CPU time the machine has spent busy (user, nice, system, irq, softirq, steal)."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
        ticks = sum(int(fields[i]) for i in (1, 2, 3, 6, 7, 8))
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


out, cmd = sys.argv[1], sys.argv[2:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
busy0 = busy_seconds()
start = time.perf_counter()
try:
    child = subprocess.Popen(cmd)
    status = child.wait()
except OSError as e:
    print(f"timeit.py: cannot run {cmd[0]}: {e}", file=sys.stderr)
    sys.exit(127)
wall = time.perf_counter() - start
busy1 = busy_seconds()
after = resource.getrusage(resource.RUSAGE_CHILDREN)
user = after.ru_utime - before.ru_utime
system = after.ru_stime - before.ru_stime
other = "" if busy0 is None or busy1 is None else f" {max(0.0, busy1 - busy0 - user - system):.3f}"
with open(out, "w") as f:
    f.write(f"{wall:.6f} {user:.6f} {system:.6f} {after.ru_maxrss}{other}\n")
sys.exit(128 - status if status < 0 else status)
