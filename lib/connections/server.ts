// Server settings from a spec server URL, and the base URL built from them.
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
  const match = url.match(/^(https?):\/\/([^/:?#]+)(?::(\d+))?(\/[^?#]*)?/i);
  if (!match) return { protocol: "https", host: "", basePath: url.startsWith("/") ? url.replace(/\/+$/, "") : "" };
  return {
    protocol: match[1].toLowerCase() as ServerSettings["protocol"],
    host: match[2],
    ...(match[3] ? { port: Number(match[3]) } : {}),
    basePath: (match[4] ?? "").replace(/\/+$/, ""),
  };
}

/** Fills `{name}` placeholders; a missing value is an error naming the parameter. */
export function fillPlaceholders(text: string, values: Record<string, string>, where: string): string {
  return text.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === "") {
      throw new AppError("invalid_input", `${where} needs a value for the connection parameter "${name}".`, [
        { message: `no value for "${name}"`, location: { pointer: formatPointer(["parameters", name]), field: name } },
      ]);
    }
    return value;
  });
}

export function baseUrlOf(server: ServerSettings, values: Record<string, string>): string {
  const host = fillPlaceholders(server.host, values, "The server host");
  const basePath = fillPlaceholders(server.basePath ?? "", values, "The base path").replace(/\/+$/, "");
  const url = new URL(`${server.protocol}://${host}${server.port ? `:${server.port}` : ""}`);
  return `${url.origin}${basePath}`;
}
