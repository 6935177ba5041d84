import { expect, type Page } from "@playwright/test";

/** Adds a food the way a person does: choose the meal, type in "Add food", pick the option. */
export async function addFood(page: Page, query: string, option: RegExp | string, meal = "Breakfast") {
  await page.getByLabel("Meal").selectOption({ label: meal });
  await page.getByRole("combobox", { name: "Add food" }).fill(query);
  await page.getByRole("listbox").getByRole("option", { name: option }).first().click();
}

export function totalsRow(page: Page, mineral: "Magnesium" | "Potassium" | "Calcium") {
  return page.getByRole("table", { name: "Mineral totals" }).getByRole("row", { name: new RegExp(mineral) });
}

export async function expectTotals(page: Page, expected: { Magnesium: string; Potassium: string; Calcium: string }) {
  for (const [mineral, text] of Object.entries(expected)) {
    await expect(totalsRow(page, mineral as "Magnesium").getByRole("cell").first()).toHaveText(text);
  }
}
