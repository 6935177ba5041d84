// Meal text -> entries: "Breakfast: porridge with milk and a banana. Lunch: tuna sandwich" becomes foods with grams,
// meals and dishes. structure.ts finds meals and fragments; here each fragment's amount is read off the
// front and its words are matched: a dish (data/recipes.json), an everyday name (data/lexicon.json), else the
// search index. Every entry says how sure the match is, with alternatives; nothing is dropped or silently swapped.
import { foodRecordById } from "../food/foods";
import { lexiconEntryById } from "../food/lexicon";
import { splitDay, STRUCTURE_WORDS } from "./structure";
import { amountProblem, countable, NOT_A_FOOD_EMOJI, notAnAmount, withChecks } from "./checks";
import { amountFirst, britishPint, parseNumber, readAmount, type Amount } from "./amount";
import { PREPARATION } from "./vocabulary";
import { alternativesFor, byPortion, isCereal, isDrink, milkOnCereal, quantityOf } from "./quantity";
import { isKnownName, matchWords, TOO_MANY_WORDS, type Match } from "./food";
import { withoutContext, withoutLeadingContext } from "./context";
import { type Piece, mergeQualifiers } from "./pieces";
import { recipeEntries, madeOf, namesItsParts, headsItsParts } from "./dishes";
import { withGloss } from "./gloss";
import { withEverydayNames } from "./named";
import type { Chunk } from "./cover";
import { vagueTimes } from "./vague";
import type { ParseResponse, ParsedEntryDraft, UnmatchedReason } from "../schema/parse";

/** A British or Irish can of beer or cider: 440 ml (the usual UK can; some hold 500 ml). */
export const BRITISH_BEER_CAN_ML = 440;
/** Foods spread on each piece of bread, cracker or pancake they come with. */
const SPREAD = /\b(?:butter|margarine|spread|jams?|jell(?:y|ies)|preserves|marmalade|cheese, cream|peanut|hazelnut|yeast extract)\b/i;
/** Why words that only say where or when ("at the pub", "after work") are no entry. */
export const WHERE_OR_WHEN = "Where or when you ate, not a food: nothing to add.";
/** Words that mark British (or Irish, Australian) usage, where "chips" are fries and a pint is 568 ml. */
export const BRITISH = /\b(?:crisps|brekky|arvo|smoko|schooners?|middy|tayto|rashers?|jacket potato|semi-skimmed|skimmed|biscuits|courgettes?|aubergines?|cuppa|brekkie|fry-up|chippy|sultanas|wholemeal|bangers|mince|beans on toast|fish and chips|squash|a brew|pub|tins?|chilli|yoghurts?|mum|favourite)\b/i;

/** The foods in a day's text (see parseSteps), worked out in one go. */
export function parseMeals(text: string): ParseResponse {
  return runToEnd(parseSteps(text));
}

export function runToEnd<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The foods in a day's text, one fragment at a time: the generator pauses before each fragment is read (each step
 * costs at most a few searches of at most MAX_SEARCH_WORDS words), so that a server can answer other requests
 * between the fragments of a long text. Its return value is parseMeals's answer.
 */
