// The HTTP Helper flow: every request of the connector goes through it, so auth and base URL live in one place
// (the connection applies them to its Raw Request).
import { SHARED_FOLDER, type Flow } from "../flow/model";
import { fromCard, fromEvent, HTTP_HELPER_INPUTS, HTTP_HELPER_OUTPUTS } from "./bindings";
import { HTTP_HELPER_NAME, type CoreFlowContext } from "./context";

export function httpHelperFlow(context: CoreFlowContext): Flow {
  return {
    schemaVersion: 1,
    name: HTTP_HELPER_NAME,
    description:
      `This flow manages all authentication and HTTP requests for the connector: it sends each request through the ` +
      `connection (${context.authDescription}; base URL from ${context.serverDescription}).`,
    kind: "helper",
    folder: SHARED_FOLDER,
    enabled: true,
    saveAllData: true,
    version: 1,
    event: { type: "helperFlow", options: [], inputs: HTTP_HELPER_INPUTS, outputs: HTTP_HELPER_OUTPUTS },
    cards: [
      {
        id: "request",
        type: "http.rawRequest",
        title: "Send the request",
        inputs: {
          method: fromEvent("request_method"),
          url: fromEvent("relative_url"),
          query: fromEvent("query"),
          headers: fromEvent("headers"),
          body: fromEvent("body"),
        },
      },
      {
        id: "return",
        type: "flow.return",
        title: "Return the response",
        inputs: {
          status_code: fromCard("request", "status_code"),
          headers: fromCard("request", "headers"),
          body: fromCard("request", "body"),
        },
        dynamicInputs: HTTP_HELPER_OUTPUTS,
      },
    ],
  };
}
