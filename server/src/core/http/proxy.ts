// Who is asking: the one place that tells a request's client address, scheme and host, for HTTP (Fastify's
// `trustProxy`) and the WebSocket upgrade alike. Behind reverse proxies the socket's peer is the nearest proxy;
// the client's address is then read from X-Forwarded-For the way `proxy-addr` does it: from the right, skipping
// only the proxies we trust. The leftmost entry is whatever the client wrote, so it is never taken on trust.
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

// false: no proxy (the socket's peer is the client); a number: that many proxies in front of the server; a list:
// the proxies' addresses or CIDR ranges (`loopback`, `linklocal` and `uniquelocal` name the usual ranges).
export type TrustProxy = false | number | string[];

export type TrustFunction = (address: string, hop: number) => boolean;

const TRUE_REFUSED =
  '`true` trusted every proxy, so any client could choose its own address with X-Forwarded-For. ' +
  'Write how many reverse proxies stand in front of the server (TRUST_PROXY=1 for one nginx or Caddy), ' +
  'or their addresses (TRUST_PROXY=10.0.0.5 or TRUST_PROXY=loopback,10.0.0.0/8); `false` for none.';

// The value of TRUST_PROXY, or a sentence that says what is wrong with it.
export function parseTrustProxy(value: string): TrustProxy | string {
  const text = value.trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return TRUE_REFUSED;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10
      ? hops
      : `${text} proxies is more than any real set-up has; write the number of proxies (1 to 10).`;
  }
  const addresses = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(addresses);
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}. Write a number of proxies, or addresses and CIDR ranges separated by commas.`;
  }
  return addresses;
}

export function trustFunction(trust: TrustProxy): TrustFunction {
  if (trust === false) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust);
}

// The last value of a header that proxies append to (`a, b, c`): the one the nearest proxy wrote.
function lastEntry(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  const last = value?.split(',').pop()?.trim();
  return last || undefined;
}

export interface RequestOrigin {
  // The client's address, for rate limits and logs.
  clientAddress(req: IncomingMessage): string;
  // Whether the browser reached us over HTTPS (directly, or through a trusted proxy that says so).
  isSecure(req: IncomingMessage): boolean;
  // The host the browser asked for (without the port), to compare with a WebSocket's Origin.
  host(req: IncomingMessage): string | undefined;
}

export function requestOrigin(trust: TrustProxy): RequestOrigin {
  const trusted = trustFunction(trust);
  const fromTrustedProxy = (req: IncomingMessage) => trusted(req.socket.remoteAddress ?? '', 0);
  return {
    clientAddress: (req) => proxyAddr(req, trusted) || 'unknown',
    isSecure: (req) =>
      'encrypted' in req.socket ||
      (fromTrustedProxy(req) && lastEntry(req.headers['x-forwarded-proto'])?.toLowerCase() === 'https'),
    host: (req) => {
      const raw = (fromTrustedProxy(req) && lastEntry(req.headers['x-forwarded-host'])) || req.headers.host;
      if (!raw) return undefined;
      try {
        return new URL(`http://${raw}`).hostname;
      } catch {
        return undefined;
      }
    },
  };
}
