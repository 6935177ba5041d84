// The people of the scenario suite (people.scenarios.test.ts): thirty-five everyday days, written by hand from USDA SR28
// foods (/work/shared/reference/usda-sr28-minerals.csv). Each comment gives the person's reference intakes, read from
// the published tables (NASEM DRIs, EFSA DRVs, UK COMA 1991 RNIs), and the day's label totals: grams / 100 × mg per
// 100 g for each food in the order listed, plus mg per unit × units a day for supplements.
import type { EntryInput } from "../schema/analysis";
import type { Meal, Profile, Supplement } from "../schema/day";
import type { Diet, Objective } from "../schema/suggest";

export type Triple = { magnesium: number; potassium: number; calcium: number };

export type Person = {
  name: string;
  profile: Profile;
  entries: EntryInput[];
  supplements: Supplement[];
  diet?: Diet;
  exclude?: string[];
  objective?: Objective;
  pickedMeals?: Meal[];
  /** Foods the person keeps in the plan (a swap they chose). */
  include?: string[];
  /** Reference intakes (mg), by hand from the standard's tables. */
  targets: Triple;
  /** The calcium limit on the whole diet (mg): the standard's UL, or the US/Canada UL for the age where it sets none. */
  calciumLimit: number;
  /** Whether that limit is the standard's own (false: the US figure the app keeps under). */
  calciumLimitOwn: boolean;
  /** The day's label totals (mg), supplements included, by hand from SR28. */
  totals: Triple;
  /** Calcium toward the target where worked out by hand: label calcium, spinach's at 0.185 of it (Heaney 1988). */
  calciumCounted?: number;
  /** Supplements at or over a limit on supplements: each must be named in a note. */
  supplementsAtLimit?: string[];
};

const B: Meal = "breakfast";
const L: Meal = "lunch";
const D: Meal = "dinner";
const S: Meal = "snacks";
const e = (foodId: string, grams: number, meal: Meal): EntryInput => ({ foodId, grams, meal });
const t = (magnesium: number, potassium: number, calcium: number): Triple => ({ magnesium, potassium, calcium });
const who = (ageYears: number, sex: Profile["sex"], standard: Profile["standard"], more: Partial<Profile> = {}): Profile => ({
  ageYears,
  sex,
  lifeStage: null,
  standard,
  ...more,
});
const pill = (name: string, mg: Partial<Triple>, count = 1): Supplement => ({ name, magnesium: 0, potassium: 0, calcium: 0, ...mg, count });

