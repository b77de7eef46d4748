import { sliceByWeight } from '@/lib/view/render-slices';

/** Renders its children in a later turn of the event loop, after requests that arrived meanwhile. */
async function LaterTurn({ children }: { children: React.ReactNode }) {
  await new Promise((resolve) => setImmediate(resolve));
  return <>{children}</>;
}

/**
 * Renders a long list a slice at a time (lib/view/render-slices.ts), each slice in its own turn of the event
 * loop, so that one long page does not hold up every other request while it renders. A list that is one slice
 * is rendered at once, as any other.
 */
export function InTurns<T>({
  items,
  weight,
  render,
}: {
  items: readonly T[];
  weight: (item: T) => number;
  render: (item: T, index: number) => React.ReactNode;
}) {
  const slices = sliceByWeight(items, weight);
  if (slices.length <= 1) return <>{items.map(render)}</>;
  let index = 0;
  return (
    <>
      {slices.map((slice, i) => (
        <LaterTurn key={i}>{slice.map((item) => render(item, index++))}</LaterTurn>
      ))}
    </>
  );
}
