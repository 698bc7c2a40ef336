import type { SchemaModule } from "./runtime/schema.js";
import type { TransferReversal as Type } from "./types/transfer_reversal.js";

export type { TransferReversal } from "./types/transfer_reversal.js";
declare const schema: SchemaModule<Type>;
export { schema as TransferReversal };
