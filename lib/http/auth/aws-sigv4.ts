// AWS Signature Version 4. Settings: `region`, `service`. Values: `accessKeyId`, `secretAccessKey`, `sessionToken` (optional).
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { HttpPreflightError } from "../errors";
import type { AuthApplierFactory } from "./types";

export const awsSigV4Auth: AuthApplierFactory = ({ connection }) => {
  const { region, service } = connection.auth.settings as { region?: string; service?: string };
  const { accessKeyId, secretAccessKey, sessionToken } = connection.auth.values;
  const signer =
    region && service && accessKeyId && secretAccessKey
      ? new SignatureV4({
          credentials: { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined },
          region,
          service,
          sha256: Sha256,
        })
      : undefined;

  return {
    async apply(request) {
      if (!signer) {
        const missing = [
          !region && "region",
          !service && "service",
          !accessKeyId && "access key ID",
          !secretAccessKey && "secret access key",
        ].filter(Boolean);
        throw new HttpPreflightError(`AWS Signature v4: the connection has no ${missing.join(", ")}`);
      }
      const { url } = request;
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(key);
        query[key] = all.length === 1 ? all[0] : all;
      }
      const signed = await signer.sign({
        method: request.method,
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname,
        query,
        headers: { ...request.headers, host: url.host },
        body: request.body,
      });
      for (const [name, value] of Object.entries(signed.headers)) request.headers[name.toLowerCase()] = value;
    },
  };
};
