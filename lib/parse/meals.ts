// Meal text -> entries: "Breakfast: porridge with milk and a banana. Lunch: tuna sandwich" becomes foods with grams,
// meals and dishes. structure.ts finds meals and fragments; here each fragment's amount is read off the
// front and its words are matched: a dish (data/recipes.json), an everyday name (data/lexicon.json), else the
// search index. Every entry says how sure the match is, with alternatives; nothing is dropped or silently swapped.
import { foodRecordById } from "../foods";
import { lexiconEntryById } from "../lexicon";
import { splitDay, STRUCTURE_WORDS } from "./structure";
import { amountProblem, countable, NOT_A_FOOD_EMOJI, notAnAmount, withChecks } from "./checks";
import { amountFirst, britishPint, parseNumber, readAmount } from "./amount";
import { PREPARATION } from "./vocabulary";
import { alternativesFor, byPortion, isCereal, milkOnCereal, quantityOf } from "./quantity";
import { isKnownName, matchWords } from "./food";
import { type Piece, mergeQualifiers } from "./pieces";
import { recipeEntries, madeOf } from "./dishes";
import type { ParseResponse, ParsedEntry, UnmatchedReason } from "../schema";

export const MAX_PARSE_CHARS = 2000;
/** Words that mark British (or Irish, Australian) usage, where "chips" are fries and a pint is 568 ml. */
export const BRITISH = /\b(?:crisps|brekky|arvo|smoko|schooners?|middy|tayto|rashers?|tins? of|jacket potato|semi-skimmed|skimmed|biscuits|courgettes?|aubergines?|cuppa|brekkie|fry-up|chippy|sultanas|wholemeal|bangers|mince|beans on toast|fish and chips|squash|a brew)\b/i;

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
  const entries: ParsedEntry[] = [];
  const unmatched: string[] = [];
  const unmatchedReasons: UnmatchedReason[] = [];
  const pieces = yield* mergeQualifiers(text, splitDay(text, isKnownName));
  const british = BRITISH.test(text);
  const dishOf = new Map<Piece, { name: string; text: string }>();
  const baseBefore = new Map<Piece, ParsedEntry>();
  for (let i = 0; i < pieces.length; i++) {
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
        recipe: made.dish.name, confidence: "high", alternatives: [], note: base!.note, check: null,
      });
    }
    pieces.splice(i, 1); // the dish word itself is no food
    i += made.parts.length - 1;
  }
  let openDish: { clause: number; name: string; start: number; entries: ParsedEntry[]; joined?: boolean } | null = null;
  for (const piece of pieces) {
    yield;
    if (openDish && openDish.clause !== piece.clause) openDish = null;
    const base = baseBefore.get(piece);
    if (base) entries.push(base);
    const refuse = (reason: string, text = piece.text) => {
      unmatched.push(text);
      unmatchedReasons.push({ text, reason });
    };
    for (const emoji of piece.otherEmoji) refuse(NOT_A_FOOD_EMOJI, emoji);
    if (piece.onlyOtherEmoji) {
      refuse(NOT_A_FOOD_EMOJI);
      continue;
    }
    const typed = readAmount(piece.amountText ? `${piece.amountText} ${readAmount(piece.head).rest.join(" ")}` : amountFirst(piece.head));
    const amount = british ? britishPint(typed) : typed;
    // "0 bananas", "-200 g spinach", "banana x 0", "milk -2": no amount at all. Refused with the reason, never read as
    // another amount, wherever the number stands.
    const nothing = [amount.count, ...amount.rest.map(parseNumber)].find((n): n is number => n !== null && n <= 0);
    if (nothing !== undefined) {
      refuse(notAnAmount(nothing));
      continue;
    }
    const qualifierWords = piece.qualifiers.flatMap((q) => q.toLowerCase().split(/[\s,]+/));
    // "milk, fat-free" is "fat-free milk": try the qualifier first, as everyday names put it.
    const foodWords = [...qualifierWords, ...amount.rest];
    if (!foodWords.some((w) => /[\p{L}]/u.test(w))) {
      if (/[\p{L}\p{N}]/u.test(piece.text)) refuse("There is an amount here but no food.");
      continue;
    }
    // "I also", "then some": words that only tell the story; "2 x" is an amount with no food.
    if (foodWords.every((w) => STRUCTURE_WORDS.has(w))) {
      if (amount.count !== null || amount.unit !== null) refuse("There is an amount here but no food.");
      continue;
    }
    const foodText = foodWords.join(" ");
    const match = matchWords(foodText);
    if (match.kind === "missing" || match.kind === "none") {
      refuse(match.reason);
      continue;
    }
    if (match.kind === "recipe") {
      // A dish with no amount is one serving of it: an assumption, said in its note.
      const noAmount = amount.count === null && amount.unit === null;
      const vague = amount.unit?.kind === "vague";
      const assumed = noAmount || vague ? `${noAmount ? "No amount given" : `“${amount.unitWord}”`}: one serving (${match.recipe.serving}) assumed.` : null;
      const made = recipeEntries(piece, match.recipe, amount, assumed ? "low" : match.confidence, [match.note, assumed].filter(Boolean).join(" ") || null);
      const problem = amountProblem(made);
      if (problem) {
        refuse(problem);
        continue;
      }
      entries.push(...made);
      openDish = { clause: piece.clause, name: match.recipe.name, start: piece.start, entries: made };
      continue;
    }
    // "tofu stir-fry with rice, bok choy and soy sauce": what comes with a dish in the same clause is part of it,
    // and a food the dish already has is not counted twice.
    const inDish = openDish && openDish.clause === piece.clause && (piece.joiner === "with" || openDish.joined) ? openDish : null;
    if (openDish && !inDish) openDish = null;
    if (inDish) {
      inDish.joined = true;
      const whole = text.slice(inDish.start, piece.end);
      for (const entry of inDish.entries) entry.text = whole;
      if (inDish.entries.some((entry) => entry.foodId === match.food.id)) continue;
    }
    const prep = foodWords.filter((w) => PREPARATION.has(w));
    if (british && match.lex?.britishId) {
      const fries = foodRecordById(match.lex.britishId);
      if (fries) {
        match.alternatives = [match.food.id, ...match.alternatives.filter((id) => id !== fries.id)];
        match.note = `Read as ${fries.name.toLowerCase()}, as the text reads British; pick the other if not.`;
        match.food = fries;
        match.lex = undefined;
      }
    }
    const previous = entries[entries.length - 1];
    const poured = amount.count === null && amount.unit === null && previous && previous.meal === piece.meal && isCereal(previous.foodId) && piece.joiner !== "start" ? milkOnCereal(match.food) : null;
    const quantity = countable(poured ?? quantityOf(match.food, amount, match.lex ?? lexiconEntryById(match.food.id), piece.joiner, prep));
    const problem = amountProblem([quantity]);
    if (problem) {
      refuse(problem);
      continue;
    }
    // High only when the food and the amount were both read from the words; an assumed amount says so.
    const confidence = match.confidence === "high" && !quantity.assumed ? "high" : "low";
    const note = [match.note, quantity.note, quantity.assumed].filter(Boolean).join(" ") || null;
    const dish = dishOf.get(piece) ?? (inDish ? { name: inDish.name, text: text.slice(inDish.start, piece.end) } : undefined);
    const entry: ParsedEntry = {
      text: dish?.text ?? piece.text,
      foodId: match.food.id,
      name: match.food.name,
      amount: quantity.amount,
      portion: quantity.portion,
      grams: quantity.grams,
      meal: piece.meal,
      recipe: dish?.name ?? null,
      confidence,
      alternatives: alternativesFor(match.alternatives, match.food.id, amount, quantity, piece.joiner, prep),
      note,
      check: null,
    };
    entries.push(entry);
    if (inDish) inDish.entries.push(entry);
  }
  return { entries: withChecks(entries), unmatched, unmatchedReasons };
}

/** The fragments of a text, each as typed (labels, separators and filler left out). */
export function splitFragments(text: string): string[] {
  return runToEnd(mergeQualifiers(text, splitDay(text, isKnownName))).map((piece) => piece.text);
}
