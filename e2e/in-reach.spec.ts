import { expect, test, type Page } from "@playwright/test";
import { emptyDay, encodeShare } from "../lib/day/day";
import type { Day } from "../lib/schema/day";

// On a 375 px phone, what a person needs is where they are: the day's minerals after adding foods, the add button
// while a long preview is read, a supplement's warning beside it; and the page reads without a dictionary.
test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

// A whole day as a busy parent might type it: 17 foods, several meals, a preview taller than three screens.
const LONG_DAY =
  "Breakfast: porridge with semi-skimmed milk, a banana, 2 slices of wholemeal toast with butter and a mug of tea with milk. " +
  "Snack: an apple and a handful of almonds. " +
  "Lunch: tuna sandwich, a bag of crisps, a pot of yoghurt and an orange. " +
  "Dinner: 150 g salmon, a cup of broccoli, 2 boiled potatoes and a glass of orange juice. " +
  "Evening: 2 biscuits and a cup of hot chocolate.";

const quickAdd = (page: Page) => page.getByRole("textbox", { name: "Quick add" });

test("after adding a typed day, its three minerals are on screen without scrolling", async ({ page }) => {
  await page.goto("/");
  await quickAdd(page).fill(LONG_DAY);
  // Read down the preview, confirm what it assumed, and add from where the reading stopped.
  const rows = page.locator(".preview-box tbody tr");
  await expect(rows.first()).toBeVisible();
  await rows.nth(Math.floor((await rows.count()) / 2)).scrollIntoViewIfNeeded();
  const confirmAll = page.getByRole("button", { name: /^Confirm all \d+ rows as shown$/ });
  if (await confirmAll.isVisible()) await confirmAll.click();
  const add = page.getByRole("button", { name: /^Add foods \(\d+\)$/ });
  await add.click();
  const summary = page.getByRole("region", { name: "Your day so far" });
  await expect(summary.getByRole("listitem")).toHaveCount(3);
  await expect(summary).toBeInViewport({ ratio: 1 });
  await expect(summary.getByRole("listitem").first()).toHaveText(/^Magnesium: \d+% of target, (\d[\d,]* mg to go|target met)$/);
  // Each row's unit menu has room for its words ("× 1 medium (7" to 7-7/8" long)") on the phone.
  const unit = page.getByRole("combobox", { name: /^Unit for / }).first();
  expect((await unit.boundingBox())!.width).toBeGreaterThan(200);
  // Its link leads to the full results.
  await summary.getByRole("link", { name: "See the full results" }).click();
  await expect(page.getByRole("heading", { name: "Magnesium, potassium and calcium", level: 2 })).toBeInViewport();
});

test("while a long preview is read, its add button stays on screen", async ({ page }) => {
  await page.goto("/");
  await quickAdd(page).fill(LONG_DAY);
  const rows = page.locator(".preview-box tbody tr");
  await expect(rows.first()).toBeVisible();
  const add = page.getByRole("button", { name: /^Add foods \(\d+\)$/ });
  await expect(add).toBeVisible();
  const previewHeight = await page.locator(".preview-box").evaluate((box) => box.getBoundingClientRect().height);
  expect(previewHeight, "the preview is longer than a screen").toBeGreaterThan(667);
  // At the top of the preview, in its middle, and at its end.
  for (const row of [rows.first(), rows.nth(Math.floor((await rows.count()) / 2)), rows.last()]) {
    await row.scrollIntoViewIfNeeded();
    await expect(add).toBeInViewport({ ratio: 1 });
  }
});

test("a failed add takes focus to the first row that needs a look", async ({ page }) => {
  await page.goto("/");
  // 5,000 g of almonds is far past a serving: its row waits for a confirmation, and nothing else is typed.
  await quickAdd(page).fill("5000 g almonds");
  await expect(page.getByText("1 row needs a look", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: /^Add foods/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing to add yet" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Confirm 5,000 g of / })).toBeFocused();
});

test("a supplement above its limit is warned about beside the supplement", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("region", { name: "Supplements" });
  await card.getByRole("combobox", { name: "Supplement to add" }).selectOption({ label: "Magnesium oxide, 400 mg tablet" });
  await card.getByRole("button", { name: "Add supplement" }).click();
  const row = card.getByRole("group", { name: "Magnesium oxide, 400 mg tablet" });
  await row.getByRole("spinbutton", { name: "Units a day" }).fill("2");
  // 2 × 241 mg = 482 mg from supplements, against the US UL of 350 mg for magnesium from supplements.
  const warning = card.getByRole("note").filter({ hasText: "Supplements: 482 mg of magnesium a day, above the 350 mg limit for magnesium from supplements." });
  await expect(warning).toBeVisible();
  const [rowBox, warningBox] = [(await row.boundingBox())!, (await warning.boundingBox())!];
  expect(warningBox.y + warningBox.height - rowBox.y, "the warning is within one screen of the supplement").toBeLessThanOrEqual(667);
  // The food bar is not red for a limit that judges the supplements alone: the row says which part passes it.
  await expect(page.getByRole("table", { name: "Mineral totals" }).getByRole("row", { name: /Magnesium/ })).toContainText("meets target; supplements above upper limit");
});

test("the page's running text names no database, formula or author; Sources does", async ({ page }) => {
  // Spinach (its calcium counts for less, after a study), a magnesium citrate tablet (its formula), and typed foods
  // the table does not have or that carry a note (paneer, basmati).
  const day: Day = {
    ...emptyDay(),
    days: [{ label: "Day 1", entries: [{ uid: "s", meal: "dinner", foodId: "11458", amount: 180, portion: null }] }],
    supplements: [{ name: "Magnesium citrate, 500 mg tablet", magnesium: 81, potassium: 0, calcium: 0, count: 1 }],
  };
  await page.goto(`/?day=${encodeShare(day)}`);
  await page.getByRole("region", { name: "Supplements" }).getByRole("combobox", { name: "Supplement to add" }).selectOption({ label: "Magnesium citrate, 500 mg tablet" });
  await quickAdd(page).fill("paneer tikka with basmati rice and a glass of oat milk");
  await expect(page.locator(".preview-box tbody tr").first()).toBeVisible();
  await page.getByRole("button", { name: "Suggest foods" }).click();
  await expect(page.getByRole("list", { name: "Suggestions" })).toBeVisible();
  const texts = await page.evaluate(() => {
    const sources = document.getElementById("sources-heading")!.closest("section")!;
    const all = document.body.innerText;
    return { outside: all.replace(sources.innerText, ""), sources: sources.innerText };
  });
  expect(texts.outside).not.toMatch(/SR28|\bC\d+H\d+|et al\./);
  expect(texts.outside).not.toMatch(/[CH][₀-₉]/); // formulas in subscript digits too
  expect(texts.sources).toMatch(/SR28/);
  expect(texts.sources).toMatch(/et al\. \d{4}/);
});

test("the profile asks for the age instead of assuming one, and says what the targets assume meanwhile", async ({ page }) => {
  await page.goto("/");
  const age = page.getByRole("spinbutton", { name: "Age" });
  await expect(age).toHaveValue("");
  await expect(age).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter your age: it sets your targets. Until you do, they are an adult's of 35.")).toBeVisible();
  const assumed = page.getByText("Targets are for an adult of 35 until you enter your age under About you.");
  await expect(assumed).toBeVisible();
  await age.fill("60");
  await expect(assumed).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("spinbutton", { name: "Age" })).toHaveValue("60");
});
