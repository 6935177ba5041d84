// An independent check of lib/intake/intakes.ts: every expected figure below was written from the published tables
// (named above each table), not copied from the module. Ages are whole years; each band is tested at a
// representative age and at its edges, so a band boundary that is off by one fails here.
import { describe, expect, it } from "vitest";
import { targetFor } from "./intakes";
import { AGE_YEARS, lifeStageApplies, MINERALS } from "../constants";
import { TargetSchema, type IntakeKind, type Mineral, type UpperLimitScope } from "../schema/analysis";
import type { LifeStage, Profile, Sex, Standard } from "../schema/day";

/** The upper limit a case expects: a number and its scope, null for "none set", or undefined for "not checked". */
type ExpectedLimit = { amount: number; appliesTo: UpperLimitScope } | null | undefined;

type Case = {
  label: string;
  standard: Standard;
  mineral: Mineral;
  who: string;
  sex: Sex;
  lifeStage: LifeStage | null;
  age: number;
  amount: number;
  kind: IntakeKind;
  limit: ExpectedLimit;
};

type Who = "child" | "female" | "male" | "pregnant" | "lactating";

/** A table of bands for one standard and mineral, expanded into one case per age (and per sex for "child"). */
function table(
  standard: Standard,
  mineral: Mineral,
  kind: IntakeKind,
  bands: ReadonlyArray<readonly [who: Who, ages: readonly number[], amount: number, limit: ExpectedLimit]>,
): Case[] {
  return bands.flatMap(([who, ages, amount, limit]) =>
    ages.flatMap((age) => {
      const people: Array<{ sex: Sex; lifeStage: LifeStage | null }> =
        who === "child"
          ? [
              { sex: "female", lifeStage: null },
              { sex: "male", lifeStage: null },
            ]
          : who === "female" || who === "male"
            ? [{ sex: who, lifeStage: null }]
            : [{ sex: "female", lifeStage: who }];
      return people.map((person) => ({
        label: `${standard} ${mineral}, ${who === "child" ? person.sex : who} aged ${age}: ${amount} mg ${kind}`,
        standard,
        mineral,
        who: who === "child" ? person.sex : who,
        ...person,
        age,
        amount,
        kind,
        limit,
      }));
    }),
  );
}

const supp = (amount: number) => ({ amount, appliesTo: "supplements" as const });
const diet = (amount: number) => ({ amount, appliesTo: "diet" as const });
const NONE = null; // no upper limit set for this group
const UNCHECKED = undefined; // the source does not settle it; not asserted

// ---- US/Canada -------------------------------------------------------------------------------------------------

// Magnesium RDA: IOM 1997 (NIH ODS Magnesium fact sheet, Table 1).
// UL for supplemental magnesium only: 65 mg (1-3 y), 110 mg (4-8 y), 350 mg (9 y and over, incl. pregnancy/lactation).
const US_MAGNESIUM = table("us", "magnesium", "RDA", [
  ["child", [1, 2, 3], 80, supp(65)],
  ["child", [4, 6, 8], 130, supp(110)],
  ["child", [9, 11, 13], 240, supp(350)],
  ["male", [14, 16, 18], 410, supp(350)],
  ["female", [14, 16, 18], 360, supp(350)],
  ["male", [19, 25, 30], 400, supp(350)],
  ["female", [19, 25, 30], 310, supp(350)],
  ["male", [31, 40, 50, 51, 70, 71, 120], 420, supp(350)],
  ["female", [31, 40, 50, 51, 70, 71, 120], 320, supp(350)],
  ["pregnant", [14, 16, 18], 400, supp(350)],
  ["pregnant", [19, 25, 30], 350, supp(350)],
  ["pregnant", [31, 40, 50], 360, supp(350)],
  ["lactating", [14, 16, 18], 360, supp(350)],
  ["lactating", [19, 25, 30], 310, supp(350)],
  ["lactating", [31, 40, 50], 320, supp(350)],
]);

// Potassium AI: NASEM 2019, Dietary Reference Intakes for Sodium and Potassium (NIH ODS Potassium fact sheet).
// No UL was set.
const US_POTASSIUM = table("us", "potassium", "AI", [
  ["child", [1, 2, 3], 2000, NONE],
  ["child", [4, 6, 8], 2300, NONE],
  ["male", [9, 11, 13], 2500, NONE],
  ["female", [9, 11, 13], 2300, NONE],
  ["male", [14, 16, 18], 3000, NONE],
  ["female", [14, 16, 18], 2300, NONE],
  ["male", [19, 30, 31, 50, 51, 70, 71, 120], 3400, NONE],
  ["female", [19, 30, 31, 50, 51, 70, 71, 120], 2600, NONE],
  ["pregnant", [14, 16, 18], 2600, NONE],
  ["pregnant", [19, 28, 30, 31, 50], 2900, NONE],
  ["lactating", [14, 16, 18], 2500, NONE],
  ["lactating", [19, 30, 31, 50], 2800, NONE],
]);

