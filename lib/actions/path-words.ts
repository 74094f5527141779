// A path read as words and parameters (`/accounts/{id}/users.list` → accounts, {id}, users, list), the way the
// planner reads it: an entity word qualified by the word before it names something else (`/customers/groups`,
// `selected_users`, `/search/users`), unless that word only says how or where (`/api/v2/admin/users`).
import {
  ADDRESSING_WORDS,
  actionOf,
  CALLER_WORDS,
  entityOf,
  looseName,
  NEUTRAL_PREFIX_WORDS,
  singular,
  wordsOf,
} from "./words";

export type PathStep = { word: string } | { parameter: true; name: string };

/** Marks an entity word that names something else: "~user" is no user. */
export const QUALIFIED = "~";

const VERSION = /^v?\d+[a-z0-9]*$/;
/** Compounds led by an entity word ("usermanagement", "groupuserpicker") do not qualify the next word. */
const ENTITY_LED = /^(user|group|team|member|account|identit|people|person|employee)/;

/** A word before an entity word that leaves it what it is. */
function leavesEntity(word: string): boolean {
  return (
    entityOf(word) !== undefined ||
    ADDRESSING_WORDS.has(word) ||
    NEUTRAL_PREFIX_WORDS.has(word) ||
    CALLER_WORDS.has(word) ||
    VERSION.test(word) ||
    actionOf(word) !== undefined ||
    ENTITY_LED.test(word)
  );
}

function partWords(part: string): string[] {
  // "ResourceTypes", "team-members" are one entity word, not "resource" + "types".
  const whole = looseName(part);
  if (entityOf(whole)) return [whole];
  // "team_templates", "identity_proofs": an entity word before a plain noun only describes that noun.
  const words = wordsOf(part);
  return words.map((word, index) => {
    const next = words[index + 1];
    return entityOf(word) && next !== undefined && !leavesEntity(next) ? `${QUALIFIED}${word}` : word;
  });
}

export function pathSteps(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const segment of path.split("/")) {
    if (!segment) continue;
    const withoutFormat = segment.replace(/\.(json|xml)$/i, "");
    if (/\{[^}]*\}/.test(withoutFormat)) {
      const prefix = withoutFormat.replace(/\{[^}]*\}.*$/, "");
      for (const word of wordsOf(prefix)) steps.push({ word });
      steps.push({ parameter: true, name: /\{([^}]*)\}/.exec(withoutFormat)?.[1] ?? "" });
    } else for (const word of withoutFormat.split(".").flatMap(partWords)) steps.push({ word });
  }
  return steps.map((step, index) => {
    if (!("word" in step) || !entityOf(step.word)) return step;
    // A verb before the entity says what is done to it (`addUser`); the word before the verb still qualifies it
    // (`restrictAccess.removeGroup` removes no user group).
    let before = index - 1;
    while (before > 0 && "word" in steps[before] && actionOf((steps[before] as { word: string }).word)) before -= 1;
    const previous = steps[before];
    return previous && "word" in previous && !leavesEntity(previous.word) ? { word: `${QUALIFIED}${step.word}` } : step;
  });
}

/** The word is a singular noun as written ("user", not "users"). */
export const isSingular = (word: string) => singular(word) === word && !word.endsWith("s");
