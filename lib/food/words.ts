// Words as the search index, the lexicon and the parser all see them: one normaliser, so "Bananas", "banana"
// and "BANANA" meet, and "mac & cheese", "mac n cheese" and "mac and cheese" are the same name.

/**
 * Lower-cases, strips accents and reduces plurals to a stem so "Bananas" matches "banana" and
 * "tomatoes" matches "tomato". The same function runs on the index, the lexicon and the query.
 */
export function normalizeTerm(raw: string): string {
  const term = raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  if (term.length <= 3 || /\d/.test(term)) return term;
  if (term.endsWith("ies")) return `${term.slice(0, -3)}y`;
  if (/(oes|ches|shes|xes|sses)$/.test(term)) return term.slice(0, -2);
  if (term.endsWith("s") && !/(ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

const TOKEN_SPLIT = /[\s\p{P}\p{S}]+/u;

export function tokenize(text: string): string[] {
  return text.split(TOKEN_SPLIT).filter(Boolean);
}

/** "&", "'n'" and " n " between words are "and": "PB&J", "mac 'n' cheese", "fish n chips". */
export function spellOutAnd(text: string): string {
  return text.replace(/\s*&\s*/g, " and ").replace(/\s+'?n'?\s+/gi, " and ");
}

/** The words of a name as a lookup key: "Mac & Cheese" and "mac n cheese" -> "mac and cheese"; "2%" stays. */
export function nameWords(text: string): string[] {
  return spellOutAnd(text.toLowerCase())
    .replace(/(\d)\s*%/g, "$1pct")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => normalizeTerm(word).replace(/(\d)pct$/, "$1%"));
}

export const nameKey = (text: string): string => nameWords(text).join(" ");
