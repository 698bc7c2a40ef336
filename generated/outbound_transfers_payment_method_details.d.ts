import type { SchemaModule } from "./runtime/schema.js";
import type { OutboundTransfersPaymentMethodDetails as Type } from "./types/outbound_transfers_payment_method_details.js";

export type OutboundTransfersPaymentMethodDetails = Type;
export declare const OutboundTransfersPaymentMethodDetails: SchemaModule<Type>;
