// The "leave out" box read as people mean it. Every expected list of foods below is written by hand from
// data/article-foods.json (ids in the file's order), not computed by the code under test.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allowedFoods, allowedFoodsWithExclusions, articleFoods } from "./article-foods";
import { applyExclusions, EMPTY_GROUPS, type FoodTag } from "./exclusions";
import { DIET_TAGS, FOOD_GROUP_TAGS } from "../schema/food";

const foods = articleFoods();
const removedBy = (...exclude: string[]) => {
  const kept = new Set(applyExclusions(foods, exclude).allowed.map((c) => c.foodId));
  return foods.map((c) => c.foodId).filter((id) => !kept.has(id));
};
const report = (...exclude: string[]) => applyExclusions(foods, exclude).excluded;

const VEGETABLES = ["11215", "11081", "09037", "11091", "11458", "11297"]; // garlic, beets, avocado, broccoli, spinach, parsley
const FRUIT = ["09032", "09298", "09421", "09291", "09040", "09037", "09003", "09112", "09200"]; // apricots ... avocado ... orange
const DRIED_FRUIT = ["09032", "09298", "09421", "09291"]; // apricots, raisins, dates, prunes
const FISH = ["15237", "15088"]; // salmon, sardines
const LACTOSE = ["01079", "01289", "01117", "01012"]; // milk, kefir, yogurt, cottage cheese
const DAIRY = ["01079", "01289", "01117", "01012", "01033"]; // and parmesan
const NUTS = ["12061", "12155"]; // almonds, walnuts
const SEEDS = ["12036", "12014"]; // sunflower, pumpkin
const GLUTEN = ["18075", "08121", "20077", "20078"]; // whole-wheat bread, oatmeal, wheat bran, wheat germ
const WHEAT = ["18075", "20077", "20078"];
const SOY = ["16426", "16139", "16109"]; // tofu, soy milk, soybeans
const GRAINS = ["20010", "18075", "08121", "20077", "20078"]; // buckwheat, bread, oatmeal, bran, germ
const LEGUMES = ["16426", "16139", "16109", "16015"]; // the soy foods and black beans
const ANIMAL = ["05064", "15237", "15088", "01079", "01289", "01117", "01012", "01033"];

describe("applyExclusions: the groups people name", () => {
  it.each<[string, string[]]>([
    ["vegetables", VEGETABLES],
    ["vegetable", VEGETABLES],
    ["Veggies", VEGETABLES],
    ["veg", VEGETABLES],
    ["fruit", FRUIT],
    ["fruits", FRUIT],
    ["dried fruit", DRIED_FRUIT],
    ["dried fruits", DRIED_FRUIT],
    ["red meat", []],
    ["meat", ["05064"]],
    ["poultry", ["05064"]],
    ["fish", FISH],
    ["seafood", FISH],
    ["shellfish", []],
    ["lactose", LACTOSE],
    ["lactose intolerant", LACTOSE],
    ["dairy", DAIRY],
    ["milk products", DAIRY],
    ["nuts", NUTS],
    ["nut", NUTS],
    ["tree nuts", NUTS],
    ["peanuts", []],
    ["seeds", SEEDS],
    ["seed", SEEDS],
    ["gluten", GLUTEN],
    ["wheat", WHEAT],
    ["soy", SOY],
    ["soya", SOY],
    ["eggs", []],
    ["egg", []],
    ["grains", GRAINS],
    ["grain", GRAINS],
    ["beans", LEGUMES],
    ["legumes", LEGUMES],
    ["legume", LEGUMES],
    ["animal products", ANIMAL],
    ["VEGETABLES", VEGETABLES],
    ["  Nuts  ", NUTS],
    ["no nuts", NUTS],
    ["gluten-free", GLUTEN],
    ["dairy free", DAIRY],
  ])("%s leaves out %j", (term, ids) => {
    expect(removedBy(term)).toEqual(ids);
    expect(report(term)).toEqual([{ term: term.trim(), matched: ids.length, group: expect.any(String) }]);
  });

  it("reads a known group with no food as that group, matching nothing, not as an unknown word", () => {
    expect(report("red meat", "eggs", "shellfish", "peanuts", "xyz")).toEqual([
      { term: "red meat", matched: 0, group: "red-meat" },
      { term: "eggs", matched: 0, group: "egg" },
      { term: "shellfish", matched: 0, group: "shellfish" },
      { term: "peanuts", matched: 0, group: "peanut" },
      { term: "xyz", matched: 0, group: null },
    ]);
  });

  it("keeps parmesan for lactose, buckwheat for gluten, and chicken out of red meat", () => {
    expect(removedBy("lactose")).not.toContain("01033");
    expect(removedBy("gluten")).not.toContain("20010");
    expect(removedBy("red meat")).not.toContain("05064");
  });
});

