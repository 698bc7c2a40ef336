import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceConsentCollection as self } from "./types/payment_links_resource_consent_collection.js";

export type PaymentLinksResourceConsentCollection = self;
export declare const PaymentLinksResourceConsentCollection: SchemaModule<self>;
