import { prerender } from 'react-dom/static';
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

/** The view's HTML, rendered as the server renders it (long lists in turns, so asynchronously). */
async function render(element: React.ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  // Fizz separates adjacent text with empty comments; they carry nothing to review.
  return (await new Response(prelude).text()).replaceAll('<!-- -->', '');
}

describe('the side-by-side view of the seed story', () => {
  it('renders as reviewed', async () => {
    const html = await render(<SideBySide view={view} agency="dpa" basePath="/stories/seed" />);
    await expect(`${readable(html)}\n`).toMatchFileSnapshot('__snapshots__/seed-side-by-side.html');
  });
  it('links every wire row and outlet sentence by its public fragment', async () => {
    const html = await render(<SideBySide view={view} agency="dpa" basePath="/stories/seed" />);
    expect(html).toContain('id="w7"');
    expect(html).toContain('id="outlet-002-u1"');
  });
});