describe("applyExclusions: allergies and dislikes as people say them", () => {
  it.each(["no nuts please", "nut allergy", "allergic to nuts", "tree nut allergy", "NUT ALLERGY!"])("%s leaves out the nuts", (term) => {
    expect(removedBy(term)).toEqual(NUTS);
    expect(report(term)).toEqual([{ term, matched: 2, group: "nuts" }]);
  });
  it("reads the telling around a group or a food, and keeps what names a food", () => {
    expect(removedBy("I can't eat dairy")).toEqual(DAIRY);
    expect(removedBy("lactose intolerant")).toEqual(LACTOSE);
    expect(removedBy("sardines please")).toEqual(["15088"]);
    expect(report("I'm allergic to peanuts")).toEqual([{ term: "I'm allergic to peanuts", matched: 0, group: "peanut" }]);
    expect(report("please")).toEqual([{ term: "please", matched: 0, group: null }]);
  });
});

describe("applyExclusions: one food by its name or id, whole words only", () => {
  it.each<[string, string[]]>([
    ["salt", []],
    ["fat", []],
    ["2% fat", []],
    ["without salt", []],
    ["calcium", []],
    ["plain", []],
    ["whole", []],
    ["dried", []],
    ["products", []],
    ["oat", ["08121"]],
    ["oats", ["08121"]],
    ["oatmeal", ["08121"]],
    ["buckwheat", ["20010"]],
    ["groats", ["20010"]],
    ["almond", ["12061"]],
    ["almonds", ["12061"]],
    ["walnuts", ["12155"]],
    ["walnut", ["12155"]],
    ["12155", ["12155"]],
    ["01079", ["01079"]],
    ["parmesan", ["01033"]],
    ["hard cheese", ["01033"]],
    ["cheese", ["01012", "01033"]],
    ["cottage cheese", ["01012"]],
    ["yoghurt", ["01117"]],
    ["yogurt", ["01117"]],
    ["Plain yogurt", ["01117"]],
    ["milk", ["01079"]],
    ["soy milk", ["16139"]],
    ["soya milk", ["16139"]],
    ["soymilk", ["16139"]],
    ["black beans", ["16015"]],
    ["soybeans", ["16109"]],
    ["tofu", ["16426"]],
    ["Tofu (calcium-set)", ["16426"]],
    ["plums", ["09291"]],
    ["prune", ["09291"]],
    ["date", ["09421"]],
    ["apricots", ["09032"]],
    ["dried apricots", ["09032"]],
    ["beetroot", ["11081"]],
    ["wholemeal bread", ["18075"]],
    ["whole wheat bread", ["18075"]],
    ["bread", ["18075"]],
    ["bran", ["20077"]],
    ["grapefruits", ["09112"]],
    ["oranges", ["09200"]],
    ["bananas", ["09040"]],
    ["cocoa", ["19165"]],
    ["chicken", ["05064"]], // a food, not a group: leaving out chicken is not leaving out turkey
    ["salmon", ["15237"]],
    ["sardine", ["15088"]],
    ["kefir", ["01289"]],
    ["beef", []],
    ["oat milk", []],
    ["apple pie", []],
    ["xyz", []],
    ["1215", []],
  ])("%s leaves out %j", (term, ids) => {
    expect(removedBy(term)).toEqual(ids);
    expect(report(term)).toEqual([{ term, matched: ids.length, group: null }]);
  });
});

