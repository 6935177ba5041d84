// Food search: MiniSearch finds candidates (BM25, typo-tolerant, prefix for type-ahead); a re-ranker then puts
// the everyday form of a food first, using honest signals from the table itself: does every word of the query
// match, does it match the food's main name rather than a trailing detail, is the food in the US food survey
// (SR28's in_fndds_survey), and how many extra qualifiers ("dehydrated", "babyfood", brand names) it carries.
import { LRUCache } from "lru-cache";
import MiniSearch, { type SearchResult } from "minisearch";
import { processWide } from "./data";
import { allFoods, foodRecordById, toFood } from "./foods";
import type { Food, FoodRecord } from "../schema/food";
import { lexiconEntry } from "./lexicon";
import { recipeByName } from "./recipes";
import { type Profile, profileOf } from "./food-profile";
import { CATEGORY_HEADS, COOKED_FORM, EATEN_COOKED, PLAIN_FORM_WORDS, queryTerms, RAW_FORM, STOP_WORDS, UNUSUAL_FORM_WORDS } from "./search-words";
import { normalizeTerm, tokenize } from "./words";

type Index = { search: MiniSearch<FoodRecord>; profiles: Map<string, Profile> };

function buildIndex(): Index {
  const search = new MiniSearch<FoodRecord>({
    fields: ["name", "otherNames"],
    idField: "id",
    tokenize,
    processTerm: (term) => {
      const normalized = normalizeTerm(term);
      return STOP_WORDS.has(normalized) ? null : normalized;
    },
    searchOptions: {
      boost: { name: 2, otherNames: 1 },
      fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length === 4 ? 0.25 : 0),
      prefix: (term) => term.length >= 3,
      combineWith: "OR",
    },
  });
  const records = allFoods();
  search.addAll(records);
  return { search, profiles: new Map(records.map((record) => [record.id, profileOf(record)])) };
}

function getIndex(): Index {
  return processWide("search-index", buildIndex);
}

const PREFIX_QUALITY = 0.7;
/** How well one query term matches a food: 1 exact, less for a prefix or a typo. */
function termQuality(term: string, profile: Profile, matchedDocTerms: readonly string[]): number {
  if (profile.nameTokens.has(term) || profile.aliasTokens.has(term)) return 1;
  for (const docTerm of matchedDocTerms) if (docTerm.startsWith(term)) return PREFIX_QUALITY;
  return 0.6; // matched through MiniSearch's fuzzy search: a typo
}

