// The document of a new flow for the event the user picked in "Add event".
import { EVENT_FOR_KIND, FLOW_SCHEMA_VERSION, SHARED_FOLDER, type Flow, type FlowKind } from "@/lib/flow/model";

export const EVENT_CHOICES: { kind: FlowKind; label: string; folder: string; name: string }[] = [
  { kind: "helper", label: "Helper Flow", folder: SHARED_FOLDER, name: "helperFlow" },
  { kind: "authping", label: "Authping", folder: SHARED_FOLDER, name: "_authping" },
  { kind: "revoke", label: "Revoke", folder: SHARED_FOLDER, name: "revoke" },
  { kind: "customApiAction", label: "Custom API Action", folder: "Actions", name: "Custom API Action" },
  { kind: "action", label: "Action", folder: "Actions", name: "New action" },
  { kind: "test", label: "Test", folder: "Actions/Test Folder", name: "New test" },
];

export function newFlowDocument(kind: FlowKind, name: string, folder: string): Flow {
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name,
    kind,
    folder,
    enabled: false,
    saveAllData: true,
    version: 1,
    event: { type: EVENT_FOR_KIND[kind], options: [], inputs: [], outputs: [] },
    cards: [],
  };
}
