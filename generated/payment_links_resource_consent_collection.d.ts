import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceConsentCollection as Type } from "./types/payment_links_resource_consent_collection.js";

export type PaymentLinksResourceConsentCollection = Type;
export declare const PaymentLinksResourceConsentCollection: SchemaModule<Type>;
