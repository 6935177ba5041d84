// Quick add reads how often a food is eaten: each entry carries its days a week (null: every day, or not said), and
// its amount stays one serving, read as if the words of how often were not there. Grams are SR28's (data/foods.json,
// data/recipes.json), by hand: salmon 15237 "0.5 fillet" 178 g; egg 01123 large 50 g; banana 09040 medium 118 g;
// porridge with milk: rolled oats 08120 40.5 g and 2% milk 01079 244 g; cheese pizza 21299 one slice 107 g.
import { describe, expect, it } from "vitest";
import { parseMeals } from "./meals";
import { splitDay } from "./structure";

const read = (text: string) => parseMeals(text).entries.map((e) => [e.foodId, e.grams, e.perWeek]);

describe("quick add: how often", () => {
  it("reads “salmon twice a week” as salmon at its usual amount, 2 days a week", () => {
    const { entries, unmatched } = parseMeals("salmon twice a week");
    expect(unmatched).toEqual([]);
    expect(entries.map((e) => [e.foodId, e.amount, e.portion, e.grams, e.perWeek])).toEqual([["15237", 1, "0.5 fillet", 178, 2]]);
    // The amount is what "salmon" alone gives, and the words of how often are no part of the food.
    expect(entries[0]!.grams).toBe(parseMeals("salmon").entries[0]!.grams);
    expect(entries[0]!.note).not.toMatch(/twice|week/);
  });

  it("carries “Most days:” and “Fridays:” over the foods after them in their sentence", () => {
    const { entries } = parseMeals("Most days: porridge with milk. Fridays: pizza");
    expect(entries.map((e) => [e.foodId, e.grams, e.recipe, e.perWeek])).toEqual([
      ["08120", 40.5, "Porridge with milk", 5],
      ["01079", 244, "Porridge with milk", 5],
      ["21299", 107, "Cheese pizza", 1],
    ]);
    // "Most days" is an assumption, and the porridge's row says it.
    expect(entries[0]!.note).toContain("“Most days” read as 5 days a week.");
  });

  it("keeps the amount typed: 2 eggs 3 times a week are 2 eggs (100 g), 3 days a week, never 6 eggs", () => {
    expect(read("2 eggs 3 times a week")).toEqual([["01123", 100, 3]]);
    expect(read("3x a week 2 eggs")).toEqual([["01123", 100, 3]]);
  });

  it("leaves “3 times a day” to the amount reading: it is no days a week", () => {
    const { entries } = parseMeals("a cup of tea 3 times a day");
    expect(entries.map((e) => [e.foodId, e.perWeek])).toEqual([["14355", null]]);
  });

  it("gives a phrase after foods to its own food and those joined to it by “and” or “with”, not those before a comma", () => {
    const { entries } = parseMeals("Dinner: chicken and rice, a glass of wine at the weekend");
    expect(entries.map((e) => [e.recipe ?? e.name.split(",")[0], e.perWeek, e.meal])).toEqual([
      ["Chicken and rice", null, "dinner"],
      ["Chicken and rice", null, "dinner"],
      ["Chicken and rice", null, "dinner"],
      ["Alcoholic beverage", 2, "dinner"],
    ]);
    expect(read("2 bananas and a cup of milk twice a week").map(([id, , perWeek]) => [id, perWeek])).toEqual([
      ["09040", 2],
      ["01077", 2],
    ]);
  });

  it("carries a heading alone on its line over the lines after it, up to a blank line", () => {
    const text = "Weekends:\n- 2 bananas\n- a glass of milk\n\nBreakfast: 2 eggs";
    expect(parseMeals(text).entries.map((e) => [e.foodId, e.perWeek])).toEqual([
      ["09040", 2],
      ["01077", 2],
      ["01123", null],
    ]);
    // A phrase that does not head its line carries nothing to the next ("meal prep on Monday 💪").
    expect(splitDay("meal prep on Monday 💪\n2 eggs").map((f) => [f.text, f.often.perWeek])).toEqual([
      ["meal prep on Monday 💪", 1],
      ["2 eggs", null],
    ]);
  });

  it("reads a day's name said as a habit, and takes it out of the food's words", () => {
    // Without this, "on Fridays" read as TGI Friday's french fries.
    expect(parseMeals("pizza for dinner on Fridays").entries.map((e) => [e.foodId, e.meal, e.perWeek])).toEqual([["21299", "dinner", 1]]);
    expect(read("On Fridays pizza")).toEqual([["21299", 107, 1]]);
    expect(read("Friday night pizza")).toEqual([["21299", 107, 1]]);
    // A dish named with its day is that dish, on that day.
    const roast = parseMeals("every Sunday roast").entries;
    expect(roast.length).toBeGreaterThan(1);
    expect(roast.every((e) => e.recipe === "Roast dinner" && e.perWeek === 1)).toBe(true);
  });

  it("does not read a day written out as a habit", () => {
    expect(read("Sunday: 2 eggs. Then 2 bananas")).toEqual([
      ["01123", 100, null],
      ["09040", 236, null],
    ]);
  });

  it("says when how often was not clear, and counts it every day", () => {
    const [entry] = parseMeals("2 bananas sometimes").entries;
    expect([entry!.foodId, entry!.grams, entry!.perWeek]).toEqual(["09040", 236, null]);
    expect(entry!.note).toContain("How often was not clear (“sometimes”)");
  });

  it("reads every day as not said: the food counts in full", () => {
    expect(read("2 bananas every day")).toEqual([["09040", 236, null]]);
    expect(read("2 bananas daily")).toEqual([["09040", 236, null]]);
  });
});
