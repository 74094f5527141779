"use client";
// Upload (or replace) the spec: the file's text goes to the route, which ingests and stores it as a new version; or
// the route fetches it from a URL (through the address guard, size-capped).
import { useRights } from "@/app/components/Allowed";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";

export function SpecUpload({ projectId, replacing }: { projectId: string; replacing: boolean }) {
  const rights = useRights();
  const router = useRouter();
  const [file, setFile] = useState<File>();
  const [failure, setFailure] = useState<{ message: string; problems: ProblemDetail[] }>();
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);

  async function send(body: FormData | { url: string }, form: HTMLFormElement) {
    setBusy(true);
    setFailure(undefined);
    try {
      await callApi(`/api/projects/${projectId}/spec`, body instanceof FormData ? { body } : { json: body });
      setFile(undefined);
      setUrl("");
      form.reset();
      router.refresh();
    } catch (error) {
      setFailure(problemsOf(error));
    } finally {
      setBusy(false);
    }
  }

  function process(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === "fetch") return url.trim() && send({ url: url.trim() }, event.currentTarget);
    if (!file) return;
    // Sent as the file's bytes, so the server decodes them strictly and names the offset of a bad byte.
    const form = new FormData();
    form.set("file", file);
    return send(form, event.currentTarget);
  }

  return (
    <form className="card upload" onSubmit={process}>
      <h2>{replacing ? "Replace spec" : "Upload spec"}</h2>
      <p className="muted">
        An OpenAPI 3.0 or later document (3.0, 3.1, 3.2), JSON or YAML. External <code>$ref</code>s are not followed.
        {replacing && " The current version is kept; you will see which operations were added, removed or changed."}
      </p>
      <label htmlFor="spec-file">Spec file</label>
      <input
        id="spec-file"
        type="file"
        accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
        onChange={(event) => setFile(event.target.files?.[0])}
      />
      <div className="actions start">
        <button
          type="submit"
          className="primary"
          {...rights("POST /api/projects/[projectId]/spec", { disabled: !file || busy })}
        >
          {busy ? "Processing…" : "Process file"}
        </button>
      </div>
      <label htmlFor="spec-url">Or its URL</label>
      <div className="actions start">
        <input
          id="spec-url"
          type="url"
          placeholder="https://api.example.com/openapi.json"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button
          type="submit"
          name="fetch"
          {...rights("POST /api/projects/[projectId]/spec", { disabled: !url.trim() || busy })}
        >
          Fetch and process
        </button>
      </div>
      {failure && <Problems title={failure.message} problems={failure.problems} />}
    </form>
  );
}
