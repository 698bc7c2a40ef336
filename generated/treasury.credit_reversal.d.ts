import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryCreditReversal as Type } from "./types/treasury.credit_reversal.js";

export type { TreasuryCreditReversal } from "./types/treasury.credit_reversal.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryCreditReversal };
