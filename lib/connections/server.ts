// Server settings from a spec server URL, and the base URL built from them.
import { isIPv6 } from "node:net";
import { AppError } from "../errors";
import type { ServerIndex } from "../spec/types";
import { formatPointer } from "../validation/pointer";
import type { ServerSettings } from "./model";

/** Splits a spec server URL (placeholders kept in host and path; a placeholder protocol takes its default). */
export function serverFromSpec(server: ServerIndex | undefined): ServerSettings {
  if (!server) return { protocol: "https", host: "", basePath: "" };
  const url = server.url.replace(
    /^\{([^{}]+)\}:\/\//,
    (_, name: string) => `${server.variables[name]?.default ?? "https"}://`,
  );
  // The host: a bracketed IPv6 address, or a name or IPv4 address up to a port, path, query or fragment.
  const match = url.match(/^(https?):\/\/(\[[0-9a-f:.]+\]|[^/:?#[\]]+)(?::(\d+))?(\/[^?#]*)?/i);
  if (!match) return { protocol: "https", host: "", basePath: url.startsWith("/") ? url.replace(/\/+$/, "") : "" };
  return {
    protocol: match[1].toLowerCase() as ServerSettings["protocol"],
    host: match[2],
    ...(match[3] ? { port: Number(match[3]) } : {}),
    basePath: (match[4] ?? "").replace(/\/+$/, ""),
  };
}

/** Characters that would move a value out of the host name (into a port, a path, userinfo or another host). */
const NOT_IN_HOST = /[/?#@:\\%\s[\]]/;

const placeholderProblem = (name: string, message: string, detail: string) =>
  new AppError("invalid_input", message, [
    { message: detail, location: { pointer: formatPointer(["parameters", name]), field: name } },
  ]);

/**
 * Fills `{name}` placeholders of a URL or a URL part; a missing value is an error naming the parameter. Values are
 * URL-encoded into their position: in the authority (`host`, or a full URL before its path) a value must be a plain
 * host name part, so no value can change where the URL points; in the path it is encoded per segment.
 */
export function fillPlaceholders(
  text: string,
  values: Record<string, string>,
  where: string,
  position: "url" | "host" | "path" = "url",
): string {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(text)?.[0].length ?? 0;
  return text.replace(/\{([^{}]+)\}/g, (_, name: string, offset: number) => {
    const value = values[name];
    if (value === undefined || value === "") {
      throw placeholderProblem(
        name,
        `${where} needs a value for the connection parameter "${name}".`,
        `no value for "${name}"`,
      );
    }
    const inAuthority = position === "host" || (position === "url" && offset < authority);
    if (inAuthority) {
      if (NOT_IN_HOST.test(value)) {
        const detail = `must be a plain host name part (no /, ?, #, @, :, \\, %, spaces or brackets)`;
        throw placeholderProblem(
          name,
          `${where}: the value of "${name}" ${detail}, so it cannot change the server.`,
          detail,
        );
      }
      return encodeURIComponent(value);
    }
    return value.split("/").map(encodeURIComponent).join("/");
  });
}

/** A host that cannot be part of a URL, at the connection's host field. */
export class ServerHostProblem extends AppError {
  constructor(host: string) {
    const detail = `"${host}" is not a host name or IP address (write an IPv6 address as is or in brackets, without a port)`;
    super("invalid_input", `The server host ${detail}.`, [
      { message: detail, location: { pointer: "/server/host", field: "host" } },
    ]);
  }
}

/** The base URL of the server settings; an IPv6 address written without brackets gets them. */
export function baseUrlOf(server: ServerSettings, values: Record<string, string>): string {
  const filled = fillPlaceholders(server.host, values, "The server host", "host");
  const host = isIPv6(filled) ? `[${filled}]` : filled;
  const basePath = fillPlaceholders(server.basePath ?? "", values, "The base path", "path").replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(`${server.protocol}://${host}${server.port ? `:${server.port}` : ""}`);
  } catch {
    throw new ServerHostProblem(filled);
  }
  return `${url.origin}${basePath}`;
}
