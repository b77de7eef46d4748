import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin';

describe('publicOrigin', () => {
  it('prefers the configured address', () => {
    expect(publicOrigin('https://wiretrace.example', 'evil.example', 'http').href).toBe(
      'https://wiretrace.example/',
    );
  });
  it('takes the request host and the proxy scheme when nothing is configured', () => {
    expect(publicOrigin(undefined, 'wiretrace.example:8443', 'https').href).toBe(
      'https://wiretrace.example:8443/',
    );
    expect(publicOrigin(undefined, '[::1]:3000', null).href).toBe('http://[::1]:3000/');
  });
  it('ignores a host header that is not a plain host', () => {
    expect(publicOrigin(undefined, 'evil.example/path?x', 'https').href).toBe('http://localhost:3000/');
  });
});
