// The action planner on the labelled corpus of real vendors' specs (tests/fixtures/specs/provisioning/answers):
// accuracy and top-3 accuracy never drop below the figures recorded in accuracy-floor.json.
import { beforeAll, describe, expect, it } from "vitest";
import { type CorpusResult, measureCorpus, readFloor } from "@/bench/lib/actions-accuracy";
import { CONTRACT_NAMES } from "@/lib/contracts/catalog";

let corpus: CorpusResult;
beforeAll(async () => {
  corpus = await measureCorpus();
}, 120_000);

describe("action planner accuracy on real specs", () => {
  it("has at least 40 labelled specs, each keyed for every contract", () => {
    expect(corpus.specs.length).toBeGreaterThanOrEqual(40);
    for (const spec of corpus.specs) expect(spec.results.map((result) => result.contract)).toEqual(CONTRACT_NAMES);
  });

  it("keeps accuracy and top-3 accuracy at or above the recorded floor", () => {
    const floor = readFloor();
    expect(corpus.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    expect(corpus.topThreeAccuracy).toBeGreaterThanOrEqual(floor.topThreeAccuracy);
  });
});
