import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodAffirm as self } from "./types/payment_method_affirm.js";

export type PaymentMethodAffirm = self;
export declare const PaymentMethodAffirm: SchemaModule<self>;
