import { badRequest, json, methodNotAllowed } from "@/lib/http/errors";
import { FoodSearchParamsSchema } from "@/lib/schema/food";
import { toFood } from "@/lib/food/foods";
import { searchFoodAnswer } from "@/lib/food/search";

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const parsed = FoodSearchParamsSchema.safeParse({
    q: params.get("q") ?? undefined,
    limit: params.get("limit") ?? undefined,
  });
  if (!parsed.success) return badRequest(parsed.error, "Invalid food search");
  const answer = searchFoodAnswer(parsed.data.q, parsed.data.limit);
  return json({ foods: answer.records.map(toFood), note: answer.note });
}

const notAllowed = () => methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
