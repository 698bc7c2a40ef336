import type { SchemaModule } from "./runtime/schema.js";
import type { Quote as Type } from "./types/quote.js";

export type Quote = Type;
export declare const Quote: SchemaModule<Type>;
