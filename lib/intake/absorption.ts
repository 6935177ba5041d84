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

import { formatWhole, listWords } from "../format";

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
function absorptiveIndex(tablePercent: number, servingCalciumMg: number): number {
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

const STUDY = {
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
    "beans, pinto / red / white (mean)",
    (PINTO.relative + RED.relative + WHITE.relative) / 3,
    `ASSUMPTION: black beans were not measured. ${W99}: the mean absorptive index of its three common beans (pinto 26.7% at 44.7 mg, red 24.4% at 40.5 mg, white 21.8% at 113 mg; ${LOAD_NOTE}), which lie within 0.46–0.51 of milk`,
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

// SR28 NDB ids (data/foods.json) → the study food. Names are SR28's, abbreviated.
const FOODS: Readonly<Record<string, CalciumAbsorption>> = Object.freeze({
  // Spinach (not New Zealand, mustard, Malabar or vine "spinach", other plants; not spinach soufflé, a dairy dish)
  "11457": STUDY.spinach, // raw
  "11458": STUDY.spinach, // cooked, boiled, drained
  "11854": STUDY.spinach, // cooked, boiled, drained, with salt
  "11459": STUDY.spinach, // canned, regular pack, solids and liquids
  "11461": STUDY.spinach, // canned, regular pack, drained solids
  "11855": STUDY.spinach, // canned, no salt added
  "11463": STUDY.spinach, // frozen, unprepared
  "11464": STUDY.spinach, // frozen, cooked, boiled
  "11856": STUDY.spinach, // frozen, cooked, boiled, with salt

  // Kale (scotch kale is a curly kale)
  "11233": STUDY.kale, // raw
  "11234": STUDY.kale, // cooked, boiled
  "11790": STUDY.kale, // cooked, boiled, with salt
  "11235": STUDY.kale, // frozen, unprepared
  "11236": STUDY.kale, // frozen, cooked, boiled
  "11791": STUDY.kale, // frozen, cooked, boiled, with salt
  "11622": STUDY.kale, // scotch, raw
  "11623": STUDY.kale, // scotch, cooked, boiled
  "11792": STUDY.kale, // scotch, cooked, boiled, with salt

  // Broccoli (not broccoli raab or Chinese broccoli, other plants)
  "11090": STUDY.broccoli, // raw
  "11091": STUDY.broccoli, // cooked, boiled
  "11742": STUDY.broccoli, // cooked, boiled, with salt
  "11092": STUDY.broccoli, // frozen, chopped, unprepared
  "11093": STUDY.broccoli, // frozen, chopped, cooked
  "11743": STUDY.broccoli, // frozen, chopped, cooked, with salt
  "11094": STUDY.broccoli, // frozen, spears, unprepared
  "11095": STUDY.broccoli, // frozen, spears, cooked
  "11744": STUDY.broccoli, // frozen, spears, cooked, with salt
  "11739": STUDY.broccoli, // leaves, raw
  "11740": STUDY.broccoli, // flower clusters, raw
  "11741": STUDY.broccoli, // stalks, raw

  // Bok choy = Chinese cabbage, pak-choi (not pe-tsai / napa, unmeasured)
  "11116": STUDY.bokChoy, // raw
  "11117": STUDY.bokChoy, // cooked, boiled
  "11754": STUDY.bokChoy, // cooked, boiled, with salt

  // Mustard greens ← Chinese mustard green
  "11270": STUDY.mustardGreens, // raw
  "11271": STUDY.mustardGreens, // cooked, boiled
  "11799": STUDY.mustardGreens, // cooked, boiled, with salt
  "11272": STUDY.mustardGreens, // frozen, unprepared
  "11273": STUDY.mustardGreens, // frozen, cooked, boiled
  "11800": STUDY.mustardGreens, // frozen, cooked, boiled, with salt

  // Amaranth leaves ← Chinese spinach
  "11003": STUDY.amaranthLeaves, // raw
  "11004": STUDY.amaranthLeaves, // cooked, boiled
  "11700": STUDY.amaranthLeaves, // cooked, boiled, with salt

  // Rhubarb
  "09307": STUDY.rhubarb, // raw
  "09309": STUDY.rhubarb, // frozen, uncooked
  "09310": STUDY.rhubarb, // frozen, cooked, with sugar

  // Sweet potato (the root; not the leaves, not fries or puffs)
  "11507": STUDY.sweetPotato, // raw
  "11508": STUDY.sweetPotato, // baked in skin, flesh
  "11875": STUDY.sweetPotato, // baked in skin, flesh, with salt
  "11510": STUDY.sweetPotato, // boiled, without skin
  "11876": STUDY.sweetPotato, // boiled, without skin, with salt
  "11512": STUDY.sweetPotato, // canned, vacuum pack
  "11514": STUDY.sweetPotato, // canned, mashed
  "11645": STUDY.sweetPotato, // canned, syrup pack, solids and liquids
  "11647": STUDY.sweetPotato, // canned, syrup pack, drained solids
  "11516": STUDY.sweetPotato, // frozen, unprepared
  "11517": STUDY.sweetPotato, // frozen, baked
  "11877": STUDY.sweetPotato, // frozen, baked, with salt
  "11659": STUDY.sweetPotato, // candied, home-prepared

  // Beans, mature seeds (not sprouted, not immature)
  "16042": STUDY.pinto, // pinto, raw
  "16043": STUDY.pinto, // pinto, cooked, boiled
  "16343": STUDY.pinto, // pinto, cooked, boiled, with salt
  "16044": STUDY.pinto, // pinto, canned, solids and liquids
  "16347": STUDY.pinto, // pinto, canned, low sodium
  "16146": STUDY.pinto, // pinto, canned, drained solids
  "16345": STUDY.pinto, // pinto, canned, drained, rinsed
  "16032": STUDY.red, // kidney, red, raw
  "16033": STUDY.red, // kidney, red, cooked, boiled
  "16333": STUDY.red, // kidney, red, cooked, boiled, with salt
  "16034": STUDY.red, // kidney, red, canned, solids and liquids
  "16337": STUDY.red, // kidney, red, canned, low sodium
  "16145": STUDY.red, // kidney, red, canned, drained solids
  "16335": STUDY.red, // kidney, red, canned, drained, rinsed
  "16027": STUDY.redKidneyKind, // kidney, all types, raw
  "16028": STUDY.redKidneyKind, // kidney, all types, cooked, boiled
  "16328": STUDY.redKidneyKind, // kidney, all types, cooked, boiled, with salt
  "16029": STUDY.redKidneyKind, // kidney, all types, canned
  "16030": STUDY.redKidneyKind, // kidney, california red, raw
  "16031": STUDY.redKidneyKind, // kidney, california red, cooked
  "16331": STUDY.redKidneyKind, // kidney, california red, cooked, with salt
  "16035": STUDY.redKidneyKind, // kidney, royal red, raw
  "16036": STUDY.redKidneyKind, // kidney, royal red, cooked
  "16336": STUDY.redKidneyKind, // kidney, royal red, cooked, with salt
  "16049": STUDY.white, // white, raw
  "16050": STUDY.white, // white, cooked, boiled
  "16350": STUDY.white, // white, cooked, boiled, with salt
  "16051": STUDY.white, // white, canned
  "16037": STUDY.whiteKind, // navy, raw
  "16038": STUDY.whiteKind, // navy, cooked, boiled
  "16338": STUDY.whiteKind, // navy, cooked, boiled, with salt
  "16039": STUDY.whiteKind, // navy, canned
  "16045": STUDY.whiteKind, // small white, raw
  "16046": STUDY.whiteKind, // small white, cooked, boiled
  "16346": STUDY.whiteKind, // small white, cooked, boiled, with salt
  "16024": STUDY.whiteKind, // great northern, raw
  "16025": STUDY.whiteKind, // great northern, cooked, boiled
  "16325": STUDY.whiteKind, // great northern, cooked, boiled, with salt
  "16026": STUDY.whiteKind, // great northern, canned
  "16326": STUDY.whiteKind, // great northern, canned, low sodium
  "16014": STUDY.blackBeans, // black, raw
  "16015": STUDY.blackBeans, // black, cooked, boiled
  "16315": STUDY.blackBeans, // black, cooked, boiled, with salt
  "16316": STUDY.blackBeans, // black, canned, low sodium
  "16016": STUDY.blackBeans, // black turtle, raw
  "16017": STUDY.blackBeans, // black turtle, cooked, boiled
  "16317": STUDY.blackBeans, // black turtle, cooked, boiled, with salt
  "16018": STUDY.blackBeans, // black turtle, canned

  // Soybeans, mature seeds (not green soybeans / edamame, not sprouts)
  "16108": STUDY.soybeans, // raw
  "16109": STUDY.soybeans, // cooked, boiled
  "16409": STUDY.soybeans, // cooked, boiled, with salt
  "16110": STUDY.soybeans, // roasted, salted
  "16410": STUDY.soybeans, // roasted, no salt added
  "16111": STUDY.soybeans, // dry roasted

  // Tofu set with calcium sulfate (not nigari-only, not brands or entries whose coagulant SR28 does not name)
  "16426": STUDY.tofu, // raw, firm, prepared with calcium sulfate
  "16427": STUDY.tofu, // raw, regular, prepared with calcium sulfate
  "16428": STUDY.tofu, // dried-frozen (koyadofu), prepared with calcium sulfate
  "16429": STUDY.tofu, // fried, prepared with calcium sulfate
  "16432": STUDY.tofu, // salted and fermented (fuyu), prepared with calcium sulfate
  "16126": STUDY.tofuMixedCoagulant, // firm, calcium sulfate and magnesium chloride (nigari)
  "16127": STUDY.tofuMixedCoagulant, // soft, calcium sulfate and magnesium chloride (nigari)

  // Soymilk with added calcium (not unfortified; not brands of unknown fortificant; SILK is carbonate-fortified)
  "16139": STUDY.soymilkCarbonate, // original and vanilla, with added calcium, vitamins A and D
  "16168": STUDY.soymilkCarbonate, // chocolate, with added calcium
  "16222": STUDY.soymilkCarbonate, // all flavors, unsweetened, with added calcium
  "16225": STUDY.soymilkCarbonate, // original and vanilla, light, with added calcium
  "16227": STUDY.soymilkCarbonate, // chocolate and other flavors, light, with added calcium
  "16228": STUDY.soymilkCarbonate, // original and vanilla, light, unsweetened, with added calcium
  "16229": STUDY.soymilkCarbonate, // all flavors, lowfat, with added calcium
  "16230": STUDY.soymilkCarbonate, // all flavors, nonfat, with added calcium
  "16231": STUDY.soymilkCarbonate, // chocolate, nonfat, with added calcium
  "16235": STUDY.soymilkCarbonate, // SILK Plain
  "16236": STUDY.soymilkCarbonate, // SILK Vanilla
  "16237": STUDY.soymilkCarbonate, // SILK Chocolate
  "16238": STUDY.soymilkCarbonate, // SILK Light Plain
  "16239": STUDY.soymilkCarbonate, // SILK Light Vanilla
  "16240": STUDY.soymilkCarbonate, // SILK Light Chocolate
  "16241": STUDY.soymilkCarbonate, // SILK Plus Omega-3 DHA
  "16242": STUDY.soymilkCarbonate, // SILK Plus for Bone Health
  "16243": STUDY.soymilkCarbonate, // SILK Plus Fiber
  "16244": STUDY.soymilkCarbonate, // SILK Unsweetened
  "16245": STUDY.soymilkCarbonate, // SILK Very Vanilla
  "16247": STUDY.soymilkCarbonate, // SILK Chai
  "16248": STUDY.soymilkCarbonate, // SILK Mocha
  "16249": STUDY.soymilkCarbonate, // SILK Coffee

  // Whole-wheat bread, yeast-leavened loaves and rolls (not unleavened flatbreads, crackers or mixes)
  "18075": STUDY.wholeWheatBread, // commercially prepared
  "18076": STUDY.wholeWheatBread, // commercially prepared, toasted
  "18077": STUDY.wholeWheatBread, // prepared from recipe
  "18078": STUDY.wholeWheatBread, // prepared from recipe, toasted
  "18348": STUDY.wholeWheatBread, // rolls, dinner, whole-wheat
  "28313": STUDY.wholeWheatBread, // rolls, hamburger or hot dog, whole wheat
  "28318": STUDY.wholeWheatBread, // french or vienna, whole wheat
  "28377": STUDY.wholeWheatBread, // PEPPERIDGE FARM 100% whole wheat hamburger buns
  "28383": STUDY.wholeWheatBread, // PEPPERIDGE FARM whole grain 100% whole wheat bread
  "28392": STUDY.wholeWheatBread, // PEPPERIDGE FARM farmhouse 100% whole wheat bread
  "28395": STUDY.wholeWheatBread, // PEPPERIDGE FARM whole grain honey whole wheat bread

  // Wheat bran and plain wheat-bran cereals (not oat, corn or rice bran; not calcium-fortified bran cereals)
  "20077": STUDY.wheatBran, // wheat bran, crude
  "08363": STUDY.wheatBran, // KRETSCHMER toasted wheat bran
  "08029": STUDY.wheatBran, // POST bran flakes
  "08504": STUDY.wheatBran, // RALSTON enriched wheat bran flakes

  // Almonds (whole, blanched, roasted, butter; not almond paste, which is half sugar)
  "12061": STUDY.almonds, // almonds
  "12062": STUDY.almonds, // blanched
  "12063": STUDY.almonds, // dry roasted, without salt
  "12563": STUDY.almonds, // dry roasted, with salt
  "12065": STUDY.almonds, // oil roasted, without salt
  "12565": STUDY.almonds, // oil roasted, with salt
  "12567": STUDY.almonds, // oil roasted, with salt, smoke flavor
  "12665": STUDY.almonds, // oil roasted, lightly salted
  "12206": STUDY.almonds, // honey roasted, unblanched
  "12195": STUDY.almonds, // almond butter, without salt
  "12695": STUDY.almonds, // almond butter, with salt

  // Sesame: hulled (decorticated) kernels and tahini only
  "12201": STUDY.sesameKernels, // kernels, dried (decorticated)
  "12029": STUDY.sesameKernels, // kernels, toasted, without salt (decorticated)
  "12529": STUDY.sesameKernels, // kernels, toasted, with salt (decorticated)
  "12166": STUDY.sesameKernels, // tahini, from roasted and toasted kernels
  "12171": STUDY.sesameKernels, // tahini, from unroasted kernels
  "12198": STUDY.sesameKernels, // tahini, from raw and stone ground kernels
  "12698": STUDY.sesameKernels, // tahini, type of kernels unspecified

  // Orange juice with added calcium
  "09210": STUDY.orangeJuiceCcm, // chilled, from concentrate, with added calcium and vitamin D
  "09211": STUDY.orangeJuiceCcm, // chilled, from concentrate, with added calcium
  "09212": STUDY.orangeJuiceCcm, // frozen concentrate, diluted, with added calcium
  "09213": STUDY.orangeJuiceCcm, // frozen concentrate, undiluted, with added calcium
  "09506": STUDY.orangeJuiceCcm, // chilled, with added calcium and vitamins A, D, E

  // Cow's milk, fluid, dried and canned (not calcium-fortified or calcium-reduced milk, not goat, sheep, buffalo)
  "01077": STUDY.milk, // whole, 3.25%, with vitamin D
  "01211": STUDY.milk, // whole, 3.25%, without vitamins A and D
  "01078": STUDY.milk, // producer, 3.7%
  "01079": STUDY.milk, // reduced fat, 2%
  "01080": STUDY.milk, // reduced fat, 2%, with nonfat milk solids
  "01081": STUDY.milk, // reduced fat, 2%, protein fortified
  "01152": STUDY.milk, // reduced fat, 2%, with nonfat milk solids, without vitamin A
  "01174": STUDY.milk, // reduced fat, 2%, without vitamins A and D
  "01082": STUDY.milk, // lowfat, 1%
  "01083": STUDY.milk, // lowfat, 1%, with nonfat milk solids
  "01084": STUDY.milk, // lowfat, 1%, protein fortified
  "01175": STUDY.milk, // 1%, without vitamins A and D
  "01085": STUDY.milk, // nonfat (skim)
  "01086": STUDY.milk, // nonfat, with nonfat milk solids
  "01087": STUDY.milk, // nonfat, protein fortified
  "01151": STUDY.milk, // nonfat, without vitamins A and D
  "01089": STUDY.milk, // low sodium
  "01102": STUDY.milk, // chocolate, whole
  "01103": STUDY.milk, // chocolate, reduced fat
  "01104": STUDY.milk, // chocolate, lowfat
  "01292": STUDY.milk, // chocolate, fat free
  "01305": STUDY.milk, // chocolate, lowfat, reduced sugar
  "01090": STUDY.milk, // dry, whole, with vitamin D
  "01212": STUDY.milk, // dry, whole, without vitamin D
  "01091": STUDY.milk, // dry, nonfat, regular
  "01154": STUDY.milk, // dry, nonfat, regular, with vitamins A and D
  "01092": STUDY.milk, // dry, nonfat, instant
  "01155": STUDY.milk, // dry, nonfat, instant, without vitamins A and D
  "01095": STUDY.milk, // canned, condensed, sweetened
  "01096": STUDY.milk, // canned, evaporated
  "01153": STUDY.milk, // canned, evaporated, with vitamin A
  "01214": STUDY.milk, // canned, evaporated, without vitamins A and D
  "01097": STUDY.milk, // canned, evaporated, nonfat
  "01291": STUDY.milk, // evaporated, 2%

  // Kefir and buttermilk: fermented milk, counted as milk
  "01289": STUDY.fermentedMilk, // kefir, lowfat, plain, LIFEWAY
  "01290": STUDY.fermentedMilk, // kefir, lowfat, strawberry, LIFEWAY
  "01088": STUDY.fermentedMilk, // buttermilk, cultured, lowfat
  "01230": STUDY.fermentedMilk, // buttermilk, whole
  "42189": STUDY.fermentedMilk, // buttermilk, cultured, reduced fat

  // Yogurt, plain, flavored and Greek (not frozen yogurt, tofu yogurt)
  "01116": STUDY.yogurt, // plain, whole milk
  "01117": STUDY.yogurt, // plain, low fat
  "01118": STUDY.yogurt, // plain, skim milk
  "01119": STUDY.yogurt, // vanilla, low fat
  "01120": STUDY.yogurt, // fruit, low fat, 9 g protein
  "01121": STUDY.yogurt, // fruit, low fat, 10 g protein
  "01122": STUDY.yogurt, // fruit, low fat, 11 g protein
  "01184": STUDY.yogurt, // vanilla or lemon, nonfat, low-calorie sweetener
  "01187": STUDY.yogurt, // chocolate, nonfat
  "01203": STUDY.yogurt, // fruit, lowfat, low calorie sweetener
  "01216": STUDY.yogurt, // fruit, low fat, 9 g protein, vitamin D
  "01217": STUDY.yogurt, // fruit, low fat, 10 g protein, vitamin D
  "01218": STUDY.yogurt, // fruit variety, nonfat, vitamin D
  "01219": STUDY.yogurt, // fruit, lowfat, low calorie sweetener, vitamin D
  "01220": STUDY.yogurt, // vanilla, low fat, vitamin D
  "01221": STUDY.yogurt, // vanilla or lemon, nonfat, low-calorie sweetener, vitamin D
  "01222": STUDY.yogurt, // chocolate, nonfat, vitamin D
  "01231": STUDY.yogurt, // vanilla, lowfat, low calorie sweetener
  "01295": STUDY.yogurt, // vanilla, non-fat
  "43261": STUDY.yogurt, // fruit variety, nonfat
  "01256": STUDY.yogurt, // Greek, plain, nonfat
  "01287": STUDY.yogurt, // Greek, plain, lowfat
  "01293": STUDY.yogurt, // Greek, plain, whole milk
  "01294": STUDY.yogurt, // Greek, fruit, whole milk
  "01275": STUDY.yogurt, // Greek, nonfat, vanilla, CHOBANI
  "01281": STUDY.yogurt, // Greek, nonfat, strawberry, CHOBANI
  "01276": STUDY.yogurt, // Greek, strawberry, DANNON OIKOS
  "01278": STUDY.yogurt, // Greek, nonfat, vanilla, DANNON OIKOS
  "01280": STUDY.yogurt, // Greek, nonfat, strawberry, DANNON OIKOS
  "01284": STUDY.yogurt, // Greek, strawberry, lowfat
  "01285": STUDY.yogurt, // Greek, strawberry, nonfat
  "01286": STUDY.yogurt, // Greek, vanilla, nonfat
  "01297": STUDY.yogurt, // Greek, vanilla, lowfat

  // Cheddar
  "01009": STUDY.cheddar, // cheddar
  "01270": STUDY.cheddar, // cheddar, sharp, sliced
  "01260": STUDY.cheddar, // cheddar, reduced fat
  "01265": STUDY.cheddar, // cheddar, nonfat or fat free
  "01182": STUDY.cheddar, // USDA commodity cheddar, reduced fat
  "01168": STUDY.cheddar, // low fat, cheddar or colby
  "01169": STUDY.cheddar, // low-sodium, cheddar or colby

  // Other hard and semi-hard cow's-milk cheeses (not sheep or goat: roquefort, feta, romano, gjetost, goat)
  "01004": STUDY.hardCheese, // blue
  "01005": STUDY.hardCheese, // brick
  "01008": STUDY.hardCheese, // caraway
  "01010": STUDY.hardCheese, // cheshire
  "01011": STUDY.hardCheese, // colby
  "01018": STUDY.hardCheese, // edam
  "01020": STUDY.hardCheese, // fontina
  "01022": STUDY.hardCheese, // gouda
  "01023": STUDY.hardCheese, // gruyere
  "01025": STUDY.hardCheese, // monterey
  "42155": STUDY.hardCheese, // monterey, low fat
  "01030": STUDY.hardCheese, // muenster
  "42303": STUDY.hardCheese, // muenster, low fat
  "01032": STUDY.hardCheese, // parmesan, grated
  "01033": STUDY.hardCheese, // parmesan, hard
  "01146": STUDY.hardCheese, // parmesan, shredded
  "01204": STUDY.hardCheese, // parmesan, dry grated, reduced fat
  "43340": STUDY.hardCheese, // parmesan, low sodium
  "01034": STUDY.hardCheese, // port de salut
  "01035": STUDY.hardCheese, // provolone
  "01208": STUDY.hardCheese, // provolone, reduced fat
  "01040": STUDY.hardCheese, // swiss
  "01266": STUDY.hardCheese, // swiss, nonfat or fat free
  "43405": STUDY.hardCheese, // swiss, low sodium
  "43589": STUDY.hardCheese, // swiss, low fat
  "01041": STUDY.hardCheese, // tilsit
  "01165": STUDY.hardCheese, // mexican, queso anejo
  "01166": STUDY.hardCheese, // mexican, queso asadero
  "01167": STUDY.hardCheese, // mexican, queso chihuahua
  "01227": STUDY.hardCheese, // dry white, queso seco
  "01267": STUDY.hardCheese, // mexican, queso cotija
  "01251": STUDY.hardCheese, // mexican blend
  "01209": STUDY.hardCheese, // mexican blend, reduced fat

  // Fresh and soft cow's-milk cheeses
  "01012": STUDY.freshCheese, // cottage, creamed
  "01013": STUDY.freshCheese, // cottage, creamed, with fruit
  "01014": STUDY.freshCheese, // cottage, nonfat, uncreamed
  "01015": STUDY.freshCheese, // cottage, lowfat, 2%
  "01016": STUDY.freshCheese, // cottage, lowfat, 1%
  "42235": STUDY.freshCheese, // cottage, lowfat, 1%, lactose reduced
  "43352": STUDY.freshCheese, // cottage, lowfat, 1%, no sodium added
  "01036": STUDY.freshCheese, // ricotta, whole milk
  "01037": STUDY.freshCheese, // ricotta, part skim
  "01026": STUDY.freshCheese, // mozzarella, whole milk
  "01027": STUDY.freshCheese, // mozzarella, whole milk, low moisture
  "01028": STUDY.freshCheese, // mozzarella, part skim
  "01029": STUDY.freshCheese, // mozzarella, low moisture, part-skim
  "01271": STUDY.freshCheese, // mozzarella, low moisture, part-skim, shredded
  "42304": STUDY.freshCheese, // mozzarella, nonfat
  "43597": STUDY.freshCheese, // mozzarella, low sodium
  "01006": STUDY.freshCheese, // brie
  "01007": STUDY.freshCheese, // camembert
  "01024": STUDY.freshCheese, // limburger
  "01228": STUDY.freshCheese, // queso fresco
  "01229": STUDY.freshCheese, // queso blanco

  // Cheese food
  "01045": STUDY.cheeseFood, // cold pack, American
  "01046": STUDY.cheeseFood, // pasteurized process, American, vitamin D
  "01254": STUDY.cheeseFood, // pasteurized process, American, without vitamin D
  "01047": STUDY.cheeseFood, // pasteurized process, swiss
});

const NOT_MEASURED: CalciumAbsorption = Object.freeze({
  relative: 1,
  measured: false,
  source: ABSORPTION_NOT_MEASURED,
  basis: "milk",
});

/** How a food's calcium is absorbed relative to milk's, with the study behind the figure. */
export function calciumAbsorption(foodId: string): CalciumAbsorption {
  const row = Object.hasOwn(FOODS, foodId) ? FOODS[foodId] : undefined;
  return { ...(row ?? NOT_MEASURED) };
}

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

/** A food's calcium in milk-equivalent mg: calciumMg × relative. */
export function absorbableCalciumMg(foodId: string, calciumMg: number): number {
  return calciumMg * calciumAbsorption(foodId).relative;
}

/** "Heaney RP, Weaver CM, Recker RR. Calcium absorbability… 1988;47…" -> "Heaney et al. 1988". */
export function shortCitation(source: string): string {
  const author = /^([A-Z][\p{L}'-]+)/u.exec(source)?.[1];
  const year = /\b(19|20)\d{2}\b/.exec(source)?.[0];
  if (!author || !year) return source;
  const several = /^[^.]*,/.test(source);
  return `${author}${several ? " et al." : ""} ${year}`;
}

type DayCalcium = {
  totals: { calcium: number };
  calciumAbsorbable: number;
  contributions: readonly { foodId: string; calcium: number | null }[];
  fromSupplements: { calcium: number };
};

/** Whether the day's calcium as absorbed differs from its label calcium by more than 10%: then the app says so. */
export const absorbedDiffers = (label: number, absorbed: number) => label > 0 && Math.abs(absorbed - label) > 0.1 * label;

/**
 * What a person reads when the day's calcium as absorbed differs from its label calcium by more than 10%: the two
 * figures, which foods make the difference, and the studies behind them. Null when they are within 10%.
 */
export function calciumAsAbsorbedNote(day: DayCalcium): { text: string; sources: string[] } | null {
  const label = day.totals.calcium;
  const absorbed = day.calciumAbsorbable;
  if (!absorbedDiffers(label, absorbed)) return null;
  const differing = day.contributions
    .filter((c) => (c.calcium ?? 0) > 0)
    .map((c) => calciumAbsorption(c.foodId))
    .filter((a) => a.measured && Math.abs(a.relative - 1) >= 0.1);
  const sources = [...new Set([...differing.map((a) => a.source), ...(day.fromSupplements.calcium > 0 ? [SUPPLEMENT_CALCIUM_ABSORPTION.source] : [])])];
  const less = [...new Set(differing.filter((a) => a.relative < 1).map((a) => a.basis))];
  const more = [...new Set(differing.filter((a) => a.relative > 1).map((a) => a.basis))];
  // The side that moves the total comes first: "less easily … (more easily from whole-wheat bread)".
  const [first, second] = absorbed < label ? [{ foods: less, how: "less" }, { foods: more, how: "more" }] : [{ foods: more, how: "more" }, { foods: less, how: "less" }];
  const because =
    first.foods.length > 0
      ? `, because the calcium in ${listWords(first.foods)} is absorbed ${first.how} easily than milk's${second.foods.length > 0 ? ` (in ${listWords(second.foods)}, ${second.how} easily)` : ""}`
      : "";
  return {
    text: `Calcium as absorbed: the day's ${formatWhole(label)} mg of calcium count as about ${formatWhole(absorbed)} mg of milk calcium${because}.`,
    sources,
  };
}
