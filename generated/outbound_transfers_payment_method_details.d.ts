import type { SchemaModule } from "./runtime/schema.js";
import type { OutboundTransfersPaymentMethodDetails as Type } from "./types/outbound_transfers_payment_method_details.js";

export type { OutboundTransfersPaymentMethodDetails } from "./types/outbound_transfers_payment_method_details.js";
declare const schema: SchemaModule<Type>;
export { schema as OutboundTransfersPaymentMethodDetails };
