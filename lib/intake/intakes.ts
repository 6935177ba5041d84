// Reference intakes of magnesium, potassium and calcium: every number with its source, in one module.
// Ages are whole years, inclusive. A profile's life stage (pregnant, lactating) is matched before its age group.
import type { IntakeKind, Mineral, Target, UpperLimitKind, UpperLimitScope } from "../schema/analysis";
import type { LifeStage, Profile, Sex, Standard } from "../schema/day";

type Row = {
  ages: readonly [number, number];
  sex?: Sex;
  lifeStage?: LifeStage;
  amount: number;
  kind: IntakeKind;
};

type LimitRow = { ages: readonly [number, number]; lifeStage?: LifeStage; amount: number };

type MineralTable = {
  source: string;
  rows: readonly Row[];
  /** kind "UL": a tolerable upper intake level; "guidance": a UK EVM 2003 level for supplements, not a UL. */
  upperLimit: { appliesTo: UpperLimitScope; kind: UpperLimitKind; source: string; rows: readonly LimitRow[] } | null;
};

export const ADULT = 120;

export { AI_SENTENCE, INTAKE_KIND_NAMES, judgedIntake, RDA_SENTENCE, STANDARD_NAMES } from "./words";


export const INTAKES: Record<Standard, Record<Mineral, MineralTable>> = {
  us: {
    magnesium: {
      source:
        "NASEM (Institute of Medicine) 1997, Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride; NIH ODS Magnesium fact sheet",
      rows: [
        { ages: [14, 18], lifeStage: "pregnant", amount: 400, kind: "RDA" },
        { ages: [19, 30], lifeStage: "pregnant", amount: 350, kind: "RDA" },
        { ages: [31, 50], lifeStage: "pregnant", amount: 360, kind: "RDA" },
        { ages: [14, 18], lifeStage: "lactating", amount: 360, kind: "RDA" },
        { ages: [19, 30], lifeStage: "lactating", amount: 310, kind: "RDA" },
        { ages: [31, 50], lifeStage: "lactating", amount: 320, kind: "RDA" },
        { ages: [1, 3], amount: 80, kind: "RDA" },
        { ages: [4, 8], amount: 130, kind: "RDA" },
        { ages: [9, 13], amount: 240, kind: "RDA" },
        { ages: [14, 18], sex: "male", amount: 410, kind: "RDA" },
        { ages: [14, 18], sex: "female", amount: 360, kind: "RDA" },
        { ages: [19, 30], sex: "male", amount: 400, kind: "RDA" },
        { ages: [19, 30], sex: "female", amount: 310, kind: "RDA" },
        { ages: [31, ADULT], sex: "male", amount: 420, kind: "RDA" },
        { ages: [31, ADULT], sex: "female", amount: 320, kind: "RDA" },
      ],
      // The magnesium UL covers supplements and medicines only; magnesium in food has shown no harm.
      upperLimit: {
        appliesTo: "supplements",
        kind: "UL",
        source: "NASEM 1997: UL for magnesium from supplements and medicines, not from food",
        rows: [
          { ages: [1, 3], amount: 65 },
          { ages: [4, 8], amount: 110 },
          { ages: [9, ADULT], amount: 350 },
        ],
      },
    },
    potassium: {
      source: "NASEM 2019, Dietary Reference Intakes for Sodium and Potassium; NIH ODS Potassium fact sheet",
      rows: [
        { ages: [14, 18], lifeStage: "pregnant", amount: 2600, kind: "AI" },
        { ages: [19, 50], lifeStage: "pregnant", amount: 2900, kind: "AI" },
        { ages: [14, 18], lifeStage: "lactating", amount: 2500, kind: "AI" },
        { ages: [19, 50], lifeStage: "lactating", amount: 2800, kind: "AI" },
        { ages: [1, 3], amount: 2000, kind: "AI" },
        { ages: [4, 8], amount: 2300, kind: "AI" },
        { ages: [9, 13], sex: "male", amount: 2500, kind: "AI" },
        { ages: [9, 13], sex: "female", amount: 2300, kind: "AI" },
        { ages: [14, 18], sex: "male", amount: 3000, kind: "AI" },
        { ages: [14, 18], sex: "female", amount: 2300, kind: "AI" },
        { ages: [19, ADULT], sex: "male", amount: 3400, kind: "AI" },
        { ages: [19, ADULT], sex: "female", amount: 2600, kind: "AI" },
      ],
      upperLimit: null, // NASEM 2019 set no UL for potassium
    },
    calcium: {
      source: "NASEM (Institute of Medicine) 2011, Dietary Reference Intakes for Calcium and Vitamin D; NIH ODS Calcium fact sheet",
      rows: [
        { ages: [14, 18], lifeStage: "pregnant", amount: 1300, kind: "RDA" },
        { ages: [19, 50], lifeStage: "pregnant", amount: 1000, kind: "RDA" },
        { ages: [14, 18], lifeStage: "lactating", amount: 1300, kind: "RDA" },
        { ages: [19, 50], lifeStage: "lactating", amount: 1000, kind: "RDA" },
        { ages: [1, 3], amount: 700, kind: "RDA" },
        { ages: [4, 8], amount: 1000, kind: "RDA" },
        { ages: [9, 18], amount: 1300, kind: "RDA" },
        { ages: [19, 50], amount: 1000, kind: "RDA" },
        { ages: [51, 70], sex: "male", amount: 1000, kind: "RDA" },
        { ages: [51, 70], sex: "female", amount: 1200, kind: "RDA" },
        { ages: [71, ADULT], amount: 1200, kind: "RDA" },
      ],
      upperLimit: {
        appliesTo: "diet",
        kind: "UL",
        source: "NASEM 2011: UL for calcium from food and supplements together",
        rows: [
          { ages: [1, 8], amount: 2500 },
          { ages: [9, 18], amount: 3000 },
          { ages: [19, 50], amount: 2500 },
          { ages: [51, ADULT], amount: 2000 },
        ],
      },
    },
  },
  efsa: {
    magnesium: {
      source: "EFSA NDA Panel 2015, Scientific Opinion on Dietary Reference Values for magnesium",
      rows: [
        { ages: [1, 2], amount: 170, kind: "AI" },
        { ages: [3, 9], amount: 230, kind: "AI" },
        { ages: [10, 17], sex: "male", amount: 300, kind: "AI" },
        { ages: [10, 17], sex: "female", amount: 250, kind: "AI" },
        { ages: [18, ADULT], sex: "male", amount: 350, kind: "AI" },
        // EFSA: the adult AI also applies in pregnancy and lactation.
        { ages: [18, ADULT], sex: "female", amount: 300, kind: "AI" },
      ],
      upperLimit: {
        appliesTo: "supplements",
        kind: "UL",
        source: "SCF 2001 (endorsed by EFSA): UL for readily dissociable magnesium salts in supplements and fortified foods",
        rows: [{ ages: [4, ADULT], amount: 250 }],
      },
    },
    potassium: {
      source: "EFSA NDA Panel 2016, Scientific Opinion on Dietary Reference Values for potassium",
      rows: [
        { ages: [14, 17], lifeStage: "lactating", amount: 4000, kind: "AI" },
        { ages: [18, 50], lifeStage: "lactating", amount: 4000, kind: "AI" },
        { ages: [14, 17], lifeStage: "pregnant", amount: 3500, kind: "AI" },
        { ages: [1, 3], amount: 800, kind: "AI" },
        { ages: [4, 6], amount: 1100, kind: "AI" },
        { ages: [7, 10], amount: 1800, kind: "AI" },
        { ages: [11, 14], amount: 2700, kind: "AI" },
        { ages: [15, 17], amount: 3500, kind: "AI" },
        { ages: [18, ADULT], amount: 3500, kind: "AI" },
      ],
      upperLimit: null, // EFSA set no UL for potassium
    },
    calcium: {
      source: "EFSA NDA Panel 2015, Scientific Opinion on Dietary Reference Values for calcium",
      rows: [
        { ages: [1, 3], amount: 450, kind: "PRI" },
        { ages: [4, 10], amount: 800, kind: "PRI" },
        { ages: [11, 17], amount: 1150, kind: "PRI" },
        // EFSA: the PRIs for adults also apply in pregnancy and lactation.
        { ages: [18, 24], amount: 1000, kind: "PRI" },
        { ages: [25, ADULT], amount: 950, kind: "PRI" },
      ],
      upperLimit: {
        appliesTo: "diet",
        kind: "UL",
        source: "EFSA NDA Panel 2012: UL for calcium from all sources, adults incl. pregnancy and lactation (none set for children)",
        rows: [{ ages: [18, ADULT], amount: 2500 }],
      },
    },
  },
  uk: {
    magnesium: {
      source: "COMA 1991, Dietary Reference Values for Food Energy and Nutrients for the United Kingdom (RNI)",
      rows: [
        // COMA: +50 mg/day while breastfeeding; no increment in pregnancy.
        { ages: [14, 14], lifeStage: "lactating", amount: 330, kind: "RNI" },
        { ages: [15, 18], lifeStage: "lactating", amount: 350, kind: "RNI" },
        { ages: [19, 50], lifeStage: "lactating", amount: 320, kind: "RNI" },
        { ages: [1, 3], amount: 85, kind: "RNI" },
        { ages: [4, 6], amount: 120, kind: "RNI" },
        { ages: [7, 10], amount: 200, kind: "RNI" },
        { ages: [11, 14], amount: 280, kind: "RNI" },
        { ages: [15, 18], amount: 300, kind: "RNI" },
        { ages: [19, ADULT], sex: "male", amount: 300, kind: "RNI" },
        { ages: [19, ADULT], sex: "female", amount: 270, kind: "RNI" },
      ],
      upperLimit: {
        appliesTo: "supplements",
        kind: "guidance",
        source: "Expert Group on Vitamins and Minerals 2003: safe upper level for supplemental magnesium, adults (guidance, not a UL)",
        rows: [{ ages: [19, ADULT], amount: 400 }],
      },
    },
    potassium: {
      source: "COMA 1991, Dietary Reference Values for Food Energy and Nutrients for the United Kingdom (RNI)",
      rows: [
        { ages: [1, 3], amount: 800, kind: "RNI" },
        { ages: [4, 6], amount: 1100, kind: "RNI" },
        { ages: [7, 10], amount: 2000, kind: "RNI" },
        { ages: [11, 14], amount: 3100, kind: "RNI" },
        { ages: [15, ADULT], amount: 3500, kind: "RNI" },
      ],
      upperLimit: {
        appliesTo: "supplements",
        kind: "guidance",
        source:
          "Expert Group on Vitamins and Minerals 2003: guidance level for supplemental potassium, adults (guidance, not a UL); not given from 65: the EVM notes older people may be more vulnerable, as kidney function declines with age",
        rows: [{ ages: [19, 64], amount: 3700 }],
      },
    },
    calcium: {
      source: "COMA 1991, Dietary Reference Values for Food Energy and Nutrients for the United Kingdom (RNI)",
      rows: [
        // COMA: +550 mg/day while breastfeeding; no increment in pregnancy. COMA's groups are 11-14 and 15-18 years.
        { ages: [14, 14], lifeStage: "lactating", amount: 1350, kind: "RNI" },
        { ages: [15, 18], lifeStage: "lactating", amount: 1350, kind: "RNI" },
        { ages: [19, 50], lifeStage: "lactating", amount: 1250, kind: "RNI" },
        { ages: [1, 3], amount: 350, kind: "RNI" },
        { ages: [4, 6], amount: 450, kind: "RNI" },
        { ages: [7, 10], amount: 550, kind: "RNI" },
        { ages: [11, 18], sex: "male", amount: 1000, kind: "RNI" },
        { ages: [11, 18], sex: "female", amount: 800, kind: "RNI" },
        { ages: [19, ADULT], amount: 700, kind: "RNI" },
      ],
      upperLimit: {
        appliesTo: "supplements",
        kind: "guidance",
        source: "Expert Group on Vitamins and Minerals 2003: guidance level for supplemental calcium, adults (guidance, not a UL)",
        rows: [{ ages: [19, ADULT], amount: 1500 }],
      },
    },
  },
};





