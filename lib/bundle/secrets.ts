// Strips every secret from an auth configuration before it leaves the project in a bundle.
import type { AuthConfiguration } from "../auth/model";
import { authType, isSecretField } from "../auth/registry";

export function withoutSecrets(config: AuthConfiguration): AuthConfiguration {
  const secretSettings = new Set(
    authType(config.type)
      .settings.filter(isSecretField)
      .map((field) => field.key),
  );
  const settings = Object.fromEntries(Object.entries(config.settings).filter(([key]) => !secretSettings.has(key)));
  const configValues = config.configValues.map((value) =>
    value.type === "password" && value.source.kind === "static"
      ? { ...value, source: { kind: "static" as const, value: "" } }
      : value,
  );
  const { id: _id, ...rest } = config;
  return { ...rest, settings, configValues };
}
