// Action planner accuracy on the labelled corpus of real vendors' specs (tests/fixtures/specs/provisioning, keys in
// answers/): per spec and overall, the share of contracts whose chosen operation matches the key ("none" included)
// and whose key is among the chosen operation and its first two runner-ups, then every miss.
// Run: npx tsx --import ./bin/server-only-register.js bench/actions-accuracy.ts
import { measureCorpus, percent, readFloor } from "./lib/actions-accuracy";

const corpus = await measureCorpus();
const floor = readFloor();
console.log(`${"spec".padEnd(34)} ${"ops".padStart(5)}  accuracy   top-3`);
for (const spec of corpus.specs)
  console.log(
    `${spec.spec.padEnd(34)} ${String(spec.operations).padStart(5)}  ${percent(spec.accuracy).padStart(8)}  ${percent(spec.topThreeAccuracy).padStart(7)}`,
  );
console.log(
  `${"overall".padEnd(34)} ${"".padStart(5)}  ${percent(corpus.accuracy).padStart(8)}  ${percent(corpus.topThreeAccuracy).padStart(7)}   (floor ${percent(floor.accuracy)} / ${percent(floor.topThreeAccuracy)})`,
);
console.log("\nmisses (contract: chosen → expected; top three)");
for (const spec of corpus.specs)
  for (const result of spec.results.filter((entry) => !entry.correct))
    console.log(
      `${spec.spec} ${result.contract}: ${result.chosen} → ${result.expected.join(" | ")}${result.correctInTopThree ? " (in top 3)" : ""}`,
    );
