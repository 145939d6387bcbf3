import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../env";

/** The app every route module registers its routes on. */
export type App = OpenAPIHono<{ Bindings: Env }>;
