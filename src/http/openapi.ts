/**
 * The OpenAPI 3 document at /openapi.json. Every path in it comes from the route's own createRoute
 * declaration (src/http/routes/*), so what is documented is what is served; this file only adds the
 * document's header: security scheme, servers, tags.
 */
import type { App } from "./app-type";
import { baseUrlOf } from "./base-url";

export const OPENAPI_INFO = {
  title: "news-timeline",
  version: "0.1.0",
  description: "Dated incidents from news articles, merged across sources.",
  license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
};

const TAGS = [
  { name: "articles", description: "Ingest and inspect articles" },
  { name: "incidents", description: "Merged incidents (JSON)" },
  { name: "feeds", description: "The timeline as JSON Feed, RSS, Atom and iCalendar" },
  { name: "sources", description: "Outlets' feeds followed by the cron" },
  { name: "pages", description: "HTML pages" },
  { name: "service", description: "Health and schemas" },
];

export function registerOpenApi(app: App) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  app.doc("/openapi.json", (c) => ({
    openapi: "3.0.3",
    info: OPENAPI_INFO,
    servers: [{ url: baseUrlOf(c), description: "This deployment" }],
    tags: TAGS,
  }));
}
