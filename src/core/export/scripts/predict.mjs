#!/usr/bin/env node
/**
 * Scores a CSV with the Layerlab model in this folder, exactly as the app's batch scoring does: the
 * original columns, then the prediction and each class's probability (or the predicted value), then
 * `layerlab_notes`: per row, any value that was filled in or not recognised.
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
const SUPPORTED = { format: 'layerlab.preprocessing', version: 2 };

// ---- Reading the file: byte-order marks, UTF-16, UTF-8, else Windows-1252 (as Excel writes CSV).
const WINDOWS_1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

function decode(bytes) {
  const starts = (...prefix) => prefix.every((byte, i) => bytes[i] === byte);
  // ignoreBOM: only the first mark is the file's; any further one is text, as in the app.
  const text = (encoding, from = 0, fatal = false) => new TextDecoder(encoding, { ignoreBOM: true, fatal }).decode(bytes.subarray(from));
  if (starts(0xef, 0xbb, 0xbf)) return text('utf-8', 3);
  if (starts(0xff, 0xfe)) return text('utf-16le', 2);
  if (starts(0xfe, 0xff)) return text('utf-16be', 2);
  const utf16 = guessUtf16(bytes);
  if (utf16) return text(utf16);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('This file contains binary data, so it is not a CSV.');
  try {
    return text('utf-8', 0, true);
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

// ---- Splitting into records: a field opening with a quote runs to the closing quote ("" is a quote;
// delimiters and line breaks inside are text), and text after it up to the delimiter stays in the field.
// Records end at LF, CRLF or a lone CR. A quote never closed is an ordinary character instead.
const isBlank = (text) => [...text].every((char) => char <= ' ' || char === '\u00a0' || char === '\ufeff');

function parseRecords(text, delimiter) {
  const records = [];
  let record = [];
  let field = '';
  let fieldStart = 0;
  let literalQuoteAt = -1;
  let unclosedQuotes = 0;
  let i = 0;
  const endField = (end) => {
    record.push(field + text.slice(fieldStart, end));
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && i === fieldStart && i !== literalQuoteAt && unclosedQuotes < 10) {
      let close = i + 1;
      while ((close = text.indexOf('"', close)) !== -1 && text[close + 1] === '"') close += 2;
      if (close === -1) {
        unclosedQuotes++;
        literalQuoteAt = i;
        continue;
      }
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
      i++;
    }
  }
  if (i > fieldStart || field !== '' || record.length > 0) {
    endField(text.length);
    records.push(record);
  }
  // Blank records (empty lines, Excel's `,,,,` rows) are not records.
  return records.filter((r) => !r.every(isBlank));
}

/**
 * The delimiter that splits the first 50 records (of the first 256 KiB) most consistently, read as the
 * app samples them: here reading stops at an unclosed quote.
 */
function sniffDelimiter(text) {
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of ['\t', ';', '|', ',']) {
    const { counts, strayQuotes } = sampleFieldCounts(text, delimiter);
    const frequency = new Map();
    let modal = { count: 0, seen: 0 };
    for (const count of counts) {
      const seen = (frequency.get(count) ?? 0) + 1;
      frequency.set(count, seen);
      if (seen > modal.seen || (seen === modal.seen && count > modal.count)) modal = { count, seen };
    }
    if (modal.count < 2) continue;
    const score = (modal.seen / counts.length) * (counts[0] >= 2 ? 1 : 0.5) * (strayQuotes > 0 ? 0.75 : 1);
    if (score > best.score + 1e-9) best = { delimiter, score };
  }
  return best.delimiter;
}

function sampleFieldCounts(text, delimiter) {
  const limit = Math.min(text.length, 262_144);
  const counts = [];
  let [fields, fieldStart, blank, strayQuotes, i] = [1, 0, true, 0, 0];
  const endRecord = () => {
    if (!blank) counts.push(fields);
    [fields, blank] = [1, true];
  };
  while (i < limit && counts.length < 50) {
    const char = text[i];
    if (char === '"' && i === fieldStart) {
      blank = false;
      let close = i + 1;
      while ((close = text.indexOf('"', close)) !== -1 && close < limit && text[close + 1] === '"') close += 2;
      if (close === -1 || close >= limit) {
        i = limit;
        break;
      }
      i = fieldStart = close + 1;
    } else if (char === delimiter) {
      [fields, blank] = [fields + 1, false];
      i = fieldStart = i + 1;
    } else if (char === '\n' || char === '\r') {
      endRecord();
      i = fieldStart = i + (char === '\r' && text[i + 1] === '\n' ? 2 : 1);
    } else {
      if (char === '"') strayQuotes++;
      if (char > ' ') blank = false;
      i++;
    }
  }
  const cutOff = i < text.length && counts.length < 50;
  if (!blank && (!cutOff || counts.length === 0)) counts.push(fields);
  return { counts, strayQuotes };
}

