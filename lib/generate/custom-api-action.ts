// The Custom API Action flow: lets end users make any authenticated request to the API through httpHelper.
import { SHARED_FOLDER, type Flow } from "../flow/model";
import { fieldOf, fromCard, fromEvent, HTTP_HELPER_INPUTS, HTTP_HELPER_OUTPUTS, literal } from "./bindings";
import { CUSTOM_API_ACTION_NAME, HTTP_HELPER_NAME, type CoreFlowContext } from "./context";

export const REQUEST_TYPES = ["GET", "PATCH", "POST", "PUT", "DELETE"];
export const RELATIVE_URL_MESSAGE = "Relative URL must start with /";

const OUTPUTS = [
  fieldOf("status_code", "number", { label: "Status Code" }),
  fieldOf("headers", "object", { label: "Headers" }),
  fieldOf("body", "object", { label: "Body" }),
];

export function customApiActionFlow(context: CoreFlowContext): Flow {
  return {
    schemaVersion: 1,
    name: CUSTOM_API_ACTION_NAME,
    description: `Make an authenticated HTTP request to the ${context.apiTitle} API.`,
    kind: "customApiAction",
    folder: SHARED_FOLDER,
    enabled: true,
    saveAllData: true,
    version: 1,
    event: {
      type: "customApiAction",
      options: [fieldOf("request_type", "text", { label: "Request Type", required: true, enum: REQUEST_TYPES })],
      inputs: [
        fieldOf("relative_url", "text", { label: "Relative URL", required: true, help: "Starts with /, e.g. /users" }),
        fieldOf("query", "object", { label: "Query" }),
        fieldOf("headers", "object", { label: "Headers" }),
        fieldOf("body", "object", { label: "Body", help: "Sent with POST, PUT and PATCH" }),
      ],
      outputs: OUTPUTS,
    },
    cards: [
      {
        id: "firstCharacter",
        type: "text.at",
        title: "First character of the Relative URL",
        inputs: { text: fromEvent("relative_url"), position: literal(0) },
      },
      {
        id: "checkRelativeUrl",
        type: "error.returnErrorIf",
        title: "Relative URL must start with /",
        inputs: {
          a: fromCard("firstCharacter", "output"),
          comparison: literal("not equal"),
          b: literal("/"),
          statusCode: literal(400),
          message: literal(RELATIVE_URL_MESSAGE),
        },
      },
      {
        id: "request",
        type: "flow.callFlow",
        title: `Call ${HTTP_HELPER_NAME}`,
        options: { flow: HTTP_HELPER_NAME },
        inputs: {
          relative_url: fromEvent("relative_url"),
          request_method: fromEvent("request_type"),
          query: fromEvent("query"),
          headers: fromEvent("headers"),
          body: fromEvent("body"),
        },
        dynamicInputs: HTTP_HELPER_INPUTS,
        dynamicOutputs: HTTP_HELPER_OUTPUTS,
      },
      {
        id: "return",
        type: "flow.returnOutputs",
        title: "Return the response",
        inputs: {
          status_code: fromCard("request", "status_code"),
          headers: fromCard("request", "headers"),
          body: fromCard("request", "body"),
        },
        dynamicInputs: OUTPUTS,
      },
    ],
  };
}
