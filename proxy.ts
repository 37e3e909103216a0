/**
 * Gives every page its Content-Security-Policy with a fresh nonce.
 *
 * Why a nonce rather than build-time hashes: the App Router streams its RSC payload as inline
 * `self.__next_f.push(...)` scripts whose text differs per page and per notebook id, so their
 * hashes are not known when the app is built, and 'unsafe-inline' would let an injected inline
 * script run too. Next reads the nonce from the request's CSP header and stamps it on its own
 * scripts; that needs the pages rendered per request (app/layout.tsx awaits connection()),
 * which costs little here, as pages are thin shells and the notebook work happens client side.
 *
 * /_next/static is left out: those files get the worker policy from next.config.ts, and two
 * CSP headers on one response would both be enforced.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, pagePolicy } from '@/lib/security/contentSecurityPolicy';

export function proxy(request: NextRequest) {
  const policy = pagePolicy({ nonce: createNonce(), dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static/).*)'],
};
