// The one Ajv factory: dialect, formats and strictness decided here; each schema compiled once.
import Ajv, { type Options, type ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

export type SchemaDialect = "draft-04" | "draft-07" | "2020-12";

export interface ValidatorOptions {
  /** The JSON Schema dialect; default draft-07, 2020-12 for a schema that declares it. */
  dialect?: SchemaDialect;
  /** Fill `default`s into the validated document (it is changed in place). */
  useDefaults?: boolean;
  /** A schema we do not write (OpenAPI's official ones): unknown keywords and formats are tolerated. */
  external?: boolean;
}

const DIALECTS: Record<SchemaDialect, new (options: Options) => Ajv> = {
  "draft-04": AjvDraft04 as unknown as new (options: Options) => Ajv,
  "draft-07": Ajv,
  "2020-12": Ajv2020,
};

// Our schemas are strict; `strictRequired` is off because a discriminated oneOf names its tag in `required`
// beside branches that declare it.
const OWN: Options = { allErrors: true, strict: true, strictRequired: false, discriminator: true };
const EXTERNAL: Options = { allErrors: true, strict: false, validateFormats: false };

const instances = new Map<string, Ajv>();
const compiled = new Map<string, WeakMap<object, ValidateFunction>>();

function instanceFor(key: string, dialect: SchemaDialect, options: ValidatorOptions): Ajv {
  let ajv = instances.get(key);
  if (!ajv) {
    ajv = new DIALECTS[dialect]({ ...(options.external ? EXTERNAL : OWN), useDefaults: options.useDefaults === true });
    if (!options.external) addFormats(ajv);
    instances.set(key, ajv);
  }
  return ajv;
}

function dialectOf(schema: object, options: ValidatorOptions): SchemaDialect {
  if (options.dialect) return options.dialect;
  const declared = (schema as { $schema?: unknown }).$schema;
  return typeof declared === "string" && declared.includes("2020-12") ? "2020-12" : "draft-07";
}

/** The validator of a schema object, compiled on first use and kept for the process. */
export function validatorFor<T = unknown>(schema: object, options: ValidatorOptions = {}): ValidateFunction<T> {
  const dialect = dialectOf(schema, options);
  const key = `${dialect}:${options.useDefaults === true}:${options.external === true}`;
  const byKey = compiled.get(key) ?? new WeakMap<object, ValidateFunction>();
  compiled.set(key, byKey);
  let validate = byKey.get(schema);
  if (!validate) {
    validate = instanceFor(key, dialect, options).compile(schema);
    byKey.set(schema, validate);
  }
  return validate as ValidateFunction<T>;
}
