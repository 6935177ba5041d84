// What food search knows of each food before any query: its name's words and where each stands (the core name,
// another name, a trailing detail, a note in brackets), and whether it is a brand or a mixture. Built once per food.
import type { FoodRecord } from "../schema/food";
import { CATEGORY_HEADS, GROUP_PENALTY, NOT_A_MIXTURE_AFTER_WITH, STOP_WORDS } from "./search-words";
import { normalizeTerm, tokenize } from "./words";

export type Profile = {
  record: FoodRecord;
  /** Normalised name tokens with the index of the comma-separated segment each first stands in. */
  nameTokens: Map<string, number>;
  /** The tokens that name the food itself: the first segment, and the second after a category head. */
  coreTokens: Set<string>;
  /** Words of other names for the food: SR28's common names and parenthesised aliases ("Plums, dried (prunes)"). */
  aliasTokens: Set<string>;
  /** Words that stand in parentheses in the name. */
  parenTokens: Set<string>;
  /** Words of parenthesised notes ("(includes boiling and microwaving)"): no extra qualifiers. */
  noteTokens: Set<string>;
  /**
   * Each other name as a phrase; a parenthesised one also explains its segment ("dried" is no extra word when
   * "prunes" matched). A phrase counts only when all its words match: "coffee" alone is not "coffee cream".
   */
  aliases: Array<{ terms: string[]; segment: number | null }>;
  brand: boolean;
  /** A mixture ("Cheese, cottage, with vegetables") rather than the food itself. */
  mixture: boolean;
  groupPenalty: number;
};

export function profileOf(record: FoodRecord): Profile {
  const nameTokens = new Map<string, number>();
  const segments = record.name.split(",").map((segment) => tokenize(segment).map(normalizeTerm));
  segments.forEach((tokens, segmentIndex) => {
    for (const term of tokens) if (!nameTokens.has(term)) nameTokens.set(term, segmentIndex);
  });
  const [first = [], second = []] = segments;
  const coreTokens = new Set(CATEGORY_HEADS.has(first[0] ?? "") ? [...first, ...second] : first);
  const phraseTerms = (phrase: string) => tokenize(phrase).map(normalizeTerm).filter((t) => !STOP_WORDS.has(t));
  const aliases: Profile["aliases"] = (record.otherNames ?? "")
    .split(/[,;]/)
    .map((phrase) => ({ terms: phraseTerms(phrase), segment: null }));
  const noteTokens = new Set<string>();
  record.name.split(",").forEach((segment, segmentIndex) => {
    for (const [, inner = ""] of segment.matchAll(/\(([^)]*)\)/g)) {
      if (/^\s*(includes|may|formerly|not|with)\b/i.test(inner)) {
        for (const token of tokenize(inner)) noteTokens.add(normalizeTerm(token)); // a note, not another name
        continue;
      }
      for (const phrase of inner.split(/,|\bor\b/)) aliases.push({ terms: phraseTerms(phrase), segment: segmentIndex });
    }
  });
  const usable = aliases.filter((alias) => alias.terms.length > 0);
  const aliasTokens = new Set(usable.flatMap((alias) => alias.terms));
  const parenTokens = new Set(usable.filter((alias) => alias.segment !== null).flatMap((alias) => alias.terms));
  const words = tokenize(record.name.toLowerCase());
  const mixture = words.some((word, i) => word === "with" && !NOT_A_MIXTURE_AFTER_WITH.has(normalizeTerm(words[i + 1] ?? "")));
  return {
    record,
    nameTokens,
    coreTokens,
    aliasTokens,
    parenTokens,
    noteTokens,
    aliases: usable,
    // Brand names are upper-case in SR28 ("KRAFT", "LIFEWAY").
    brand: tokenize(record.name).some((token) => token.length >= 3 && /^[A-Z'&]+$/.test(token)),
    mixture,
    groupPenalty: GROUP_PENALTY[record.group] ?? 0,
  };
}
