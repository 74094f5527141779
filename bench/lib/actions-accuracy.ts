// The action planner measured on a labelled corpus of real vendors' OpenAPI descriptions: for every spec under
// tests/fixtures/specs/provisioning with an answer key in answers/, the plan's choice per contract against the key.
// Shared by bench/actions-accuracy.ts (prints the table) and tests/integration/actions-accuracy.test.ts (the floor).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ActionPlan, planActions } from "../../lib/actions/plan";
import { CONTRACT_NAMES } from "../../lib/contracts/catalog";
import { ingestSpec } from "../../lib/spec/ingest";
import { parseSpecText } from "../../lib/spec/parse";

export const CORPUS_DIR = fileURLToPath(new URL("../../tests/fixtures/specs/provisioning", import.meta.url));
const ANSWERS_DIR = join(CORPUS_DIR, "answers");
export const FLOOR_FILE = join(CORPUS_DIR, "accuracy-floor.json");

/** "GET /users/{id}" or "none". */
type Choice = string;

interface AnswerKey {
  spec: string;
  source: string;
  answers: Record<string, { operation: Choice | Choice[]; why: string }>;
}

export interface ContractResult {
  contract: string;
  expected: Choice[];
  chosen: Choice;
  /** The chosen operation then the runner-ups ("none" first when nothing was chosen), three at most. */
  topThree: Choice[];
  correct: boolean;
  correctInTopThree: boolean;
}

export interface SpecResult {
  spec: string;
  operations: number;
  results: ContractResult[];
  accuracy: number;
  topThreeAccuracy: number;
}

export interface CorpusResult {
  specs: SpecResult[];
  accuracy: number;
  topThreeAccuracy: number;
}

export interface AccuracyFloor {
  accuracy: number;
  topThreeAccuracy: number;
}

const NONE = "none";

function readKey(file: string): AnswerKey {
  const key = JSON.parse(readFileSync(join(ANSWERS_DIR, file), "utf8")) as AnswerKey;
  const missing = CONTRACT_NAMES.filter((name) => !key.answers[name]);
  if (missing.length) throw new Error(`${file}: no answer for ${missing.join(", ")}`);
  return key;
}

const label = (operation: { method: string; path: string }) => `${operation.method.toUpperCase()} ${operation.path}`;

/** Scores one plan against its key; a key naming an operation the spec lacks is a broken key, not a miss. */
export function scorePlan(key: AnswerKey, plan: ActionPlan, operations: Set<Choice>): ContractResult[] {
  return plan.actions.map((action) => {
    const answer = key.answers[action.contract];
    const expected = Array.isArray(answer.operation) ? answer.operation : [answer.operation];
    const unknown = expected.filter((choice) => choice !== NONE && !operations.has(choice));
    if (unknown.length) throw new Error(`${key.spec}: the key for ${action.contract} names ${unknown.join(", ")}`);
    const chosen = action.operation ? label(action.operation) : NONE;
    const topThree = [chosen, ...action.candidates.map(label)].slice(0, 3);
    const correct = expected.includes(chosen);
    // "none" counts in the top three only as the choice itself: a runner-up list cannot say "none".
    const correctInTopThree = correct || expected.some((choice) => choice !== NONE && topThree.includes(choice));
    return { contract: action.contract, expected, chosen, topThree, correct, correctInTopThree };
  });
}

const share = (results: ContractResult[], pick: (result: ContractResult) => boolean) =>
  results.length ? results.filter(pick).length / results.length : 0;

/** Plans every spec of the corpus that has an answer key and scores it. */
export async function measureCorpus(): Promise<CorpusResult> {
  const specs: SpecResult[] = [];
  for (const file of readdirSync(ANSWERS_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const key = readKey(file);
    const text = readFileSync(join(CORPUS_DIR, key.spec), "utf8");
    const ingested = await ingestSpec(text, { fileName: key.spec });
    const parsed = await parseSpecText(text, key.spec);
    if (!ingested.ok || !parsed.ok) throw new Error(`${key.spec} does not ingest`);
    const plan = planActions(parsed.document, ingested.index);
    const results = scorePlan(key, plan, new Set(ingested.index.operations.map(label)));
    specs.push({
      spec: key.spec,
      operations: ingested.index.operations.length,
      results,
      accuracy: share(results, (result) => result.correct),
      topThreeAccuracy: share(results, (result) => result.correctInTopThree),
    });
  }
  const all = specs.flatMap((spec) => spec.results);
  return {
    specs,
    accuracy: share(all, (result) => result.correct),
    topThreeAccuracy: share(all, (result) => result.correctInTopThree),
  };
}

export function readFloor(): AccuracyFloor {
  return JSON.parse(readFileSync(FLOOR_FILE, "utf8")) as AccuracyFloor;
}

export const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
