#!/usr/bin/env node
// Takes desktop and phone screenshots of the running app for a person to look at (docs/screenshots/).
// Usage: start the app (npm start), then: node scripts/screenshots.mjs [baseUrl]
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(
  existsSync("/usr/bin/chromium")
    ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] }
    : {},
);
for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 375, height: 812 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(base);
  const box = page.getByRole("combobox").first();
  await box.fill("milk");
  await page.getByRole("option").first().waitFor();
  await page.screenshot({ path: `${out}/search-${name}.png`, fullPage: true });
  await page.keyboard.press("Enter");
  await page.getByRole("table").first().waitFor();
  await page.screenshot({ path: `${out}/food-${name}.png`, fullPage: true });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
