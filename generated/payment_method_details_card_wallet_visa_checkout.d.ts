import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardWalletVisaCheckout as Type } from "./types/payment_method_details_card_wallet_visa_checkout.js";

export type { PaymentMethodDetailsCardWalletVisaCheckout } from "./types/payment_method_details_card_wallet_visa_checkout.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardWalletVisaCheckout };
