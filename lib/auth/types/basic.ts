import type { AuthTypeDefinition } from "../model";

export const basic: AuthTypeDefinition = {
  id: "basic",
  label: "Basic",
  help: "HTTP Basic: sends Authorization: Basic base64(username:password) on every request.",
  settings: [],
  credentials: [
    { key: "username", label: "Username", kind: "text", required: true },
    { key: "password", label: "Password", kind: "password", required: true },
  ],
};
