// How much memory each solver thread (solver-pool.ts) may use, apart from the pool so that bench/solver-memory.bench.ts
// measures the same limits the server runs with. Measured in docs/benchmarks.md, issue 23.
import type { ResourceLimits } from "node:worker_threads";

/**
 * A thread's JavaScript heap holds one problem (its JSON, about 100 KB) and GLPK's answer at a time; these bounds are
 * a guard against a thread whose heap grows past that, far above what it needs (V8's defaults would allow a young
 * generation of 48 MB and an old one sized from the machine's memory). Measured, they change a thread's memory
 * little: GLPK's WebAssembly memory (16 MB at start, growing to the largest problem solved) is not counted here.
 */
export const SOLVER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 };