export function* parseSteps(text: string): Generator<void, ParseResponse, void> {
  const entries: ParsedEntryDraft[] = [];
  const unmatched: string[] = [];
  const unmatchedReasons: UnmatchedReason[] = [];
  const pieces = yield* mergeQualifiers(text, splitDay(text, isKnownName));
  const british = BRITISH.test(text);
  const dishOf = new Map<Piece, { name: string; text: string }>();
  const baseBefore = new Map<Piece, ParsedEntryDraft>();
  const foodsOf = (piece: Piece) => {
    const match = matchWords(readAmount(piece.head).rest.join(" "));
    return match.kind === "food" ? [match.food.id] : match.kind === "recipe" ? match.recipe.ingredients.map((i) => i.foodId) : [];
  };
  for (let i = 0; i < pieces.length; i++) {
    // "huevos rancheros - 2 eggs on corn tortillas": the dish heads its own parts, which are what was eaten.
    if (namesItsParts(pieces, i, foodsOf)) {
      pieces.splice(i, 1);
      i--;
      continue;
    }
    const made = madeOf(pieces, i);
    if (!made) continue;
    const whole = text.slice(pieces[i]!.start, made.parts[made.parts.length - 1]!.end);
    for (const part of made.parts) dishOf.set(part, { name: made.dish.name, text: whole });
    const base = made.dish.base;
    const food = base && !made.parts.some((part) => base.unless.test(part.text)) ? foodRecordById(base.foodId) : undefined;
    const portion = food?.portions.find((p) => p.label === base!.portion);
    if (food && portion) {
      baseBefore.set(made.parts[0]!, {
        text: whole, foodId: food.id, name: food.name, ...byPortion(base!.amount, portion), meal: pieces[i]!.meal,
        // The base the words leave unsaid (a sandwich's bread) is assumed, and its note says so.
        recipe: made.dish.name, perWeek: pieces[i]!.often.perWeek, confidence: "low", alternatives: [],
        note: [base!.note, pieces[i]!.often.note].filter(Boolean).join(" "), check: null,
      });
    }
    pieces.splice(i, 1); // the dish word itself is no food
    i += made.parts.length - 1;
  }
  const read: Reading = { text, british, entries, dishOf, openDish: null, refuse: () => {} };
  for (const piece of pieces) {
    yield;
    if (read.openDish && read.openDish.clause !== piece.clause) read.openDish = null;
    const base = baseBefore.get(piece);
    if (base) entries.push(base);
    const refuse = (reason: string, text = piece.text) => {
      unmatched.push(text);
      unmatchedReasons.push({ text, reason });
    };
    read.refuse = refuse;
    for (const emoji of piece.otherEmoji) refuse(NOT_A_FOOD_EMOJI, emoji);
    if (piece.onlyOtherEmoji) {
      refuse(NOT_A_FOOD_EMOJI);
      continue;
    }
    const head = withGloss(withoutLeadingContext(piece.head), readsAsFood);
    const typed = readAmount(piece.amountText ? `${piece.amountText} ${readAmount(head).rest.join(" ")}` : amountFirst(head, isKnownName));
    let amount = british ? britishPint(typed) : typed;
    // "0 bananas", "-200 g spinach", "banana x 0", "milk -2": no amount at all. Refused with the reason, never read as
    // another amount, wherever the number stands.
    const nothing = [amount.count, ...amount.rest.map(parseNumber)].find((n): n is number => n !== null && n <= 0);
    if (nothing !== undefined) {
      refuse(notAnAmount(nothing));
      continue;
    }
    const qualifierWords = piece.qualifiers.flatMap((q) => q.toLowerCase().split(/[\s,]+/));
    // "milk, fat-free" is "fat-free milk": try the qualifier first, as everyday names put it.
    let foodWords: readonly string[] = withoutContext([...qualifierWords, ...amount.rest]);
    // "2 schooners at the pub", "a pint after work": the word read as the unit is the food.
    if (foodWords.length === 0 && amount.unitWord && isKnownName(amount.unitWord)) {
      foodWords = [amount.unitWord];
      amount = { ...amount, unit: null, unitWord: null };
    }
    if (!foodWords.some((w) => /[\p{L}]/u.test(w))) {
      const told = amount.rest.length > 0 && amount.count === null && amount.unit === null;
      if (/[\p{L}\p{N}]/u.test(piece.text)) refuse(told ? WHERE_OR_WHEN : "There is an amount here but no food.");
      continue;
    }
    // "I also", "then some": words that only tell the story; "2 x" is an amount with no food.
    if (foodWords.every((w) => STRUCTURE_WORDS.has(w))) {
      if (amount.count !== null || amount.unit !== null) refuse("There is an amount here but no food.");
      continue;
    }
    // "2 glasses of white", "a bottle of rosé": a colour alone in a glass or bottle is wine of that colour.
    if (foodWords.length === 1 && /^(?:glass|bottle|carafe)$/.test(amount.unitWord ?? "") && /^(?:white|red|ros[eé]|dry)$/i.test(foodWords[0]!)) {
      foodWords = [foodWords[0]!, "wine"];
    }
    const foodText = foodWords.join(" ");
    const match = matchWords(foodText);
    if (match.kind !== "several") {
      readFood(read, piece, amount, foodWords, match, null);
      continue;
    }
    // A run of several foods typed with no separators ("tea milk 2 sugars"): each is read on its own, and said.
    const names = match.chunks.map((chunk) => `“${chunk.text}”`).join(", ");
    const texts = ownTexts(piece, match.chunks);
    const matches = match.chunks.map((chunk) => matchWords(readAmount(chunk.text).rest.join(" ")));
    match.chunks.forEach((chunk, k) => {
      const own = readAmount(chunk.text);
      // The piece's amount in front ("2 eggs bacon toast") belongs to the first food.
      const chunkAmount = k === 0 && own.count === null && own.unit === null ? { ...amount, rest: own.rest } : own;
      const chunkMatch = matches[k]!;
      // "huevos rancheros - 2 eggs on corn tortillas": the dish heads its own parts, which are what was eaten.
      const later = matches.slice(k + 1).flatMap((m) => (m.kind === "food" ? [m.food.id] : []));
      if (chunkMatch.kind === "recipe" && headsItsParts(texts[k]?.text ?? chunk.text, chunkMatch.recipe, later)) return;
      // What follows the first food goes with it ("tea milk 2 sugars": the milk is a splash in the tea).
      const chunkPiece = { ...(k === 0 ? piece : { ...piece, joiner: "with" as const }), ...texts[k] };
      const dish = read.dishOf.get(piece);
      if (dish) read.dishOf.set(chunkPiece, dish);
      // Foods named one after another are beside a dish among them, not in it ("dal bhat shaak rotli").
      if (k > 0) read.openDish = null;
      readFood(read, chunkPiece, chunkAmount, chunkAmount.rest, chunkMatch, `Read as several foods typed together (${names}): check each.`);
    });
  }
  return { entries: withEverydayNames(withChecks(entries), british), unmatched, unmatchedReasons };
}

