// The re-ranker's signals for one candidate of the search index (lib/food/search.ts): how well the query's words
// match the food's own name, where they stand in it, its form, and what else its name carries; and the score they
// make. Apart from the index and the ranking so that each reads on its own.
import type { SearchResult } from "minisearch";
import type { Profile } from "./food-profile";
import { CATEGORY_HEADS, COOKED_FORM, EATEN_COOKED, PLAIN_FORM_WORDS, RAW_FORM, STOP_WORDS, UNUSUAL_FORM_WORDS } from "./search-words";

export const PREFIX_QUALITY = 0.7;
/** How well one query term matches a food: 1 exact, less for a prefix or a typo. */
export function termQuality(term: string, profile: Profile, matchedDocTerms: readonly string[]): number {
  if (profile.nameTokens.has(term) || profile.aliasTokens.has(term)) return 1;
  for (const docTerm of matchedDocTerms) if (docTerm.startsWith(term)) return PREFIX_QUALITY;
  return 0.6; // matched through MiniSearch's fuzzy search: a typo
}

/** Where one matched word of the food stands: its core name (1), another name for it, or a trailing detail. */
function wordPosition(docTerm: string, profile: Profile): number {
  if (profile.coreTokens.has(docTerm) && !profile.parenTokens.has(docTerm)) return 1;
  const segment = profile.nameTokens.get(docTerm);
  return Math.max(profile.aliasTokens.has(docTerm) ? 0.9 : 0, segment === undefined ? 0 : segment <= 2 ? 0.5 : 0.3);
}

/**
 * Where a query term's match stands: the term itself when it is a word of the name, else the best of the food's
 * matched words it reached (those it starts, and those no other query term asked for).
 */
function termPosition(term: string, terms: readonly string[], matchedDocTerms: readonly string[], profile: Profile): number {
  if (profile.nameTokens.has(term)) return wordPosition(term, profile);
  let best = 0;
  for (const docTerm of matchedDocTerms) {
    if (!docTerm.startsWith(term) && terms.includes(docTerm)) continue;
    best = Math.max(best, wordPosition(docTerm, profile));
    if (best === 1) break;
  }
  return best;
}

/** A matched word of the food that is a whole word typed, not the longer word a typed prefix reached. */
const wordHit = (term: string, terms: readonly string[], matchedDocTerms: readonly string[]) =>
  matchedDocTerms.includes(term) && !terms.some((query) => term !== query && term.startsWith(query));

/** A word of the food's name that a matched other name (an alias) accounts for. */
function explainedByAlias(token: string, aliasHits: Profile["aliases"], profile: Profile): boolean {
  if (profile.coreTokens.has(token)) return true;
  const segment = profile.nameTokens.get(token) ?? -1;
  return aliasHits.some((alias) => alias.segment === segment || alias.terms.includes(token));
}

export type RankSignals = {
  coverage: number;
  /** Staples (grains, pasta, legumes, meat, fish) are eaten cooked: +1 cooked, -1 raw or dry, unless asked for. */
  form: number;
  position: number;
  relevance: number;
  survey: number;
  portions: number;
  coreExtras: number;
  extras: number;
  unusual: number;
  brand: number;
  mixture: number;
  group: number;
};

const WEIGHTS: RankSignals = {
  coverage: 8,
  form: 1.6,
  position: 2,
  relevance: 1.5,
  survey: 1.5,
  portions: 0.25,
  coreExtras: -1.2,
  extras: -0.3,
  unusual: -1.2,
  brand: -1,
  mixture: -1.5,
  group: -1,
};

function formSignal(terms: readonly string[], profile: Profile): number {
  if (!EATEN_COOKED.has(profile.record.group)) return 0;
  if (terms.some((term) => RAW_FORM.has(term) || term === "dried" || COOKED_FORM.has(term))) return 0;
  let cooked = false;
  for (const token of profile.nameTokens.keys()) {
    if (RAW_FORM.has(token)) return -1;
    cooked ||= COOKED_FORM.has(token);
  }
  return cooked ? 1 : 0;
}

export function signals(terms: readonly string[], result: SearchResult, topScore: number, profile: Profile): RankSignals {
  return signalsInto({} as RankSignals, terms, result, topScore, profile);
}

/** `signals`, written into `out` (the ranking reuses one object for its hundreds of candidates). */
export function signalsInto(out: RankSignals, terms: readonly string[], result: SearchResult, topScore: number, profile: Profile): RankSignals {
  // A request's parse ranks hundreds of candidates for each of its phrases: the few terms each matched are searched
  // as they come (arrays of one to four), not copied into sets, so that ranking leaves little garbage behind.
  const matched = result.queryTerms;
  const matchedDocTerms = result.terms;
  let coverage = 0;
  let position = 0;
  for (const term of terms) {
    if (!matched.includes(term)) continue;
    coverage += termQuality(term, profile, matchedDocTerms);
    position += termPosition(term, terms, matchedDocTerms, profile);
  }

  // A match on another name for the food explains its SR28 name: "oatmeal" is "Cereals, oats, ...".
  // Every word of the other name must match as a word or a typo; the prefix "rice" reaching "ricemilk" does not.
  const aliasHits =
    profile.aliases.length === 0 ? profile.aliases : profile.aliases.filter((alias) => alias.terms.every((term) => wordHit(term, terms, matchedDocTerms)));

  let coreExtras = 0;
  let extras = 0;
  let unusual = 0;
  for (const token of profile.nameTokens.keys()) {
    if (matchedDocTerms.includes(token) || terms.includes(token) || /\d/.test(token) || token.length < 2) continue;
    if ((aliasHits.length > 0 && explainedByAlias(token, aliasHits, profile)) || profile.noteTokens.has(token)) continue;
    if (STOP_WORDS.has(token) || PLAIN_FORM_WORDS.has(token)) continue;
    if (UNUSUAL_FORM_WORDS.has(token)) unusual += 1;
    else if (profile.coreTokens.has(token) && !CATEGORY_HEADS.has(token)) coreExtras += 1;
    else extras += 1;
  }

  out.coverage = coverage / terms.length;
  out.form = formSignal(terms, profile);
  out.position = position / terms.length;
  out.relevance = result.score / topScore;
  out.survey = profile.record.survey ? 1 : 0;
  out.portions = Math.min(Math.max(profile.record.portions.length - 2, 0), 6);
  out.coreExtras = Math.min(coreExtras, 3);
  out.extras = Math.min(extras, 10);
  out.unusual = Math.min(unusual, 4);
  out.brand = profile.brand ? 1 : 0;
  out.mixture = profile.mixture ? 1 : 0;
  out.group = profile.groupPenalty;
  return out;
}

const WEIGHTED = Object.keys(WEIGHTS) as (keyof RankSignals)[];
export function score(s: RankSignals): number {
  let total = 0;
  for (const key of WEIGHTED) total += WEIGHTS[key] * s[key];
  return total;
}
