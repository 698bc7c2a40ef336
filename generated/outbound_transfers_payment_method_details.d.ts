import type { SchemaModule } from "./runtime/api.js";
import type { OutboundTransfersPaymentMethodDetails as self } from "./types/outbound_transfers_payment_method_details.js";

export type OutboundTransfersPaymentMethodDetails = self;
export declare const OutboundTransfersPaymentMethodDetails: SchemaModule<self>;
