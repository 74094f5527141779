// The API's own message in an error answer, wherever the common error bodies keep it.
import { describe, expect, it } from "vitest";
import { apiErrorMessage } from "@/lib/http/api-message";

describe("apiErrorMessage", () => {
  it("finds the message in the error bodies APIs answer with", () => {
    const cases: [unknown, string][] = [
      [{ message: "user 7 not found" }, "user 7 not found"],
      [{ error: { code: "not_found", message: "No such user" } }, "No such user"],
      [{ errors: [{ status: "404", title: "Not Found", detail: "Record 7 is missing" }] }, "Record 7 is missing"],
      [
        { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "409", detail: "userName taken" },
        "userName taken",
      ],
      [{ error: "invalid_grant", error_description: "The token has expired" }, "The token has expired"],
      [
        { errorCode: "E0000007", errorSummary: "Not found: Resource not found: x (User)" },
        "Not found: Resource not found: x (User)",
      ],
      [{ error: "Forbidden" }, "Forbidden"],
      [{ email: ["has already been taken"] }, "email has already been taken"],
      [{ fault: { faultstring: "Invalid ApiKey" } }, "Invalid ApiKey"],
      ["plain message", "plain message"],
    ];
    for (const [body, message] of cases) expect(apiErrorMessage({ body }), JSON.stringify(body)).toBe(message);
  });

  it("reads a short text answer, never an HTML page, and says nothing when the body holds no message", () => {
    expect(apiErrorMessage({ text: "Unauthorized\n" })).toBe("Unauthorized");
    expect(apiErrorMessage({ text: "<html><body>502 Bad Gateway</body></html>" })).toBeUndefined();
    expect(apiErrorMessage({ body: { code: 17 } })).toBeUndefined();
    expect(apiErrorMessage({ body: null })).toBeUndefined();
    expect(apiErrorMessage({})).toBeUndefined();
  });
});
