// Supplements: common presets with their elemental mineral per unit, each with its source, and what the app says
// when supplements pass an upper limit or carry potassium.
import { formatWhole } from "../format";
import { MINERAL_LABELS, MINERALS } from "../constants";
import { judgedIntake } from "./words";
import type { Analysis, Mineral } from "../schema/analysis";
import type { Supplement } from "../schema/day";

/** `source`: how the elemental amount was worked out (formula, share, reference), listed under Sources. */
export type SupplementPreset = Supplement & { id: string; source: string };

/** What the page says under the chosen preset: the elemental amount in plain words; the working is in Sources. */
export function presetInWords(preset: SupplementPreset): string {
  const minerals = MINERALS.filter((m) => preset[m] > 0).map((m) => `${formatWhole(preset[m])} mg of ${MINERAL_LABELS[m].toLowerCase()}`);
  return `One ${preset.name.toLowerCase().replace(/,.*$/, "")} tablet of that size gives about ${minerals.join(" and ")} (the working is under Sources).`;
}

// Elemental shares from the salts' formulas, with IUPAC standard atomic weights (Mg 24.305, Ca 40.078, K 39.098,
// C 12.011, H 1.008, N 14.007, O 15.999). Tablet sizes are common strengths; a label's "Supplement Facts" gives the
// elemental amount of the product in hand, which is what to enter.
export const SUPPLEMENT_PRESETS: readonly SupplementPreset[] = [
  {
    id: "mg-citrate",
    name: "Magnesium citrate, 500 mg tablet",
    magnesium: 81,
    potassium: 0,
    calcium: 0,
    count: 1,
    source: "Trimagnesium dicitrate, Mg₃(C₆H₅O₇)₂, is 16.2% magnesium (72.9 / 451.1 g/mol): 500 mg holds 81 mg.",
  },
  {
    id: "mg-oxide",
    name: "Magnesium oxide, 400 mg tablet",
    magnesium: 241,
    potassium: 0,
    calcium: 0,
    count: 1,
    source: "Magnesium oxide, MgO, is 60.3% magnesium (24.3 / 40.3 g/mol): 400 mg holds 241 mg.",
  },
  {
    id: "mg-glycinate",
    name: "Magnesium glycinate, 500 mg tablet",
    magnesium: 70,
    potassium: 0,
    calcium: 0,
    count: 1,
    source: "Magnesium bisglycinate, Mg(C₂H₄NO₂)₂, is 14.1% magnesium (24.3 / 172.4 g/mol): 500 mg holds 70 mg.",
  },
  {
    id: "ca-carbonate",
    name: "Calcium carbonate, 1,250 mg tablet",
    magnesium: 0,
    potassium: 0,
    calcium: 500,
    count: 1,
    source: "Calcium carbonate is 40% calcium by weight (NIH Office of Dietary Supplements, Calcium fact sheet): 1,250 mg holds 500 mg.",
  },
  {
    id: "ca-citrate",
    name: "Calcium citrate, 950 mg tablet",
    magnesium: 0,
    potassium: 0,
    calcium: 200,
    count: 1,
    source: "Calcium citrate is 21% calcium by weight (NIH Office of Dietary Supplements, Calcium fact sheet): 950 mg holds 200 mg.",
  },
  {
    id: "k-gluconate",
    name: "Potassium gluconate, 595 mg tablet",
    magnesium: 0,
    potassium: 99,
    calcium: 0,
    count: 1,
    source:
      "Potassium gluconate, C₆H₁₁KO₇, is 16.7% potassium (39.1 / 234.2 g/mol): 595 mg holds 99 mg, the most that potassium supplements sold without prescription usually provide (NIH Office of Dietary Supplements, Potassium fact sheet).",
  },
];

/** Said wherever a supplement with potassium is in the day. */
export const POTASSIUM_SUPPLEMENT_CAUTION =
  "Potassium supplements can be dangerous with kidney disease, or with medicines that raise potassium (some blood-pressure and heart medicines, such as ACE inhibitors, angiotensin receptor blockers and potassium-sparing diuretics): ask your doctor before taking them.";

/** One plain sentence for each mineral above its upper limit, saying which intake the limit judges and its kind. */
export function upperLimitWarnings(analysis: Analysis): { mineral: Mineral; text: string }[] {
  return MINERALS.filter((m) => analysis.status[m] === "above-upper-limit").map((mineral) => {
    const target = analysis.targets[mineral];
    // A mineral above its limit has one, so the intake judged is never null.
    const amount = judgedIntake(target, analysis.totals[mineral], analysis.fromSupplements[mineral])!;
    const whose = target.upperLimitAppliesTo === "diet" ? "from food and supplements together" : "from your supplements";
    const limit = target.upperLimitKind === "guidance" ? "UK guidance level (guidance, not a UL)" : "upper limit (UL)";
    const scope = target.upperLimitAppliesTo === "diet" ? "" : ` for ${mineral} from supplements and medicines`;
    const foodNote = target.upperLimitAppliesTo === "supplements" ? ` ${MINERAL_LABELS[mineral]} in food does not count toward it.` : "";
    const risk = mineral === "magnesium" ? " Too much can cause diarrhoea, nausea and stomach cramps." : "";
    return {
      mineral,
      text: `${MINERAL_LABELS[mineral]}: ${formatWhole(amount)} mg a day ${whose}, above the ${formatWhole(target.upperLimit!)} mg ${limit}${scope}.${foodNote}${risk} Ask a doctor or pharmacist before taking this much.`,
    };
  });
}

/**
 * Said beside the supplements: each limit the supplements pass, on the part it covers ("Supplements: 482 mg of
 * magnesium a day, above the 350 mg limit for magnesium from supplements."), or the total a diet-wide limit judges
 * with the supplements' share of it.
 */
export function supplementLimitNotes(analysis: Analysis): string[] {
  return MINERALS.filter((m) => analysis.status[m] === "above-upper-limit" && analysis.fromSupplements[m] > 0).map((mineral) => {
    const target = analysis.targets[mineral];
    const name = MINERAL_LABELS[mineral].toLowerCase();
    const limit = `${formatWhole(target.upperLimit!)} mg ${target.upperLimitKind === "guidance" ? "guidance level" : "limit"}`;
    return target.upperLimitAppliesTo === "supplements"
      ? `Supplements: ${formatWhole(analysis.fromSupplements[mineral])} mg of ${name} a day, above the ${limit} for ${name} from supplements. Ask a doctor or pharmacist before taking this much.`
      : `Food and supplements: ${formatWhole(analysis.totals[mineral])} mg of ${name} a day, above the ${limit} for all ${name}; the supplements give ${formatWhole(analysis.fromSupplements[mineral])} mg of it. Ask a doctor or pharmacist before taking this much.`;
  });
}

/** True when any supplement of the day carries potassium. */
export const hasPotassiumSupplement = (supplements: readonly Supplement[]) => supplements.some((s) => s.potassium > 0 && s.count > 0);
