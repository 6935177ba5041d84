import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAmount } from "./amount";
import { MAX_SEARCH_WORDS, TOO_MANY_WORDS } from "./food";
import { parseMeals, parseSteps, splitFragments } from "./meals";
import { splitDay, STRUCTURE_WORDS } from "./structure";
import { clockTimes, notAmounts } from "./tags";
import { ParseRequestSchema } from "../schema/parse";

// Phrase -> the foods and grams a person means (grams within 10%). Grams come from SR28's household measures
// (usda-sr28-portions.csv), by hand: banana 09040 small 101 g, medium 118 g, large 136 g; whole milk 01077 cup 244 g;
// buckwheat groats cooked 20010 cup 168 g; whole-wheat bread 18075 slice 32 g; peanut butter 16098 2 tbsp 32 g;
// apple 09003 medium 182 g; avocado 09037 one 201 g; coffee 14209 and tea 14355 "cup (8 fl oz)" 237 g; almond 1.2 g;
// walnuts and pumpkin seeds 1 oz 28.35 g (a handful is the 1 oz serving); oatmeal 08121 cup 234 g; raisins 09298
// "cup, packed" 165 g; prune 9.5 g; sardines 15088 can 92 g; cocoa 19165 tbsp 5.4 g; cheddar 01009 slice 28 g;
// date 09087 7.1 g. Volumes: a US cup is 8 fl oz = 236.6 ml, so a liquid weighs its SR28 cup's grams per 236.6 ml.
const PHRASES: Array<[string, Array<[id: string, grams: number]>]> = [
  ["2 bananas", [["09040", 236]]],
  // A cup of a dish is the dish's own cup in SR28, not 236.6 g of it: rice and black beans 36405 cup 146 g, tuna salad
  // 15128 cup 205 g, wonton soup 27002 cup 223 g, potato salad 22971 1/2 cup 125 g.
  // A packet of crisps is the 1 oz snack bag (potato chips 19411 "1 oz" 28 g), not SR28's "1 bag (8 oz)" 227 g.
  ["a packet of crisps", [["19411", 28]]],
  ["a bag of crisps", [["19411", 28]]],
  ["a cup of rice and black beans", [["36405", 146]]],
  ["1 cup of tuna salad", [["15128", 205]]],
  ["a cup of wonton soup", [["27002", 223]]],
  ["2 cups of potato salad", [["22971", 500]]],
  ["a banana", [["09040", 118]]],
  ["one banana", [["09040", 118]]],
  ["a small banana", [["09040", 101]]],
  ["1 large banana", [["09040", 136]]],
  ["2 bananas, a cup of milk and 30 g almonds", [["09040", 236], ["01077", 244], ["12061", 30]]],
  // Kefir 01289 has no SR28 measure: about 1 g/ml (water 1.00; milk's cup 244 g / 236.6 ml = 1.03), so 250-258 g.
  ["1 cup cooked buckwheat; 250 ml kefir", [["20010", 168], ["01289", 250]]],
  ["half an avocado", [["09037", 100.5]]], // 201 / 2
  ["a half avocado", [["09037", 100.5]]],
  ["2 slices whole wheat bread + 1 tbsp peanut butter", [["18075", 64], ["16098", 16]]],
  ["an apple", [["09003", 182]]],
  ["two medium apples", [["09003", 364]]],
  ["a glass of milk", [["01077", 244]]],
  ["2 glasses of milk", [["01077", 488]]],
  ["coffee", [["14209", 237]]],
  ["a cup of coffee", [["14209", 237]]],
  ["a mug of tea", [["14355", 300.5]]], // a mug is 300 ml (lib/parse/amount.ts); tea 14355: 1 cup (8 fl oz) = 237 g, so 300 ml = 300.5 g
  ["30g almonds", [["12061", 30]]],
  ["30 grams of almonds", [["12061", 30]]],
  ["1 oz walnuts", [["12155", 28.35]]],
  ["a handful of walnuts", [["12155", 28.35]]],
  ["handful of pumpkin seeds", [["12016", 28.35]]],
  ["0.5 kg potatoes", [["11674", 500]]], // potatoes mean baked potatoes unless said otherwise
  ["1.5 cups oatmeal", [["08121", 351]]], // 1.5 × 234
  ["1½ cups oatmeal", [["08121", 351]]],
  ["1 1/2 cups oatmeal", [["08121", 351]]],
  ["1/2 cup raisins", [["09298", 82.5]]], // 0.5 × 165
  ["½ cup raisins", [["09298", 82.5]]],
  ["5 prunes", [["09291", 47.5]]], // 5 × 9.5
  ["10 almonds", [["12061", 12]]], // 10 × 1.2
  ["a couple of bananas", [["09040", 236]]],
  ["three bananas", [["09040", 354]]],
  ["200g cottage cheese", [["01012", 200]]],
  ["1 can sardines", [["15088", 92]]],
  ["250 ml orange juice", [["09209", 263]]], // chilled OJ 09209: 1 cup (236.6 ml) = 249 g
  ["1 l milk", [["01077", 1031.3]]], // 1000 / 236.6 × 244; SR28's quart, 976 g / 946.35 ml, gives the same
  ["4 oz salmon", [["15237", 113.4]]], // cooked farmed Atlantic salmon; 4 × 28.35
  ["2 tbsp unsweetened cocoa", [["19165", 10.8]]], // 2 × 5.4
  ["a slice of cheddar cheese", [["01009", 28]]],
  ["spinach and broccoli", [["11457", 30], ["11091", 78]]], // raw spinach 1 cup 30 g; cooked broccoli 0.5 cup 78 g
  ["Bananas\nmilk", [["09040", 118], ["01077", 244]]],
  ["kefir with a banana", [["01289", 244], ["09040", 118]]], // kefir has no SR28 measure: a cup as milk, 244 g
  ["brocoli", [["11090", 91]]],
  ["2 dates", [["09087", 14.2]]], // 2 × 7.1
];

