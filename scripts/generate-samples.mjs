#!/usr/bin/env node
/**
 * Writes the synthetic marketing samples and the 2-D teaching sets in public/samples/ and their entries
 * in manifest.json (the three real datasets' entries are kept as they are). Seeded: running it again gives the same bytes,
 * which a unit test checks. Each set has documented planted effects, so that a person (and a test) can
 * see whether Layerlab finds them:
 *
 *   node scripts/generate-samples.mjs            # rewrites public/samples
 *   node scripts/generate-samples.mjs some/dir   # writes elsewhere (the test does)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './seededRandom.mjs';


function tools(seed) {
  const random = createRandom(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const chance = (logit) => random() < 1 / (1 + Math.exp(-logit));
  return { random, pick, normal, chance };
}

const DAY = 86_400_000;
const iso = (days) => new Date(Date.UTC(2021, 0, 1) + days * DAY).toISOString().slice(0, 10);
const dayFirst = (days) => iso(days).split('-').reverse().join('/');
const csv = (header, rows, delimiter = ',') => `${[header, ...rows].map((row) => row.map((cell) => quote(String(cell), delimiter)).join(delimiter)).join('\n')}\n`;
const quote = (text, delimiter) => (text.includes(delimiter) || /["\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const money = (value) => `$${value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
const euros = (value) => value.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Campaign response: who answers a direct-marketing offer. ~8% respond. */
function campaignResponse() {
  const { random, pick, chance, normal } = tools(101);
  const header = ['customer_id', 'age', 'region', 'tenure_months', 'orders_last_year', 'avg_order_value', 'days_since_last_order', 'email_opens_90d', 'newsletter', 'channel', 'offer', 'signup_date', 'responded'];
  const rows = Array.from({ length: 8000 }, (_, index) => {
    const age = Math.round(Math.min(80, Math.max(18, 42 + normal() * 13)));
    const tenure = Math.floor(random() * 96);
    const orders = Math.floor(random() ** 2 * 25);
    const recency = Math.floor(random() * 365);
    const opens = Math.floor(random() ** 1.5 * 30);
    const newsletter = random() < 0.45;
    const channel = pick(['email', 'email', 'sms', 'post', 'app']);
    const offer = pick(['none', '10%', '20%']);
    const logit = -4.1 + 0.08 * opens + 0.9 * (offer === '20%') + 0.45 * (offer === '10%') + 0.6 * (channel === 'sms') - 0.005 * recency + 0.07 * orders + 0.35 * newsletter;
    return [100001 + index, age, pick(['north', 'south', 'east', 'west', 'capital']), tenure, orders, (20 + random() * 130).toFixed(2), recency, opens, newsletter ? 'yes' : 'no', channel, offer === 'none' ? '0%' : offer, iso(Math.floor(random() * 1400) - 1000), chance(logit) ? 'yes' : 'no'];
  });
  return csv(header, rows);
}

/** Customer lifetime value: 12-month revenue per customer, skewed like real revenue. */
function customerLtv() {
  const { random, pick, normal } = tools(202);
  const header = ['customer_id', 'signup_date', 'acquisition_channel', 'country', 'plan', 'first_order_value', 'orders_first_90d', 'support_tickets', 'discount_used', 'referral', 'avg_session_minutes', 'ltv_12m'];
  const planFactor = { basic: 1, plus: 1.6, pro: 2.6 };
  const channelFactor = { search: 1, social: 0.8, referral: 1.35, affiliate: 0.9, direct: 1.15 };
  const rows = Array.from({ length: 5000 }, (_, index) => {
    const plan = pick(['basic', 'basic', 'plus', 'pro']);
    const channel = pick(Object.keys(channelFactor));
    const firstOrder = Math.exp(3.6 + 0.7 * normal());
    const orders = Math.floor(random() * 6);
    const tickets = Math.floor(random() ** 3 * 8);
    const session = 2 + random() * 25;
    const ltv = (firstOrder * (1.5 + orders) * planFactor[plan] * channelFactor[channel] * Math.exp(0.25 * normal())) / (1 + 0.15 * tickets) + 0.8 * session;
    return [`C-${String(50001 + index)}`, iso(Math.floor(random() * 700)), channel, pick(['US', 'US', 'UK', 'DE', 'FR', 'CA']), plan, money(firstOrder), orders, tickets, random() < 0.3 ? 'true' : 'false', random() < 0.2 ? 'Y' : 'N', random() < 0.08 ? 'NA' : session.toFixed(1), money(ltv)];
  });
  return csv(header, rows);
}

