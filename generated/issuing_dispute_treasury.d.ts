import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeTreasury as Type } from "./types/issuing_dispute_treasury.js";

export type IssuingDisputeTreasury = Type;
export declare const IssuingDisputeTreasury: SchemaModule<Type>;
