#!/usr/bin/env node
// First-load JavaScript of the home page: every script the browser fetches before anyone touches the page,
// in bytes as sent and gzip-compressed. Run against a started app: node bench/first-load-js.mjs [baseUrl]
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const browser = await chromium.launch(
  existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] } : {},
);
const page = await browser.newPage();
const scripts = [];
page.on("response", async (response) => {
  if (response.request().resourceType() !== "script") return;
  const body = await response.body().catch(() => Buffer.alloc(0));
  scripts.push({ bytes: body.length, gzip: gzipSync(body).length, recharts: body.includes("recharts-bar-rectangle") });
});
await page.goto(base, { waitUntil: "networkidle" });
await browser.close();
const total = scripts.reduce((s, x) => s + x.bytes, 0);
const gzip = scripts.reduce((s, x) => s + x.gzip, 0);
console.log(`First-load JS for /: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
console.log(`Recharts in the first load: ${scripts.some((s) => s.recharts) ? "yes" : "no (its chunk loads with the first chart)"}`);
