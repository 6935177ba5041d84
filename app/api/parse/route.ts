import { json, methodNotAllowed } from "@/lib/http";
import { parseMeals } from "@/lib/parse";
import { readJsonRequest } from "@/lib/request";
import { ParseRequestSchema } from "@/lib/schema";

export async function POST(request: Request): Promise<Response> {
  const parsed = await readJsonRequest(request, ParseRequestSchema, "Invalid text");
  if (!parsed.ok) return parsed.response;
  return json(parseMeals(parsed.data.text));
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
