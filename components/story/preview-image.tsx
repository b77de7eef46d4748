import { ImageResponse } from 'next/og';
import { formatShare } from '@/components/format';
import type { ScreenData } from '@/lib/view/types';
import { VERDICT } from './marks';

/** Size of link preview images. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** The preview image for chat and social apps: the title and each version's share taken from the wire. */
export function previewImage(data: ScreenData | null): ImageResponse {
  const outlets = data?.view.outlets.slice(0, 6) ?? [];
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fafaf9',
        padding: 56,
        fontFamily: 'sans-serif',
        color: '#1c1917',
      }}
    >
      <div style={{ fontSize: 28, color: '#0369a1', fontWeight: 700, display: 'flex' }}>
        {`Wiretrace · ${data?.agency ? `${data.agency} ` : ''}wire and ${data?.view.outlets.length ?? 0} versions`}
      </div>
      <div style={{ fontSize: 52, fontWeight: 700, marginTop: 16, lineHeight: 1.15, display: 'flex' }}>
        {data?.title ?? 'Wiretrace'}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 36, gap: 14 }}>
        {outlets.map((outlet) => (
          <div key={outlet.id} style={{ display: 'flex', alignItems: 'center', fontSize: 28 }}>
            <div style={{ width: 260, display: 'flex', overflow: 'hidden' }}>{outlet.name}</div>
            <div style={{ width: 560, height: 28, background: '#e7e5e4', display: 'flex', borderRadius: 6 }}>
              <div
                style={{
                  width: `${Math.max(1, Math.round(outlet.reuseShare * 100))}%`,
                  height: 28,
                  background: VERDICT[outlet.verdict].colour,
                  borderRadius: 6,
                }}
              />
            </div>
            <div
              style={{ marginLeft: 20, display: 'flex' }}
            >{`${formatShare(outlet.reuseShare)} from the wire · ${outlet.verdict}`}</div>
          </div>
        ))}
      </div>
    </div>,
    PREVIEW_SIZE,
  );
}
