// Order statistics for benchmark samples.
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

export const median = (values: number[]): number => sorted(values)[Math.floor(values.length / 2)];

export const percentile = (values: number[], p: number): number =>
  sorted(values)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
