import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourcePaymentIntentData as self } from "./types/payment_links_resource_payment_intent_data.js";

export type PaymentLinksResourcePaymentIntentData = self;
export declare const PaymentLinksResourcePaymentIntentData: SchemaModule<self>;