// Calcium RDA: IOM 2011, Dietary Reference Intakes for Calcium and Vitamin D (NIH ODS Calcium fact sheet).
// UL (food and supplements together): 2500 (1-8 y), 3000 (9-18 y), 2500 (19-50 y), 2000 (51 y and over);
// pregnancy/lactation 3000 (14-18 y), 2500 (19-50 y).
const US_CALCIUM = table("us", "calcium", "RDA", [
  ["child", [1, 2, 3], 700, diet(2500)],
  ["child", [4, 6, 8], 1000, diet(2500)],
  ["child", [9, 11, 13, 14, 16, 18], 1300, diet(3000)],
  ["child", [19, 30, 31, 50], 1000, diet(2500)],
  ["male", [51, 60, 70], 1000, diet(2000)],
  ["female", [51, 60, 70], 1200, diet(2000)],
  ["child", [71, 90, 120], 1200, diet(2000)],
  ["pregnant", [14, 16, 18], 1300, diet(3000)],
  ["pregnant", [19, 30, 31, 50], 1000, diet(2500)],
  ["lactating", [14, 16, 18], 1300, diet(3000)],
  ["lactating", [19, 30, 31, 50], 1000, diet(2500)],
]);

// ---- EFSA ------------------------------------------------------------------------------------------------------

// Magnesium AI: EFSA NDA Panel 2015 (1 to <3 y, 3 to <10 y, 10 to <18 y, adults; the adult AI applies in pregnancy
// and lactation). UL 250 mg for supplemental (readily dissociable) magnesium: SCF 2001, for children from 4 years
// and adults incl. pregnancy/lactation; none for 1-3 y.
// Not asserted: pregnant/lactating girls of 14-17 (EFSA gives only an adult value for pregnancy and lactation).
const EFSA_MAGNESIUM = table("efsa", "magnesium", "AI", [
  ["child", [1, 2], 170, NONE],
  ["child", [3], 230, NONE],
  ["child", [4, 6, 9], 230, supp(250)],
  ["male", [10, 14, 17], 300, supp(250)],
  ["female", [10, 14, 17], 250, supp(250)],
  ["male", [18, 50, 51, 120], 350, supp(250)],
  ["female", [18, 50, 51, 120], 300, supp(250)],
  ["pregnant", [18, 30, 50], 300, supp(250)],
  ["lactating", [18, 30, 50], 300, supp(250)],
]);

// Potassium AI: EFSA NDA Panel 2016 (1-3, 4-6, 7-10, 11-14, 15-17 y, adults; the adult AI applies in pregnancy;
// 4000 mg in lactation). No UL was set.
// Not asserted: pregnant/lactating girls of 14-17 (EFSA gives only an adult value for pregnancy and lactation).
const EFSA_POTASSIUM = table("efsa", "potassium", "AI", [
  ["child", [1, 2, 3], 800, NONE],
  ["child", [4, 5, 6], 1100, NONE],
  ["child", [7, 8, 10], 1800, NONE],
  ["child", [11, 12, 14], 2700, NONE],
  ["child", [15, 16, 17], 3500, NONE],
  ["child", [18, 50, 51, 120], 3500, NONE],
  ["pregnant", [18, 30, 50], 3500, NONE],
  ["lactating", [18, 30, 50], 4000, NONE],
]);

// Calcium: EFSA NDA Panel 2015. AR and PRI for every group from 1 year on (PRI 450 at 1-3 y; an AI is set only
// for infants of 7-11 months); the PRI of non-pregnant women of the same age group applies in pregnancy and
// lactation. UL 2500 mg from all sources for adults incl. pregnancy/lactation (EFSA NDA Panel 2012); none set for
// children and adolescents.
const EFSA_CALCIUM = table("efsa", "calcium", "PRI", [
  ["child", [1, 2, 3], 450, NONE],
  ["child", [4, 7, 10], 800, NONE],
  ["child", [11, 14, 17], 1150, NONE],
  ["child", [18, 21, 24], 1000, diet(2500)],
  ["child", [25, 50, 51, 120], 950, diet(2500)],
  ["pregnant", [14, 17], 1150, NONE],
  ["pregnant", [18, 24], 1000, diet(2500)],
  ["pregnant", [25, 50], 950, diet(2500)],
  ["lactating", [14, 17], 1150, NONE],
  ["lactating", [18, 24], 1000, diet(2500)],
  ["lactating", [25, 50], 950, diet(2500)],
]);

