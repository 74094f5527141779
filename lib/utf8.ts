// Bytes from outside (uploads, request bodies, files) decoded as UTF-8, refused with the offset of the first bad byte
// instead of silently turning it into U+FFFD.
import { invalid, type ErrorLocation } from "./errors";

const strict = () => new TextDecoder("utf-8", { fatal: true });

/** The text, or an invalid_input error naming `what`, where it is, and the byte offset where UTF-8 breaks. */
export function decodeUtf8(bytes: Uint8Array, what: string, location: ErrorLocation = {}): string {
  try {
    return strict().decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    throw invalid(`${what} is not valid UTF-8: invalid byte at offset ${offset}`, location);
  }
}

/** Where UTF-8 breaks: the last byte of the shortest prefix that fails to decode (an unfinished sequence at a
 * prefix's end is allowed), or the start of the sequence the input ends inside. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      strict().decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length)) {
    let start = bytes.length - 1;
    while (start > 0 && (bytes[start] & 0xc0) === 0x80) start--;
    return start;
  }
  let valid = 0;
  let failing = bytes.length;
  while (valid < failing - 1) {
    const middle = Math.floor((valid + failing) / 2);
    if (decodes(middle)) valid = middle;
    else failing = middle;
  }
  return failing - 1;
}
