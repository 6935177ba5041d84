import { analyzeDay } from "@/lib/analysis/analyze";
import { analyzeDays } from "@/lib/analysis/usual";
import { json, methodNotAllowed } from "@/lib/http/errors";
import { readDayRequest } from "@/lib/http/request";
import { AnalyzeRequestSchema } from "@/lib/schema/analysis";

export async function POST(request: Request): Promise<Response> {
  const day = await readDayRequest(request, AnalyzeRequestSchema, "Invalid day");
  if (!day.ok) return day.response;
  const { profile, supplements } = day.data;
  return json(day.days ? analyzeDays(profile, day.days, supplements) : analyzeDay(profile, day.entries, supplements));
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
