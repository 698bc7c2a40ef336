import type { SchemaModule } from "./runtime/api.js";
import type { MandateMultiUse as self } from "./types/mandate_multi_use.js";

export type MandateMultiUse = self;
export declare const MandateMultiUse: SchemaModule<self>;
