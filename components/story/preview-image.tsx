import { ImageResponse } from 'next/og';
import { percent } from '@/lib/text/percent';
import { PREVIEW_LAYOUT, previewLayout } from '@/lib/view/preview-layout';
import type { ScreenData } from '@/lib/view/types';
import { VERDICT } from './marks';

/** Size of link preview images. */
export const PREVIEW_SIZE = { width: PREVIEW_LAYOUT.width, height: PREVIEW_LAYOUT.height };

/**
 * The preview image for chat and social apps: the title and each version's share taken from the wire, derived
 * versions first, as many as fit (lib/view/preview-layout.ts decides sizes and cuts).
 */
export function previewImage(data: ScreenData | null): ImageResponse {
  const L = PREVIEW_LAYOUT;
  const layout = previewLayout(data?.title ?? 'Wiretrace', data?.view.outlets ?? []);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fafaf9',
        padding: L.padding,
        fontFamily: 'sans-serif',
        color: '#1c1917',
      }}
    >
      <div style={{ fontSize: 28, height: 28, color: '#0369a1', fontWeight: 700, display: 'flex' }}>
        {`Wiretrace · ${data?.agency ? `${data.agency} ` : ''}wire and ${data?.view.outlets.length ?? 0} versions`}
      </div>
      <div
        style={{
          fontSize: layout.titleSize,
          fontWeight: 700,
          marginTop: L.kickerHeight - 28,
          lineHeight: L.lineHeight,
          display: 'flex',
          flexShrink: 0,
        }}
      >
        {layout.title}
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          marginTop: L.gapBelowTitle,
          gap: L.rowGap,
          flexShrink: 0,
        }}
      >
        {layout.rows.map(({ outlet, name }) => (
          <div
            key={outlet.id}
            style={{ display: 'flex', alignItems: 'center', fontSize: L.rowFontSize, height: L.rowHeight }}
          >
            <div style={{ width: L.nameWidth, display: 'flex', overflow: 'hidden', whiteSpace: 'nowrap' }}>
              {name}
            </div>
            <div style={{ width: 280, height: 24, background: '#e7e5e4', display: 'flex', borderRadius: 6 }}>
              <div
                style={{
                  width: `${Math.max(1, Math.round(outlet.reuseShare * 100))}%`,
                  height: 24,
                  background: VERDICT[outlet.verdict].colour,
                  borderRadius: 6,
                }}
              />
            </div>
            <div
              style={{ marginLeft: 20, display: 'flex', fontSize: 22 }}
            >{`${percent(outlet.reuseShare)} from the wire · ${outlet.verdict}`}</div>
          </div>
        ))}
        {layout.more > 0 && (
          <div style={{ display: 'flex', fontSize: 24, color: '#57534e', height: L.moreHeight - L.rowGap }}>
            {`and ${layout.more} more version${layout.more === 1 ? '' : 's'}`}
          </div>
        )}
      </div>
    </div>,
    PREVIEW_SIZE,
  );
}
