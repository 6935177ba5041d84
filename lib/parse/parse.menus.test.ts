/**
 * Three published one-day sample menus, typed line by line as a person would type them, against the same menus
 * entered food by food from USDA SR28 by hand. The magnesium, potassium and calcium that parseMeals finds in the
 * typed text must come within 15 % of the food-by-food totals, and nothing may be left unmatched.
 *
 * The menus are paraphrased (foods and household amounts as the publications give them; dish headings such as
 * "Taco salad:" left out, since a person logging the day types the foods). Each food-by-food entry notes the SR28
 * household measure its grams come from (usda-sr28-portions.csv).
 */
import { describe, expect, it } from "vitest";
import table from "@/data/foods.json";
import { parseMeals } from "./meals";

type Entry = { text: string; foodId: string; name: string; grams: number; recipe?: string | null };
type Parsed = { entries: Entry[]; unmatched: string[] };
type Food = {
  id: string;
  name: string;
  per100g: { calcium: number | null; magnesium: number | null; potassium: number | null };
};
type Item = { id: string; grams: number };
type Totals = { magnesium: number; potassium: number; calcium: number };

const FOODS = new Map((table as unknown as { foods: Food[] }).foods.map((f) => [f.id, f]));

function totals(items: Array<{ foodId: string; grams: number }>): Totals {
  const t: Totals = { magnesium: 0, potassium: 0, calcium: 0 };
  for (const { foodId, grams } of items) {
    const food = FOODS.get(foodId);
    if (!food) throw new Error(`unknown SR28 food ${foodId}`);
    for (const m of ["magnesium", "potassium", "calcium"] as const) t[m] += (grams / 100) * (food.per100g[m] ?? 0);
  }
  return t;
}

type Menu = { name: string; source: string; typed: string; byFood: Item[] };

