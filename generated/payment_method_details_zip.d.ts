import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsZip as self } from "./types/payment_method_details_zip.js";

export type PaymentMethodDetailsZip = self;
export declare const PaymentMethodDetailsZip: SchemaModule<self>;
