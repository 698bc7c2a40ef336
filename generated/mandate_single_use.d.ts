import type { SchemaModule } from "./runtime/api.js";
import type { MandateSingleUse as self } from "./types/mandate_single_use.js";

export type MandateSingleUse = self;
export declare const MandateSingleUse: SchemaModule<self>;
