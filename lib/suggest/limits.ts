// Upper limits judged on the day with the plan: every limit of the person's standard (a UL on the whole diet, a UL or
// UK guidance level on supplements), and, where the standard sets none on calcium from food and supplements together,
// the US/Canada UL for the age as the plan's ceiling. The plan never crosses a limit on the diet (model.ts keeps
// calcium under it); these notes name every limit the day with the plan comes within 10% of, and every one the
// person's supplements already pass.
import { formatWhole, listWords } from "../format";
import { MINERAL_LABELS, MINERALS } from "../constants";
import { calciumPlanCeiling } from "../intake/intakes";
import type { Analysis, Mineral, UpperLimitKind, UpperLimitScope } from "../schema/analysis";
import type { Profile, Supplement } from "../schema/day";

/** A day with the plan this close to a limit (as a share of it) is said to be near it. */
export const NEAR_LIMIT_SHARE = 0.9;

export type PlanLimit = {
  mineral: Mineral;
  amount: number;
  scope: UpperLimitScope;
  kind: UpperLimitKind;
  /** Who set it, as a short citation: "NASEM 2011", "Expert Group on Vitamins and Minerals 2003". */
  source: string;
  /** true for the app's calcium ceiling (the US/Canada UL), used where the person's standard sets no diet limit. */
  ceiling: boolean;
};

/** "NASEM 2011: UL for calcium from food and supplements together" → "NASEM 2011". */
const shortSource = (source: string) => source.split(":")[0]!.trim();

/** The limits a plan for this person is judged against: the standard's own, then the calcium ceiling if it applies. */
export function planLimits(analysis: Analysis, profile: Profile | null): PlanLimit[] {
  const own = MINERALS.flatMap((mineral): PlanLimit[] => {
    const t = analysis.targets[mineral];
    if (t.upperLimit === null || t.upperLimitAppliesTo === null || t.upperLimitKind === null) return [];
    return [{ mineral, amount: t.upperLimit, scope: t.upperLimitAppliesTo, kind: t.upperLimitKind, source: shortSource(t.upperLimitSource ?? t.source), ceiling: false }];
  });
  const ceiling = profile ? calciumPlanCeiling(profile) : null;
  return ceiling ? [...own, { mineral: "calcium", amount: ceiling.amount, scope: "diet", kind: "UL", source: shortSource(ceiling.source), ceiling: true }] : own;
}

/** The calcium limit on the whole diet that the plan keeps under: the standard's UL, or the ceiling; null if none. */
export function dietCalciumLimit(limits: readonly PlanLimit[]): number | null {
  return limits.find((l) => l.mineral === "calcium" && l.scope === "diet")?.amount ?? null;
}

const lower = (m: Mineral) => MINERAL_LABELS[m].toLowerCase();

function limitWords(limit: PlanLimit): string {
  const kind = limit.kind === "guidance" ? "UK guidance level" : "upper limit (UL)";
  const scope = limit.scope === "diet" ? "from food and supplements together" : "from supplements and medicines";
  return `the ${formatWhole(limit.amount)} mg ${kind} for ${lower(limit.mineral)} ${scope} (${limit.source})`;
}

/** The supplements that carry a mineral, by name: " (Calcium carbonate, Multivitamin)". */
function supplementNames(supplements: readonly Supplement[], mineral: Mineral): string {
  const names = supplements.filter((s) => s[mineral] > 0 && s.count > 0).map((s) => s.name);
  return names.length > 0 ? ` (${listWords(names)})` : "";
}

export type LimitNoteInput = {
  analysis: Analysis;
  /** The day's totals with the plan added (label mg). */
  after: Record<Mineral, number>;
  limits: readonly PlanLimit[];
  supplements: readonly Supplement[];
  /** The day's largest source of calcium before the plan: "Cheese, parmesan (1,954 mg)". */
  topCalcium: string | null;
  /** The person's standard, named in the ceiling's note. */
  standardName: string;
  /** The day was near its calcium limit before the plan, so the plan priced calcium (model.ts). */
  calciumNear: boolean;
};

/**
 * One note for each limit the day with the plan passes or comes within 10% of. A limit on supplements is judged on
 * the supplements alone (the plan adds only food, which does not count toward it).
 */
export function limitNotes({ analysis, after, limits, supplements, topCalcium, standardName, calciumNear }: LimitNoteInput): string[] {
  const notes: string[] = [];
  for (const limit of limits) {
    if (limit.scope === "supplements") {
      const taken = analysis.fromSupplements[limit.mineral];
      if (taken < NEAR_LIMIT_SHARE * limit.amount) continue;
      const where = taken > limit.amount ? "over" : taken === limit.amount ? "at" : "within 10% of";
      notes.push(
        `Your supplements${supplementNames(supplements, limit.mineral)} give ${formatWhole(taken)} mg of ${lower(limit.mineral)} a day: ${where} ${limitWords(limit)}.${taken > limit.amount ? " Ask a doctor or pharmacist before taking this much." : ""} The plan adds only food, which does not count toward it.`,
      );
      continue;
    }
    const before = analysis.totals[limit.mineral];
    const total = after[limit.mineral];
    if (total < NEAR_LIMIT_SHARE * limit.amount) continue;
    const ceiling = limit.ceiling ? `${standardName} set no limit on ${lower(limit.mineral)} from food and supplements together for your group, so the plan keeps under the US/Canada one. ` : "";
    const largest = limit.mineral === "calcium" && topCalcium ? ` Before the plan, the day's largest source of calcium is ${topCalcium}.` : "";
    // Near or past a limit on the whole diet, tablets are the part to ask about.
    const tablets =
      analysis.fromSupplements[limit.mineral] > 0 ? ` Ask a doctor or pharmacist whether you need your ${lower(limit.mineral)} supplements at this dose.` : "";
    if (before > limit.amount) {
      notes.push(`${ceiling}${MINERAL_LABELS[limit.mineral]} is already over ${limitWords(limit)}: ${formatWhole(before)} mg a day before the plan, so the plan adds the foods lowest in it.${largest}${tablets}`);
    } else {
      const lowFoods = calciumNear && limit.mineral === "calcium" ? " The day was already near it, so the plan uses foods low in calcium." : "";
      // Only a food the person kept (a swap) can take the day past it: the model's limit row leaves it room.
      const where = total > limit.amount ? "over" : "within 10% of";
      const kept = total > limit.amount ? " A food you kept in the plan takes it there: swap it back." : "";
      notes.push(`${ceiling}With the plan, ${lower(limit.mineral)} comes to ${formatWhole(total)} mg a day: ${where} ${limitWords(limit)}.${kept}${lowFoods}${largest}${tablets}`);
    }
  }
  return notes;
}
