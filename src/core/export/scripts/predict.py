#!/usr/bin/env python3
"""Scores a CSV with the Layerlab model in this folder (model.onnx), exactly as the app's batch scoring.

    pip install onnxruntime numpy
    python predict.py customers.csv [scored.csv | -] [--delimiter ";"]

Writes the original columns, then the prediction and each class's probability (or the predicted value),
then `layerlab_notes`: per row, any value that was filled in or not recognised. Every step mirrors the app's own code
so that a cell means the same here as in the browser; preprocessing.json holds every fitted value.
"""
import argparse
import datetime
import decimal
import json
import math
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORTED = ("layerlab.preprocessing", 2)
# JavaScript's String.prototype.trim() set, which differs from str.strip() at the edges (U+FEFF, U+001C).
JS_SPACE = "\t\n\x0b\x0c\r \xa0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
WINDOWS_1252_HIGH = [0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
                     0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178]


def js_trim(text):
    return text.strip(JS_SPACE)


# ---- Reading the file: byte-order marks, UTF-16, UTF-8, else Windows-1252 (as Excel writes CSV).
def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", errors="replace")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace")
    utf16 = guess_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data[:8192]:
        raise ValueError("This file contains binary data, so it is not a CSV.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate({0x80 + i: code for i, code in enumerate(WINDOWS_1252_HIGH)})


def guess_utf16(data):
    length = min(len(data), 8192) & ~1
    if length < 4:
        return None
    even = sum(1 for i in range(0, length, 2) if data[i] == 0)
    odd = sum(1 for i in range(1, length, 2) if data[i] == 0)
    if odd >= (length / 2) * 0.3 and even <= odd * 0.1:
        return "utf-16-le"
    if even >= (length / 2) * 0.3 and odd <= even * 0.1:
        return "utf-16-be"
    return None


# ---- Splitting into records: a field opening with a quote runs to the closing quote ("" is a quote;
# delimiters and line breaks inside are text), and text after it up to the delimiter stays in the field.
# Records end at LF, CRLF or a lone CR. A quote never closed is an ordinary character instead.
def is_blank(text):
    return all(char <= " " or char in "\xa0\ufeff" for char in text)


def parse_records(text, delimiter):
    special = re.compile('["\r\n' + re.escape(delimiter) + "]")
    records, record, field = [], [], ""
    field_start = i = unclosed_quotes = 0
    literal_quote_at = -1
    n = len(text)
    while i < n:
        char = text[i]
        if char == '"' and i == field_start and i != literal_quote_at and unclosed_quotes < 10:
            close = text.find('"', i + 1)
            while close != -1 and text[close + 1:close + 2] == '"':
                close = text.find('"', close + 2)
            if close == -1:
                unclosed_quotes += 1
                literal_quote_at = i
                continue
            field = text[i + 1:close].replace('""', '"')
            i = field_start = close + 1
        elif char == delimiter:
            record.append(field + text[field_start:i])
            field = ""
            i = field_start = i + 1
        elif char in "\r\n":
            record.append(field + text[field_start:i])
            records.append(record)
            record, field = [], ""
            i = field_start = i + (2 if char == "\r" and text[i + 1:i + 2] == "\n" else 1)
        else:
            match = special.search(text, i + 1)
            i = match.start() if match else n
    if i > field_start or field or record:
        record.append(field + text[field_start:n])
        records.append(record)
    # Blank records (empty lines, Excel's `,,,,` rows) are not records.
    return [r for r in records if not all(is_blank(cell) for cell in r)]


def sniff_delimiter(text):
    """The delimiter that splits the first 50 records (of the first 256 KiB) most consistently, as the app samples them."""
    best, best_score = ",", 0.0
    for delimiter in ["\t", ";", "|", ","]:
        counts, stray_quotes = sample_field_counts(text, delimiter)
        frequency, modal_count, modal_seen = {}, 0, 0
        for count in counts:
            seen = frequency[count] = frequency.get(count, 0) + 1
            if seen > modal_seen or (seen == modal_seen and count > modal_count):
                modal_count, modal_seen = count, seen
        if modal_count < 2:
            continue
        score = (modal_seen / len(counts)) * (1 if counts[0] >= 2 else 0.5) * (0.75 if stray_quotes > 0 else 1)
        if score > best_score + 1e-9:
            best, best_score = delimiter, score
    return best


def sample_field_counts(text, delimiter):
    """Fields per non-blank record and quotes inside fields, as the app samples; reading stops at an unclosed quote."""
    limit = min(len(text), 262144)
    counts = []
    fields, field_start, blank, stray_quotes, i = 1, 0, True, 0, 0
    while i < limit and len(counts) < 50:
        char = text[i]
        if char == '"' and i == field_start:
            blank = False
            close = text.find('"', i + 1)
            while close != -1 and close < limit and text[close + 1:close + 2] == '"':
                close = text.find('"', close + 2)
            if close == -1 or close >= limit:
                i = limit
                break
            i = field_start = close + 1
        elif char == delimiter:
            fields, blank = fields + 1, False
            i = field_start = i + 1
        elif char in "\r\n":
            if not blank:
                counts.append(fields)
            fields, blank = 1, True
            i = field_start = i + (2 if char == "\r" and text[i + 1:i + 2] == "\n" else 1)
        else:
            stray_quotes += char == '"'
            blank = blank and char <= " "
            i += 1
    cut_off = i < len(text) and len(counts) < 50
    if not blank and (not cut_off or not counts):
        counts.append(fields)
    return counts, stray_quotes


def read_table(data, delimiter=None):
    text = decode(data)
    records = parse_records(text, delimiter or sniff_delimiter(text))
    if len(records) < 2:
        raise ValueError("The file needs a header row and at least one row of data.")
    names, seen = [], set()
    for index, raw in enumerate(records[0]):
        # Empty and repeated names are renamed the way the app names them.
        name = js_trim(raw) or "column_%d" % (index + 1)
        if name in seen:
            suffix = 2
            while "%s_%d" % (name, suffix) in seen:
                suffix += 1
            name = "%s_%d" % (name, suffix)
        seen.add(name)
        names.append(name)
    rows = [[row[c] if c < len(row) else "" for c in range(len(names))] for row in records[1:]]
    return names, rows


# ---- Cells: missing tokens and numbers exactly as the app reads them.
SPACE = "[" + re.escape(JS_SPACE) + "]"
PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
PLAIN_DECIMAL_COMMA = re.compile(r"[+-]?(?:[0-9]+(?:,[0-9]*)?|,[0-9]+)(?:[eE][+-]?[0-9]+)?")
SIGN = "[+\\-\u2212]"
CURRENCY = "(?:[$€£¥₹]|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY)"
SPACE_GROUP = "[\u00a0\u202f\u2009]"


def number_pattern(group, point):
    integer = "(?:[0-9]{1,3}(?:%s[0-9]{3})+|[0-9]{1,3}(?:%s[0-9]{3})+|[0-9]+)" % (group, SPACE_GROUP)
    body = "(?:%s(?:%s[0-9]*)?|%s[0-9]+)(?:[eE][+\\-]?[0-9]+)?" % (integer, point, point)
    return re.compile("(\\()?(%s)?(?:(%s)%s?)?(%s)?(%s)(?:%s?(%%|%s))?(\\))?" % (SIGN, CURRENCY, SPACE, SIGN, body, SPACE, CURRENCY))


DECORATED = number_pattern(",", "\\.")
DECORATED_DECIMAL_COMMA = number_pattern("\\.", ",")


def parse_number(cell, decimal_comma):
    """`1,234.5`, `$1,200`, `(12)` -> -12, `12%` -> 12 (percent units kept); NaN when the cell is no number."""
    if (PLAIN_DECIMAL_COMMA if decimal_comma else PLAIN).fullmatch(cell):
        return float(cell.replace(",", ".", 1) if decimal_comma else cell)
    match = (DECORATED_DECIMAL_COMMA if decimal_comma else DECORATED).fullmatch(js_trim(cell))
    if not match:
        return math.nan
    opened, outer_sign, currency_before, inner_sign, body, suffix, closed = match.groups()
    if (opened is None) != (closed is None) or (outer_sign and inner_sign) or (currency_before and suffix):
        return math.nan
    sign = outer_sign or inner_sign
    if opened and sign:
        return math.nan
    if decimal_comma:
        digits = re.sub("[.\u00a0\u202f\u2009]", "", body).replace(",", ".", 1)
    else:
        digits = re.sub("[,\u00a0\u202f\u2009]", "", body)
    return -float(digits) if opened or sign in ("-", "\u2212") else float(digits)


# ---- Dates: the calendar day a cell names in the column's order; any time after it is ignored.
TIME = "(?:(?:T|%s+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:%s*[AaPp][Mm])?%s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?" % (SPACE, SPACE, SPACE)
YEAR_FIRST = re.compile("([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})" + TIME)
YEAR_LAST = re.compile("([0-9]{1,2})([-/.])([0-9]{1,2})\\2([0-9]{4})" + TIME)
EPOCH = datetime.date(1970, 1, 1)


def parse_date(text, order):
    """Days since 1970-01-01, or NaN."""
    match = (YEAR_FIRST if order == "ymd" else YEAR_LAST).fullmatch(text)
    if not match:
        return math.nan
    a, b, c = int(match.group(1)), int(match.group(3)), int(match.group(4))
    year, month, day = (a, b, c) if order == "ymd" else (c, b, a) if order == "dmy" else (c, a, b)
    if year < 1000:
        return math.nan
    try:
        return float((datetime.date(year, month, day) - EPOCH).days)
    except ValueError:
        return math.nan


def date_parts(days):
    date = EPOCH + datetime.timedelta(days=math.floor(days))
    return {"year": date.year, "month": date.month, "weekday": date.weekday(), "days": days}


def format_imputed(value):
    """JavaScript's String(value) for whole numbers, else value.toPrecision(4), as the app writes notes."""
    if float(value).is_integer():
        return js_number(float(value))
    exact = decimal.Decimal(value)
    exponent = exact.adjusted()
    rounded = abs(exact).quantize(decimal.Decimal(1).scaleb(exponent - 3), rounding=decimal.ROUND_HALF_UP)
    if rounded.adjusted() > exponent:
        exponent += 1
        rounded = abs(exact).quantize(decimal.Decimal(1).scaleb(exponent - 3), rounding=decimal.ROUND_HALF_UP)
    digits = "".join(map(str, rounded.as_tuple().digits))[:4]
    if exponent < -6 or exponent >= 4:
        text = digits[0] + "." + digits[1:] + "e" + ("+" if exponent >= 0 else "-") + str(abs(exponent))
    elif exponent >= 0:
        text = digits[:exponent + 1] + ("." + digits[exponent + 1:] if exponent < 3 else "")
    else:
        text = "0." + "0" * (-exponent - 1) + digits
    return ("-" if exact < 0 else "") + text


def own_width(spec):
    """How many features an input has before its missing indicator."""
    if spec["kind"] == "date":
        return len(spec["parts"])
    if spec["kind"] == "categorical" and spec["encoding"] == "onehot":
        return len(spec["categories"]) + (1 if spec["otherBucket"] else 0)
    return 1


def value_of(spec, label, number, positions):
    """One input's value for a present cell, NaN when the cell is not of its kind; categories: the feature index, or -2 when unseen."""
    kind = spec["kind"]
    if kind == "numeric":
        return number
    if kind == "boolean":
        word = label.lower()
        return 1.0 if word in spec["trueValues"] else 0.0 if word in spec["falseValues"] else number if number in (0.0, 1.0) else math.nan
    if kind == "date":
        return parse_date(label, spec["order"])
    if kind == "categorical":
        return positions.get(label, -2)
    raise ValueError('Input "%s" has kind "%s", which this script does not know. Export the model again.' % (spec["name"], kind))


def encode_features(pre, names, rows):
    """Raw cells -> model features (rows x features, float32) and per-row notes, as preprocessing.json prescribes."""
    missing_tokens = set(pre["missingTokens"])
    clip = pre["featureClip"]
    values = np.zeros((len(rows), len(pre["featureNames"])), dtype=np.float32)
    notes = [[] for _ in rows]
    offset = 0
    for spec in pre["inputs"]:
        column = names.index(spec["name"]) if spec["name"] in names else -1
        own = own_width(spec)
        positions = {category: k for k, category in enumerate(spec.get("categories", []))}
        ordinal = spec.get("encoding") == "ordinal"
        # Categories only: where a missing cell goes (-1: nowhere), and where an unseen one goes.
        other = len(positions) if spec.get("otherBucket") else -1
        imputed = -1 if spec["impute"] is None else positions.get(spec["impute"], -1 if ordinal else other)

        def put(r, k, value):
            values[r, offset + k] = 0.0 if math.isnan(value) else min(clip, max(-clip, value))

        for r, row in enumerate(rows):
            cell = row[column] if column >= 0 else ""
            present = not (cell in missing_tokens or js_trim(cell) in missing_tokens)
            label = js_trim(cell)
            number = parse_number(cell, pre["decimalComma"]) if present else math.nan
            read = value_of(spec, label, number if math.isfinite(number) else math.nan, positions) if present else math.nan
            if spec["kind"] == "categorical":
                k = read if present else -1
                if k == -2:
                    notes[r].append('%s: "%s" was not seen in training' % (spec["name"], label))
                missing = not present or (k < 0 and ordinal)
                index = k if k >= 0 else imputed if missing else other
                if ordinal:
                    put(r, 0, 0.0 if index < 0 else index / (len(positions) - 1) if len(positions) > 1 else 0.0)
                elif index >= 0:
                    put(r, index, 1.0)
            else:
                missing = math.isnan(read)
                value = spec["impute"] if missing else read
                if missing and present:
                    what = {"numeric": "a number", "boolean": "yes or no", "date": "a date"}[spec["kind"]]
                    filled = (EPOCH + datetime.timedelta(days=math.floor(spec["impute"]))).isoformat() if spec["kind"] == "date" else format_imputed(spec["impute"])
                    notes[r].append('%s: "%s" is not %s, used %s' % (spec["name"], label, what, filled))
                if spec["kind"] == "numeric":
                    transformed = math.log1p(max(value, 0)) if spec["transform"] == "log" else value
                    put(r, 0, (transformed - spec["center"]) / spec["scale"])
                elif spec["kind"] == "boolean":
                    put(r, 0, value)
                else:
                    parts = date_parts(value)
                    parts["days"] = value - spec["reference"]
                    for k, part in enumerate(spec["parts"]):
                        put(r, k, (parts[part["part"]] - part["center"]) / part["scale"])
            if spec["missingIndicator"]:
                put(r, own, 1.0 if missing else 0.0)
        if column < 0:
            for row_notes in notes:
                row_notes.append("%s: column missing, filled in" % spec["name"])
        offset += own + (1 if spec["missingIndicator"] else 0)
    return values, notes


def describe_outputs(pre, outputs):
    """Model outputs -> (column name, values): the label and class probabilities, or the value in original units."""
    target = pre["target"]
    prediction = "predicted_" + target["name"]
    if target["task"] == "regression":
        return [(prediction, [float(v) * target["std"] + target["mean"] for v in outputs[:, 0]])]
    if target["task"] == "binary":
        negative, positive = target["classes"]
        p = [float(v) for v in outputs[:, 0]]
        labels = [positive if v >= target["threshold"] else negative for v in p]
        return [(prediction, labels), ("probability_" + negative, [1 - v for v in p]), ("probability_" + positive, p)]
    # The first of equal maxima wins, as in the app.
    labels = [target["classes"][int(np.argmax(row))] for row in outputs]
    return [(prediction, labels)] + [("probability_" + label, [float(v) for v in outputs[:, c]]) for c, label in enumerate(target["classes"])]


# ---- Writing: numbers as JavaScript prints them; formula-looking text gets a leading apostrophe.
def js_number(value):
    if math.isnan(value) or math.isinf(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if value == 0:
        return "0"
    sign, digits, exponent = decimal.Decimal(repr(float(value))).normalize().as_tuple()
    digits = "".join(map(str, digits))
    point = exponent + len(digits)
    if len(digits) <= point <= 21:
        text = digits + "0" * (point - len(digits))
    elif 0 < point <= 21:
        text = digits[:point] + "." + digits[point:]
    elif -6 < point <= 0:
        text = "0." + "0" * -point + digits
    else:
        text = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + "e" + ("+" if point > 0 else "-") + str(abs(point - 1))
    return ("-" if sign else "") + text


def js_numeric_text(text):
    stripped = js_trim(text)
    return stripped == "" or bool(PLAIN.fullmatch(stripped) and math.isfinite(float(stripped))) or bool(re.fullmatch("0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+", stripped))


def csv_cell(value):
    if isinstance(value, float):
        text = js_number(value)
    else:
        text = value
        if re.match("[=+\\-@\t\r]", text) and not (js_trim(text) != "" and js_numeric_text(text)):
            text = "'" + text
    if re.search('[\r\n",\ufeff]', text) or text.startswith(" ") or text.endswith(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def run_model(features):
    import onnxruntime

    session = onnxruntime.InferenceSession(os.path.join(HERE, "model.onnx"), providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    chunks = [session.run(None, {name: features[start:start + 65536]})[0] for start in range(0, len(features), 65536)]
    return np.concatenate(chunks).astype(np.float32)


def main(argv):
    parser = argparse.ArgumentParser(description="Score a CSV with this Layerlab model.")
    parser.add_argument("input")
    parser.add_argument("output", nargs="?", help="where to write the scored CSV; - for standard output")
    parser.add_argument("--delimiter", help="the input's delimiter, if guessing it goes wrong (\\t for tab)")
    args = parser.parse_args(argv)
    with open(os.path.join(HERE, "preprocessing.json"), encoding="utf-8") as handle:
        pre = json.load(handle)
    if (pre.get("format"), pre.get("version")) != SUPPORTED:
        raise ValueError("preprocessing.json is %s v%s; this script reads v%d." % (pre.get("format"), pre.get("version"), SUPPORTED[1]))
    with open(args.input, "rb") as handle:
        names, rows = read_table(handle.read(), args.delimiter and args.delimiter.replace("\\t", "\t"))
    features, notes = encode_features(pre, names, rows)
    added = describe_outputs(pre, run_model(features))
    header = names + [name for name, _ in added] + ["layerlab_notes"]
    lines = [header] + [row + [values[r] for _, values in added] + ["; ".join(notes[r])] for r, row in enumerate(rows)]
    text = "\n".join(",".join(csv_cell(cell) for cell in line) for line in lines)
    if args.output == "-":
        sys.stdout.write(text + "\n")
        return
    output = args.output or re.sub(r"(\.[^./\\]*)?$", "-scored.csv", args.input, count=1)
    with open(output, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except (ValueError, OSError) as error:
        sys.exit(str(error))