const MENUS: Menu[] = [
  {
    name: "DASH, day 1 (2,000 kcal, 2,300 mg sodium)",
    // NHLBI, "Your Guide to Lowering Your Blood Pressure with DASH", NIH Publication No. 06-4082 (revised
    // April 2006), "A Week With the DASH Eating Plan", Day 1. The guide gives for this day: calcium 1,220 mg,
    // magnesium 594 mg, potassium 4,909 mg.
    source: "NHLBI, Your Guide to Lowering Your Blood Pressure with DASH (NIH Pub. 06-4082, 2006), day 1",
    typed: [
      "Breakfast:",
      "3/4 cup bran flakes cereal",
      "1 medium banana",
      "1 cup low-fat milk",
      "1 slice whole wheat bread",
      "1 tsp soft margarine",
      "1 cup orange juice",
      "Lunch:",
      "3/4 cup chicken salad",
      "2 slices whole wheat bread",
      "1 tbsp Dijon mustard",
      "1/2 cup fresh cucumber slices",
      "1/2 cup tomato wedges",
      "1 tbsp sunflower seeds",
      "1 tsp Italian dressing, reduced calorie",
      "1/2 cup fruit cocktail, juice pack",
      "Dinner:",
      "3 oz beef, eye of the round",
      "2 tbsp beef gravy, fat-free",
      "1 cup green beans",
      "1/2 tsp canola oil",
      "1 small baked potato",
      "1 tbsp sour cream, fat-free",
      "1 tbsp grated cheddar cheese, reduced fat",
      "1 tbsp chopped scallions",
      "1 small whole wheat roll",
      "1 tsp soft margarine",
      "1 small apple",
      "1 cup low-fat milk",
      "Snacks:",
      "1/3 cup almonds, unsalted",
      "1/4 cup raisins",
      "1/2 cup fruit yogurt, fat-free, no sugar added",
    ].join("\n"),
    byFood: [
      { id: "08029", grams: 30 }, // POST Bran Flakes, 0.75 cup = 30 g
      { id: "09040", grams: 118 }, // banana, 1 medium = 118 g
      { id: "01082", grams: 244 }, // milk 1%, 1 cup = 244 g
      { id: "18075", grams: 32 }, // whole-wheat bread, 1 slice = 32 g
      { id: "04613", grams: 4.8 }, // margarine-like spread 60 % fat, tub, 1 tsp = 4.8 g
      { id: "09209", grams: 249 }, // orange juice, chilled, 1 cup = 249 g
      // 3/4 cup chicken salad (the guide's recipe: cubed cooked chicken, celery, lemon juice, low-fat mayonnaise):
      { id: "05064", grams: 95 }, // chicken breast meat, roasted: 3/4 cup chopped = 105 g, less the dressing
      { id: "11143", grams: 7.5 }, // celery, 1 tbsp = 7.5 g
      { id: "04018", grams: 10 }, // mayonnaise-type dressing, ~2/3 tbsp (tbsp = 14.7 g)
      { id: "18075", grams: 64 }, // whole-wheat bread, 2 slices = 64 g
      { id: "02046", grams: 15 }, // mustard, prepared (SR28 has no Dijon), 1 tsp = 5 g -> 1 tbsp 15 g
      { id: "11205", grams: 52 }, // cucumber with peel, 1/2 cup slices = 52 g
      { id: "11529", grams: 90 }, // tomato, 1 cup chopped = 180 g -> 1/2 cup 90 g
      { id: "12037", grams: 8 }, // sunflower seed kernels, dry roasted, 1 cup = 128 g -> 1 tbsp 8 g
      { id: "42140", grams: 4.7 }, // Italian dressing, reduced calorie, 1 tbsp = 14 g -> 1 tsp 4.7 g
      { id: "09097", grams: 118.5 }, // fruit cocktail, juice pack, 1 cup = 237 g
      { id: "13418", grams: 85 }, // beef, eye of round roast, lean, 0" fat, roasted, 3 oz = 85 g
      { id: "06116", grams: 29 }, // beef gravy, canned, 1 cup = 233 g -> 2 tbsp 29 g
      { id: "11053", grams: 125 }, // green beans, cooked, 1 cup = 125 g
      { id: "04582", grams: 2.25 }, // canola oil, 1 tsp = 4.5 g
      { id: "11674", grams: 138 }, // potato, baked, flesh and skin, 1 small = 138 g
      { id: "01055", grams: 15 }, // sour cream, reduced fat (SR28 has no fat-free), 1 tbsp = 15 g
      { id: "01260", grams: 7 }, // cheddar, reduced fat; shredded cup 113 g -> 1 tbsp 7 g
      { id: "11291", grams: 6 }, // scallions, 1 tbsp chopped = 6 g
      { id: "18348", grams: 28 }, // whole-wheat dinner roll, 1 roll (1 oz) = 28 g
      { id: "04613", grams: 4.8 }, // margarine-like spread, 1 tsp = 4.8 g
      { id: "09003", grams: 149 }, // apple, 1 small = 149 g
      { id: "01082", grams: 244 }, // milk 1%, 1 cup = 244 g
      { id: "12061", grams: 47.7 }, // almonds, 1 cup whole = 143 g -> 1/3 cup 47.7 g
      { id: "09298", grams: 36.25 }, // raisins, 1 cup (not packed) = 145 g -> 1/4 cup
      { id: "01203", grams: 122.5 }, // yogurt, fruit, low fat, low-calorie sweetener, 1 cup = 245 g
    ],
  },
  {
    name: "USDA 2,000-calorie sample menu, day 1",
    // USDA Center for Nutrition Policy and Promotion, "Sample Menus for a 2000 Calorie Food Pattern"
    // (Dietary Guidelines for Americans 2010 / ChooseMyPlate), Day 1: creamy oatmeal, taco salad,
    // spinach lasagna roll-ups.
    source: "USDA CNPP, Sample Menus for a 2000 Calorie Food Pattern (DGA 2010, ChooseMyPlate), day 1",
    typed: [
      "Breakfast",
      "1/2 cup uncooked oatmeal",
      "1 cup fat-free milk",
      "2 tbsp raisins",
      "2 tsp brown sugar",
      "1 cup orange juice",
      "Lunch",
      "2 oz tortilla chips",
      "2 oz cooked ground turkey",
      "2 tsp canola oil",
      "1/4 cup kidney beans",
      "1/2 oz low-fat cheddar cheese",
      "1/2 cup chopped lettuce",
      "1/2 cup avocado",
      "1 tsp lime juice",
      "2 tbsp salsa",
      "1 cup tea",
      "Dinner",
      "1 cup cooked lasagna noodles",
      "1/2 cup cooked spinach",
      "1/2 cup ricotta cheese",
      "1 oz part-skim mozzarella cheese",
      "1/2 cup tomato sauce",
      "1 oz whole wheat roll",
      "1 tsp tub margarine",
      "1 cup fat-free milk",
      "Snacks",
      "2 tbsp raisins",
      "1 oz unsalted almonds",
    ].join("\n"),
    byFood: [
      { id: "08120", grams: 40.5 }, // oats, regular and quick, dry, 1 cup = 81 g
      { id: "01085", grams: 245 }, // milk, nonfat, 1 cup = 245 g
      { id: "09298", grams: 18.1 }, // raisins, 1 cup (not packed) = 145 g -> 2 tbsp (1/8 cup)
      { id: "19334", grams: 9.2 }, // brown sugar, 1 tsp packed = 4.6 g
      { id: "09209", grams: 249 }, // orange juice, chilled, 1 cup = 249 g
      { id: "19056", grams: 56.7 }, // tortilla chips, plain, 2 oz
      { id: "05306", grams: 56.7 }, // ground turkey, cooked, 2 oz
      { id: "04582", grams: 9 }, // canola oil, 1 tsp = 4.5 g
      { id: "16033", grams: 44.25 }, // kidney beans, red, cooked, 1 cup = 177 g
      { id: "01260", grams: 14.2 }, // cheddar, reduced fat, 1/2 oz
      { id: "11252", grams: 28.5 }, // iceberg lettuce, 1 cup chopped = 57 g
      { id: "09037", grams: 75 }, // avocado, 1 cup cubes = 150 g
      { id: "09160", grams: 5 }, // lime juice, 1 cup = 242 g -> 1 tsp 5 g
      { id: "06164", grams: 36 }, // salsa, 2 tbsp = 36 g
      { id: "14355", grams: 237 }, // tea, brewed, 1 cup (8 fl oz) = 237 g
      { id: "20121", grams: 116 }, // pasta, cooked, 1 cup lasagne = 116 g
      { id: "11458", grams: 90 }, // spinach, cooked, 1 cup = 180 g
      { id: "01037", grams: 124 }, // ricotta, part skim, 1/2 cup = 124 g
      { id: "01028", grams: 28.35 }, // mozzarella, part skim, 1 oz
      { id: "11549", grams: 122.5 }, // tomato sauce, canned, 1 cup = 245 g
      { id: "18348", grams: 28.35 }, // whole-wheat dinner roll, 1 oz
      { id: "04613", grams: 4.8 }, // margarine-like spread, tub, 1 tsp = 4.8 g
      { id: "01085", grams: 245 }, // milk, nonfat, 1 cup
      { id: "09298", grams: 18.1 }, // raisins, 2 tbsp
      { id: "12061", grams: 28.35 }, // almonds, 1 oz
    ],
  },
  {
    name: "NIA sample menu 1 (2,000 kcal)",
    // NIH National Institute on Aging, "What's On Your Plate? Smart Food Choices for Healthy Aging",
    // Appendix: Sample Menus, menu #1 (breakfast burrito; roast beef sandwich with baked potato wedges;
    // baked salmon on beet greens with quinoa and almonds; cantaloupe).
    source: "NIH National Institute on Aging, What's On Your Plate? Smart Food Choices for Healthy Aging, sample menu #1",
    typed: [
      "Breakfast:",
      "1 flour tortilla (8 inch)",
      "1 scrambled egg",
      "1/3 cup black beans",
      "2 tbsp salsa",
      "1/2 large grapefruit",
      "1 cup coffee",
      "Lunch:",
      "1 small whole-grain hoagie bun",
      "2 oz lean roast beef",
      "1 slice part-skim mozzarella cheese",
      "2 slices tomato",
      "1/4 cup cooked mushrooms",
      "1 tsp canola oil",
      "1 tsp mustard",
      "1 cup baked potato wedges",
      "1 tsp canola oil",
      "1 tbsp ketchup",
      "1 cup fat-free milk",
      "Dinner:",
      "4 oz baked salmon",
      "1 tsp olive oil",
      "2 tsp lemon juice",
      "1/3 cup cooked beet greens",
      "2 tsp canola oil",
      "1/2 cup quinoa",
      "1/2 oz slivered almonds",
      "1 cup fat-free milk",
      "Snack:",
      "1 cup cantaloupe balls",
    ].join("\n"),
    byFood: [
      { id: "18364", grams: 49 }, // flour tortilla, 1 tortilla (approx 7-8" dia) = 49 g
      { id: "01132", grams: 61 }, // egg, scrambled, 1 large = 61 g
      { id: "16015", grams: 57.3 }, // black beans, cooked, 1 cup = 172 g
      { id: "06164", grams: 36 }, // salsa, 2 tbsp = 36 g
      { id: "09111", grams: 166 }, // grapefruit, 1/2 large (approx 4-1/2" dia) = 166 g
      { id: "14209", grams: 237 }, // coffee, brewed, 1 cup (8 fl oz) = 237 g
      { id: "18348", grams: 65 }, // whole-wheat roll, 1 roll (small submarine, hoagie roll) = 65 g
      { id: "07043", grams: 56.7 }, // roast beef, deli style, sliced, 2 oz
      { id: "01029", grams: 28 }, // mozzarella, low moisture, part-skim, 1 slice (1 oz) = 28 g
      { id: "11529", grams: 40 }, // tomato, 1 slice medium (1/4" thick) = 20 g
      { id: "11261", grams: 39 }, // mushrooms, white, cooked, 1 cup pieces = 156 g
      { id: "04582", grams: 4.5 }, // canola oil, 1 tsp
      { id: "02046", grams: 5 }, // mustard, prepared yellow, 1 tsp = 5 g
      { id: "11674", grams: 122 }, // potato, baked, flesh and skin; 1/2 cup = 61 g (11828)
      { id: "04582", grams: 4.5 }, // canola oil, 1 tsp
      { id: "11935", grams: 17 }, // catsup, 1 tbsp = 17 g
      { id: "01085", grams: 245 }, // milk, nonfat, 1 cup = 245 g
      { id: "15237", grams: 113.4 }, // salmon, Atlantic, farmed, cooked, dry heat, 4 oz
      { id: "04053", grams: 4.5 }, // olive oil, 1 tsp
      { id: "09152", grams: 10.2 }, // lemon juice, 1 cup = 244 g -> 1 tsp 5.1 g
      { id: "11087", grams: 48 }, // beet greens, cooked, 1 cup (1" pieces) = 144 g
      { id: "04582", grams: 9 }, // canola oil, 2 tsp
      { id: "20137", grams: 92.5 }, // quinoa, cooked, 1 cup = 185 g
      { id: "12061", grams: 14.2 }, // almonds, 1/2 oz
      { id: "01085", grams: 245 }, // milk, nonfat, 1 cup
      { id: "09181", grams: 177 }, // cantaloupe, 1 cup balls = 177 g
    ],
  },
];

