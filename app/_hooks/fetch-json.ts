// The one fetch helper: JSON in, a schema-checked value out, or an Error carrying the API's message.
import type { z } from "zod";
import { ApiErrorSchema } from "@/lib/schema";

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

export async function fetchJson<T extends z.ZodType>(
  url: string,
  schema: T,
  init: RequestInit = {},
): Promise<z.infer<T>> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(body);
    throw new ApiRequestError(parsed.success ? parsed.data.error.message : `Request failed (${response.status})`, response.status);
  }
  return schema.parse(body);
}

/** POST a JSON body and read a schema-checked JSON answer. */
export function postJson<T extends z.ZodType>(url: string, schema: T, body: unknown, signal?: AbortSignal): Promise<z.infer<T>> {
  return fetchJson(url, schema, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
}
