// HTTP: requests through the run's connection.
import { apiErrorMessage } from "../../http/api-message";
import { field, required, T } from "../fields";
import type { CardDefinition } from "../types";
import { asObject, asText } from "../values";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

const rawRequest: CardDefinition = {
  type: "http.rawRequest",
  title: "Raw Request",
  category: "HTTP",
  help:
    "Sends a request through the connection (auth applied). `url` is relative to the connection's base URL or absolute. " +
    "A response other than 2xx fails the card (catch it with If Error); its `details` are the response and " +
    "`apiMessage`, the API's own message from the error body.",
  inputs: [
    required("method", T.text, { enum: METHODS }),
    required("url", T.text),
    field("query", T.object),
    field("headers", T.object),
    field("body", T.any),
  ],
  outputs: [
    field("status_code", T.number),
    field("headers", T.object),
    field("body", T.any),
    field("ok", T.boolean),
    field("statusText", T.text),
    field("method", T.text),
    field("url", T.text),
    field("text", T.text, { help: "the payload, when it is not JSON" }),
    field("parseError", T.object),
  ],
  async execute(inputs, ctx) {
    const method = asText(inputs.method, "method", ctx).toUpperCase();
    const url = asText(inputs.url, "url", ctx);
    if (url === "") ctx.fail(`Input "url" is required`, { code: "INVALID_INPUT" });
    const headers: Record<string, string> = {};
    if (inputs.headers !== undefined) {
      for (const [name, value] of Object.entries(asObject(inputs.headers, "headers", ctx))) {
        if (value !== undefined && value !== null) headers[name] = typeof value === "string" ? value : String(value);
      }
    }
    const query = inputs.query === undefined ? undefined : asObject(inputs.query, "query", ctx);
    const response = await ctx.http({ method, url, query, headers, body: inputs.body });
    if (!response.ok) {
      ctx.fail(`${method} ${url} answered ${response.status} ${response.statusText}`.trimEnd(), {
        code: `HTTP_${response.status}`,
        statusCode: response.status,
        // The API's own message beside the response, for the error's summary (drafts read `details.apiMessage`).
        details: { ...response, apiMessage: apiErrorMessage(response) },
      });
    }
    return {
      status_code: response.status,
      headers: response.headers,
      body: response.body,
      ok: response.ok,
      statusText: response.statusText,
      method: response.method,
      url: response.url,
      text: response.text,
      parseError: response.parseError,
    };
  },
};

export const HTTP_CARDS = [rawRequest];