/** Lead scoring: which B2B leads convert; a German CRM export (semicolons, decimal commas, day-first dates). */
function leadScoring() {
  const { random, pick, chance } = tools(303);
  const header = ['lead_id', 'created', 'source', 'industry', 'company_size', 'job_level', 'pages_viewed', 'webinar_attended', 'email_clicks', 'budget_eur', 'demo_requested', 'contract_signed', 'converted'];
  const rows = Array.from({ length: 4000 }, (_, index) => {
    const created = Math.floor(random() * 540);
    const source = pick(['web', 'web', 'referral', 'event', 'cold_call', 'partner']);
    const size = pick(['1-10', '11-50', '51-200', '201-1000', '1000+']);
    const level = pick(['C-level', 'VP', 'manager', 'manager', 'staff']);
    const pages = Math.floor(random() ** 1.4 * 40);
    const webinar = random() < 0.25;
    const clicks = Math.floor(random() * 12);
    const budget = random() < 0.35 ? null : Math.round(Math.exp(8.5 + random() * 3) / 100) * 100;
    const demo = random() < 0.2 + 0.01 * pages;
    const logit = -2.6 + 1.4 * demo + 0.045 * pages + 0.8 * webinar + 0.9 * (source === 'referral') + 0.6 * (level === 'C-level' || level === 'VP') + (budget === null ? 0 : 0.25 * Math.log10(budget) - 0.8);
    const converted = chance(logit);
    return [`L${String(index + 1).padStart(5, '0')}`, dayFirst(created), source, pick(['retail', 'software', 'manufacturing', 'health', 'finance', 'education']),
      random() < 0.15 ? '' : size, random() < 0.1 ? 'n/a' : level, random() < 0.05 ? 'NA' : pages, webinar ? 'ja' : 'nein', clicks,
      budget === null ? '' : euros(budget), demo ? 'ja' : 'nein', converted ? dayFirst(created + 10 + Math.floor(random() * 60)) : '', converted ? 'ja' : 'nein'];
  });
  return csv(header, rows, ';');
}

/**
 * The 2-D teaching sets, as TensorFlow Playground draws them: columns x, y and label, so that the Train
 * step can draw the decision boundary over the plane. Coordinates are rounded to 3 decimals; the noise
 * is gaussian, in the plane's units.
 */
const point = (x, y, label) => [x.toFixed(3), y.toFixed(3), label];
const PLANE = ['x', 'y', 'label'];

/** Circles: a disc of class 1 (radius up to 2) inside a ring of class 0 (radius 3 to 5). */
function circles() {
  const { random, normal } = tools(404);
  const rows = Array.from({ length: 400 }, (_, index) => {
    const inside = index % 2 === 0;
    const radius = inside ? random() * 2 : 3 + random() * 2;
    const angle = random() * 2 * Math.PI;
    return point(radius * Math.cos(angle) + 0.2 * normal(), radius * Math.sin(angle) + 0.2 * normal(), inside ? 1 : 0);
  });
  return csv(PLANE, rows);
}

/** XOR: class 1 where x and y have the same sign; points keep 0.3 away from the axes, as in Playground. */
function xor() {
  const { random } = tools(505);
  const away = (value) => value + (value > 0 ? 0.3 : -0.3);
  const rows = Array.from({ length: 400 }, () => {
    const x = away(random() * 9.4 - 4.7);
    const y = away(random() * 9.4 - 4.7);
    return point(x, y, x * y > 0 ? 1 : 0);
  });
  return csv(PLANE, rows);
}

/** Spiral: two arms, 200 points each, turning 1.75 times from the centre out to radius 5. */
function spiral() {
  const { normal } = tools(606);
  const rows = [];
  for (const [label, shift] of [[1, 0], [0, Math.PI]]) {
    for (let i = 0; i < 200; i++) {
      const radius = (i / 200) * 5;
      const angle = (1.75 * i * 2 * Math.PI) / 200 + shift;
      rows.push(point(radius * Math.sin(angle) + 0.15 * normal(), radius * Math.cos(angle) + 0.15 * normal(), label));
    }
  }
  return csv(PLANE, rows);
}

/** Gaussian clusters: three round clouds (standard deviation 1) around centres about 3.5 apart, labels A, B, C. */
function gaussianClusters() {
  const { normal } = tools(707);
  const centres = [['A', 0, 2], ['B', -1.8, -1], ['C', 1.8, -1]];
  const rows = Array.from({ length: 360 }, (_, index) => {
    const [label, x, y] = centres[index % 3];
    return point(x + normal(), y + normal(), label);
  });
  return csv(PLANE, rows);
}

const SEED_NOTE = 'Synthetic, made by scripts/generate-samples.mjs (seeded); no real people.';
const TEACHING_NOTE = 'Synthetic 2-D points, made by scripts/generate-samples.mjs (seeded), in the style of TensorFlow Playground.';

