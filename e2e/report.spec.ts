import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { encodeShare } from "../lib/day/day";
import type { Day, DayEntry } from "../lib/schema/day";

// The printable report for a doctor, from a share code: the same totals as the main page, one printed page,
// and a clear message for a damaged link.

const entries: Omit<DayEntry, "uid">[] = [
  { meal: "breakfast", foodId: "08121", amount: 1, portion: "1 cup" }, // oatmeal, 234 g
  { meal: "breakfast", foodId: "09040", amount: 1, portion: '1 medium (7" to 7-7/8" long)' }, // banana, 118 g
  { meal: "breakfast", foodId: "01079", amount: 1, portion: "1 cup" }, // 2% milk, 244 g
  { meal: "breakfast", foodId: "14209", amount: 2, portion: "1 cup (8 fl oz)" }, // coffee, 474 g
  { meal: "lunch", foodId: "18075", amount: 2, portion: "1 slice", recipe: "Turkey sandwich", dish: "d1" }, // 64 g
  { meal: "lunch", foodId: "05186", amount: 60, portion: null, recipe: "Turkey sandwich", dish: "d1" }, // roast turkey
  { meal: "lunch", foodId: "01009", amount: 1, portion: "1 slice (1 oz)", recipe: "Turkey sandwich", dish: "d1" }, // cheddar, 28 g
  { meal: "lunch", foodId: "09003", amount: 1, portion: '1 medium (3" dia)' }, // apple, 182 g
  { meal: "dinner", foodId: "15237", amount: 150, portion: null }, // salmon, cooked
  { meal: "dinner", foodId: "11091", amount: 2, portion: "0.5 cup, chopped" }, // broccoli, 156 g
  { meal: "dinner", foodId: "20037", amount: 1, portion: "1 cup" }, // brown rice, 202 g
  { meal: "dinner", foodId: "14099", amount: 1, portion: "1 serving (5 fl oz)" }, // Pinot Noir: no Mg, K or Ca value
  { meal: "snacks", foodId: "01117", amount: 1, portion: "1 container (6 oz)" }, // low-fat yogurt, 170 g
  { meal: "snacks", foodId: "12061", amount: 1, portion: "1 oz (23 whole kernels)" }, // almonds, 28.35 g
];

const DAY: Day = {
  app: "mineral-gap",
  version: 3,
  profile: { ageYears: 58, sex: "female", lifeStage: null, standard: "us" },
  days: [{ label: "Day 1", entries: entries.map((entry, index) => ({ uid: `e${index}`, ...entry })) }],
  supplements: [
    { name: "Magnesium citrate, 500 mg tablet", magnesium: 81, potassium: 0, calcium: 0, count: 1 },
    { name: "Potassium gluconate, 595 mg tablet", magnesium: 0, potassium: 99, calcium: 0, count: 1 },
  ],
};
const CODE = encodeShare(DAY);

/** Every cell of the "Mineral totals" table, row by row, as its text (whitespace collapsed). */
async function totalsTable(page: Page): Promise<string[][]> {
  const rows = page.getByRole("table", { name: "Mineral totals" }).getByRole("row");
  const texts: string[][] = [];
  for (const row of await rows.all()) {
    const cells = await row.getByRole("columnheader").or(row.getByRole("rowheader")).or(row.getByRole("cell")).allTextContents();
    texts.push(cells.map((text) => text.replace(/\s+/g, " ").trim()));
  }
  return texts;
}


