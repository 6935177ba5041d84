// A food named twice, in the person's words and in brackets (gloss.ts), and a trailing phrase of where or when
// (context.ts withoutContext): each read on its own, then through quick add. Grams by hand from SR28's measures.
import { describe, expect, it } from "vitest";
import { withGloss } from "./gloss";
import { withoutLeadingContext } from "./context";
import { parseMeals } from "./meals";

const KNOWN = new Set(["potato pancakes", "scrambled eggs", "tamales", "chickpeas", "rice"]);
const reads = (words: string) => KNOWN.has(words.toLowerCase());

describe("gloss", () => {
  it("reads the gloss when the table knows it and not the person's word, with the count after the brackets", () => {
    expect(withGloss("draniki (potato pancakes) 4", reads)).toBe("4 potato pancakes");
    expect(withGloss("jajecznica (scrambled eggs) 3 eggs", reads)).toBe("3 scrambled eggs");
    expect(withGloss("2 draniki (potato pancakes", reads)).toBe("2 potato pancakes"); // closing bracket trimmed off
  });

  it("keeps the person's words when the table reads them, or does not read the gloss", () => {
    expect(withGloss("3 tamales (pork in red chile)", reads)).toBe("3 tamales (pork in red chile)");
    expect(withGloss("pan dulce (concha)", reads)).toBe("pan dulce (concha)");
  });

  it("brackets with an amount, a list or only how it was cooked are no gloss", () => {
    expect(withGloss("soup (half a can)", reads)).toBe("soup (half a can)");
    expect(withGloss("bowl (chicken, rice)", reads)).toBe("bowl (chicken, rice)");
    expect(withGloss("250g rice (cooked)", reads)).toBe("250g rice cooked");
  });
});

describe("quick add: glosses and where or when", () => {
  it("“draniki (potato pancakes) 4” is 4 potato pancakes (SR28 11672: 1 medium = 37 g)", () => {
    const [entry, ...rest] = parseMeals("draniki (potato pancakes) 4").entries;
    expect(rest).toEqual([]);
    expect([entry!.foodId, entry!.grams]).toEqual(["11672", 4 * 37]);
  });

  it("“2 schooners at the pub after knock off” is 2 schooners of beer; “at the pub” alone is said to be no food", () => {
    // An Australian schooner is 425 ml; beer (SR28 14003) is 356 g per 355 ml can.
    const [beer] = parseMeals("2 schooners at the pub after knock off").entries;
    expect([beer!.foodId, beer!.grams]).toEqual(["14003", 852]);
    const alone = parseMeals("2 pints of cider, at the pub");
    expect(alone.unmatchedReasons).toEqual([{ text: "at the pub", reason: expect.stringMatching(/Where or when/) }]);
  });

  it("a place named as a food stays: “beans on toast” keeps the toast, “tuna in water” the water it is packed in", () => {
    expect(parseMeals("beans on toast").entries.map((e) => e.foodId)).toEqual(expect.arrayContaining(["16006", "18070"]));
    expect(parseMeals("tuna in water").entries.map((e) => e.foodId)).toEqual(["15121"]);
  });

  it("a bracket that lists the parts with amounts is what the dish was (“bulletproof coffee (12 oz coffee, 1 tbsp ghee…)”)", () => {
    // SR28 14209 coffee: 1 cup (8 fl oz) = 237 g, so 12 fl oz = 355.4 g; 01003 ghee 1 tbsp = 12.8 g; 04047 coconut oil 1 tbsp = 13.6 g.
    const { entries } = parseMeals("Breakfast: bulletproof coffee (12 oz coffee, 1 tbsp ghee, 1 tbsp coconut oil)");
    expect(entries.map((e) => [e.foodId, Math.round(e.grams * 10) / 10])).toEqual([["14209", 355.4], ["01003", 12.8], ["04047", 13.6]]);
    // A size in brackets is no part: "1 flour tortilla (8 inch)" stays one tortilla.
    expect(parseMeals("1 flour tortilla (8 inch)").entries.map((e) => e.foodId)).toEqual(["18364"]);
  });

  it("a bracket that opens with “w” or “with” is an add-on, and the count before it stays (“coffee x3 (w creamer)”)", () => {
    const { entries } = parseMeals("coffee x3 (w creamer)");
    expect(entries.map((e) => [e.foodId, e.grams])).toEqual([["14209", 711], ["01067", 15]]);
  });

  it("a leading phrase of where or when before the food is the telling (“after work 2 Zywiec beers”)", () => {
    // SR28 14003 beer: 1 can (12 fl oz) = 356 g.
    const [beer] = parseMeals("after work 2 Zywiec beers").entries;
    expect([beer!.foodId, beer!.grams]).toEqual(["14003", 712]);
  });

  it("“Post gym 2 rice cakes with pb”: the scene before the count is the telling, and the spread goes on each cake", () => {
    // SR28 19816 rice cake: 1 cake = 9 g; 16098 peanut butter: 1 tbsp = 16 g, the lexicon's spread on each cake.
    const { entries } = parseMeals("Post gym 2 rice cakes with pb");
    expect(entries.map((e) => [e.foodId, e.grams])).toEqual([["19816", 18], ["16098", 32]]);
  });
});


