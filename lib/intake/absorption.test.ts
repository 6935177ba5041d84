// An independent check of lib/intake/absorption.ts. Every expected relative below was worked out by hand from the
// published figures, not copied from the module:
//  - Weaver, Proulx & Heaney 1999 rows: table % ÷ milk's absorption at the serving's calcium load, by the table
//    footnote's equation 0.889 − 0.0964·ln(load mg). E.g. kale 49.3% at 61 mg: ln 61 = 4.1109, milk at that
//    load 0.4927, 0.493 / 0.4927 = 1.001. Broccoli 61.3% at 35 mg: ln 35 = 3.5553, milk 0.5463, → 1.122.
//  - Spinach: Heaney, Weaver & Recker 1988, 0.051 / 0.276 = 0.185 (same subjects).
//  - Soymilk (calcium carbonate): Zhao, Martin & Weaver 2005, 0.211 / 0.217 = 0.972.
//  - Soybeans: Heaney, Weaver & Fitzsimmons 1991, 0.310 / 0.377 = 0.822.
//  - Milk products: 1.
import { describe, expect, it } from "vitest";
import table from "@/data/foods.json";
import { absorbableCalciumMg, calciumAbsorption, COUNTED_CALCIUM_WHY, countedCalciumMg, countedCalciumNote, countedShare, shortCitation } from "./absorption";
import absorptionTable from "@/data/absorption.json";
import { ABSORPTION_NOT_MEASURED, MILK_FRACTIONAL_ABSORPTION, STUDIES } from "./absorption-studies";

const W99 = /Weaver CM, Proulx WR, Heaney R\. .*Am J Clin Nutr 1999/;
const H88 = /Heaney RP, Weaver CM, Recker RR\. Calcium absorbability from spinach\. Am J Clin Nutr 1988/;
const Z05 = /Zhao Y, Martin BR, Weaver CM\. .*J Nutr 2005/;
const H91 = /Heaney RP, Weaver CM, Fitzsimmons ML\. .*Am J Clin Nutr 1991/;
const WH06 = /Weaver CM, Heaney RP\. Food sources, supplements, and bioavailability\..*2006/;

type Group = { what: string; relative: number; basis: string; source: RegExp; ids: string[] };

