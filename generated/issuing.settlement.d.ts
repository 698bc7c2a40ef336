import type { SchemaModule } from "./runtime/api.js";
import type { IssuingSettlement as self } from "./types/issuing.settlement.js";

export type IssuingSettlement = self;
export declare const IssuingSettlement: SchemaModule<self>;
