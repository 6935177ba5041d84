// A plan asked of /api/suggest and the plan that comes back.
import { z } from "zod";
import { DIETS, MEALS, OBJECTIVES, SUGGEST_LIMITS } from "../constants";
import { dayRequestShape, oneOfEntriesOrDays, perMineral } from "./analysis";
import { FoodIdSchema, MealSchema } from "./day";

export const DietSchema = z.enum(DIETS, { error: 'diet must be "omnivore", "vegetarian" or "vegan"' });
export type Diet = z.infer<typeof DietSchema>;
export const ObjectiveSchema = z.enum(OBJECTIVES, { error: 'objective must be "kcal", "changes" or "servings"' });
export type Objective = z.infer<typeof ObjectiveSchema>;

export const SuggestRequestSchema = z
  .strictObject({
  ...dayRequestShape,
  diet: DietSchema.default("omnivore"),
  /** Diet groups ("dairy", "nuts", "fish", "soy", "gluten") or foods by name or id ("walnuts", "12155"). */
  exclude: z.array(z.string().trim().min(1).max(SUGGEST_LIMITS.excludeItemChars)).max(SUGGEST_LIMITS.excludeItems).default([]),
  objective: ObjectiveSchema.default("kcal"),
  /** Meals with no foods yet that the person picked for suggestions (suggestions otherwise go to meals with foods). */
  pickedMeals: z.array(MealSchema).max(MEALS.length).default([]),
  /** Foods the plan must keep (by SR28 id): a swap pins the food chosen instead. */
  include: z.array(FoodIdSchema).max(SUGGEST_LIMITS.keptFoods, `At most ${SUGGEST_LIMITS.keptFoods} foods can be kept in a plan`).default([]),
  })
  .superRefine(oneOfEntriesOrDays);
export type SuggestRequest = z.infer<typeof SuggestRequestSchema>;

/** Another food that closes about the same gap, at the amount that does. */
export const SuggestionAlternativeSchema = z.object({
  foodId: FoodIdSchema,
  /** The article food's name ("Hard cheese (parmesan)"). */
  name: z.string(),
  /** The short name a person reads for the USDA food (docs/everyday-names.md), British words for the UK standard. */
  everydayName: z.string(),
  servings: z.number(),
  portion: z.string(),
  grams: z.number(),
  /** The amount in words: "½ cup tofu (63 g)". */
  amountText: z.string(),
  /** What to know before eating it (grapefruit and medicines), or null: said before the person swaps it in. */
  caution: z.string().nullable(),
});
export type SuggestionAlternative = z.infer<typeof SuggestionAlternativeSchema>;

export const SuggestionSchema = z.object({
  foodId: FoodIdSchema,
  /** The article food's name ("Hard cheese (parmesan)"). */
  name: z.string(),
  /** The short name a person reads for the USDA food (docs/everyday-names.md), British words for the UK standard. */
  everydayName: z.string(),
  servings: z.number(),
  portion: z.string(),
  grams: z.number(),
  /**
   * mg of each mineral on the label; calcium as absorbed (milk-equivalent mg); and calcium as it counts toward the
   * target (the label's, less for poorly absorbed calcium, never more: the one figure the gaps use).
   */
  adds: perMineral(z.number()).extend({ calciumAbsorbable: z.number(), calciumCounted: z.number() }),
  kcal: z.number(),
  why: z.string(),
  source: z.string(),
  /** The amount in words people use: "½ cup tofu (63 g)", "1 medium banana (118 g)". */
  amountText: z.string(),
  /** The article's own word for the food, verbatim, and whether it is only a general word for it. */
  articleTerm: z.string(),
  general: z.boolean(),
  meal: MealSchema,
  alternatives: z.array(SuggestionAlternativeSchema).max(2),
  /** Why calcium counts for less than its label ("spinach: about a sixth absorbed, Heaney 1988"), or null. */
  calciumNote: z.string().nullable(),
  /** What to know before eating it (grapefruit and medicines), or null. */
  caution: z.string().nullable(),
  /**
   * Days a week to have it, for a plan for several days' average when a daily serving brings more than needed; null
   * for every day. With perWeek, adds and kcal are a typical day's share (× perWeek ÷ 7); grams stay one serving.
   */
  perWeek: z.number().int().min(1).max(6).nullable(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestResponseSchema = z.object({
  suggestions: z.array(SuggestionSchema),
  /** The day with the plan: label totals; gaps toward the targets (calcium as counted); the counted calcium. */
  after: z.object({ totals: perMineral(z.number()), gaps: perMineral(z.number()), calciumCounted: z.number() }),
  unmet: z.object({ magnesium: z.number(), potassium: z.number(), calcium: z.number() }).partial(),
  /** Things a person should know about the plan: calcium near its limit, why a gap stays open. */
  notes: z.array(z.string()),
  /** Each thing the person left out, as typed, and how many of the foods their diet allows it took out (0: nothing by that name). */
  excluded: z.array(z.object({ term: z.string(), matched: z.number().int().nonnegative() })),
});
export type SuggestResponse = z.infer<typeof SuggestResponseSchema>;
