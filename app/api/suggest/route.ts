import { analyzeDay, resolveEntries } from "@/lib/analyze";
import { badRequest, errorResponse, json } from "@/lib/http";
import { readJsonBody } from "@/lib/request";
import { SuggestRequestSchema } from "@/lib/schema";
import { suggest } from "@/lib/suggest";

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = SuggestRequestSchema.safeParse(body.value);
  if (!parsed.success) return badRequest(parsed.error, "Invalid suggestion request");
  const resolved = resolveEntries(parsed.data.entries);
  if (!resolved.ok) return errorResponse(400, `Invalid suggestion request: ${resolved.issues[0]!.message}`, resolved.issues);
  const { diet, exclude, objective } = parsed.data;
  return json(await suggest(analyzeDay(parsed.data.profile, resolved.entries), { diet, exclude, objective }));
}
