// Logos (project and OIN app): PNG, JPG or GIF under 1 MB, recognised by their magic bytes, never by name or claimed type.
// Pure (no Node APIs) so the browser can check a file before sending it.
import { AppError } from "../errors";

export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoMime = "image/png" | "image/jpeg" | "image/gif";

const SIGNATURES: { mime: LogoMime; bytes: number[] }[] = [
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mime: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8" (GIF87a / GIF89a)
];

export function detectLogoMime(bytes: Uint8Array): LogoMime | undefined {
  return SIGNATURES.find(({ bytes: signature }) => signature.every((byte, i) => bytes[i] === byte))?.mime;
}

/** The problem with a logo file, or undefined when it is acceptable. */
export function logoProblem(
  bytes: Uint8Array,
  field = "logo",
): { message: string; location: { field: string } } | undefined {
  if (bytes.length === 0) return { message: "The logo file is empty.", location: { field } };
  if (bytes.length >= LOGO_MAX_BYTES) {
    const size = (bytes.length / (1024 * 1024)).toFixed(2);
    return { message: `The logo is ${size} MB; it must be under 1 MB.`, location: { field } };
  }
  if (!detectLogoMime(bytes)) return { message: "The logo must be a PNG, JPG or GIF image.", location: { field } };
  return undefined;
}

/** Checks a logo and returns its type; throws an AppError saying what is wrong. */
export function checkLogo(bytes: Uint8Array, field = "logo"): LogoMime {
  const problem = logoProblem(bytes, field);
  if (problem)
    throw new AppError(bytes.length >= LOGO_MAX_BYTES ? "too_large" : "invalid_input", problem.message, [problem]);
  return detectLogoMime(bytes)!;
}
