// Reading a JSON request body safely: a size cap checked before parsing, and malformed JSON as a 400, never a 500.
import type { z } from "zod";
import { resolveEntries, type ResolvedEntry } from "../analysis/analyze";
import { badRequest, errorResponse } from "./errors";
import type { EntryInput } from "../schema/analysis";

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
  | { ok: true; data: T; entries: ResolvedEntry[] }
  | { ok: false; response: Response };

/** The body of /api/analyze and /api/suggest: JSON, valid against the schema, every food and portion known. */
export async function readDayRequest<T extends { entries: EntryInput[] }>(
  request: Request,
  schema: z.ZodType<T>,
  context: string,
): Promise<DayRequestResult<T>> {
  const parsed = await readJsonRequest(request, schema, context);
  if (!parsed.ok) return parsed;
  const resolved = resolveEntries(parsed.data.entries);
  if (!resolved.ok) return { ok: false, response: errorResponse(400, `${context}: ${resolved.issues[0]!.message}`, resolved.issues) };
  return { ok: true, data: parsed.data, entries: resolved.entries };
}
