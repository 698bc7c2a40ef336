import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentNextAction as Type } from "./types/setup_intent_next_action.js";

export type SetupIntentNextAction = Type;
export declare const SetupIntentNextAction: SchemaModule<Type>;
