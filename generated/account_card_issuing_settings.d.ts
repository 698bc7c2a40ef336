import type * as runtime from "./runtime/api.js";
import type { AccountCardIssuingSettings as self } from "./types/account_card_issuing_settings.js";

export type AccountCardIssuingSettings = self;
export declare const AccountCardIssuingSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountCardIssuingSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isAccountCardIssuingSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountCardIssuingSettings: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testAccountCardIssuingSettings: runtime.Test;
