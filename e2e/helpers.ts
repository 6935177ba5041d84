import { expect, type Locator, type Page } from "@playwright/test";

/** Adds a food the way a person does: choose the meal, type in "Add food", pick the option. */
export async function addFood(page: Page, query: string, option: RegExp | string, meal = "Breakfast") {
  await page.getByLabel("Meal", { exact: true }).selectOption({ label: meal });
  await page.getByRole("combobox", { name: "Add food" }).fill(query);
  await page.getByRole("listbox").getByRole("option", { name: option }).first().click();
}

export function totalsRow(page: Page, mineral: "Magnesium" | "Potassium" | "Calcium") {
  return page.getByRole("table", { name: "Mineral totals" }).getByRole("row", { name: new RegExp(mineral) });
}

const COLUMNS = { total: 0, target: 1, percent: 2, gap: 3 } as const;

/** A cell of the "Mineral totals" table: Total mg, Target mg, % of target or Gap mg. */
export function totalsCell(page: Page, mineral: "Magnesium" | "Potassium" | "Calcium", column: keyof typeof COLUMNS) {
  return totalsRow(page, mineral).getByRole("cell").nth(COLUMNS[column]);
}

/** The Total mg column, as shown (whole mg). */
export async function expectTotals(page: Page, expected: { Magnesium: string; Potassium: string; Calcium: string }) {
  for (const [mineral, text] of Object.entries(expected)) {
    await expect(totalsCell(page, mineral as "Magnesium", "total")).toHaveText(text);
  }
}

/**
 * A bar chart of the three minerals is drawn in this figure: its image (the chart's accessible name) with each
 * mineral on its axis. Its figures are checked through the figure's text equivalent, the list beside it.
 */
export async function expectMineralBarChart(figure: Locator) {
  const chart = figure.getByRole("img", { name: "Bar chart of the percentages listed below" });
  await expect(chart).toBeVisible();
  await expect(chart.getByText(/^(Magnesium|Potassium|Calcium)$/)).toHaveText(["Magnesium", "Potassium", "Calcium"]);
}
