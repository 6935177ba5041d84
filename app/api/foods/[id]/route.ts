import { foodById } from "@/lib/food/foods";
import { badRequest, errorResponse, json, methodNotAllowed } from "@/lib/http/errors";
import { FoodIdSchema } from "@/lib/schema/day";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = FoodIdSchema.safeParse((await context.params).id);
  if (!parsed.success) return badRequest(parsed.error, "Invalid food id");
  const food = foodById(parsed.data);
  if (!food) return errorResponse(404, `No food with id ${parsed.data} in the USDA SR28 table`);
  return json({ food });
}

const notAllowed = () => methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