describe("quick add: everyday phrasing", () => {
  it.each(PHRASES)("%j", (text, expected) => {
    const { entries, unmatched } = parseMeals(text);
    expect(unmatched).toEqual([]);
    expect(entries.map((e) => e.foodId)).toEqual(expected.map(([id]) => id));
    entries.forEach((entry, i) => {
      const grams = expected[i]![1];
      expect(Math.abs(entry.grams - grams) / grams, `${entry.text}: ${entry.grams} g, expected ${grams}`).toBeLessThanOrEqual(0.1);
    });
  });

  it.each([
    // A US cup is 8 US fl oz = 236.6 ml; a liquid's grams per ml come from its own SR28 measure.
    ["1 l milk", "01077", 1031.28], // whole milk, 1 cup 244 g: 1000 × 244 / 236.6
    ["250 ml orange juice", "09209", 263.1], // chilled orange juice, 1 cup 249 g: 250 × 249 / 236.6
    // Tap water 14411 has no cup measure, only "1 fl oz" 29.6 g (29.57 ml): 2 × 236.6 × 29.6 / 29.57 = 473.68 g,
    // as its own "serving 8 fl oz" of 237 g says (2 × 237 = 474).
    ["2 cups of water", "14411", 473.68],
  ])("%s is the volume at the food's own density: %s, %s g", (text, id, grams) => {
    const [entry, ...more] = parseMeals(text).entries;
    expect(more).toEqual([]);
    expect(entry?.foodId).toBe(id);
    expect(entry?.grams).toBeCloseTo(grams, 1);
  });

  it("gives the contract shape: amount of a named portion, or grams, with meal, dish, confidence and alternatives", () => {
    const { entries } = parseMeals("2 bananas and 30 g almonds");
    expect(entries[0]).toMatchObject({
      text: "2 bananas", foodId: "09040", name: "Bananas, raw", amount: 2, portion: '1 medium (7" to 7-7/8" long)', grams: 236,
      meal: null, recipe: null, confidence: "high",
    });
    expect(entries[1]).toMatchObject({ text: "30 g almonds", foodId: "12061", name: "Nuts, almonds", amount: 30, portion: null, grams: 30 });
    for (const entry of entries) {
      expect(entry.alternatives.length).toBeLessThanOrEqual(3);
      expect(entry.alternatives.map((a) => a.foodId)).not.toContain(entry.foodId);
    }
  });

  it("lists what it could not understand, with a reason, and gibberish matches nothing", () => {
    const gibberish = parseMeals("asdf qwer");
    expect(gibberish.entries).toEqual([]);
    expect(gibberish.unmatched).toEqual(["asdf qwer"]);
    expect(gibberish.unmatchedReasons).toEqual([{ text: "asdf qwer", reason: expect.stringMatching(/no food/i) }]);
    expect(parseMeals("2 bananas, zzqxj and milk").unmatched).toEqual(["zzqxj"]);
  });
});

