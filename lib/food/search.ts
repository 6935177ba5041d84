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
import { PREFIX_QUALITY, type RankSignals, score, signals, signalsInto, termQuality } from "./rank-signals";
import { queryTerms, STOP_WORDS } from "./search-words";

export type { RankSignals };
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

/** Candidates re-ranked; a bounded pool keeps a query fast whatever its length. */
const CANDIDATE_POOL = 400;

/**
 * `noWord`: no word of the query was found as a word of the food's: each matched only as the start of a longer word
 * ("bev" in beverages, "kid" in kidney) or as a typo that changes its first letters ("ting" for wing, "ackee" for
 * McKee). A typo that keeps them ("brocoli") is still a word; people rarely mistype the start of a word.
 */
export type RankedFood = { record: FoodRecord; score: number; signals: RankSignals; noWord?: true };

/**
 * Rankings already worked out, by query terms and limit. Most foods people type come from the lexicon with no
 * ranking at all, but the search box asks for one per keystroke, and a long day of words the lexicon lacks asks for
 * about 170 (docs/benchmarks.md, issue 23): the same words, typed by many people, are ranked once. Bounded by count:
 * an entry is at most `limit` foods' signals (the records are the table's own), about a kilobyte.
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
