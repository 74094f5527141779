// A counter of changes to who may do what (a role changed, tokens revoked): caches of credentials kept by this
// process compare it, so such a change takes effect here at once. Other instances see it when their entries age out.
let generation = 0;

export function accountsChanged(): void {
  generation++;
}

export function accountsGeneration(): number {
  return generation;
}
