// Quick add over HTTP: a running server's /api/parse answering 2,000-character texts one at a time (issue #18's speed
// target: a 2,000-character day under 40 ms at the median). The texts are bench/long-texts.ts's 2,000-character
// makers: whole days run together, and the worst cases (commas every 5 words, no separators, words no food has),
// 30 different texts of each.
//   PORT=3300 node scripts/start.mjs &   then   URL=http://127.0.0.1:3300 npx tsx bench/parse.http.bench.ts
import { performance } from "node:perf_hooks";
import { worstCaseTexts } from "./long-texts";
import { quantile } from "./random-days";

const URL_BASE = process.env.URL ?? "http://127.0.0.1:3300";
const RUNS = Number(process.env.RUNS ?? 100);

async function post(text: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${URL_BASE}/api/parse`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  if (!response.ok) throw new Error(`/api/parse answered ${response.status}`);
  await response.json();
  return performance.now() - start;
}

async function measure(name: string, texts: readonly string[]): Promise<void> {
  for (let i = 0; i < 10; i++) await post(texts[i % texts.length]!); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await post(texts[i % texts.length]!));
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${texts[0]!.length} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} | ${times[times.length - 1]!.toFixed(1)} |`);
}

console.log(`${URL_BASE}, ${RUNS} requests each, one at a time, over 30 different texts\n`);
console.log("| 2,000-character text | characters | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|");
for (const [name, make] of Object.entries(worstCaseTexts(20261126))) await measure(name, Array.from({ length: 30 }, make));
