import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { encodeShare, emptyDay } from "../lib/day/day";
import type { Day } from "../lib/schema/day";
import { totalsCell, totalsRow } from "./helpers";

// Expected figures by hand from SR28 (per 100 g): banana 09040 Mg 27, K 358, Ca 5; pumpkin seeds 12014 Mg 592,
// K 809, Ca 46; Pinot Noir 14099 has no Mg, K or Ca value; 2% milk 01079 Mg 11, K 140, Ca 120.
const day = (entries: Day["days"][number]["entries"], supplements: Day["supplements"] = []): Day => ({ ...emptyDay(), days: [{ label: "Day 1", entries }], supplements });
const open = (page: Page, d: Day) => page.goto(`/?day=${encodeShare(d)}`);
const supplementsCard = (page: Page) => page.getByRole("region", { name: "Supplements" });

test.describe("honest numbers", () => {
  test("a magnesium supplement above the limit is flagged, with the amount from tablets", { tag: "@phone" }, async ({ page }) => {
    await open(page, day([{ uid: "a", meal: "breakfast", foodId: "09040", amount: 118, portion: null }]));
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("32");

    const card = supplementsCard(page);
    await card.getByRole("combobox", { name: "Supplement to add" }).selectOption({ label: "Magnesium oxide, 400 mg tablet" });
    await card.getByRole("button", { name: "Add supplement" }).click();
    const pill = card.getByRole("group", { name: "Magnesium oxide, 400 mg tablet" });
    await pill.getByRole("spinbutton", { name: "Units a day" }).fill("2");

    // 31.86 from the banana + 2 × 241 from tablets = 513.86; the limit judges the 482 mg of tablets.
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("514");
    const alert = page.getByRole("alert").filter({ hasText: "Above an upper limit" });
    await expect(alert).toContainText("Magnesium: 482 mg a day from your supplements, above the 350 mg upper limit (UL)");
    await expect(alert).toContainText("Magnesium in food does not count toward it.");
    await expect(totalsRow(page, "Magnesium")).toContainText("above upper limit");

    // One tablet (241 mg) is within it: the warning goes.
    await pill.getByRole("spinbutton", { name: "Units a day" }).fill("1");
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("273");
    await expect(page.getByRole("alert").filter({ hasText: "Above an upper limit" })).toHaveCount(0);
  });

  test("a day high in magnesium from food alone gets no warning", async ({ page }) => {
    // 300 g pumpkin seeds: 1,776 mg of magnesium, all from food.
    await open(page, day([{ uid: "a", meal: "snacks", foodId: "12014", amount: 300, portion: null }]));
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("1,776");
    await expect(totalsRow(page, "Magnesium")).toContainText("meets target");
    await expect(page.getByText("Above an upper limit")).toHaveCount(0);
  });

  test("totals with a food USDA has no value for read 'at least' and name the food", async ({ page }) => {
    await open(
      page,
      day([
        { uid: "a", meal: "breakfast", foodId: "09040", amount: 118, portion: null },
        { uid: "b", meal: "dinner", foodId: "14099", amount: 150, portion: null },
      ]),
    );
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("at least 32");
    await expect(totalsCell(page, "Potassium", "percent")).toContainText("at least 16%"); // 422.44 / 2,600
    await expect(totalsCell(page, "Calcium", "gap")).toHaveText("up to 994");
    await expect(page.getByRole("note").filter({ hasText: "Totals are at least what is shown" })).toContainText("Pinot Noir");
  });

  test("calcium toward the target is one figure: spinach counts for less, with the labels' figure beside it and why", { tag: "@phone" }, async ({ page }) => {
    // 2 cups cooked spinach (11458: 136 mg/100 g × 360 g = 489.6 mg) and a cup of 2% milk (01079: 120 × 2.44 = 292.8):
    // 782.4 mg on the labels. Spinach counts × 0.185 (Heaney 1988: 5.1% vs milk's 27.6%): 90.576 + 292.8 = 383.376.
    await open(page, day([
      { uid: "a", meal: "dinner", foodId: "11458", amount: 360, portion: null },
      { uid: "b", meal: "breakfast", foodId: "01079", amount: 244, portion: null },
    ]));
    await expect(totalsCell(page, "Calcium", "total")).toHaveText("383 (782 on labels)");
    await expect(totalsCell(page, "Calcium", "percent")).toContainText("38%"); // 383.376 / 1,000
    await expect(totalsCell(page, "Calcium", "gap")).toHaveText("617");
    await expect(page.getByRole("figure", { name: "Minerals as % of reference intake" }).getByRole("listitem").filter({ hasText: /^Calcium:/ })).toHaveText(/^Calcium: 38% of target/);
    await expect(page.getByText(/^Calcium toward your target: 383 mg of the 782 mg on the labels\. Calcium targets were set for ordinary mixed diets/)).toContainText(
      "Here that is spinach (about 19% of milk's).",
    );
    // The study is named under Sources, not in the running text.
    await expect(page.getByRole("region", { name: "Sources", exact: true })).toContainText("Heaney et al. 1988");
  });

  test("a food eaten some days a week counts its share of a typical day, and keeps it after a reload", async ({ page }) => {
    await open(page, day([{ uid: "a", meal: "breakfast", foodId: "09040", amount: 118, portion: null }]));
    await expect(totalsCell(page, "Potassium", "total")).toHaveText("422"); // 118 g × 358 / 100 = 422.44
    const often = page.getByRole("combobox", { name: "How often, Bananas, raw" });
    await expect(often).toHaveValue("7");
    await often.selectOption({ label: "2 days a week" });
    await expect(totalsCell(page, "Potassium", "total")).toHaveText("121"); // 422.44 × 2 / 7 = 120.70
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("9"); // 31.86 × 2 / 7 = 9.10
    await page.reload();
    await expect(page.getByRole("combobox", { name: "How often, Bananas, raw" })).toHaveValue("2");
    await expect(totalsCell(page, "Potassium", "total")).toHaveText("121");
  });

  test("a supplement amount out of range is explained and kept as typed, and the day keeps the last good one", async ({ page }) => {
    await open(page, day([], [{ name: "Calcium carbonate, 1,250 mg tablet", magnesium: 0, potassium: 0, calcium: 500, count: 1 }]));
    await expect(totalsCell(page, "Calcium", "total")).toHaveText("500");
    const pill = supplementsCard(page).getByRole("group", { name: "Calcium carbonate, 1,250 mg tablet" });
    const calcium = pill.getByRole("spinbutton", { name: "Calcium, mg per unit" });
    await calcium.fill("90000");
    await expect(pill.getByText("Calcium must be at most 5,000 mg per unit.")).toBeVisible();
    await expect(calcium).toHaveValue("90000");
    await expect(calcium).toHaveAttribute("aria-invalid", "true");
    await expect(totalsCell(page, "Calcium", "total")).toHaveText("500");
    await calcium.fill("600");
    await expect(totalsCell(page, "Calcium", "total")).toHaveText("600");
    await expect(calcium).not.toHaveAttribute("aria-invalid", "true");
  });

  test("a potassium supplement carries the kidney and medicines caution", async ({ page }) => {
    await page.goto("/");
    const card = supplementsCard(page);
    await card.getByRole("combobox", { name: "Supplement to add" }).selectOption({ label: "Potassium gluconate, 595 mg tablet" });
    await card.getByRole("button", { name: "Add supplement" }).click();
    await expect(card.getByRole("note")).toContainText("kidney disease");
    await expect(totalsCell(page, "Potassium", "total")).toHaveText("99");
  });

  test("the CSV downloads with one line per food and supplement, and its numbers match the tables", async ({ page }) => {
    await open(
      page,
      day(
        [
          { uid: "a", meal: "breakfast", foodId: "09040", amount: 118, portion: null },
          { uid: "b", meal: "breakfast", foodId: "01079", amount: 244, portion: null },
          { uid: "c", meal: "dinner", foodId: "14099", amount: 150, portion: null },
        ],
        [{ name: "Magnesium citrate, 500 mg tablet", magnesium: 81, potassium: 0, calcium: 0, count: 2 }],
      ),
    );
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("at least 221"); // 31.86 + 26.84 + 162
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("mineral-gap-day.csv");
    const text = await readFile((await download.path())!, "utf8");
    // Split on commas outside quotes, then unquote (RFC 4180: "" inside quotes is one quote).
    const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
    const rows = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(unquote));
    expect(rows[0]).toEqual(["Meal", "Food", "NDB id", "Grams", "Magnesium mg", "Potassium mg", "Calcium mg", "USDA name"]);
    expect(rows.map((r) => r[0])).toEqual(["Meal", "Breakfast", "Breakfast", "Dinner", "Supplement", "Total", "Note"]);
    expect(rows[3]!.slice(2)).toEqual(["14099", "150", "", "", "", "Alcoholic Beverage, wine, table, red, Pinot Noir"]); // unknown is empty, not 0

    // The totals line, rounded, is what the "Mineral totals" table shows (the table says "at least").
    const total = rows.find((r) => r[0] === "Total")!;
    for (const [i, mineral] of (["Magnesium", "Potassium", "Calcium"] as const).entries()) {
      const shown = (await totalsCell(page, mineral, "total").textContent())!.replace(/at least |,/g, "");
      expect(Math.round(Number(total[4 + i]))).toBe(Number(shown));
    }
    // Each food line matches the "Minerals by food" table.
    await page.getByText("Show as a table").click();
    const byFood = page.getByRole("table", { name: "Minerals by food" });
    const banana = byFood.getByRole("row", { name: /Bananas, raw/ }).getByRole("cell");
    await expect(banana).toHaveText(["118 g", "32 mg", "422 mg", "6 mg"]);
    // The everyday name (data/everyday-names.json), and USDA's full name in the last column.
    expect(rows[1]!.slice(1)).toEqual(["Banana", "09040", "118", "31.9", "422.4", "5.9", "Bananas, raw"]);
  });

  test("a day saved before supplements existed (version 1) loads unchanged", async ({ page }) => {
    const v1 = {
      app: "mineral-gap",
      version: 1,
      profile: { ageYears: 52, sex: "male", lifeStage: null, standard: "efsa" },
      entries: [{ uid: "a", meal: "lunch", foodId: "09040", amount: 236, portion: null }],
    };
    await page.addInitScript((text) => window.localStorage.setItem("mineral-gap:day", text), JSON.stringify(v1));
    await page.goto("/");
    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toHaveValue("236");
    await expect(page.getByRole("spinbutton", { name: "Age" })).toHaveValue("52");
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("64"); // 27 × 2.36 = 63.72
    await expect(supplementsCard(page).getByText("No supplements.")).toBeVisible();
  });

  test("the report link carries the day", async ({ page }) => {
    const d = day([{ uid: "a", meal: "breakfast", foodId: "09040", amount: 118, portion: null }]);
    await open(page, d);
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("32");
    await expect(page.getByRole("link", { name: "Report for your doctor" })).toHaveAttribute("href", /^\/report\?day=[A-Za-z0-9_-]+$/);
  });
});
