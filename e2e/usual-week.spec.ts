import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { emptyDay, encodeShare } from "../lib/day/day";
import type { Day, DayEntry } from "../lib/schema/day";
import { expectTotals, totalsCell } from "./helpers";

// A usual week: several days, how often, and how sure the average is. Expected figures by hand from SR28 (mg per
// 100 g): banana 09040 Mg 27 K 358; almonds 12061 Mg 270 K 733; apple 09003 Mg 5 K 107; salmon 15237 Mg 30 K 384 Ca 15.

async function quickAdd(page: Page, text: string, count: number) {
  await page.getByRole("textbox", { name: "Quick add" }).fill(text);
  await page.getByRole("button", { name: `Add foods (${count})` }).click();
}

const dayTable = (page: Page) => page.getByRole("table", { name: "Day by day" });

test.describe("a usual week", () => {
  test("three days entered: the average, each day on a chart and in a table, and how sure the average is", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    // Day 1: banana 118 g (Mg 31.86, K 422.44) and almonds 30 g (Mg 81, K 219.9): Mg 112.86, K 642.34.
    await quickAdd(page, "Breakfast: a banana. Snack: 30 g almonds", 2);
    const days = page.getByRole("group", { name: "Days" });
    await expect(days.getByRole("button", { name: /^Day 1/ })).toHaveAttribute("aria-pressed", "true");
    // One day says little: how sure it is (z = (112.86 − 265) / 89.99 = −1.69, 4.5%; one day never says "probably
    // short", two would: √(702.25 + 3,698) = 66.33, z = −2.29), and a way to add another.
    const oneDay = page.getByRole("region", { name: "How sure is one day?" });
    await expect(oneDay.getByRole("listitem").filter({ hasText: "Magnesium" })).toHaveText(
      "Magnesium: 1 day at 113 mg: about 5% likely your usual magnesium is enough, so it may be short; 1 more day would make the answer surer.",
    );
    await expect(oneDay.getByRole("button", { name: "Add another day" })).toBeVisible();
    // Day 2: a copy of Day 1.
    await page.getByRole("button", { name: "Copy this day" }).click();
    await expect(days.getByRole("button", { name: /^Day 2/ })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("region", { name: "Breakfast" })).toContainText("Bananas, raw");
    // Day 3, renamed "Sunday": an apple, 182 g (Mg 9.1, K 194.74).
    await page.getByRole("button", { name: "Add a day" }).click();
    await page.getByRole("button", { name: "Rename this day" }).click();
    await page.getByRole("textbox", { name: "Name of this day" }).fill("Sunday");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Sunday is empty.")).toBeVisible();
    // A day with no foods yet is not a day of eating nothing: it is left out of the average, and said.
    await expect(page.getByRole("radio", { name: "Average of 2 days" })).toBeChecked();
    await expect(page.getByText("Sunday has no foods, so it is left out of the average.")).toBeVisible();
    await quickAdd(page, "Lunch: an apple", 1);

    // The results are for the average of the three days by default.
    await expect(page.getByRole("radio", { name: "Average of 3 days" })).toBeChecked();
    // Mg (112.86 × 2 + 9.1) / 3 = 78.27; K (642.34 × 2 + 194.74) / 3 = 493.14
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("78");
    await expect(totalsCell(page, "Potassium", "total")).toHaveText("493");
    await expect(dayTable(page).getByRole("row")).toHaveText([/^Day/, /^Day 1\s*113\s*642/, /^Day 2\s*113\s*642/, /^Sunday\s*9\s*195/, /^Average\s*78\s*493/, /^Target\s*320\s*2,600\s*1,000/]);
    await expect(page.getByRole("img", { name: "Line charts of the day-by-day figures in the table below" })).toBeVisible();
    // A woman of 35: magnesium EAR 265; 78 mg is far under it: z = −186.7 / 56.3 = −3.3.
    const sure = page.getByRole("region", { name: "How sure is the average?" });
    await expect(sure.getByRole("listitem").filter({ hasText: "Magnesium" })).toHaveText(
      "Magnesium: 3 days averaging 78 mg: only under 1% likely your usual magnesium is enough, so it is probably short.",
    );
    // Potassium has only an AI: the days never say "short".
    await expect(sure.getByRole("listitem").filter({ hasText: "Potassium" })).toContainText("the days can't tell whether your usual potassium is enough");

    // One day's results on request; the day shown in the editor is Sunday.
    await page.getByRole("radio", { name: "Sunday only" }).check();
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("9");
    await expect(page.getByRole("region", { name: "How sure is the average?" })).toHaveCount(0);

    // The days are kept: after a reload they are all there, and the average is shown again.
    await page.reload();
    await expect(page.getByRole("group", { name: "Days" }).getByRole("button")).toHaveText([/^Day 1/, /^Day 2/, /^Sunday/]);
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("78");
  });

  test("the days view passes an axe scan", async ({ page }) => {
    const food = (uid: string, foodId: string, amount: number): DayEntry => ({ uid, meal: "lunch", foodId, amount, portion: null, name: `Food ${foodId}` });
    const week: Day = { ...emptyDay(), days: [{ label: "Mon", entries: [food("a", "09040", 118)] }, { label: "Tue", entries: [food("b", "12061", 30)] }] };
    await page.goto(`/?day=${encodeShare(week)}`);
    await expect(page.getByRole("img", { name: "Line charts of the day-by-day figures in the table below" }).locator("svg").first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual([]);
  });

  test("“salmon twice a week” is counted at 2/7 of a serving in the typical day", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("Dinner: salmon twice a week");
    const preview = page.getByRole("table", { name: /Quick add preview/ });
    await expect(preview.getByRole("row", { name: /salmon/ })).toContainText("2 days a week");
    // Which salmon is a guess (farmed, cooked), said and confirmed before it is added.
    await preview.getByRole("button", { name: /^Confirm Fish, salmon, Atlantic/ }).click();
    await page.getByRole("button", { name: "Add foods (1)" }).click();
    await expect(page.getByRole("combobox", { name: /^How often, Fish, salmon/ })).toHaveValue("2");
    // Half a fillet, 178 g: Mg 53.4 × 2/7 = 15.26; K 683.52 × 2/7 = 195.29; Ca 26.7 × 2/7 = 7.63
    await expectTotals(page, { Magnesium: "15", Potassium: "195", Calcium: "8" });
  });

  test("suggestions for the usual day go into every day, some foods for fewer days a week", async ({ page }) => {
    // Two days of 4 cups of milk, 4 bananas and a handful of almonds: magnesium 300.64 a day, 19 mg short.
    const entries: DayEntry[] = [
      { uid: "m", meal: "breakfast", foodId: "01077", amount: 976, portion: null },
      { uid: "b", meal: "lunch", foodId: "09040", amount: 472, portion: null },
      { uid: "a", meal: "dinner", foodId: "12061", amount: 28, portion: null },
    ];
    const day: Day = { ...emptyDay(), days: [{ label: "Mon", entries }, { label: "Tue", entries: entries.map((e) => ({ ...e, uid: `${e.uid}2` })) }] };
    // A first visit has no day of its own: the shared days open at once.
    await page.goto(`/?day=${encodeShare(day)}`);
    await expect(page.getByRole("radio", { name: "Average of 2 days" })).toBeChecked();
    await page.getByRole("button", { name: "Suggest foods" }).click();
    const plan = page.getByRole("list", { name: "Suggestions" });
    await expect(plan.getByText(/days? a week/).first()).toBeVisible();
    await page.getByRole("button", { name: /^Add all/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /to every day/ })).toBeVisible();
    await expect(totalsCell(page, "Magnesium", "gap")).toHaveText("none");

    // The CSV has every day, a line per food per day, each day's total and the average.
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const text = await readFile((await (await downloading).path())!, "utf8");
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Day,Meal,Food,NDB id,Grams,Magnesium mg,Potassium mg,Calcium mg,USDA name");
    expect(lines.filter((l) => l.startsWith("Mon,")).length).toBeGreaterThanOrEqual(4); // 3 foods, the plan's, the total
    expect(lines.filter((l) => /^Tue,Total,/.test(l))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith("Average of 2 days,Average,"))).toBe(true);
  });

  test("the report for three days prints on one page", { tag: "@phone" }, async ({ page }) => {
    const food = (uid: string, meal: DayEntry["meal"], foodId: string, amount: number): DayEntry => ({ uid, meal, foodId, amount, portion: null });
    const week: Day = {
      ...emptyDay({ ageYears: 58, sex: "female", lifeStage: null, standard: "us" }),
      days: [
        { label: "Mon", entries: [food("a", "breakfast", "09040", 118), food("b", "breakfast", "01077", 244), food("c", "lunch", "20037", 195), food("d", "dinner", "15237", 178), food("e", "snacks", "12061", 28)] },
        { label: "Tue", entries: [food("f", "breakfast", "08120", 234), food("g", "lunch", "11124", 72), food("h", "dinner", "11357", 173), food("i", "snacks", "01117", 170)] },
        { label: "Sun", entries: [food("j", "breakfast", "01077", 244), food("k", "lunch", "09003", 182), food("l", "dinner", "16015", 172), food("m", "dinner", "11458", 180)] },
      ],
      supplements: [{ name: "Magnesium citrate, 500 mg tablet", magnesium: 81, potassium: 0, calcium: 0, count: 1 }],
    };
    await page.goto(`/report?day=${encodeShare(week)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Magnesium, potassium and calcium: the average of 3 days");
    for (const label of ["Mon", "Tue", "Sun"]) await expect(page.getByRole("table", { name: `Foods by meal: ${label}` })).toBeVisible();
    await expect(page.getByRole("table", { name: /^Day by day/ }).getByRole("row")).toHaveCount(6);
    await expect(page.getByRole("region", { name: "How sure the average is" }).getByRole("listitem")).toHaveCount(3);
    await page.emulateMedia({ media: "print" });
    for (const format of ["A4", "Letter"] as const) {
      const pdf = (await page.pdf({ format })).toString("latin1");
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages.length, `${format} pages`).toBe(1);
    }
  });
});
