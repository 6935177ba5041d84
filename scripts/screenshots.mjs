#!/usr/bin/env node
// Takes desktop and phone screenshots of the running app for a person to look at: every one in
// test-results/screenshots/ (not committed), and the few the README shows also in docs/screenshots/, as 256-colour
// PNGs when pngquant is there (`apt-get install pngquant`; a full-page shot drops to about a quarter).
// Usage: start the app (npm start), then: node scripts/screenshots.mjs [baseUrl]
import { chromium } from "@playwright/test";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = "test-results/screenshots";
const docs = "docs/screenshots";
/** The screenshots the README shows. */
const IN_README = new Set(["day-desktop", "day-phone", "suggestions-desktop"]);
mkdirSync(out, { recursive: true });
mkdirSync(docs, { recursive: true });
const hasPngquant = spawnSync("pngquant", ["--version"]).status === 0;

/** Saves a screenshot of a page or a part of it; the README's ones go to docs/ too, compressed. */
async function shot(target, name, options = {}) {
  const path = `${out}/${name}.png`;
  await target.screenshot({ path, ...options });
  if (!IN_README.has(name)) return;
  const dest = `${docs}/${name}.png`;
  if (hasPngquant) spawnSync("pngquant", ["--force", "--strip", "--quality", "70-90", "--output", dest, "256", path], { stdio: "inherit" });
  else copyFileSync(path, dest);
}
const browser = await chromium.launch(
  existsSync("/usr/bin/chromium")
    ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] }
    : {},
);

async function addFood(page, meal, query, optionName) {
  await page.getByLabel("Meal", { exact: true }).selectOption(meal);
  await page.getByRole("combobox", { name: "Add food" }).fill(query);
  await page.getByRole("option", { name: optionName }).first().click();
}

for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 375, height: 812 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(base);
  await shot(page, `empty-${name}`, { fullPage: true });
  await addFood(page, "breakfast", "oatmeal", /Cereals, oats/);
  await addFood(page, "breakfast", "banana", /Bananas, raw/);
  await addFood(page, "breakfast", "coffee", /coffee, brewed/);
  await addFood(page, "lunch", "whole wheat bread", /Bread, whole-wheat/);
  await addFood(page, "lunch", "cheddar", /Cheese, cheddar/);
  await addFood(page, "dinner", "chicken breast", /Chicken, broilers or fryers, breast/);
  await addFood(page, "dinner", "white rice", /Rice, white/);
  await addFood(page, "snacks", "apple", /Apples, raw/);
  await page.getByRole("figure", { name: "Which foods supply each mineral (% of target)" }).locator(".recharts-surface").first().waitFor();
  await page.waitForTimeout(500);
  await shot(page, `day-${name}`, { fullPage: true });
  await page.getByRole("button", { name: "Suggest foods" }).click();
  await page.getByRole("list", { name: "Suggestions" }).getByRole("listitem").first().waitFor();
  await page.waitForTimeout(500);
  await page.getByRole("heading", { name: "Close the gap" }).scrollIntoViewIfNeeded();
  await shot(page, `suggestions-${name}`, { fullPage: true });
  await page.close();

  // A whole day typed in words: the preview with meals, a dish and a doubtful food; then the dish opened in the day.
  const words = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await words.goto(base);
  await words.getByRole("textbox", { name: "Quick add" }).fill(
    "Breakfast: porridge with milk and a banana, coffee with a splash of milk\nLunch: turkey sandwich, an apple and a large latte\n" +
      "Dinner - 2 pork chops, 1 cup of brown rice and steamed broccoli. A glass of red wine with dinner.\nSnack: a handful of almonds, zucchini noodles, oat milk",
  );
  await words.getByRole("table", { name: /Quick add preview/ }).getByRole("row", { name: /oat milk|zucchini/ }).first().waitFor();
  await shot(words, `quick-add-${name}`, { fullPage: true });
  await words.getByRole("button", { name: /^Confirm all \d+ rows as shown$/ }).click();
  await words.getByRole("button", { name: /^Add foods/ }).click();
  await words.getByRole("button", { name: "Turkey sandwich", exact: true }).click();
  await shot(words.getByRole("region", { name: "Lunch" }), `dish-${name}`);
  await words.close();

  // Rows that wait for a look (a closest match, an amount far past the usual), and what cannot be eaten, refused.
  const checks = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await checks.goto(base);
  await checks.getByRole("textbox", { name: "Quick add" }).fill("Lunch: a samosa, 5000 g almonds, 15 grapes and 0 bananas. Snack: 🍌🍌");
  await checks.getByRole("table", { name: /Quick add preview/ }).getByRole("row", { name: /samosa/ }).waitFor();
  await shot(checks.locator(".quick-add"), `needs-a-look-${name}`);

  // A saved day with one entry that cannot be read: the rest opens, the entry is set aside in words. Then a share link
  // over it asks first.
  const BANANA = '1 medium (7" to 7-7/8" long)';
  const saved = {
    version: 2,
    profile: { ageYears: 35, sex: "female", lifeStage: null, standard: "us" },
    entries: [
      { uid: "a", meal: "breakfast", foodId: "01077", name: "Milk, whole", amount: 1, portion: "1 cup" },
      { uid: "b", meal: "snacks", foodId: "12061", name: "Nuts, almonds", amount: 0, portion: null },
      { uid: "c", meal: "lunch", foodId: "09040", name: "Bananas, raw", amount: 1, portion: BANANA },
    ],
    supplements: [],
  };
  const kept = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await kept.goto(base);
  await kept.evaluate((text) => localStorage.setItem("mineral-gap:day", text), JSON.stringify(saved));
  await kept.reload();
  await kept.getByRole("region", { name: /^Set aside/ }).waitFor();
  await shot(kept.locator("section[aria-labelledby='day-heading']"), `set-aside-${name}`);
  await kept.getByRole("button", { name: "Share link" }).click();
  const link = await kept.getByRole("textbox", { name: "Link to this day" }).inputValue();
  await kept.getByRole("button", { name: "Remove Bananas, raw" }).click();
  await kept.goto(link);
  await kept.getByRole("dialog").waitFor();
  await shot(kept, `share-question-${name}`);
  await kept.close();
}
await browser.close();
console.log(`screenshots in ${out}/; the README's in ${docs}/`);
