// Quick add's amounts: nothing that cannot be eaten becomes an entry, and nothing far past what people eat at once is
// added unseen. Expected grams and bounds are worked out by hand from usda-sr28-portions.csv (cited beside each).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ENTRY_GRAMS } from "../constants";
import { foodRecordById } from "../food/foods";
import { parseMeals } from "./meals";
import { NOT_A_FOOD_EMOJI } from "./checks";
import { plausibleGrams } from "../day/amount-check";

const only = (text: string) => {
  const { entries } = parseMeals(text);
  expect(entries, text).toHaveLength(1);
  return entries[0]!;
};

describe("quick add: amounts that cannot be eaten", () => {
  it.each([
    ["0 bananas", /amount of 0/i],
    ["0g almonds", /amount of 0/i],
    ["-200 g spinach", /negative amount \(−200\)/i],
    ["−2 eggs", /negative amount \(−2\)/i],
    ["-0.5 cup milk", /negative amount \(−0\.5\)/i],
    ["-½ cup rice", /negative amount \(−0\.5\)/i],
    ["-1/2 cup milk", /negative amount \(−0\.5\)/i],
    ["-1 ½ cups milk", /negative amount \(−1\.5\)/i],
    ["–200g spinach", /negative amount \(−200\)/i],
    ["banana x 0", /amount of 0/i],
    ["milk 0 cups", /amount of 0/i],
    ["banana -2", /negative amount \(−2\)/i],
  ])("“%s” gives no entry and says why", (text, reason) => {
    const parsed = parseMeals(text);
    expect(parsed.entries).toEqual([]);
    expect(parsed.unmatched).toEqual([text]);
    expect(parsed.unmatchedReasons).toEqual([{ text, reason: expect.stringMatching(reason) }]);
  });

  it("keeps the rest of the day when one amount is zero, and its meal label", () => {
    const parsed = parseMeals("Breakfast: porridge, 0 bananas. Lunch: -1 apple and a tuna sandwich");
    expect(parsed.unmatched).toEqual(["0 bananas", "-1 apple"]);
    expect(parsed.entries.some((e) => e.foodId === "09040")).toBe(false); // no banana
    expect(parsed.entries.some((e) => e.foodId === "09003")).toBe(false); // no apple
    expect(parsed.entries.filter((e) => e.recipe === null).map((e) => e.meal)).toEqual(["breakfast"]);
    expect(parsed.entries.filter((e) => e.recipe !== null).every((e) => e.meal === "lunch")).toBe(true);
  });

  it("a label keeps the minus of the amount after it: “Lunch:-200 g spinach”, “Lunch -2 eggs”", () => {
    for (const [text, words] of [["Lunch:-200 g spinach", "-200 g spinach"], ["Lunch -2 eggs", "-2 eggs"]] as const) {
      const parsed = parseMeals(text);
      expect(parsed.entries, text).toEqual([]);
      expect(parsed.unmatchedReasons, text).toEqual([{ text: words, reason: expect.stringMatching(/negative amount/) }]);
    }
  });

  it("a list's dash is not a minus: “- 2 eggs” is two eggs", () => {
    // SR28 01123 egg, whole, raw: 1 large = 50 g.
    expect(only("- 2 eggs").grams).toBe(100);
    expect(only("breakfast - 2 eggs").grams).toBe(100);
  });

  it("“.5 cup milk” is half a cup (SR28 01077: 1 cup = 244 g), not 5 cups", () => {
    expect(only(".5 cup milk").grams).toBe(122);
  });

  it("more than one entry can hold is refused with its reason, not capped", () => {
    const parsed = parseMeals("99999 bananas");
    expect(parsed.entries).toEqual([]);
    expect(parsed.unmatchedReasons[0]!.reason).toMatch(/more than 10 kg/i);
  });

  it("more than 100 of a measure is given in grams, the same weight (SR28 12061: 1 almond = 1.2 g)", () => {
    const almonds = only("150 almonds");
    expect(almonds).toMatchObject({ foodId: "12061", portion: null, amount: 180, grams: 180 });
  });
});

describe("quick add: a count of pieces is pieces", () => {
  it("“15 grapes” is 15 grapes (SR28 09132: 10 grapes = 49 g), not 15 cups", () => {
    const grapes = only("15 grapes");
    expect(grapes.foodId).toBe("09132");
    expect(grapes.grams).toBeCloseTo(73.5, 5);
    expect(grapes.check).toBeNull();
  });

  it("“20 raisins” is 20 raisins (SR28 09298: 50 raisins = 26 g)", () => {
    expect(only("20 raisins").grams).toBeCloseTo(10.4, 5);
  });
});

