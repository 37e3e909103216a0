import { describe, expect, it } from 'vitest';
import { cacheName, precacheUrls, staleCacheNames } from './cacheVersion';

describe('cache versioning', () => {
  it('names one cache per version', () => {
    expect(cacheName('0123abcd')).toBe('sparkbook-0123abcd');
    expect(cacheName('a')).not.toBe(cacheName('b'));
  });

  it('refuses a version that is not a plain name', () => {
    expect(() => cacheName('')).toThrow(/not a version/);
    expect(() => cacheName('a/b')).toThrow(/not a version/);
  });

  it('deletes the caches of other versions once a version is active, and only ours', () => {
    const names = ['sparkbook-old1', 'sparkbook-new2', 'sparkbook-old3', 'other-app-cache', 'workbox-precache'];
    expect(staleCacheNames(names, 'new2')).toEqual(['sparkbook-old1', 'sparkbook-old3']);
  });

  it('keeps everything when only the current version exists', () => {
    expect(staleCacheNames(['sparkbook-v1'], 'v1')).toEqual([]);
  });

  it('resolves precache paths under the worker scope (the base path)', () => {
    expect(precacheUrls(['/', '/notebook/', '/_next/static/chunks/a.js'], 'https://user.github.io/sparkbook/')).toEqual([
      'https://user.github.io/sparkbook/',
      'https://user.github.io/sparkbook/notebook/',
      'https://user.github.io/sparkbook/_next/static/chunks/a.js',
    ]);
    expect(precacheUrls(['/jobs/'], 'http://localhost:3125/')).toEqual(['http://localhost:3125/jobs/']);
  });
});
