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

async function addFood(page, meal, query, optionName) {
  await page.getByLabel("Meal", { exact: true }).selectOption(meal);
  await page.getByRole("combobox", { name: "Add food" }).fill(query);
  await page.getByRole("option", { name: optionName }).first().click();
}

for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 375, height: 812 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(base);
  await page.screenshot({ path: `${out}/empty-${name}.png`, fullPage: true });
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
  await page.screenshot({ path: `${out}/day-${name}.png`, fullPage: true });
  await page.getByRole("button", { name: "Suggest foods" }).click();
  await page.getByRole("list", { name: "Suggestions" }).getByRole("listitem").first().waitFor();
  await page.waitForTimeout(500);
  await page.getByRole("heading", { name: "Close the gap" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/suggestions-${name}.png`, fullPage: true });
  await page.close();

  // A whole day typed in words: the preview with meals, a dish and a doubtful food; then the dish opened in the day.
  const words = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await words.goto(base);
  await words.getByRole("textbox", { name: "Quick add" }).fill(
    "Breakfast: porridge with milk and a banana, coffee with a splash of milk\nLunch: turkey sandwich, an apple and a large latte\n" +
      "Dinner - 2 pork chops, 1 cup of brown rice and steamed broccoli. A glass of red wine with dinner.\nSnack: a handful of almonds, zucchini noodles, oat milk",
  );
  await words.getByRole("table", { name: /Quick add preview/ }).getByRole("row", { name: /oat milk|zucchini/ }).first().waitFor();
  await words.screenshot({ path: `${out}/quick-add-${name}.png`, fullPage: true });
  await words.getByRole("button", { name: "Add foods" }).click();
  await words.getByRole("button", { name: "Turkey sandwich", exact: true }).click();
  await words.getByRole("region", { name: "Lunch" }).screenshot({ path: `${out}/dish-${name}.png` });
  await words.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
