import { describe, expect, it } from "vitest";
import { refuseNulInParams } from "@/lib/routes/match";

describe("refuseNulInParams", () => {
  it("lets ordinary params through", () => {
    expect(() => refuseNulInParams({ projectId: "p-1", flowId: "%ED%A0%80" })).not.toThrow();
  });

  it("refuses a NUL character as bad input naming the param", () => {
    expect(() => refuseNulInParams({ projectId: "p-1", flowId: "id\u0000nul" })).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        httpStatus: 400,
        problems: [{ message: "contains a NUL character", location: { field: "flowId" } }],
      }),
    );
  });
});
