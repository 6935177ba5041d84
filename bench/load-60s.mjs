#!/usr/bin/env node
// Issue #6 load test: the built app under autocannon on loopback, 60 s per endpoint at 50 connections:
// GET /api/health (the framework's baseline), POST /api/analyze and POST /api/suggest with a full day.
// Starts its own server (needs `npx next build` first), samples the server's memory every 5 s, stops by itself.
// Run: npx next build && node bench/load-60s.mjs [seconds] [connections]
import autocannon from "autocannon";
import { spawn, execFileSync } from "node:child_process";

const seconds = Math.min(Number(process.argv[2] ?? 60), 120);
const connections = Math.min(Number(process.argv[3] ?? 50), 100);
const port = 3400;
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
});
const rssMb = () => {
  const out = execFileSync("ps", ["-o", "rss=", "--pid", String(server.pid), "--ppid", String(server.pid)]).toString();
  return out.split("\n").filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024;
};
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const day = {
  profile: { ageYears: 35, sex: "female", lifeStage: null, standard: "us" },
  entries: [
    { foodId: "08121", grams: 234 }, { foodId: "09040", grams: 118 }, { foodId: "14209", grams: 237 }, { foodId: "18075", grams: 64 },
    { foodId: "01009", grams: 28 }, { foodId: "05064", grams: 140 }, { foodId: "20045", grams: 185 }, { foodId: "09003", grams: 182 },
  ],
};
const post = (path, body) => ({ method: "POST", path, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const ENDPOINTS = [
  ["GET /api/health", [{ method: "GET", path: "/api/health" }]],
  ["POST /api/analyze (8 foods)", [post("/api/analyze", day)]],
  ["POST /api/suggest (8 foods; kcal, servings, vegan)", [
    post("/api/suggest", day),
    post("/api/suggest", { ...day, objective: "servings" }),
    post("/api/suggest", { ...day, diet: "vegan", exclude: ["nuts"] }),
  ]],
];

// Warm up every endpoint (the solver loads on the first suggestion).
for (const [, requests] of ENDPOINTS) for (const r of requests) await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });

const rows = [];
for (const [title, requests] of ENDPOINTS) {
  const memory = [rssMb()];
  const sampler = setInterval(() => memory.push(rssMb()), 5000);
  const result = await autocannon({ url: base, connections, duration: seconds, requests });
  clearInterval(sampler);
  memory.push(rssMb());
  rows.push({
    title,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    memory: `${memory[0].toFixed(0)} → ${Math.max(...memory).toFixed(0)} → ${memory.at(-1).toFixed(0)}`,
  });
}
server.kill("SIGTERM");

console.log(`${seconds} s per endpoint, ${connections} connections, ${base} (server started by this script)\n`);
console.log("| endpoint | req/s (mean) | p50 ms | p99 ms | requests | errors | server RSS MB (start → max → end) |\n|---|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} | ${r.memory} |`);
const ratio = rows[1].rps / rows[0].rps;
console.log(`\n/api/analyze served at ${(ratio * 100).toFixed(0)}% of /api/health's request rate (target >= 70%).`);
process.exit(rows.some((r) => r.errors > 0) ? 1 : 0);
