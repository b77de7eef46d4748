/**
 * One instance per server process of what must be shared by every route: a limit counted in two API routes must
 * be one count. Next may bundle a module once per route, each with its own module state; `globalThis` is the
 * process's, whatever the bundling.
 */

/** The process's one value under `name`, made by `make` on first use. */
export function processWide<T>(name: string, make: () => T): T {
  const key = Symbol.for(`wiretrace.${name}`);
  const registry = globalThis as unknown as Record<symbol, T | undefined>;
  return (registry[key] ??= make());
}
