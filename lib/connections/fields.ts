// The fields a connection form shows: every connection parameter in the slot its mapping puts its value in, then the
// linked OIN app's other tenant variables (flows read them as `app.<name>`). Pure: the form and the server share it.
import type { ConnectionParameter } from "../auth/mapping";
import { AUTH_VARIABLE_PREFIX } from "../oin/model";

export interface ValueSlot {
  in: "parameters" | "tenantVariables";
  name: string;
}

/** Where a connection parameter's value lives: its own slot, or the tenant variable it is mapped to. */
export function parameterSlot(mapping: Record<string, string>, key: string): ValueSlot {
  const variable = mapping[key];
  return variable && !variable.startsWith(AUTH_VARIABLE_PREFIX)
    ? { in: "tenantVariables", name: variable }
    : { in: "parameters", name: key };
}

export interface ConnectionField {
  slot: ValueSlot;
  label: string;
  kind: ConnectionParameter["kind"];
  secret: boolean;
  required: boolean;
  values?: string[];
}

export function connectionFields(
  parameters: ConnectionParameter[],
  mapping: Record<string, string>,
  tenantVariables: { label: string; name: string }[],
): ConnectionField[] {
  const fields: ConnectionField[] = [];
  const variableLabel = (name: string) => tenantVariables.find((variable) => variable.name === name)?.label ?? name;
  const taken = new Set<string>();
  for (const parameter of parameters) {
    const slot = parameterSlot(mapping, parameter.key);
    const id = `${slot.in}/${slot.name}`;
    if (taken.has(id)) continue; // two parameters mapped to one tenant variable share its one value
    taken.add(id);
    fields.push({
      slot,
      label:
        slot.in === "tenantVariables"
          ? `${parameter.label} (tenant variable ${variableLabel(slot.name)}, ${slot.name})`
          : parameter.label,
      kind: parameter.kind,
      secret: parameter.secret,
      required: parameter.required,
      ...(parameter.values && { values: parameter.values }),
    });
  }
  for (const variable of tenantVariables) {
    if (taken.has(`tenantVariables/${variable.name}`)) continue;
    fields.push({
      slot: { in: "tenantVariables", name: variable.name },
      label: `Tenant variable ${variable.label} (app.${variable.name})`,
      kind: "text",
      secret: false,
      required: false,
    });
  }
  return fields;
}