// ---- UK --------------------------------------------------------------------------------------------------------

// Magnesium RNI: COMA 1991 (Report 41), bands 1-3, 4-6, 7-10, 11-14, 15-18, 19+ y; +50 mg in lactation, no
// increment in pregnancy. EVM 2003: safe upper level 400 mg/day of supplemental magnesium, adults only.
// The EVM level is not asserted at 15-18 y (EVM says "adults" without an age).
const UK_MAGNESIUM = table("uk", "magnesium", "RNI", [
  ["child", [1, 2, 3], 85, NONE],
  ["child", [4, 5, 6], 120, NONE],
  ["child", [7, 8, 10], 200, NONE],
  ["child", [11, 12, 14], 280, NONE],
  ["child", [15, 16, 18], 300, UNCHECKED],
  ["male", [19, 50, 51, 120], 300, supp(400)],
  ["female", [19, 50, 51, 120], 270, supp(400)],
  ["pregnant", [14], 280, NONE],
  ["pregnant", [15, 18], 300, UNCHECKED],
  ["pregnant", [19, 30, 50], 270, supp(400)],
  ["lactating", [14], 330, NONE],
  ["lactating", [15, 18], 350, UNCHECKED],
  ["lactating", [19, 30, 50], 320, supp(400)],
]);

// Potassium RNI: COMA 1991, 1-3, 4-6, 7-10, 11-14, 15-18, 19+ y; no increment in pregnancy or lactation.
// EVM 2003: guidance level 3700 mg/day of supplemental potassium, adults only (not asserted at 15-18 y); the EVM
// adds that older people may be more vulnerable (kidney function declines with age), so it is not shown from 65.
const UK_POTASSIUM = table("uk", "potassium", "RNI", [
  ["child", [1, 2, 3], 800, NONE],
  ["child", [4, 5, 6], 1100, NONE],
  ["child", [7, 8, 10], 2000, NONE],
  ["child", [11, 12, 14], 3100, NONE],
  ["child", [15, 16, 18], 3500, UNCHECKED],
  ["child", [19, 50, 51, 64], 3500, supp(3700)],
  ["child", [65, 80, 120], 3500, NONE],
  ["pregnant", [14], 3100, NONE],
  ["pregnant", [15, 18], 3500, UNCHECKED],
  ["pregnant", [19, 30, 50], 3500, supp(3700)],
  ["lactating", [14], 3100, NONE],
  ["lactating", [15, 18], 3500, UNCHECKED],
  ["lactating", [19, 30, 50], 3500, supp(3700)],
]);

// Calcium RNI: COMA 1991, 1-3, 4-6, 7-10, 11-18 (boys 1000, girls 800), 19+ y; +550 mg in lactation, no increment
// in pregnancy. EVM 2003: guidance level 1500 mg/day of supplemental calcium, adults only (not asserted at 15-18 y).
const UK_CALCIUM = table("uk", "calcium", "RNI", [
  ["child", [1, 2, 3], 350, NONE],
  ["child", [4, 5, 6], 450, NONE],
  ["child", [7, 8, 10], 550, NONE],
  ["male", [11, 14], 1000, NONE],
  ["male", [15, 18], 1000, UNCHECKED],
  ["female", [11, 14], 800, NONE],
  ["female", [15, 18], 800, UNCHECKED],
  ["child", [19, 50, 51, 120], 700, supp(1500)],
  ["pregnant", [14], 800, NONE],
  ["pregnant", [15, 18], 800, UNCHECKED],
  ["pregnant", [19, 30, 50], 700, supp(1500)],
  ["lactating", [14], 1350, NONE],
  ["lactating", [15, 18], 1350, UNCHECKED],
  ["lactating", [19, 30, 50], 1250, supp(1500)],
]);

const CASES: Case[] = [
  ...US_MAGNESIUM,
  ...US_POTASSIUM,
  ...US_CALCIUM,
  ...EFSA_MAGNESIUM,
  ...EFSA_POTASSIUM,
  ...EFSA_CALCIUM,
  ...UK_MAGNESIUM,
  ...UK_POTASSIUM,
  ...UK_CALCIUM,
];

const profile = (standard: Standard, sex: Sex, ageYears: number, lifeStage: LifeStage | null = null): Profile => ({
  ageYears,
  sex,
  lifeStage,
  standard,
});

