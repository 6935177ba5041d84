// The words and small rules of the reference intakes that the page needs at once (the standards' names, what each
// kind of target means, which intake a limit judges), apart from intakes.ts's tables, so that the page's first load
// does not carry every table (docs/benchmarks.md, issue 22). intakes.ts re-exports them.
import type { IntakeKind, Target } from "../schema/analysis";
import type { Standard } from "../schema/day";

export const STANDARD_NAMES: Record<Standard, string> = {
  us: "US/Canada Dietary Reference Intakes (NASEM)",
  efsa: "EFSA Dietary Reference Values (EU)",
  uk: "UK Dietary Reference Values (COMA 1991)",
};

/** What each kind of target is, in plain words. */
export const INTAKE_KIND_NAMES: Record<IntakeKind, string> = {
  RDA: "Recommended Dietary Allowance",
  AI: "Adequate Intake",
  PRI: "Population Reference Intake",
  RNI: "Reference Nutrient Intake",
};

/** One sentence wherever a target is an Adequate Intake: under it is not a shortfall. */
export const AI_SENTENCE =
  "An Adequate Intake (AI) is the amount that appears enough; being under it does not show a deficiency.";

/** One sentence for the targets that cover nearly everyone (RDA, PRI, RNI). */
export const RDA_SENTENCE = "An RDA, PRI or RNI covers the needs of nearly all healthy people; many need less.";

/**
 * The intake a target's upper limit judges: food and supplements together for a limit on the whole diet (calcium, US
 * and EFSA), supplements alone for a limit on supplements (magnesium everywhere, the UK's guidance levels); null when
 * there is no limit.
 */
export function judgedIntake(target: Target, total: number, fromSupplements: number): number | null {
  if (target.upperLimitAppliesTo === "diet") return total;
  return target.upperLimitAppliesTo === "supplements" ? fromSupplements : null;
}
