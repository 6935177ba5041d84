// What a suggestion says: amounts in the words people use ("½ cup tofu (63 g)"), why a food is in the plan, and how
// its calcium is absorbed.
import { calciumAbsorption, shortCitation } from "../intake/absorption";
import { type Candidate } from "../food/article-foods";
import { formatAmount, formatWhole, round } from "../format";
import { MINERALS } from "../constants";
import type { Analysis, Mineral } from "../schema/analysis";
import type { PlanFood } from "./model";

const FRACTIONS: Record<number, string> = { 0.125: "⅛", 0.25: "¼", 0.375: "⅜", 0.5: "½", 0.625: "⅝", 0.75: "¾", 0.875: "⅞" };
const COUNTABLE_UNITS = /^(cup|slice|can|box|small box|clove|stalk|spear|piece|tablespoon|teaspoon)$/;

/** 0.5 -> "½", 1.5 -> "1½", 2 -> "2". */
export function amountWords(value: number): string {
  const whole = Math.floor(value + 1e-9);
  const eighths = (value - whole) * 8;
  if (Math.abs(eighths - Math.round(eighths)) > 1e-6) return formatAmount(value);
  const part = FRACTIONS[Math.round(eighths) / 8];
  if (part) return whole > 0 ? `${whole}${part}` : part;
  return String(whole);
}

/** "½ cup tofu (63 g)", "1 medium banana (118 g)", "2 Medjool dates (48 g)". */
export function amountText(food: Candidate, servings: number): string {
  const { count, unit, food: one, foodPlural } = food.words;
  const quantity = count * servings;
  const many = quantity > 1 + 1e-9;
  const unitText = unit ? `${unit}${many && COUNTABLE_UNITS.test(unit) ? (/x$/.test(unit) ? "es" : "s") : ""} ` : "";
  const name = many && (!unit || /^(medium|large|small)$/.test(unit)) ? foodPlural : one;
  return `${amountWords(quantity)} ${unitText}${name} (${formatWhole(food.serving.grams * servings)} g)`;
}

/** "green vegetables" -> "a green vegetable": what a general word makes of one food. */
function oneOf(term: string): string {
  const singular = term.replace(/(?<!s)s$/, "");
  return singular === term ? `a kind of ${term}` : `a ${singular}`;
}

/** Why a food is in the plan: what it adds toward each target that is short (calcium as it counts), and the article's word. */
export function why(food: PlanFood, servings: number, analysis: Analysis, closing: readonly Mineral[] = MINERALS): string {
  const helps = closing
    .filter((m) => analysis.gaps[m] > 0)
    .map((m) => ({ m, share: (food.perServing[m] * (m === "calcium" ? food.calciumShare : 1) * servings) / analysis.targets[m].amount }))
    .filter((h) => h.share >= 0.02)
    .sort((a, b) => b.share - a.share)
    .map((h) => `${Math.round(h.share * 100)}% of your ${h.m} target`);
  const list = helps.length > 0 ? helps.join(", ") : "a little of each mineral";
  const named = food.general
    ? `the article names “${food.articleTerm}”, and this is ${oneOf(food.articleTerm)}`
    : `the article names “${food.articleTerm}”`;
  return `Adds ${list}; ${named}.`;
}

/** Why a food's calcium counts for less than its label toward the target ("each mg counts as 0.19 mg"), or null. */
export function calciumNote(food: PlanFood): string | null {
  if (food.calciumShare > 0.9) return null;
  const { basis, source } = calciumAbsorption(food.foodId);
  return `Calcium from ${basis} is absorbed less well than from milk, so it counts for less toward your target: each mg counts as ${round(food.calciumShare, 2)} mg (${shortCitation(source)}).`;
}
