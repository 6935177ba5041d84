import { expect, test } from "@playwright/test";
import { addFood, expectMineralBarChart, expectTotals, totalsCell } from "./helpers";

test.describe("entering a typical day", () => {
  test("build a day from an empty page and read the gaps, with three bars", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("Your day is empty")).toBeVisible();

    // Keyboard alone: type, arrow to the option, Enter.
    await page.getByLabel("Meal", { exact: true }).selectOption({ label: "Breakfast" });
    const add = page.getByRole("combobox", { name: "Add food" });
    await add.focus();
    await page.keyboard.type("banana");
    await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("Bananas, raw");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toHaveValue("1");
    await expect(page.getByRole("combobox", { name: "Unit for Bananas, raw" })).toHaveValue('1 medium (7" to 7-7/8" long)');

    await addFood(page, "milk", /Milk, whole, 3.25% milkfat, with added vitamin D/);
    await addFood(page, "almonds", /^Nuts, almonds Nut/, "Snacks");
    // Almonds by weight: 30 g.
    await page.getByRole("combobox", { name: "Unit for Nuts, almonds" }).selectOption({ label: "g" });
    await page.getByRole("spinbutton", { name: "Amount of Nuts, almonds" }).fill("30");

    // SR28: banana 118 g (Mg 27, K 358, Ca 5), whole milk 1 cup 244 g (Mg 10, K 132, Ca 113),
    // almonds 30 g (Mg 270, K 733, Ca 269): Mg 31.86 + 24.4 + 81 = 137.26; K 422.44 + 322.08 + 219.9 = 964.42;
    // Ca 5.9 + 275.72 + 80.7 = 362.32 on the labels; almonds count × 0.454 toward the target (Weaver 1999: 21.2% at 80 mg vs milk's 46.66% at that load): 5.9 + 275.72 + 36.64 = 318.26.
    await expectTotals(page, { Magnesium: "137", Potassium: "964", Calcium: "318 (362 on labels)" });
    // Woman of 35 (the default profile): Mg 320, K 2,600, Ca 1,000.
    await expect(totalsCell(page, "Magnesium", "target")).toHaveText("320 RDA");
    await expect(totalsCell(page, "Magnesium", "gap")).toHaveText("183"); // 320 - 137.26
    await expect(totalsCell(page, "Potassium", "gap")).toHaveText("1,636"); // 2600 - 964.42
    await expect(totalsCell(page, "Calcium", "percent")).toHaveText("32% below target");

    // The chart is drawn, and its text equivalent gives each bar: Mg 137.26 / 320 = 42.9%, K 964.42 / 2,600 = 37.1%,
    // Ca 318.26 / 1,000 = 31.8%.
    const chart = page.getByRole("figure", { name: "Minerals as % of reference intake" });
    await expectMineralBarChart(chart);
    await expect(chart.getByRole("listitem")).toHaveText([
      "Magnesium: 43% of target, below target.",
      "Potassium: 37% of target, below target.",
      "Calcium: 32% of target, below target.",
    ]);
    await expect(page.getByRole("figure", { name: /Which foods supply each mineral/ })).toBeVisible();
  });

  test("editing and removing entries updates the totals", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    await expectTotals(page, { Magnesium: "32", Potassium: "422", Calcium: "6" });
    await page.getByRole("spinbutton", { name: "Amount of Bananas, raw" }).fill("2");
    await expectTotals(page, { Magnesium: "64", Potassium: "845", Calcium: "12" });
    // A bad amount is kept on screen, explained, and does not change the day.
    await page.getByRole("spinbutton", { name: "Amount of Bananas, raw" }).fill("-3");
    await expect(page.getByRole("alert").filter({ hasText: "An amount must be more than 0. Your day keeps 2 until then." })).toBeVisible();
    await expectTotals(page, { Magnesium: "64", Potassium: "845", Calcium: "12" });
    await page.getByRole("button", { name: "Remove Bananas, raw" }).click();
    await expectTotals(page, { Magnesium: "0", Potassium: "0", Calcium: "0" });
  });

  test("changing the profile changes the targets", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    const age = page.getByRole("spinbutton", { name: "Age" });
    const sex = page.getByRole("combobox", { name: "Sex" });

    await expect(totalsCell(page, "Calcium", "target")).toContainText("1,000");
    await age.fill("60");
    await expect(totalsCell(page, "Calcium", "target")).toContainText("1,200");
    await expect(page.getByRole("combobox", { name: "Life stage" })).toHaveCount(0);

    await age.fill("25");
    await sex.selectOption({ label: "Male" });
    await expect(totalsCell(page, "Magnesium", "target")).toContainText("400");
    await expect(totalsCell(page, "Potassium", "target")).toContainText("3,400");

    await sex.selectOption({ label: "Female" });
    await age.fill("28");
    await page.getByRole("combobox", { name: "Life stage" }).selectOption({ label: "Pregnant" });
    await expect(totalsCell(page, "Magnesium", "target")).toContainText("350");
    await expect(totalsCell(page, "Potassium", "target")).toContainText("2,900");

    await page.getByRole("combobox", { name: "Reference standard" }).selectOption("efsa");
    await expect(totalsCell(page, "Magnesium", "target")).toContainText("300");
    await expect(totalsCell(page, "Magnesium", "target")).toHaveText("300 AI");
    await expect(page.getByText(/EFSA NDA Panel 2015/).first()).toBeVisible();
  });

  test("a bad age is kept on screen with a hint, and the targets wait for a good one", async ({ page }) => {
    await page.goto("/");
    const age = page.getByRole("spinbutton", { name: "Age" });
    await age.fill("200");
    await expect(page.getByText("Enter an age from 1 to 120")).toBeVisible();
    await expect(age).toHaveValue("200");
    await expect(totalsCell(page, "Magnesium", "target")).toContainText("320");
  });

  test("reload keeps the day", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "pumpkin seeds", /Seeds, pumpkin and squash seed kernels, dried/, "Snacks");
    await page.getByRole("combobox", { name: "Sex" }).selectOption({ label: "Male" });
    // 1 oz = 28.35 g of 12014: Mg 592 -> 167.83 mg
    await expectTotals(page, { Magnesium: "168", Potassium: "229", Calcium: "13" });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Snacks" })).toBeVisible();
    await expect(page.getByRole("spinbutton", { name: "Amount of Seeds, pumpkin and squash seed kernels, dried" })).toHaveValue("1");
    await expect(page.getByRole("combobox", { name: "Sex" })).toHaveValue("male");
    await expectTotals(page, { Magnesium: "168", Potassium: "229", Calcium: "13" });
  });

  test("foods without a USDA value are flagged next to the totals", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "cheez whiz", /CHEEZ WHIZ Pasteurized Process Cheese Sauce/);
    await expect(page.getByRole("note")).toContainText("no value for magnesium in KRAFT CHEEZ WHIZ");
  });

  test("the notes on upper limits and medical advice are there", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText(/Magnesium upper limit: 350 mg a day, the tolerable upper intake level \(UL\), from supplements and medicines only/)).toBeVisible();
    await expect(page.getByText(/^People with kidney disease, or who take some blood-pressure or heart medicines/)).toBeVisible();
    await expect(page.getByText(/not medical advice/i)).toBeVisible();
    await expect(page.getByText(/see a doctor/)).toBeVisible();
  });
});

