/** Building blocks of route declarations (createRoute): response objects, security requirements, parameters. */
import { z } from "@hono/zod-openapi";
import { ErrorBodySchema } from "../model/error";

/** A JSON response of `schema`. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A JSON error response ({ error: { code, message, details? } }). */
export const errorResponse = (description: string) => jsonResponse(ErrorBodySchema, description);

/** Responses every write endpoint can give before its handler runs (auth, body). */
export const writeErrors = {
  400: errorResponse("Invalid JSON or fields (details name them)"),
  401: errorResponse("Missing or wrong bearer token"),
  413: errorResponse("Body over 5 MB"),
  415: errorResponse("Content-Type is not JSON"),
  503: errorResponse("INGEST_TOKEN not configured: writes are disabled"),
} as const;

/** Needs `Authorization: Bearer $INGEST_TOKEN`. */
export const BEARER = [{ bearerAuth: [] as string[] }];
/** Open to everyone (overrides nothing: the document has no global security, this says so explicitly). */
export const PUBLIC: { [name: string]: string[] }[] = [];

export const IdParamSchema = z.object({
  id: z.string().min(1).max(200).openapi({ param: { name: "id", in: "path" }, example: "inc_3f2a9c1b7d4e" }),
});

/** For routes that take no query parameters: any parameter is refused (400), none is silently ignored. */
export const NoQuerySchema = z.object({}).strict();
export const noQueryError = { 400: errorResponse("Unknown query parameter (this route takes none)") } as const;