function readTable(bytes, delimiter) {
  const text = decode(bytes);
  const [header, ...rows] = parseRecords(text, delimiter ?? sniffDelimiter(text));
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

// ---- Dates: the calendar day a cell names in the column's order; any time after it is ignored.
const TIME = '(?:(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*[AaPp][Mm])?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';
const YEAR_FIRST = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${TIME}$`);
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or NaN. */
function parseDate(text, order) {
  const match = (order === 'ymd' ? YEAR_FIRST : YEAR_LAST).exec(text);
  if (!match) return NaN;
  const [a, b, c] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return NaN;
  const days = Date.UTC(year, month - 1, day) / DAY_MS;
  return new Date(days * DAY_MS).getUTCDate() === day ? days : NaN;
}

function dateParts(days) {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, weekday: (date.getUTCDay() + 6) % 7, days };
}

const formatImputed = (value) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));
const formatDay = (days) => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** How many features an input has before its missing indicator. */
function ownWidth(input) {
  if (input.kind === 'date') return input.parts.length;
  if (input.kind === 'categorical' && input.encoding === 'onehot') return input.categories.length + (input.otherBucket ? 1 : 0);
  return 1;
}

/**
 * One input's value for a present cell (label: its trimmed text; number: what it reads as, or NaN), or
 * NaN when the cell is not of the input's kind. For categories: the feature index, or -2 when unseen.
 */
function valueOf(input, label, number, positions) {
  switch (input.kind) {
    case 'numeric':
      return number;
    case 'boolean': {
      const word = label.toLowerCase();
      return input.trueValues.includes(word) ? 1 : input.falseValues.includes(word) ? 0 : number === 1 || number === 0 ? number : NaN;
    }
    case 'date':
      return parseDate(label, input.order);
    case 'categorical':
      return positions.get(label) ?? -2;
    default:
      throw new Error(`Input "${input.name}" has kind "${input.kind}", which this script does not know. Export the model again.`);
  }
}

/** Raw cells → model features (row-major) and per-row notes, as preprocessing.json prescribes. */
function encodeFeatures(pre, table) {
  const missingTokens = new Set(pre.missingTokens);
  const width = pre.featureNames.length;
  const values = new Float32Array(table.rows.length * width);
  const notes = table.rows.map(() => []);
  let offset = 0;
  for (const input of pre.inputs) {
    const column = table.names.indexOf(input.name);
    const own = ownWidth(input);
    const positions = new Map((input.categories ?? []).map((category, k) => [category, k]));
    const ordinal = input.encoding === 'ordinal';
    // Categories only: where a missing cell goes (-1: nowhere), and where an unseen one goes.
    const other = input.otherBucket ? positions.size : -1;
    const imputed = input.impute === null ? -1 : (positions.get(input.impute) ?? (ordinal ? -1 : other));
    const put = (r, k, value) => {
      values[r * width + offset + k] = Number.isNaN(value) ? 0 : Math.min(pre.featureClip, Math.max(-pre.featureClip, value));
    };
    table.rows.forEach((row, r) => {
      const cell = column < 0 ? '' : row[column];
      const present = !(missingTokens.has(cell) || missingTokens.has(cell.trim()));
      const label = cell.trim();
      const number = present ? parseNumber(cell, pre.decimalComma) : NaN;
      const read = present ? valueOf(input, label, Number.isFinite(number) ? number : NaN, positions) : NaN;
      const note = (text) => notes[r].push(`${input.name}: ${text}`);
      if (input.kind === 'categorical') {
        const k = present ? read : -1;
        if (k === -2) note(`"${label}" was not seen in training`);
        const missing = !present || (k < 0 && ordinal);
        const index = k >= 0 ? k : missing ? imputed : other;
        if (ordinal) put(r, 0, index < 0 ? 0 : positions.size > 1 ? index / (positions.size - 1) : 0);
        else if (index >= 0) put(r, index, 1);
        if (input.missingIndicator) put(r, own, missing ? 1 : 0);
        return;
      }
      const missing = Number.isNaN(read);
      const value = missing ? input.impute : read;
      if (missing && present) {
        const what = input.kind === 'numeric' ? 'a number' : input.kind === 'boolean' ? 'yes or no' : 'a date';
        note(`"${label}" is not ${what}, used ${input.kind === 'date' ? formatDay(input.impute) : formatImputed(input.impute)}`);
      }
      if (input.kind === 'numeric') put(r, 0, ((input.transform === 'log' ? Math.log1p(Math.max(value, 0)) : value) - input.center) / input.scale);
      else if (input.kind === 'boolean') put(r, 0, value);
      else {
        const parts = dateParts(value);
        parts.days = value - input.reference;
        input.parts.forEach(({ part, center, scale }, k) => put(r, k, (parts[part] - center) / scale));
      }
      if (input.missingIndicator) put(r, own, missing ? 1 : 0);
    });
    if (column < 0) notes.forEach((rowNotes) => rowNotes.push(`${input.name}: column missing, filled in`));
    offset += own + (input.missingIndicator ? 1 : 0);
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
  const header = [...table.names, ...added.map((c) => c.name), 'layerlab_notes'];
  const lines = [header, ...table.rows.map((row, r) => [...row, ...added.map((c) => c.values[r]), features.notes[r].join('; ')])];
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
