import type { AuthTypeDefinition } from "../model";

export const mutualTls: AuthTypeDefinition = {
  id: "mutualTls",
  label: "Mutual TLS",
  help: "Presents a client certificate during the TLS handshake. Upload or paste PEM text.",
  settings: [],
  credentials: [
    { key: "certificate", label: "Certificate (PEM)", kind: "pem", required: true },
    { key: "privateKey", label: "Private key (PEM)", kind: "pem", required: true, secret: true },
    { key: "ca", label: "CA certificate (PEM)", kind: "pem" },
  ],
};
