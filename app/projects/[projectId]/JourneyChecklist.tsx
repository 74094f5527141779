// The project's journey as a checklist (lib/journey): each step's state, what to do or why it waits, and a link to
// where it is done; the next step stands out.
import Link from "next/link";
import { Suspense } from "react";
import { Loading } from "@/app/components/Loading";
import { projectJourney } from "@/lib/journey/service";
import type { JourneyStep } from "@/lib/journey/steps";

const STATE_LABELS: Record<JourneyStep["state"], string> = {
  done: "Done",
  next: "Next",
  todo: "To do",
  blocked: "Waiting",
};

/**
 * The checklist streamed after the rest of the page: working out the steps validates every flow, which should not
 * hold back the tab itself.
 */
export function StreamedJourneyChecklist({ projectId }: { projectId: string }) {
  return (
    <Suspense
      fallback={
        <section className="card journey" aria-labelledby="journey-heading">
          <h2 id="journey-heading">Your way to the OIN</h2>
          <Loading what="the steps" />
        </section>
      }
    >
      <JourneyOf projectId={projectId} />
    </Suspense>
  );
}

async function JourneyOf({ projectId }: { projectId: string }) {
  const { steps } = await projectJourney(projectId);
  return <JourneyChecklist steps={steps} />;
}

function JourneyChecklist({ steps }: { steps: JourneyStep[] }) {
  const next = steps.find((step) => step.state === "next");
  return (
    <section className="card journey" aria-labelledby="journey-heading">
      <h2 id="journey-heading">Your way to the OIN</h2>
      {next ? (
        <p role="status">
          Next:{" "}
          <Link prefetch={false} href={next.href}>
            {next.title}
          </Link>{" "}
          — {next.detail}
        </p>
      ) : (
        <p role="status">
          {steps.every((step) => step.state === "done") ? "Every step is done." : "Waiting on earlier steps."}
        </p>
      )}
      <ol className="journey-steps">
        {steps.map((step) => (
          <li
            key={step.id}
            className={`journey-step ${step.state}`}
            aria-label={`${step.title}: ${STATE_LABELS[step.state]}`}
          >
            <span className={`badge journey-${step.state}`}>{STATE_LABELS[step.state]}</span>{" "}
            <Link prefetch={false} href={step.href}>
              {step.title}
            </Link>{" "}
            <span className="muted small-text">{step.detail}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
