// Calcium as absorbed: how much of a food's calcium counts, measured against milk.
//
// The app counts each food's calcium in "milk-equivalent" mg: label calcium × relative, where relative is the
// fraction of the food's calcium that is absorbed ÷ the fraction absorbed from milk. Foods that no study has
// measured count like milk (relative 1, measured false) and the app says so (ABSORPTION_NOT_MEASURED).
//
// Sources (full):
// [W99]  Weaver CM, Proulx WR, Heaney R. Choices for achieving adequate dietary calcium with a vegetarian diet.
//        Am J Clin Nutr 1999;70(3 Suppl):543S–548S. The table "comparing sources of absorbable calcium" (the
//        paper's text calls it Table 2; the product brief called it Table 1). Milk 32.1%.
// [H88]  Heaney RP, Weaver CM, Recker RR. Calcium absorbability from spinach. Am J Clin Nutr 1988;47:707–709.
//        Spinach 0.051 vs milk 0.276, in the same subjects.
// [Z05]  Zhao Y, Martin BR, Weaver CM. Calcium bioavailability of calcium carbonate fortified soymilk is
//        equivalent to cow's milk in young women. J Nutr 2005;135(10):2379–2382. 250 mg Ca per test, crossover:
//        calcium-carbonate soymilk 0.211, cow's milk 0.217, tricalcium-phosphate soymilk 0.181.
// [H00]  Heaney RP, Dowell MS, Rafferty K, Bierman J. Bioavailability of the calcium in fortified soy imitation
//        milk, with some observations on method. Am J Clin Nutr 2000;71:1166–1169. Tricalcium-phosphate soymilk
//        absorbed at 75% of cow's milk. Cited only to explain why soymilk is not 0.75 here (see below).
// [H91]  Heaney RP, Weaver CM, Fitzsimmons ML. Soybean phytate content: effect on calcium absorption.
//        Am J Clin Nutr 1991;53:745–747. High-phytate (ordinary) soybeans 0.310 vs milk 0.377, same subjects.
// [WH06] Weaver CM, Heaney RP. Food sources, supplements, and bioavailability. In: Weaver CM, Heaney RP, eds.
//        Calcium in Human Health. Totowa NJ: Humana Press; 2006:129–142. Its table extends [W99] with fortified
//        foods (orange juice with calcium citrate malate 36.3% at 300 mg). UNSURE of the chapter's pages and
//        that this is the table's first printing: the value is as reprinted "with permission from Springer" in
//        Table 1 of a 2017 review (Curr Osteoporos Rep 2017;15(3):214–221).
//
// What "relative" is here, and why it is not simply (table % ÷ 32.1)
// -------------------------------------------------------------------
// The [W99] percentages are not properties of the foods alone. Its footnote: each value was "adjusted for load
// using the equation for milk (fractional absorption = 0.889 − 0.0964 ln load), then adjusting for the ratio of
// calcium absorption of the test food relative to milk tested at the same load, the absorptive index". So
//     table % = milkAtLoad(calcium in one serving) × absorptive index.
// The less calcium a serving holds, the higher the percentage, whatever the food: sugar cookies (3 mg) are
// listed at 91.9%. Dividing by milk's 32.1% (a 300 mg load) would credit that load effect to the food: wheat
// bran cereal, which the same group found to absorb worse than milk, would come out 1.18× milk, and
// whole-wheat bread 2.55×. The app adds calcium up across a day, so the figure it needs is the absorptive
// index, the food against milk at the same load. It is recovered from the table by undoing the adjustment:
//     relative = table % ÷ milkAtLoad(serving calcium)     (absorptiveIndex below)
// Where a study compared the food with milk in the same subjects (spinach [H88], soymilk [Z05], soybeans
// [H91]) the ratio of the two measurements is used directly. Milk products are 1 by definition.
//
// [W99] rows used (serving calcium mg, table %; absorptive index recovered; the naive % ÷ 32.1 for comparison):
//   beans, pinto                    44.7 mg  26.7%   → 0.511   (naive 0.832)
//   beans, red                      40.5 mg  24.4%   → 0.459   (naive 0.760)
//   beans, white                    113  mg  21.8%   → 0.503   (naive 0.679)
//   bok choy                        79   mg  53.8%   → 1.150   (naive 1.676)
//   broccoli                        35   mg  61.3%   → 1.122   (naive 1.910)
//   Chinese mustard green           212  mg  40.2%   → 1.079   (naive 1.252)
//   Chinese spinach                 347  mg  8.36%   → 0.257   (naive 0.260)
//   kale                            61   mg  49.3%   → 1.001   (naive 1.536)
//   spinach                         115  mg  5.1%    — not used: 5.1% is [H88]'s unadjusted measurement (the
//                                                      footnote's method would give 8.0%); [H88]'s ratio is used
//   sweet potatoes                  44   mg  22.2%   → 0.424   (naive 0.692)
//   rhubarb                         174  mg  8.54%   → 0.218   (naive 0.266)
//   whole-wheat bread               20   mg  82.0%   → 1.366   (naive 2.555)
//   wheat bran cereal               20   mg  38.0%   → 0.633   (naive 1.184)
//   tofu with calcium               258  mg  31.0%   → 0.877   (naive 0.966)
//   almonds, dry roasted            80   mg  21.2%   → 0.454   (naive 0.660)
//   sesame seeds, no hulls          37   mg  20.8%   → 0.385   (naive 0.648)
//   milk, cheddar cheese, cheese food, yogurt: 32.1% (the table puts every dairy food at milk's figure)
// Not mapped: Chinese cabbage flower leaves (choy sum, 239 mg, 39.6% → 1.097; SR28 has no such food), sugar
// cookies, fruit punch with calcium citrate malate (300 mg, 52.0%; SR28's fruit punches carry no added calcium).
// UNSURE: the serving calcium and percentages above are as reprinted in Weaver's later tables (identical
// wherever they overlap); almonds and sesame may come from the group's earlier table (Weaver CM, Plawecki KL.
// Dietary calcium: adequacy of a vegetarian diet. Am J Clin Nutr 1994;59(5 Suppl):1238S–1241S) rather than
// from [W99] itself. The load equation is Heaney's (Heaney RP, Weaver CM, Fitzsimmons ML. Influence of calcium
// load on absorption fraction. J Bone Miner Res 1990;5:1135–1138), as quoted in the footnote.

