import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodBancontact as self } from "./types/payment_method_bancontact.js";

export type PaymentMethodBancontact = self;
export declare const PaymentMethodBancontact: SchemaModule<self>;
