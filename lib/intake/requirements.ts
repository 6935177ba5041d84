// Average requirements (EAR, EFSA's AR, COMA's EAR) and the spread of requirements around them, every table with its
// source, for judging a usual intake (lib/intake/usual.ts). They sit beside the targets of intakes.ts, whose age
// bands and life stages they follow.
import { ADULT, inAges, INTAKES } from "./intakes";
import type { Mineral } from "../schema/analysis";
import type { LifeStage, Profile, Sex, Standard } from "../schema/day";

type RequirementRow = { ages: readonly [number, number]; sex?: Sex; lifeStage?: LifeStage; amount: number; sd: number };

/**
 * The median requirement of each standard that sets one (EAR, AR), with the spread of requirements around it (sd, mg).
 * Where a standard sets only an Adequate Intake (potassium everywhere, magnesium in EFSA) there is no row: a usual
 * intake is then judged against the AI (IOM 2000, Applications in Dietary Assessment, ch. 3 and Appendix B).
 */
export const REQUIREMENTS: Partial<Record<Standard, Partial<Record<Mineral, { source: string; rows: readonly RequirementRow[] }>>>> = {
  us: {
    magnesium: {
      // NASEM 1997 assumed a 10% coefficient of variation of requirements for every group: sd = 0.1 × EAR.
      source: "NASEM (Institute of Medicine) 1997: magnesium EAR; SD of requirement 10% of the EAR (the CV the RDA assumes)",
      rows: [
        { ages: [14, 18], lifeStage: "pregnant", amount: 335, sd: 33.5 },
        { ages: [19, 30], lifeStage: "pregnant", amount: 290, sd: 29 },
        { ages: [31, 50], lifeStage: "pregnant", amount: 300, sd: 30 },
        { ages: [14, 18], lifeStage: "lactating", amount: 300, sd: 30 },
        { ages: [19, 30], lifeStage: "lactating", amount: 255, sd: 25.5 },
        { ages: [31, 50], lifeStage: "lactating", amount: 265, sd: 26.5 },
        { ages: [1, 3], amount: 65, sd: 6.5 },
        { ages: [4, 8], amount: 110, sd: 11 },
        { ages: [9, 13], amount: 200, sd: 20 },
        { ages: [14, 18], sex: "male", amount: 340, sd: 34 },
        { ages: [14, 18], sex: "female", amount: 300, sd: 30 },
        { ages: [19, 30], sex: "male", amount: 330, sd: 33 },
        { ages: [19, 30], sex: "female", amount: 255, sd: 25.5 },
        { ages: [31, ADULT], sex: "male", amount: 350, sd: 35 },
        { ages: [31, ADULT], sex: "female", amount: 265, sd: 26.5 },
      ],
    },
    calcium: {
      // NASEM 2011 set each RDA two SDs of requirement above the EAR: sd = (RDA − EAR) ÷ 2, 100 mg for every group.
      source: "NASEM (Institute of Medicine) 2011: calcium EAR; SD of requirement (RDA − EAR) ÷ 2",
      rows: [
        { ages: [14, 18], lifeStage: "pregnant", amount: 1100, sd: 100 },
        { ages: [19, 50], lifeStage: "pregnant", amount: 800, sd: 100 },
        { ages: [14, 18], lifeStage: "lactating", amount: 1100, sd: 100 },
        { ages: [19, 50], lifeStage: "lactating", amount: 800, sd: 100 },
        { ages: [1, 3], amount: 500, sd: 100 },
        { ages: [4, 8], amount: 800, sd: 100 },
        { ages: [9, 18], amount: 1100, sd: 100 },
        { ages: [19, 50], amount: 800, sd: 100 },
        { ages: [51, 70], sex: "male", amount: 800, sd: 100 },
        { ages: [51, 70], sex: "female", amount: 1000, sd: 100 },
        { ages: [71, ADULT], amount: 1000, sd: 100 },
      ],
    },
  },
  efsa: {
    calcium: {
      // EFSA sets each PRI two SDs above the AR: sd = (PRI − AR) ÷ 2. The adult ARs apply in pregnancy and lactation.
      source: "EFSA NDA Panel 2015: calcium Average Requirement (AR); SD of requirement (PRI − AR) ÷ 2",
      rows: [
        { ages: [1, 3], amount: 390, sd: 30 },
        { ages: [4, 10], amount: 680, sd: 60 },
        { ages: [11, 17], amount: 960, sd: 95 },
        { ages: [18, 24], amount: 860, sd: 70 },
        { ages: [25, ADULT], amount: 750, sd: 100 },
      ],
    },
  },
  uk: {
    magnesium: {
      // COMA sets the RNI two SDs above the EAR: sd = (RNI − EAR) ÷ 2. COMA gives no EAR for breastfeeding.
      source: "COMA 1991: magnesium Estimated Average Requirement; SD of requirement (RNI − EAR) ÷ 2",
      rows: [
        { ages: [1, 3], amount: 65, sd: 10 },
        { ages: [4, 6], amount: 90, sd: 15 },
        { ages: [7, 10], amount: 150, sd: 25 },
        { ages: [11, 14], amount: 230, sd: 25 },
        { ages: [15, 18], amount: 250, sd: 25 },
        { ages: [19, ADULT], sex: "male", amount: 250, sd: 25 },
        { ages: [19, ADULT], sex: "female", amount: 200, sd: 35 },
      ],
    },
    calcium: {
      source: "COMA 1991: calcium Estimated Average Requirement; SD of requirement (RNI − EAR) ÷ 2",
      rows: [
        { ages: [1, 3], amount: 275, sd: 37.5 },
        { ages: [4, 6], amount: 350, sd: 50 },
        { ages: [7, 10], amount: 425, sd: 62.5 },
        { ages: [11, 18], sex: "male", amount: 750, sd: 125 },
        { ages: [11, 18], sex: "female", amount: 625, sd: 87.5 },
        { ages: [19, ADULT], amount: 525, sd: 87.5 },
      ],
    },
  },
};

/**
 * The average requirement for this person under their standard, with its spread and source; null where the standard
 * sets only an AI, or no requirement for the person's life stage (COMA: breastfeeding), so an intake is judged
 * against the target instead. A life-stage row wins, as for targets; where the standard has none for the life stage
 * but its target has an increment for it (UK breastfeeding), there is no requirement to use.
 */
export function requirementFor(profile: Profile, mineral: Mineral): { amount: number; sd: number; source: string } | null {
  const table = REQUIREMENTS[profile.standard]?.[mineral];
  if (!table) return null;
  const rows = table.rows.filter((row) => inAges(row.ages, profile.ageYears) && (!row.sex || row.sex === profile.sex));
  const stageRow = profile.lifeStage ? rows.find((r) => r.lifeStage === profile.lifeStage) : undefined;
  const targetHasStage = profile.lifeStage !== null && INTAKES[profile.standard][mineral].rows.some((r) => r.lifeStage === profile.lifeStage && inAges(r.ages, profile.ageYears));
  const row = stageRow ?? (targetHasStage ? undefined : rows.find((r) => !r.lifeStage));
  return row ? { amount: row.amount, sd: row.sd, source: table.source } : null;
}
