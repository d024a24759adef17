/**
 * A small promise wrapper over IndexedDB: the browser storage that can hold a whole project (the data
 * file and the trained weights included), kept on this device only.
 */
import { StorageProblem } from './storageProblem';

const DB_NAME = 'layerlab';
const DB_VERSION = 1;
export type StoreName = 'projects' | 'files';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('projects')) db.createObjectStore('projects', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('files')) db.createObjectStore('files');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(new StorageProblem(request.error));
    };
  });
  return opening;
}

async function run<T>(store: StoreName, mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    let request: IDBRequest<T>;
    try {
      request = action(transaction.objectStore(store));
    } catch (error) {
      // put() throws at once for some failures (a value that cannot be stored, a full quota in some browsers).
      reject(new StorageProblem(error));
      transaction.abort();
      return;
    }
    let result: T;
    request.onsuccess = () => (result = request.result);
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(new StorageProblem(transaction.error));
    transaction.onabort = () => reject(new StorageProblem(transaction.error));
  });
}

export const putValue = (store: StoreName, value: unknown, key?: string) => run(store, 'readwrite', (s) => s.put(value, key)).then(() => undefined);
export const getValue = <T>(store: StoreName, key: string) => run<T | undefined>(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
export const deleteValue = (store: StoreName, key: string) => run(store, 'readwrite', (s) => s.delete(key)).then(() => undefined);
export const allValues = <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);

/** Bytes used and available to this site, when the browser says. */
export async function storageUse(): Promise<{ used: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage !== undefined && quota !== undefined ? { used: usage, quota } : null;
}
