// The headings rules are listed under, by area: docs/validation.md and the app's rules page read them here.
import type { RuleArea } from "./model";

export const RULE_AREA_HEADINGS: Record<RuleArea, string> = {
  platform: "Platform (the Okta Workflows deployment codes, used exactly)",
  structure: "Structure",
  mappings: "Mappings",
  contracts: "Contracts (action flows)",
  project: "Project",
};

/** The page where every code is explained, each at its own anchor (`/validation-rules#IB2001`). */
export const RULES_PAGE = "/validation-rules";

/** A validation or submission code as it appears in a message (`IB2001`, `CBDE000004H`). */
export const CODE_PATTERN = /\b(?:IB\d{4}|CBDE\d{6}H)\b/g;
