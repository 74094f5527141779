// Security schemes of a spec -> auth configurations, one per scheme (one per flow for OAuth 2.0), with a note each.
import { AppError } from "../errors";
import type { OAuthFlowIndex, SecuritySchemeIndex, SpecIndex } from "../spec/types";
import type { AuthConfiguration, AuthTypeId, GenerationNote, GenerationResult } from "./model";
import { validateAuthConfig } from "./validate";
import { valuePrefix } from "./value-prefix";

const OAUTH_FLOW_TYPES: Partial<Record<OAuthFlowIndex["flow"], { type: AuthTypeId; label: string }>> = {
  clientCredentials: { type: "oauth2ClientCredentials", label: "Client Credentials" },
  password: { type: "oauth2Password", label: "Password" },
  authorizationCode: { type: "oauth2AuthorizationCode", label: "Authorization Code" },
};

const IMPLICIT_EXPLANATION =
  "Not generated: the OAuth 2.0 implicit flow returns tokens to a browser (in the URL fragment), so a server-side integration cannot use it. Use the authorization code flow (with PKCE) or client credentials instead.";

type Draft = Omit<AuthConfiguration, "parameters" | "configValues" | "mapping"> & Partial<AuthConfiguration>;

/** The kind shown next to a scheme: "apiKey:header", "http:basic", "oauth2", "openIdConnect", "mutualTLS". */
export function schemeKind(scheme: SecuritySchemeIndex): string {
  const type = scheme.type.toLowerCase();
  if (type === "apikey") return `apiKey:${scheme.in ?? "?"}`;
  if (type === "http") return `http:${(scheme.scheme ?? "").toLowerCase()}`;
  if (type === "oauth2") return `oauth2:${(scheme.flows ?? []).map((flow) => flow.flow).join("+")}`;
  if (type === "openidconnect") return "openIdConnect";
  if (type === "mutualtls") return "mutualTLS";
  return scheme.type;
}

