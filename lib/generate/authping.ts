// The `_authping` flow: calls one cheap protected operation through httpHelper and says whether the connection works.
import { AUTHPING_NAME, SHARED_FOLDER, type Binding, type Flow } from "../flow/model";
import { fieldOf, fromCard, HTTP_HELPER_INPUTS, HTTP_HELPER_OUTPUTS, literal } from "./bindings";
import { HTTP_HELPER_NAME, type CoreFlowContext } from "./context";

const RESULT_FIELDS = [fieldOf("working", "boolean"), fieldOf("message", "text")];

export function authpingFlow(context: CoreFlowContext): Flow {
  const ping = context.pingOperation;
  const query: Record<string, Binding> = ping && Object.keys(ping.query).length ? { query: literal(ping.query) } : {};
  const target = ping
    ? `GET ${ping.path}${ping.reason ? ` (${ping.reason})` : ""}`
    : "no operation yet: set the Relative URL of the Call Flow card";
  return {
    schemaVersion: 1,
    name: AUTHPING_NAME,
    description: `Connection health check: calls ${target}.`,
    kind: "authping",
    folder: SHARED_FOLDER,
    enabled: true,
    saveAllData: true,
    version: 1,
    event: { type: "authping", options: [], inputs: [], outputs: RESULT_FIELDS },
    cards: [
      {
        id: "check",
        type: "error.ifError",
        title: "Check the connection",
        inputs: {},
        blocks: [
          {
            id: "try",
            cards: [
              {
                id: "ping",
                type: "flow.callFlow",
                title: `Call ${HTTP_HELPER_NAME}`,
                options: { flow: HTTP_HELPER_NAME },
                inputs: { relative_url: literal(ping?.path ?? ""), request_method: literal("GET"), ...query },
                dynamicInputs: HTTP_HELPER_INPUTS,
                dynamicOutputs: HTTP_HELPER_OUTPUTS,
              },
              {
                id: "success",
                type: "text.compose",
                title: "Success message",
                inputs: {
                  template: literal("Connection is working ({{status}})"),
                  status: fromCard("ping", "status_code"),
                },
                dynamicInputs: [fieldOf("status", "number")],
              },
              {
                id: "working",
                type: "flow.return",
                title: "Working",
                inputs: { working: literal(true), message: fromCard("success", "output") },
                dynamicInputs: RESULT_FIELDS,
              },
            ],
          },
          {
            id: "catch",
            cards: [
              {
                id: "notWorking",
                type: "flow.return",
                title: "Not working",
                inputs: { working: literal(false), message: fromCard("check", "error", "message") },
                dynamicInputs: RESULT_FIELDS,
              },
            ],
          },
        ],
      },
    ],
  };
}
