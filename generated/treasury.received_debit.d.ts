import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebit as Type } from "./types/treasury.received_debit.js";

export type { TreasuryReceivedDebit } from "./types/treasury.received_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedDebit };
