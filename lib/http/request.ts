// Reading a JSON request body safely: a size cap checked before parsing, and malformed JSON as a 400, never a 500.
import type { z } from "zod";
import { resolveEntries, type ResolvedEntry } from "../analysis/analyze";
import { averageDay, type ResolvedDay } from "../analysis/usual";
import { badRequest, errorResponse } from "./errors";
import type { DayInput, EntryInput } from "../schema/analysis";
import type { ApiIssue } from "../schema/errors";

export const MAX_BODY_BYTES = 256 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: errorResponse(413, `Request body is larger than ${maxBytes / 1024} KB`) };
  let text: string;
  try {
    text = await readCapped(request, maxBytes);
  } catch {
    return { ok: false, response: errorResponse(413, `Request body is larger than ${maxBytes / 1024} KB`) };
  }
  if (text.trim() === "") return { ok: false, response: errorResponse(400, "Request body is empty: send JSON") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: errorResponse(400, "Request body is not valid JSON") };
  }
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error("too large");
    }
    text += decoder.decode(value, { stream: true });
  }
}

export type RequestResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/** A JSON body valid against `schema`, or the 400/413 answer that says why not. */
export async function readJsonRequest<T>(request: Request, schema: z.ZodType<T>, context: string): Promise<RequestResult<T>> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: badRequest(parsed.error, context) };
}

export type DayRequestResult<T> =
  /** `entries`: the day judged (with `days`, their average); `days`: each recorded day, or null for one day. */
  | { ok: true; data: T; entries: ResolvedEntry[]; days: ResolvedDay[] | null }
  | { ok: false; response: Response };

/** Each recorded day's foods from the table; issues name the entry by its day ("days", 2, "entries", 0, "foodId"). */
function resolveDays(days: readonly DayInput[]): { ok: true; days: ResolvedDay[] } | { ok: false; issues: ApiIssue[] } {
  const issues: ApiIssue[] = [];
  const resolved: ResolvedDay[] = [];
  days.forEach((day, index) => {
    const one = resolveEntries(day.entries);
    if (one.ok) resolved.push({ label: day.label, entries: one.entries });
    else issues.push(...one.issues.map((issue) => ({ ...issue, path: ["days", index, ...issue.path] })));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, days: resolved };
}

/** The body of /api/analyze and /api/suggest: JSON, valid against the schema, every food and portion known. */
export async function readDayRequest<T extends { entries?: EntryInput[]; days?: DayInput[] }>(
  request: Request,
  schema: z.ZodType<T>,
  context: string,
): Promise<DayRequestResult<T>> {
  const parsed = await readJsonRequest(request, schema, context);
  if (!parsed.ok) return parsed;
  const failed = (issues: ApiIssue[]) => ({ ok: false as const, response: errorResponse(400, `${context}: ${issues[0]!.message}`, issues) });
  if (parsed.data.days) {
    const days = resolveDays(parsed.data.days);
    if (!days.ok) return failed(days.issues);
    return { ok: true, data: parsed.data, entries: averageDay(days.days), days: days.days };
  }
  const resolved = resolveEntries(parsed.data.entries ?? []);
  if (!resolved.ok) return failed(resolved.issues);
  return { ok: true, data: parsed.data, entries: resolved.entries, days: null };
}
