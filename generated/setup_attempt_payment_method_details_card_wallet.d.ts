import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsCardWallet as Type } from "./types/setup_attempt_payment_method_details_card_wallet.js";

export type { SetupAttemptPaymentMethodDetailsCardWallet } from "./types/setup_attempt_payment_method_details_card_wallet.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsCardWallet };
