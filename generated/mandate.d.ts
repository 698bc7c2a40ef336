import type { SchemaModule } from "./runtime/api.js";
import type { Mandate as self } from "./types/mandate.js";

export type Mandate = self;
export declare const Mandate: SchemaModule<self>;
