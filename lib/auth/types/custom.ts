import type { AuthTypeDefinition } from "../model";

export const custom: AuthTypeDefinition = {
  id: "custom",
  label: "Custom",
  help: "Header, query or cookie parameters (an API key, or an app key + API key) sent on every request. Define them under Parameters.",
  settings: [],
  credentials: [],
};
