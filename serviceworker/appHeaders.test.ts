import { describe, expect, it } from 'vitest';
import { withAppHeaders } from './appHeaders';

const policies = {
  pagePolicy: "default-src 'self'; script-src 'self' 'sha256-abc='",
  workerPolicy: "default-src 'self'; script-src 'self' 'unsafe-eval'",
};
const at = (path: string) => new URL(`https://host.example${path}`);

describe('withAppHeaders', () => {
  it('adds COOP, COEP, nosniff and no-referrer to a response from a host that sends none', () => {
    const response = withAppHeaders(new Response('<p>hi</p>', { headers: { 'Content-Type': 'text/html' } }), at('/sb/'), '/sb', policies);
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(response.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('Content-Type')).toBe('text/html');
  });

  it('gives pages the page policy and worker chunks under the base path the worker policy', () => {
    expect(withAppHeaders(new Response(''), at('/sb/notebook/'), '/sb', policies).headers.get('Content-Security-Policy')).toBe(
      policies.pagePolicy,
    );
    expect(
      withAppHeaders(new Response(''), at('/sb/_next/static/chunks/w.js'), '/sb', policies).headers.get('Content-Security-Policy'),
    ).toBe(policies.workerPolicy);
    // Outside the base path it is not one of our chunks.
    expect(withAppHeaders(new Response(''), at('/_next/static/chunks/w.js'), '/sb', policies).headers.get('Content-Security-Policy')).toBe(
      policies.pagePolicy,
    );
  });

  it('keeps the headers the host did send', () => {
    const fromHost = new Response('', {
      headers: { 'Cross-Origin-Embedder-Policy': 'credentialless', 'Content-Security-Policy': "default-src 'none'" },
    });
    const response = withAppHeaders(fromHost, at('/sb/'), '/sb', policies);
    expect(response.headers.get('Cross-Origin-Embedder-Policy')).toBe('credentialless');
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });

  it('keeps the status and the body', async () => {
    const response = withAppHeaders(new Response('missing', { status: 404, statusText: 'Not Found' }), at('/sb/x'), '/sb', policies);
    expect(response.status).toBe(404);
    expect(response.statusText).toBe('Not Found');
    expect(await response.text()).toBe('missing');
    expect(withAppHeaders(new Response(null, { status: 204 }), at('/sb/x'), '/sb', policies).status).toBe(204);
  });

  it('hands an opaque response on untouched (its headers cannot be read or rewritten)', () => {
    const opaque = Response.error();
    expect(withAppHeaders(opaque, at('/sb/x'), '/sb', policies)).toBe(opaque);
  });
});
