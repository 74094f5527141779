// docs/validation.md is generated from the rule registry: this fails when the committed file differs.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { RULES } from "@/lib/validator/registry";
import { VALIDATION_DOCS_FILE, validationDocsText } from "../../../scripts/export-validation-docs";

it("docs/validation.md is what scripts/export-validation-docs.ts writes (run it after changing a rule)", () => {
  expect(readFileSync(VALIDATION_DOCS_FILE, "utf8")).toBe(validationDocsText());
});

it("lists every rule once, with a unique code", () => {
  const text = validationDocsText();
  const codes = RULES.map((rule) => rule.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) expect(text.split(`\`${code}\``).length - 1).toBe(1);
});
