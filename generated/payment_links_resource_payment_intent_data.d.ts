import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourcePaymentIntentData as Type } from "./types/payment_links_resource_payment_intent_data.js";

export type { PaymentLinksResourcePaymentIntentData } from "./types/payment_links_resource_payment_intent_data.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourcePaymentIntentData };
