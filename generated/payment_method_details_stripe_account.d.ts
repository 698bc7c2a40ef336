import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsStripeAccount as self } from "./types/payment_method_details_stripe_account.js";

export type PaymentMethodDetailsStripeAccount = self;
export declare const PaymentMethodDetailsStripeAccount: SchemaModule<self>;
