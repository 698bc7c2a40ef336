import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeTreasury as self } from "./types/issuing_dispute_treasury.js";

export type IssuingDisputeTreasury = self;
export declare const IssuingDisputeTreasury: SchemaModule<self>;
