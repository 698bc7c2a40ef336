import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCardWallet as self } from "./types/setup_attempt_payment_method_details_card_wallet.js";

export type SetupAttemptPaymentMethodDetailsCardWallet = self;
export declare const SetupAttemptPaymentMethodDetailsCardWallet: SchemaModule<self>;
