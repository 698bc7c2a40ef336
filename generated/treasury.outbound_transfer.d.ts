import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundTransfer as Type } from "./types/treasury.outbound_transfer.js";

export type { TreasuryOutboundTransfer } from "./types/treasury.outbound_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryOutboundTransfer };
