// Ends requests in flight (a run's wall time, a request's deadline). undici takes an EventEmitter as a request's
// signal: far cheaper to make than an AbortController, and every run and every request makes one.
import { EventEmitter } from "node:events";

export class Cancellation extends EventEmitter {
  aborted = false;
  reason: unknown;

  constructor() {
    super();
    // Every request of a run listens while it is in flight: For Each may send many at once.
    this.setMaxListeners(0);
  }

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit("abort");
  }
}
