"use client";
// Uploads a logo (PNG/JPG/GIF under 1 MB). The browser checks it first with the same rule the server applies.
import type { ControlRights } from "./Allowed";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { logoProblem } from "@/lib/projects/logo";
import { callApi, problemsOf } from "./api";
import { FieldError } from "./Problems";

export function LogoUpload({
  uploadUrl,
  hasLogo,
  label,
  rights,
}: {
  uploadUrl: string;
  hasLogo: boolean;
  label: string;
  /** Whether the signed-in user may upload (useRights of the upload route). */
  rights: ControlRights;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  async function upload(file: File | undefined) {
    if (!file) return;
    setError(undefined);
    const problem = logoProblem(new Uint8Array(await file.arrayBuffer()));
    if (problem) return setError(problem.message);
    setBusy(true);
    try {
      const form = new FormData();
      form.set("file", file);
      await callApi(uploadUrl, { method: "PUT", body: form });
      setVersion((n) => n + 1);
      router.refresh();
    } catch (caught) {
      setError(problemsOf(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="logo-upload">
      {hasLogo || version > 0 ? (
        <img src={`${uploadUrl}?v=${version}`} alt={`${label} logo`} className="logo" />
      ) : (
        <div className="logo placeholder" aria-hidden="true" />
      )}
      <div>
        <label htmlFor="logo-file">Logo (PNG, JPG or GIF, under 1 MB)</label>
        <input
          id="logo-file"
          type="file"
          accept="image/png,image/jpeg,image/gif"
          disabled={busy || rights.disabled}
          title={rights.title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "logo-error" : undefined}
          onChange={(event) => upload(event.target.files?.[0])}
        />
        <FieldError id="logo-error" message={error} />
      </div>
    </div>
  );
}
