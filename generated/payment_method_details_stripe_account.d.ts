import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsStripeAccount as Type } from "./types/payment_method_details_stripe_account.js";

export type { PaymentMethodDetailsStripeAccount } from "./types/payment_method_details_stripe_account.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsStripeAccount };
