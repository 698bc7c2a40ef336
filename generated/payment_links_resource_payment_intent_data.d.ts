import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourcePaymentIntentData as Type } from "./types/payment_links_resource_payment_intent_data.js";

export type PaymentLinksResourcePaymentIntentData = Type;
export declare const PaymentLinksResourcePaymentIntentData: SchemaModule<Type>;
