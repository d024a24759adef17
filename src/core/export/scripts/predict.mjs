#!/usr/bin/env node
/**
 * Scores a CSV with the Layerlab model in this folder, exactly as the app's batch scoring does: the
 * original columns, then the prediction and each class's probability (or the predicted value), then
 * `layerlab_notes` when a value was filled in or not recognised.
 *
 *   npm install            (installs @tensorflow/tfjs, as listed in package.json beside this file)
 *   node predict.mjs customers.csv [scored.csv] [--delimiter=";"]
 *
 * Needs Node 18 or later and @tensorflow/tfjs only. Each step below mirrors the app's own code so that a
 * cell means the same here as in the browser; preprocessing.json holds every fitted value.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SUPPORTED = { format: 'layerlab.preprocessing', version: 1 };

// ---- Reading the file: byte-order marks, UTF-16, UTF-8, else Windows-1252 (as Excel writes CSV).
const WINDOWS_1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

function decode(bytes) {
  const starts = (...prefix) => prefix.every((byte, i) => bytes[i] === byte);
  if (starts(0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (starts(0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (starts(0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('This file contains binary data, so it is not a CSV.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder('windows-1252') reads ISO-8859-1, which loses € and curly quotes.
    return Array.from(bytes, (b) => String.fromCharCode(b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b)).join('');
  }
}

function guessUtf16(bytes) {
  const length = Math.min(bytes.length, 8192) & ~1;
  if (length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd >= (length / 2) * 0.3 && even <= odd * 0.1) return 'utf-16le';
  if (even >= (length / 2) * 0.3 && odd <= even * 0.1) return 'utf-16be';
  return null;
}

// ---- Splitting into records: RFC 4180 quotes ("" inside quotes is a quote), CRLF, LF or CR.
function parseRecords(text, delimiter, limit = Infinity) {
  const records = [];
  let record = [];
  let field = '';
  let fieldStart = 0;
  let strayQuotes = 0;
  let i = 0;
  const endField = (end) => {
    record.push(field + text.slice(fieldStart, end));
    field = '';
  };
  while (i < text.length && records.length < limit) {
    const char = text[i];
    if (char === '"' && i === fieldStart) {
      let close = i + 1;
      while ((close = text.indexOf('"', close)) !== -1 && text[close + 1] === '"') close += 2;
      if (close === -1) close = text.length;
      field = text.slice(i + 1, close).replaceAll('""', '"');
      i = fieldStart = close + 1;
    } else if (char === delimiter) {
      endField(i);
      i = fieldStart = i + 1;
    } else if (char === '\n' || char === '\r') {
      endField(i);
      records.push(record);
      record = [];
      i = fieldStart = i + (char === '\r' && text[i + 1] === '\n' ? 2 : 1);
    } else {
      if (char === '"') strayQuotes++;
      i++;
    }
  }
  if (i > fieldStart || field !== '' || record.length > 0) {
    endField(Math.min(i, text.length));
    records.push(record);
  }
  return { records, strayQuotes };
}

/** The delimiter that splits the first 50 records most consistently, as the app sniffs it. */
function sniffDelimiter(text) {
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of ['\t', ';', '|', ',']) {
    const sample = parseRecords(text.slice(0, 262_144), delimiter, 50);
    // As in the app's sniffing, only a line of spaces and control characters is blank here.
    const counts = sample.records.filter((r) => r.length > 1 || [...r[0]].some((c) => c > ' ')).map((r) => r.length);
    const frequency = new Map();
    let modal = { count: 0, seen: 0 };
    for (const count of counts) {
      const seen = (frequency.get(count) ?? 0) + 1;
      frequency.set(count, seen);
      if (seen > modal.seen || (seen === modal.seen && count > modal.count)) modal = { count, seen };
    }
    if (modal.count < 2) continue;
    const score = (modal.seen / counts.length) * (counts[0] >= 2 ? 1 : 0.5) * (sample.strayQuotes > 0 ? 0.75 : 1);
    if (score > best.score + 1e-9) best = { delimiter, score };
  }
  return best.delimiter;
}

function readTable(bytes, delimiter) {
  const text = decode(bytes);
  // Rows of nothing but blanks and delimiters (Excel's formatted empty rows) are not records.
  const records = parseRecords(text, delimiter ?? sniffDelimiter(text)).records.filter((r) => r.join('').trim() !== '');
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw new Error('The file needs a header row and at least one row of data.');
  const seen = new Set();
  // Empty and repeated names are renamed the way the app names them.
  const names = header.map((raw, index) => {
    let name = raw.trim() || `column_${index + 1}`;
    if (seen.has(name)) {
      let suffix = 2;
      while (seen.has(`${name}_${suffix}`)) suffix++;
      name = `${name}_${suffix}`;
    }
    seen.add(name);
    return name;
  });
  return { names, rows: rows.map((row) => names.map((_, c) => row[c] ?? '')) };
}

// ---- Cells: missing tokens and numbers exactly as the app reads them.
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PLAIN_DECIMAL_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
const SIGN = '[+\\-\u2212]';
const CURRENCY = '(?:[$€£¥₹]|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY)';
const SPACE_GROUP = '[\u00a0\u202f\u2009]';

function numberPattern(group, decimal) {
  const integer = `(?:\\d{1,3}(?:${group}\\d{3})+|\\d{1,3}(?:${SPACE_GROUP}\\d{3})+|\\d+)`;
  const body = `(?:${integer}(?:${decimal}\\d*)?|${decimal}\\d+)(?:[eE][+\\-]?\\d+)?`;
  return new RegExp(`^(\\()?(${SIGN})?(?:(${CURRENCY})\\s?)?(${SIGN})?(${body})(?:\\s?(%|${CURRENCY}))?(\\))?$`);
}
const DECORATED = numberPattern(',', '\\.');
const DECORATED_DECIMAL_COMMA = numberPattern('\\.', ',');

/** `1,234.5`, `$1,200`, `(12)` → -12, `12%` → 12 (percent units kept); NaN when the cell is no number. */
function parseNumber(cell, decimalComma) {
  if (decimalComma ? PLAIN_DECIMAL_COMMA.test(cell) : PLAIN.test(cell)) return Number(decimalComma ? cell.replace(',', '.') : cell);
  const match = (decimalComma ? DECORATED_DECIMAL_COMMA : DECORATED).exec(cell.trim());
  if (!match) return NaN;
  const [, open, outerSign, currencyBefore, innerSign, body, suffix, close] = match;
  if ((open === undefined) !== (close === undefined)) return NaN;
  if ((outerSign !== undefined && innerSign !== undefined) || (currencyBefore !== undefined && suffix !== undefined)) return NaN;
  const sign = outerSign ?? innerSign;
  if (open !== undefined && sign !== undefined) return NaN;
  const digits = decimalComma ? body.replace(/[.\u00a0\u202f\u2009]/g, '').replace(',', '.') : body.replace(/[,\u00a0\u202f\u2009]/g, '');
  return open !== undefined || sign === '-' || sign === '\u2212' ? -Number(digits) : Number(digits);
}

const formatImputed = (value) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));

/** Raw cells → model features (row-major) and per-row notes, as preprocessing.json prescribes. */
function encodeFeatures(pre, table) {
  const missing = new Set(pre.missingTokens);
  const isMissing = (cell) => missing.has(cell) || missing.has(cell.trim());
  const width = pre.featureNames.length;
  const values = new Float32Array(table.rows.length * width);
  const notes = table.rows.map(() => []);
  let offset = 0;
  for (const input of pre.inputs) {
    const column = table.names.indexOf(input.name);
    const cellOf = (r) => (column < 0 ? '' : table.rows[r][column]);
    if (input.kind === 'numeric') {
      table.rows.forEach((_, r) => {
        const raw = cellOf(r);
        let value = isMissing(raw) ? NaN : parseNumber(raw, pre.decimalComma);
        if (!Number.isFinite(value)) {
          if (column >= 0 && !isMissing(raw)) notes[r].push(`${input.name}: "${raw}" is not a number, used ${formatImputed(input.impute)}`);
          value = input.impute;
        }
        values[r * width + offset] = (value - input.mean) / input.std;
      });
      offset += 1;
    } else if (input.kind === 'categorical') {
      const positions = new Map(input.categories.map((category, k) => [category, k]));
      table.rows.forEach((_, r) => {
        const raw = cellOf(r);
        const value = isMissing(raw) ? input.impute : raw.trim();
        const k = positions.get(value);
        if (k !== undefined) values[r * width + offset + k] = 1;
        else notes[r].push(`${input.name}: "${value}" was not seen in training`);
      });
      offset += input.categories.length;
    } else {
      throw new Error(`Input "${input.name}" has kind "${input.kind}", which this script does not know. Export the model again.`);
    }
    if (column < 0) notes.forEach((rowNotes) => rowNotes.push(`${input.name}: column missing, filled in`));
  }
  return { values, notes };
}

