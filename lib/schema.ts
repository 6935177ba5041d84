// The single source of types: every shape that crosses the wire or is stored is a zod schema here,
// and its TypeScript type is inferred from it.
import { z } from "zod";

/** The nutrients the food table carries per 100 g. Minerals are mg; energy is kcal. */
export const NUTRIENTS = ["kcal", "calcium", "magnesium", "potassium", "sodium"] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

export const FoodIdSchema = z
  .string()
  .regex(/^\d{5}$/, "A food id is a 5-digit USDA SR28 NDB number, e.g. 09040");
export type FoodId = z.infer<typeof FoodIdSchema>;

/** null means USDA has no value for this food and nutrient: unknown, never zero. */
const amountPer100g = z.number().nonnegative().nullable();
export const Per100gSchema = z.object({
  kcal: amountPer100g,
  calcium: amountPer100g,
  magnesium: amountPer100g,
  potassium: amountPer100g,
  sodium: amountPer100g,
});
export type Per100g = z.infer<typeof Per100gSchema>;

export const PortionSchema = z.object({
  label: z.string().min(1),
  grams: z.number().positive(),
});
export type Portion = z.infer<typeof PortionSchema>;

/** A food as the API and the page see it. */
export const FoodSchema = z.object({
  id: FoodIdSchema,
  name: z.string().min(1),
  group: z.string().min(1),
  per100g: Per100gSchema,
  portions: z.array(PortionSchema),
});
export type Food = z.infer<typeof FoodSchema>;

/** A row of data/foods.json: the public food plus what search ranks by. */
export const FoodRecordSchema = FoodSchema.extend({
  otherNames: z.string().nullable(),
  /** SR28 marks foods used in the US national food survey (FNDDS): everyday foods. */
  survey: z.boolean(),
});
export type FoodRecord = z.infer<typeof FoodRecordSchema>;

export const FoodTableSchema = z.object({
  meta: z.object({ source: z.string(), units: z.string(), count: z.number().int() }),
  foods: z.array(FoodRecordSchema),
});
export type FoodTable = z.infer<typeof FoodTableSchema>;

export const FOOD_SEARCH_LIMIT = { default: 10, min: 1, max: 50 } as const;
export const FOOD_QUERY_MAX_CHARS = 200;

export const FoodSearchParamsSchema = z.object({
  q: z
    .string({ error: "Give the text to search for as q, e.g. /api/foods?q=banana" })
    .trim()
    .min(1, "The search text q must not be empty")
    .max(FOOD_QUERY_MAX_CHARS, `The search text q must be at most ${FOOD_QUERY_MAX_CHARS} characters`),
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(FOOD_SEARCH_LIMIT.min, `limit must be at least ${FOOD_SEARCH_LIMIT.min}`)
    .max(FOOD_SEARCH_LIMIT.max, `limit must be at most ${FOOD_SEARCH_LIMIT.max}`)
    .default(FOOD_SEARCH_LIMIT.default),
});
export type FoodSearchParams = z.infer<typeof FoodSearchParamsSchema>;

export const FoodSearchResponseSchema = z.object({ foods: z.array(FoodSchema) });
export type FoodSearchResponse = z.infer<typeof FoodSearchResponseSchema>;

export const FoodResponseSchema = z.object({ food: FoodSchema });
export type FoodResponse = z.infer<typeof FoodResponseSchema>;

export const ApiIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/** The one error shape every API route answers with. */
export const ApiErrorSchema = z.object({
  error: z.object({ message: z.string(), issues: z.array(ApiIssueSchema).optional() }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
