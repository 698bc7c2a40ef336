import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryInboundTransfer as Type } from "./types/treasury.inbound_transfer.js";

export type { TreasuryInboundTransfer } from "./types/treasury.inbound_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryInboundTransfer };
