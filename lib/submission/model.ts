// Configure your integration as the page shows it: each operation and its choice. Types only.
import type { Capability, OperationGroup } from "../contracts/catalog";
import type { IntegrationConfiguration } from "../oin/configuration";

export interface IntegrationConfigurationView {
  projectId: string;
  oinAppId: string;
  status: string;
  configuration: IntegrationConfiguration;
  /** When the configuration was last saved; null: never (the choices shown are pre-selections). */
  savedAt: string | null;
  operations: OperationChoice[];
}

export interface OperationChoice {
  contract: string;
  capability: Capability;
  operationGroup: OperationGroup;
  /** A required operation of its capability: the submission needs it mapped. */
  required: boolean;
  /** The project's ON action flows of the contract; `valid` when validation found no error in it. */
  candidates: { flow: string; valid: boolean }[];
  /** The saved choice; before the configuration is first saved, the only valid candidate (else null). */
  selected: string | null;
}