export type CalciumAbsorption = { relative: number; measured: boolean; source: string; basis: string };

/** Fractional absorption of calcium from milk, [W99]'s reference. */
export const MILK_FRACTIONAL_ABSORPTION = 0.321;

/** The sentence the app shows for a food no study has measured. */
export const ABSORPTION_NOT_MEASURED =
  "No published measurement of calcium absorption from this food: its calcium is counted like milk's.";

const W99 =
  "Weaver CM, Proulx WR, Heaney R. Choices for achieving adequate dietary calcium with a vegetarian diet. Am J Clin Nutr 1999;70(3 Suppl):543S–548S";
const H88 = "Heaney RP, Weaver CM, Recker RR. Calcium absorbability from spinach. Am J Clin Nutr 1988;47:707–709";
const Z05 =
  "Zhao Y, Martin BR, Weaver CM. Calcium bioavailability of calcium carbonate fortified soymilk is equivalent to cow's milk in young women. J Nutr 2005;135:2379–2382";
const H91 =
  "Heaney RP, Weaver CM, Fitzsimmons ML. Soybean phytate content: effect on calcium absorption. Am J Clin Nutr 1991;53:745–747";
const WH06 =
  "Weaver CM, Heaney RP. Food sources, supplements, and bioavailability. In: Calcium in Human Health. Humana Press; 2006";
const LOAD_NOTE = "absorptive index: the table's load-adjusted % ÷ milk's absorption at the same calcium load";

/** Fractional absorption from milk at a calcium load of loadMg, the equation in [W99]'s footnote (Heaney 1990). */
function milkFractionAtLoad(loadMg: number): number {
  return 0.889 - 0.0964 * Math.log(loadMg);
}

/** A [W99] row's food against milk at the same load: undoes the table's load adjustment. */
export function absorptiveIndex(tablePercent: number, servingCalciumMg: number): number {
  return tablePercent / 100 / milkFractionAtLoad(servingCalciumMg);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function study(basis: string, relative: number, source: string): CalciumAbsorption {
  return Object.freeze({ relative: round3(relative), measured: true, source, basis });
}

function tableRow(basis: string, percent: number, servingMg: number, note = ""): CalciumAbsorption {
  const cite = `${W99}: ${basis}, ${percent}% at ${servingMg} mg per serving vs milk 32.1%; ${LOAD_NOTE}`;
  return study(basis, absorptiveIndex(percent, servingMg), note ? `${cite}. ${note}` : cite);
}

const PINTO = tableRow("beans, pinto", 26.7, 44.7);
const RED = tableRow("beans, red", 24.4, 40.5);
const WHITE = tableRow("beans, white", 21.8, 113);

/** The studies, by the key data/absorption.json gives each food. */
export const STUDIES = {
  spinach: study(
    "spinach",
    0.051 / 0.276,
    `${H88}: spinach 5.1% vs milk 27.6% in the same subjects. (${W99} lists spinach at this 5.1% against its milk 32.1%, a ratio of 0.159 between different subjects; the within-subject ratio is used.)`,
  ),
  // The table's 49.3% is milk's own curve at 61 mg: it treats kale as equal to milk at the same load. The kale
  // study (Heaney RP, Weaver CM. Calcium absorption from kale. Am J Clin Nutr 1990;51:656–657) measured, as I
  // recall it (UNSURE), 40.9% vs milk 32.1% in the same subjects, a point estimate of 1.27; the table's 1.00 is used.
  kale: tableRow("kale", 49.3, 61),
  broccoli: tableRow("broccoli", 61.3, 35),
  bokChoy: tableRow("bok choy", 53.8, 79),
  mustardGreens: tableRow(
    "Chinese mustard green",
    40.2,
    212,
    "Applied to SR28 mustard greens, the same species (Brassica juncea): an assumption",
  ),
  amaranthLeaves: tableRow(
    "Chinese spinach",
    8.36,
    347,
    "Chinese spinach is taken to be amaranth (Amaranthus), as SR28's amaranth leaves: an assumption",
  ),
  rhubarb: tableRow("rhubarb", 8.54, 174),
  sweetPotato: tableRow("sweet potatoes", 22.2, 44),
  pinto: PINTO,
  red: RED,
  redKidneyKind: tableRow(
    "beans, red",
    24.4,
    40.5,
    "Applied to every red and 'all types' kidney bean in SR28: an assumption",
  ),
  white: WHITE,
  whiteKind: tableRow(
    "beans, white",
    21.8,
    113,
    "Applied to navy, small white and great northern beans (white Phaseolus vulgaris): an assumption",
  ),
  blackBeans: study(
    "beans",
    (PINTO.relative + RED.relative + WHITE.relative) / 3,
    `${W99}: the mean absorptive index of its three common beans (pinto 26.7% at 44.7 mg, red 24.4% at 40.5 mg, white 21.8% at 113 mg; ${LOAD_NOTE}), which lie within 0.46–0.51 of milk. Black beans were not measured: that they absorb as these do is an assumption`,
  ),
  tofu: tableRow("tofu with calcium", 31.0, 258),
  tofuMixedCoagulant: tableRow(
    "tofu with calcium",
    31.0,
    258,
    "Applied to tofu set with calcium sulfate and magnesium chloride: an assumption",
  ),
  soymilkCarbonate: study(
    "soymilk fortified with calcium carbonate",
    0.211 / 0.217,
    `${Z05}: calcium-carbonate soymilk 21.1% vs cow's milk 21.7% at the same 250 mg load. SR28 does not name the fortificant; calcium carbonate (the usual one in US soymilk) is assumed. Tricalcium-phosphate soymilk absorbs less: 18.1% in the same study, 75% of milk in Heaney RP et al. Am J Clin Nutr 2000;71:1166–1169`,
  ),
  soybeans: study(
    "soybeans, high-phytate (ordinary)",
    0.31 / 0.377,
    `${H91}: ordinary high-phytate soybeans 31.0% vs milk 37.7% in the same subjects`,
  ),
  wholeWheatBread: tableRow(
    "whole-wheat bread",
    82.0,
    20,
    "Measured on unfortified leavened whole-wheat bread; commercial loaves may add calcium salts",
  ),
  wheatBran: tableRow("wheat bran cereal", 38.0, 20),
  almonds: tableRow("almonds, dry roasted", 21.2, 80),
  sesameKernels: tableRow(
    "sesame seeds, no hulls",
    20.8,
    37,
    "Applies to hulled kernels and tahini only; whole seeds keep the hull's calcium oxalate and were not measured",
  ),
  orangeJuiceCcm: study(
    "orange juice with calcium citrate malate",
    absorptiveIndex(36.3, 300),
    `${WH06} (table extending ${W99}): orange juice with calcium citrate malate 36.3% at 300 mg; ${LOAD_NOTE}. ASSUMPTION: SR28 does not name the fortificant; juices fortified with tricalcium phosphate and calcium lactate absorb less`,
  ),
  milk: study("milk", 1, `${W99}: milk 32.1%, the reference`),
  fermentedMilk: study(
    "milk",
    1,
    `${W99}: milk 32.1%, the reference. Kefir and buttermilk were not measured separately; as fermented milk they are counted as milk, as the table counts yogurt`,
  ),
  yogurt: study("yogurt", 1, `${W99}: yogurt 32.1%, the same as milk`),
  cheddar: study("cheddar cheese", 1, `${W99}: cheddar cheese 32.1%, the same as milk`),
  hardCheese: study(
    "cheddar cheese",
    1,
    `${W99}: cheddar cheese 32.1%, the same as milk; other cow's-milk cheeses counted the same`,
  ),
  freshCheese: study(
    "milk",
    1,
    `${W99}: milk 32.1%, the reference; fresh and soft cow's-milk cheeses counted as milk, as the table counts cheddar and yogurt`,
  ),
  cheeseFood: study("cheese food", 1, `${W99}: cheese food 32.1%, the same as milk`),
} satisfies Record<string, CalciumAbsorption>;

export const NOT_MEASURED: CalciumAbsorption = Object.freeze({
  relative: 1,
  measured: false,
  source: ABSORPTION_NOT_MEASURED,
  basis: "milk",
});

const S87 =
  "Sheikh MS, Santa Ana CA, Nicar MJ, Schiller LR, Fordtran JS. Gastrointestinal absorption of calcium from milk and calcium salts. N Engl J Med 1987;317:532–536";

/**
 * Calcium from supplements counts like milk's: calcium carbonate, citrate, acetate, lactate and gluconate were
 * absorbed alike, and like whole milk's, in the same healthy subjects, taken with a light meal [S87].
 */
export const SUPPLEMENT_CALCIUM_ABSORPTION: CalciumAbsorption = Object.freeze({
  relative: 1,
  measured: true,
  source: S87,
  basis: "calcium supplements (carbonate, citrate and other salts)",
});
