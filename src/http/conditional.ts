/** ETag / Last-Modified and 304 answers to conditional GETs. */
import { sha256Hex } from "../store/hash";

function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

export async function conditionalResponse(
  req: Request,
  body: string,
  contentType: string,
  lastModifiedIso: string,
): Promise<Response> {
  const etag = `"${(await sha256Hex(body)).slice(0, 32)}"`;
  const lastModified = new Date(Math.floor(Date.parse(lastModifiedIso) / 1000) * 1000);
  const headers = new Headers({
    "Content-Type": contentType,
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": "public, max-age=60",
  });
  const inm = req.headers.get("if-none-match");
  const ims = req.headers.get("if-modified-since");
  let notModified = false;
  if (inm !== null) notModified = etagMatches(inm, etag);
  else if (ims !== null) {
    const t = Date.parse(ims);
    notModified = !Number.isNaN(t) && lastModified.getTime() <= t;
  }
  if (notModified) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(req.method === "HEAD" ? null : body, { status: 200, headers });
}
