import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentNextActionRedirectToUrl as Type } from "./types/setup_intent_next_action_redirect_to_url.js";

export type { SetupIntentNextActionRedirectToUrl } from "./types/setup_intent_next_action_redirect_to_url.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentNextActionRedirectToUrl };
