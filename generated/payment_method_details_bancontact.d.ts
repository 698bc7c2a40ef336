import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBancontact as Type } from "./types/payment_method_details_bancontact.js";

export type PaymentMethodDetailsBancontact = Type;
export declare const PaymentMethodDetailsBancontact: SchemaModule<Type>;
