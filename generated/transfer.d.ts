import type { SchemaModule } from "./runtime/api.js";
import type { Transfer as self } from "./types/transfer.js";

export type Transfer = self;
export declare const Transfer: SchemaModule<self>;
