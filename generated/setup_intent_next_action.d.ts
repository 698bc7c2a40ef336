import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentNextAction as self } from "./types/setup_intent_next_action.js";

export type SetupIntentNextAction = self;
export declare const SetupIntentNextAction: SchemaModule<self>;
