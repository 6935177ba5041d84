// Reading a JSON request body safely: a size cap checked before parsing, and malformed JSON as a 400, never a 500.
import { errorResponse } from "./http";

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
