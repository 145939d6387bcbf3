import { describe, expect, inject, it } from "vitest";
import { refusalOf } from "../../src/fetch/address";
import { FetchError, fetchPage } from "../../src/fetch/page";

const server = inject("pageServer");
const open = { allowPrivate: true };

async function failure(url: string, opts = open): Promise<FetchError> {
  const e = await fetchPage(url, opts).then(() => null, (err) => err);
  expect(e, url).toBeInstanceOf(FetchError);
  return e as FetchError;
}

describe("fetchPage against a real server on loopback", () => {
  it("fetches an HTML page, following up to 5 redirects", async () => {
    const page = await fetchPage(`${server}/article.html`, open);
    expect(page.html).toContain("Kim Jong-un arrived in Vladivostok");
    expect(page.contentType).toContain("text/html");
    const redirected = await fetchPage(`${server}/redirect/5`, open);
    expect(redirected.url).toBe(`${server}/article.html`);
    expect(redirected.html).toContain("Vladivostok");
    expect((await failure(`${server}/redirect/6`)).code).toBe("redirects");
  });

  it("re-checks every redirect target", async () => {
    const e = await failure(`${server}/to-ftp`);
    expect(e.code).toBe("refused");
    expect(e.message).toMatch(/ftp/);
  });

  it("refuses other content types, error statuses, bodies over 5 MB and slow servers", async () => {
    expect((await failure(`${server}/json`)).code).toBe("type");
    expect((await failure(`${server}/missing`)).message).toContain("404");
    expect((await failure(`${server}/big`)).code).toBe("size");
    expect((await failure(`${server}/slow`, { allowPrivate: true, timeoutMs: 300 } as any)).code).toBe("timeout");
  });

  it("decodes the declared charset", async () => {
    expect((await fetchPage(`${server}/latin1.html`, open)).html).toContain("Café à Pyongyang");
  });

  it("refuses loopback and private addresses unless allowed", async () => {
    const e = await failure(`${server}/article.html`, { allowPrivate: false });
    expect(e.code).toBe("refused");
    expect(e.message).toContain("FETCH_ALLOW_PRIVATE");
  });
});

describe("refusalOf", () => {
  const refused = (u: string) => refusalOf(new URL(u), false) !== null;
  it("refuses internal hosts and non-http schemes, allows public hosts", () => {
    for (const u of [
      "http://127.0.0.1/", "http://127.8.9.10/", "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
      "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/",
      "http://[::ffff:127.0.0.1]/", "http://localhost:8787/", "http://printer.local/", "http://intranet/", "ftp://example.com/", "file:///etc/passwd",
      "http://user:pw@example.com/",
    ]) expect(refused(u), u).toBe(true);
    for (const u of ["https://www.lemonde.fr/a", "http://93.184.216.34/", "https://[2606:4700::1111]/", "http://172.32.0.1/", "https://news.example/x"]) {
      expect(refused(u), u).toBe(false);
    }
  });
});