describe("applyExclusions: the list as a whole", () => {
  it("counts a food under every term that matches it, and removes it once", () => {
    const { allowed, excluded } = applyExclusions(foods, ["nuts", "walnuts", "12155"]);
    expect(excluded.map((e) => e.matched)).toEqual([2, 1, 1]);
    expect(allowed).toHaveLength(foods.length - 2);
  });

  it("reports a term given twice once, as first typed, and skips empty ones", () => {
    expect(report("Nuts", "nuts", " NUTS ", "", "   ", ",", "nut")).toEqual([
      { term: "Nuts", matched: 2, group: "nuts" },
      { term: "nut", matched: 2, group: "nuts" },
    ]);
    expect(applyExclusions(foods, ["", "  "])).toEqual({ allowed: [...foods], excluded: [] });
  });

  it("counts only the candidates it is given: the diet comes first", () => {
    const { allowed, excluded } = allowedFoodsWithExclusions("vegan", ["dairy", "fish", "nuts", "lactose"]);
    expect(excluded.map((e) => [e.term, e.matched])).toEqual([["dairy", 0], ["fish", 0], ["nuts", 2], ["lactose", 0]]);
    // 36 foods, 8 animal, 2 nuts.
    expect(allowed).toHaveLength(26);
    expect(allowedFoods("vegan", ["dairy", "fish", "nuts", "lactose"])).toEqual(allowed);
    expect(allowedFoodsWithExclusions("vegetarian", ["poultry", "seafood"]).excluded.map((e) => e.matched)).toEqual([0, 0]);
  });

  const someTerms = fc.array(
    fc.oneof(fc.string(), fc.constantFrom("nuts", "Fruit", "red meat", "12155", "soy milk", "no dairy", "__proto__", "constructor", " ", "-", "oat")),
    { maxLength: 12 },
  );

  it("never throws, counts no more foods than it is given, and splits them into kept and left out", () => {
    fc.assert(
      fc.property(fc.subarray([...foods]), someTerms, (candidates, exclude) => {
        const { allowed, excluded } = applyExclusions(candidates, exclude);
        for (const e of excluded) {
          expect(e.matched).toBeGreaterThanOrEqual(0);
          expect(e.matched).toBeLessThanOrEqual(candidates.length);
          expect(e.term).toBe(e.term.trim());
        }
        // Kept foods are the input's, in order; every food left out was matched by some term.
        expect(allowed).toEqual(candidates.filter((c) => allowed.includes(c)));
        const leftOut = candidates.filter((c) => !allowed.includes(c));
        expect(leftOut.length).toBeLessThanOrEqual(excluded.reduce((n, e) => n + e.matched, 0));
        if (excluded.every((e) => e.matched === 0)) expect(allowed).toEqual(candidates);
      }),
      { numRuns: 300 },
    );
  });

  it("never gives back a food when a term is added", () => {
    fc.assert(
      fc.property(someTerms, fc.oneof(fc.string(), fc.constantFrom("fruit", "milk", "seeds")), (exclude, more) => {
        const before = applyExclusions(foods, exclude).allowed;
        const after = applyExclusions(foods, [...exclude, more]).allowed;
        expect(after.every((c) => before.includes(c))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the groups and data/article-foods.json", () => {
  const carriers = (tag: FoodTag) => foods.filter((c) => c.tags.includes(tag)).map((c) => c.foodId);

  it("has a food for every group, but the groups known to be empty, which have none", () => {
    for (const tag of [...DIET_TAGS, ...FOOD_GROUP_TAGS]) {
      if (EMPTY_GROUPS.includes(tag)) expect(carriers(tag), `${tag} is listed as empty`).toEqual([]);
      else expect(carriers(tag).length, `${tag} has no food`).toBeGreaterThan(0);
    }
  });

  it("keeps the groups nested as the words are", () => {
    const within = (inner: FoodTag, outer: FoodTag) => expect(carriers(inner).filter((id) => !carriers(outer).includes(id)), `${inner} ⊆ ${outer}`).toEqual([]);
    within("lactose", "dairy");
    within("dairy", "animal");
    within("fish", "seafood");
    within("poultry", "meat");
    within("meat", "animal");
    within("wheat", "gluten");
    within("wheat", "grain");
    within("dried-fruit", "fruit");
    within("soy", "legume");
  });

  it("still leaves out what the checkboxes leave out", () => {
    // lib/constants.ts EXCLUDABLE: dairy, nuts, fish, soy, gluten.
    expect(removedBy("dairy", "nuts", "fish", "soy", "gluten")).toEqual([
      "15237", "15088", "12061", "12155", "01079", "01289", "01117", "01012", "01033", "16426", "16139", "16109", "18075", "08121", "20077", "20078",
    ]);
  });
});
