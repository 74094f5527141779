import type { AuthTypeDefinition } from "../model";

export const awsSigV4: AuthTypeDefinition = {
  id: "awsSigV4",
  label: "AWS Signature v4",
  help: "Signs every request with AWS Signature Version 4.",
  settings: [
    { key: "region", label: "Region", kind: "text", required: true, help: "e.g. us-east-1" },
    { key: "service", label: "Service", kind: "text", required: true, help: "e.g. execute-api" },
  ],
  credentials: [
    { key: "accessKeyId", label: "Access key ID", kind: "text", required: true },
    { key: "secretAccessKey", label: "Secret access key", kind: "password", required: true },
    { key: "sessionToken", label: "Session token", kind: "password" },
  ],
};
