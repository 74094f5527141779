// Semantic checks JSON Schema cannot express: endpoint URLs and PEM text.
import { X509Certificate, createPrivateKey } from "node:crypto";
import type { ProblemDetail } from "../errors";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** `{var}` placeholders (filled from connection parameters at run time) stand in as a plain label while parsing. */
const withoutPlaceholders = (url: string) => url.replace(/\{[^{}]+\}/g, "placeholder");

/** An OAuth/OIDC/token endpoint must be absolute and HTTPS; plain HTTP only on a loopback host. */
export function checkEndpointUrl(value: string, pointer: string, label: string): ProblemDetail | undefined {
  let url: URL;
  try {
    url = new URL(withoutPlaceholders(value));
  } catch {
    return {
      message: `${label} must be an absolute URL (https://…); "${value}" is relative or malformed.`,
      location: { pointer, field: label },
    };
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return undefined;
  if (url.protocol === "http:") {
    return {
      message: `${label} uses plain HTTP off loopback ("${value}"); use https:// (http is allowed only for 127.0.0.1, localhost and ::1).`,
      location: { pointer, field: label },
    };
  }
  return { message: `${label} must use https:// (got ${url.protocol}).`, location: { pointer, field: label } };
}

/** Validates PEM text: a certificate chain (X509Certificate) or a private key (createPrivateKey). */
export function checkPem(
  value: string,
  expect: "certificate" | "privateKey",
  pointer: string,
  label: string,
): ProblemDetail | undefined {
  const text = value.trim();
  const block = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+?-----END \1-----/;
  const fail = (why: string): ProblemDetail => ({
    message: `${label} is not valid PEM: ${why}.`,
    location: { pointer, field: label },
  });
  if (!block.test(text)) return fail("expected -----BEGIN …----- / -----END …----- lines around base64 text");
  try {
    if (expect === "privateKey") createPrivateKey(text);
    else
      for (const cert of text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [text])
        new X509Certificate(cert);
    return undefined;
  } catch (error) {
    return fail(
      expect === "privateKey"
        ? "not a readable private key"
        : `not a readable X.509 certificate (${(error as Error).message})`,
    );
  }
}
