import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentNextActionRedirectToUrl as self } from "./types/setup_intent_next_action_redirect_to_url.js";

export type SetupIntentNextActionRedirectToUrl = self;
export declare const SetupIntentNextActionRedirectToUrl: SchemaModule<self>;
