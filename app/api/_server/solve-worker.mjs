// A worker thread of the solver pool (solver-pool.ts): GLPK loaded once per thread, one problem per task. It gets
// glpk.js's input (built by lib/suggest/solver.ts's glpkProblem, as JSON) and returns GLPK's raw answer (read by readGlpkResult).
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import GLPK from "glpk.js/node";

// Solving is background work: on Linux this thread takes a lower scheduling priority (nice 10), so the server's main
// thread (health checks, search, analysis) gets the CPU first even when every core is solving. Elsewhere, a no-op.
try {
  const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(threadId)) setPriority(threadId, 10);
} catch {
  // No /proc (macOS, Windows) or not permitted: the thread keeps the default priority.
}

const glpk = await GLPK();

/** `problem`: glpkProblem's answer as a JSON string (cheaper to pass between threads than the object). */
export default function solve(problem) {
  const { lp, options } = JSON.parse(problem);
  const { status, z, vars } = glpk.solve(lp, options).result;
  return { status, z, vars };
}
