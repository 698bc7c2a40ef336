import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryOutboundPayment as self } from "./types/treasury.outbound_payment.js";

export type TreasuryOutboundPayment = self;
export declare const TreasuryOutboundPayment: SchemaModule<self>;
