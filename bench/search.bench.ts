// In-process search benchmark over the full SR28 table: p50/p95 per query.
// Run: npx tsx bench/search.bench.ts   (prints a Markdown table for docs/benchmarks.md)
import { performance } from "node:perf_hooks";
import { searchFoods } from "../lib/food/search";

const QUERIES = [
  "milk", "banana", "almonds", "pumpkin seeds", "buckwheat", "dried apricots", "cottage cheese", "kefir",
  "chicken breast", "coffee", "orange juice", "whole wheat bread", "prunes", "walnuts", "bananna", "brocoli",
  "cotage cheese", "  Milk ", "cheese", "beans", "a", "xyzzy", "soy milk", "greek yogurt",
  "pasteurized process cheese food with added vitamins and minerals, reduced fat", // long query, many terms
];
const RUNS = Number(process.env.RUNS ?? 200);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const buildStart = performance.now();
searchFoods("warm up", 10); // builds the index once, as the first request of a server process does
const buildMs = performance.now() - buildStart;

const all: number[] = [];
const rows: string[] = [];
for (const query of QUERIES) {
  for (let i = 0; i < 20; i++) searchFoods(query, 10); // JIT warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    searchFoods(query, 10);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  rows.push(`| \`${JSON.stringify(query)}\` | ${quantile(times, 0.5).toFixed(3)} | ${quantile(times, 0.95).toFixed(3)} |`);
}
all.sort((a, b) => a - b);

console.log(`Index build (first query in a process): ${buildMs.toFixed(0)} ms`);
console.log(`All queries, ${RUNS} runs each: p50 ${quantile(all, 0.5).toFixed(3)} ms, p95 ${quantile(all, 0.95).toFixed(3)} ms, max ${all[all.length - 1]!.toFixed(3)} ms\n`);
console.log("| query | p50 ms | p95 ms |\n|---|---|---|");
console.log(rows.join("\n"));
