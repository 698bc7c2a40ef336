import type { SchemaModule } from "./runtime/api.js";
import type { Review as self } from "./types/review.js";

export type Review = self;
export declare const Review: SchemaModule<self>;
