"use client";
// A PEM field (certificate, private key, CA): paste the text, or pick a file whose text is read into it.
import { useState } from "react";

/** Certificates, keys and CA bundles are a few KB; a bigger file is not what the field wants. */
const PEM_FILE_LIMIT_KB = 64;

export function PemInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const [problem, setProblem] = useState<string>();

  async function read(file: File) {
    if (file.size > PEM_FILE_LIMIT_KB * 1024) {
      return setProblem(
        `${file.name} is ${Math.ceil(file.size / 1024)} KB; a PEM file can be at most ${PEM_FILE_LIMIT_KB} KB.`,
      );
    }
    try {
      const text = await file.text();
      if (!text.includes("-----BEGIN "))
        return setProblem(`${file.name} holds no PEM text (-----BEGIN …----- lines); convert a DER file to PEM first.`);
      setProblem(undefined);
      onChange(text);
    } catch (error) {
      setProblem(`${file.name} could not be read: ${(error as Error).message}`);
    }
  }

  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="pem"
        rows={4}
        spellCheck={false}
        placeholder="-----BEGIN …-----"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <input
        type="file"
        accept=".pem,.crt,.cer,.key,application/x-pem-file,text/plain"
        aria-label={`Upload ${label}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void read(file);
        }}
      />
      {problem && (
        <p className="error small-text" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
