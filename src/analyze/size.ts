// Node size by degree on a square-root scale between fixed bounds, so hubs stand out without
// swallowing the picture.
import { round } from "./metrics.js";

export const MIN_SIZE = 3;
export const MAX_SIZE = 20;

export function sizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree / maxDegree), 2);
}
