import { z } from 'zod';

/** One field-level issue, located by a JSON Pointer (RFC 6901) into the request body or query. */
export const ProblemFieldErrorSchema = z.object({
  pointer: z.string(),
  detail: z.string(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldErrorSchema>;

/**
 * RFC 9457 problem details, as every error of the API is answered
 * (`Content-Type: application/problem+json`). `code` is stable and machine-readable;
 * `detail` is French and meant for the user.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(ProblemFieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
