// How a run unwinds: a card failure (catchable by If Error), a run bound (never catchable),
// a Return (ends one flow invocation) and a Continue If (ends one sequence).
import type { FlowError } from "../cards/types";

/** A card failed; If Error may catch it. `error.card`/`flow` are filled where it happened. */
export class CardFailure extends Error {
  constructor(readonly error: Omit<FlowError, "flow" | "execution"> & Partial<FlowError>) {
    super(error.message);
  }
}

/** The run hit one of its bounds (RunLimits); ends the whole run. `card`/`flow`: where it was hit. */
export class LimitExceeded extends Error {
  card?: string;
  flow?: string;

  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export class ReturnSignal {
  constructor(
    readonly invocation: object,
    readonly outputs: Record<string, unknown>,
  ) {}
}

export class StopSequenceSignal {}
