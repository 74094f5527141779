// A server that accepts only AWS SigV4-signed requests, recomputing each signature independently with `aws4`.
import aws4 from "aws4";
import { sendJson, startServer, type RunningServer } from "./http-server";

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SigV4Server extends RunningServer {
  accepted: number;
  rejected: number;
}

export async function startSigV4Server(options: {
  region: string;
  service: string;
  credentials: SigV4Credentials;
}): Promise<SigV4Server> {
  const counts = { accepted: 0, rejected: 0 };
  const server = await startServer((request, response) => {
    const authorization = String(request.headers.authorization ?? "");
    const signedNames = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(";") ?? [];
    const headers: Record<string, string> = {};
    for (const name of signedNames) headers[name] = String(request.headers[name] ?? "");
    const signer = new aws4.RequestSigner(
      {
        host: String(request.headers.host),
        method: request.method,
        path: request.url,
        headers,
        body: request.bodyText || undefined,
        service: options.service,
        region: options.region,
        doNotModifyHeaders: true,
      },
      options.credentials,
    );
    // The timestamp is part of what was signed; take it from the request, as AWS does.
    (signer as unknown as { datetime: string }).datetime = String(request.headers["x-amz-date"] ?? "");
    const expected = signer.authHeader();
    if (authorization && authorization === expected) {
      counts.accepted += 1;
      sendJson(response, 200, { signed: true, method: request.method, path: request.url, body: request.bodyText });
    } else {
      counts.rejected += 1;
      sendJson(response, 403, {
        message: "The request signature we calculated does not match the signature you provided.",
      });
    }
  });
  return {
    ...server,
    get accepted() {
      return counts.accepted;
    },
    get rejected() {
      return counts.rejected;
    },
  };
}