describe("quick add: amounts to check", () => {
  it("“5000 g almonds” is kept as typed, marked to check, with the bound in words", () => {
    // SR28 12061 almonds: largest measure 1 cup, whole, 143 g; 5 x 143 = 715 g, above the nut group's 300 g cap.
    const almonds = only("5000 g almonds");
    expect(almonds.grams).toBe(5000);
    expect(almonds.check).toBe("amount");
    expect(almonds.note).toContain("5,000 g");
    expect(almonds.note).toContain("about 300 g at most");
  });

  it("“15 cups of grapes” is kept and marked (5 x SR28's 1 cup of 151 g = 755 g)", () => {
    const grapes = only("15 cups of grapes");
    expect(grapes.grams).toBe(2265);
    expect(grapes.check).toBe("amount");
    expect(only("5 cups of grapes").check).toBeNull(); // 755 g, at the bound
  });

  it("a closest match needs a look: check “food”", () => {
    const samosa = only("a samosa");
    expect(samosa.confidence).toBe("low");
    expect(samosa.check).toBe("food");
  });

  it("a sure food at an everyday amount needs nothing", () => {
    for (const text of ["2 bananas", "a cup of whole milk", "30 g almonds", "2 litres of water", "a cup of porridge", "250 ml whole milk"]) {
      expect(parseMeals(text).entries.every((e) => e.check === null && e.confidence === "high"), text).toBe(true);
    }
  });

  it("a vessel, a count word with no number, or a size the food has no measure for is a guess, said (never sure)", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 01077 whole milk: 1 cup = 244 g; a glass is taken as a cup.
    expect([one("a glass of milk").grams, one("a glass of milk").confidence]).toEqual([244, "low"]);
    expect(one("a glass of milk").note).toMatch(/A glass taken as 1 cup \(244 g\)/);
    // SR28 09326 watermelon: 1 wedge (1/16 of a melon) = 286 g; "a few" is 3 of them, a guess.
    expect([one("a few slices of watermelon").grams, one("a few slices of watermelon").confidence]).toEqual([858, "low"]);
    expect(one("a few slices of watermelon").note).toMatch(/“A few” read as 3/);
    // SR28 01116 whole-milk yogurt: 1 cup = 245 g, so 150 ml (a katori) = 155.3 g; a small one three quarters of it.
    const katori = one("1 small katori dahi");
    expect([katori.foodId, katori.confidence]).toEqual(["01116", "low"]);
    expect(katori.grams).toBeCloseTo(0.75 * 150 * (245 / 236.6), 0);
    // SR28 14209 brewed coffee: 1 cup (8 fl oz) = 237 g, and no medium one: the size is no measure.
    expect([one("a medium coffee").grams, one("a medium coffee").confidence]).toEqual([237, "low"]);
    expect(one("a medium coffee").note).toMatch(/no medium one/);
  });

  it("a bag, packet, bottle or tub comes in many sizes: its measure is taken and said, never sure", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 19411 potato chips: the lexicon's bag is 1 oz = 28 g; share bags hold 5 times that.
    expect([one("a packet of crisps").grams, one("a packet of crisps").confidence]).toEqual([28, "low"]);
    expect(one("a packet of crisps").note).toMatch(/A packet taken as 1 oz \(28 g\)/);
    // SR28 19141 M&M's: 1 package (1.69 oz) = 48 g.
    expect([one("bag of M&Ms").grams, one("bag of M&Ms").confidence]).toEqual([48, "low"]);
    expect(one("a bottle of water").confidence).toBe("low");
  });

  it("a measure typed with its can or bottle is the measure, and sure", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 14148 cola: 1 fl oz = 30.7 g, so 12 fl oz = 368.4 g.
    expect(one("a 12 oz can of coke")).toMatchObject({ foodId: "14148", grams: 368.4, confidence: "high" });
    // SR28 14411 tap water: 1 fl oz = 29.6 g, so 2 × 500 ml = 1,000 ml = 1,001 g.
    expect(one("2 x 500ml bottles of water")).toMatchObject({ foodId: "14411", confidence: "high" });
    expect(one("2 x 500ml bottles of water").grams).toBeCloseTo(1001, 0);
  });

  it("a hedge before a number leaves the number; a weight after a comma is what a piece or count came to", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 14411 tap water: 1 fl oz = 29.6 g, so 2 l = 2,000 / 29.57 × 29.6 = 2,002 g.
    expect(one("water ~2L").grams).toBeCloseTo(2002, 0);
    // 2 oz = 56.7 g of cooked cod (SR28 15016), not a "piece" of 135 g beside a food called “2oz”.
    const cod = parseMeals("small piece of steamed cod, about 2oz").entries;
    expect(cod.map((e) => [e.foodId, e.grams])).toEqual([["15016", 56.7]]);
    expect(one("2 slices of bread, 60g").grams).toBe(60);
    // SR28 06018 chunky chicken noodle soup: 1 can = 530 g, so half a can is 265 g (not half of a 1½-cup bowl).
    expect(one("chicken noodle soup (half a can)").grams).toBe(265);
    expect(one("half a can of chicken noodle soup").grams).toBe(265);
    // A measure in brackets says what a vessel held: SR28 14355 tea, 1 cup (8 fl oz) = 237 g.
    expect(one("pot of tea (2 cups)").grams).toBe(474);
  });

  it("a heaped spoon is one and a half level ones, said; a level one is the measure", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 19335 sugar: 1 tsp = 4.2 g, so 2 heaped = 2 × 4.2 × 1.5 = 12.6 g.
    expect([one("2 heaped tsp sugar").grams, one("2 heaped tsp sugar").confidence]).toEqual([12.6, "low"]);
    expect(one("2 heaped tsp sugar").note).toMatch(/heaped/);
    // SR28 16098 peanut butter: 1 tbsp = 16 g.
    expect([one("1 level tbsp peanut butter").grams, one("1 level tbsp peanut butter").confidence]).toEqual([16, "high"]);
  });

  it("a fun-size or king-size bar is SR28's bar of that size; a count of pieces in brackets is how many", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 19155 Snickers: 1 bar, fun size = 15 g; 1 bar, king size (4 oz) = 113 g.
    expect([one("2 fun size Snickers").grams, one("2 fun-size snickers").grams, one("a king size snickers").grams]).toEqual([30, 30, 113]);
    // SR28 11964 nopales: 1 pad = 29 g.
    expect(one("nopales asados (2 pads)")).toMatchObject({ foodId: "11964", grams: 58 });
    // SR28 09040 banana: a small one is "1 small", never "1 extra small".
    expect(one("a small banana").portion).toMatch(/^1 small/);
  });

  it("a measure and its bottle typed after the food are the amount (“iced green tea 500ml bottle”)", () => {
    // SR28 14206 ready-to-drink green tea: 1 cup (236.59 ml) = 270 g, so 500 ml = 570.6 g.
    const tea = parseMeals("iced green tea 500ml bottle").entries[0]!;
    expect(tea.foodId).toBe("14206");
    expect(tea.grams).toBeCloseTo((500 * 270) / 236.59, 0);
  });

  it("a small count after the food is how many; a name with a number in it stays a name", () => {
    const one = (text: string) => parseMeals(text).entries[0]!;
    // SR28 11937 dill pickle: the lexicon's medium pickle is 65 g.
    expect(one("pickled cucumbers 2").grams).toBe(130);
    // "7up" is the lemon-lime soda (SR28 14145, 12 fl oz = 369 g), never 7 of something called "up".
    expect([one("7up").foodId, one("7up").grams]).toEqual(["14145", 369]);
    // A piece comes in every size: SR28 05013 roast chicken's "1 unit" is the yield of a pound of raw chicken, no
    // piece anyone eats, so the typical portion is taken, said, and never sure.
    expect(one("3pcs chicken").confidence).toBe("low");
    expect(one("3pcs chicken").note).toMatch(/no piece of this food/);
  });

  it("a can of beer in British text is the 440 ml British can, said; in other text SR28's 12 fl oz can", () => {
    // SR28 14003 beer: 1 fl oz (29.57 ml) = 29.7 g, so 440 ml = 441.9 g; its 1 can (12 fl oz) = 356 g.
    const british = parseMeals("2 cans of bitter, a packet of crisps").entries[0]!;
    expect([british.foodId, british.confidence]).toEqual(["14003", "low"]);
    expect(british.grams).toBeCloseTo(2 * 440 * (29.7 / 29.57), 0);
    expect(parseMeals("a can of beer").entries[0]!.grams).toBe(356);
  });

  it("a spread with no amount goes on each piece before it; what is not spread (syrup, sugar) does not", () => {
    // The lexicon's pat of butter is 5 g a slice: 2 slices of toast with butter is 10 g.
    expect(parseMeals("2 slices of toast with butter").entries[1]!.grams).toBe(10);
    expect(parseMeals("toast with butter").entries[1]!.grams).toBe(5);
    // Syrup on 3 pancakes is the lexicon's one pour (40 g), not three; sugar in coffee is 1 tsp (SR28 19335: 4.2 g).
    expect(parseMeals("3 pancakes with syrup").entries[1]!.grams).toBe(40);
    expect(parseMeals("coffee with sugar").entries[1]!.grams).toBe(4.2);
  });

  it("an amount not read from the words (none, a vague word) is low, and its note says what was assumed", () => {
    // SR28 08121 oats cooked with water: 1 cup = 234 g; a bowl is 1½ cups (lib/parse/vague.ts) = 351 g.
    const bowl = parseMeals("a bowl of porridge").entries[0]!;
    expect([bowl.foodId, bowl.grams, bowl.confidence, bowl.check]).toEqual(["08121", 351, "low", "food"]);
    expect(bowl.note).toMatch(/“bowl” taken as 1\.5 cup \(351 g\)/);
    // SR28 12061 almonds: a handful is 28 g (1 oz), the portion dietitians teach.
    const handful = parseMeals("a handful of almonds").entries[0]!;
    expect([handful.grams, handful.confidence]).toEqual([28, "low"]);
    // No amount at all: one typical portion, said.
    for (const entry of parseMeals("banana, toast, coffee").entries) {
      expect(entry.confidence, entry.text).toBe("low");
      expect(entry.note, entry.text).toMatch(/No amount given/);
    }
  });

  it("a dish is one row: when one ingredient is past its bound, every ingredient is marked", () => {
    const { entries } = parseMeals("12 tuna sandwiches");
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.every((e) => e.check === "amount")).toBe(true);
  });
});