/** Makes an endpoint from the spec usable: relative URLs resolve against the first server, plain HTTP becomes HTTPS. */
function endpoint(url: string | undefined, index: SpecIndex, warnings: string[], label: string): string | undefined {
  if (!url) return undefined;
  let absolute = url;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    const server = index.servers.find((candidate) => /^https?:\/\//i.test(candidate.url))?.url ?? "https://{host}";
    absolute = `${server.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
    warnings.push(`The spec's ${label} "${url}" is relative; it was resolved against the server as "${absolute}".`);
  }
  const host = absolute.match(/^http:\/\/([^/:?#]+|\[[^\]]+\])/i)?.[1];
  if (host && !["127.0.0.1", "localhost", "[::1]"].includes(host.toLowerCase())) {
    const secure = absolute.replace(/^http:/i, "https:");
    warnings.push(
      `The spec's ${label} "${absolute}" uses plain HTTP; it was changed to "${secure}" (OAuth endpoints need TLS).`,
    );
    absolute = secure;
  }
  return absolute;
}

const scopesOf = (flow: OAuthFlowIndex) => Object.keys(flow.scopes ?? {});
const parameterKey = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : `p_${name.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

function oauthDraft(
  scheme: SecuritySchemeIndex,
  flow: OAuthFlowIndex,
  index: SpecIndex,
  multi: boolean,
): Draft | string {
  const target = OAUTH_FLOW_TYPES[flow.flow];
  if (flow.flow === "implicit") return IMPLICIT_EXPLANATION;
  if (!target) return `Not generated: the OAuth 2.0 ${flow.flow} flow is not supported.`;
  const warnings: string[] = [];
  const settings: Record<string, unknown> = {
    tokenUrl: endpoint(flow.tokenUrl, index, warnings, "token URL"),
    scopes: scopesOf(flow),
  };
  const refreshUrl = endpoint(flow.refreshUrl, index, warnings, "refresh URL");
  if (refreshUrl) settings.refreshUrl = refreshUrl;
  if (target.type === "oauth2AuthorizationCode")
    settings.authorizeUrl = endpoint(flow.authorizationUrl, index, warnings, "authorization URL");
  return {
    name: multi ? `${scheme.name} (${target.label})` : scheme.name,
    type: target.type,
    settings,
    sourceScheme: `${scheme.name}/${flow.flow}`,
    warnings,
  };
}

function schemeDrafts(
  scheme: SecuritySchemeIndex,
  index: SpecIndex,
): { kind: string; sourceScheme: string; draft: Draft | string }[] {
  const type = scheme.type.toLowerCase();
  const kind = schemeKind(scheme);
  const single = (draft: Draft | string) => [{ kind, sourceScheme: scheme.name, draft }];
  const base = { name: scheme.name, sourceScheme: scheme.name, settings: {}, warnings: [] as string[] };

  if (type === "apikey") {
    if (!scheme.paramName || !scheme.in)
      return single("Not generated: the apiKey scheme has no name or location (in).");
    const key = parameterKey(scheme.paramName);
    const prefix = scheme.in === "header" ? valuePrefix(scheme.description) : undefined;
    return single({
      ...base,
      type: "custom",
      ...(prefix
        ? {
            warnings: [
              `The ${scheme.paramName} value is sent as "${prefix}<value>", as the scheme's description says; enter the value alone in the connection.`,
            ],
          }
        : {}),
      parameters: [
        {
          label: scheme.paramName,
          key,
          type: "password",
          in: scheme.in,
          ...(key === scheme.paramName ? {} : { name: scheme.paramName }),
          ...(prefix ? { prefix } : {}),
        },
      ],
    });
  }
  if (type === "http") {
    const httpScheme = (scheme.scheme ?? "").toLowerCase();
    if (httpScheme === "basic") return single({ ...base, type: "basic" });
    if (httpScheme === "bearer") return single({ ...base, type: "bearer" });
    return single({
      ...base,
      type: "custom",
      warnings: [
        `Security scheme "${scheme.name}" uses the HTTP scheme "${scheme.scheme ?? ""}", which is not basic or bearer; it was generated as Custom: add the parameters it needs.`,
      ],
    });
  }
  if (type === "oauth2") {
    const flows = scheme.flows ?? [];
    if (!flows.length) return single("Not generated: the oauth2 scheme declares no flows.");
    return flows.map((flow) => ({
      kind: `oauth2:${flow.flow}`,
      sourceScheme: `${scheme.name}/${flow.flow}`,
      draft: oauthDraft(scheme, flow, index, flows.length > 1),
    }));
  }
  if (type === "openidconnect") {
    const warnings: string[] = [];
    const discoveryUrl = endpoint(scheme.openIdConnectUrl, index, warnings, "OpenID Connect URL");
    if (!discoveryUrl) return single("Not generated: the openIdConnect scheme has no openIdConnectUrl.");
    return single({ ...base, type: "openIdConnect", settings: { discoveryUrl, scopes: ["openid"] }, warnings });
  }
  if (type === "mutualtls") return single({ ...base, type: "mutualTls" });
  return single(`Not generated: security scheme type "${scheme.type}" is not supported.`);
}

/** `selected`: scheme names (all their flows) or "scheme/flow" entries; absent = every scheme. */
export function generateAuthConfigs(index: SpecIndex, selected?: string[]): GenerationResult {
  const wanted = selected ? new Set(selected) : undefined;
  const configurations: AuthConfiguration[] = [];
  const notes: GenerationNote[] = [];
  const known = new Set<string>();
  for (const scheme of index.securitySchemes) {
    for (const { kind, sourceScheme, draft } of schemeDrafts(scheme, index)) {
      known.add(scheme.name).add(sourceScheme);
      if (wanted && !wanted.has(scheme.name) && !wanted.has(sourceScheme)) continue;
      if (typeof draft === "string") {
        notes.push({ scheme: scheme.name, kind, generated: false, message: draft });
        continue;
      }
      try {
        const config = validateAuthConfig({ parameters: [], configValues: [], mapping: {}, ...draft });
        configurations.push(config);
        notes.push({
          scheme: scheme.name,
          kind,
          sourceScheme,
          generated: true,
          message: config.warnings?.join(" ") || undefined,
        });
      } catch (error) {
        const reason =
          error instanceof AppError ? error.problems.map((problem) => problem.message).join("; ") : String(error);
        notes.push({ scheme: scheme.name, kind, generated: false, message: `Not generated: ${reason}` });
      }
    }
  }
  if (wanted) {
    const unknown = [...wanted].filter((name) => !known.has(name));
    if (unknown.length) {
      const message = `Unknown security scheme(s): ${unknown.join(", ")}.`;
      throw new AppError(
        "invalid_input",
        message,
        unknown.map((name) => ({
          message: `No security scheme "${name}" in the spec.`,
          location: { field: "selected" },
        })),
      );
    }
  }
  return { configurations, notes };
}
