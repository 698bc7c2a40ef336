import type { SchemaModule } from "./runtime/api.js";
import type { Invoice as self } from "./types/invoice.js";

export type Invoice = self;
export declare const Invoice: SchemaModule<self>;
