// Suggestion benchmark, in-process: the analysis plus the GLPK solve, over a fixed set of 200 random days (random
// foods and amounts, profiles, standards, diets, exclusions and objectives), one at a time.
// Run: npx tsx bench/suggest.bench.ts   (SEED=… and DAYS=… to vary; prints the lines for docs/benchmarks.md)
import { performance } from "node:perf_hooks";
import { analyzeDay, resolveEntries } from "../lib/analysis/analyze";
import { suggest } from "../lib/suggest/suggest";
import { quantile, randomDays } from "./random-days";

const SEED = Number(process.env.SEED ?? 20261126);
const COUNT = Number(process.env.DAYS ?? 200);

const days = randomDays(SEED, COUNT).map((day) => {
  const resolved = resolveEntries(day.entries);
  if (!resolved.ok) throw new Error("bad random day");
  return { ...day, entries: resolved.entries };
});

const warm = performance.now();
await suggest(analyzeDay(days[0]!.profile, days[0]!.entries), days[0]!.options); // loads the WebAssembly solver once
console.log(`Solver load and first solve: ${(performance.now() - warm).toFixed(0)} ms`);
for (const day of days.slice(0, 20)) await suggest(analyzeDay(day.profile, day.entries), day.options); // JIT warm-up

const times: number[] = [];
let withPlan = 0;
for (const day of days) {
  const start = performance.now();
  const result = await suggest(analyzeDay(day.profile, day.entries), day.options);
  times.push(performance.now() - start);
  if (result.suggestions.length > 0) withPlan++;
}
times.sort((a, b) => a - b);
console.log(
  `${COUNT} random days (seed ${SEED}), ${withPlan} with a plan: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
);
