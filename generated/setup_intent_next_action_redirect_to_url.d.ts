import type * as runtime from "./runtime/api.js";
import type { SetupIntentNextActionRedirectToUrl as self } from "./types/setup_intent_next_action_redirect_to_url.js";

export type SetupIntentNextActionRedirectToUrl = self;
export declare const SetupIntentNextActionRedirectToUrl: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentNextActionRedirectToUrl(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupIntentNextActionRedirectToUrl(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentNextActionRedirectToUrl: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupIntentNextActionRedirectToUrl: runtime.Test;
