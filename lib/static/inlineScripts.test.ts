import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashedPagePolicy, parsePolicy } from '../security/contentSecurityPolicy';
import { inlineScriptHashes, withMetaPolicy } from './inlineScripts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/sb/_next/static/chunks/a.js" async=""></script></head>' +
  '<body><script>self.__next_f=self.__next_f||[]</script><script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([1,"x"])</script></body></html>';

describe('inline script hashes', () => {
  it('hash each inline script once, and no <script src>', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('self.__next_f=self.__next_f||[]'), sha('self.__next_f.push([1,"x"])')]);
  });

  it('are what a browser computes over the script text, exactly (no trimming)', () => {
    expect(inlineScriptHashes('<script> a </script>')).toEqual([sha(' a ')]);
  });
});

describe('withMetaPolicy', () => {
  const policy = hashedPagePolicy({ scriptHashes: inlineScriptHashes(PAGE), meta: true });

  it('puts the policy right after the charset, before any script', () => {
    const html = withMetaPolicy(PAGE, policy);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charSet'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
  });

  it('writes the policy as an attribute a browser reads back unchanged', () => {
    const html = withMetaPolicy(PAGE, policy);
    const content = /content="([^"]*)"/
      .exec(html)![1]
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(content).toBe(policy);
  });

  it('stamps a page once only', () => {
    expect(() => withMetaPolicy(withMetaPolicy(PAGE, policy), policy)).toThrow(/already/);
  });
});

describe('hashedPagePolicy', () => {
  it('allows our scripts and the hashed inline ones, no eval, and frames nowhere', () => {
    const p = parsePolicy(hashedPagePolicy({ scriptHashes: [sha('a')] }));
    expect(p['script-src']).toEqual(["'self'", sha('a'), "'wasm-unsafe-eval'"]);
    expect(p['script-src']).not.toContain("'unsafe-inline'");
    expect(p['script-src']).not.toContain("'unsafe-eval'");
    expect(p['frame-ancestors']).toEqual(["'none'"]);
    expect(p['connect-src']).toEqual(["'self'"]);
  });

  it('leaves frame-ancestors out of a <meta> policy, where browsers ignore it', () => {
    expect(parsePolicy(hashedPagePolicy({ scriptHashes: [], meta: true }))['frame-ancestors']).toBeUndefined();
  });

  it('refuses a source that is not a hash', () => {
    expect(() => hashedPagePolicy({ scriptHashes: ["'unsafe-inline'"] })).toThrow(/sha256/);
  });
});
