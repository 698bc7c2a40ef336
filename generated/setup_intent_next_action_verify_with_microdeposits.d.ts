import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentNextActionVerifyWithMicrodeposits as self } from "./types/setup_intent_next_action_verify_with_microdeposits.js";

export type SetupIntentNextActionVerifyWithMicrodeposits = self;
export declare const SetupIntentNextActionVerifyWithMicrodeposits: SchemaModule<self>;
