// Mutual TLS. Values: `certificate`, `privateKey`, `ca` (optional), all PEM text. The client certificate is presented
// by the connection's dispatcher (see ../dispatcher.ts); here we only check it is there.
import { HttpPreflightError } from "../errors";
import type { AuthApplierFactory } from "./types";

export const mutualTlsAuth: AuthApplierFactory = ({ connection }) => {
  const { certificate, privateKey } = connection.auth.values;
  return {
    apply() {
      if (!certificate) throw new HttpPreflightError("Mutual TLS: the connection has no client certificate");
      if (!privateKey) throw new HttpPreflightError("Mutual TLS: the connection has no private key");
    },
  };
};
