/**
 * What a column's repeated cells mean, looked up by the cell's characters in place: most cells of a
 * marketing export repeat (plans, regions, yes/no, dates, small numbers), and a hit here skips slicing
 * the text, the missing-token check and the number parser. Open addressing with FNV-1a over the
 * characters; entries stop being added at {@link CELL_CACHE_LIMIT} (columns of unique values gain
 * nothing from a cache). The table starts small and doubles, so a file of 5,000 columns costs little.
 */
export const CELL_CACHE_LIMIT = 4096;
const FIRST_SLOTS = 16;

export const CACHED_MISSING = 0;
export const CACHED_NUMBER = 1;
export const CACHED_TEXT = 2;

export class CellCache {
  /** The cell text of each entry, its kind, its number (numbers) and its label code (or a code for missing). */
  readonly keys: string[] = [];
  readonly kinds: number[] = [];
  readonly numbers: number[] = [];
  readonly codes: number[] = [];
  private slots = new Int32Array(FIRST_SLOTS).fill(-1);
  private mask = FIRST_SLOTS - 1;

  /** The entry for `text.slice(start, end)`, or -1. */
  find(text: string, start: number, end: number): number {
    const mask = this.mask;
    let slot = hashRange(text, start, end) & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === -1) return -1;
      if (sameText(this.keys[entry] as string, text, start, end)) return entry;
      slot = (slot + 1) & mask;
    }
  }

  add(key: string, kind: number, number: number, code: number): void {
    const entry = this.keys.length;
    if (entry >= CELL_CACHE_LIMIT) return;
    // Keep the table at most half full, so that probes stay short.
    if ((entry + 1) * 2 > this.slots.length) this.resize(this.slots.length * 2);
    this.place(key, entry);
    this.keys.push(key);
    this.kinds.push(kind);
    this.numbers.push(number);
    this.codes.push(code);
  }

  clear(): void {
    this.keys.length = this.kinds.length = this.numbers.length = this.codes.length = 0;
    this.resize(FIRST_SLOTS);
  }

  private place(key: string, entry: number): void {
    let slot = hashRange(key, 0, key.length) & this.mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry;
  }

  private resize(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.keys.forEach((key, entry) => this.place(key, entry));
  }
}

function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let index = 0; index < key.length; index++) if (key.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
