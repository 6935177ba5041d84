// How big a serving is for a child, and for a small appetite: facts with their sources, in one module.
import type { Appetite } from "../schema/day";

/**
 * A child's serving as a share of an adult's, by age: the child's daily energy as a share of the 2,000 kcal that
 * adult serving sizes are set for, as the Dietary Guidelines for Americans 2020–2025 scale their food patterns (the
 * 1,000 kcal pattern for ages 2–3 holds 2 cups of dairy, 1 cup of fruit and 3 oz of grains; the 2,000 kcal one 3 cups,
 * 2 cups and 6 oz). DGA 2020–2025 Appendix 2 (estimated calorie needs, sedentary to active): 700–1,000 kcal at 12–23
 * months, 1,000–1,400 at 2–3 years, 1,200–2,000 at 4–8 years, 1,400–2,600 at 9–13 years. Each band's middle over
 * 2,000 kcal, to the nearest quarter: ½ at 1–3 years, ¾ at 4–8; from 9 the middle is ~95%, an adult's serving. The
 * UK's Infant & Toddler Forum (2017, "Portion sizes for children aged 1–4 years") gives about half an adult's too.
 */
export const CHILD_PORTIONS = {
  source:
    "Dietary Guidelines for Americans 2020–2025, Appendix 2 (estimated calorie needs) and the USDA Food Patterns; Infant & Toddler Forum 2017, Portion sizes for children aged 1–4 years",
  rows: [
    { ages: [1, 3], share: 0.5 },
    { ages: [4, 8], share: 0.75 },
  ],
} as const;

/**
 * "Small appetite": three-quarters of the usual serving. Not a published figure: the app's choice, a step between an
 * adult's serving and a young child's that people can see in every amount ("¾ cup milk").
 */
export const SMALL_APPETITE_SHARE = 0.75;

/**
 * Under this age, no whole nuts or seeds, whole dried fruit or raw hard fruit (choking risks): nut butter or ground
 * seeds, chopped dried fruit, grated apple instead. The NHS says no whole nuts under 5 and to cut or grate hard and
 * dried fruit for young children ("Foods to avoid giving babies and young children"; "Food safety for babies and
 * toddlers"); the AAP (2010, "Prevention of Choking Among Children") names nuts, seeds, raw fruit and dried fruit as
 * hazards for children under 4. The app takes the NHS's stricter age.
 */
export const WHOLE_NUTS_FROM_AGE = 5;

/** Up to this age a person is a child for the milk rule: two drinks' worth of milk-type foods at one meal at most. */
export const CHILD_UNTIL_AGE = 13;

/** How big a serving is for this person, as a share of an adult's usual one. */
export function servingShare(ageYears: number, appetite: Appetite = "usual"): number {
  const row = CHILD_PORTIONS.rows.find((r) => ageYears >= r.ages[0] && ageYears <= r.ages[1]);
  return (row?.share ?? 1) * (appetite === "small" ? SMALL_APPETITE_SHARE : 1);
}