describe("targetFor against the published tables", () => {
  it.each(CASES.map((c) => [c.label, c] as const))("%s", (_label, c) => {
    const target = targetFor(profile(c.standard, c.sex, c.age, c.lifeStage), c.mineral);
    expect({ amount: target.amount, kind: target.kind }).toEqual({ amount: c.amount, kind: c.kind });
    if (c.limit !== undefined) {
      expect({ upperLimit: target.upperLimit, upperLimitAppliesTo: target.upperLimitAppliesTo }).toEqual(
        c.limit === null
          ? { upperLimit: null, upperLimitAppliesTo: null }
          : { upperLimit: c.limit.amount, upperLimitAppliesTo: c.limit.appliesTo },
      );
    }
  });
});

describe("what kind of limit and which group", () => {
  it("calls the UK's EVM 2003 levels guidance, and the US and EFSA limits ULs", () => {
    for (const mineral of MINERALS) {
      expect(targetFor(profile("uk", "female", 40), mineral).upperLimitKind, `uk ${mineral}`).toBe("guidance");
      const us = targetFor(profile("us", "female", 40), mineral);
      expect(us.upperLimitKind, `us ${mineral}`).toBe(us.upperLimit === null ? null : "UL");
      const efsa = targetFor(profile("efsa", "female", 40), mineral);
      expect(efsa.upperLimitKind, `efsa ${mineral}`).toBe(efsa.upperLimit === null ? null : "UL");
    }
    expect(targetFor(profile("uk", "female", 10), "calcium").upperLimitKind).toBeNull(); // no level for children
  });

  it("names COMA's 15-18 group for a breastfeeding 16-year-old in the UK, as COMA does", () => {
    const p = profile("uk", "female", 16, "lactating");
    expect(targetFor(p, "calcium").group).toBe("breastfeeding, 15–18 years");
    expect(targetFor(p, "magnesium").group).toBe("breastfeeding, 15–18 years");
    expect(targetFor(profile("uk", "female", 14, "lactating"), "calcium").group).toBe("breastfeeding, 14 years");
  });
});

// The worked examples the product is specified by (US/Canada DRIs, NIH ODS fact sheets).
describe("must-hold US examples", () => {
  const amounts = (p: Profile) => Object.fromEntries(MINERALS.map((m) => [m, targetFor(p, m).amount]));

  it("woman of 35: Mg 320, K 2600, Ca 1000", () => {
    expect(amounts(profile("us", "female", 35))).toEqual({ magnesium: 320, potassium: 2600, calcium: 1000 });
  });
  it("man of 25: Mg 400, K 3400, Ca 1000", () => {
    expect(amounts(profile("us", "male", 25))).toEqual({ magnesium: 400, potassium: 3400, calcium: 1000 });
  });
  it("woman of 60: Ca 1200", () => {
    expect(targetFor(profile("us", "female", 60), "calcium").amount).toBe(1200);
  });
  it("pregnant woman of 28: Mg 350, K 2900", () => {
    const p = profile("us", "female", 28, "pregnant");
    expect(targetFor(p, "magnesium").amount).toBe(350);
    expect(targetFor(p, "potassium").amount).toBe(2900);
  });
  it("girl of 16: Ca 1300", () => {
    expect(targetFor(profile("us", "female", 16), "calcium").amount).toBe(1300);
  });
});

describe("every valid profile gets a target", () => {
  const STANDARDS: Standard[] = ["us", "efsa", "uk"];
  const SEXES: Sex[] = ["female", "male"];

  function* validProfiles(standard: Standard): Generator<Profile> {
    for (let age = AGE_YEARS.min; age <= AGE_YEARS.max; age++) {
      for (const sex of SEXES) {
        yield profile(standard, sex, age);
        if (lifeStageApplies(sex, age)) {
          yield profile(standard, sex, age, "pregnant");
          yield profile(standard, sex, age, "lactating");
        }
      }
    }
  }

  it.each(STANDARDS)("%s: ages 1-120, both sexes, every valid life stage, all three minerals", (standard) => {
    let checked = 0;
    for (const p of validProfiles(standard)) {
      for (const mineral of MINERALS) {
        let target;
        try {
          target = targetFor(p, mineral);
        } catch (error) {
          throw new Error(`targetFor threw for ${JSON.stringify(p)} ${mineral}: ${String(error)}`);
        }
        const where = `${JSON.stringify(p)} ${mineral}`;
        expect(TargetSchema.safeParse(target).success, where).toBe(true);
        expect(target.source.trim(), where).not.toBe("");
        expect(target.group.trim(), where).not.toBe("");
        // A limit comes with its scope and source, and no scope or source without a limit.
        expect(target.upperLimitAppliesTo === null, where).toBe(target.upperLimit === null);
        expect(target.upperLimitSource === null, where).toBe(target.upperLimit === null);
        checked++;
      }
    }
    // 120 ages x 2 sexes, plus pregnant and lactating for females 14-50 (37 ages), x 3 minerals.
    expect(checked).toBe((120 * 2 + 37 * 2) * 3);
  });
});