const GROUPS: Group[] = [
  {
    what: "spinach (5.1% vs milk 27.6%, same subjects)",
    relative: 0.185,
    basis: "spinach",
    source: H88,
    ids: ["11457", "11458", "11854", "11459", "11461", "11855", "11463", "11464", "11856"],
  },
  {
    what: "kale (49.3% at 61 mg; milk at 61 mg 0.4927)",
    relative: 1.001,
    basis: "kale",
    source: W99,
    ids: ["11233", "11234", "11790", "11235", "11236", "11791", "11622", "11623", "11792"],
  },
  {
    what: "broccoli (61.3% at 35 mg; milk 0.5463)",
    relative: 1.122,
    basis: "broccoli",
    source: W99,
    ids: ["11090", "11091", "11742", "11092", "11093", "11743", "11094", "11095", "11744", "11739", "11740", "11741"],
  },
  {
    what: "bok choy (53.8% at 79 mg; ln 79 = 4.3694, milk 0.4678)",
    relative: 1.15,
    basis: "bok choy",
    source: W99,
    ids: ["11116", "11117", "11754"],
  },
  {
    what: "mustard greens ← Chinese mustard green (40.2% at 212 mg; ln 212 = 5.3566, milk 0.3726)",
    relative: 1.079,
    basis: "Chinese mustard green",
    source: W99,
    ids: ["11270", "11271", "11799", "11272", "11273", "11800"],
  },
  {
    what: "amaranth leaves ← Chinese spinach (8.36% at 347 mg; ln 347 = 5.8493, milk 0.3251)",
    relative: 0.257,
    basis: "Chinese spinach",
    source: W99,
    ids: ["11003", "11004", "11700"],
  },
  {
    what: "rhubarb (8.54% at 174 mg; ln 174 = 5.1591, milk 0.3917)",
    relative: 0.218,
    basis: "rhubarb",
    source: W99,
    ids: ["09307", "09309", "09310"],
  },
  {
    what: "sweet potato (22.2% at 44 mg; ln 44 = 3.7842, milk 0.5242)",
    relative: 0.424,
    basis: "sweet potatoes",
    source: W99,
    ids: [
      "11507", "11508", "11875", "11510", "11876", "11512", "11514", "11645", "11647", "11516", "11517", "11877",
      "11659",
    ],
  },
  {
    what: "pinto beans (26.7% at 44.7 mg; ln 44.7 = 3.8000, milk 0.5227)",
    relative: 0.511,
    basis: "beans, pinto",
    source: W99,
    ids: ["16042", "16043", "16343", "16044", "16347", "16146", "16345"],
  },
  {
    what: "red kidney beans (24.4% at 40.5 mg; ln 40.5 = 3.7013, milk 0.5322)",
    relative: 0.459,
    basis: "beans, red",
    source: W99,
    ids: [
      "16032", "16033", "16333", "16034", "16337", "16145", "16335",
      "16027", "16028", "16328", "16029", "16030", "16031", "16331", "16035", "16036", "16336",
    ],
  },
  {
    what: "white, navy, small white, great northern beans (21.8% at 113 mg; ln 113 = 4.7274, milk 0.4333)",
    relative: 0.503,
    basis: "beans, white",
    source: W99,
    ids: [
      "16049", "16050", "16350", "16051",
      "16037", "16038", "16338", "16039", "16045", "16046", "16346", "16024", "16025", "16325", "16026", "16326",
    ],
  },
  {
    what: "black beans, assumed: mean of pinto, red, white (0.511 + 0.459 + 0.503) / 3",
    relative: 0.491,
    basis: "beans",
    source: W99,
    ids: ["16014", "16015", "16315", "16316", "16016", "16017", "16317", "16018"],
  },
  {
    what: "soybeans (31.0% vs milk 37.7%, same subjects)",
    relative: 0.822,
    basis: "soybeans, high-phytate (ordinary)",
    source: H91,
    ids: ["16108", "16109", "16409", "16110", "16410", "16111"],
  },
  {
    what: "calcium-set tofu (31.0% at 258 mg; ln 258 = 5.5530, milk 0.3537)",
    relative: 0.877,
    basis: "tofu with calcium",
    source: W99,
    ids: ["16426", "16427", "16428", "16429", "16432", "16126", "16127"],
  },
  {
    what: "calcium-fortified soymilk (carbonate: 21.1% vs milk 21.7%)",
    relative: 0.972,
    basis: "soymilk fortified with calcium carbonate",
    source: Z05,
    ids: [
      "16139", "16168", "16222", "16225", "16227", "16228", "16229", "16230", "16231",
      "16235", "16236", "16237", "16238", "16239", "16240", "16241", "16242", "16243", "16244", "16245", "16247",
      "16248", "16249",
    ],
  },
  {
    what: "whole-wheat bread (82.0% at 20 mg; ln 20 = 2.9957, milk 0.6002)",
    relative: 1.366,
    basis: "whole-wheat bread",
    source: W99,
    ids: ["18075", "18076", "18077", "18078", "18348", "28313", "28318", "28377", "28383", "28392", "28395"],
  },
  {
    what: "wheat bran (38.0% at 20 mg; milk 0.6002)",
    relative: 0.633,
    basis: "wheat bran cereal",
    source: W99,
    ids: ["20077", "08363", "08029", "08504"],
  },
  {
    what: "almonds (21.2% at 80 mg; ln 80 = 4.3820, milk 0.4666)",
    relative: 0.454,
    basis: "almonds, dry roasted",
    source: W99,
    ids: ["12061", "12062", "12063", "12563", "12065", "12565", "12567", "12665", "12206", "12195", "12695"],
  },
  {
    what: "hulled sesame and tahini (20.8% at 37 mg; ln 37 = 3.6109, milk 0.5409)",
    relative: 0.385,
    basis: "sesame seeds, no hulls",
    source: W99,
    ids: ["12201", "12029", "12529", "12166", "12171", "12198", "12698"],
  },
  {
    what: "calcium-fortified orange juice (36.3% at 300 mg; ln 300 = 5.7038, milk 0.3392)",
    relative: 1.07,
    basis: "orange juice with calcium citrate malate",
    source: WH06,
    ids: ["09210", "09211", "09212", "09213", "09506"],
  },
  {
    what: "cow's milk",
    relative: 1,
    basis: "milk",
    source: W99,
    ids: [
      "01077", "01211", "01078", "01079", "01080", "01081", "01152", "01174", "01082", "01083", "01084", "01175",
      "01085", "01086", "01087", "01151", "01089", "01102", "01103", "01104", "01292", "01305", "01090", "01212",
      "01091", "01154", "01092", "01155", "01095", "01096", "01153", "01214", "01097", "01291",
      // kefir and buttermilk, counted as milk
      "01289", "01290", "01088", "01230", "42189",
      // fresh and soft cheeses, counted as milk
      "01012", "01013", "01014", "01015", "01016", "42235", "43352", "01036", "01037", "01026", "01027", "01028",
      "01029", "01271", "42304", "43597", "01006", "01007", "01024", "01228", "01229",
    ],
  },
  {
    what: "yogurt",
    relative: 1,
    basis: "yogurt",
    source: W99,
    ids: [
      "01116", "01117", "01118", "01119", "01120", "01121", "01122", "01184", "01187", "01203", "01216", "01217",
      "01218", "01219", "01220", "01221", "01222", "01231", "01295", "43261", "01256", "01287", "01293", "01294",
      "01275", "01281", "01276", "01278", "01280", "01284", "01285", "01286", "01297",
    ],
  },
  {
    what: "cheddar and other hard cheeses",
    relative: 1,
    basis: "cheddar cheese",
    source: W99,
    ids: [
      "01009", "01270", "01260", "01265", "01182", "01168", "01169",
      "01004", "01005", "01008", "01010", "01011", "01018", "01020", "01022", "01023", "01025", "42155", "01030",
      "42303", "01032", "01033", "01146", "01204", "43340", "01034", "01035", "01208", "01040", "01266", "43405",
      "43589", "01041", "01165", "01166", "01167", "01227", "01267", "01251", "01209",
    ],
  },
  {
    what: "cheese food",
    relative: 1,
    basis: "cheese food",
    source: W99,
    ids: ["01045", "01046", "01254", "01047"],
  },
];

