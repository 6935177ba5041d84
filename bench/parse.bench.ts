// In-process benchmark of quick add: whole days typed in words (about 700 characters), parsed to foods.
// Then the worst cases at the 2,000-character limit: how long a whole parse takes, and the longest stretch between two
// of parseSteps's pauses (what the server's event loop waits, at most, while /api/parse reads it in slices).
// Run: npx tsx bench/parse.bench.ts   (prints Markdown tables for docs/benchmarks.md)
import { performance } from "node:perf_hooks";
import { parseMeals, parseSteps } from "../lib/parse/meals";
import { DAYS, worstCaseTexts } from "./long-texts";

const RUNS = Number(process.env.RUNS ?? 200);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const first = performance.now();
parseMeals("a banana and zucchini noodles"); // loads the lexicon and dishes and builds the index, as a first request does
console.log(`First parse in a process (index and lexicon build): ${(performance.now() - first).toFixed(0)} ms\n`);
console.log("| day | characters | foods | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|---|");
for (const [name, text] of Object.entries(DAYS)) {
  for (let i = 0; i < 10; i++) parseMeals(text); // JIT warm-up
  const times: number[] = [];
  let foods = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    foods = parseMeals(text).entries.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${text.length} | ${foods} | ${quantile(times, 0.5).toFixed(2)} | ${quantile(times, 0.95).toFixed(2)} | ${times[times.length - 1]!.toFixed(2)} |`);
}

// ---- 2,000-character worst cases ---------------------------------------------------------------------------------
const WORST = worstCaseTexts(20261126);
const WORST_RUNS = 30;
console.log(`\n2,000-character texts, ${WORST_RUNS} different texts each:\n`);
console.log("| text | whole parse p50 ms | whole parse max ms | longest step between pauses, max ms |\n|---|---|---|---|");
for (const [name, make] of Object.entries(WORST)) {
  const totals: number[] = [];
  let longestStep = 0;
  for (let i = 0; i < WORST_RUNS; i++) {
    const steps = parseSteps(make());
    const start = performance.now();
    let last = start;
    for (let step = steps.next(); ; step = steps.next()) {
      const now = performance.now();
      longestStep = Math.max(longestStep, now - last);
      last = now;
      if (step.done) break;
    }
    totals.push(last - start);
  }
  totals.sort((a, b) => a - b);
  console.log(`| ${name} | ${quantile(totals, 0.5).toFixed(1)} | ${totals[totals.length - 1]!.toFixed(1)} | ${longestStep.toFixed(1)} |`);
}
