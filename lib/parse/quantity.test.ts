// Amount resolution on its own terms: an explicit unit wins, a count uses the food's piece, a vague word uses the
// table in vague.ts, and anything not read from the words is low with a note. Expected grams worked out by hand
// from SR28's household measures (usda-sr28-portions.csv), noted beside each.
import { describe, expect, it } from "vitest";
import { amountFirst } from "./amount";
import { parseMeals } from "./meals";

const only = (text: string) => {
  const { entries } = parseMeals(text);
  expect(entries, text).toHaveLength(1);
  return entries[0]!;
};

describe("amounts by a written model", () => {
  it("a count alone is of the food's own pieces", () => {
    // 09316 strawberries: 1 medium (1-1/4" dia) = 12 g; 09298 raisins: 50 raisins = 26 g; 11012 asparagus: 4 spears = 60 g.
    expect([only("5 strawberries").foodId, only("5 strawberries").grams]).toEqual(["09316", 60]);
    expect(only("20 raisins").grams).toBeCloseTo(10.4, 5);
    expect(only("6 spears asparagus").grams).toBeCloseTo(90, 5);
    for (const text of ["5 strawberries", "20 raisins", "6 spears asparagus"]) expect(only(text).confidence, text).toBe("high");
  });

  it("a count of what comes in a can is that many cans", () => {
    // 14154 Red Bull: 1 can 8.4 fl oz = 258 g.
    expect([only("a red bull").grams, only("a red bull").confidence]).toEqual([258, "high"]);
  });

  it("ounces of a drink are fluid ounces", () => {
    // 14209 brewed coffee: 1 cup (8 fl oz) = 237 g, so 12 fl oz = 355.5 g; "6 oz" of chicken stays 6 × 28.35 = 170.1 g.
    expect(only("a 12 oz coffee").grams).toBeCloseTo(355.5, 0);
    expect(only("6 oz grilled chicken").grams).toBeCloseTo(170.1, 5);
  });

  it("a British pint is 568 ml, a US one 473", () => {
    // 14003 beer: 1 fl oz = 29.7 g (1.0044 g/ml): 3 imperial pints = 1,704 ml = 1,711.5 g.
    const beer = parseMeals("3 pints of lager and a packet of crisps").entries[0]!;
    expect(beer.grams).toBeCloseTo(1711.5, 0);
    // 01077 whole milk: 1 cup = 244 g, so a US pint (2 cups) = 488 g.
    expect(only("a pint of milk").grams).toBeCloseTo(487.8, 0);
  });

  it("milk on cereal is what people pour, about ½ cup, and says so", () => {
    // 01077 whole milk: 1 cup = 244 g, ½ cup = 122 g.
    const milk = parseMeals("2 weetabix with milk").entries.find((e) => e.name.startsWith("Milk"))!;
    expect([milk.grams, milk.confidence]).toEqual([122, "low"]);
    expect(milk.note).toMatch(/½ cup \(122 g\) assumed, what people pour on cereal/);
    // In coffee it is a splash (the lexicon's 30 g), not half a cup.
    expect(parseMeals("coffee with milk").entries.find((e) => e.name.startsWith("Milk"))!.grams).toBe(30);
  });

  it("vague words by the food's group, each said in the note", () => {
    // 12061 almonds: a handful is 1 oz (28 g); 01116 plain yogurt: a dollop is 2 tbsp (SR28 01116 has no tbsp: 30 ml × 0.99 g/ml).
    expect(only("a handful of almonds").grams).toBe(28);
    const dollop = only("a dollop of yogurt");
    expect(dollop.confidence).toBe("low");
    expect(dollop.note).toMatch(/“dollop” taken as/);
  });

  it("an amount after the food is the food's", () => {
    expect(amountFirst("kielbasa 3 slices")).toBe("3 slices kielbasa");
    expect(amountFirst("water 2 litres")).toBe("2 litres water");
    expect(amountFirst("pierogi x10")).toBe("10 pierogi");
    expect(amountFirst("7up")).toBe("7up");
    expect(amountFirst("2 eggs")).toBe("2 eggs");
    // 14411 tap water: 1 cup (8 fl oz) = 237 g, so 2 litres = 2,003 g.
    expect(only("Water 2 litres").grams).toBeCloseTo(2003, -1);
  });

  it("a unit the food has no measure for is a guess, and low", () => {
    const kielbasa = only("kielbasa 3 slices");
    expect(kielbasa.confidence).toBe("low");
    expect(kielbasa.note).toMatch(/The table has no slice of this food/);
  });

  it("“heaps”, “lots”, “loads” are two of what the food would be in its place (vague.ts), said", () => {
    // SR28 14411 water: 1 serving 8 fl oz = 237 g, so lots of water is 474 g; 01077 whole milk 1 cup = 244 g.
    expect([only("lots of water").grams, only("lots of water").confidence]).toEqual([474, "low"]);
    // In coffee, two splashes (the lexicon's 30 g add-on), not two cups; on cereal, two ½-cup pours.
    expect(parseMeals("coffee with lots of milk").entries[1]!.grams).toBe(60);
    expect(parseMeals("cornflakes with heaps of milk").entries[1]!.grams).toBe(244);
    // A splash stays a splash after cereal (30 ml of whole milk, 244 g a cup: 30.9 g).
    expect(parseMeals("cornflakes with splash of milk").entries[1]!.grams).toBeCloseTo(30 * (244 / 236.6), 1);
  });
});

