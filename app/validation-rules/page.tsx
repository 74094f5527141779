// Every code the app shows, explained: the validator's rules (the source docs/validation.md is written from) and the
// submission gate's requirements, each at its own anchor, so a code anywhere in the app links here.
import { AppHeader } from "@/app/components/AppHeader";
import { pageActor } from "@/app/components/page-actor";
import { SUBMISSION_CODES, SUBMISSION_RULES } from "@/lib/submission/gate";
import { RULE_AREA_HEADINGS } from "@/lib/validator/areas";
import type { RuleArea } from "@/lib/validator/model";
import { RULES } from "@/lib/validator/registry";

export const dynamic = "force-dynamic";

export default async function ValidationRulesPage() {
  await pageActor();
  return (
    <>
      <AppHeader />
      <main className="page">
        <h1>Validation and submission codes</h1>
        <p className="muted">
          What each code means and how to fix it. Validation codes come from the validator (also in docs/validation.md);
          IB5… codes from Submit integration.
        </p>
        {(Object.entries(RULE_AREA_HEADINGS) as [RuleArea, string][]).map(([area, heading]) => (
          <section key={area} className="card" aria-label={heading}>
            <h2>{heading}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Rule</th>
                  <th scope="col">How to fix</th>
                </tr>
              </thead>
              <tbody>
                {RULES.filter((rule) => rule.area === area).map((rule) => (
                  <tr key={rule.code} id={rule.code}>
                    <td>
                      <code>{rule.code}</code>
                    </td>
                    <td>{rule.severity}</td>
                    <td>{rule.title}</td>
                    <td>{rule.fix}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <section className="card" aria-label="Submission">
          <h2>Submission (Submit integration)</h2>
          <table className="table">
            <tbody>
              {(Object.keys(SUBMISSION_CODES) as (keyof typeof SUBMISSION_CODES)[]).map((key) => (
                <tr key={key} id={SUBMISSION_CODES[key]}>
                  <td>
                    <code>{SUBMISSION_CODES[key]}</code>
                  </td>
                  <td>{SUBMISSION_RULES[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>
    </>
  );
}
