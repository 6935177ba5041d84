#!/usr/bin/env node
// First-load JavaScript of the home page: every script the browser fetches before anyone touches the page
// (until the network is idle), in bytes as sent and gzip-compressed, against the framework's own floor: the
// same count for /_not-found of the same build (React, Next.js's runtime, and nothing of ours).
// Run against a started app: node bench/first-load-js.mjs [baseUrl] [--list]
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const list = process.argv.includes("--list");
const browser = await chromium.launch(
  existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] } : {},
);

async function firstLoad(path) {
  // CSP bypassed so that both pages load what the framework asks for whatever the policy (before app/not-found.tsx,
  // /_not-found was prerendered with no nonce, and the policy blocked its scripts: it counted as 0 KB).
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const scripts = [];
  const reading = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    // Every body is read before the page closes (a body still unread at close would count as 0 bytes).
    reading.push(
      response.body().then((body) =>
        scripts.push({
          url: new URL(response.url()).pathname,
          bytes: body.length,
          gzip: gzipSync(body).length,
          recharts: body.includes("recharts-bar-rectangle"),
          zodClassic: body.includes("ZodOptional") || body.includes("ZodEffects"),
        }),
      ),
    );
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  await Promise.all(reading);
  await context.close();
  return {
    path,
    scripts,
    bytes: scripts.reduce((s, x) => s + x.bytes, 0),
    gzip: scripts.reduce((s, x) => s + x.gzip, 0),
  };
}

const kb = (n) => (n / 1024).toFixed(1);
const home = await firstLoad("/");
const floor = await firstLoad("/_not-found");
await browser.close();

for (const result of [home, floor]) {
  console.log(`First-load JS for ${result.path}: ${result.scripts.length} scripts, ${kb(result.bytes)} KB raw, ${kb(result.gzip)} KB gzip`);
  if (list) for (const s of [...result.scripts].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(s.gzip).padStart(6)} KB gzip  ${s.url}`);
}
console.log(`Ratio to the framework floor (/_not-found): ${(home.gzip / floor.gzip).toFixed(3)}× gzip, ${(home.bytes / floor.bytes).toFixed(3)}× raw`);
console.log(`Recharts in the first load: ${home.scripts.some((s) => s.recharts) ? "yes" : "no (its chunk loads with the first chart)"}`);
console.log(`Full zod (classic) in the first load: ${home.scripts.some((s) => s.zodClassic) ? "yes" : "no"}`);