test.describe("report for your doctor", () => {
  test("its Mineral totals are the main page's, with 'at least' for the Pinot Noir", { tag: "@phone" }, async ({ page }) => {
    await page.goto(`/?day=${CODE}`);
    // By hand from SR28 (mg per 100 g × grams / 100), supplements added: Mg 481.945 + 81 = 562.945 (176% of 320);
    // K 3,500.4855 + 99 = 3,599.4855 (138% of 2,600); Ca 1,125.7215 on the labels. Toward the target the almonds'
    // 76.2615 mg count × 0.454 (Weaver 1999; every other food here counts as its label): 1,125.7215 − 76.2615 × 0.546 =
    // 1,084.0867 (90% of 1,200, gap 115.9133).
    const main = page.getByRole("table", { name: "Mineral totals" });
    await expect(main.getByRole("row", { name: /Calcium/ }).getByRole("cell").first()).toHaveText("at least 1,084 (1,126 on labels)");
    await expect(main.getByRole("row", { name: /Magnesium/ }).getByRole("cell").first()).toHaveText("at least 563");
    await expect(main.getByRole("row", { name: /Potassium/ }).getByRole("cell").first()).toHaveText("at least 3,599");
    const onMainPage = await totalsTable(page);

    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(`/report?day=${CODE}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Magnesium, potassium and calcium: one day's food");
    const onReport = await totalsTable(page);

    expect(onReport.length).toBe(4);
    expect(onReport).toEqual(onMainPage);
    expect(onReport.slice(1).map((row) => row[1])).toEqual(["at least 563", "at least 3,599", "at least 1,084 (1,126 on labels)"]);
    expect(onReport.slice(1).map((row) => row[3])).toEqual(["at least 176% meets target", "at least 138% meets target", "at least 90% below target"]);
    expect(onReport[3]?.[4]).toBe("up to 116");

    await expect(page.getByText(/USDA has no value for magnesium, potassium and calcium in Alcoholic Beverage, wine, table, red, Pinot Noir/)).toBeVisible();
    const foods = page.getByRole("table", { name: "Foods by meal" });
    await expect(foods.getByRole("row", { name: /Pinot Noir/ })).toContainText("unknown");
    await expect(foods.getByRole("row", { name: /Turkey sandwich: Cheddar cheese/ })).toContainText("1 slice (1 oz) = 28 g");
    await expect(foods.getByRole("row", { name: /Coffee, brewed/ })).toContainText("2 × 1 cup (8 fl oz) = 474 g");
    await expect(page.getByRole("table", { name: /Supplements/ }).getByRole("row")).toHaveCount(3);
    await expect(page.getByText("Of these totals, supplements give 81 mg of magnesium and 99 mg of potassium.")).toBeVisible();
    await expect(page.getByText(/^Potassium supplements can be dangerous with kidney disease/)).toBeVisible();
    await expect(page.getByText(/Adequate Intake \(AI\) is the amount that appears enough/)).toBeVisible();
    await expect(page.getByText("This is food information, not medical advice.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Print this page" })).toBeVisible();
    expect(problems).toEqual([]);

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual([]);
  });

  test("prints on one A4 page and one Letter page", async ({ page }) => {
    await page.goto(`/report?day=${CODE}`);
    await expect(page.getByRole("table", { name: "Mineral totals" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
    for (const format of ["A4", "Letter"] as const) {
      const pdf = (await page.pdf({ format })).toString("latin1");
      // Page objects only: "/Type /Pages" is the page tree.
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages.length, `${format} pages`).toBe(1);
    }
  });

  const base64url = (text: string) => Buffer.from(text).toString("base64url");
  const DAMAGED: [string, string][] = [
    ["no day parameter", "/report"],
    ["an empty day parameter", "/report?day="],
    ["not base64", "/report?day=not*base64!"],
    ["base64 of bad JSON", `/report?day=${base64url('{"v":2,"p":[35,')}`],
    ["a cut-off link", `/report?day=${CODE.slice(0, 40)}`],
  ];
  for (const [what, url] of DAMAGED) {
    test(`a damaged link (${what}) gives a clear message, not a server error`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This report link is damaged or incomplete");
      await expect(page.getByRole("link", { name: "Open Mineral Gap" })).toHaveAttribute("href", "/");
      await expect(page.getByRole("table")).toHaveCount(0);
    });
  }

  // A link whose day holds one entry no total can count: the rest is reported, and the page names what it left out.
  const twoFoods = (bad: unknown[]) => base64url(JSON.stringify({ v: 2, p: [35, "female", null, "us"], e: [["09040", 0, 1, '1 medium (7" to 7-7/8" long)'], bad] }));
  for (const [what, bad, reason] of [
    ["an unknown food id", ["99999", 0, 100, null], "food id 99999"],
    ["an amount of 0", ["12061", 2, 0, null], "Its amount (0 g) is not more than 0"],
    ["an absurd amount", ["09040", 0, 1e9, null], "more than one entry holds"],
  ] as const) {
    test(`a link with ${what} reports the rest and names what it did not count`, async ({ page }) => {
      const response = await page.goto(`/report?day=${twoFoods([...bad])}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Magnesium, potassium and calcium: one day's food");
      // One medium banana (SR28 09040, 118 g): Mg 27 mg/100 g -> 32 mg.
      await expect(page.getByRole("table", { name: "Mineral totals" }).getByRole("row", { name: /Magnesium/ }).getByRole("cell").first()).toHaveText("32");
      await expect(page.getByText(/^Not counted in these totals/)).toContainText(reason);
    });
  }
});
