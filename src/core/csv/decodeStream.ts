import { decodeWindows1252, type CsvEncoding } from './decode';

/** How the text of a file is decoded chunk by chunk; 'utf-8-lenient' replaces broken bytes with �. */
export type TextMode = Exclude<CsvEncoding, 'windows-1252'> | 'utf-8-lenient' | 'windows-1252';

/** The bytes are not UTF-8 after all: read the file again as Windows-1252 (or leniently, after a UTF-8 mark). */
export class InvalidUtf8Error extends Error {}

export type ChunkDecoder = (bytes: Uint8Array, final: boolean) => string;

/**
 * A decoder for consecutive chunks of one file: multi-byte characters split between chunks are joined
 * (TextDecoder's stream mode). Strict UTF-8 throws {@link InvalidUtf8Error} at the first invalid byte.
 */
export function chunkDecoder(mode: TextMode): ChunkDecoder {
  if (mode === 'windows-1252') return (bytes) => decodeWindows1252(bytes);
  const label = mode === 'utf-8-lenient' ? 'utf-8' : mode;
  const decoder = new TextDecoder(label, { fatal: mode === 'utf-8', ignoreBOM: true });
  return (bytes, final) => {
    try {
      return decoder.decode(bytes, { stream: !final });
    } catch {
      throw new InvalidUtf8Error('not UTF-8');
    }
  };
}

export function encodingOf(mode: TextMode): CsvEncoding {
  return mode === 'utf-8-lenient' ? 'utf-8' : mode;
}
