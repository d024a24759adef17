/**
 * mulberry32, the same generator as src/core/random.ts, for the plain-Node scripts that write the
 * samples, the fixture corpus and the ingest benchmark's data: seeded, so they write the same bytes
 * every run (tests compare the committed files byte for byte).
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
