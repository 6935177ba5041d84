// Suggestion benchmark, in-process: the analysis plus the GLPK solve, over a fixed set of 200 random days (random
// foods and amounts, profiles, standards, diets, exclusions and objectives), one at a time.
// Run: npx tsx bench/suggest.bench.ts   (SEED=… and DAYS=… to vary; prints the lines for docs/benchmarks.md)
import { performance } from "node:perf_hooks";
import { analyzeDay, resolveEntries } from "../lib/analyze";
import { allFoods } from "../lib/foods";
import { suggest, type SuggestOptions } from "../lib/suggest";
import type { Profile } from "../lib/schema";

const SEED = Number(process.env.SEED ?? 20261126);
const COUNT = Number(process.env.DAYS ?? 200);

/** mulberry32: a small seeded generator, so the same seed gives the same 200 days. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Everyday foods (in the US food survey) with every mineral known.
const everyday = allFoods().filter((f) => f.survey && f.per100g.magnesium !== null && f.per100g.potassium !== null && f.per100g.calcium !== null);

function randomProfile(): Profile {
  const sex = pick(["female", "male"] as const);
  const ageYears = 1 + Math.floor(random() * 90);
  const canBe = sex === "female" && ageYears >= 14 && ageYears <= 50;
  return { ageYears, sex, lifeStage: canBe && random() < 0.2 ? pick(["pregnant", "lactating"] as const) : null, standard: pick(["us", "efsa", "uk"] as const) };
}

function randomOptions(): SuggestOptions {
  const exclude = ["dairy", "nuts", "fish", "soy", "gluten"].filter(() => random() < 0.15);
  return { diet: pick(["omnivore", "omnivore", "vegetarian", "vegan"] as const), exclude, objective: pick(["kcal", "kcal", "changes", "servings"] as const) };
}

const days = Array.from({ length: COUNT }, () => {
  const entries = Array.from({ length: 2 + Math.floor(random() * 12) }, () => ({ foodId: pick(everyday).id, grams: 20 + Math.round(random() * 300) }));
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error("bad random day");
  return { profile: randomProfile(), entries: resolved.entries, options: randomOptions() };
});

const quantile = (s: number[], q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;

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