// SR28 ids used below, mg per 100 g as Ca / Mg / K:
//   01009 Cheese, cheddar 710/27/76 · 01026 Cheese, mozzarella, whole mi 505/20/76
//   01077 Milk, whole, 3.25% milkfat 113/10/132 · 01079 Milk, reduced fat, fluid, 2% 120/11/140
//   01117 Yogurt, plain, low fat, 12 g 183/17/234 · 01128 Egg, whole, cooked, fried 62/13/152
//   01132 Egg, whole, cooked, scramble 66/11/132 · 01256 Yogurt, Greek, plain, nonfat 110/11/141
//   04053 Oil, olive, salad or cooking 1/0/1 · 05064 Chicken, broilers or fryers 15/29/256
//   06015 Soup, chicken, canned, chunk 10/3/70 · 06931 Sauce, pasta, spaghetti/mari 26/18/320
//   07029 Ham, sliced, regular (approx 24/22/287 · 08020 Cereals ready-to-eat, KELLOG 5/39/168
//   08120 Cereals, oats, regular and q 52/138/362 · 08121 Cereals, oats, regular and q 9/27/70
//   09003 Apples, raw, with skin 6/5/107 · 09040 Bananas, raw 5/27/358 · 09050 Blueberries, raw 6/6/77
//   09200 Oranges, raw, all commercial 40/10/181 · 09206 Orange juice, raw 11/11/200
//   09316 Strawberries, raw 16/13/153 · 11052 Beans, snap, green, raw 37/25/211
//   11091 Broccoli, cooked, boiled, dr 40/21/293 · 11124 Carrots, raw 33/12/320
//   11205 Cucumber, with peel, raw 16/13/147 · 11251 Lettuce, cos or romaine, raw 33/14/247
//   11252 Lettuce, iceberg (includes c 18/7/141 · 11457 Spinach, raw 99/79/558
//   11458 Spinach, cooked, boiled, dra 136/87/466 · 11529 Tomatoes, red, ripe, raw, ye 10/11/237
//   11674 Potatoes, baked, flesh and s 15/28/535 · 13317 Beef, ground, patties, froze 11/19/305
//   13364 Beef, composite of trimmed r 14/21/339 · 14209 Beverages, coffee, brewed, p 2/3/49
//   14278 Beverages, tea, green, brewe 0/1/8 · 14400 Beverages, carbonated, cola 2/0/2
//   15121 Fish, tuna, light, canned in 17/23/179 · 15237 Fish, salmon, Atlantic, farm 15/30/384
//   16057 Chickpeas (garbanzo beans, b 49/48/291 · 16070 Lentils, mature seeds, cooke 19/36/369
//   16087 Peanuts, all types, raw 92/168/705 · 16098 Peanut butter, smooth style 49/168/558
//   16139 Soymilk, original and vanill 123/15/122 · 18001 Bagels, plain, enriched, wit 219/29/107
//   18029 Bread, french or vienna (inc 52/32/117 · 18060 Bread, rye 73/40/166 · 18064 Bread, wheat 133/45/177
//   18069 Bread, white, commercially p 144/23/126 · 18075 Bread, whole-wheat, commerci 161/75/254
//   18228 Crackers, saltines (includes 19/23/152 · 19081 Candies, sweet chocolate 24/113/290
//   19095 Ice creams, vanilla 128/14/199 · 20045 Rice, white, long-grain, reg 10/12/35
//   20121 Pasta, cooked, enriched, wit 7/18/44 · 21138 Fast foods, potato, french f 18/35/579
//   21224 Pizza, cheese topping, regul 179/23/152 · 21228 McDONALD'S, Hamburger 127/21/192
//   21229 Fast foods, chicken, breaded 11/24/251
export const PEOPLE: Person[] = [
  {
    // US DRI, 1–3 y: Mg 80 (RDA), K 2000 (AI), Ca 700 (RDA); calcium UL 2500 on the whole diet (1–8 y); magnesium UL 65
    //   from supplements.
    // Mg 0.2×138 + 1.2×10 + 0.5×27 + 0.6×18 + 0.1×27 + 0.3×12 + 0.3×29 + 0.5×12 + 0.6×5 + 1.2×10 = 99.9
    // K 0.2×362 + 1.2×132 + 0.5×358 + 0.6×44 + 0.1×76 + 0.3×320 + 0.3×256 + 0.5×35 + 0.6×107 + 1.2×132 = 856.7
    // Ca 0.2×52 + 1.2×113 + 0.5×5 + 0.6×7 + 0.1×710 + 0.3×33 + 0.3×15 + 0.5×10 + 0.6×6 + 1.2×113 = 382.3
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 382.3.
    name: "Maya, 1, US: porridge with whole milk, pasta with cheese, chicken and rice",
    profile: who(1, "female", "us"),
    entries: [e("08120", 20, B), e("01077", 120, B), e("09040", 50, B), e("20121", 60, L), e("01009", 10, L),
      e("11124", 30, L), e("05064", 30, D), e("20045", 50, D), e("09003", 60, S), e("01077", 120, S)],
    supplements: [],
    targets: t(80, 2000, 700),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(99.9, 856.7, 382.3),
    calciumCounted: 382.3,
  },
  {
    // US DRI, 1–3 y: Mg 80, K 2000 (AI), Ca 700; calcium UL 2500 (1–8 y).
    // Mg 0.25×23 + 0.08×168 + 0.4×13 + 0.8×18 + 0.4×18 + 0.4×24 + 0.1×23 + 1.8×10 + 0.5×5 = 78.39
    // K 0.25×126 + 0.08×558 + 0.4×153 + 0.8×44 + 0.4×320 + 0.4×251 + 0.1×152 + 1.8×132 + 0.5×107 = 707.24
    // Ca 0.25×144 + 0.08×49 + 0.4×16 + 0.8×7 + 0.4×26 + 0.4×11 + 0.1×19 + 1.8×113 + 0.5×6 = 275.02
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 275.02.
    name: "Leo, 2, US, at nursery (no breakfast at home), no nuts",
    profile: who(2, "male", "us"),
    entries: [e("18069", 25, L), e("16098", 8, L), e("09316", 40, L), e("20121", 80, D), e("06931", 40, D),
      e("21229", 40, D), e("18228", 10, S), e("01077", 180, S), e("09003", 50, S)],
    supplements: [],
    exclude: ["nuts"],
    targets: t(80, 2000, 700),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(78.39, 707.24, 275.02),
    calciumCounted: 275.02,
  },
  {
    // UK RNI (COMA 1991), 1–3 y: Mg 85, K 800, Ca 350. The UK sets no calcium limit on the diet: the US UL for 1–8 y,
    //   2500.
    // Mg 0.15×39 + 1×10 + 0.5×11 + 0.25×23 + 0.3×11 + 0.8×18 + 0.3×87 + 0.1×27 + 0.6×27 = 89.8
    // K 0.15×168 + 1×132 + 0.5×132 + 0.25×126 + 0.3×237 + 0.8×44 + 0.3×466 + 0.1×76 + 0.6×358 = 723.2
    // Ca 0.15×5 + 1×113 + 0.5×66 + 0.25×144 + 0.3×10 + 0.8×7 + 0.3×136 + 0.1×710 + 0.6×5 = 306.15
    // Calcium toward the target: 306.15 − spinach's 40.8 × (1 − 0.185) = 272.898.
    name: "Isla, 3, UK, vegetarian: corn flakes, egg on toast, pasta with spinach and cheese; pumpkin seeds swapped in",
    profile: who(3, "female", "uk"),
    entries: [e("08020", 15, B), e("01077", 100, B), e("01132", 50, L), e("18069", 25, L), e("11529", 30, L),
      e("20121", 80, D), e("11458", 30, D), e("01009", 10, D), e("09040", 60, S)],
    supplements: [],
    diet: "vegetarian",
    include: ["12014"],
    targets: t(85, 800, 350),
    calciumLimit: 2500,
    calciumLimitOwn: false,
    totals: t(89.8, 723.2, 306.15),
    calciumCounted: 272.898,
  },
  {
    // US DRI, 1–3 y: Mg 80, K 2000 (AI), Ca 700; calcium UL 2500 (1–8 y).
    // Mg 0.25×23 + 0.4×11 + 1×11 + 0.7×18 + 0.3×18 + 0.1×27 + 0.6×12 + 0.3×29 + 0.2×12 + 0.6×5 + 0.1×23 = 65.45
    // K 0.25×126 + 0.4×132 + 1×200 + 0.7×44 + 0.3×320 + 0.1×76 + 0.6×35 + 0.3×256 + 0.2×320 + 0.6×107 + 0.1×152 = 659.9
    // Ca 0.25×144 + 0.4×66 + 1×11 + 0.7×7 + 0.3×26 + 0.1×710 + 0.6×10 + 0.3×15 + 0.2×33 + 0.6×6 + 0.1×19 = 179.7
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 179.7.
    name: "Ruby, 2, US: egg on toast, pasta, chicken and rice, no milk yet (her parents swapped in milk)",
    profile: who(2, "female", "us"),
    entries: [e("18069", 25, B), e("01132", 40, B), e("09206", 100, B), e("20121", 70, L), e("06931", 30, L),
      e("01009", 10, L), e("20045", 60, D), e("05064", 30, D), e("11124", 20, D), e("09003", 60, S), e("18228", 10, S)],
    supplements: [],
    include: ["01079"],
    targets: t(80, 2000, 700),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(65.45, 659.9, 179.7),
    calciumCounted: 179.7,
  },
  {
    // EFSA: Mg 230 (AI, 3–9 y), K 800 (AI, 1–3 y), Ca 450 (PRI, 1–3 y). EFSA sets no calcium UL under 18: the US UL for
    //   1–8 y, 2500.
    // Mg 0.2×138 + 1.2×15 + 0.3×6 + 0.25×23 + 0.1×168 + 0.6×5 + 0.6×12 + 0.4×36 + 0.3×12 + 0.6×27 = 114.35
    // K 0.2×362 + 1.2×122 + 0.3×77 + 0.25×126 + 0.1×558 + 0.6×107 + 0.6×35 + 0.4×369 + 0.3×320 + 0.6×358 = 872.8
    // Ca 0.2×52 + 1.2×123 + 0.3×6 + 0.25×144 + 0.1×49 + 0.6×6 + 0.6×10 + 0.4×19 + 0.3×33 + 0.6×5 = 230.8
    name: "Noah, 3, EFSA, vegan: oats with soy milk, peanut-butter bread, lentils and rice; almonds swapped in",
    profile: who(3, "male", "efsa"),
    entries: [e("08120", 20, B), e("16139", 120, B), e("09050", 30, B), e("18069", 25, L), e("16098", 10, L),
      e("09003", 60, L), e("20045", 60, D), e("16070", 40, D), e("11124", 30, D), e("09040", 60, S)],
    supplements: [],
    diet: "vegan",
    include: ["12061"],
    targets: t(230, 800, 450),
    calciumLimit: 2500,
    calciumLimitOwn: false,
    totals: t(114.35, 872.8, 230.8),
  },
  {
    // US DRI, 4–8 y: Mg 130, K 2300 (AI), Ca 1000; calcium UL 2500 (1–8 y); magnesium UL 110 from supplements.
    // Mg 0.3×39 + 1.5×11 + 0.5×23 + 0.16×168 + 1×5 + 1.5×18 + 0.6×18 + 0.6×24 + 0.5×14 = 130.78
    // K 0.3×168 + 1.5×140 + 0.5×126 + 0.16×558 + 1×107 + 1.5×44 + 0.6×320 + 0.6×251 + 0.5×199 = 1027.78
    // Ca 0.3×5 + 1.5×120 + 0.5×144 + 0.16×49 + 1×6 + 1.5×7 + 0.6×26 + 0.6×11 + 0.5×128 = 364.04
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 364.04.
    name: "Ava, 5, US, eats no vegetables: corn flakes, a peanut-butter sandwich, pasta and nuggets",
    profile: who(5, "female", "us"),
    entries: [e("08020", 30, B), e("01079", 150, B), e("18069", 50, L), e("16098", 16, L), e("09003", 100, L),
      e("20121", 150, D), e("06931", 60, D), e("21229", 60, D), e("19095", 50, S)],
    supplements: [],
    exclude: ["vegetables"],
    targets: t(130, 2300, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(130.78, 1027.78, 364.04),
    calciumCounted: 364.04,
  },
  {
    // EFSA: Mg 230 (3–9 y), K 1800 (7–10 y), Ca 800 (4–10 y). No EFSA calcium UL under 18: the US UL for 1–8 y, 2500.
    // Mg 0.4×40 + 0.15×27 + 0.4×13 + 1.2×18 + 0.5×18 + 1×28 + 0.5×29 + 0.4×12 + 2×10 = 123.15
    // K 0.4×166 + 0.15×76 + 0.4×147 + 1.2×44 + 0.5×320 + 1×535 + 0.5×256 + 0.4×320 + 2×132 = 1404.4
    // Ca 0.4×73 + 0.15×710 + 0.4×16 + 1.2×7 + 0.5×26 + 1×15 + 0.5×15 + 0.4×33 + 2×113 = 425.2
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 425.2.
    name: "Lukas, 7, EFSA, no fruit: rye bread and cheese, pasta, potatoes with chicken, milk",
    profile: who(7, "male", "efsa"),
    entries: [e("18060", 40, B), e("01009", 15, B), e("11205", 40, B), e("20121", 120, L), e("06931", 50, L),
      e("11674", 100, D), e("05064", 50, D), e("11124", 40, D), e("01077", 200, S)],
    supplements: [],
    exclude: ["fruit"],
    targets: t(230, 1800, 800),
    calciumLimit: 2500,
    calciumLimitOwn: false,
    totals: t(123.15, 1404.4, 425.2),
    calciumCounted: 425.2,
  },
  {
    // US DRI, 4–8 y: Mg 130, K 2300 (AI), Ca 1000; calcium UL 2500. Kidney disease: potassium is not raised.
    // Mg 0.25×39 + 1.2×11 + 0.4×23 + 0.2×22 + 0.8×5 + 1×12 + 0.5×29 + 0.15×23 = 70.5
    // K 0.25×168 + 1.2×140 + 0.4×126 + 0.2×287 + 0.8×107 + 1×35 + 0.5×256 + 0.15×152 = 589.2
    // Ca 0.25×5 + 1.2×120 + 0.4×144 + 0.2×24 + 0.8×6 + 1×10 + 0.5×15 + 0.15×19 = 232.8
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 232.8.
    name: "Zoe, 4, US, with kidney disease",
    profile: who(4, "female", "us", { conditions: ["kidney-disease"] }),
    entries: [e("08020", 25, B), e("01079", 120, B), e("18069", 40, L), e("07029", 20, L), e("09003", 80, L),
      e("20045", 100, D), e("05064", 50, D), e("18228", 15, S)],
    supplements: [],
    targets: t(130, 2300, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(70.5, 589.2, 232.8),
    calciumCounted: 232.8,
  },
  {
    // US DRI, 4–8 y: Mg 130, K 2300, Ca 1000; calcium UL 2500; magnesium UL from supplements 110 at 4–8 y: his 120 mg
    //   powder is over it.
    // Mg 0.6×11 + 0.3×23 + 1.2×11 + 1×21 + 0.7×35 + 1.5×18 + 0.8×18 + 0.66×14 + 1×120 (supplement) = 242.84
    // K 0.6×132 + 0.3×126 + 1.2×200 + 1×192 + 0.7×579 + 1.5×44 + 0.8×320 + 0.66×199 = 1407.64
    // Ca 0.6×66 + 0.3×144 + 1.2×11 + 1×127 + 0.7×18 + 1.5×7 + 0.8×26 + 0.66×128 = 351.38
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 351.38.
    name: "Ethan, 8, US, a 120 mg magnesium powder for children: eggs, a hamburger and fries, pasta",
    profile: who(8, "male", "us"),
    entries: [e("01132", 60, B), e("18069", 30, B), e("09206", 120, B), e("21228", 100, L), e("21138", 70, L),
      e("20121", 150, D), e("06931", 80, D), e("19095", 66, S)],
    supplements: [pill("Kids Calm Magnesium", { magnesium: 120 })],
    targets: t(130, 2300, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(242.84, 1407.64, 351.38),
    calciumCounted: 351.38,
    supplementsAtLimit: ["Kids Calm Magnesium"],
  },
  {
    // US DRI, girls 9–13: Mg 240, K 2300 (AI), Ca 1300; calcium UL 3000 (9–18 y).
    // Mg 0.5×23 + 0.3×22 + 1.2×5 + 1.5×12 + 0.8×29 + 0.5×12 + 0.2×23 + 2×11 = 97.9
    // K 0.5×126 + 0.3×287 + 1.2×107 + 1.5×35 + 0.8×256 + 0.5×320 + 0.2×152 + 2×200 = 1125.2
    // Ca 0.5×144 + 0.3×24 + 1.2×6 + 1.5×10 + 0.8×15 + 0.5×33 + 0.2×19 + 2×11 = 155.7
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 155.7.
    name: "Chloe, 10, US, lactose intolerant, skips breakfast",
    profile: who(10, "female", "us"),
    entries: [e("18069", 50, L), e("07029", 30, L), e("09003", 120, L), e("20045", 150, D), e("05064", 80, D),
      e("11124", 50, D), e("18228", 20, S), e("09206", 200, S)],
    supplements: [],
    exclude: ["lactose"],
    targets: t(240, 2300, 1300),
    calciumLimit: 3000,
    calciumLimitOwn: true,
    totals: t(97.9, 1125.2, 155.7),
    calciumCounted: 155.7,
  },
  {
    // EFSA: Mg 300 (boys 10–17), K 2700 (11–14 y), Ca 1150 (11–17 y). No EFSA calcium UL under 18: the US UL for 9–18
    //   y, 3000.
    // Mg 0.6×39 + 3×10 + 1.18×27 + 1×45 + 0.6×22 + 0.4×27 + 1.82×5 + 2.5×18 + 1.25×18 + 1×21 + 1×14 + 3.3×0 = 265.86
    // K 0.6×168 + 3×132 + 1.18×358 + 1×177 + 0.6×287 + 0.4×76 + 1.82×107 + 2.5×44 + 1.25×320 + 1×339 + 1×199 + 3.3×2
    //   = 2548.18
    // Ca 0.6×5 + 3×113 + 1.18×5 + 1×133 + 0.6×24 + 0.4×710 + 1.82×6 + 2.5×7 + 1.25×26 + 1×14 + 1×128 + 3.3×2 = 988.82
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 988.82.
    name: "Jonas, 12, EFSA, a big eater: corn flakes and milk, ham and cheese sandwiches, pasta with beef",
    profile: who(12, "male", "efsa"),
    entries: [e("08020", 60, B), e("01077", 300, B), e("09040", 118, B), e("18064", 100, L), e("07029", 60, L),
      e("01009", 40, L), e("09003", 182, L), e("20121", 250, D), e("06931", 125, D), e("13364", 100, D),
      e("19095", 100, S), e("14400", 330, S)],
    supplements: [],
    targets: t(300, 2700, 1150),
    calciumLimit: 3000,
    calciumLimitOwn: false,
    totals: t(265.86, 2548.18, 988.82),
    calciumCounted: 988.82,
  },
  {
    // UK RNI, girls 11–14: Mg 280, K 3100, Ca 800 (girls 11–18). No UK limit on the diet: the US UL for 9–18 y, 3000.
    // Mg 0.6×45 + 0.2×168 + 1.18×27 + 1.5×23 + 1.5×5 + 1.5×12 + 1.2×48 + 0.6×11 + 1.5×11 = 233.16
    // K 0.6×177 + 0.2×558 + 1.18×358 + 1.5×152 + 1.5×107 + 1.5×35 + 1.2×291 + 0.6×237 + 1.5×141 = 1784.14
    // Ca 0.6×133 + 0.2×49 + 1.18×5 + 1.5×179 + 1.5×6 + 1.5×10 + 1.2×49 + 0.6×10 + 1.5×110 = 617.8
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 617.8.
    name: "Priya, 13, UK, vegetarian: peanut-butter toast, pizza, chickpeas and rice, Greek yogurt",
    profile: who(13, "female", "uk"),
    entries: [e("18064", 60, B), e("16098", 20, B), e("09040", 118, B), e("21224", 150, L), e("09003", 150, L),
      e("20045", 150, D), e("16057", 120, D), e("11529", 60, D), e("01256", 150, S)],
    supplements: [],
    diet: "vegetarian",
    targets: t(280, 3100, 800),
    calciumLimit: 3000,
    calciumLimitOwn: false,
    totals: t(233.16, 1784.14, 617.8),
    calciumCounted: 617.8,
  },
  {
    // US DRI, boys 9–13: Mg 240, K 2500 (AI), Ca 1300; calcium UL 3000.
    // Mg 2.5×23 + 3.7×0 + 0.6×14 = 65.9
    // K 2.5×152 + 3.7×2 + 0.6×199 = 506.8
    // Ca 2.5×179 + 3.7×2 + 0.6×128 = 531.7
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 531.7.
    name: "Owen, 9, US, a day of only dinner: pizza, cola and ice cream",
    profile: who(9, "male", "us"),
    entries: [e("21224", 250, D), e("14400", 370, D), e("19095", 60, D)],
    supplements: [],
    targets: t(240, 2500, 1300),
    calciumLimit: 3000,
    calciumLimitOwn: true,
    totals: t(65.9, 506.8, 531.7),
    calciumCounted: 531.7,
  },
  {
    // US DRI, boys 14–18: Mg 410, K 3000 (AI), Ca 1300; calcium UL 3000 (9–18 y): the day is within 10% of it.
    // Mg 0.6×39 + 4.88×11 + 1.18×27 + 1.05×29 + 0.56×27 + 0.9×22 + 2.44×11 + 3×23 + 2.44×11 + 1.7×11 + 2.44×11
    //   + 0.66×14 = 351.77
    // K 0.6×168 + 4.88×140 + 1.18×358 + 1.05×107 + 0.56×76 + 0.9×287 + 2.44×140 + 3×152 + 2.44×140 + 1.7×141 + 2.44×140
    //   + 0.66×199 = 3471.49
    // Ca 0.6×5 + 4.88×120 + 1.18×5 + 1.05×219 + 0.56×710 + 0.9×24 + 2.44×120 + 3×179 + 2.44×120 + 1.7×110 + 2.44×120
    //   + 0.66×128 = 2930.53
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 2930.53.
    name: "Marcus, 16, US, a big-eating athlete with lots of milk: near the 3,000 mg calcium limit",
    profile: who(16, "male", "us"),
    entries: [e("08020", 60, B), e("01079", 488, B), e("09040", 118, B), e("18001", 105, L), e("01009", 56, L),
      e("07029", 90, L), e("01079", 244, L), e("21224", 300, D), e("01079", 244, D), e("01256", 170, S),
      e("01079", 244, S), e("19095", 66, S)],
    supplements: [],
    objective: "servings",
    targets: t(410, 3000, 1300),
    calciumLimit: 3000,
    calciumLimitOwn: true,
    totals: t(351.77, 3471.49, 2930.53),
    calciumCounted: 2930.53,
  },
  {
    // US DRI, girls 14–18: Mg 360, K 2300 (AI), Ca 1300; calcium UL 3000.
    // Mg 2.4×15 + 1.18×27 + 1.5×12 + 1×48 + 0.6×11 + 1.73×28 + 0.78×21 + 1.82×5 = 214.38
    // K 2.4×122 + 1.18×358 + 1.5×35 + 1×291 + 0.6×237 + 1.73×535 + 0.78×293 + 1.82×107 = 2549.77
    // Ca 2.4×123 + 1.18×5 + 1.5×10 + 1×49 + 0.6×10 + 1.73×15 + 0.78×40 + 1.82×6 = 439.17
    name: "Sofia, 15, US, vegan and gluten-free: soy milk and banana, chickpeas and rice, potato and broccoli",
    profile: who(15, "female", "us"),
    entries: [e("16139", 240, B), e("09040", 118, B), e("20045", 150, L), e("16057", 100, L), e("11529", 60, L),
      e("11674", 173, D), e("11091", 78, D), e("09003", 182, S)],
    supplements: [],
    diet: "vegan",
    exclude: ["gluten"],
    targets: t(360, 2300, 1300),
    calciumLimit: 3000,
    calciumLimitOwn: true,
    totals: t(214.38, 2549.77, 439.17),
  },
  {
    // US DRI, pregnancy 14–18 y: Mg 400, K 2600 (AI), Ca 1300; calcium UL 3000 (9–18 y); magnesium UL 350 from
    //   supplements (her 50 mg is far under).
    // Mg 1×21 + 1.17×35 + 5×0 + 2×18 + 1.25×18 + 0.3×23 + 1.5×11 + 1×50 (supplement) = 193.85
    // K 1×192 + 1.17×579 + 5×2 + 2×44 + 1.25×320 + 0.3×152 + 1.5×141 = 1624.53
    // Ca 1×127 + 1.17×18 + 5×2 + 2×7 + 1.25×26 + 0.3×19 + 1.5×110 + 1×200 (supplement) = 575.26
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 575.26.
    name: "Kayla, 17, US, pregnant, skips breakfast: fast food, pasta, a prenatal vitamin",
    profile: who(17, "female", "us", { lifeStage: "pregnant" }),
    entries: [e("21228", 100, L), e("21138", 117, L), e("14400", 500, L), e("20121", 200, D), e("06931", 125, D),
      e("18228", 30, S), e("01256", 150, S)],
    supplements: [pill("Prenatal multivitamin", { magnesium: 50, calcium: 200 })],
    targets: t(400, 2600, 1300),
    calciumLimit: 3000,
    calciumLimitOwn: true,
    totals: t(193.85, 1624.53, 575.26),
    calciumCounted: 575.26,
  },
  {
    // UK RNI, boys 11–14: Mg 280, K 3100, Ca 1000 (boys 11–18). No UK limit on the diet: the US UL for 9–18 y, 3000.
    // Mg 0.4×39 + 2×11 + 0.8×23 + 0.3×27 + 1.5×5 + 1.2×29 + 1.8×12 + 0.4×113 + 2.5×11 = 200.7
    // K 0.4×168 + 2×140 + 0.8×126 + 0.3×76 + 1.5×107 + 1.2×256 + 1.8×35 + 0.4×290 + 2.5×200 = 1617.5
    // Ca 0.4×5 + 2×120 + 0.8×144 + 0.3×710 + 1.5×6 + 1.2×15 + 1.8×10 + 0.4×24 + 2.5×11 = 652.3
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 652.3.
    name: "Ali, 14, UK, no seafood: corn flakes, cheese sandwich, chicken and rice, chocolate",
    profile: who(14, "male", "uk"),
    entries: [e("08020", 40, B), e("01079", 200, B), e("18069", 80, L), e("01009", 30, L), e("09003", 150, L),
      e("05064", 120, D), e("20045", 180, D), e("19081", 40, S), e("09206", 250, S)],
    supplements: [],
    exclude: ["seafood"],
    targets: t(280, 3100, 1000),
    calciumLimit: 3000,
    calciumLimitOwn: false,
    totals: t(200.7, 1617.5, 652.3),
    calciumCounted: 652.3,
  },
  {
    // US DRI, women 19–30: Mg 310, K 2600 (AI), Ca 1000; calcium UL 2500 (19–50 y).
    // Mg 0.8×14 + 1×29 + 0.6×11 + 0.5×13 + 0.14×0 + 2×18 + 1.25×18 + 4.8×3 + 1.82×5 = 135.3
    // K 0.8×247 + 1×256 + 0.6×237 + 0.5×147 + 0.14×1 + 2×44 + 1.25×320 + 4.8×49 + 1.82×107 = 1587.38
    // Ca 0.8×33 + 1×15 + 0.6×10 + 0.5×16 + 0.14×1 + 2×7 + 1.25×26 + 4.8×2 + 1.82×6 = 122.56
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 122.56.
    name: "Emma, 25, US, dairy-free, skips breakfast: chicken salad, pasta, coffee",
    profile: who(25, "female", "us"),
    entries: [e("11251", 80, L), e("05064", 100, L), e("11529", 60, L), e("11205", 50, L), e("04053", 14, L),
      e("20121", 200, D), e("06931", 125, D), e("14209", 480, S), e("09003", 182, S)],
    supplements: [],
    exclude: ["dairy"],
    targets: t(310, 2600, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(135.3, 1587.38, 122.56),
    calciumCounted: 122.56,
  },
  {
    // US DRI, men 31–50: Mg 420, K 3400 (AI), Ca 1000; calcium UL 2500.
    // Mg 1.38×13 + 0.75×23 + 2.5×11 + 4.8×3 + 2×21 + 1.54×35 + 6×0 + 2×19 + 2×28 + 1×25 + 0.5×168 = 375.99
    // K 1.38×152 + 0.75×126 + 2.5×200 + 4.8×49 + 2×192 + 1.54×579 + 6×2 + 2×305 + 2×535 + 1×211 + 0.5×705 = 4570.62
    // Ca 1.38×62 + 0.75×144 + 2.5×11 + 4.8×2 + 2×127 + 1.54×18 + 6×2 + 2×11 + 2×15 + 1×37 + 0.5×92 = 659.38
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 659.38.
    name: "Dave, 35, US, a builder and big eater: eggs and toast, burgers and fries, steak with potato, peanuts",
    profile: who(35, "male", "us"),
    entries: [e("01128", 138, B), e("18069", 75, B), e("09206", 250, B), e("14209", 480, B), e("21228", 200, L),
      e("21138", 154, L), e("14400", 600, L), e("13317", 200, D), e("11674", 200, D), e("11052", 100, D),
      e("16087", 50, S)],
    supplements: [],
    objective: "servings",
    targets: t(420, 3400, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(375.99, 4570.62, 659.38),
    calciumCounted: 659.38,
  },
  {
    // EFSA, women 25+: Mg 300 (AI), K 3500 (AI), Ca 950 (PRI); calcium UL 2500 from all sources (EFSA 2012, adults):
    //   the day is within 10% of it.
    // Mg 0.6×40 + 0.3×27 + 2.4×3 + 0.3×10 + 1.8×18 + 1×11 + 1.2×30 + 1.5×28 + 0.8×13 + 1.5×11 + 1.82×5 = 199.7
    // K 0.6×166 + 0.3×76 + 2.4×49 + 0.3×132 + 1.8×44 + 1×237 + 1.2×384 + 1.5×535 + 0.8×147 + 1.5×141 + 1.82×107
    //   = 2382.94
    // Ca 0.6×73 + 0.3×710 + 2.4×2 + 0.3×113 + 1.8×7 + 1×10 + 1.2×15 + 1.5×15 + 0.8×16 + 1.5×110 + 1.82×6
    //   + 3×600 (supplement) = 2347.32
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 2347.32.
    name: "Anna, 40, EFSA, three 600 mg calcium tablets: near the 2,500 mg limit",
    profile: who(40, "female", "efsa"),
    entries: [e("18060", 60, B), e("01009", 30, B), e("14209", 240, B), e("01077", 30, B), e("20121", 180, L),
      e("11529", 100, L), e("15237", 120, D), e("11674", 150, D), e("11205", 80, D), e("01256", 150, S),
      e("09003", 182, S)],
    supplements: [pill("Calcium 600", { calcium: 600 }, 3)],
    targets: t(300, 3500, 950),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(199.7, 2382.94, 2347.32),
    calciumCounted: 2347.32,
  },
  {
    // UK RNI, men 19+: Mg 300, K 3500, Ca 700. No UK limit on the diet: the US UL for 19–50 y, 2500. UK EVM guidance
    //   for supplemental magnesium 400: his 2 × 200 mg is at it.
    // Mg 0.8×23 + 2.4×3 + 0.3×11 + 0.7×23 + 0.6×22 + 1.5×5 + 1.5×21 + 2×28 + 0.8×12 + 0.2×23 + 2×200 (supplement)
    //   = 567.4
    // K 0.8×126 + 2.4×49 + 0.3×140 + 0.7×126 + 0.6×287 + 1.5×107 + 1.5×339 + 2×535 + 0.8×320 + 0.2×152 = 2546.2
    // Ca 0.8×144 + 2.4×2 + 0.3×120 + 0.7×144 + 0.6×24 + 1.5×6 + 1.5×14 + 2×15 + 0.8×33 + 0.2×19 = 361.4
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 361.4.
    name: "Tom, 45, UK, takes a potassium-raising medicine and 400 mg of magnesium citrate",
    profile: who(45, "male", "uk", { conditions: ["potassium-raising-medicine"] }),
    entries: [e("18069", 80, B), e("14209", 240, B), e("01079", 30, B), e("18069", 70, L), e("07029", 60, L),
      e("09003", 150, L), e("13364", 150, D), e("11674", 200, D), e("11124", 80, D), e("18228", 20, S)],
    supplements: [pill("Magnesium citrate", { magnesium: 200 }, 2)],
    targets: t(300, 3500, 700),
    calciumLimit: 2500,
    calciumLimitOwn: false,
    totals: t(567.4, 2546.2, 361.4),
    calciumCounted: 361.4,
    supplementsAtLimit: ["Magnesium citrate"],
  },
  {
    // US DRI, women 51–70: Mg 320, K 2600 (AI), Ca 1200; calcium UL 2000 (51+): the day is within 10% of it.
    // Mg 0.64×75 + 2.4×3 + 0.6×11 + 0.8×14 + 0.8×23 + 0.6×11 + 1×29 + 1.5×12 + 0.8×25 + 1.5×5 + 1.7×17 = 201.4
    // K 0.64×254 + 2.4×49 + 0.6×140 + 0.8×247 + 0.8×179 + 0.6×237 + 1×256 + 1.5×35 + 0.8×211 + 1.5×107 + 1.7×234
    //   = 1882.76
    // Ca 0.64×161 + 2.4×2 + 0.6×120 + 0.8×33 + 0.8×17 + 0.6×10 + 1×15 + 1.5×10 + 0.8×37 + 1.5×6 + 1.7×183
    //   + 2×600 (supplement) = 1805.54
    name: "Linda, 55, US, two 600 mg calcium tablets, keeps grapefruit in her plan",
    profile: who(55, "female", "us"),
    entries: [e("18075", 64, B), e("14209", 240, B), e("01079", 60, B), e("11251", 80, L), e("15121", 80, L),
      e("11529", 60, L), e("05064", 100, D), e("20045", 150, D), e("11052", 80, D), e("09003", 150, S),
      e("01117", 170, S)],
    supplements: [pill("Calcium carbonate 600", { calcium: 600 }, 2)],
    include: ["09112"],
    targets: t(320, 2600, 1200),
    calciumLimit: 2000,
    calciumLimitOwn: true,
    totals: t(201.4, 1882.76, 1805.54),
  },
  {
    // US DRI, men 51–70: Mg 420, K 3400 (AI), Ca 1000; calcium UL 2000 (51+). Kidney disease and a potassium-raising
    //   medicine: potassium is not raised.
    // Mg 0.6×23 + 1×11 + 2.4×3 + 2×12 + 1×29 + 0.6×13 + 2×18 + 0.2×27 + 0.8×25 + 1.5×5 = 161.7
    // K 0.6×126 + 1×132 + 2.4×49 + 2×35 + 1×256 + 0.6×147 + 2×44 + 0.2×76 + 0.8×211 + 1.5×107 = 1171.9
    // Ca 0.6×144 + 1×66 + 2.4×2 + 2×10 + 1×15 + 0.6×16 + 2×7 + 0.2×710 + 0.8×37 + 1.5×6 = 396.4
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 396.4.
    name: "Raj, 60, US, kidney disease and a potassium-raising medicine",
    profile: who(60, "male", "us", { conditions: ["kidney-disease", "potassium-raising-medicine"] }),
    entries: [e("18069", 60, B), e("01132", 100, B), e("14209", 240, B), e("20045", 200, L), e("05064", 100, L),
      e("11205", 60, L), e("20121", 200, D), e("01009", 20, D), e("11052", 80, D), e("09003", 150, S)],
    supplements: [],
    targets: t(420, 3400, 1000),
    calciumLimit: 2000,
    calciumLimitOwn: true,
    totals: t(161.7, 1171.9, 396.4),
    calciumCounted: 396.4,
  },
  {
    // US DRI, pregnancy 19–30 y: Mg 350, K 2900 (AI), Ca 1000; calcium UL 2500.
    // Mg 0.3×23 + 2.4×3 + 1.82×5 + 1.5×12 + 1×30 + 0.8×21 + 2.44×11 + 1.18×27 = 146.7
    // K 0.3×152 + 2.4×70 + 1.82×107 + 1.5×35 + 1×384 + 0.8×293 + 2.44×140 + 1.18×358 = 1843.28
    // Ca 0.3×19 + 2.4×10 + 1.82×6 + 1.5×10 + 1×15 + 0.8×40 + 2.44×120 + 1.18×5 = 401.32
    name: "Grace, 29, US, pregnant with morning sickness (no breakfast): soup and crackers, salmon and rice, milk",
    profile: who(29, "female", "us", { lifeStage: "pregnant" }),
    entries: [e("18228", 30, L), e("06015", 240, L), e("09003", 182, L), e("20045", 150, D), e("15237", 100, D),
      e("11091", 80, D), e("01079", 244, S), e("09040", 118, S)],
    supplements: [],
    objective: "changes",
    targets: t(350, 2900, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(146.7, 1843.28, 401.32),
  },
  {
    // EFSA: adults' values hold in pregnancy (women 25+): Mg 300, K 3500, Ca 950; calcium UL 2500; magnesium UL 250
    //   from supplements (SCF 2001, from 4 y): her 250 mg is at it.
    // Mg 0.5×138 + 1.5×10 + 1×13 + 0.6×79 + 0.8×11 + 0.6×13 + 0.6×32 + 0.6×20 + 2×18 + 1×18 + 1.82×5
    //   + 1×250 (supplement) = 505.3
    // K 0.5×362 + 1.5×132 + 1×153 + 0.6×558 + 0.8×237 + 0.6×147 + 0.6×117 + 0.6×76 + 2×44 + 1×320 + 1.82×107 = 1863.14
    // Ca 0.5×52 + 1.5×113 + 1×16 + 0.6×99 + 0.8×10 + 0.6×16 + 0.6×52 + 0.6×505 + 2×7 + 1×26 + 1.82×6 = 673.62
    // Calcium toward the target: 673.62 − spinach's 59.4 × (1 − 0.185) = 625.209.
    name: "Julia, 35, EFSA, pregnant, 250 mg of magnesium a day for cramps: muesli, spinach salad, pasta",
    profile: who(35, "female", "efsa", { lifeStage: "pregnant" }),
    entries: [e("08120", 50, B), e("01077", 150, B), e("09316", 100, B), e("11457", 60, L), e("11529", 80, L),
      e("11205", 60, L), e("18029", 60, L), e("01026", 60, L), e("20121", 200, D), e("06931", 100, D),
      e("09003", 182, S)],
    supplements: [pill("Magnesium 250", { magnesium: 250 })],
    targets: t(300, 3500, 950),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(505.3, 1863.14, 673.62),
    calciumCounted: 625.209,
    supplementsAtLimit: ["Magnesium 250"],
  },
  {
    // US DRI, lactation 31–50 y: Mg 320, K 2800 (AI), Ca 1000; calcium UL 2500.
    // Mg 0.6×138 + 2.44×11 + 0.75×6 + 0.6×45 + 0.46×13 + 0.6×11 + 2×36 + 1.58×12 + 0.9×87 + 1.82×5 + 1.7×11 = 350.78
    // K 0.6×362 + 2.44×140 + 0.75×77 + 0.6×177 + 0.46×152 + 0.6×237 + 2×369 + 1.58×35 + 0.9×466 + 1.82×107 + 1.7×141
    //   = 2582.01
    // Ca 0.6×52 + 2.44×120 + 0.75×6 + 0.6×133 + 0.46×62 + 0.6×10 + 2×19 + 1.58×10 + 0.9×136 + 1.82×6 + 1.7×110 = 816.94
    // Calcium toward the target: 816.94 − spinach's 122.4 × (1 − 0.185) = 717.184.
    name: "Hannah, 32, US, breastfeeding, vegetarian: oats and milk, egg on toast, lentils with spinach",
    profile: who(32, "female", "us", { lifeStage: "lactating" }),
    entries: [e("08120", 60, B), e("01079", 244, B), e("09050", 75, B), e("18064", 60, L), e("01128", 46, L),
      e("11529", 60, L), e("16070", 200, D), e("20045", 158, D), e("11458", 90, D), e("09003", 182, S),
      e("01256", 170, S)],
    supplements: [],
    diet: "vegetarian",
    targets: t(320, 2800, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(350.78, 2582.01, 816.94),
    calciumCounted: 717.184,
  },
  {
    // UK RNI, breastfeeding 19–50: Mg 270 + 50 = 320, K 3500, Ca 700 + 550 = 1250. No UK limit on the diet: the US UL
    //   for 19–50 y, 2500.
    // Mg 0.8×23 + 0.6×10 + 2×28 + 0.8×23 + 0.5×13 + 1.2×29 + 1.5×12 + 0.6×12 + 1.18×27 + 0.2×23 = 201.76
    // K 0.8×126 + 0.6×132 + 2×535 + 0.8×179 + 0.5×147 + 1.2×256 + 1.5×35 + 0.6×320 + 1.18×358 + 0.2×152 = 2471.24
    // Ca 0.8×144 + 0.6×113 + 2×15 + 0.8×17 + 0.5×16 + 1.2×15 + 1.5×10 + 0.6×33 + 1.18×5 + 0.2×19 = 297.1
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 297.1.
    name: "Chloe, 27, UK, breastfeeding, no nuts: toast, jacket potato with tuna, chicken and rice",
    profile: who(27, "female", "uk", { lifeStage: "lactating" }),
    entries: [e("18069", 80, B), e("01077", 60, B), e("11674", 200, L), e("15121", 80, L), e("11205", 50, L),
      e("05064", 120, D), e("20045", 150, D), e("11124", 60, D), e("09040", 118, S), e("18228", 20, S)],
    supplements: [],
    exclude: ["nuts"],
    targets: t(320, 3500, 1250),
    calciumLimit: 2500,
    calciumLimitOwn: false,
    totals: t(201.76, 2471.24, 297.1),
    calciumCounted: 297.1,
  },
  {
    // US DRI, women 31–50: Mg 320, K 2600 (AI), Ca 1000; calcium UL 2500; magnesium UL 350 from supplements: her 400 mg
    //   is over it.
    // Mg 1.05×29 + 3.6×3 + 0.8×7 + 0.85×29 + 0.5×11 + 1.2×30 + 1.5×12 + 0.8×25 + 3.7×0 + 1×400 (supplement) = 551
    // K 1.05×107 + 3.6×49 + 0.8×141 + 0.85×256 + 0.5×237 + 1.2×384 + 1.5×35 + 0.8×211 + 3.7×2 = 1427.15
    // Ca 1.05×219 + 3.6×2 + 0.8×18 + 0.85×15 + 0.5×10 + 1.2×15 + 1.5×10 + 0.8×37 + 3.7×2 = 339.3
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 339.3.
    name: "Karen, 45, US, 400 mg of magnesium oxide a day, no red meat",
    profile: who(45, "female", "us"),
    entries: [e("18001", 105, B), e("14209", 360, B), e("11252", 80, L), e("05064", 85, L), e("11529", 50, L),
      e("15237", 120, D), e("20045", 150, D), e("11052", 80, D), e("14400", 370, S)],
    supplements: [pill("Magnesium oxide 400", { magnesium: 400 })],
    exclude: ["red meat", "xyzzy"],
    targets: t(320, 2600, 1000),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(551, 1427.15, 339.3),
    calciumCounted: 339.3,
    supplementsAtLimit: ["Magnesium oxide 400"],
  },
  {
    // UK RNI, women 19+: Mg 270, K 3500, Ca 700. No UK limit on the diet: the US UL for 51+, 2000, which her tablets
    //   and food pass before any plan. UK EVM guidance for supplemental calcium 1500: her 2 × 750 mg is at it.
    // Mg 0.6×23 + 1×10 + 0.8×23 + 0.4×27 + 0.6×11 + 1×29 + 1.5×28 + 0.6×12 + 1.5×11 = 154.3
    // K 0.6×126 + 1×132 + 0.8×126 + 0.4×76 + 0.6×237 + 1×256 + 1.5×535 + 0.6×320 + 1.5×141 = 1943
    // Ca 0.6×144 + 1×113 + 0.8×144 + 0.4×710 + 0.6×10 + 1×15 + 1.5×15 + 0.6×33 + 1.5×110 + 2×750 (supplement) = 2326.9
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 2326.9.
    name: "Margaret, 62, UK, two 750 mg calcium tablets: over the 2,000 mg ceiling before any plan",
    profile: who(62, "female", "uk"),
    entries: [e("18069", 60, B), e("01077", 100, B), e("18069", 80, L), e("01009", 40, L), e("11529", 60, L),
      e("05064", 100, D), e("11674", 150, D), e("11124", 60, D), e("01256", 150, S)],
    supplements: [pill("Calcium carbonate 750", { calcium: 750 }, 2)],
    targets: t(270, 3500, 700),
    calciumLimit: 2000,
    calciumLimitOwn: false,
    totals: t(154.3, 1943, 2326.9),
    calciumCounted: 2326.9,
    supplementsAtLimit: ["Calcium carbonate 750"],
  },
  {
    // US DRI, men 71+: Mg 420, K 3400 (AI), Ca 1200; calcium UL 2000.
    // Mg 1.17×27 + 0.3×23 + 2.4×3 + 2.4×3 + 0.15×23 + 0.6×23 + 1×28 + 2.4×1 = 100.54
    // K 1.17×70 + 0.3×126 + 2.4×49 + 2.4×70 + 0.15×152 + 0.6×179 + 1×535 + 2.4×8 = 1089.7
    // Ca 1.17×9 + 0.3×144 + 2.4×2 + 2.4×10 + 0.15×19 + 0.6×17 + 1×15 + 2.4×0 = 110.58
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 110.58.
    name: "George, 72, US, a small appetite: oatmeal and toast, soup and crackers, tuna and potato",
    profile: who(72, "male", "us", { appetite: "small" }),
    entries: [e("08121", 117, B), e("18069", 30, B), e("14209", 240, B), e("06015", 240, L), e("18228", 15, L),
      e("15121", 60, D), e("11674", 100, D), e("14278", 240, S)],
    supplements: [],
    targets: t(420, 3400, 1200),
    calciumLimit: 2000,
    calciumLimitOwn: true,
    totals: t(100.54, 1089.7, 110.58),
    calciumCounted: 110.58,
  },
  {
    // UK RNI, women 19+: Mg 270, K 3500, Ca 700. No UK limit on the diet: the US UL for 51+, 2000.
    // Mg 0.2×39 + 1×10 + 0.5×23 + 0.25×22 + 0.4×11 + 0.6×11 + 0.3×23 = 52.7
    // K 0.2×168 + 1×132 + 0.5×126 + 0.25×287 + 0.4×237 + 0.6×132 + 0.3×126 = 512.15
    // Ca 0.2×5 + 1×113 + 0.5×144 + 0.25×24 + 0.4×10 + 0.6×66 + 0.3×144 = 278.8
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 278.8.
    name: "Joan, 78, UK, a small appetite: corn flakes, a ham sandwich, scrambled egg on toast",
    profile: who(78, "female", "uk", { appetite: "small" }),
    entries: [e("08020", 20, B), e("01077", 100, B), e("18069", 50, L), e("07029", 25, L), e("11529", 40, L),
      e("01132", 60, D), e("18069", 30, D)],
    supplements: [],
    targets: t(270, 3500, 700),
    calciumLimit: 2000,
    calciumLimitOwn: false,
    totals: t(52.7, 512.15, 278.8),
    calciumCounted: 278.8,
  },
  {
    // EFSA, women 25+: Mg 300, K 3500, Ca 950; calcium UL 2500 (adults).
    // Mg 0.4×40 + 0.2×27 + 1.5×3 + 1×28 + 0.5×87 + 0.46×13 + 0.4×40 + 0.2×22 + 1×5 = 128.78
    // K 0.4×166 + 0.2×76 + 1.5×49 + 1×535 + 0.5×466 + 0.46×152 + 0.4×166 + 0.2×287 + 1×107 = 1223.82
    // Ca 0.4×73 + 0.2×710 + 1.5×2 + 1×15 + 0.5×136 + 0.46×62 + 0.4×73 + 0.2×24 + 1×6 + 1×500 (supplement) = 825.72
    // Calcium toward the target: 825.72 − spinach's 68 × (1 − 0.185) = 770.3.
    name: "Ilse, 85, EFSA, a small appetite, one 500 mg calcium tablet: spinach with potatoes and a fried egg",
    profile: who(85, "female", "efsa", { appetite: "small" }),
    entries: [e("18060", 40, B), e("01009", 20, B), e("14209", 150, B), e("11674", 100, L), e("11458", 50, L),
      e("01128", 46, L), e("18060", 40, D), e("07029", 20, D), e("09003", 100, S)],
    supplements: [pill("Calcium 500", { calcium: 500 })],
    targets: t(300, 3500, 950),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(128.78, 1223.82, 825.72),
    calciumCounted: 770.3,
  },
  {
    // US DRI, women 71+: Mg 320, K 2600 (AI), Ca 1200; calcium UL 2000.
    // Mg 0.3×23 + 2.4×1 + 0.3×10 + 2×3 + 0.1×23 + 0.5×14 + 2.4×1 = 30
    // K 0.3×126 + 2.4×8 + 0.3×132 + 2×70 + 0.1×152 + 0.5×199 + 2.4×8 = 370.5
    // Ca 0.3×144 + 2.4×0 + 0.3×113 + 2×10 + 0.1×19 + 0.5×128 + 2.4×0 = 163
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 163.
    name: "Dorothy, 90, US, small appetite, tea and toast, no dinner yet (picks dinner for suggestions)",
    profile: who(90, "female", "us", { appetite: "small" }),
    entries: [e("18069", 30, B), e("14278", 240, B), e("01077", 30, B), e("06015", 200, L), e("18228", 10, L),
      e("19095", 50, S), e("14278", 240, S)],
    supplements: [],
    pickedMeals: ["dinner"],
    targets: t(320, 2600, 1200),
    calciumLimit: 2000,
    calciumLimitOwn: true,
    totals: t(30, 370.5, 163),
    calciumCounted: 163,
  },
  {
    // US DRI, men 71+: Mg 420, K 3400 (AI), Ca 1200; calcium UL 2000.
    // Mg 0.6×138 + 2×15 + 1.18×27 + 0.64×75 + 0.32×168 + 1.82×5 + 1.5×12 + 1.5×36 + 1×11 = 338.52
    // K 0.6×362 + 2×122 + 1.18×358 + 0.64×254 + 0.32×558 + 1.82×107 + 1.5×35 + 1.5×369 + 1×237 = 2262.5
    // Ca 0.6×52 + 2×123 + 1.18×5 + 0.64×161 + 0.32×49 + 1.82×6 + 1.5×10 + 1.5×19 + 1×10 = 466.24
    name: "Frank, 80, US, vegan: oats with soy milk, peanut-butter toast, lentils and rice",
    profile: who(80, "male", "us"),
    entries: [e("08120", 60, B), e("16139", 200, B), e("09040", 118, B), e("18075", 64, L), e("16098", 32, L),
      e("09003", 182, L), e("20045", 150, D), e("16070", 150, D), e("11529", 100, D)],
    supplements: [],
    diet: "vegan",
    objective: "servings",
    targets: t(420, 3400, 1200),
    calciumLimit: 2000,
    calciumLimitOwn: true,
    totals: t(338.52, 2262.5, 466.24),
  },
  {
    // EFSA, women 25+: Mg 300, K 3500, Ca 950; calcium UL 2500. A potassium-raising medicine: potassium is not raised.
    // Mg 1.5×3 + 0.4×32 + 1.2×18 + 0.6×18 + 2×3 + 0.3×32 + 1×10 = 75.3
    // K 1.5×49 + 0.4×117 + 1.2×44 + 0.6×320 + 2×70 + 0.3×117 + 1×181 = 721.2
    // Ca 1.5×2 + 0.4×52 + 1.2×7 + 0.6×26 + 2×10 + 0.3×52 + 1×40 = 123.4
    // No food whose calcium counts for less than milk's (data/absorption.json): counted = label, 123.4.
    name: "Rosa, 88, EFSA, small appetite, a potassium-raising medicine: bread and coffee, pasta, soup, an orange",
    profile: who(88, "female", "efsa", { conditions: ["potassium-raising-medicine"], appetite: "small" }),
    entries: [e("14209", 150, B), e("18029", 40, B), e("20121", 120, L), e("06931", 60, L), e("06015", 200, D),
      e("18029", 30, D), e("09200", 100, S)],
    supplements: [],
    targets: t(300, 3500, 950),
    calciumLimit: 2500,
    calciumLimitOwn: true,
    totals: t(75.3, 721.2, 123.4),
    calciumCounted: 123.4,
  },
];
