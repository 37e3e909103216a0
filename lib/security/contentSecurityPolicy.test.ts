import { describe, expect, it } from 'vitest';
import {
  createNonce,
  pagePolicy,
  parsePolicy,
  policyNonce,
  SECURITY_HEADERS,
  serializePolicy,
  workerPolicy,
} from './contentSecurityPolicy';

describe('page policy', () => {
  const page = parsePolicy(pagePolicy({ nonce: 'abc123==' }));

  it('runs only our scripts and the request nonce, with no eval and no inline scripts', () => {
    expect(page['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'wasm-unsafe-eval'"]);
    expect(page['script-src']).not.toContain("'unsafe-eval'");
    expect(page['script-src']).not.toContain("'unsafe-inline'");
  });

  it('keeps everything on our origin and refuses framing, plugins and <base>', () => {
    expect(page).toMatchObject({
      'default-src': ["'self'"],
      'connect-src': ["'self'"],
      'font-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it("allows eval only under next dev, for React's dev tooling", () => {
    expect(parsePolicy(pagePolicy({ nonce: 'n', dev: true }))['script-src']).toContain("'unsafe-eval'");
  });

  it('refuses a nonce that could break out of the header', () => {
    expect(() => pagePolicy({ nonce: "x'; script-src *" })).toThrow(/base64/);
  });
});

describe('worker policy', () => {
  const worker = parsePolicy(workerPolicy());

  it('lets cells evaluate and TF.js compile WASM, but connect only to our origin', () => {
    expect(worker['script-src']).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect(worker['connect-src']).toEqual(["'self'"]);
    expect(worker['default-src']).toEqual(["'self'"]);
    expect(worker['script-src']).not.toContain("'unsafe-inline'");
  });
});

describe('policy syntax', () => {
  it('writes directives in order, separated by semicolons', () => {
    expect(serializePolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe("default-src 'self'; img-src 'self' data:");
  });

  it('puts the nonce where Next looks for it (the script-src directive)', () => {
    const nonce = createNonce();
    const scriptSrc = pagePolicy({ nonce })
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toContain(`'nonce-${nonce}'`);
  });
});

describe('nonces', () => {
  it('are 16 random bytes in base64, new each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });

  it('are read back from a page policy, for the inline scripts the layout writes', () => {
    const nonce = createNonce();
    expect(policyNonce(pagePolicy({ nonce }))).toBe(nonce);
    expect(policyNonce(workerPolicy())).toBeUndefined();
    expect(policyNonce(null)).toBeUndefined();
  });
});

describe('security headers', () => {
  it('keep cross-origin isolation and add nosniff and no-referrer', () => {
    expect(Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]))).toEqual({
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
