// Which values of a connection are secret, and moving them between the config and the sealed envelope.
import { connectionParameters } from "../auth/mapping";
import type { AuthConfiguration } from "../auth/model";
import { SECRET_MASK } from "../secrets/mask";
import type { ConnectionConfig } from "./model";
import { valueSlot } from "./validate";

/** Envelope keys: "parameters/<key>", "tenantVariables/<name>", "proxy/password". */
export function secretSlots(authConfig: AuthConfiguration | undefined): string[] {
  const slots = ["proxy/password"];
  if (!authConfig) return slots;
  for (const parameter of connectionParameters(authConfig)) {
    if (!parameter.secret) continue;
    const slot = valueSlot(authConfig, parameter.key);
    slots.push(`${slot.in}/${slot.name}`);
  }
  return slots;
}

function read(config: ConnectionConfig, slot: string): string | undefined {
  if (slot === "proxy/password") return config.proxy.auth.password;
  const [section, name] = [slot.slice(0, slot.indexOf("/")), slot.slice(slot.indexOf("/") + 1)] as [
    "parameters" | "tenantVariables",
    string,
  ];
  return config[section][name];
}

function write(config: ConnectionConfig, slot: string, value: string | undefined): void {
  if (slot === "proxy/password") {
    if (value === undefined) delete config.proxy.auth.password;
    else config.proxy.auth.password = value;
    return;
  }
  const [section, name] = [slot.slice(0, slot.indexOf("/")), slot.slice(slot.indexOf("/") + 1)] as [
    "parameters" | "tenantVariables",
    string,
  ];
  if (value === undefined) delete config[section][name];
  else config[section][name] = value;
}

/** The secret values of a config, and the config with each present secret replaced by the mask. */
export function extractSecrets(
  config: ConnectionConfig,
  slots: string[],
): { masked: ConnectionConfig; secrets: Record<string, string> } {
  const masked = structuredClone(config);
  const secrets: Record<string, string> = {};
  for (const slot of slots) {
    const value = read(config, slot);
    if (value === undefined || value === "") continue;
    secrets[slot] = value;
    write(masked, slot, SECRET_MASK);
  }
  return { masked, secrets };
}

/** Puts stored secrets back in place of masks (a mask sent back keeps the stored value). */
export function restoreSecrets(
  config: ConnectionConfig,
  stored: Record<string, string>,
  slots: string[],
): ConnectionConfig {
  const full = structuredClone(config);
  for (const slot of slots) if (read(full, slot) === SECRET_MASK) write(full, slot, stored[slot]);
  return full;
}

export const hasMask = (config: ConnectionConfig, slots: string[]) =>
  slots.some((slot) => read(config, slot) === SECRET_MASK);
