#!/usr/bin/env python3
"""Where a .NET thread's time goes over a run, by kind of code: the share of its perf samples per time slice whose leaf
frame is tier-1 JIT code, fully optimized JIT code, tier-0 code, ReadyToRun code (an unsymbolized frame in a managed
image), the runtime, the JIT or the kernel. Shows how long a cold process runs unoptimized code before tiering.

usage:
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o run.data dotnet TOOL/extract.dll ARGS
  perf script -i run.data --comm "extract worker" -F tid,time,ip,sym,dso | tools/perf-timeline.py [SLICE_SECONDS] [SLICES]
"""
import collections
import re
import sys

KINDS = ['tier1', 'opt', 'r2r', 'tier0', 'coreclr', 'jit', 'kernel', 'other']


def kind(leaf):
    if '[OptimizedTier1]' in leaf: return 'tier1'
    if '[QuickJitted]' in leaf: return 'tier0'
    if '[Optimized]' in leaf: return 'opt'
    if 'Extraction.dll' in leaf or 'Newtonsoft' in leaf or ('System.' in leaf and '.dll' in leaf): return 'r2r'
    if 'libcoreclr' in leaf: return 'coreclr'
    if 'libclrjit' in leaf: return 'jit'
    if 'kernel' in leaf: return 'kernel'
    return 'other'


def main():
    slice_seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    lines = sys.stdin.read().split('\n')
    first = None
    slices = collections.defaultdict(collections.Counter)
    for i, line in enumerate(lines):
        m = re.match(r'\s*(\d+)\s+([\d.]+):', line)
        if not m:
            continue
        t = float(m.group(2))
        first = t if first is None else first
        slices[int((t - first) / slice_seconds)][kind(lines[i + 1] if i + 1 < len(lines) else '')] += 1
    print('slice ' + ' '.join(f'{k:>7}' for k in KINDS) + '  samples')
    for s in sorted(slices)[:limit]:
        c = slices[s]
        n = sum(c.values())
        print(f'{s:5d} ' + ' '.join(f'{c[k] * 100 // n:6d}%' for k in KINDS) + f'  {n}')


if __name__ == '__main__':
    main()
