import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { alignTexts } from '@/lib/view/story-view';
import { SideBySide } from './side-by-side';

const seed = seedTexts();
const { view } = alignTexts({
  wireText: seed.wire,
  outlets: Object.entries(seed.outlets).map(([id, text]) => ({
    id,
    name: id.replace('outlet-', 'Outlet '),
    text,
  })),
});

// One element per line, so that a change in the render reads as a diff of lines.
const readable = (html: string) => html.replace(/></g, '>\n<');

describe('the side-by-side view of the seed story', () => {
  it('renders as reviewed', async () => {
    const html = renderToStaticMarkup(<SideBySide view={view} agency="dpa" basePath="/stories/seed" />);
    await expect(`${readable(html)}\n`).toMatchFileSnapshot('__snapshots__/seed-side-by-side.html');
  });
  it('links every wire row and outlet sentence by its public fragment', () => {
    const html = renderToStaticMarkup(<SideBySide view={view} agency="dpa" basePath="/stories/seed" />);
    expect(html).toContain('id="w7"');
    expect(html).toContain('id="outlet-002-u1"');
  });
});
