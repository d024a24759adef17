/** Character checks over ranges of text, shared by the tokenizer and the column builder. */

export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;

/** Whether `text.slice(start, end)` is empty or only spaces (a blank cell, a blank line). */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code > 32 && code !== 0xa0 && code !== 0xfeff) return false;
  }
  return true;
}

/** Line breaks as a reader counts lines: LF, CRLF and a lone CR each count once. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LINE_FEED || (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) !== LINE_FEED)) count++;
  }
  return count;
}

/** Text without a digit cannot be a number: skips the number patterns for words. */
export function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
