// The sentences a person reads about a day's numbers, each written once: the main page, the doctor's report and the
// CSV take them from here, so the three cannot say the same thing three ways. (The calcium-as-absorbed sentence is
// lib/intake/absorption.ts's countedCalciumNote: it needs the study table, which the page loads only when needed.)
import { byMineral, MAX_DAYS, MINERAL_LABELS, MINERALS } from "../constants";
import { formatWhole, listWords } from "../format";
import { AI_SENTENCE, INTAKE_KIND_NAMES, RDA_SENTENCE } from "../intake/words";
import type { Analysis, IntakeKind, Mineral, Target, Usual } from "../schema/analysis";
import type { Condition } from "../schema/day";

const lower = (mineral: Mineral) => MINERAL_LABELS[mineral].toLowerCase();

/** How much of each total comes from supplements, for the minerals they carry; null when none do. */
export function fromSupplementsNote(analysis: Analysis): string | null {
  const parts = MINERALS.filter((m) => analysis.fromSupplements[m] > 0).map((m) => `${formatWhole(analysis.fromSupplements[m])} mg of ${lower(m)}`);
  return parts.length > 0 ? `Of these totals, supplements give ${listWords(parts)}.` : null;
}

/**
 * Why a total is "at least": the foods USDA gives no value for, mineral by mineral (minerals that miss the same foods
 * share one clause), as a lead and the rest, so the page can set the lead in bold. Null when every total is complete.
 */
export function atLeastNote(analysis: Analysis): { lead: string; text: string } | null {
  const byFoods = new Map<string, Mineral[]>();
  for (const mineral of MINERALS) {
    if (analysis.complete[mineral]) continue;
    const foods = analysis.missing.filter((f) => f.nutrients.includes(mineral)).map((f) => f.name).join("; ");
    byFoods.set(foods, [...(byFoods.get(foods) ?? []), mineral]);
  }
  if (byFoods.size === 0) return null;
  const clauses = [...byFoods].map(([foods, minerals]) => `${listWords(minerals.map(lower))} in ${foods}`);
  return {
    lead: "Totals are at least what is shown:",
    text: `USDA has no value for ${clauses.join("; nor for ")}. Unknown is not counted as zero: the true total may be higher and the gap smaller.`,
  };
}

/** The "at least" note as one sentence, for the report and the CSV. */
export function atLeastSentence(analysis: Analysis): string | null {
  const note = atLeastNote(analysis);
  return note ? `${note.lead} ${note.text}` : null;
}

/** A target in words: "320 mg a day, the Recommended Dietary Allowance (RDA) for females, 31+ years. Source: …". */
export function targetText(target: Target): string {
  return `${formatWhole(target.amount)} mg a day, the ${INTAKE_KIND_NAMES[target.kind]} (${target.kind}) for ${target.group}. Source: ${target.source}.`;
}

/**
 * An upper limit in words: the mineral, its amount, its kind (a UL, or UK guidance that is not a UL), what it covers,
 * and its source in full (which can narrow the cover further: EFSA's magnesium UL is for supplements and fortified
 * foods). When the standard sets none for this group, it says so.
 */
export function upperLimitText(mineral: Mineral, target: Target): string {
  if (target.upperLimit === null || target.upperLimitAppliesTo === null) {
    return `${MINERAL_LABELS[mineral]}: no upper limit is set for this group under this standard${mineral === "potassium" ? " (none for potassium from food)" : ""}.`;
  }
  const kind = target.upperLimitKind === "guidance" ? "a UK guidance level (guidance, not a tolerable upper limit)" : "the tolerable upper intake level (UL)";
  const scope =
    target.upperLimitAppliesTo === "diet"
      ? "from food and supplements together"
      : `from supplements and medicines only: ${lower(mineral)} in food does not count toward it, so a food total above it is not a warning`;
  // The UK sources end their own wording with "(guidance, not a UL)", which the kind above already says.
  const source = target.upperLimitSource ? ` Source: ${target.upperLimitSource.replace(" (guidance, not a UL)", "")}.` : "";
  return `${MINERAL_LABELS[mineral]} upper limit: ${formatWhole(target.upperLimit)} mg a day, ${kind}, ${scope}.${source}`;
}

