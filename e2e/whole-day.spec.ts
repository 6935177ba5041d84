import { expect, test } from "@playwright/test";
import { expectTotals } from "./helpers";

// Whole days typed in words: meals from labels, a doubtful food swapped in one click, a dish opened and edited.
// Expected totals are worked out by hand from SR28 (mg per 100 g): banana 09040 Mg 27 K 358 Ca 5; whole milk
// 01077 Mg 10 K 132 Ca 113; apple 09003 Mg 5 K 107 Ca 6; almonds 12061 Mg 270 K 733 Ca 269.
test.describe("a whole day in words", () => {
  test("meal labels put each food under its meal", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("textbox", { name: "Quick add" })
      .fill("Breakfast: a banana and a glass of milk. Lunch: an apple\nDinner - 30 g almonds");
    const preview = page.getByRole("table", { name: /Quick add preview/ });
    await expect(preview.getByRole("row", { name: /an apple/ })).toContainText("Lunch");
    // "a glass of milk" is taken as a cup of whole milk, said in its note: confirmed before it is added.
    await preview.getByRole("button", { name: "Confirm Milk, whole, 3.25% milkfat, with added vitamin D for “a glass of milk”" }).click();
    await page.getByRole("button", { name: "Add foods (4)" }).click();

    await expect(page.getByRole("region", { name: "Breakfast" })).toContainText("Bananas, raw");
    await expect(page.getByRole("region", { name: "Breakfast" })).toContainText("Milk, whole");
    await expect(page.getByRole("region", { name: "Lunch" })).toContainText("Apples, raw");
    await expect(page.getByRole("region", { name: "Dinner" })).toContainText("Nuts, almonds");
    await expect(page.getByRole("status").filter({ hasText: "Added 4 foods" })).toContainText("breakfast, lunch and dinner");
    // banana 118 g + milk 244 g + apple 182 g + almonds 30 g:
    // Mg 31.86 + 24.4 + 9.1 + 81 = 146.36; K 422.44 + 322.08 + 194.74 + 219.9 = 1,159.16;
    // Ca 5.9 + 275.72 + 10.92 + 80.7 = 373.24 on the labels; almonds count × 0.454 toward the target (Weaver 1999: 21.2% at 80 mg vs milk's 46.66% at that load): 329.18.
    await expectTotals(page, { Magnesium: "146", Potassium: "1,159", Calcium: "329 (373 on labels)" });
  });

  test("a food the parser is not sure of is shown plainly and swapped in one click", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("Snack: sweet potato noodles");
    const row = page.getByRole("table", { name: /Quick add preview/ }).getByRole("row", { name: /sweet potato noodles/ });
    await expect(row).toContainText("Not sure");
    await expect(row).toContainText("“noodle” is not in the table");
    const swap = row.getByRole("button", { name: /^Use Sweet potato, raw/ });
    await swap.click();
    await expect(row).not.toContainText("Not sure");
    await expect(row).toContainText("Your choice");
    await page.getByRole("button", { name: "Add foods" }).click();
    await expect(page.getByRole("region", { name: "Snacks" })).toContainText("Sweet potato, raw");
  });

  test("a dish is one row that opens into its ingredients, and an ingredient can be changed", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("Lunch: a turkey sandwich");
    const sandwich = page.getByRole("table", { name: /Quick add preview/ });
    await expect(sandwich).toContainText("Turkey sandwich");
    // A dish read as a standard recipe says so and waits for the person's word.
    await expect(sandwich).toContainText("A typical turkey sandwich: its ingredients and amounts are a standard recipe's");
    await sandwich.getByRole("button", { name: "Confirm Turkey sandwich for “a turkey sandwich”" }).click();
    await page.getByRole("button", { name: "Add foods (1)" }).click();

    const lunch = page.getByRole("region", { name: "Lunch" });
    const dish = lunch.getByRole("button", { name: "Turkey sandwich", exact: true });
    await expect(dish).toHaveAttribute("aria-expanded", "false");
    const turkey = lunch.getByRole("spinbutton", { name: "Amount of Turkey breast, sliced, prepackaged" });
    await expect(turkey).toBeHidden();
    // Bread 18069 58 g (Mg 23 K 126 Ca 144), turkey 07081 60 g (Mg 20 K 401 Ca 7), iceberg 11252 15 g (7, 141, 18),
    // tomato 11529 40 g (11, 237, 10), mayonnaise 04025 13.8 g (1, 20, 8): Mg 30.93, K 432.39, Ca 95.52.
    await expectTotals(page, { Magnesium: "31", Potassium: "432", Calcium: "96" });

    await dish.click();
    await expect(dish).toHaveAttribute("aria-expanded", "true");
    await expect(turkey).toHaveValue("60");
    await turkey.fill("120");
    // 60 g more turkey: Mg +12, K +240.6, Ca +4.2.
    await expectTotals(page, { Magnesium: "43", Potassium: "673", Calcium: "100" });

    await lunch.getByRole("button", { name: "Remove Turkey sandwich" }).click();
    await expect(page.getByText("Your day is empty")).toBeVisible();
  });

  test("the parse API returns meals, dishes, confidence and alternatives", async ({ request }) => {
    const response = await request.post("/api/parse", { data: { text: "Lunch: a turkey sandwich. 1 cup of brown rice, oat milk" } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    // A dish read as a standard recipe is never sure: its note says the ingredients are a typical recipe's.
    expect(body.entries[0]).toMatchObject({ meal: "lunch", recipe: "Turkey sandwich", confidence: "low" });
    expect(body.entries[0].note).toMatch(/standard recipe/);
    const rice = body.entries.find((e: { text: string }) => e.text === "1 cup of brown rice");
    // Brown rice, long-grain, cooked (20037): 1 cup = 202 g in SR28; raw would be 185 g of dry grain.
    expect(rice).toMatchObject({ foodId: "20037", grams: 202, recipe: null, meal: "lunch" });
    expect(rice.alternatives.length).toBeGreaterThan(0);
    expect(rice.alternatives.length).toBeLessThanOrEqual(3);
    expect(body.unmatched).toEqual(["oat milk"]);
    expect(body.unmatchedReasons[0].reason).toMatch(/no oat milk/i);

    const labelsOnly = await request.post("/api/parse", { data: { text: "Breakfast: Lunch: Dinner:" } });
    expect(await labelsOnly.json()).toEqual({ entries: [], unmatched: [], unmatchedReasons: [] });
  });

  test("the search box says when no food is what was asked, and lists cooked staples first", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("combobox", { name: "Add food" });
    await search.fill("oat milk");
    await expect(page.getByRole("paragraph").filter({ hasText: /has no oat milk/ })).toBeVisible();
    await search.fill("lentils");
    await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("Lentils, mature seeds, cooked");
  });
});
