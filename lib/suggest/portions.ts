// Servings sized for the person: a child's by age, three-quarters for a small appetite (lib/intake/portions.ts has
// the figures and their sources), nut butter or ground seeds instead of whole nuts and seeds for a young child.
import type { Candidate } from "../food/article-foods";
import { CHILD_UNTIL_AGE, servingShare, SMALL_APPETITE_SHARE, WHOLE_NUTS_FROM_AGE } from "../intake/portions";
import type { Profile } from "../schema/day";
import { amountText, amountWords } from "./wording";

export type Portions = {
  /** A serving as a share of an adult's usual one. */
  share: number;
  /** Under WHOLE_NUTS_FROM_AGE: no whole nuts or seeds. */
  youngChild: boolean;
  /** Up to CHILD_UNTIL_AGE: one milk-type food a plan, two drinks' worth at most. */
  child: boolean;
};

export const ADULT_PORTIONS: Portions = { share: 1, youngChild: false, child: false };

/** The person's portions; an adult's usual ones when the profile is not known. */
export function portionsFor(profile: Profile | undefined): Portions {
  if (!profile) return ADULT_PORTIONS;
  return {
    share: servingShare(profile.ageYears, profile.appetite ?? "usual"),
    youngChild: profile.ageYears < WHOLE_NUTS_FROM_AGE,
    child: profile.ageYears <= CHILD_UNTIL_AGE,
  };
}

/**
 * A serving's count scaled, in amounts people say: pieces (4 prunes, 3 cloves) stay whole, a part of one (half an
 * avocado) goes by quarters; a banana, a slice or a can by halves; cups, ounces and spoons by quarters (eighths below
 * ¼: ⅛ cup of parsley). Halfway goes down.
 */
export function scaledCount(count: number, unit: string, share: number): number {
  const q = count * share;
  // To the nearest step, a tie going down: a smaller serving is never made larger than its share (⅜ cup → ¼).
  const nearest = (step: number) => Math.ceil(q / step - 0.5 - 1e-9) * step;
  if (unit === "" && q >= 1) return Math.max(1, nearest(1));
  if (/^(?:small|medium|large|slice|can|box|small box)$/.test(unit)) return Math.max(0.5, nearest(0.5));
  if (q >= 0.25) return Math.max(0.25, nearest(0.25));
  return Math.max(0.125, nearest(0.125));
}

/** A food at this person's serving: the young child's form of nuts and seeds, and the serving scaled to their share. */
export function sizedFor(candidate: Candidate, portions: Portions): Candidate {
  const c = portions.youngChild && candidate.youngChild ? candidate.youngChild : candidate;
  if (portions.share >= 1) return c;
  const count = scaledCount(c.words.count, c.words.unit, portions.share);
  const ratio = count / c.words.count;
  if (ratio >= 1 - 1e-9) return c;
  const grams = Math.round(c.serving.grams * ratio * 10) / 10;
  const per = (value: number) => value * (grams / c.serving.grams);
  const sized: Candidate = {
    ...c,
    // A smaller serving is the least worth suggesting (half of a child's ½ oz of cheese is a crumb), and it comes in
    // whole servings: ¾ cup, 1½ cups, never 1⅛.
    minServings: Math.max(c.minServings, 1),
    scaled: true,
    words: { ...c.words, count },
    serving: { label: "", grams },
    perServing: { magnesium: per(c.perServing.magnesium), potassium: per(c.perServing.potassium), calcium: per(c.perServing.calcium), kcal: per(c.perServing.kcal) },
  };
  return { ...sized, serving: { grams, label: amountText(sized, 1) } };
}

/**
 * What the plan's servings are sized for, in words, with the sources; null for an adult with a usual appetite.
 * `youngChildForms`: the plan holds a young child's form of a food (nut butter, chopped dried fruit), which the note
 * then explains.
 */
export function portionsNote(profile: Profile | undefined, youngChildForms: boolean): string | null {
  if (!profile) return null;
  const { share, youngChild } = portionsFor(profile);
  const parts: string[] = [];
  if (share < 1) {
    const ageShare = servingShare(profile.ageYears);
    const why = [
      ...(ageShare < 1 ? [`a child of ${profile.ageYears} (${amountWords(ageShare)} of an adult's, from the Dietary Guidelines for Americans 2020–2025)`] : []),
      ...(profile.appetite === "small" ? [`a small appetite (${amountWords(SMALL_APPETITE_SHARE)} of the usual)`] : []),
    ];
    parts.push(`Servings are sized for ${why.join(" with ")}.`);
  }
  if (youngChild && youngChildForms) {
    parts.push(
      `Under ${WHOLE_NUTS_FROM_AGE}, whole nuts and seeds, whole dried fruit and raw apple can cause choking (NHS), so the plan has nut butter or ground seeds, chopped dried fruit and grated apple instead.`,
    );
  }
  return parts.length > 0 ? parts.join(" ") : null;
}
