import { expect, test } from "@playwright/test";
import { addFood, totalsCell } from "./helpers";

test.describe("when the server fails", () => {
  test("a failed analysis shows a calm message with a retry, and the day is kept", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("32");

    await page.route("**/api/analyze", (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"message":"Service unavailable"}}' }));
    await page.getByRole("spinbutton", { name: "Amount of Bananas, raw" }).fill("2");
    const alert = page.getByRole("alert").filter({ hasText: "Could not work out the totals just now" });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText("Your day is kept");
    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toHaveValue("2");

    await page.unroute("**/api/analyze");
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(totalsCell(page, "Magnesium", "total")).toHaveText("64");
    await expect(alert).toHaveCount(0);
  });

  test("a failed quick add keeps the text", async ({ page }) => {
    await page.goto("/");
    await page.route("**/api/parse", (route) => route.abort());
    const box = page.getByRole("textbox", { name: "Quick add" });
    await box.fill("2 bananas and a glass of milk");
    await page.getByRole("button", { name: "Add foods" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Could not read the text just now" }).first()).toBeVisible({ timeout: 15_000 });
    await expect(box).toHaveValue("2 bananas and a glass of milk");
  });
});

test.describe("keyboard alone", () => {
  test("the whole journey: profile, quick add, search, suggestions", async ({ page }) => {
    await page.goto("/");
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return "";
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim();
      });
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        const focused = await focusedName();
        if (typeof name === "string" ? focused === name : name.test(focused)) {
          // Focus is visible: the focused control draws an outline.
          const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
          expect(outline, `focus ring on ${name}`).not.toBe("none");
          return;
        }
      }
      throw new Error(`could not Tab to ${name}`);
    };

    await tabTo("Age");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("25");
    await tabTo("Sex");
    await page.keyboard.press("ArrowDown"); // Female -> Male
    await expect(totalsCell(page, "Magnesium", "target")).toContainText("400");

    await tabTo("Quick add");
    await page.keyboard.type("2 bananas, a glass of milk");
    await tabTo(/^Add foods/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toHaveValue("2");

    await tabTo("Add food");
    await page.keyboard.type("almonds");
    await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("Nuts, almonds");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("spinbutton", { name: "Amount of Nuts, almonds" })).toBeVisible();

    await tabTo("Suggest foods");
    await page.keyboard.press("Enter");
    const list = page.getByRole("list", { name: "Suggestions" });
    await expect(list.getByRole("listitem").first()).toBeVisible();
    // Focus goes to the plan when it arrives, not back to the top of the page.
    await expect(page.getByRole("region", { name: "Your plan" })).toBeFocused();
    await tabTo(/^Add .+ to (breakfast|lunch|dinner|snacks)$/);
    const [, food, meal] = (await focusedName()).match(/^Add (.+) to (\w+)$/)!;
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: meal![0]!.toUpperCase() + meal!.slice(1) })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `Added ${food} to ${meal}:` })).toBeAttached();
  });
});
