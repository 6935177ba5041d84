import { badRequest, json, methodNotAllowed } from "@/lib/http";
import { parseMeals } from "@/lib/parse";
import { readJsonBody } from "@/lib/request";
import { ParseRequestSchema } from "@/lib/schema";

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = ParseRequestSchema.safeParse(body.value);
  if (!parsed.success) return badRequest(parsed.error, "Invalid text");
  return json(parseMeals(parsed.data.text));
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