// ---- The model and its outputs.
async function loadModel() {
  const json = JSON.parse(readFileSync(join(HERE, 'model.json'), 'utf8'));
  const weights = readFileSync(join(HERE, 'weights.bin'));
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength);
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData }));
}

async function predict(model, features, rowCount, width) {
  const units = model.outputs[0].shape[1];
  const outputs = new Float32Array(rowCount * units);
  for (let start = 0; start < rowCount; start += 4096) {
    const count = Math.min(4096, rowCount - start);
    const batch = tf.tensor2d(features.subarray(start * width, (start + count) * width), [count, width]);
    const result = model.predict(batch);
    outputs.set(await result.data(), start * units);
    tf.dispose([batch, result]);
  }
  return outputs;
}

function describeOutputs(pre, outputs, rowCount) {
  const target = pre.target;
  const rows = Array.from({ length: rowCount }, (_, i) => i);
  const predictionName = `predicted_${target.name}`;
  if (target.task === 'regression') return [{ name: predictionName, values: rows.map((i) => outputs[i] * target.std + target.mean) }];
  if (target.task === 'binary') {
    const [negative, positive] = target.classes;
    return [
      { name: predictionName, values: rows.map((i) => (outputs[i] >= target.threshold ? positive : negative)) },
      { name: `probability_${negative}`, values: rows.map((i) => 1 - outputs[i]) },
      { name: `probability_${positive}`, values: rows.map((i) => outputs[i]) },
    ];
  }
  const k = target.classes.length;
  const best = (i) => target.classes.reduce((top, _, c) => (outputs[i * k + c] > outputs[i * k + top] ? c : top), 0);
  return [
    { name: predictionName, values: rows.map((i) => target.classes[best(i)]) },
    ...target.classes.map((label, c) => ({ name: `probability_${label}`, values: rows.map((i) => outputs[i * k + c]) })),
  ];
}

// ---- Writing: formula-looking text gets a leading apostrophe so spreadsheets do not execute it.
function csvCell(value) {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !(text.trim() !== '' && Number.isFinite(Number(text)))) text = `'${text}`;
  const quoted = /[\r\n",\ufeff]/.test(text) || text.startsWith(' ') || text.endsWith(' ');
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

async function main(argv) {
  const delimiterArg = argv.find((arg) => arg.startsWith('--delimiter='));
  const [input, output] = argv.filter((arg) => !arg.startsWith('--'));
  if (!input) throw new Error('Usage: node predict.mjs input.csv [output.csv | -] [--delimiter=";"]');
  const pre = JSON.parse(readFileSync(join(HERE, 'preprocessing.json'), 'utf8'));
  if (pre.format !== SUPPORTED.format || pre.version !== SUPPORTED.version) throw new Error(`preprocessing.json is ${pre.format} v${pre.version}; this script reads v${SUPPORTED.version}.`);
  const table = readTable(readFileSync(input), delimiterArg?.slice('--delimiter='.length).replace('\\t', '\t'));
  const features = encodeFeatures(pre, table);
  const model = await loadModel();
  const added = describeOutputs(pre, await predict(model, features.values, table.rows.length, pre.featureNames.length), table.rows.length);
  const withNotes = features.notes.some((rowNotes) => rowNotes.length > 0);
  const header = [...table.names, ...added.map((c) => c.name), ...(withNotes ? ['layerlab_notes'] : [])];
  const lines = [header, ...table.rows.map((row, r) => [...row, ...added.map((c) => c.values[r]), ...(withNotes ? [features.notes[r].join('; ')] : [])])];
  const csv = lines.map((line) => line.map(csvCell).join(',')).join('\n');
  if (output === '-') process.stdout.write(`${csv}\n`);
  else writeFileSync(output ?? input.replace(/(\.[^./\\]*)?$/, '-scored.csv'), csv);
}

// tfjs greets Node users with advice to install tfjs-node; PROD keeps the output clean.
tf.env().set('PROD', true);
main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
