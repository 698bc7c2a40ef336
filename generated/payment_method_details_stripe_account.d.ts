import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsStripeAccount as Type } from "./types/payment_method_details_stripe_account.js";

export type PaymentMethodDetailsStripeAccount = Type;
export declare const PaymentMethodDetailsStripeAccount: SchemaModule<Type>;
