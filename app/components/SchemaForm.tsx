"use client";
// A form generated from a JSON Schema (an action contract's input): one field per property, nested objects grouped
// in a fieldset, lists with Add and Remove; each field shows the problem the server found at its JSON pointer. The
// value stays the plain JSON document: a property emptied in the form is removed from it, properties the form does
// not show are kept, so switching to the JSON view and back changes nothing.
import type { ReactNode } from "react";
import { FieldError } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";

type Schema = Record<string, unknown>;
type Json = Record<string, unknown>;

interface NodeProps {
  schema: Schema;
  value: unknown;
  onChange: (value: unknown) => void;
  /** JSON pointer of the value ("" for the document). */
  pointer: string;
  /** Dotted path of the value, the field's accessible name ("user.name.givenName", "user.emails.0.value"). */
  path: string;
  /** The visible label: the property's name, or the list position. */
  label: string;
  errors: Map<string, string>;
}

const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);
const typeOf = (schema: Schema) =>
  Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : (schema.type as string | undefined);
const pointerToken = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");
const fieldId = (pointer: string) => `schema-field${pointer.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** A new list item of the item schema: an empty object or list, else nothing typed yet. */
function newItem(schema: Schema): unknown {
  const type = typeOf(schema);
  if (type === "object") return {};
  if (type === "array") return [];
  if (type === "boolean") return false;
  if (type === "integer" || type === "number") return 0;
  return "";
}

function ObjectFields(props: NodeProps & { top?: boolean }) {
  const properties = (isObject(props.schema.properties) ? props.schema.properties : {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(props.schema.required) ? props.schema.required : []);
  const current = isObject(props.value) ? props.value : {};
  const set = (key: string, next: unknown) => {
    const copy: Json = { ...current };
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    props.onChange(Object.keys(copy).length ? copy : props.top ? {} : undefined);
  };
  const fields = Object.entries(properties).map(([key, schema]) => (
    <SchemaNode
      key={key}
      schema={schema}
      value={current[key]}
      onChange={(next) => set(key, next)}
      pointer={`${props.pointer}/${pointerToken(key)}`}
      path={props.path ? `${props.path}.${key}` : key}
      label={`${key}${required.has(key) ? " *" : ""}`}
      errors={props.errors}
    />
  ));
  if (props.top) return <div className="schema-fields">{fields}</div>;
  return (
    <fieldset className="schema-group" aria-label={props.path}>
      <legend>{props.label}</legend>
      <FieldError id={`${fieldId(props.pointer)}-error`} message={props.errors.get(props.pointer)} />
      {fields}
    </fieldset>
  );
}

function ListFields(props: NodeProps) {
  const items = Array.isArray(props.value) ? props.value : [];
  const itemSchema = (isObject(props.schema.items) ? props.schema.items : {}) as Schema;
  const change = (next: unknown[]) => props.onChange(next.length ? next : undefined);
  return (
    <fieldset className="schema-group" aria-label={props.path}>
      <legend>{props.label}</legend>
      <FieldError id={`${fieldId(props.pointer)}-error`} message={props.errors.get(props.pointer)} />
      {items.map((item, index) => (
        // Items have no identity of their own but their position, which is also their JSON pointer.
        <div key={index} className="schema-item">
          <SchemaNode
            schema={itemSchema}
            value={item}
            onChange={(next) => change(items.map((old, at) => (at === index ? (next ?? newItem(itemSchema)) : old)))}
            pointer={`${props.pointer}/${index}`}
            path={`${props.path}.${index}`}
            label={`${props.label.replace(/ \*$/, "")} ${index + 1}`}
            errors={props.errors}
          />
          <button
            type="button"
            className="ed-small"
            onClick={() => change(items.filter((_, at) => at !== index))}
            aria-label={`Remove ${props.path}.${index}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="ed-small" onClick={() => change([...items, newItem(itemSchema)])}>
        Add to {props.path}
      </button>
    </fieldset>
  );
}

function ValueField(props: NodeProps) {
  const type = typeOf(props.schema);
  const id = fieldId(props.pointer);
  const error = props.errors.get(props.pointer);
  const common = {
    id,
    "aria-label": props.path,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  const options = Array.isArray(props.schema.enum) ? props.schema.enum.map(String) : undefined;
  let input: ReactNode;
  if (type === "boolean")
    input = (
      <select
        {...common}
        value={typeof props.value === "boolean" ? String(props.value) : ""}
        onChange={(event) => props.onChange(event.target.value === "" ? undefined : event.target.value === "true")}
      >
        <option value="">(not set)</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  else if (options)
    input = (
      <select
        {...common}
        value={props.value === undefined ? "" : String(props.value)}
        onChange={(event) => props.onChange(event.target.value === "" ? undefined : event.target.value)}
      >
        <option value="">(not set)</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  else if (type === "integer" || type === "number")
    input = (
      <input
        {...common}
        type="number"
        step={type === "integer" ? 1 : "any"}
        value={typeof props.value === "number" ? props.value : ""}
        onChange={(event) => props.onChange(event.target.value === "" ? undefined : Number(event.target.value))}
      />
    );
  else
    input = (
      <input
        {...common}
        type="text"
        value={
          typeof props.value === "string" ? props.value : props.value === undefined ? "" : JSON.stringify(props.value)
        }
        onChange={(event) => props.onChange(event.target.value === "" ? undefined : event.target.value)}
      />
    );
  return (
    <div className="schema-field">
      <label htmlFor={id}>{props.label}</label>
      {input}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function SchemaNode(props: NodeProps) {
  const type = typeOf(props.schema);
  if (type === "object" || isObject(props.schema.properties)) return <ObjectFields {...props} />;
  if (type === "array") return <ListFields {...props} />;
  return <ValueField {...props} />;
}

/** The form of `schema` (an object schema) over `value`; `problems` located by JSON pointer show at their fields. */
export function SchemaForm(props: {
  schema: Schema;
  value: Json;
  onChange: (value: Json) => void;
  problems: ProblemDetail[];
  label: string;
}) {
  const errors = new Map<string, string>();
  for (const problem of props.problems) {
    const pointer = problem.location?.pointer;
    if (pointer !== undefined && !errors.has(pointer)) errors.set(pointer, problem.message);
  }
  return (
    <section className="schema-form" aria-label={props.label}>
      <ObjectFields
        top
        schema={props.schema}
        value={props.value}
        onChange={(next) => props.onChange(isObject(next) ? next : {})}
        pointer=""
        path=""
        label=""
        errors={errors}
      />
    </section>
  );
}