describe("quick add: a story before the count", () => {
  it("“so hungry 6 eggs” is 6 eggs (SR28 01123: 1 large = 50 g), the story left out", () => {
    expect(withoutLeadingContext("so hungry 6 eggs")).toBe("6 eggs");
    expect(parseMeals("so hungry 6 eggs").entries.map((e) => [e.foodId, e.grams])).toEqual([["01123", 300]]);
  });

  it("words with no story word before the count are kept: they may be a food the table lacks", () => {
    expect(withoutLeadingContext("zaatar 2 kaak")).toBe("zaatar 2 kaak");
    expect(withoutLeadingContext("homemade 2 pancakes")).toBe("homemade 2 pancakes");
    expect(withoutLeadingContext("so much rice 2 cups")).toBe("so much rice 2 cups");
    // "a little" is the amount, "zaatar on" a topping: no story in either.
    expect(withoutLeadingContext("a little 1% milk")).toBe("a little 1% milk");
    expect(withoutLeadingContext("zaatar on 1 pita")).toBe("zaatar on 1 pita");
  });

  it("a hedge beside a food changes no food: “fish fingers (prob 2)” is 2 fish sticks (SR28 15027: 1 stick = 28 g)", () => {
    expect(parseMeals("fish fingers (prob 2)").entries.map((e) => [e.foodId, e.grams, e.confidence])).toEqual([["15027", 56, "high"]]);
  });

  it("a gallon and a quart are US measures: half a gallon of water is 64 fl oz (SR28 14411: 1 fl oz = 29.6 g)", () => {
    expect(parseMeals("half a gallon of water").entries[0]!.grams).toBeCloseTo(64 * 29.6, 0);
  });
});

describe("quick add: words that are no food are never read as one", () => {
  it("no search match made only of the starts of longer words: “too hot”, “Bev” (a typo still finds “brocoli”)", () => {
    expect(parseMeals("brocoli").entries[0]?.foodId).toBe("11090");
    for (const text of ["too hot", "Bev"]) {
      const parsed = parseMeals(text);
      expect(parsed.entries, text).toEqual([]);
      expect(parsed.unmatched, text).toEqual([text]);
    }
  });

  it("“picked at”, “nibbled on”, “finished off” are ways of eating: the food after them is read", () => {
    const [fish] = parseMeals("Picked at the kids' leftover fish fingers (prob 2) at lunch").entries;
    // SR28 15027 fish sticks: 1 stick = 28 g.
    expect([fish!.foodId, fish!.grams, fish!.confidence]).toEqual(["15027", 56, "high"]);
    expect(parseMeals("nibbled on some crackers").entries[0]?.foodId).toBe("18229");
  });

  it("days of the week, “woke up” and “the kids” tell the day; the foods beside them are read", () => {
    const parsed = parseMeals("Sunday: woke up late, 2 eggs. the kids had pancakes");
    expect(parsed.entries.map((e) => e.foodId)).toEqual(["01123", "18293"]);
    expect(parsed.unmatched).toEqual([]);
  });
});
