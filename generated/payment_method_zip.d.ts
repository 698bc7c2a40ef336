import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodZip as self } from "./types/payment_method_zip.js";

export type PaymentMethodZip = self;
export declare const PaymentMethodZip: SchemaModule<self>;
