// Stage: a qualifier of ground meat. "93/7 ground turkey", "5% beef mince", "90% lean ground beef", "80-20 beef":
// the lean share printed on the pack picks SR28's food of that share, in the same form (raw, or cooked crumbles).
import { allFoods } from "../food/foods";
import type { FoodRecord } from "../schema/food";

export type Lean = { lean: number; without: string };

/**
 * The lean share typed, and the words without it: "93/7" and "80-20" are lean/fat (the two add up to 100); "93%
 * lean" is lean, "5% fat" fat; a bare share of 70% or more is lean, of 30% or less fat ("5% mince"). Null when the
 * words give none.
 */
export function leanShare(text: string): Lean | null {
  const ratio = /(?<![\d./])(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d./%])/.exec(text);
  if (ratio && Number(ratio[1]) + Number(ratio[2]) === 100) {
    return { lean: Math.max(Number(ratio[1]), Number(ratio[2])), without: cut(text, ratio) };
  }
  const share = /(?<![\d.])(\d{1,2}(?:\.\d)?)\s*%(?:\s*(lean|fat)\b)?/i.exec(text);
  if (!share) return null;
  const value = Number(share[1]);
  const said = share[2]?.toLowerCase();
  const lean = said === "lean" ? value : said === "fat" ? 100 - value : value >= 70 ? value : value <= 30 ? 100 - value : null;
  return lean === null ? null : { lean, without: cut(text, share) };
}

const cut = (text: string, found: RegExpExecArray) => `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.replace(/\s+/g, " ").trim();

/** SR28's ground meats sold by lean share, by the start of their names. */
const FAMILIES = [/^Beef, ground, /, /^Ground turkey, /];

/**
 * The food of the same ground meat with the lean share asked (within 2 points, the nearest), in the same form: raw
 * stays raw, a patty a patty, anything else cooked crumbles (cooked mince). Null for a food sold by no share.
 */
export function leanForm(food: FoodRecord, lean: number): FoodRecord | null {
  const family = FAMILIES.find((f) => f.test(food.name));
  if (!family) return null;
  const form = /\braw\b/.test(food.name) ? /\braw\b/ : /\bpatt(?:y|ies)\b/.test(food.name) ? /\bpatt(?:y|ies)\b/ : /\bcrumbles\b/;
  let best: { food: FoodRecord; off: number } | null = null;
  for (const other of allFoods()) {
    if (!family.test(other.name) || !form.test(other.name)) continue;
    const share = /(\d+)% lean/.exec(other.name);
    if (!share) continue;
    const off = Math.abs(Number(share[1]) - lean);
    if (off <= 2 && (!best || off < best.off)) best = { food: other, off };
  }
  return best?.food ?? null;
}
