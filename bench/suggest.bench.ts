// Suggestion benchmark, in-process: the analysis plus the HiGHS solve, for full days of eating under every diet,
// exclusion and objective the page offers. Run: npx tsx bench/suggest.bench.ts
import { performance } from "node:perf_hooks";
import { analyzeDay, resolveEntries } from "../lib/analyze";
import { suggest } from "../lib/suggest";
import type { Diet, EntryInput, Objective, Profile } from "../lib/schema";

const DAYS: Array<[string, Profile, EntryInput[]]> = [
  ["toast, coffee, chicken and rice (short on all three)", { ageYears: 35, sex: "female", lifeStage: null, standard: "us" }, [
    { foodId: "18075", grams: 64 }, { foodId: "14209", grams: 474 }, { foodId: "05064", grams: 120 }, { foodId: "20045", grams: 185 },
  ]],
  ["oatmeal, banana, coffee, sandwich, chicken, rice, apple (8 foods)", { ageYears: 35, sex: "female", lifeStage: null, standard: "us" }, [
    { foodId: "08121", grams: 234 }, { foodId: "09040", grams: 118 }, { foodId: "14209", grams: 237 }, { foodId: "18075", grams: 64 },
    { foodId: "01009", grams: 28 }, { foodId: "05064", grams: 140 }, { foodId: "20045", grams: 185 }, { foodId: "09003", grams: 182 },
  ]],
  ["a man's day of 12 foods", { ageYears: 45, sex: "male", lifeStage: null, standard: "us" }, [
    { foodId: "01123", grams: 100 }, { foodId: "18075", grams: 64 }, { foodId: "14209", grams: 474 }, { foodId: "09206", grams: 248 },
    { foodId: "05064", grams: 170 }, { foodId: "11352", grams: 213 }, { foodId: "11124", grams: 61 }, { foodId: "20121", grams: 140 },
    { foodId: "23557", grams: 113 }, { foodId: "11529", grams: 123 }, { foodId: "09003", grams: 182 }, { foodId: "19165", grams: 5 },
  ]],
  ["pregnant, EFSA, 10 foods", { ageYears: 29, sex: "female", lifeStage: "pregnant", standard: "efsa" }, [
    { foodId: "01077", grams: 244 }, { foodId: "08121", grams: 234 }, { foodId: "09040", grams: 118 }, { foodId: "18075", grams: 96 },
    { foodId: "01009", grams: 56 }, { foodId: "15237", grams: 85 }, { foodId: "11091", grams: 78 }, { foodId: "20045", grams: 185 },
    { foodId: "09200", grams: 131 }, { foodId: "12061", grams: 28 },
  ]],
];
const OPTIONS: Array<{ diet: Diet; exclude: string[]; objective: Objective }> = [];
for (const diet of ["omnivore", "vegetarian", "vegan"] as const)
  for (const exclude of [[], ["nuts"], ["dairy", "gluten"]])
    for (const objective of ["kcal", "servings"] as const) OPTIONS.push({ diet, exclude, objective });

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const quantile = (s: number[], q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;

const warm = performance.now();
const first = resolveEntries(DAYS[0]![2]);
if (!first.ok) throw new Error("bad day");
await suggest(analyzeDay(DAYS[0]![1], first.entries), OPTIONS[0]!); // loads the WebAssembly solver once
console.log(`Solver load and first solve: ${(performance.now() - warm).toFixed(0)} ms`);

const all: number[] = [];
console.log("| day | solves | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|");
for (const [name, profile, entries] of DAYS) {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error(name);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const options of OPTIONS) {
      const start = performance.now();
      await suggest(analyzeDay(profile, resolved.entries), options);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  console.log(`| ${name} | ${times.length} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`);
}
all.sort((a, b) => a - b);
console.log(`\nAll: ${all.length} solves, p50 ${quantile(all, 0.5).toFixed(1)} ms, p95 ${quantile(all, 0.95).toFixed(1)} ms, max ${all.at(-1)!.toFixed(1)} ms`);
