// What a solver thread costs in memory (issue #23): this process's RSS before any thread, then with THREADS threads
// of the server's own pool set-up (app/api/_server/solve-worker.mjs: a worker thread with its own GLPK, whose
// WebAssembly memory grows to the largest problem solved and never shrinks), after 300 plans of the 200 random days.
// Each count in a fresh process, one after another, so that nothing else is in the numbers:
//   for n in 0 1 2; do THREADS=$n npx tsx bench/solver-memory.bench.ts; done
import { join } from "node:path";
import { Piscina } from "piscina";
import { analyzeDay, resolveEntries } from "../lib/analysis/analyze";
import { glpkProblem, readGlpkResult, type MilpSolver } from "../lib/suggest/solver";
import { suggest } from "../lib/suggest/suggest";
import { SOLVER_RESOURCE_LIMITS } from "../app/api/_server/solver-limits";
import { randomDays } from "./random-days";

const THREADS = Number(process.env.THREADS ?? 1);
const mb = (n: number) => (n / 1048576).toFixed(0);
const days = randomDays(20261126, 200).map((day) => {
  const resolved = resolveEntries(day.entries);
  if (!resolved.ok) throw new Error("bad random day");
  return { ...day, entries: resolved.entries };
});
// The food table and the analyses first, so that the RSS below counts the threads and not the data.
const analyses = days.map((day) => analyzeDay(day.profile, day.entries));
global.gc?.();
const before = process.memoryUsage();
let after = before;
if (THREADS > 0) {
  const pool = new Piscina({
    filename: join(process.cwd(), "app", "api", "_server", "solve-worker.mjs"),
    minThreads: THREADS,
    maxThreads: THREADS,
    resourceLimits: process.env.NO_LIMITS ? undefined : SOLVER_RESOURCE_LIMITS,
  });
  const solver: MilpSolver = async (model, options = {}) => readGlpkResult(await pool.run(JSON.stringify(glpkProblem(model, options))));
  for (let round = 0; round < 300; round += 25) {
    await Promise.all(Array.from({ length: 25 }, (_, i) => suggest(analyses[(round + i) % analyses.length]!, days[(round + i) % days.length]!.options, solver)));
  }
  global.gc?.();
  after = process.memoryUsage();
  await pool.destroy();
}
console.log(
  `${THREADS} solver thread(s)${process.env.NO_LIMITS ? " (no resource limits)" : ""}: RSS ${mb(before.rss)} -> ${mb(after.rss)} MB (+${mb(after.rss - before.rss)}), main heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB`,
);
