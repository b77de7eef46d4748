'use client';

/**
 * One Tab stop for a grid of links (the heat map): the arrow keys, Home and End move between cells (a roving
 * tabindex). The cells are rendered on the server with data-row / data-col and tabIndex -1 except the first.
 */
export function RovingGrid({ label, children }: { label: string; children: React.ReactNode }) {
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-row][data-col]');
    if (!from) return;
    const row = Number(from.dataset.row);
    const col = Number(from.dataset.col);
    const target: Record<string, [number, number]> = {
      ArrowRight: [row, col + 1],
      ArrowLeft: [row, col - 1],
      ArrowDown: [row + 1, col],
      ArrowUp: [row - 1, col],
      Home: [row, 0],
      End: [row, Number.MAX_SAFE_INTEGER],
    };
    const next = target[event.key];
    if (!next) return;
    const cells = [...event.currentTarget.querySelectorAll<HTMLElement>(`[data-row="${next[0]}"][data-col]`)];
    const cell = event.key === 'End' ? cells.at(-1) : cells.find((el) => Number(el.dataset.col) === next[1]);
    if (!cell) return;
    event.preventDefault();
    from.tabIndex = -1;
    cell.tabIndex = 0;
    cell.focus();
  };
  return (
    // The table inside carries the semantics; this wrapper only listens for the arrow keys its cells bubble up.
    <div onKeyDown={onKeyDown} aria-label={label} role="group">
      {children}
    </div>
  );
}
