import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsLink as self } from "./types/payment_method_details_link.js";

export type PaymentMethodDetailsLink = self;
export declare const PaymentMethodDetailsLink: SchemaModule<self>;
