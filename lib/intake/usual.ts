// How sure one can be that a person's usual intake is adequate, from the average of the days they recorded: the
// method of IOM 2000, Dietary Reference Intakes: Applications in Dietary Assessment (ch. 3, Appendix B). Intake swings
// from day to day, so a few days' average is an estimate of the usual intake; the fewer the days, the less sure.
import { requirementFor } from "./requirements";
import { targetFor } from "./intakes";
import { byMineral, MAX_DAYS } from "../constants";
import type { Analysis, Mineral, Usual } from "../schema/analysis";
import type { Profile } from "../schema/day";

/**
 * Day-to-day variation of intake (SD within a person), from the survey IOM 2000 used (CSFII 1994–96), for the one
 * group its worked examples give: women 19–50. Magnesium: ch. 3's example (a woman of 40, three days at 320 mg) adds
 * SD²/3 to the requirement's variance (26.5² = 702) to reach 3,162, so SD² = 3 × 2,460 and SD = 86 mg. Calcium:
 * Table 3-2, footnote b, 325 mg for women 19–50 (Appendix Table B-2).
 */
export const SD_WITHIN_CITED = {
  magnesium: { sd: 86, at: 320, source: "IOM 2000, Applications in Dietary Assessment, ch. 3 worked example (CSFII 1994–96), women 19–50" },
  calcium: { sd: 325, at: 1000, source: "IOM 2000, Applications in Dietary Assessment, Table 3-2 (CSFII 1994–96, Appendix Table B-2), women 19–50" },
} as const;

/**
 * The day-to-day SD of intake for this person, in mg. The app holds the cited figures for women 19–50 (above) and
 * scales them by the person's US/Canada target against that group's (320 mg magnesium, 1,000 mg calcium): the same
 * spread relative to what the body needs, an assumption said in the source. Potassium has no cited figure here: it is
 * given calcium's relative spread (325 on 1,000), the larger of the two, so that the answer errs toward "can't tell".
 */
export function sdWithinFor(profile: Profile, mineral: Mineral, mean = 0): { sd: number; source: string } {
  const usTarget = targetFor({ ...profile, standard: "us" }, mineral).amount;
  // Intake varies more the more one eats: above the target, the spread grows with the person's own average.
  const scale = Math.max(usTarget, mean);
  const byMean = mean > usTarget ? ` and to this person's average (${Math.round(mean)} mg, above the target)` : "";
  if (mineral === "potassium") {
    const { sd, at } = SD_WITHIN_CITED.calcium;
    return {
      sd: (sd / at) * scale,
      source: `no survey figure for potassium in this app: calcium's day-to-day spread (325 mg on 1,000 mg, ${SD_WITHIN_CITED.calcium.source}) scaled to the US/Canada potassium AI${byMean}`,
    };
  }
  const cited = SD_WITHIN_CITED[mineral];
  const sd = (cited.sd / cited.at) * scale;
  const scaled = usTarget === cited.at ? "" : `, scaled to this person's US/Canada target (${usTarget} mg against ${cited.at} mg)`;
  return { sd, source: `${cited.source}${scaled}${byMean}` };
}

/** Standard normal distribution function Φ(z) (Abramowitz & Stegun 7.1.26 for erf: error under 1.5 × 10⁻⁷). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** IOM 2000's test for a mineral with an average requirement: z = (mean − EAR) / √(SDr² + SDwithin² / n). */
export const zAgainstRequirement = (mean: number, ear: number, sdRequirement: number, sdWithin: number, days: number) =>
  (mean - ear) / Math.sqrt(sdRequirement ** 2 + sdWithin ** 2 / days);

/** IOM 2000's test against an Adequate Intake: z = (mean − AI) / (SDwithin / √n). */
export const zAgainstAdequateIntake = (mean: number, ai: number, sdWithin: number, days: number) => (mean - ai) / (sdWithin / Math.sqrt(days));

/** How likely the answer must be before it is said as "likely": IOM 2000 Table B-1's 85% (z of about 1). */
export const SURE_ENOUGH = 0.85;

export type Verdict = "likely-adequate" | "possibly-short" | "likely-short" | "cannot-tell";

