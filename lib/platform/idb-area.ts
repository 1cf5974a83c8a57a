/**
 * A small key-value area (the shape of storage.local's get/set/remove) in IndexedDB, for the one
 * secret CaseLens keeps: the CourtListener token. IndexedDB belongs to an origin, so the extension's
 * database is open to the background and the extension's own pages only; a content script runs in the
 * page's origin and can't reach it (storage.local, by contrast, is readable by content scripts). The
 * factory comes in as an argument (`indexedDB` in the glue), so this module touches no global.
 */
import type { KeyValueArea } from '../settings-store';

export const SECRETS_DB = 'caselens-secrets';
const STORE = 'kv';

const done = (req: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if ('oncomplete' in req) {
      req.oncomplete = () => resolve();
      req.onabort = req.onerror = () => reject(req.error ?? new Error('IndexedDB transaction failed'));
    } else {
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    }
  });

export function idbArea(factory: IDBFactory, name = SECRETS_DB): Required<KeyValueArea> {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => {
        db = undefined;
        reject(req.error ?? new Error('IndexedDB could not be opened'));
      };
    }));
  // Each request is made synchronously right after its transaction is created (it commits once idle).
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(STORE, mode);

  return {
    async get(key) {
      const db = await open();
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
      await done(req);
      return req.result === undefined ? {} : { [key]: req.result as unknown };
    },
    async set(items) {
      const t = await store('readwrite');
      const kv = t.objectStore(STORE);
      for (const [k, v] of Object.entries(items)) kv.put(v, k);
      await done(t);
    },
    async remove(keys) {
      const t = await store('readwrite');
      const kv = t.objectStore(STORE);
      for (const k of keys) kv.delete(k);
      await done(t);
    },
  };
}
