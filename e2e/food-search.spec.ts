import { expect, test } from "@playwright/test";

test.describe("food search", () => {
  test("the first page says what Mineral Gap does and offers the search box", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mineral Gap" })).toBeVisible();
    await expect(page.getByText(/magnesium, potassium and calcium/).first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Add food" })).toBeVisible();
    await expect(page.getByText(/not medical advice/)).toBeVisible();
  });

  test("typing milk lists fluid milk first", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Add food" }).fill("milk");
    const options = page.getByRole("listbox").getByRole("option");
    // Whole milk first, then the lower-fat fluid milks a person might mean instead (2%, 1%, skim).
    await expect(options.first()).toContainText("Milk, whole, 3.25% milkfat");
    for (const n of [1, 2, 3]) await expect(options.nth(n)).toContainText(/^Milk, (lowfat|reduced fat|nonfat)/);
  });

  test("a typo still finds broccoli, by keyboard alone", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Add food" });
    await box.focus();
    await page.keyboard.type("brocoli");
    await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("Broccoli, raw");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("listbox").getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", /option-0/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("spinbutton", { name: "Amount of Broccoli, raw" })).toBeVisible();
    await expect(box).toHaveValue("");
    await expect(box).toBeFocused();
  });

  test("gibberish says nothing matched", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Add food" }).fill("zzqxj");
    await expect(page.getByText("No foods match “zzqxj”")).toBeVisible();
    await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(0);
  });
});

test.describe("food API", () => {
  test("answers the contract shape", async ({ request }) => {
    const response = await request.get("/api/foods?q=banana&limit=3");
    expect(response.status()).toBe(200);
    const { foods } = await response.json();
    expect(foods).toHaveLength(3);
    expect(foods[0]).toMatchObject({
      id: "09040",
      name: "Bananas, raw",
      group: "Fruits and Fruit Juices",
      per100g: { kcal: 89, calcium: 5, magnesium: 27, potassium: 358, sodium: 1 },
    });
    expect(foods[0].portions).toContainEqual({ label: '1 medium (7" to 7-7/8" long)', grams: 118 });
  });

  test("looks a food up by id and answers 404 and 400 with the error shape", async ({ request }) => {
    const found = await request.get("/api/foods/12014");
    expect((await found.json()).food.name).toBe("Seeds, pumpkin and squash seed kernels, dried");
    const missing = await request.get("/api/foods/99999");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toContain("99999");
    for (const url of ["/api/foods", "/api/foods?q=", "/api/foods?q=milk&limit=51", "/api/foods?q=milk&limit=x", "/api/foods/abc"]) {
      const bad = await request.get(url);
      expect(bad.status(), url).toBe(400);
      const body = await bad.json();
      expect(typeof body.error.message, url).toBe("string");
      expect(Array.isArray(body.error.issues), url).toBe(true);
    }
    expect(await (await request.get("/api/health")).json()).toEqual({ ok: true });
  });
});
