/**
 * Which hosts the Worker may fetch: http(s) URLs whose host is not a loopback, private, link-local or
 * otherwise internal address (IPv4 and IPv6 literals, localhost and internal names). Host names are
 * judged by name only: workerd cannot resolve DNS, and Cloudflare's network does not route Workers'
 * subrequests to private addresses in any case.
 */

const INTERNAL_NAMES = /(^|\.)(localhost|local|internal|intranet|home\.arpa|lan)$/i;

function ipv4Parts(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

function isPrivateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19)) || a >= 224
  );
}

function isPrivateIpv6(host: string): boolean {
  const h = host.toLowerCase();
  if (h === "::" || h === "::1") return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  if (mapped) return isPrivateIpv4(ipv4Parts(mapped[1]) ?? [0, 0]);
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(h)) return true; // IPv4-mapped in hex form: refuse rather than decode
  return /^(fc|fd|fe[89ab]|ff)/.test(h); // unique local, link-local, multicast
}

/** Why a URL may not be fetched, or null when it may. */
export function refusalOf(url: URL, allowPrivate: boolean): string | null {
  if (url.protocol !== "http:" && url.protocol !== "https:") return `only http and https URLs are fetched, not ${url.protocol}`;
  if (url.username || url.password) return "URLs with credentials are not fetched";
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const v4 = ipv4Parts(host);
  if (v4 ? isPrivateIpv4(v4) : host.includes(":") ? isPrivateIpv6(host) : INTERNAL_NAMES.test(host) || !host.includes(".")) {
    return `${url.hostname} is a loopback, private or internal address (set FETCH_ALLOW_PRIVATE=true to allow it locally)`;
  }
  return null;
}
