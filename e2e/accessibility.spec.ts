import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addFood, expectMineralBarChart } from "./helpers";

// Each scan looks at what its test is about: the whole page once when it is empty (and for the 404 page), then only
// the parts a step changed (the day and its results, quick add's preview, the suggestions), so no test re-scans the
// whole page several times.
const DAY = 'section[aria-labelledby="day-heading"]';
const RESULTS = 'section[aria-labelledby="results-heading"]';
const SUGGESTIONS = 'section[aria-labelledby="suggest-heading"]';

async function expectNoAxeViolations(page: Page, ...parts: string[]) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  for (const part of parts) builder = builder.include(part);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
  expect(summary).toEqual([]);
}

test.describe("accessibility (axe)", () => {
  test("the empty page", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("table", { name: "Mineral totals" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a filled day with its charts", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    await addFood(page, "milk", /Milk, whole, 3.25% milkfat, with added vitamin D/);
    await page.getByRole("textbox", { name: "Quick add" }).fill("30 g almonds, zzqxj");
    await expect(page.getByRole("table", { name: /Quick add preview/ })).toBeVisible();
    // The chart is drawn before axe looks.
    await expectMineralBarChart(page.getByRole("figure", { name: "Minerals as % of reference intake" }));
    await expectNoAxeViolations(page, DAY, RESULTS);
  });

  test("a whole day typed in words: the preview with a dish and a doubtful food, then the dish opened", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "Quick add" }).fill("Breakfast: a latte and zucchini noodles. Lunch: a turkey sandwich, oat milk");
    const preview = page.getByRole("table", { name: /Quick add preview/ });
    await expect(preview.getByRole("row", { name: /zucchini noodles/ })).toContainText("Not sure");
    await expect(page.getByRole("note").filter({ hasText: "oat milk" })).toBeVisible();
    await expectNoAxeViolations(page, ".quick-add");
    await page.getByRole("button", { name: /^Confirm all \d+ rows as shown$/ }).click();
    await page.getByRole("button", { name: /^Add foods/ }).click();
    await page.getByRole("button", { name: "Turkey sandwich", exact: true }).click();
    await expect(page.getByRole("spinbutton", { name: "Amount of Turkey breast, sliced, prepackaged" })).toBeVisible();
    await expectNoAxeViolations(page, DAY);
  });

  test("the suggestions", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    await page.getByRole("button", { name: "Suggest foods" }).click();
    await expect(page.getByRole("list", { name: "Suggestions" }).getByRole("listitem").first()).toBeVisible();
    // The before/after chart is drawn before axe looks.
    await expectMineralBarChart(page.getByRole("figure", { name: /Before and after/ }));
    await expectNoAxeViolations(page, SUGGESTIONS);
  });
});

test.describe("security", () => {
  test("the page runs under a nonce CSP without errors, and never shows user text as HTML", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const response = await page.goto("/");
    const csp = response!.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response!.headers()["x-powered-by"]).toBeUndefined();
    const box = page.getByRole("textbox", { name: "Quick add" });
    await box.fill('a banana, <img src=x onerror="window.__pwned=1">');
    await expect(page.getByRole("note").filter({ hasText: "Not understood" })).toContainText('<img src=x onerror="window.__pwned=1">');
    await page.getByRole("button", { name: "Add foods" }).click();
    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test("an unknown address gives a 404 page whose scripts run under the nonce, with a way back", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && !/404 \(Not Found\)/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const response = await page.goto("/no-such-page");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    // A prerendered 404 page carried no nonce: the CSP blocked each of its scripts, and said so in the console.
    expect(await page.evaluate(() => "next" in window)).toBe(true);
    expect(problems).toEqual([]);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Go to Mineral Gap" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mineral Gap" })).toBeVisible();
  });

  test("every API answer carries the security headers; wrong methods get 405", async ({ request }) => {
    for (const url of ["/api/health", "/api/foods?q=milk", "/api/foods/09040"]) {
      const response = await request.get(url);
      expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers()["referrer-policy"], url).toBe("no-referrer");
      expect(response.headers()["permissions-policy"], url).toContain("camera=()");
      expect(response.headers()["content-security-policy"], url).toContain("default-src 'none'");
    }
    for (const url of ["/api/analyze", "/api/suggest", "/api/parse"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(405);
      expect(response.headers()["allow"], url).toBe("POST");
      expect((await response.json()).error.message, url).toContain("POST");
    }
    expect((await request.delete("/api/foods?q=milk")).status()).toBe(405);
    const unknown = await request.get("/api/nothing-here");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.message).toContain("No such API endpoint");
  });
});
