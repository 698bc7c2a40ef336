import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundPayment as Type } from "./types/treasury.outbound_payment.js";

export type { TreasuryOutboundPayment } from "./types/treasury.outbound_payment.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryOutboundPayment };
