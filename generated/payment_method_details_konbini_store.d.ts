import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsKonbiniStore as self } from "./types/payment_method_details_konbini_store.js";

export type PaymentMethodDetailsKonbiniStore = self;
export declare const PaymentMethodDetailsKonbiniStore: SchemaModule<self>;