/** Where a matched term stands: in the food's core name, in another name for it, or in a trailing detail. */
function termPosition(docTerms: readonly string[], profile: Profile): number {
  let best = 0;
  for (const term of docTerms) {
    if (profile.coreTokens.has(term) && !profile.parenTokens.has(term)) return 1;
    if (profile.aliasTokens.has(term)) best = Math.max(best, 0.9);
    const segment = profile.nameTokens.get(term);
    if (segment !== undefined) best = Math.max(best, segment <= 2 ? 0.5 : 0.3);
  }
  return best;
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

function signals(terms: readonly string[], result: SearchResult, topScore: number, profile: Profile): RankSignals {
  return signalsInto({} as RankSignals, terms, result, topScore, profile);
}

/** `signals`, written into `out` (the ranking reuses one object for its hundreds of candidates). */
function signalsInto(out: RankSignals, terms: readonly string[], result: SearchResult, topScore: number, profile: Profile): RankSignals {
  // A request's parse ranks hundreds of candidates for each of its phrases: the few terms each matched are searched
  // as they come (arrays of one to four), not copied into sets, so that ranking leaves little garbage behind.
  const matched = result.queryTerms;
  const matchedDocTerms = result.terms;
  let coverage = 0;
  let position = 0;
  for (const term of terms) {
    if (!matched.includes(term)) continue;
    coverage += termQuality(term, profile, matchedDocTerms);
    const docTerms = profile.nameTokens.has(term) ? [term] : matchedDocTerms.filter((t) => t.startsWith(term) || !terms.includes(t));
    position += termPosition(docTerms, profile);
  }

  // A match on another name for the food explains its SR28 name: "oatmeal" is "Cereals, oats, ...".
  // Every word of the other name must match as a word or a typo; the prefix "rice" reaching "ricemilk" does not.
  const wordHit = (term: string) => matchedDocTerms.includes(term) && !terms.some((query) => term !== query && term.startsWith(query));
  const aliasHits = profile.aliases.length === 0 ? [] : profile.aliases.filter((alias) => alias.terms.every(wordHit));
  const explained = (token: string) => {
    if (aliasHits.length === 0) return false;
    if (profile.coreTokens.has(token)) return true;
    const segment = profile.nameTokens.get(token) ?? -1;
    return aliasHits.some((alias) => alias.segment === segment || alias.terms.includes(token));
  };

  let coreExtras = 0;
  let extras = 0;
  let unusual = 0;
  for (const token of profile.nameTokens.keys()) {
    if (matchedDocTerms.includes(token) || terms.includes(token) || /\d/.test(token) || token.length < 2) continue;
    if (explained(token) || profile.noteTokens.has(token)) continue;
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
function score(s: RankSignals): number {
  let total = 0;
  for (const key of WEIGHTED) total += WEIGHTS[key] * s[key];
  return total;
}

/** Candidates re-ranked; a bounded pool keeps a query fast whatever its length. */
const CANDIDATE_POOL = 400;

/**
 * `noWord`: no word of the query was found as a word of the food's: each matched only as the start of a longer word
 * ("bev" in beverages, "kid" in kidney) or as a typo that changes its first letters ("ting" for wing, "ackee" for
 * McKee). A typo that keeps them ("brocoli") is still a word; people rarely mistype the start of a word.
 */
export type RankedFood = { record: FoodRecord; score: number; signals: RankSignals; noWord?: true };

/**
 * Rankings already worked out, by query terms and limit: the same phrases ("a banana", "milk", "2 slices of toast")
 * come back in day after day, and a 2,000-character day asks for hundreds of rankings (docs/benchmarks.md, issue 23).
 * Bounded by count: an entry is a few kilobytes (at most `limit` foods, which the table holds anyway).
 */
const RANKINGS_KEPT = 5000;
const rankings = () => processWide("rankings", () => new LRUCache<string, readonly RankedFood[]>({ max: RANKINGS_KEPT }));

/** The best `limit` foods for the query, best first. The answer is shared (frozen): copy it to change it. */
export function rankFoods(query: string, limit: number): readonly RankedFood[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const key = `${limit} ${terms.join(" ")}`;
  const cache = rankings();
  let ranked = cache.get(key);
  if (ranked === undefined) {
    ranked = Object.freeze(rankTerms(terms, limit).map((food) => Object.freeze({ ...food, signals: Object.freeze(food.signals) })));
    cache.set(key, ranked);
  }
  return ranked;
}

function rankTerms(terms: readonly string[], limit: number): RankedFood[] {
  const { search, profiles } = getIndex();
  const results = search.search(terms.join(" ")).slice(0, CANDIDATE_POOL);
  const topScore = results[0]?.score ?? 1;
  // The best `limit` of the candidates, in the order a stable sort by score (then shorter name) would give, kept as
  // they come: each candidate is scored in one reused object, and only the few that make the list are kept.
  const best: { score: number; length: number; result: SearchResult; profile: Profile }[] = [];
  const scratch = {} as RankSignals;
  for (const result of results) {
    const profile = profiles.get(String(result.id))!;
    const value = score(signalsInto(scratch, terms, result, topScore, profile));
    const length = profile.record.name.length;
    // Below every kept food that scores higher, or the same with a name no longer (those came first).
    let at = best.length;
    while (at > 0 && (best[at - 1]!.score < value || (best[at - 1]!.score === value && best[at - 1]!.length > length))) at -= 1;
    if (at >= limit) continue;
    best.splice(at, 0, { score: value, length, result, profile });
    if (best.length > limit) best.pop();
  }
  return best.map(({ score, result, profile }) => {
    const ranked: RankedFood = { record: profile.record, score, signals: signals(terms, result, topScore, profile) };
    return foundNoWord(result, profile) ? { ...ranked, noWord: true as const } : ranked;
  });
}

function foundNoWord(result: SearchResult, profile: Profile): boolean {
  const asWord = (term: string) => {
    const quality = termQuality(term, profile, result.terms);
    return quality === 1 || (quality < PREFIX_QUALITY && result.terms.some((doc) => doc.slice(0, 2) === term.slice(0, 2)));
  };
  return result.queryTerms.length > 0 && !result.queryTerms.some(asWord);
}

/** A complete match: every word matched, at least half of them in the food's own name, no unusual form. */
export const isComplete = (s: RankSignals) => s.coverage >= 0.999 && s.position >= 0.5 && s.unusual === 0;

/**
 * Whether some food is named by every one of these words, each a whole word of its name, at least half of them in
 * the food's own name and none an unusual form: what `rankFoods` calls a complete match, found without typos or
 * word starts over the few foods that hold all the words (cheap enough to ask of any phrase).
 */
export function namesAFood(query: string): boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return false;
  const { search, profiles } = getIndex();
  const results = search.search(terms.join(" "), { combineWith: "AND", fuzzy: false, prefix: false }).slice(0, 20);
  const topScore = results[0]?.score ?? 1;
  return results.some((result) => {
    const s = signals(terms, result, topScore, profiles.get(String(result.id))!);
    return isComplete(s);
  });
}

/** Every word typed starts a word of the food's name: "greek yog" is Greek yogurt, still being typed. */
function namedByStarts(query: string, record: FoodRecord): boolean {
  const split = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = split(`${record.name} ${record.otherNames ?? ""}`);
  return split(query).every((typed) => words.some((word) => word.startsWith(typed)));
}

/** What the search box shows: the foods, and a line above them when none is what was asked for. */
export type SearchAnswer = { records: FoodRecord[]; note: string | null };

/**
 * The search box's answer. An everyday name ("steak", "rice", "OJ") puts the food people mean first, then its
 * alternatives, then the index's ranking; a food the table lacks ("oat milk") or words no food has all of say so.
 */
export function searchFoodAnswer(query: string, limit: number): SearchAnswer {
  const ranked = rankFoods(query, limit + 4);
  const entry = lexiconEntry(query);
  const asked = query.trim();
  if (entry?.foodId === null) {
    return { records: ranked.slice(0, limit).map((r) => r.record), note: `${entry.reason} The closest foods:` };
  }
  const firstIds = entry ? [entry.foodId, ...entry.alternatives, ...(entry.rawId ? [entry.rawId] : [])] : [];
  const dish = entry ? undefined : recipeByName(query);
  if (dish?.ingredients.length === 1) firstIds.push(dish.ingredients[0]!.foodId);
  const first = firstIds.map((id) => foodRecordById(id)).filter((r): r is FoodRecord => r !== undefined);
  const seen = new Set(first.map((r) => r.id));
  const records = [...first, ...ranked.map((r) => r.record).filter((r) => !seen.has(r.id))].slice(0, limit);
  let note: string | null = null;
  if (dish && dish.ingredients.length > 1) note = `“${asked}” is a dish: type it in Quick add to add its ingredients, or pick them here.`;
  else if (!entry && !dish && ranked.length > 0 && ranked[0]!.signals.coverage < 0.999 && !namedByStarts(asked, ranked[0]!.record)) {
    note = `No food in the table matches all of “${asked}”. The closest foods:`;
  }
  return { records, note };
}

/** The foods the search box lists, best first. */
export function searchFoodRecords(query: string, limit: number): FoodRecord[] {
  return searchFoodAnswer(query, limit).records;
}

export function searchFoods(query: string, limit: number): Food[] {
  return searchFoodRecords(query, limit).map(toFood);
}
