// Every rule, in the order docs/validation.md lists them. Codes are stable: never reuse or renumber one.
import type { Rule } from "./model";
import { allOrNoneGroups } from "./rules/all-or-none-groups";
import { authpingNameReserved } from "./rules/authping-name-reserved";
import { callFlowCycle } from "./rules/call-flow-cycle";
import { callFlowHelper } from "./rules/call-flow-helper";
import { callFlowInputs } from "./rules/call-flow-inputs";
import { callFlowTarget } from "./rules/call-flow-target";
import { cardIds } from "./rules/card-ids";
import { connectionParametersMapped } from "./rules/connection-parameters-mapped";
import { containers } from "./rules/containers";
import { contractExecutionStatus } from "./rules/contract-execution-status";
import { contractExtraOutputs } from "./rules/contract-extra-outputs";
import { contractOutputTypes } from "./rules/contract-output-types";
import { contractRequiredOutputs } from "./rules/contract-required-outputs";
import { coreFlowsOn } from "./rules/core-flows-on";
import { duplicateActiveNames } from "./rules/duplicate-active-names";
import { eventCard } from "./rules/event-card";
import { flowDocument } from "./rules/flow-document";
import { flowNameCharacters } from "./rules/flow-name-characters";
import { knownCardTypes } from "./rules/known-card-types";
import { mandatoryOperations } from "./rules/mandatory-operations";
import { oinAppLinked } from "./rules/oin-app-linked";
import { oneEventCard } from "./rules/one-event-card";
import { operationsTested } from "./rules/operations-tested";
import { referenceTypes } from "./rules/reference-types";
import { referencesInScope } from "./rules/references-in-scope";
import { requiredInputs } from "./rules/required-inputs";
import { revokeNameReserved } from "./rules/revoke-name-reserved";
import { singleAuthping } from "./rules/single-authping";
import { singleRevoke } from "./rules/single-revoke";
import { universalLogoutFlow } from "./rules/universal-logout-flow";

export const RULES: readonly Rule[] = [
  duplicateActiveNames,
  eventCard,
  flowNameCharacters,
  singleAuthping,
  authpingNameReserved,
  singleRevoke,
  revokeNameReserved,
  flowDocument,
  oneEventCard,
  knownCardTypes,
  containers,
  cardIds,
  requiredInputs,
  referencesInScope,
  referenceTypes,
  callFlowTarget,
  callFlowHelper,
  callFlowInputs,
  callFlowCycle,
  contractRequiredOutputs,
  contractExecutionStatus,
  contractExtraOutputs,
  contractOutputTypes,
  oinAppLinked,
  connectionParametersMapped,
  coreFlowsOn,
  mandatoryOperations,
  allOrNoneGroups,
  universalLogoutFlow,
  operationsTested,
];