describe("quick add: the structure of a typed day", () => {
  const meals = (text: string) => parseMeals(text).entries.map((e) => [e.foodId, e.meal]);

  it.each([
    // Each label form the issue names, and the foods after it; banana 09040, apple 09003.
    ["Breakfast: a banana", "breakfast"],
    ["for lunch I had a banana", "lunch"],
    ["dinner was a banana", "dinner"],
    ["snack - a banana", "snacks"],
    ["at dinner a banana", "dinner"],
    ["morning: a banana", "breakfast"],
    ["Lunch I had a banana", "lunch"],
    ["In the evening, a banana", "dinner"],
    ["Afternoon snack: a banana", "snacks"],
    // A rough clock time is a label too, and its number is no amount: 11 is lunch (11-2), 7 breakfast (4-10).
    ["11ish: a banana", "lunch"],
    ["7-ish: a banana", "breakfast"],
  ])("%s -> %s", (text, meal) => expect(meals(text)).toEqual([["09040", meal]]));

  it("reads “11ish:” as a time, not as eleven of the food after it", () => {
    // One banana (09040 medium 118 g), not eleven (1,298 g).
    expect(parseMeals("11ish: a banana").entries.map((e) => e.grams)).toEqual([118]);
    expect(parseMeals("11ish: banana bread").entries.map((e) => [e.meal, e.amount])).toEqual([["lunch", parseMeals("banana bread").entries[0]!.amount]]);
  });

  it("full stops and lines start new foods; a label holds until the next one", () => {
    expect(meals("Breakfast: a banana. an apple\nLunch - a banana, an apple. Dinner: an apple")).toEqual([
      ["09040", "breakfast"], ["09003", "breakfast"], ["09040", "lunch"], ["09003", "lunch"], ["09003", "dinner"],
    ]);
  });

  it("a label at the end of a clause applies to that clause only", () => {
    expect(meals("an apple. a banana with dinner. an apple")).toEqual([["09003", null], ["09040", "dinner"], ["09003", null]]);
  });

  it("a meal word inside a food name is no label", () => {
    expect(splitDay("breakfast sausage and a dinner roll").map((f) => [f.text, f.meal])).toEqual([
      ["breakfast sausage", null],
      ["a dinner roll", null],
    ]);
  });

  it("text that is only meal labels or punctuation gives nothing", () => {
    for (const text of ["Breakfast: Lunch: Dinner:", "...", "- - -", "Breakfast:\nLunch:\nSnacks -", ",,, ;;;"]) {
      expect(parseMeals(text), text).toEqual({ entries: [], unmatched: [], unmatchedReasons: [] });
    }
  });

  it("\"w/\" is \"with\": 2 pork chops w/ rice is two foods", () => {
    // Pork loin chop 10189 (1 chop 137 g in the lexicon's measure) and cooked white rice 20045, 1 cup = 158 g (SR28).
    const { entries } = parseMeals("dinner was 2 pork chops w/ rice");
    // The rice has no amount: one cup is assumed, and said (low).
    expect(entries.map((e) => [e.foodId, e.meal, e.confidence])).toEqual([["10189", "dinner", "high"], ["20045", "dinner", "low"]]);
    expect(entries[1]!.grams).toBe(158);
    expect(entries[1]!.note).toMatch(/No amount given: 1 cup \(158 g\) assumed/);
  });

  it("a qualifier after a comma refines the food before it", () => {
    // Nonfat milk (01085 or 01151): 1 cup = 245 g (SR28). One entry, not a second cup of milk.
    const { entries } = parseMeals("1 cup milk, fat-free");
    expect(entries).toHaveLength(1);
    expect(["01085", "01151"]).toContain(entries[0]!.foodId);
    expect(entries[0]!.grams).toBe(245);
    expect(entries[0]!.text).toBe("1 cup milk, fat-free");
  });

  it("a splash of milk is about 30 g, and coffee with milk adds a splash, not a cup", () => {
    const splash = parseMeals("tea with a splash of milk").entries.find((e) => e.name.startsWith("Milk"));
    expect(splash?.grams).toBeGreaterThanOrEqual(15);
    expect(splash?.grams).toBeLessThanOrEqual(45);
    const withMilk = parseMeals("black coffee with milk").entries.find((e) => e.name.startsWith("Milk"));
    expect(withMilk?.grams).toBeLessThanOrEqual(60);
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

const SEPARATOR_WORDS = new Set(["and", "with", "plus", "&", "then"]);
/** Words that separate foods only between spaces ("toast n jam", "arroz y frijoles"): alone, "n" or "y" may be a food's. */
const SPACED_SEPARATORS = new Set(["n", "w", "con", "y", "z", "avec", "et", "mit", "und", "ve"]);
/** The telling before a food that the reader drops as filler (structure.ts LEADING_FILLER): "like", "usually". */
const FILLER_WORDS = new Set(["like", "also", "usually", "typically", "normally", "often", "always", "sometimes", "maybe", "probably", "probs", "prob", "prolly", "just", "about", "around", "approx", "approximately", "roughly", "later", "finally", "afterwards"]);
const spacedSeparator = (word: string, text: string) => SPACED_SEPARATORS.has(word) && new RegExp(`\\s${word}\\s`, "i").test(text);
const AMOUNT_WORDS = /^(\d+([.,/-]\d+)?%?|[½¼¾⅓⅔]|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|couple|few|dozen|of|x|g|ml|cups?|glass|slices?|tbsp|oz)$/i;

describe("quick add: a cup of a dish", () => {
  it("is the cups its serving states: jollof rice is 446.8 g for 1 1/2 cups, so a cup is 297.9 g, 158 g of it rice", () => {
    // data/recipes.json, Jollof rice, "1 1/2 cups": rice 237 + tomato paste 16 + canned tomatoes 60 + red pepper 37.3 +
    // onion 20 + oil 14 + stock 60 + salt 1.5 + curry powder 1 = 446.8 g. 237 g / 1.5 = 158 g, SR28's cup of cooked
    // long-grain rice (20045).
    const { entries } = parseMeals("a cup of jollof rice");
    expect(entries.reduce((sum, e) => sum + e.grams, 0)).toBeCloseTo(297.87, 0);
    expect(entries.find((e) => e.foodId === "20045")!.grams).toBeCloseTo(158, 0);
  });
});

describe("quick add: long texts, a step at a time", () => {
  // Thirteen words with no comma, "and" or other separator: no food in the table has a name this long (the longest
  // everyday name, "i can t believe it s not butter", has 8 words), so it is not searched as one food.
  const runOn = "plorf wibble zantic quorb mextil yandle ferbish glomp trindle vosk harpin duvel snerk";

  it("says a run of more words than any food name has is too long to be one food", () => {
    expect(runOn.split(" ").length).toBe(MAX_SEARCH_WORDS + 1);
    expect(parseMeals(runOn)).toEqual({ entries: [], unmatched: [runOn], unmatchedReasons: [{ text: runOn, reason: TOO_MANY_WORDS }] });
    // One word fewer is searched, and the table has none of these words.
    const shorter = runOn.split(" ").slice(1).join(" ");
    expect(parseMeals(shorter).unmatchedReasons[0]!.reason).toBe("No food in the table matches these words.");
  });

  it("still finds a dish or everyday name inside a long run of words, and says the rest was not read", () => {
    const { entries } = parseMeals(`plorf wibble zantic quorb mextil yandle ferbish glomp trindle vosk harpin duvel banana`);
    expect(entries.map((e) => [e.foodId, e.confidence])).toEqual([["09040", "low"]]);
  });

  it("pauses before each fragment is grouped and before it is matched, and ends with parseMeals's answer", () => {
    const text = "Breakfast: porridge with milk and a banana, 2 slices of toast with butter. Lunch: tuna sandwich, an apple";
    const steps = parseSteps(text);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // "porridge with milk" (one dish), a banana, 2 slices of toast, butter, tuna sandwich, an apple: 6 fragments.
    expect(splitFragments(text)).toHaveLength(6);
    // Once before each fragment is grouped with its qualifiers, and once before it is matched.
    expect(pauses).toBeGreaterThanOrEqual(2 * 6);
    expect(step.value).toEqual(parseMeals(text));
  });
});

describe("quick add: properties", () => {
  const phrase = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc
      .array(
        fc.tuple(
          fc.constantFrom("", "2 ", "a ", "half an ", "1/2 cup ", "30 g ", "a glass of ", "3 slices "),
          fc.constantFrom(
            "banana", "milk", "almonds", "kefir", "bread", "zzqx", "apple", "coffee", "brocoli", "turkey sandwich",
            "rice", "oat milk", "large latte", "milk, fat-free", "mac and cheese", "chopped broccoli", "pork chops",
          ),
        ),
        { maxLength: 6 },
      )
      .chain((parts) =>
        fc
          .tuple(
            fc.constantFrom(", ", " and ", "; ", "\n", " + ", " with ", ". ", " then "),
            fc.constantFrom("", "Breakfast: ", "for lunch I had ", "dinner was ", "snack - ", "Morning: ", "- "),
          )
          .map(([sep, label]) => label + parts.map(([a, f]) => a + f).join(sep)),
      ),
  );

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => void parseMeals(text)), { numRuns: 300 });
  });

  it("accounts for every word: in an entry (with its qualifiers), in unmatched, or as a separator, amount or label", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const { entries, unmatched } = parseMeals(text);
        const kept = [...entries.map((e) => e.text), ...unmatched].join(" ").toLowerCase();
        // Clock times and numbers that are no amount ("3 miles") are accounted for as what they are (tags.ts): blanked.
        let rest = text;
        for (const span of [...clockTimes(text), ...notAmounts(text)]) rest = rest.slice(0, span.start) + " ".repeat(span.end - span.start) + rest.slice(span.end);
        for (const word of rest
          .toLowerCase()
          .replace(/(^|[^\p{L}\p{N}])w\//gu, "$1 with ") // "w/" is the separator "with" (also at the start, after a mark)
          .split(/[^\p{L}\p{N}%'’-]+/u)
          .map((w) => w.replace(/^['’-]+|['’-]+$/g, ""))
          .filter((w) => /[\p{L}\p{N}]/u.test(w))) {
          if (SEPARATOR_WORDS.has(word) || spacedSeparator(word, text) || FILLER_WORDS.has(word) || AMOUNT_WORDS.test(word) || STRUCTURE_WORDS.has(word) || word === "-") continue;
          expect(kept, `"${word}" of ${JSON.stringify(text)}`).toContain(word);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it("never returns more than 3 alternatives, nor the food itself among them, and a meal only from a label", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        for (const entry of parseMeals(text).entries) {
          expect(entry.alternatives.length).toBeLessThanOrEqual(3);
          expect(entry.alternatives.some((a) => a.foodId === entry.foodId)).toBe(false);
          expect(["high", "low"]).toContain(entry.confidence);
          // A meal comes only from a label: a meal word, or a clock time ("6am", "7:30", "11ish", "@ 7", "at 6").
          if (entry.meal !== null) {
            expect(text.toLowerCase()).toMatch(/breakfast|brekk|brunch|lunch|dinner|supper|snack|morning|afternoon|evening|night|noon|midday|dessert|bed|tea|iftar|suhoor|sehri|sahur|elevenses|\d\s*(?:am|pm|a\.m|p\.m|h|hrs|o'?clock)|\d:\d\d|\d-?ish|(?:@|\bat|around|about|by)\s*\d/);
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
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

describe("quick add: British words for drinks", () => {
  it("“a glass of red” is red wine, not a tomato (SR28 14096: 1 serving 5 fl oz = 147 g)", () => {
    const [wine, ...rest] = parseMeals("Dinner: spaghetti and a glass of red").entries.filter((e) => e.text.includes("red"));
    expect(rest).toEqual([]);
    // A glass comes in many sizes: the standard 5 fl oz is taken, and said.
    expect(wine).toMatchObject({ foodId: "14096", grams: 147, meal: "dinner", confidence: "low" });
    expect(wine!.note).toMatch(/A glass taken as 1 serving \(5 fl oz\), 147 g/);
    // Red as a colour still belongs to its food.
    expect(parseMeals("red pepper").entries[0]!.name).toMatch(/^Peppers, sweet, red/);
  });
});
