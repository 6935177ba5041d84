// Stage 1: tokens. The day's text cut into numbers, words, emoji and marks, each with where it stands in the text,
// so that every later stage can point back at exactly what the person typed.

export type TokenKind = "number" | "word" | "emoji" | "mark";
export type Token = { text: string; start: number; end: number; kind: TokenKind };

// A number: "2", "1.5", "1,5", "7:30", "1/2", "½"; a word: letters with inner apostrophes or hyphens ("o'clock",
// "semi-skimmed"); an emoji (with its modifiers); any other single mark.
const TOKEN = /(\d+(?:[.,:]\d+)?(?:\/\d+)?|[½¼¾⅓⅔])|([\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}]+)*)|(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const kind: TokenKind = match[1] ? "number" : match[2] ? "word" : match[3] ? "emoji" : "mark";
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, kind });
  }
  return tokens;
}
