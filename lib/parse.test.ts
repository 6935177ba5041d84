import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMeals, readAmount, splitFragments } from "./parse";
import { ParseRequestSchema } from "./schema";

// Phrase -> the foods and grams a person means (grams within 10%). Grams come from SR28's household measures:
// banana medium 118 g, milk cup 244 g, buckwheat groats cooked cup 168 g, whole-wheat slice 32 g, etc.
const PHRASES: Array<[string, Array<[id: string, grams: number]>]> = [
  ["2 bananas", [["09040", 236]]],
  ["a banana", [["09040", 118]]],
  ["one banana", [["09040", 118]]],
  ["a small banana", [["09040", 101]]],
  ["1 large banana", [["09040", 136]]],
  ["2 bananas, a cup of milk and 30 g almonds", [["09040", 236], ["01077", 244], ["12061", 30]]],
  ["1 cup cooked buckwheat; 250 ml kefir", [["20010", 168], ["01289", 250]]],
  ["half an avocado", [["09037", 100.5]]],
  ["a half avocado", [["09037", 100.5]]],
  ["2 slices whole wheat bread + 1 tbsp peanut butter", [["18075", 64], ["16098", 16]]],
  ["an apple", [["09003", 182]]],
  ["two medium apples", [["09003", 364]]],
  ["a glass of milk", [["01077", 244]]],
  ["2 glasses of milk", [["01077", 488]]],
  ["coffee", [["14209", 237]]],
  ["a cup of coffee", [["14209", 237]]],
  ["a mug of tea", [["14355", 237]]],
  ["30g almonds", [["12061", 30]]],
  ["30 grams of almonds", [["12061", 30]]],
  ["1 oz walnuts", [["12155", 28.35]]],
  ["a handful of walnuts", [["12155", 28.35]]],
  ["handful of pumpkin seeds", [["12016", 28.35]]],
  ["0.5 kg potatoes", [["11352", 500]]],
  ["1.5 cups oatmeal", [["08121", 351]]],
  ["1½ cups oatmeal", [["08121", 351]]],
  ["1 1/2 cups oatmeal", [["08121", 351]]],
  ["1/2 cup raisins", [["09298", 82.5]]],
  ["½ cup raisins", [["09298", 82.5]]],
  ["5 prunes", [["09291", 47.5]]],
  ["10 almonds", [["12061", 12]]],
  ["a couple of bananas", [["09040", 236]]],
  ["three bananas", [["09040", 354]]],
  ["200g cottage cheese", [["01012", 200]]],
  ["1 can sardines", [["15088", 92]]],
  ["250 ml orange juice", [["09206", 258]]],
  ["1 l milk", [["01077", 1017]]],
  ["4 oz salmon", [["15085", 113.4]]],
  ["2 tbsp unsweetened cocoa", [["19165", 10.8]]],
  ["a slice of cheddar cheese", [["01009", 28]]],
  ["spinach and broccoli", [["11457", 30], ["11090", 91]]],
  ["Bananas\nmilk", [["09040", 118], ["01077", 244]]],
  ["kefir with a banana", [["01289", 100], ["09040", 118]]],
  ["brocoli", [["11090", 91]]],
  ["2 dates", [["09087", 14.2]]],
];

describe("quick add: everyday phrasing", () => {
  it("covers at least 40 phrases", () => expect(PHRASES.length).toBeGreaterThanOrEqual(40));

  it.each(PHRASES)("%j", (text, expected) => {
    const { entries, unmatched } = parseMeals(text);
    expect(unmatched).toEqual([]);
    expect(entries.map((e) => e.foodId)).toEqual(expected.map(([id]) => id));
    entries.forEach((entry, i) => {
      const grams = expected[i]![1];
      expect(Math.abs(entry.grams - grams) / grams, `${entry.text}: ${entry.grams} g, expected ${grams}`).toBeLessThanOrEqual(0.1);
    });
  });

  it("gives the contract shape: amount of a named portion, or grams", () => {
    const { entries } = parseMeals("2 bananas and 30 g almonds");
    expect(entries[0]).toEqual({ text: "2 bananas", foodId: "09040", name: "Bananas, raw", amount: 2, portion: '1 medium (7" to 7-7/8" long)', grams: 236 });
    expect(entries[1]).toEqual({ text: "30 g almonds", foodId: "12061", name: "Nuts, almonds", amount: 30, portion: null, grams: 30 });
  });

  it("lists what it could not understand, and gibberish matches nothing", () => {
    expect(parseMeals("asdf qwer")).toEqual({ entries: [], unmatched: ["asdf qwer"] });
    expect(parseMeals("2 bananas, zzqxj and milk").unmatched).toEqual(["zzqxj"]);
  });
});

describe("amounts", () => {
  it.each([
    ["2 bananas", 2],
    ["1.5 cups", 1.5],
    ["1,5 cups", 1.5],
    ["1/2 cup", 0.5],
    ["1 1/2 cups", 1.5],
    ["½ cup", 0.5],
    ["a couple of eggs", 2],
    ["half an avocado", 0.5],
    ["ten almonds", 10],
    ["milk", null],
    ["2% milk", null],
  ])("%s -> %s", (text, count) => expect(readAmount(text).count).toBe(count));
});

const SEPARATOR_WORDS = new Set(["and", "with", "plus", "&"]);
const AMOUNT_WORDS = /^(\d+([.,/]\d+)?|[½¼¾⅓⅔]|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|couple|few|dozen|of)$/i;

describe("quick add: properties", () => {
  const phrase = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc
      .array(
        fc.tuple(
          fc.constantFrom("", "2 ", "a ", "half an ", "1/2 cup ", "30 g ", "a glass of ", "3 slices "),
          fc.constantFrom("banana", "milk", "almonds", "kefir", "bread", "zzqx", "apple", "coffee", "brocoli"),
        ),
        { maxLength: 6 },
      )
      .chain((parts) =>
        fc.constantFrom(", ", " and ", "; ", "\n", " + ", " with ").map((sep) => parts.map(([a, f]) => a + f).join(sep)),
      ),
  );

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => void parseMeals(text)), { numRuns: 300 });
  });

  it("keeps every word other than separators and amounts, in an entry or in unmatched", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const { entries, unmatched } = parseMeals(text);
        const kept = [...entries.map((e) => e.text), ...unmatched].join(" ").toLowerCase();
        for (const word of text.toLowerCase().split(/[\s,;+]+/).filter(Boolean)) {
          if (SEPARATOR_WORDS.has(word) || AMOUNT_WORDS.test(word)) continue;
          expect(kept).toContain(word);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns fragments exactly as typed", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        for (const fragment of splitFragments(text)) expect(text).toContain(fragment);
      }),
    );
  });

  it("accepts 1 to 2,000 characters, and no more or less", () => {
    expect(ParseRequestSchema.safeParse({ text: "" }).success).toBe(false);
    expect(ParseRequestSchema.safeParse({ text: "   " }).success).toBe(false);
    expect(ParseRequestSchema.safeParse({ text: "a".repeat(2001) }).success).toBe(false);
    expect(ParseRequestSchema.safeParse({ text: "a".repeat(2000) }).success).toBe(true);
  });
});