const pct = (got: number, want: number) => `${Math.round(got)} mg vs ${Math.round(want)} mg (${((100 * (got - want)) / want).toFixed(1)} %)`;

describe("parseMeals on published sample menus", () => {
  it.each(MENUS)("$name: Mg, K and Ca within 15 percent of the food-by-food entry", (menu) => {
    const parsed = parseMeals(menu.typed) as unknown as Parsed;
    const got = totals(parsed.entries);
    const want = totals(menu.byFood.map((x) => ({ foodId: x.id, grams: x.grams })));
    const listing = parsed.entries
      .map((e) => `  ${e.foodId} ${e.name} | ${Math.round(e.grams * 10) / 10} g | "${e.text}"`)
      .join("\n");
    const report = `${menu.source}\n  Mg ${pct(got.magnesium, want.magnesium)}\n  K  ${pct(got.potassium, want.potassium)}\n  Ca ${pct(
      got.calcium,
      want.calcium,
    )}\nentries:\n${listing}\nunmatched: ${JSON.stringify(parsed.unmatched)}`;
    if (process.env.MENU_REPORT) console.info(report.split("\nentries:")[0]); // MENU_REPORT=1 prints the deviations
    expect(parsed.unmatched, report).toEqual([]);
    for (const m of ["magnesium", "potassium", "calcium"] as const) {
      expect(Math.abs(got[m] - want[m]) / want[m], `${m}: ${report}`).toBeLessThanOrEqual(0.15);
    }
  });

  it("the food-by-food entries use real SR28 foods and come near the DASH guide's own totals", () => {
    for (const menu of MENUS) for (const x of menu.byFood) expect(FOODS.has(x.id), x.id).toBe(true);
    // The DASH guide states calcium 1,220 mg, magnesium 594 mg, potassium 4,909 mg for day 1. SR28 and the guide's
    // own analysis differ in food choices (bran flakes brand, chicken salad recipe), so allow 20 %.
    const dash = totals(MENUS[0]!.byFood.map((x) => ({ foodId: x.id, grams: x.grams })));
    expect(Math.abs(dash.calcium - 1220) / 1220).toBeLessThanOrEqual(0.2);
    expect(Math.abs(dash.magnesium - 594) / 594).toBeLessThanOrEqual(0.2);
    expect(Math.abs(dash.potassium - 4909) / 4909).toBeLessThanOrEqual(0.2);
  });
});