const EXPECTED = new Map<string, Group>();
for (const group of GROUPS) for (const id of group.ids) EXPECTED.set(id, group);

const foodIds = new Set(table.foods.map((f) => f.id));
const nameOf = new Map(table.foods.map((f) => [f.id, f.name]));

function expectNotMeasured(id: string) {
  expect(calciumAbsorption(id), id).toEqual({
    relative: 1,
    measured: false,
    source: ABSORPTION_NOT_MEASURED,
    basis: "milk",
  });
}

describe("calcium absorption relative to milk", () => {
  it("uses milk's 32.1% (Weaver 1999) as the reference", () => {
    expect(MILK_FRACTIONAL_ABSORPTION).toBe(0.321);
  });

  it("lists each id once, and every id is a food in data/foods.json", () => {
    const all = GROUPS.flatMap((g) => g.ids);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(foodIds.has(id), id).toBe(true);
  });

  for (const group of GROUPS) {
    it(`${group.what}: ${group.relative}`, () => {
      for (const id of group.ids) {
        const a = calciumAbsorption(id);
        const label = `${id} ${nameOf.get(id)}`;
        expect(Math.abs(a.relative - group.relative), `${label}: ${a.relative}`).toBeLessThanOrEqual(0.01);
        expect(a.measured, label).toBe(true);
        expect(a.basis, label).toBe(group.basis);
        expect(a.source, label).toMatch(group.source);
        expect(Object.keys(a).sort()).toEqual(["basis", "measured", "relative", "source"]);
      }
    });
  }

  it("counts every other food in the table like milk, and says it was not measured", () => {
    let measured = 0;
    for (const id of foodIds) {
      if (EXPECTED.has(id)) {
        measured++;
        expect(calciumAbsorption(id).measured, id).toBe(true);
      } else {
        expectNotMeasured(id);
      }
    }
    expect(measured).toBe(EXPECTED.size);
  });

  it("counts unknown ids like milk", () => {
    for (const id of ["", "99999", "1", "11458 ", "spinach", "__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expectNotMeasured(id);
    }
  });

  it("gives the expected answer for each food in the app's suggestion list", () => {
    const notMeasured = [
      "05064", // chicken breast
      "15237", // salmon
      "15088", // sardines with bone
      "11215", // garlic
      "09032", // dried apricots
      "09298", // raisins
      "09421", // dates
      "09291", // prunes
      "12155", // walnuts
      "12036", // sunflower seeds
      "12014", // pumpkin seeds
      "20010", // buckwheat
      "11081", // beets
      "09040", // banana
      "09037", // avocado
      "11297", // parsley
      "09003", // apple
      "09112", // grapefruit
      "09200", // orange
      "08121", // oatmeal
      "20078", // wheat germ
      "19165", // cocoa
    ];
    for (const id of notMeasured) {
      expect(foodIds.has(id), id).toBe(true);
      expectNotMeasured(id);
    }
    const measured: Array<[string, number]> = [
      ["12061", 0.454], // almonds
      ["01079", 1], // milk 2%
      ["01289", 1], // kefir
      ["01117", 1], // plain yogurt
      ["01012", 1], // cottage cheese
      ["01033", 1], // parmesan
      ["16426", 0.877], // tofu
      ["16139", 0.972], // soymilk
      ["16109", 0.822], // soybeans
      ["11091", 1.122], // broccoli
      ["11458", 0.185], // spinach, cooked
      ["18075", 1.366], // whole-wheat bread
      ["20077", 0.633], // wheat bran
      ["16015", 0.491], // black beans (assumed)
    ];
    for (const [id, relative] of measured) {
      const a = calciumAbsorption(id);
      expect(a.measured, id).toBe(true);
      expect(Math.abs(a.relative - relative), id).toBeLessThanOrEqual(0.01);
    }
  });

  it("names the food as the study does", () => {
    expect(calciumAbsorption("11458").basis).toBe("spinach");
    expect(calciumAbsorption("11234").basis).toBe("kale");
    expect(calciumAbsorption("16426").basis).toBe("tofu with calcium");
  });

  it("marks the assumed rows as assumptions in their source", () => {
    for (const id of ["16015", "16139", "09211", "11270", "11003", "16126", "16028", "16038"]) {
      expect(calciumAbsorption(id).source, id).toMatch(/assum/i);
    }
  });

  it("does not share its answers: changing one does not change the next", () => {
    const first = calciumAbsorption("11458");
    first.relative = 99;
    first.source = "changed";
    expect(calciumAbsorption("11458").relative).toBeCloseTo(0.185, 2);
    const unknown = calciumAbsorption("00000");
    unknown.relative = 5;
    expect(calciumAbsorption("00000").relative).toBe(1);
  });
});

describe("absorbable calcium in milk-equivalent mg", () => {
  it("is calcium × relative", () => {
    // A cup of cooked spinach, about 245 mg calcium: 245 × 0.051 / 0.276 = 45.3 mg.
    expect(absorbableCalciumMg("11458", 245)).toBeCloseTo(245 * 0.185, 0);
    expect(absorbableCalciumMg("11458", 245)).toBeCloseTo(245 * calciumAbsorption("11458").relative, 10);
    // A cup of 2% milk: 293 mg counts in full.
    expect(absorbableCalciumMg("01079", 293)).toBe(293);
    // Kale 150 mg: 150 × 1.001.
    expect(absorbableCalciumMg("11233", 150)).toBeCloseTo(150.2, 0);
    // An unmeasured food and an unknown id count like milk.
    expect(absorbableCalciumMg("09040", 5)).toBe(5);
    expect(absorbableCalciumMg("nope", 100)).toBe(100);
    expect(absorbableCalciumMg("11458", 0)).toBe(0);
  });
});

describe("calcium toward the target (one figure)", () => {
  const dayOf = (foods: { foodId: string; calcium: number }[], supplementCalcium = 0) => {
    const label = foods.reduce((s, f) => s + f.calcium, 0) + supplementCalcium;
    const counted = foods.reduce((s, f) => s + f.calcium * Math.min(1, calciumAbsorption(f.foodId).relative), 0) + supplementCalcium;
    return { totals: { calcium: label }, calciumCounted: counted, contributions: foods };
  };

  it("counts poorly absorbed calcium in proportion, and none above its label", () => {
    expect(countedShare("11458")).toBe(0.185); // spinach, Heaney 1988: 5.1% / 27.6%
    expect(countedShare("18075")).toBe(1); // whole-wheat bread absorbs better than milk: counted as its label
    expect(countedShare("01079")).toBe(1);
    expect(countedShare("nope")).toBe(1);
    expect(countedCalciumMg("11458", 244.8)).toBeCloseTo(45.288, 6);
  });

  it("says a cup of cooked spinach with a cup of milk counts 338 of 538 mg, why, and Heaney 1988", () => {
    // 244.8 × 0.185 = 45.29; + 292.8 = 338.09 of 537.6 on the labels.
    expect(countedCalciumNote(dayOf([{ foodId: "11458", calcium: 244.8 }, { foodId: "01079", calcium: 292.8 }]))).toBe(
      `Calcium toward your target: 338 mg of the 538 mg on the labels. ${COUNTED_CALCIUM_WHY} Here that is spinach (about 19% of milk's). Source: Heaney et al. 1988.`,
    );
  });

  it("is silent when the figures agree: milk, bread, supplements", () => {
    expect(countedCalciumNote(dayOf([{ foodId: "01079", calcium: 292.8 }]))).toBeNull();
    expect(countedCalciumNote(dayOf([{ foodId: "18075", calcium: 103.04 }], 500))).toBeNull();
  });

  it("names each food that counts for less, with the studies as authors and year", () => {
    // Spinach 198 × 0.185 = 36.63; black beans 46 × 0.491 = 22.59; bread 103.04 × 1: 162.26 of 347.04 on the labels.
    expect(countedCalciumNote(dayOf([{ foodId: "11457", calcium: 198 }, { foodId: "16015", calcium: 46 }, { foodId: "18075", calcium: 103.04 }]))).toBe(
      `Calcium toward your target: 162 mg of the 347 mg on the labels. ${COUNTED_CALCIUM_WHY} Here that is spinach (about 19% of milk's) and beans (about 49% of milk's). Sources: Heaney et al. 1988; Weaver et al. 1999.`,
    );
  });

  it("cites every measured study as authors and year, never a placeholder", () => {
    for (const id of absorptionTable.groups.flatMap((g) => g.rows.map((r) => r.id))) {
      const a = calciumAbsorption(id);
      expect(shortCitation(a.source), `${id}: ${a.source.slice(0, 60)}`).toMatch(/^[A-Z][a-z]+( et al\.)? (19|20)\d\d$/);
    }
  });
});

describe("data/absorption.json", () => {
  it("names each SR28 food once, each a food of the table, and 317 foods in all", () => {
    const ids = absorptionTable.groups.flatMap((group) => group.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(317);
    const known = new Set(table.foods.map((food) => food.id));
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });

  it("gives every food a study the module has", () => {
    const keys = new Set(Object.keys(STUDIES));
    expect(absorptionTable.groups.flatMap((group) => group.rows.filter((row) => !keys.has(row.study)).map((row) => row.id))).toEqual([]);
  });
});
