/** An in-memory `KeyValueArea` (the shape of storage.local), optionally failing its writes. */
import type { KeyValueArea } from '../../lib/settings-store';

export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown>; failWith?: Error } {
  const data: Record<string, unknown> = structuredClone(initial);
  const area: KeyValueArea & { data: Record<string, unknown>; failWith?: Error } = {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      if (area.failWith) throw area.failWith;
      Object.assign(data, structuredClone(items));
    },
  };
  return area;
}
