/**
 * The ingest benchmark's file: a seeded CRM-style export of `rows` rows and 12 columns (about 64 bytes a
 * row): ids, an ISO date, integers, amounts with two decimals, percentages, categories and yes/no.
 * Written in chunks, so a million rows never sit in memory as one string.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom } from './seededRandom.mjs';


export const INGEST_HEADER = ['customer_id', 'signup_date', 'age', 'plan', 'region', 'visits', 'avg_order', 'revenue', 'discount', 'newsletter', 'channel', 'churned'];
const PLANS = ['basic', 'plus', 'pro', 'team'];
const REGIONS = ['north', 'south', 'east', 'west', 'centre', 'islands'];
const CHANNELS = ['email', 'search', 'social', 'direct', 'partner'];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);

/** Writes the file; resolves with its size in bytes. */
export async function writeIngestCsv(path, rows, seed = 2024) {
  const random = createRandom(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const out = createWriteStream(path);
  let bytes = 0;
  let lines = [INGEST_HEADER.join(',')];
  const flush = async () => {
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
    lines = [];
  };
  for (let id = 1; id <= rows; id++) {
    const visits = Math.floor(random() * 40);
    const order = 5 + random() * 300;
    const signup = new Date(FIRST_DAY + Math.floor(random() * 1800) * DAY).toISOString().slice(0, 10);
    lines.push([id, signup, 18 + Math.floor(random() * 60), pick(PLANS), pick(REGIONS), visits, order.toFixed(2),
      (order * (1 + visits) * (0.5 + random())).toFixed(2), (random() * 30).toFixed(1), random() < 0.4 ? 'yes' : 'no',
      pick(CHANNELS), random() < 0.2 + (visits < 5 ? 0.3 : 0) ? 'yes' : 'no'].join(','));
    if (lines.length >= 10_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return bytes;
}
