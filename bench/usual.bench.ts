// Several days in one request (issue 21): what judging 14 recorded days costs the server, in process. Each request
// analyses every day, their average and the three adequacy tests (with moreDays, up to 14 more z-tests each).
// Run: npx tsx bench/usual.bench.ts
import { performance } from "node:perf_hooks";
import { resolveEntries } from "../lib/analysis/analyze";
import { analyzeDays } from "../lib/analysis/usual";
import { MAX_DAYS } from "../lib/constants";
import { quantile, randomDays } from "./random-days";

const pool = randomDays(20261206, 14 * 50);
const weeks = Array.from({ length: 50 }, (_, w) =>
  pool.slice(w * MAX_DAYS, (w + 1) * MAX_DAYS).map((day, i) => {
    const resolved = resolveEntries(day.entries);
    if (!resolved.ok) throw new Error("a random day names an unknown food");
    return { label: `Day ${i + 1}`, entries: resolved.entries };
  }),
);
const profile = pool[0]!.profile;
for (const week of weeks.slice(0, 5)) analyzeDays(profile, week); // warm up

const times: number[] = [];
for (let round = 0; round < 10; round++) {
  for (const week of weeks) {
    const start = performance.now();
    analyzeDays(profile, week);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const foods = weeks.reduce((sum, w) => sum + w.reduce((s, d) => s + d.entries.length, 0), 0) / weeks.length;
console.log(`analyzeDays, ${MAX_DAYS} days (${foods.toFixed(0)} foods a week on average), ${times.length} runs:`);
console.log(`  p50 ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`);
