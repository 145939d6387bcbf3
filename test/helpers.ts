import { SELF } from "cloudflare:test";
import { expect } from "vitest";

export const BASE = "http://timeline.test";
export const AUTH = { authorization: "Bearer test-token", "content-type": "application/json" };

let n = 0;
/** A unique article URL per call (tests share one D1 per file). */
export const uniqueUrl = (tag = "a") => `https://news.example/${tag}-${Date.now().toString(36)}-${++n}`;

export function post(path: string, body: unknown, headers: Record<string, string> = AUTH): Promise<Response> {
  return SELF.fetch(`${BASE}${path}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${BASE}${path}`, { headers });

export async function getJson<T = any>(path: string): Promise<T> {
  const res = await get(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return (await res.json()) as T;
}

/** Polls GET /api/articles/:id until the article is done or failed (at `version` if given). */
export async function waitForArticle(id: string, opts: { version?: number; timeoutMs?: number; status?: string[] } = {}) {
  const until = Date.now() + (opts.timeoutMs ?? 15_000);
  const wanted = opts.status ?? ["done", "failed"];
  let last: any;
  while (Date.now() < until) {
    last = await getJson(`/api/articles/${id}`);
    if (wanted.includes(last.status) && (opts.version === undefined || last.version >= opts.version)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`article ${id} not processed in time: ${JSON.stringify(last)?.slice(0, 300)}`);
}

export const KIM_EN = {
  title: "Kim Jong-un arrives in Russia by armoured train",
  text:
    "North Korean leader Kim Jong-un arrived in Russia on Tuesday 12 September 2023 aboard his armoured train, state media said. " +
    "He met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023. " +
    "The two leaders discussed military cooperation.",
  publishedAt: "2023-09-13T08:00:00Z",
  language: "en",
  source: "Example Wire",
};

export const KIM_FR = {
  title: "Kim Jong-un est arrivé en Russie",
  text:
    "Le dirigeant nord-coréen Kim Jong-un est arrivé en Russie le mardi 12 septembre 2023 à bord de son train blindé. " +
    "Il a rencontré Vladimir Poutine au cosmodrome de Vostochny le 13 septembre 2023. " +
    "Les deux dirigeants ont discuté de coopération militaire.",
  publishedAt: "2023-09-13T10:00:00Z",
  language: "fr",
  source: "Exemple Presse",
};

export async function ingest(article: Record<string, unknown>) {
  const res = await post("/api/articles", article);
  expect([200, 202]).toContain(res.status);
  const body = (await res.json()) as { id: string; status: string; result: string };
  return body;
}
