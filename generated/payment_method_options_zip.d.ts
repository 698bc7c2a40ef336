import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsZip as self } from "./types/payment_method_options_zip.js";

export type PaymentMethodOptionsZip = self;
export declare const PaymentMethodOptionsZip: SchemaModule<self>;
