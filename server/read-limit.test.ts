import { describe, expect, it } from 'vitest';
import { isHeavyRead } from './read-limit';

describe('isHeavyRead', () => {
  it("counts reads of a saved comparison's pages and exports", () => {
    for (const path of [
      '/c/OfM6bsMnHmztjCemKjBJzQ',
      '/c/OfM6bsMnHmztjCemKjBJzQ/wire',
      '/c/OfM6bsMnHmztjCemKjBJzQ/outlets/outlet-1',
      '/c/OfM6bsMnHmztjCemKjBJzQ/opengraph-image',
      '/api/comparisons/OfM6bsMnHmztjCemKjBJzQ',
    ])
      expect(isHeavyRead('GET', path), path).toBe(true);
    expect(isHeavyRead('HEAD', '/c/OfM6bsMnHmztjCemKjBJzQ')).toBe(true);
  });
  it('leaves creates, stories and the other pages to their own limits', () => {
    expect(isHeavyRead('POST', '/api/comparisons')).toBe(false);
    expect(isHeavyRead('GET', '/api/comparisons')).toBe(false);
    expect(isHeavyRead('GET', '/stories/nato-nordkorea-kursk-2024-10')).toBe(false);
    expect(isHeavyRead('GET', '/api/stories/nato-nordkorea-kursk-2024-10')).toBe(false);
    expect(isHeavyRead('GET', '/new')).toBe(false);
    expect(isHeavyRead('GET', '/c')).toBe(false);
  });
});