test.describe("saving, importing and sharing the day", () => {
  test("importing a broken file is reported and leaves the day unchanged", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    await expectTotals(page, { Magnesium: "32", Potassium: "422", Calcium: "6" });
    const input = page.getByLabel("Import day from a file");

    await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
    await expect(page.getByRole("alert").filter({ hasText: "Could not import broken.json: It is not valid JSON." })).toBeVisible();

    const wrongShape = JSON.stringify({ version: 9, profile: { ageYears: 50, sex: "female" }, entries: [] });
    await input.setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from(wrongShape) });
    await expect(page.getByRole("alert").filter({ hasText: "Could not import wrong.json" })).toContainText("Your day is unchanged");

    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toBeVisible();
    await expectTotals(page, { Magnesium: "32", Potassium: "422", Calcium: "6" });
  });

  test("export then import gives the same day", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "kefir", /Kefir, lowfat, plain/);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export day" }).click();
    const file = await (await download).path();
    await page.getByRole("button", { name: "Clear day" }).click();
    await expect(page.getByText("Your day is empty")).toBeVisible();
    await page.getByLabel("Import day from a file").setInputFiles(file);
    await expect(page.getByRole("status").filter({ hasText: "Imported 1 food from" })).toBeVisible();
    // Kefir has no household measures in SR28: 100 g -> Mg 12, K 164, Ca 130.
    await expectTotals(page, { Magnesium: "12", Potassium: "164", Calcium: "130" });
  });

  test("a corrupt saved day is reported, kept, and can be replaced by a fresh one", async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("mineral-gap:day", '{"version":1,"profile":{"ageYears":"old"');
        sessionStorage.setItem("seeded", "1");
      }
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Your saved day could not be read" })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("mineral-gap:day"))).toBe('{"version":1,"profile":{"ageYears":"old"');
    await page.getByRole("button", { name: "Start fresh" }).click();
    await expect(page.getByRole("heading", { name: "Your saved day could not be read" })).toHaveCount(0);
    await addFood(page, "banana", /Bananas, raw/);
    await expectTotals(page, { Magnesium: "32", Potassium: "422", Calcium: "6" });
  });

  test("a share link carries the day and profile to another browser", { tag: "@phone" }, async ({ page, browser, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Sex" }).selectOption({ label: "Male" });
    await addFood(page, "banana", /Bananas, raw/);
    await addFood(page, "almonds", /^Nuts, almonds Nut/, "Snacks");
    await page.getByRole("button", { name: "Share link" }).click();
    const link = await page.getByRole("textbox", { name: "Link to this day" }).inputValue();
    expect(link).toContain("?day=");

    // Another browser of the same kind as this project's (the phone stays a 375 px phone).
    const otherBrowser = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
    const other = await otherBrowser.newPage();
    expect(other.viewportSize()).toEqual(page.viewportSize());
    await other.goto(link);
    await expect(other.getByRole("spinbutton", { name: "Amount of Nuts, almonds" })).toHaveValue("1");
    await expect(other.getByRole("combobox", { name: "Sex" })).toHaveValue("male");
    // banana 118 g + almonds 1 oz (28.35 g): Mg 31.86 + 76.545 = 108.4; Ca 5.9 + 76.26 = 82.16 on the labels, toward
    // the target 5.9 + 76.26 × 0.454 = 40.52.
    await expectTotals(other, { Magnesium: "108", Potassium: "630", Calcium: "41 (82 on labels)" });
    expect(other.url()).not.toContain("day=");
    await otherBrowser.close();
  });

  test("a damaged share link is reported and the saved day is kept", async ({ page }) => {
    await page.goto("/");
    await addFood(page, "banana", /Bananas, raw/);
    await page.goto("/?day=not-a-day");
    await expect(page.getByRole("alert").filter({ hasText: "The shared link is damaged" })).toBeVisible();
    await expect(page.getByRole("spinbutton", { name: "Amount of Bananas, raw" })).toBeVisible();
  });
});
