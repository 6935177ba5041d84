#!/usr/bin/env node
// Load benchmark of the running app on loopback with autocannon: GET /api/health (the framework's baseline)
// and GET /api/foods with a rotation of everyday queries. Bounded in time; refuses any non-loopback target.
// Run: npm start (in another shell), then: node bench/api-load.mjs [baseUrl] [seconds] [connections]
import autocannon from "autocannon";

const base = new URL(process.argv[2] ?? "http://127.0.0.1:3000");
const seconds = Math.min(Number(process.argv[3] ?? 15), 120);
const connections = Math.min(Number(process.argv[4] ?? 20), 100);
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname) && !base.hostname.startsWith("127.")) {
  console.error(`refusing to load ${base.hostname}: loopback only`);
  process.exit(2);
}

const QUERIES = ["milk", "banana", "pumpkin seeds", "cottage cheese", "brocoli", "whole wheat bread", "kefir", "almonds", "coffee", "dried apricots"];

async function run(title, requests) {
  const result = await autocannon({ url: base.origin, connections, duration: seconds, requests });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors, total: result.requests.total };
}

const rows = [];
rows.push(await run("GET /api/health", [{ method: "GET", path: "/api/health" }]));
rows.push(
  await run(
    "GET /api/foods?q=… (10 queries)",
    QUERIES.map((q) => ({ method: "GET", path: `/api/foods?q=${encodeURIComponent(q)}&limit=10` })),
  ),
);

// /api/suggest: sequential requests (one at a time, so each latency is the request's own) for full days.
const FULL_DAY = [
  { foodId: "08121", grams: 234 }, { foodId: "09040", grams: 118 }, { foodId: "14209", grams: 237 }, { foodId: "18075", grams: 64 },
  { foodId: "01009", grams: 28 }, { foodId: "05064", grams: 140 }, { foodId: "20045", grams: 185 }, { foodId: "09003", grams: 182 },
];
const suggestTimes = [];
const suggestBody = (i) => ({
  profile: { ageYears: 20 + (i % 50), sex: i % 2 ? "male" : "female", standard: ["us", "efsa", "uk"][i % 3] },
  entries: FULL_DAY,
  diet: ["omnivore", "vegetarian", "vegan"][i % 3],
  exclude: [[], ["nuts"], ["dairy"], ["gluten", "soy"]][i % 4],
  objective: i % 2 ? "servings" : "kcal",
});
// One request first: the server process loads the WebAssembly solver on its first suggestion.
await (await fetch(`${base.origin}/api/suggest`, { method: "POST", body: JSON.stringify(suggestBody(0)) })).json();
for (let i = 0; i < 200; i++) {
  const body = suggestBody(i);
  const start = performance.now();
  const response = await fetch(`${base.origin}/api/suggest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  await response.json();
  suggestTimes.push(performance.now() - start);
  if (!response.ok) throw new Error(`/api/suggest answered ${response.status}`);
}
suggestTimes.sort((a, b) => a - b);
const q = (p) => suggestTimes[Math.min(suggestTimes.length - 1, Math.floor(p * suggestTimes.length))].toFixed(1);

console.log(`${seconds} s per endpoint, ${connections} connections, ${base.origin}\n`);
console.log("| endpoint | req/s (mean) | latency p50 ms | latency p99 ms | requests | errors |\n|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} |`);
if (rows.some((r) => r.errors > 0)) process.exit(1);
console.log(`\nPOST /api/suggest, 200 sequential requests, a full day of 8 foods, ages 20-69, both sexes, every standard, diet and objective, four exclusion sets: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${suggestTimes.at(-1).toFixed(1)} ms`);
