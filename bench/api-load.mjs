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

console.log(`${seconds} s per endpoint, ${connections} connections, ${base.origin}\n`);
console.log("| endpoint | req/s (mean) | latency p50 ms | latency p99 ms | requests | errors |\n|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} |`);
if (rows.some((r) => r.errors > 0)) process.exit(1);
