// Which actions the Add Action dialog offers a project: every contract group, gated by the linked OIN app's
// capabilities, with the reason when one is unavailable.
import { CONTRACTS, type Contract } from "../contracts/catalog";
import type { OinAppView } from "../oin/model";

export interface ActionChoice {
  contract: string;
  capability: Contract["capability"];
  operationGroup: Contract["operationGroup"];
  required: boolean;
  summary: string;
  available: boolean;
  /** Why it cannot be added (set when unavailable). */
  reason?: string;
}

type LinkedApp = Pick<OinAppView, "displayName" | "capabilities" | "ssoProtocol"> | null;

function unavailableReason(contract: Contract, app: LinkedApp): string | undefined {
  if (!app) return "Link the project to an OIN app first: its capabilities decide which actions it may build.";
  const has = new Set(app.capabilities);
  switch (contract.capability) {
    case "universalLogout":
      if (!app.ssoProtocol) return `Universal Logout needs SSO: OIN app "${app.displayName}" has no SSO protocol.`;
      return has.has("universalLogout")
        ? undefined
        : `OIN app "${app.displayName}" does not have the Universal Logout capability.`;
    case "entitlementManagement":
      if (!has.has("provisioning"))
        return `Entitlement Management needs Provisioning: OIN app "${app.displayName}" does not have it.`;
      return has.has("entitlementManagement")
        ? undefined
        : `OIN app "${app.displayName}" does not have the Entitlement Management capability.`;
    default:
      return has.has("provisioning")
        ? undefined
        : `OIN app "${app.displayName}" does not have the Provisioning capability.`;
  }
}

export function actionChoices(app: LinkedApp): ActionChoice[] {
  return CONTRACTS.map((contract) => {
    const reason = unavailableReason(contract, app);
    return {
      contract: contract.name,
      capability: contract.capability,
      operationGroup: contract.operationGroup,
      required: contract.required,
      summary: contract.summary,
      available: reason === undefined,
      ...(reason ? { reason } : {}),
    };
  });
}