export const SYNTHETIC_SAMPLES = [
  {
    entry: { id: 'campaign_response', file: 'campaign_response.csv', title: 'Campaign response (synthetic)', target: 'responded', positiveClass: 'yes', task: 'binary',
      description: '8,000 customers who received an offer. Predict who responds; only about 8% do, so class weights go on automatically.',
      plantedEffects: ['Responses rise with email opens in the last 90 days, with a 20% offer (more than 10%), by SMS, with more orders and with the newsletter.', 'Responses fall the longer since the last order.', 'About 8% respond: an imbalanced target.', 'age, region, tenure_months, avg_order_value and signup_date have no effect.'],
      attribution: SEED_NOTE },
    make: campaignResponse,
  },
  {
    entry: { id: 'customer_ltv', file: 'customer_ltv.csv', title: 'Customer lifetime value (synthetic)', target: 'ltv_12m', task: 'regression',
      description: '5,000 customers of a subscription shop. Predict 12-month revenue (a skewed amount in $) from the first weeks.',
      plantedEffects: ['Lifetime value grows with the first order value and the orders in the first 90 days.', 'Plan multiplies it (plus ×1.6, pro ×2.6); referral customers are worth more, social ones less.', 'Support tickets lower it; session minutes add a little.', 'Amounts are written "$1,234.50"; avg_session_minutes has missing values (NA); country, discount_used and signup_date have no effect.'],
      attribution: SEED_NOTE },
    make: customerLtv,
  },
  {
    entry: { id: 'lead_scoring', file: 'lead_scoring.csv', title: 'B2B lead scoring (synthetic)', target: 'converted', positiveClass: 'ja', task: 'binary',
      description: '4,000 leads from a German CRM export (semicolons, decimal commas, day-first dates). Predict conversion; one column leaks the answer.',
      plantedEffects: ['Conversion rises with a demo request, pages viewed, webinar attendance, referral leads, senior job levels and a larger budget.', 'Missing values: company_size (15% empty), job_level (10% "n/a"), pages_viewed (5% "NA"), budget_eur (35% empty).', 'Leak: contract_signed is filled in only for converted leads; the data check flags it.', 'industry, email_clicks and created have no effect.'],
      attribution: SEED_NOTE },
    make: leadScoring,
  },
];

/** The teaching sets: picked from their own group, they show a live decision boundary while training. */
export const TEACHING_SAMPLES = [
  {
    entry: { id: 'circles', file: 'circles.csv', suggestedHidden: [8, 8], title: 'Circles (2-D teaching set)', group: 'teaching', target: 'label', positiveClass: '1', task: 'binary',
      description: '400 points in the plane: a disc of class 1 inside a ring of class 0. No straight line separates them; a small hidden layer does.',
      plantedEffects: ['label is 1 within radius 2 of the centre and 0 from radius 3 to 5.', 'x and y carry a little gaussian noise (standard deviation 0.2); the classes never overlap.'],
      attribution: TEACHING_NOTE },
    make: circles,
  },
  {
    entry: { id: 'xor', file: 'xor.csv', suggestedHidden: [8, 8], title: 'XOR (2-D teaching set)', group: 'teaching', target: 'label', positiveClass: '1', task: 'binary',
      description: '400 points in four squares: class 1 where x and y have the same sign. Neither input alone says anything; together they say everything.',
      plantedEffects: ['label is 1 when x × y > 0, else 0.', 'Points keep 0.3 away from both axes, so the four squares are cleanly apart.'],
      attribution: TEACHING_NOTE },
    make: xor,
  },
  {
    entry: { id: 'spiral', file: 'spiral.csv', suggestedHidden: [8, 8, 8], title: 'Spiral (2-D teaching set)', group: 'teaching', target: 'label', positiveClass: '1', task: 'binary',
      description: '400 points on two interleaved spiral arms, one per class. The hardest of the four: it needs more neurons and more epochs.',
      plantedEffects: ['Each arm turns 1.75 times from the centre out to radius 5; the second arm is the first turned by half a circle.', 'x and y carry gaussian noise (standard deviation 0.15).'],
      attribution: TEACHING_NOTE },
    make: spiral,
  },
  {
    entry: { id: 'gaussian', file: 'gaussian.csv', suggestedHidden: [8], title: 'Gaussian clusters (2-D teaching set)', group: 'teaching', target: 'label', task: 'multiclass',
      description: '360 points in three overlapping round clouds, labelled A, B and C. Straight boundaries suffice; where the clouds overlap, no model can be sure.',
      plantedEffects: ['Class A is centred at (0, 2), B at (-1.8, -1), C at (1.8, -1), 120 points each.', 'Each cloud has standard deviation 1 in x and y, so the classes overlap a little.'],
      attribution: TEACHING_NOTE },
    make: gaussianClusters,
  },
];

const GENERATED = [...SYNTHETIC_SAMPLES, ...TEACHING_SAMPLES];

/** Writes the samples and the manifest (keeping the real datasets' entries) into `directory`. */
export function writeSamples(directory, manifestSource = join(directory, 'manifest.json')) {
  mkdirSync(directory, { recursive: true });
  const manifest = JSON.parse(readFileSync(manifestSource, 'utf8'));
  const generated = new Set(GENERATED.map(({ entry }) => entry.id));
  const real = manifest.samples.filter((sample) => !generated.has(sample.id));
  for (const { entry, make } of GENERATED) writeFileSync(join(directory, entry.file), make());
  writeFileSync(join(directory, 'manifest.json'), `${JSON.stringify({ samples: [...real, ...GENERATED.map(({ entry }) => entry)] }, null, 2)}\n`);
  return GENERATED.map(({ entry }) => entry.file);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const samples = resolve(dirname(fileURLToPath(import.meta.url)), '../public/samples');
  const directory = resolve(process.argv[2] ?? samples);
  console.log(`Wrote ${writeSamples(directory, join(samples, 'manifest.json')).join(', ')} and manifest.json to ${directory}`);
}
