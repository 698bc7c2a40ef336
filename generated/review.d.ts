import type { SchemaModule } from "./runtime/schema.js";
import type { Review as Type } from "./types/review.js";

export type Review = Type;
export declare const Review: SchemaModule<Type>;
