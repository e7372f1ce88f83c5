// Who is calling, for limits and audit: the socket's peer address, unless the operator named the
// proxies in front of us (TRUST_PROXY). A forwarded header is written by whoever sends the
// request, so believing it by default would let anyone choose their own rate-limit key.
import type { Context } from 'koa';
import type { TrustProxy } from '../config.ts';

/** `::ffff:1.2.3.4` (an IPv4 peer on a dual-stack socket) is `1.2.3.4`. */
function plain(address: string): string {
  const a = address.trim();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

/**
 * The client address of a request. With `hops` = n, the n proxies nearest us each appended the
 * address they saw, so the client is the n-th entry from the right of [X-Forwarded-For…, peer]
 * (fewer entries than that: the leftmost). With an address list, entries are skipped from the
 * right while they are trusted proxies; the first one that is not is the client.
 */
export function clientAddress(trust: TrustProxy, peer: string | undefined, forwarded: string | undefined): string {
  const socket = plain(peer ?? '');
  if (trust.kind === 'none' || !forwarded) return socket || 'unknown';
  const chain = [...forwarded.split(',').map(plain).filter(Boolean), socket];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  const trusted = new Set(trust.addresses.map(plain));
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted.has(chain[i]!)) return chain[i]!;
  return chain[0]!;
}

/** Resolves once per request and keeps it on ctx.state.client (read by limits, audit and logs). */
export function clientOf(ctx: Context, trust: TrustProxy): string {
  const known = ctx.state.client as string | undefined;
  if (known) return known;
  const client = clientAddress(trust, ctx.req.socket.remoteAddress, ctx.get('x-forwarded-for') || undefined);
  ctx.state.client = client;
  return client;
}
