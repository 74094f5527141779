// AES-256-GCM envelopes for secrets at rest: "v1.<iv>.<tag>.<ciphertext>" (base64url parts).
import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "../errors";
import { secretKey } from "./key";

const VERSION = "v1";

/** Encrypts a JSON-serialisable record of secrets. */
export function sealSecrets(values: Record<string, string>, key = secretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(values), "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(".");
}

/**
 * Decrypts an envelope. A wrong key fails loudly with `owner` named (e.g. "connection Prod"),
 * never returning garbage.
 */
export function openSecrets(
  envelope: string | null | undefined,
  owner: string,
  key = secretKey(),
): Record<string, string> {
  if (!envelope) return {};
  const [version, iv, tag, ciphertext] = envelope.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new AppError("secret_key", `The stored secrets of ${owner} are not in a format this version can read.`);
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]);
    return JSON.parse(plain.toString("utf8")) as Record<string, string>;
  } catch {
    throw new AppError(
      "secret_key",
      `Cannot decrypt the secrets of ${owner}: the secret key (IB_SECRET_KEY or data/secret.key) is not the one they were saved with.`,
      [{ message: `secrets of ${owner} cannot be decrypted with the current key`, location: { field: owner } }],
    );
  }
}
