import { expect, test } from "@playwright/test";
import { emptyDay, encodeShare } from "../lib/day/day";
import type { Day } from "../lib/schema/day";

// The bar chart's words never run into each other or into the 100% line, at a phone's width and at a desktop's.
// Pumpkin seeds 54 g: magnesium 54 × 5.92 = 319.7 mg, 99.9% of 320, its bar right at the line; kidney disease sets
// the potassium target aside, whose status is the longest the chart says.
const DAY: Day = {
  ...emptyDay({ ageYears: 45, sex: "female", lifeStage: null, standard: "us", conditions: ["kidney-disease"] }),
  days: [{ label: "Day 1", entries: [{ uid: "p", meal: "snacks", foodId: "12014", amount: 54, portion: null, name: "Pumpkin seeds" }] }],
};

type Box = { x: number; y: number; width: number; height: number };
const meet = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("the % chart's labels never overlap each other or the target line, from 320 to 1280 px", async ({ page }) => {
  await page.goto(`/?day=${encodeShare(DAY)}`);
  const chart = page.getByRole("figure", { name: "Minerals as % of reference intake" }).getByRole("img", { name: "Bar chart of the percentages listed below" });
  for (const width of [320, 375, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(chart.locator("svg tspan").filter({ hasText: "Magnesium" })).toBeVisible();
    await expect(chart.getByText("100%", { exact: true }).last()).toBeVisible();
    const words = await chart.locator("svg tspan").evaluateAll((spans) =>
      spans.map((s) => ({ text: s.textContent ?? "", ...(s as SVGTextContentElement).getBoundingClientRect().toJSON() })),
    );
    const line = await chart.locator(".recharts-reference-line line").evaluate((l) => l.getBoundingClientRect().toJSON());
    expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(["Magnesium", "Potassium", "Calcium", "100%"]));
    for (const [i, a] of words.entries()) {
      expect(meet(a, line), `“${a.text}” runs into the 100% line at ${width} px`).toBe(false);
      for (const b of words.slice(i + 1)) expect(meet(a, b), `“${a.text}” and “${b.text}” overlap at ${width} px`).toBe(false);
    }
  }
});

// Every word a chart draws: its axis ticks (SVG text), and its legend's entries (HTML beside the SVG).
async function chartWords(figure: import("@playwright/test").Locator) {
  const ticks = await figure.locator("svg .recharts-cartesian-axis-tick-value").evaluateAll((texts) =>
    texts.map((t) => ({ text: t.textContent ?? "", ...t.getBoundingClientRect().toJSON() })),
  );
  const legend = await figure.locator(".recharts-legend-item").evaluateAll((items) =>
    items.map((i) => ({ text: i.textContent ?? "", ...i.getBoundingClientRect().toJSON() })),
  );
  return [...ticks, ...legend].filter((w) => w.width > 0);
}

function expectApart(words: { text: string; x: number; y: number; width: number; height: number }[], width: number, line?: Box) {
  for (const [i, a] of words.entries()) {
    if (line) expect(meet(a, line), `“${a.text}” runs into the 100% line at ${width} px`).toBe(false);
    for (const b of words.slice(i + 1)) expect(meet(a, b), `“${a.text}” and “${b.text}” overlap at ${width} px`).toBe(false);
  }
}

test("the foods chart and the before-and-after chart keep their words apart, from 320 to 1280 px", async ({ page }) => {
  // Eight foods (more series than the chart's colours: "other foods" too), so that the legend wraps on a phone.
  const ids = ["09040", "01079", "12061", "11458", "16015", "18075", "05064", "09003", "12014"];
  const day: Day = {
    ...emptyDay({ ageYears: 45, sex: "female", lifeStage: null, standard: "us" }),
    days: [{ label: "Day 1", entries: ids.map((foodId, i) => ({ uid: `f${i}`, meal: "lunch" as const, foodId, amount: 40, portion: null })) }],
  };
  await page.goto(`/?day=${encodeShare(day)}`);
  const foods = page.getByRole("figure", { name: "Which foods supply each mineral (% of target)" });
  await page.getByRole("button", { name: "Suggest foods" }).click();
  const beforeAfter = page.getByRole("figure", { name: "Before and after the suggestions (% of target)" });
  for (const width of [320, 375, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const figure of [foods, beforeAfter]) {
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator("svg .recharts-cartesian-axis-tick-value").filter({ hasText: "Magnesium" })).toBeVisible();
      const words = await chartWords(figure);
      expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(["Magnesium", "Potassium", "Calcium"]));
      const line = figure.locator(".recharts-reference-line line");
      expectApart(words, width, (await line.count()) > 0 ? await line.first().evaluate((l) => l.getBoundingClientRect().toJSON()) : undefined);
    }
  }
});
