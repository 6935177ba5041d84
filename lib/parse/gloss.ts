// Stage: a food named twice, once in the person's own words and once in brackets ("draniki (potato pancakes) 4",
// "leblebi (roasted chickpeas)"). When the table does not read the words before the brackets as a food and does
// read the gloss, the gloss is read instead, with the amount before the brackets or a count after them ("… ) 4",
// "… ) 3 eggs"). Brackets that hold an amount ("(1 katori)", "(half a can)"), a list, or only how it was cooked
// ("(cooked)") are no gloss; brackets that list a dish's parts with their amounts are read as the parts.
import { FILLER, readAmount, UNITS } from "./amount";
import { STRUCTURE_WORDS } from "./structure";
import { describes, QUALIFIERS } from "./vocabulary";

/** The words to read for a head with a gloss in brackets, or the head as it is. */
export function withGloss(head: string, readsAsFood: (words: string) => boolean): string {
  // The closing bracket may have been trimmed with the fragment's end.
  const found = /^(.*?)\s*\(([^()]*)(?:\)\s*(.*))?$/.exec(head);
  if (!found) return head;
  const before = found[1]!;
  const inside = found[2]!.trim();
  const after = (found[3] ?? "").trim();
  // A bracket left open at the end ("coffee x3 (" before "w creamer)") is no part of the food.
  if (inside === "" && after === "") return before;
  const insideAmount = readAmount(`${inside} food`);
  const parts = readAmount(inside);
  // "bulletproof coffee (12 oz coffee, …": the parts, with their amounts, say what the dish was: they are read.
  // (Parts with no words left, as "(i" read as an amount, are none: the words before the bracket stay.)
  if (/\p{L}/u.test(inside) && !/[,;]/.test(inside) && (parts.count !== null || parts.unit !== null) && parts.rest.length > 0 && readsAsFood(parts.rest.join(" "))) return `${inside} ${after}`.trim();
  if (!/\p{L}/u.test(inside) || /[\d,;]/.test(inside)) return head;
  if (insideAmount.count !== null || insideAmount.unit !== null) return head;
  // "white rice (cooked)": only how it was made, read with the food.
  if (inside.toLowerCase().split(/\s+/).every((w) => QUALIFIERS.has(w) || describes(w))) return `${before} ${inside} ${after}`.trim();
  const own = readAmount(before).rest.filter((w) => !FILLER.has(w));
  // The person's own words win when the table reads them; the gloss only when it reads the gloss instead (and says
  // more than "(i", "(and": words like those are no gloss).
  const glossWords = inside.toLowerCase().split(/\s+/).filter((w) => !STRUCTURE_WORDS.has(w) && !FILLER.has(w));
  if (own.length === 0 || readsAsFood(own.join(" ")) || glossWords.length === 0 || !readsAsFood(inside)) return head;
  const cut = before.toLowerCase().indexOf(own[0]!);
  const amount = cut > 0 ? before.slice(0, cut) : "";
  // "… ) 4", "… ) 3 eggs", "… ) 150g": a count or weight after the brackets leads, its unit kept, the food's own
  // name said again dropped.
  const trailing = /^(\d+(?:[.,]\d+)?)\s*([\p{L}]+)?$/u.exec(after);
  if (trailing && !amount.trim()) {
    const unit = trailing[2] && UNITS.some(([pattern]) => pattern.test(trailing[2]!.toLowerCase())) ? ` ${trailing[2]}` : "";
    return `${trailing[1]}${unit} ${inside}`;
  }
  return `${amount}${inside} ${after}`.trim();
}
