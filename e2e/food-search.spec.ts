import { expect, test } from "@playwright/test";

test.describe("food search", () => {
  test("the first page says what Mineral Gap does and offers the search box", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mineral Gap" })).toBeVisible();
    await expect(page.getByText(/magnesium, potassium and calcium/).first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Search foods" })).toBeVisible();
    await expect(page.getByText(/not medical advice/)).toBeVisible();
  });

  test("typing milk lists fluid milk first and picking it shows USDA values", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search foods" }).fill("milk");
    const options = page.getByRole("listbox").getByRole("option");
    await expect(options.first()).toContainText("Milk, whole, 3.25% milkfat");
    await options.first().click();
    const table = page.getByRole("table", { name: /Minerals in Milk, whole/ });
    await expect(table).toBeVisible();
    // SR28 01077: 113 mg Ca, 10 mg Mg, 132 mg K per 100 g.
    await expect(table.getByRole("row", { name: /Calcium/ })).toContainText("113 mg");
    await expect(table.getByRole("row", { name: /Potassium/ })).toContainText("132 mg");
  });

  test("a typo still finds broccoli, by keyboard alone", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search foods" });
    await box.focus();
    await page.keyboard.type("brocoli");
    await expect(page.getByRole("option").first()).toContainText("Broccoli, raw");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", /option-0/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Broccoli, raw" })).toBeVisible();
    await expect(box).toHaveValue("");
  });

  test("a food without a USDA magnesium value says unknown, not zero", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search foods" }).fill("cheez whiz");
    await page.getByRole("option", { name: /CHEEZ WHIZ Pasteurized Process Cheese Sauce/ }).click();
    const table = page.getByRole("table", { name: /Minerals in KRAFT CHEEZ WHIZ/ });
    await expect(table.getByRole("row", { name: /Magnesium/ })).toContainText("unknown");
    await expect(page.getByText(/not counted as zero/)).toBeVisible();
  });

  test("gibberish says nothing matched", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search foods" }).fill("zzqxj");
    await expect(page.getByRole("status")).toContainText("No foods match");
    await expect(page.getByRole("option")).toHaveCount(0);
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
