import type { SchemaModule } from "./runtime/api.js";
import type { Quote as self } from "./types/quote.js";

export type Quote = self;
export declare const Quote: SchemaModule<self>;