export type Adequacy = {
  method: "EAR" | "AI";
  reference: number;
  sdWithin: number;
  sdRequirement: number | null;
  z: number;
  probability: number;
  verdict: Verdict;
  source: string;
};

/**
 * How sure one can be that this person's usual intake of a mineral is adequate, given the average of `days` recorded
 * days. With an average requirement (magnesium and calcium in US/Canada, calcium in EFSA, both in the UK) the answer
 * can be "likely short"; against an Adequate Intake it is "likely adequate" only with high confidence and otherwise
 * "can't tell", never "short": intake under an AI does not show a shortfall.
 */
export function adequacyFor(profile: Profile, mineral: Mineral, mean: number, days: number): Adequacy {
  const within = sdWithinFor(profile, mineral, mean);
  const requirement = requirementFor(profile, mineral);
  if (requirement) {
    const z = zAgainstRequirement(mean, requirement.amount, requirement.sd, within.sd, days);
    const probability = normalCdf(z);
    // One day is never enough to call an intake short: the day-to-day spread here is an estimate (sdWithinFor).
    const short: Verdict = days > 1 ? "likely-short" : "possibly-short";
    const verdict: Verdict = probability >= SURE_ENOUGH ? "likely-adequate" : probability <= 1 - SURE_ENOUGH ? short : "possibly-short";
    return {
      method: "EAR",
      reference: requirement.amount,
      sdWithin: within.sd,
      sdRequirement: requirement.sd,
      z,
      probability,
      verdict,
      source: `Method: IOM 2000, Applications in Dietary Assessment. Requirement: ${requirement.source}. Day-to-day SD: ${within.source}.`,
    };
  }
  const target = targetFor(profile, mineral);
  const z = zAgainstAdequateIntake(mean, target.amount, within.sd, days);
  const probability = normalCdf(z);
  return {
    method: "AI",
    reference: target.amount,
    sdWithin: within.sd,
    sdRequirement: null,
    z,
    probability,
    verdict: probability >= SURE_ENOUGH ? "likely-adequate" : "cannot-tell",
    source: `Method: IOM 2000, Applications in Dietary Assessment. Reference: the ${target.kind} (${target.source}). Day-to-day SD: ${within.source}.`,
  };
}

/** Once an answer is "likely", more days aim to make it 95% sure. */
const SETTLED = 0.95;

/**
 * How many more days, with the same average, would make the answer surer: to a "likely" verdict (85%) when it is not
 * one yet, else to 95%; either way against a requirement, and only toward "adequate" against an AI (days under an
 * AI never show a shortfall). Null when the days held already settle it, or when even MAX_DAYS would not (an average
 * close to the reference stays unsure however long).
 */
export function moreDaysToBeSure(profile: Profile, mineral: Mineral, mean: number, days: number): number | null {
  const now = adequacyFor(profile, mineral, mean, days);
  const aim = now.verdict === "likely-adequate" || now.verdict === "likely-short" ? SETTLED : SURE_ENOUGH;
  const reached = (n: number) => {
    const { probability, method, verdict } = adequacyFor(profile, mineral, mean, n);
    if (aim === SURE_ENOUGH) return verdict === "likely-adequate" || verdict === "likely-short";
    return probability >= aim || (method === "EAR" && probability <= 1 - aim);
  };
  if (reached(days)) return null;
  for (let n = days + 1; n <= MAX_DAYS; n++) if (reached(n)) return n - days;
  return null;
}

/** How sure one day's analysis says each mineral's usual intake is: the same test, with n = 1 (one day says little). */
export function usualOfOneDay(profile: Profile, analysis: Analysis, label: string): Usual {
  const toward = byMineral((m) => (m === "calcium" ? analysis.calciumCounted : analysis.totals[m]));
  return {
    days: 1,
    mean: analysis.totals,
    perDay: [{ label, totals: analysis.totals, calciumCounted: analysis.calciumCounted }],
    adequacy: byMineral((m) => ({ ...adequacyFor(profile, m, toward[m], 1), moreDays: moreDaysToBeSure(profile, m, toward[m], 1) })),
  };
}
