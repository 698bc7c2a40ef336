import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodInteracPresent as self } from "./types/payment_method_interac_present.js";

export type PaymentMethodInteracPresent = self;
export declare const PaymentMethodInteracPresent: SchemaModule<self>;
