"use client";
// Submit integration: the certify box and the button; the gate's refusals listed with their codes and fields.
import { useRights } from "@/app/components/Allowed";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";

export function SubmitIntegration({
  projectId,
  configurationSavedAt,
}: {
  projectId: string;
  /** When the configuration was last saved: a new save makes the last refusal's list stale, so it goes. */
  configurationSavedAt: string | null;
}) {
  const router = useRouter();
  const [certified, setCertified] = useState(false);
  const [status, setStatus] = useState<string>();
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [refusedAt, setRefusedAt] = useState(configurationSavedAt);
  if (refusedAt !== configurationSavedAt) {
    setRefusedAt(configurationSavedAt);
    setProblems([]);
  }
  const rights = useRights();
  const submit = async () => {
    setProblems([]);
    setStatus(undefined);
    try {
      setStatus(
        (await callApi<{ status: string }>(`/api/projects/${projectId}/submit`, { json: { certified } })).status,
      );
      router.refresh();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  };
  return (
    <section className="submit">
      <label>
        <input type="checkbox" checked={certified} onChange={(event) => setCertified(event.target.checked)} /> I certify
        the integration is ready for review
      </label>{" "}
      <button type="button" className="primary" {...rights("POST /api/projects/[projectId]/submit")} onClick={submit}>
        Submit integration
      </button>
      {status && <p role="status">Submitted: {status}</p>}
      <Problems title="The integration cannot be submitted" problems={problems} />
    </section>
  );
}