describe("quick add: emoji", () => {
  it("reads food emoji as their foods, a run of one as that many", () => {
    const { entries, unmatched } = parseMeals("🍌🍌 and 🥛");
    expect(unmatched).toEqual([]);
    // SR28 09040 banana: 1 medium = 118 g; 01077 whole milk: 1 cup = 244 g (a glass is a cup).
    expect(entries.map((e) => [e.text, e.foodId, e.grams])).toEqual([
      ["🍌🍌", "09040", 236],
      ["🥛", "01077", 244],
    ]);
  });

  it("an emoji beside words names the food with them: “🥑 toast” is avocado toast", () => {
    const { entries } = parseMeals("🥑 toast");
    expect(entries.map((e) => e.recipe)).toContain("Avocado toast");
    expect(entries.some((e) => e.name.startsWith("Avocados"))).toBe(true);
  });

  it("an emoji that is no food beside a food is listed too", () => {
    const parsed = parseMeals("2 eggs 👍");
    expect(parsed.entries.map((e) => e.foodId)).toEqual(["01123"]);
    expect(parsed.unmatchedReasons).toEqual([{ text: "👍", reason: NOT_A_FOOD_EMOJI }]);
  });

  it("an emoji that is no food is listed with its reason and its meal, never dropped unseen", () => {
    const parsed = parseMeals("Breakfast: porridge. Lunch: 😋");
    expect(parsed.unmatchedReasons).toEqual([{ text: "😋", reason: NOT_A_FOOD_EMOJI }]);
    expect(parsed.entries.map((e) => e.meal)).toEqual(["breakfast"]);
  });
});

