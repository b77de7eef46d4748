import { RememberedDetails } from '@/components/client/remembered-details';
import { FlagBadge } from './badges';
import { FLAG, OUTLET_STATUS, PIECE, RESEMBLANCE_CELL, WIRE_STATUS, type SentenceFlag } from './marks';

/** Explains every mark the views use; collapsed until the reader opens it, and remembered that way. */
export function Legend() {
  return (
    <RememberedDetails
      storageKey="wiretrace:legend"
      className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <summary className="cursor-pointer font-semibold">
        Legend{' '}
        <span className="hidden font-normal text-stone-600 sm:inline dark:text-stone-400">
          {Object.values(OUTLET_STATUS)
            .map((mark) => `${mark.symbol} ${mark.label}`)
            .join(' · ')}
        </span>
      </summary>
      <h2 className="sr-only">Legend</h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {Object.entries(OUTLET_STATUS).map(([key, mark]) => (
          <div key={key} className="flex items-baseline gap-2">
            <dt className={`shrink-0 rounded border-l-4 px-1.5 ${mark.className}`}>
              <span aria-hidden="true" className="font-mono font-bold">
                {mark.symbol}{' '}
              </span>
              {mark.label}
            </dt>
            <dd>{mark.description}</dd>
          </div>
        ))}
        <div className="flex items-baseline gap-2">
          <dt className="shrink-0">
            <ins className={PIECE.ins.className}>inserted</ins> /{' '}
            <del className={PIECE.del.className}>removed</del>
          </dt>
          <dd>words the outlet inserted (bold, underlined) or removed from the wire (struck through)</dd>
        </div>
        {(Object.keys(FLAG) as SentenceFlag[]).map((flag) => (
          <div key={flag} className="flex items-baseline gap-2">
            <dt className="shrink-0">
              <FlagBadge flag={flag} />
            </dt>
            <dd>{FLAG[flag].description}</dd>
          </div>
        ))}
        {[...Object.entries(WIRE_STATUS), ['resembles', RESEMBLANCE_CELL] as const].map(([key, mark]) => (
          <div key={key} className="flex items-baseline gap-2">
            <dt className={`shrink-0 rounded px-1.5 ${mark.className}`}>
              <span aria-hidden="true">{mark.symbol} </span>
              {mark.label}
            </dt>
            <dd>{mark.description}</dd>
          </div>
        ))}
      </dl>
    </RememberedDetails>
  );
}
