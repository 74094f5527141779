// The key that encrypts secrets at rest: IB_SECRET_KEY (64 hex chars), or a key generated on first start
// into the data folder (back it up with the database).
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AppError } from "../errors";

let cached: { source: string; key: Buffer } | undefined;

export function dataDir(): string {
  return resolve(process.cwd(), process.env.IB_DATA_DIR ?? "data");
}

function parseKey(hex: string, origin: string): Buffer {
  const trimmed = hex.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    throw new AppError("secret_key", `${origin} must be 64 hexadecimal characters (a 32-byte AES-256 key).`);
  }
  return Buffer.from(trimmed, "hex");
}

/** The current secret key; generated into <data dir>/secret.key when none is configured. */
export function secretKey(): Buffer {
  const fromEnv = process.env.IB_SECRET_KEY;
  const source = fromEnv ? "env" : join(dataDir(), "secret.key");
  if (cached?.source === source) return cached.key;
  let key: Buffer;
  if (fromEnv) key = parseKey(fromEnv, "IB_SECRET_KEY");
  else if (existsSync(source)) key = parseKey(readFileSync(source, "utf8"), source);
  else {
    key = randomBytes(32);
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(source, key.toString("hex"), { mode: 0o600, flag: "wx" });
  }
  cached = { source, key };
  return key;
}