/**
 * Each chunk's own words in the piece as typed, with where they sit in the day ("dal bhat shaak rotli": the row for
 * shaak says "shaak"); the first keeps the piece's start (its amount), the last its end. Empty where not found.
 */
function ownTexts(piece: Piece, chunks: readonly Chunk[]): Array<Partial<Pick<Piece, "text" | "start" | "end">>> {
  const lower = piece.text.toLowerCase();
  let cursor = 0;
  const at = chunks.map((chunk, k) => {
    const found = lower.indexOf(chunk.text.toLowerCase(), cursor);
    if (found >= 0) cursor = found + chunk.text.length;
    return k === 0 && found >= 0 ? 0 : found;
  });
  if (at.some((found) => found < 0) || piece.text.length !== piece.end - piece.start) return chunks.map(() => ({}));
  return at.map((found, k) => {
    const end = k + 1 < at.length ? at[k + 1]! : piece.text.length;
    // "6 eggs n | 4 toast": the joiner before the next food is no part of this one.
    const text = piece.text.slice(found, end).replace(/(?:[\s,;+&]|\b(?:n|and|w|with|plus)\b)+$/i, "");
    return { text, start: piece.start + found, end: piece.start + found + text.length };
  });
}

/** What reading one day's pieces keeps: the entries so far, the dish a "with" may add to, where refusals go. */
type Reading = {
  text: string;
  british: boolean;
  entries: ParsedEntryDraft[];
  dishOf: Map<Piece, { name: string; text: string }>;
  openDish: { clause: number; name: string; start: number; entries: ParsedEntryDraft[]; joined?: boolean } | null;
  refuse: (reason: string) => void;
};

/**
 * One food of a piece, read with its amount into entries (or refused with the reason). `together` says it was one
 * of several foods typed with no separators: then it is never sure, and says so.
 */
function readFood(read: Reading, piece: Piece, typedAmount: Amount, foodWords: readonly string[], match: Match, together: string | null): void {
  let amount = typedAmount;
  if (match.kind === "several") {
    read.refuse(TOO_MANY_WORDS);
    return;
  }
  if (match.kind === "missing" || match.kind === "none") {
    read.refuse(match.reason);
    return;
  }
  if (match.kind === "recipe") {
    // A dish with no amount is one serving of it: an assumption, said in its note.
    const noAmount = amount.count === null && amount.unit === null;
    const vague = amount.unit?.kind === "vague";
    const assumed = noAmount || vague ? `${noAmount ? "No amount given" : `“${amount.unitWord}”`}: one serving (${match.recipe.serving}) assumed.` : amount.countWord ? `“A ${amount.countWord}” read as ${amount.count}.` : null;
    // A dish read as a typical recipe's ingredients is that recipe, not what this person's plate held: said, and
    // checked. A dish SR28 has as one food is as sure as any food.
    const recipe = match.recipe.ingredients.length > 1 ? `A typical ${match.recipe.name.toLowerCase()}: its ingredients and amounts are a standard recipe's; change any that differ.` : null;
    const made = recipeEntries(piece, match.recipe, amount, assumed || together || recipe ? "low" : match.confidence, [match.note, assumed, together, recipe, piece.often.note].filter(Boolean).join(" ") || null);
    const problem = amountProblem(made);
    if (problem) {
      read.refuse(problem);
      return;
    }
    read.entries.push(...made);
    read.openDish = { clause: piece.clause, name: match.recipe.name, start: piece.start, entries: made };
    return;
  }
  // "tofu stir-fry with rice, bok choy and soy sauce": what comes with a dish in the same clause is part of it,
  // and a food the dish already has is not counted twice.
  // A drink, or a food after a comma with its own count ("…, arroz, 2 micheladas"), is beside the dish, not in it.
  const beside = isDrink(match.food) || (piece.joiner !== "with" && amount.count !== null);
  const inDish = read.openDish && read.openDish.clause === piece.clause && (piece.joiner === "with" || read.openDish.joined) && !beside ? read.openDish : null;
  if (read.openDish && !inDish) read.openDish = null;
  if (inDish) {
    inDish.joined = true;
    const whole = read.text.slice(inDish.start, piece.end);
    for (const entry of inDish.entries) entry.text = whole;
    if (inDish.entries.some((entry) => entry.foodId === match.food.id)) return;
  }
  const prep = foodWords.filter((w) => PREPARATION.has(w));
  // A can of beer or cider in British or Irish text is 440 ml (their usual can), not SR28's 12 fl oz US can: taken, said.
  if (read.british && /^(?:can|tin)$/.test(amount.unitWord ?? "") && /\b(?:beer|cider|ale|lager|stout)\b/i.test(match.food.name)) {
    amount = { ...amount, unit: { kind: "volume", ml: BRITISH_BEER_CAN_ML, vessel: true } };
  }
  if (read.british && match.lex?.britishId) {
    const fries = foodRecordById(match.lex.britishId);
    if (fries) {
      match.alternatives = [match.food.id, ...match.alternatives.filter((id) => id !== fries.id)];
      match.note = `Read as ${fries.name.toLowerCase()}, as the text reads British; pick the other if not.`;
      match.food = fries;
      match.lex = undefined;
    }
  }
  const previous = read.entries[read.entries.length - 1];
  // No amount, or only "heaps"/"lots" of it: milk on cereal is what people pour (vague.ts).
  const many = amount.unit?.kind === "vague" && vagueTimes(amount.unitWord) !== null;
  const noAmount = amount.count === null && (amount.unit === null || many);
  const poured = noAmount && previous && previous.meal === piece.meal && isCereal(previous.foodId) && piece.joiner !== "start" ? milkOnCereal(match.food, amount.unitWord) : null;
  // A spread after pieces ("2 slices of toast with butter", "2 crackers with peanut butter") goes on each of them:
  // the pieces are the last entry before the add-ons (which are weighed in grams, with no measure).
  const base = piece.joiner === "with" && SPREAD.test(match.food.name) ? read.entries.slice(-3).reverse().find((e) => e.portion !== null) : undefined;
  const pieces = base && base.meal === piece.meal && /^1 (?:slice|piece|muffin|bagel|cracker|roll|waffle|pancake|biscuit|cake|english muffin|medium bagel)\b/i.test(base.portion!) ? Math.min(Math.round(base.amount), 4) : 1;
  const quantity = countable(poured ?? quantityOf(match.food, amount, match.lex ?? lexiconEntryById(match.food.id), piece.joiner, prep, Math.max(1, pieces)));
  const problem = amountProblem([quantity]);
  if (problem) {
    read.refuse(problem);
    return;
  }
  // High only when the food and the amount were both read from the words; an assumed amount says so.
  const confidence = match.confidence === "high" && !quantity.assumed && !together ? "high" : "low";
  const note = [match.note, quantity.note, quantity.assumed, together, piece.often.note].filter(Boolean).join(" ") || null;
  const dish = read.dishOf.get(piece) ?? (inDish ? { name: inDish.name, text: read.text.slice(inDish.start, piece.end) } : undefined);
  const entry: ParsedEntryDraft = {
    text: dish?.text ?? piece.text,
    foodId: match.food.id,
    name: match.food.name,
    amount: quantity.amount,
    portion: quantity.portion,
    grams: quantity.grams,
    meal: piece.meal,
    recipe: dish?.name ?? null,
    // One serving as typed: how often is kept beside it, never multiplied into the amount.
    perWeek: piece.often.perWeek,
    confidence,
    alternatives: alternativesFor(match.alternatives, match.food.id, amount, quantity, piece.joiner, prep),
    note,
    check: null,
  };
  read.entries.push(entry);
  if (inDish) inDish.entries.push(entry);
}

/** Words the table reads as one food for sure: a dish, an everyday name, every word found by search, or a food SR28 lacks. */
function readsAsFood(words: string): boolean {
  const match = matchWords(words);
  return match.kind === "recipe" || match.kind === "missing" || (match.kind === "food" && (match.exact === true || match.searched === "complete"));
}

/** The fragments of a text, each as typed (labels, separators and filler left out). */
export function splitFragments(text: string): string[] {
  return runToEnd(mergeQualifiers(text, splitDay(text, isKnownName))).map((piece) => piece.text);
}
