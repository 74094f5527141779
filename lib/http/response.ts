// Turns a raw response into the standard shape: `body` when it parses, else `text` (+ `parseError`).
import { STATUS_CODES } from "node:http";
import type { StandardResponse } from "./types";

export interface RawResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function toStandardResponse(raw: RawResponse): StandardResponse {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw.headers)) if (value !== undefined) headers[name] = value;
  const response: StandardResponse = {
    ok: raw.status >= 200 && raw.status < 300,
    method: raw.method,
    url: raw.url,
    status: raw.status,
    statusText: STATUS_CODES[raw.status] ?? "",
    headers,
  };
  const contentType = String(headers["content-type"] ?? "").toLowerCase();
  const trimmed = raw.text.trim();
  const saysJson = /[/+]json\b/.test(contentType);
  const looksJson = trimmed.startsWith("{") || trimmed.startsWith("[");
  if (trimmed && (saysJson || looksJson)) {
    try {
      response.body = JSON.parse(raw.text);
      return response;
    } catch (error) {
      const { name, message } = error as Error;
      response.parseError = { name, message };
    }
  }
  response.text = raw.text;
  return response;
}
