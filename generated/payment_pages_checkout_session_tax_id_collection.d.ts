import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionTaxIdCollection as Type } from "./types/payment_pages_checkout_session_tax_id_collection.js";

export type { PaymentPagesCheckoutSessionTaxIdCollection } from "./types/payment_pages_checkout_session_tax_id_collection.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionTaxIdCollection };
