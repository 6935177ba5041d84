import { analyzeDay, resolveEntries } from "@/lib/analyze";
import { readJsonBody } from "@/lib/request";
import { badRequest, errorResponse, json } from "@/lib/http";
import { AnalyzeRequestSchema } from "@/lib/schema";

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = AnalyzeRequestSchema.safeParse(body.value);
  if (!parsed.success) return badRequest(parsed.error, "Invalid day");
  const resolved = resolveEntries(parsed.data.entries);
  if (!resolved.ok) return errorResponse(400, `Invalid day: ${resolved.issues[0]!.message}`, resolved.issues);
  return json(analyzeDay(parsed.data.profile, resolved.entries));
}