export type TargetNote = { mineral: Mineral; label: string; target: string; upperLimit: string };

/** Each target in plain words with its group and source, and its upper limit (or that there is none). */
export function targetNotes(analysis: Analysis): TargetNote[] {
  return MINERALS.map((mineral) => ({
    mineral,
    label: MINERAL_LABELS[mineral],
    target: targetText(analysis.targets[mineral]),
    upperLimit: upperLimitText(mineral, analysis.targets[mineral]),
  }));
}

/** What the kinds of target mean: the RDA sentence where one is an RDA, PRI or RNI, the AI sentence where one is an AI. */
export function targetKindsNotes(analysis: Analysis): string[] {
  const kinds = MINERALS.map((m) => analysis.targets[m].kind);
  return [...(kinds.some((k) => k !== "AI") ? [RDA_SENTENCE] : []), ...(kinds.includes("AI") ? [AI_SENTENCE] : [])];
}

/** Potassium and the kidneys: said under the targets on the page and in the report. */
export const POTASSIUM_KIDNEY_NOTE =
  "People with kidney disease, or who take some blood-pressure or heart medicines, should ask their doctor how much potassium is right for them.";

const CONDITION_WORDS: Record<Condition, string> = {
  "kidney-disease": "chronic kidney disease",
  "potassium-raising-medicine": "a medicine that raises potassium",
};

/** The conditions a person gave, in words: "chronic kidney disease and a medicine that raises potassium". */
export function conditionsInWords(conditions: readonly Condition[]): string {
  return listWords(conditions.map((c) => CONDITION_WORDS[c]));
}

/** Whether a mineral's target is set aside for this person: potassium, with kidney disease or a medicine that raises it. */
export function targetHeld(mineral: Mineral, conditions: readonly Condition[] = []): boolean {
  return mineral === "potassium" && conditions.length > 0;
}

/** The potassium bar's and row's words for a person with a condition that holds potassium down. */
export const HELD_POTASSIUM_STATUS = "AI does not apply: ask your doctor";

/** Under the potassium target, for a person with a condition that holds potassium down; null without one. */
export function potassiumTargetNote(conditions: readonly Condition[] = []): string | null {
  if (conditions.length === 0) return null;
  return `With ${conditionsInWords(conditions)}, the potassium target (an intake for healthy people) does not apply: ask your doctor how much potassium is right for you.`;
}

/**
 * In the suggestions' notes, for a person with a condition that holds potassium down; null without one. `addedMg`:
 * the potassium the plan's foods bring (no food is free of it), said so the person can check it with their doctor.
 */
export function potassiumPlanNote(conditions: readonly Condition[] = [], addedMg = 0): string | null {
  if (conditions.length === 0) return null;
  const kidneys = conditions.includes("kidney-disease")
    ? " This app does not track phosphorus or count sodium toward a limit: check the plan with your doctor or a kidney dietitian."
    : "";
  const added = addedMg >= 0.5 ? ` Its foods still bring ${formatWhole(addedMg)} mg of potassium.` : "";
  return `Potassium is kept as low as the plan can: with ${conditionsInWords(conditions)}, how much potassium is right is for your doctor to say, so the plan closes magnesium and calcium with the foods lowest in potassium, and potassium is not a gap to close.${added}${kidneys}`;
}

/** A probability as a person reads it: "about 84%", "over 99%", "under 1%". */
function likelihood(probability: number): string {
  if (probability > 0.99) return "over 99%";
  if (probability < 0.01) return "under 1%";
  return `about ${Math.round(probability * 100)}%`;
}

