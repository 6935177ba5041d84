// Stage 3 on its own terms: headings typed with a typo, a dash or a clock time, a meal word before a count, and
// "n" between foods. Each expected meal and fragment is read off the text by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitDay } from "./structure";
import { mealOfHeadingWord, oneEditApart } from "./tags";
import { parseMeals } from "./meals";

const fragments = (text: string) => splitDay(text).map((f) => `${f.meal ?? "-"}: ${f.text}`);

describe("headings", () => {
  it("a meal word one typo away is still the heading's meal, only in a heading", () => {
    expect(["brekfast", "breakfst", "lnuch", "dinnner", "dinenr", "supepr"].map(mealOfHeadingWord)).toEqual(["breakfast", "breakfast", "lunch", "dinner", "dinner", "dinner"]);
    // Short words and words two edits away are no meal: "tea", "lime", "diner" is one edit from "dinner" but…
    expect(["tea", "lime", "brunchh", "break", "dinnerr"].map(mealOfHeadingWord)).toEqual([null, null, null, null, "dinner"]);
    expect(fragments("brekfast - 2 slices of toast")).toEqual(["breakfast: 2 slices of toast"]);
  });

  it("one edit apart is symmetric, and no word is one edit from itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(oneEditApart(a, b)).toBe(oneEditApart(b, a));
        if (a === b) expect(oneEditApart(a, b)).toBe(true);
      }),
    );
    expect([oneEditApart("lunch", "lunhc"), oneEditApart("lunch", "lunchh"), oneEditApart("lunch", "luch"), oneEditApart("lunch", "lnhcu")]).toEqual([true, true, true, false]);
  });

  it("a heading with a clock time in it (“5:15am pre-swim:”) leads what follows", () => {
    expect(fragments("5:15am pre-swim: 1 banana + 1 tbsp pb")).toEqual(["breakfast: 1 banana", "breakfast: 1 tbsp pb"]);
  });

  it("a meal word just before a count is a label: no food is “lunch 2”", () => {
    expect(fragments("6 eggs for bfast, lunch 2 chipotle bowls, dinner 3 burgers n fries")).toEqual([
      "breakfast: 6 eggs",
      "lunch: 2 chipotle bowls",
      "dinner: 3 burgers",
      "dinner: fries",
    ]);
  });
});

describe("meal headings in other languages", () => {
  it("Polish, Spanish, Turkish, Russian and French headings name their meal", () => {
    expect(fragments("Śniadanie: 2 slices rye bread\nObiad (around 2pm): żurek\nKolacja: kiełbasa")).toEqual([
      "breakfast: 2 slices rye bread",
      "lunch: żurek",
      "dinner: kiełbasa",
    ]);
    expect(fragments("Desayuno: huevos\nCena: tacos\nKahvaltı: simit\nужин: гречка\npetit déjeuner: croissant")).toEqual([
      "breakfast: huevos",
      "dinner: tacos",
      "breakfast: simit",
      "dinner: гречка",
      "breakfast: croissant",
    ]);
  });
});

describe("a fragment that starts with “with”", () => {
  it("is an add-on to the food before it: “coffee, with milk” is a splash (the lexicon's 30 g), “…, with mustard” 5 g", () => {
    const milk = parseMeals("coffee, with milk").entries[1]!;
    expect([milk.foodId, milk.grams]).toEqual(["01077", 30]);
    expect(parseMeals("kiełbasa, maybe 100g, with mustard").entries.map((e) => e.text)).toEqual(["kiełbasa, maybe 100g", "mustard"]);
  });
});

describe("labels after their foods", () => {
  it("“eggs for breakfast, lunch: soup” keeps the eggs (breakfast) and the soup (lunch): a heading holds no list", () => {
    expect(fragments("eggs for breakfast, lunch: 2 bowls of soup")).toEqual(["breakfast: eggs", "lunch: 2 bowls of soup"]);
    expect(fragments("eggs for breakfast, lunch was soup")).toEqual(["breakfast: eggs", "lunch: soup"]);
  });

  it("“Tea was…” and “for tea we had…” start the evening meal in any day; a full stop after a number ends a sentence before a capital", () => {
    expect(fragments("Kit Kat at 3. Tea was spag bol")).toEqual(["snacks: Kit Kat", "dinner: spag bol"]);
    expect(fragments("For tea we had fish fingers")).toEqual(["dinner: fish fingers"]);
    expect(fragments("1.5 cups rice. 2 eggs")).toEqual(["-: 1.5 cups rice", "-: 2 eggs"]);
  });
});

describe("quick add: what the structure gives", () => {
  it("“n” joins foods, but not inside a name that has it (“mac n cheese”)", () => {
    expect(parseMeals("burger n fries").entries.map((e) => e.text)).toEqual(["burger", "fries"]);
    expect(parseMeals("mac n cheese").entries.map((e) => e.foodId)).toEqual(["32005"]);
  });

  it("an emoji beside the words for its own food illustrates them; beside others it is a food", () => {
    // SR28 01103 reduced-fat chocolate milk: 1 cup = 250 g, so 16 fl oz = 500 g (16 × 29.57 ml × 250/236.6 g/ml).
    const milk = parseMeals("chocolate milk 16oz 🥛").entries;
    expect(milk.map((e) => e.foodId)).toEqual(["01103"]);
    expect(milk[0]!.grams).toBeCloseTo(16 * 29.57 * (250 / 236.6), 0);
    expect(parseMeals("🥑 toast").entries.some((e) => /Avocados/.test(e.name))).toBe(true);
  });

  it("a comma and a space between numbers parts two foods; with no space it is a decimal point", () => {
    // SR28 12061 almonds: 1 almond = 1.2 g; 20045 rice: 1 cup = 158 g.
    expect(parseMeals("string cheese x2, 10 almonds").entries.map((e) => [e.foodId, e.grams])).toEqual([["01029", 56], ["12061", 12]]);
    expect(parseMeals("1,5 cups rice").entries[0]!.grams).toBeCloseTo(237, 0);
  });

  it("a drink, or a food with its own count after a comma, is beside a dish, not in it", () => {
    const { entries } = parseMeals("tofu stir fry with rice, green tea, 2 eggs");
    const tea = entries.find((e) => e.foodId === "14278")!; // SR28 14278 brewed green tea
    expect([tea.recipe, tea.text]).toEqual([null, "green tea"]);
    const eggs = entries.find((e) => e.foodId === "01123")!;
    expect([eggs.recipe, eggs.text]).toEqual([null, "2 eggs"]);
  });

  it("“con”, “y”, “z”, “avec”, “mit” join foods as “with” and “and” do, but not inside a name (“chili con carne”)", () => {
    expect(parseMeals("té de canela con 4 galletas Marías").entries.map((e) => e.foodId)).toEqual(["14381", "28351"]);
    expect(parseMeals("arroz y frijoles").entries).toHaveLength(2);
    expect(parseMeals("chili con carne").entries.map((e) => e.foodId)).toEqual(["22904"]);
  });

  it("a colour alone in a glass or bottle is wine (SR28 14106 white wine: 5 fl oz = 147 g)", () => {
    const [wine] = parseMeals("2 glasses of white").entries;
    expect([wine!.foodId, wine!.grams]).toEqual(["14106", 294]);
  });

  it("after “at the” comes a place, even one named like a food (“a coffee at the café” is one coffee)", () => {
    expect(parseMeals("a coffee at the café").entries.map((e) => e.text)).toEqual(["a coffee at the café"]);
    expect(parseMeals("a coffee at the café").entries).toHaveLength(1);
  });
});

