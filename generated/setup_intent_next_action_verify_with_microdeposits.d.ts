import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentNextActionVerifyWithMicrodeposits as Type } from "./types/setup_intent_next_action_verify_with_microdeposits.js";

export type SetupIntentNextActionVerifyWithMicrodeposits = Type;
export declare const SetupIntentNextActionVerifyWithMicrodeposits: SchemaModule<Type>;
