/**
 * Bundle-size probe: the Worker entry plus the places module, kept alive by a call (until the
 * extraction layer imports src/places itself, the Worker's own bundle tree-shakes it away).
 *   npx wrangler deploy --dry-run --outdir .tmp/bundle-places scripts/places/bundle-probe.ts
 */
import worker from "../../src/index";
import { lookupPlace } from "../../src/places";

export default {
  ...worker,
  fetch(request: Request, env: Parameters<typeof worker.fetch>[1], ctx: ExecutionContext) {
    if (new URL(request.url).pathname === "/__place") return Response.json(lookupPlace("Moscou") ?? null);
    return worker.fetch(request, env, ctx);
  },
};
