import type { SchemaModule } from "./runtime/schema.js";
import type { Invoice as self } from "./types/invoice.js";

export type Invoice = self;
export declare const Invoice: SchemaModule<self>;
