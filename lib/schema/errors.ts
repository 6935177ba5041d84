// The one error shape every API route answers with.
import { z } from "zod";

export const ApiIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/** The one error shape every API route answers with. */
export const ApiErrorSchema = z.object({
  error: z.object({ message: z.string(), issues: z.array(ApiIssueSchema).optional() }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
