import { analyzeDay } from "@/lib/analyze";
import { json, methodNotAllowed } from "@/lib/http";
import { readDayRequest } from "@/lib/request";
import { SuggestRequestSchema } from "@/lib/schema";
import { suggest } from "@/lib/suggest";

export async function POST(request: Request): Promise<Response> {
  const day = await readDayRequest(request, SuggestRequestSchema, "Invalid suggestion request");
  if (!day.ok) return day.response;
  const { profile, supplements, diet, exclude, objective, include } = day.data;
  return json(await suggest(analyzeDay(profile, day.entries, supplements), { diet, exclude, objective, include }));
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
