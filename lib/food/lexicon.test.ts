// The curated tables checked against the food table they point into: every id real, every SR28 measure quoted
// exactly, every name in one place only, and the defaults the issue asks for (cooked staples, the article's words).
import { describe, expect, it } from "vitest";
import { foodRecordById } from "./foods";
import { lexiconEntries, lexiconEntry } from "./lexicon";
import { allRecipes, recipeByName } from "./recipes";
import { nameKey } from "./words";

describe("data/lexicon.json", () => {
  const entries = lexiconEntries();

  it("has at least 300 everyday names, each food real, each SR28 measure quoted exactly", () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const entry of entries) {
      if (entry.foodId === null) {
        expect(entry.reason.length, entry.names[0]).toBeGreaterThan(10);
        continue;
      }
      const food = foodRecordById(entry.foodId);
      expect(food, `${entry.names[0]} -> ${entry.foodId}`).toBeDefined();
      const own = food!.portions.find((p) => p.label === entry.portion.label);
      if (own) expect(own.grams, `${entry.names[0]}: ${own.label}`).toBe(entry.portion.grams);
      else expect(entry.portionSource, `${entry.names[0]}: "${entry.portion.label}" needs a source`).toBeTruthy();
      for (const id of [...entry.alternatives, ...(entry.rawId ? [entry.rawId] : []), ...(entry.britishId ? [entry.britishId] : [])]) {
        expect(foodRecordById(id), `${entry.names[0]}: ${id}`).toBeDefined();
        expect(id).not.toBe(entry.foodId);
      }
    }
  });

  it("gives each name one meaning, across the lexicon and the dishes", () => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      for (const key of new Set(entry.names.map(nameKey))) {
        expect(seen.get(key), `"${key}" is named twice`).toBeUndefined();
        seen.set(key, `lexicon ${entry.names[0]}`);
      }
    }
    for (const dish of allRecipes()) {
      for (const name of new Set([dish.name, ...dish.names].map(nameKey))) {
        expect(seen.get(name), `"${name}" of ${dish.name} is also ${seen.get(name)}`).toBeUndefined();
        seen.set(name, `dish ${dish.name}`);
      }
    }
  });

  // The staples the issue names: cooked unless raw, dry or uncooked is said (SR28 names say which).
  it.each(["rice", "brown rice", "pasta", "black beans", "lentils", "oatmeal", "quinoa", "barley", "chicken", "salmon", "steak", "pork chop"])(
    "%s means the cooked food",
    (name) => {
      const entry = lexiconEntry(name);
      expect(entry?.foodId, name).toBeTruthy();
      const food = foodRecordById(entry!.foodId!)!;
      expect(food.name, name).toMatch(/cooked|boiled|roasted|broiled|braised|baked|grilled|heat|prepared|pan-fried/i);
      expect(food.name).not.toMatch(/\braw\b|\bdry\b(?! heat)|uncooked/i);
    },
  );

  it.each([
    ["steak", /^Beef/],
    ["bacon", /^Pork, cured, bacon/],
    ["chocolate", /^Candies, .*chocolate/i],
    ["ice cream", /^Ice creams/],
    ["kiwi", /^Kiwifruit/],
    ["coke", /cola/],
    ["oj", /^Orange juice/],
    ["latte", null],
    ["soy milk", /^Soymilk.*calcium/i],
  ])("%s is %s", (name, pattern) => {
    const entry = lexiconEntry(name);
    if (pattern === null) return expect(recipeByName(name)).toBeDefined(); // a dish, not a single food
    expect(foodRecordById(entry!.foodId!)!.name).toMatch(pattern);
  });

  it("says which form it assumed where people usually buy a fortified product", () => {
    const soy = lexiconEntry("soy milk");
    expect(soy && soy.foodId !== null ? soy.note : null).toMatch(/fortified/i);
  });

  it("names foods the table lacks with a reason, never as another food", () => {
    for (const name of ["oat milk", "coconut yogurt"]) expect(lexiconEntry(name)?.foodId, name).toBeNull();
  });
});

describe("data/recipes.json", () => {
  it("has at least 60 dishes of real SR28 foods, each with where its amounts come from", () => {
    const dishes = allRecipes();
    expect(dishes.length).toBeGreaterThanOrEqual(60);
    for (const dish of dishes) {
      expect(dish.source.length, dish.name).toBeGreaterThan(10);
      for (const ingredient of dish.ingredients) expect(foodRecordById(ingredient.foodId), `${dish.name}: ${ingredient.what}`).toBeDefined();
    }
  });

  it("covers the dishes the issue names", () => {
    for (const name of [
      "turkey sandwich", "chicken caesar salad", "cheeseburger", "pepperoni pizza", "bean burrito", "chicken tacos",
      "chicken stir-fry", "spaghetti bolognese", "lasagna", "cheese omelette", "fruit smoothie", "cereal with milk",
      "porridge with milk", "latte", "cappuccino", "california roll", "chicken noodle soup",
    ]) {
      expect(recipeByName(name), name).toBeDefined();
    }
  });
});
