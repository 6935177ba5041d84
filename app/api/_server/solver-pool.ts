// The server's solver: a pool of worker threads, one per core, each with its own GLPK, so that a solve never holds
// up the event loop (search, analysis and the health check answer while plans are worked out). Its queue is
// bounded: past it a request is turned away at once (503) rather than left to wait behind everyone else's.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import { processWide } from "@/lib/food/data";
import { glpkProblem, readGlpkResult, type GlpkResult, type MilpSolver } from "@/lib/suggest/solver";
import { SOLVER_RESOURCE_LIMITS } from "./solver-limits";

export const SOLVER_THREADS = Math.max(1, availableParallelism());
/** Problems waiting for a thread, beyond those being solved: about a second of work at the slowest solves. */
export const SOLVER_QUEUE = 8 * SOLVER_THREADS;

export class SolverBusyError extends Error {}

// One pool per server process, whichever route chunk asks first (each route is bundled on its own).
function pool(): Piscina {
  return processWide("solver-pool", () => new Piscina({
    // A plain module read at run time, not bundled: next.config.ts traces it into the standalone build.
    filename: join(process.cwd(), "app", "api", "_server", "solve-worker.mjs"),
    minThreads: SOLVER_THREADS,
    maxThreads: SOLVER_THREADS,
    maxQueue: SOLVER_QUEUE,
    idleTimeout: 60_000,
    // Each thread's JavaScript heap, bounded (solver-limits.ts). Most of a thread's memory is not there but in GLPK's
    // WebAssembly memory and the thread's own Node.js environment (about 84 MB for the first thread, 32 MB for the
    // next: docs/benchmarks.md, issue 23), which is why there is one thread per core and no more.
    resourceLimits: SOLVER_RESOURCE_LIMITS,
  }));
}

/** Solves in the pool; throws SolverBusyError when the queue is full. */
export const solveInPool: MilpSolver = async (model, options = {}) => {
  let result: GlpkResult;
  try {
    // As a JSON string: copying a string to the thread is a memcpy, while the structured clone of the problem's
    // thousands of small objects took about 0.6 ms of the event loop per solve (JSON.stringify: about 0.2 ms).
    result = await pool().run(JSON.stringify(glpkProblem(model, options)));
  } catch (error) {
    if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new SolverBusyError("The solver queue is full");
    throw error;
  }
  return readGlpkResult(result);
};
