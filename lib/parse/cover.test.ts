// Chunks inside a run typed with no separators (cover.ts), on their own and through quick add: a run is split only
// when every word is a known name, its amount, or a word of the telling; a number belongs to the food after it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverWords } from "./cover";
import { parseMeals } from "./meals";

const NAMES = new Set(["tea", "milk", "sugar", "sugars", "egg", "eggs", "toast", "peanut butter", "burgers", "fries"]);
const isName = (words: readonly string[]) => NAMES.has(words.join(" "));
const skip = (word: string) => ["and", "n", "then"].includes(word);
const cover = (text: string) => coverWords(text.split(" "), isName, skip, 2)?.map((chunk) => chunk.text) ?? null;

describe("cover: several foods in one run", () => {
  it("reads each food with the amount before it", () => {
    expect(cover("tea milk 2 sugars")).toEqual(["tea", "milk", "2 sugars"]);
    expect(cover("6 eggs 4 toast 3 burgers n fries")).toEqual(["6 eggs", "4 toast", "3 burgers", "fries"]);
    expect(cover("peanut butter toast")).toEqual(["peanut butter", "toast"]);
  });

  it("never splits a run with a word no name holds, nor a run that is one name", () => {
    expect(cover("tea with honey milk")).toBeNull(); // "with", "honey": no name, not the telling
    expect(cover("peanut butter")).toBeNull();
    expect(cover("milk 2")).toBeNull(); // a number after the food words is no food's amount here
    expect(cover("tea milk 2")).toBeNull();
  });

  it("keeps every word, in order, and makes each chunk a name (random runs of names, counts and joiners)", () => {
    const word = fc.constantFrom("tea", "milk", "2", "sugars", "eggs", "and", "n", "toast", "peanut", "butter", "fries", "3");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), (words) => {
        const chunks = coverWords(words, isName, skip, 2);
        if (!chunks) return;
        expect(chunks.length).toBeGreaterThanOrEqual(2);
        // The chunks and the skipped words are the run, in order.
        const rest = [...words];
        for (const chunk of chunks) {
          while (rest.length > 0 && rest[0] !== chunk.words[0]) expect(skip(rest.shift()!)).toBe(true);
          expect(rest.splice(0, chunk.words.length)).toEqual(chunk.words);
          // A number only leads its chunk: it is that food's amount.
          const firstWord = chunk.words.findIndex((w) => !/^\d/.test(w));
          expect(chunk.words.slice(firstWord).some((w) => /^\d/.test(w)), chunk.text).toBe(false);
          const name = chunk.words.slice(firstWord);
          expect(isName(name), chunk.text).toBe(true);
        }
        for (const left of rest) expect(skip(left)).toBe(true);
      }),
    );
  });
});

describe("quick add: runs typed with no separators", () => {
  it("“6 eggs n 4 toast” is 6 eggs and 4 slices of toast, each to check", () => {
    // SR28 01123 egg: 1 large = 50 g; 18070 white toast: 1 slice = 22 g.
    const { entries } = parseMeals("6 eggs 4 toast");
    expect(entries.map((e) => [e.foodId, e.grams, e.confidence])).toEqual([
      ["01123", 300, "low"],
      ["18070", 88, "low"],
    ]);
    expect(entries[1]!.note).toMatch(/Read as several foods typed together/);
    // Each row shows its own words, where a person looks for them.
    expect(entries.map((e) => e.text)).toEqual(["6 eggs", "4 toast"]);
  });

  it("a dish among foods typed in a run keeps its own ingredients; the foods after it are beside it", () => {
    const { entries } = parseMeals("dinner - dal bhat shaak rotli");
    const dish = entries.filter((e) => e.recipe !== null);
    expect(new Set(dish.map((e) => e.text))).toEqual(new Set(["dal bhat"]));
    // SR28 28285 chapati: 1 piece = 43 g; the mixed vegetables of "shaak" are their own row.
    expect(entries.filter((e) => e.recipe === null).map((e) => [e.text, e.foodId])).toEqual([
      ["shaak", "11584"],
      ["rotli", "28285"],
    ]);
  });

  it("“tea milk 2 sugars” is tea, milk and 2 teaspoons of sugar (SR28 19335: 1 tsp = 4.2 g)", () => {
    const { entries } = parseMeals("tea milk 2 sugars");
    expect(entries.map((e) => e.foodId)).toEqual(["14355", "01077", "19335"]);
    // The milk goes with the tea: the lexicon's splash (30 g), not a cup.
    expect(entries[1]!.grams).toBe(30);
    expect(entries[2]!.grams).toBeCloseTo(8.4, 5);
  });

  it("a dish named as a heading over its own parts is not counted on top of them (“huevos rancheros - 2 eggs on corn tortillas w/ salsa”)", () => {
    const { entries } = parseMeals("Breakfast: huevos rancheros - 2 eggs on corn tortillas w/ salsa");
    // SR28 01123 egg: 1 large = 50 g; the dish's own fried eggs are not added beside them.
    expect(entries.map((e) => e.foodId)).toEqual(["01123", "18363", "06164"]);
    expect(entries[0]!.grams).toBe(100);
    // A dish followed by other foods stays: rice and naan are not its parts.
    expect(parseMeals("Dinner: butter chicken - naan").entries.some((e) => e.recipe !== null)).toBe(true);
  });

  it("a food named by another (“orange chicken”) is not split into two foods", () => {
    expect(parseMeals("orange chicken").entries).toHaveLength(1);
  });
});
