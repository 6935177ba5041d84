// Quick add: the text sent to /api/parse and the entries read from it.
import { z } from "zod";
import { MAX_PARSE_CHARS } from "../constants";
import { FoodIdSchema, MealSchema } from "./day";

export const ParseRequestSchema = z.strictObject({
  text: z
    .string({ error: "Give the meals as text, e.g. {\"text\":\"2 bananas and a cup of milk\"}" })
    .max(MAX_PARSE_CHARS, `The text is too long: at most ${MAX_PARSE_CHARS.toLocaleString("en-US")} characters`)
    .refine((text) => text.trim().length > 0, "The text is empty: type what you ate, e.g. 2 bananas and a cup of milk"),
});

/** How sure the parser is that the food is what the person meant: "low" rows are shown plainly for checking. */
export const ConfidenceSchema = z.enum(["high", "low"]);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const PARSE_CHECKS = ["amount", "food"] as const;
export const ParseCheckSchema = z.enum(PARSE_CHECKS);
export type ParseCheck = z.infer<typeof ParseCheckSchema>;

/** Another food the words could mean, with the amount the same words give for it: one click swaps to it. */
const AlternativeDraftSchema = z.object({
  foodId: FoodIdSchema,
  /** USDA's full name. */
  name: z.string(),
  amount: z.number(),
  portion: z.string().nullable(),
  grams: z.number(),
});
/** The short name a person reads (docs/everyday-names.md), in British words when the text is British. */
const everydayName = z.string();
export const ParsedAlternativeSchema = AlternativeDraftSchema.extend({ everydayName });
export type ParsedAlternative = z.infer<typeof ParsedAlternativeSchema>;

const EntryDraftSchema = z.object({
  text: z.string(),
  foodId: FoodIdSchema,
  name: z.string(),
  /** How many of `portion`, or grams when portion is null. */
  amount: z.number(),
  portion: z.string().nullable(),
  grams: z.number(),
  /** The meal a label in the text put this food in ("Lunch: …", "for dinner I had …"); null when none did. */
  meal: z.nullable(MealSchema),
  /** The dish this food is an ingredient of, or null for a food on its own. */
  recipe: z.string().nullable(),
  /**
   * Days a week the text says it is eaten ("twice a week" 2, "on Fridays" 1); null when every day or not said. The
   * amount is still one serving: the day counts it × perWeek ÷ 7 once added (DayEntry's perWeek).
   */
  perWeek: z.number().nullable(),
  confidence: ConfidenceSchema,
  alternatives: z.array(AlternativeDraftSchema).max(3),
  /** What was assumed, in words a person reads ("Cooked rice assumed"); null when nothing was. */
  note: z.string().nullable(),
  /**
   * Why the row needs a look before it is added: "food" for a closest match, "amount" for an amount far past what
   * people eat at once (lib/day/amount-check.ts); null when it can be added as read.
   */
  check: ParseCheckSchema.nullable(),
});
/** An entry as the parser builds it (lib/parse); the response names each food for a person at the end. */
export type ParsedEntryDraft = z.infer<typeof EntryDraftSchema>;
export type ParsedAlternativeDraft = ParsedEntryDraft["alternatives"][number];
export const ParsedEntrySchema = EntryDraftSchema.extend({
  everydayName,
  alternatives: z.array(ParsedAlternativeSchema).max(3),
});
export type ParsedEntry = z.infer<typeof ParsedEntrySchema>;

/** Text that names no food in the table, and why. */
export const UnmatchedReasonSchema = z.object({ text: z.string(), reason: z.string() });
export type UnmatchedReason = z.infer<typeof UnmatchedReasonSchema>;

export const ParseResponseSchema = z.object({
  entries: z.array(ParsedEntrySchema),
  unmatched: z.array(z.string()),
  /** One reason for each string of `unmatched`, in the same order. */
  unmatchedReasons: z.array(UnmatchedReasonSchema),
});
export type ParseResponse = z.infer<typeof ParseResponseSchema>;