describe("quick add: amount properties", () => {
  const amount = fc.oneof(
    fc.constantFrom("", "a ", "0 ", "-1 ", "−3 ", "- ", ".5 ", "0.001 g ", "1e3 ", "5000 g ", "99999 ", "15 ", "2-3 ", "½ "),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => `${n} `),
    fc.integer({ min: -50, max: 50000 }).chain((n) => fc.constantFrom(`${n} `, `${n} g `, `${n} cups of `, `${n}ml `, `${n} oz `, `${n} slices of `)),
  );
  const food = fc.constantFrom(
    "bananas", "almonds", "grapes", "milk", "spinach", "water", "tuna sandwich", "rice", "🍌", "🍌🍌", "🥑 toast", "samosa",
    "chocolate", "cinnamon", "olive oil", "salt", "beef", "zzqx", "😋",
  );
  const day = fc
    .array(fc.tuple(amount, food), { minLength: 1, maxLength: 5 })
    .chain((parts) => fc.constantFrom(", ", " and ", "\n", ". ").map((sep) => parts.map(([a, f]) => a + f).join(sep)));
  const anyText = fc.oneof(day, fc.string({ maxLength: 200 }), fc.string({ maxLength: 60, unit: "grapheme" }));

  it("no entry ever has 0 g or less, or more than one entry holds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const entry of parseMeals(text).entries) {
          expect(entry.grams, `${entry.text} in ${JSON.stringify(text)}`).toBeGreaterThan(0);
          expect(entry.grams).toBeLessThanOrEqual(MAX_ENTRY_GRAMS);
          expect(entry.amount).toBeGreaterThan(0);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("every entry past its food's plausible amount is marked check “amount”", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const entry of parseMeals(text).entries) {
          if (entry.grams > plausibleGrams(foodRecordById(entry.foodId)!)) expect(entry.check, `${entry.text}: ${entry.grams} g`).toBe("amount");
          if (entry.check === null) expect(entry.confidence).toBe("high");
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("a minus sign before an amount never becomes a positive entry", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), food, fc.constantFrom("-", "−"), (n, what, minus) => {
        const text = `${minus}${n} g ${what}`;
        expect(parseMeals(text).entries, text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
