import type { AuthTypeDefinition } from "../model";

export const apiKeyDynamic: AuthTypeDefinition = {
  id: "apiKeyDynamic",
  label: "API key (dynamic retrieval)",
  help: "Fetches the API key at run time from a URL, then sends it on every request.",
  settings: [
    {
      key: "method",
      label: "Method",
      kind: "select",
      required: true,
      options: ["GET", "POST", "HEAD", "PUT", "PATCH"],
      default: "GET",
    },
    { key: "url", label: "URL", kind: "url", required: true, endpoint: true, help: "Where the key is fetched from." },
    {
      key: "responsePointer",
      label: "Response pointer",
      kind: "text",
      help: "JSON Pointer into the response body; blank = the whole body.",
    },
    {
      key: "in",
      label: "Send in",
      kind: "select",
      required: true,
      options: ["header", "query", "cookie"],
      default: "header",
    },
    { key: "name", label: "Header, query or cookie name", kind: "text", required: true, default: "Authorization" },
    { key: "prefix", label: "Value prefix", kind: "text", help: 'Text before the key, e.g. "Bearer ".' },
  ],
  credentials: [],
};