export const inAges = (ages: readonly [number, number], ageYears: number) => ageYears >= ages[0] && ageYears <= ages[1];

const WHO = { pregnant: "pregnancy", lactating: "breastfeeding", female: "females", male: "males" } as const;

/** The life-stage group a row stands for, as the DRI tables name it: "females, 31+ years". */
function groupLabel(row: Row): string {
  const [from, to] = row.ages;
  const ages = to >= ADULT ? `${from}+ years` : from === to ? `${from} years` : `${from}–${to} years`;
  const who = row.lifeStage ? WHO[row.lifeStage] : row.sex ? WHO[row.sex] : "everyone";
  return `${who}, ${ages}`;
}

/** The reference intake of one mineral for one person under their chosen standard. */
export function targetFor(profile: Profile, mineral: Mineral): Target {
  const table = INTAKES[profile.standard][mineral];
  const rows = table.rows.filter((row) => inAges(row.ages, profile.ageYears) && (!row.sex || row.sex === profile.sex));
  // A life-stage row wins where the standard has one; otherwise the person's age-and-sex group applies.
  const row =
    (profile.lifeStage ? rows.find((r) => r.lifeStage === profile.lifeStage) : undefined) ?? rows.find((r) => !r.lifeStage);
  if (!row) throw new Error(`No ${profile.standard} ${mineral} intake for age ${profile.ageYears}`); // tables cover 1..120
  const limitRows = table.upperLimit?.rows.filter((r) => inAges(r.ages, profile.ageYears)) ?? [];
  const limit = (profile.lifeStage ? limitRows.find((r) => r.lifeStage === profile.lifeStage) : undefined) ?? limitRows.find((r) => !r.lifeStage);
  return {
    amount: row.amount,
    kind: row.kind,
    upperLimit: limit?.amount ?? null,
    upperLimitAppliesTo: limit ? table.upperLimit!.appliesTo : null,
    upperLimitKind: limit ? table.upperLimit!.kind : null,
    source: table.source,
    upperLimitSource: limit ? table.upperLimit!.source : null,
    group: groupLabel(row),
  };
}

/**
 * A limit on calcium from food and supplements together for a plan, where the chosen standard sets none for this
 * person (the UK's is a guidance level for supplements only; EFSA's UL is for adults only): NASEM 2011's UL for the
 * age, the only one published for every age. The app uses it so that no plan piles calcium up without bound; it is
 * said as the US/Canada limit, never as the person's standard's. Null when the standard's own limit covers the diet.
 */
export function calciumPlanCeiling(profile: Profile): { amount: number; source: string } | null {
  if (targetFor(profile, "calcium").upperLimitAppliesTo === "diet") return null;
  const us = targetFor({ ...profile, standard: "us" }, "calcium");
  return us.upperLimit === null ? null : { amount: us.upperLimit, source: us.upperLimitSource ?? INTAKES.us.calcium.source };
}
