import type { AuthTypeDefinition } from "../model";

export const bearer: AuthTypeDefinition = {
  id: "bearer",
  label: "Bearer token",
  help: "Sends Authorization: Bearer <token> on every request.",
  settings: [],
  credentials: [{ key: "token", label: "Token", kind: "password", required: true }],
};
