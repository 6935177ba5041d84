import { expect, test } from "@playwright/test";
import { expectTotals } from "./helpers";

test.describe("quick add", () => {
  test("type a day in one sentence and see the totals", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("2 bananas, a cup of milk and 30 g almonds");
    const preview = page.getByRole("table", { name: /Quick add preview/ });
    await expect(preview.getByRole("row")).toHaveCount(4);
    await expect(preview).toContainText("Bananas, raw");
    await expect(preview.getByRole("spinbutton", { name: "Grams of Bananas, raw" })).toHaveValue("236");
    // "milk" leaves the kind open: whole milk is assumed and said, and the row waits until the person confirms it.
    await expect(preview).toContainText("Whole milk assumed");
    await expect(page.getByRole("button", { name: "Add foods (2)" })).toBeVisible();
    await preview.getByRole("button", { name: "Confirm Milk, whole, 3.25% milkfat, with added vitamin D for “a cup of milk”" }).click();
    await page.getByLabel("Add to meal").selectOption({ label: "Breakfast" });
    await page.getByRole("button", { name: "Add foods (3)" }).click();
    // banana 236 g + whole milk 244 g + almonds 30 g (SR28): Mg 63.72 + 24.4 + 81 = 169.12,
    // K 844.88 + 322.08 + 219.9 = 1,386.86, Ca 11.8 + 275.72 + 80.7 = 368.22 on the labels; almonds count × 0.454 toward the target (Weaver 1999: 21.2% at 80 mg vs milk's 46.66% at that load):
    // 11.8 + 275.72 + 36.64 = 324.16.
    await expectTotals(page, { Magnesium: "169", Potassium: "1,387", Calcium: "324 (368 on labels)" });
    await expect(page.getByRole("spinbutton", { name: "Amount of Nuts, almonds" })).toHaveValue("30");
    await expect(page.getByRole("textbox", { name: "Quick add" })).toHaveValue("");
  });

  test("a clock time is never an amount, and an amount the app assumed waits until confirmed", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("7am black coffee, toast, 2 bananas");
    const preview = page.getByRole("table", { name: /Quick add preview/ });
    // "7am" is the breakfast label: one cup of coffee (SR28 14209, 1 cup 8 fl oz = 237 g), not 7 cups.
    await expect(preview.getByRole("spinbutton", { name: "Grams of Beverages, coffee, brewed, prepared with tap water" })).toHaveValue("237");
    await expect(preview).toContainText("No amount given: 1 cup (8 fl oz), 237 g assumed.");
    await expect(page.getByRole("status").filter({ hasText: "2 rows need a look" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add foods (1)" })).toBeVisible();
    await page.getByRole("button", { name: "Confirm all 2 rows as shown" }).click();
    await page.getByRole("button", { name: "Add foods (3)" }).click();
    // coffee 237 g + white toast 22 g (18070) + 2 bananas 236 g (09040), SR28 per 100 g:
    // Mg 7.11 + 5.72 + 63.72 = 76.55; K 116.13 + 28.82 + 844.88 = 989.83; Ca 4.74 + 26.18 + 11.8 = 42.72.
    await expectTotals(page, { Magnesium: "77", Potassium: "990", Calcium: "43" });
  });

  test("the preview can be corrected before adding", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("2 bananas and a glass of milk");
    await page.getByRole("spinbutton", { name: "Grams of Bananas, raw" }).fill("100");
    await page.getByRole("button", { name: /Leave out Milk/ }).click();
    await page.getByRole("button", { name: "Add foods" }).click();
    // 100 g banana: Mg 27, K 358, Ca 5; the milk was left out.
    await expectTotals(page, { Magnesium: "27", Potassium: "358", Calcium: "5" });
  });

  test("what it cannot understand is listed back and kept in the box", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("textbox", { name: "Quick add" });
    await box.fill("2 bananas and zzqxj");
    await expect(page.getByRole("note").filter({ hasText: "Not understood: “zzqxj”" })).toBeVisible();
    await page.getByRole("button", { name: "Add foods" }).click();
    await expectTotals(page, { Magnesium: "64", Potassium: "845", Calcium: "12" });
    await expect(box).toHaveValue("zzqxj");

    await page.getByRole("button", { name: "Add foods" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "No foods recognised" })).toBeVisible();
    await expect(box).toHaveValue("zzqxj");
  });

  test("the parse API answers the contract and rejects empty or long text", async ({ request }) => {
    const ok = await request.post("/api/parse", { data: { text: "2 bananas and a cup of milk" } });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.entries[0]).toMatchObject({ text: "2 bananas", foodId: "09040", name: "Bananas, raw", amount: 2, grams: 236 });
    expect(body.entries[1]).toMatchObject({ foodId: "01077", grams: 244 });
    expect(body.unmatched).toEqual([]);
    for (const data of [{ text: "" }, { text: "x".repeat(2001) }, {}]) {
      const bad = await request.post("/api/parse", { data });
      expect(bad.status()).toBe(400);
      expect(typeof (await bad.json()).error.message).toBe("string");
    }
  });
});
