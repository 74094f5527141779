// The connection form's fields (issue 22, defect 1): a mapped parameter is entered as its tenant variable's value,
// every other tenant variable of the OIN app has a field too, and an `auth.<name>` mapping keeps the parameter's own.
import { describe, expect, it } from "vitest";
import type { ConnectionParameter } from "@/lib/auth/mapping";
import { connectionFields } from "@/lib/connections/fields";

const parameter = (key: string, label: string, secret = false): ConnectionParameter => ({
  key,
  label,
  source: "parameter",
  kind: secret ? "password" : "text",
  secret,
  required: true,
});

const tenantVariables = [
  { label: "API key", name: "api_key" },
  { label: "Subdomain", name: "subdomain" },
];

describe("connectionFields", () => {
  it("puts a mapped parameter in its tenant variable and lists the other tenant variables after it", () => {
    const fields = connectionFields([parameter("token", "Token", true)], { token: "api_key" }, tenantVariables);
    expect(fields).toEqual([
      {
        slot: { in: "tenantVariables", name: "api_key" },
        label: "Token (tenant variable API key, api_key)",
        kind: "password",
        secret: true,
        required: true,
      },
      {
        slot: { in: "tenantVariables", name: "subdomain" },
        label: "Tenant variable Subdomain (app.subdomain)",
        kind: "text",
        secret: false,
        required: false,
      },
    ]);
  });

  it("keeps a parameter mapped to an authentication variable (auth.<name>) in its own slot", () => {
    const [field] = connectionFields([parameter("token", "Token", true)], { token: "auth.api_token" }, []);
    expect(field.slot).toEqual({ in: "parameters", name: "token" });
  });

  it("gives two parameters mapped to one tenant variable a single field", () => {
    const fields = connectionFields(
      [parameter("user", "User"), parameter("login", "Login")],
      { user: "subdomain", login: "subdomain" },
      tenantVariables,
    );
    expect(fields.map((field) => field.slot.name)).toEqual(["subdomain", "api_key"]);
  });
});