/**
 * How sure the days say a mineral's usual intake is enough (lib/intake/usual.ts), in plain words: "3 days averaging
 * 330 mg: about 84% likely your usual magnesium is enough; 4 more days would make the answer surer." `mean` is the
 * average that was judged (calcium: as it counts toward the target). Against an AI the days never say "short".
 */
export function usualSentence(mineral: Mineral, adequacy: Usual["adequacy"][Mineral], mean: number, days: number, referenceKind: IntakeKind): string {
  const lead = days === 1 ? `1 day at ${formatWhole(mean)} mg` : `${days} days averaging ${formatWhole(mean)} mg`;
  const sure = likelihood(adequacy.probability);
  // "Would not settle it" only where the answer is still open and stays open over the most days the page keeps.
  const more = adequacy.moreDays
    ? `; ${adequacy.moreDays} more ${adequacy.moreDays === 1 ? "day" : "days"} would make the answer surer`
    : adequacy.verdict === "possibly-short" && days < MAX_DAYS
      ? "; more days would not settle it, as the average is close to the average requirement"
      : "";
  switch (adequacy.verdict) {
    case "likely-adequate":
      return `${lead}: ${sure} likely your usual ${lower(mineral)} is enough${more}.`;
    case "possibly-short":
      return `${lead}: ${sure} likely your usual ${lower(mineral)} is enough, so it may be short${more}.`;
    case "likely-short":
      return `${lead}: only ${sure} likely your usual ${lower(mineral)} is enough, so it is probably short${more}.`;
    case "cannot-tell":
      return `${lead}: ${days === 1 ? "one day can't" : "the days can't"} tell whether your usual ${lower(mineral)} is enough. ${days === 1 ? "It is" : "They are"} ${sure} sure it reaches the ${INTAKE_KIND_NAMES[referenceKind]} (${formatWhole(adequacy.reference)} mg), ${referenceKind === "AI" ? "which is not a requirement: being under it does not show a shortfall" : "which covers nearly everyone: being under it does not by itself show a shortfall"}${more}.`;
  }
}

/** A figure toward the target: calcium as it counts (the one calcium figure), the others as on the label. */
export const towardTarget = (mineral: Mineral, totals: Record<Mineral, number>, calciumCounted: number) =>
  mineral === "calcium" ? calciumCounted : totals[mineral];

/**
 * How sure the days are, mineral by mineral, in the words the page, the report and the CSV share: each judged on its
 * average toward the target; a potassium target a health condition sets aside is not judged.
 */
export function usualSentences(usual: Usual, targets: Analysis["targets"], conditions: readonly Condition[] = []): Record<Mineral, string> {
  const countedMean = usual.perDay.reduce((sum, d) => sum + d.calciumCounted, 0) / usual.perDay.length;
  return byMineral((m) =>
    targetHeld(m, conditions) ? HELD_POTASSIUM_USUAL : usualSentence(m, usual.adequacy[m], towardTarget(m, usual.mean, countedMean), usual.days, targets[m].kind),
  );
}

/** How sure, for a held potassium target: no verdict against an AI that does not apply to this person. */
export const HELD_POTASSIUM_USUAL = "the Adequate Intake does not apply with your health conditions, so the days are not judged against it: ask your doctor how much potassium is right for you.";

/** Where the figures behind the how-sure sentences come from, in one line. */
export const USUAL_METHOD_NOTE =
  "How sure: the method of the Institute of Medicine (2000, Dietary Reference Intakes: Applications in Dietary Assessment). Intake swings from day to day, so a few days' average is an estimate; the more days, the surer.";

/** "Sunday has no foods, so it is left out of the average.": said wherever the days' average is. */
export function emptyDaysNote(days: readonly { label: string; entries: readonly unknown[] }[]): string | null {
  const empty = days.filter((d) => d.entries.length === 0).map((d) => d.label);
  if (empty.length === 0 || empty.length === days.length) return null;
  return `${listWords(empty)} ${empty.length === 1 ? "has" : "have"} no foods, so ${empty.length === 1 ? "it is" : "they are"} left out of the average.`;
}
