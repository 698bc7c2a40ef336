import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeTreasury as Type } from "./types/issuing_dispute_treasury.js";

export type { IssuingDisputeTreasury } from "./types/issuing_dispute_treasury.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDisputeTreasury };
