import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryOutboundPayment as Type } from "./types/treasury.outbound_payment.js";

export type TreasuryOutboundPayment = Type;
export declare const TreasuryOutboundPayment: SchemaModule<Type>;
