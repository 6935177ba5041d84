// Stage: chunks. The structure's fragments, each with the comma fragments after it that only qualify it ("milk,
// fat-free") or only give its amount ("grilled chicken, 4 oz"). Pauses before each fragment (see meals.ts).
import { emojiToWords } from "./emoji";
import { type Fragment } from "./structure";
import { readAmount } from "./amount";
import { qualifies } from "./food";
export type Piece = Fragment & {
  qualifiers: string[];
  /** The fragment before its qualifiers, with food emoji as words. */
  head: string;
  amountText: string | null;
  /** Emoji and nothing else, none of them a food ("😋"). */
  onlyOtherEmoji: boolean;
  /** Emoji beside the words that are no food ("2 eggs 👍"): listed back, never dropped unseen. */
  otherEmoji: string[];
};

/** "4 oz" or "1 cup" on its own: an amount after a comma belongs to the food before it ("grilled chicken, 4 oz"). */
export function onlyAmount(fragment: string): boolean {
  const amount = readAmount(`${fragment} food`);
  return (amount.count !== null || amount.unit !== null) && amount.rest.join(" ") === "food";
}

/** The pieces of a text: each fragment with the ones after it that only qualify it. Pauses before each fragment. */
export function* mergeQualifiers(text: string, fragments: Fragment[]): Generator<void, Piece[], void> {
  const pieces: Piece[] = [];
  for (const fragment of fragments) {
    yield;
    // Food emoji are read as their words ("🍌🍌" as "2 banana"); the piece keeps the text as typed.
    const read = emojiToWords(fragment.read);
    const words = read.text;
    const previous = pieces[pieces.length - 1];
    if (previous && fragment.joiner === "," && fragment.meal === previous.meal && previous.amountText === null && onlyAmount(words)) {
      const own = readAmount(previous.head);
      // "a small piece of steamed cod, about 2oz", "2 slices of bread, 60g": a weight or volume after a count, a piece
      // or a vessel is what they came to; it is the amount.
      const given = readAmount(`${words} food`).unit;
      const weighed = (given?.kind === "mass" || given?.kind === "volume") && own.unit?.kind !== "mass" && own.unit?.kind !== "volume";
      if ((own.count === null && own.unit === null) || weighed) {
        previous.amountText = words;
        previous.end = fragment.end;
        previous.text = text.slice(previous.start, previous.end);
        continue;
      }
    }
    if (previous && fragment.joiner === "," && fragment.meal === previous.meal && words) {
      const previousFood = [readAmount(previous.head).rest.join(" "), ...previous.qualifiers].join(" ");
      if (qualifies(previousFood, words)) {
        previous.qualifiers.push(words);
        previous.end = fragment.end;
        previous.text = text.slice(previous.start, previous.end);
        continue;
      }
    }
    const onlyOtherEmoji = words === "" && read.unknown.length > 0;
    pieces.push({ ...fragment, qualifiers: [], head: words, amountText: null, onlyOtherEmoji, otherEmoji: onlyOtherEmoji ? [] : read.unknown });
  }
  return pieces;
}
