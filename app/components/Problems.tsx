// A list of problems, each message first, then where it is (file, line:column, #/pointer, field).
import { describeLocation, type ProblemDetail } from "@/lib/errors";
import { CodeText } from "./CodeText";

export function Problems({ title, problems }: { title: string; problems: ProblemDetail[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="alert">
      <strong>{title}</strong>
      <ul>
        {problems.map((problem, i) => {
          const where = describeLocation(problem.location);
          return (
            <li key={i}>
              <CodeText text={problem.message} /> {where && <code className="location">{where}</code>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The error under one form field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
