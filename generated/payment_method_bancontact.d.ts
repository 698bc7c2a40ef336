import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBancontact as Type } from "./types/payment_method_bancontact.js";

export type PaymentMethodBancontact = Type;
export declare const PaymentMethodBancontact: SchemaModule<Type>;
