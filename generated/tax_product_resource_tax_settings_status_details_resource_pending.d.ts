import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsStatusDetailsResourcePending as self } from "./types/tax_product_resource_tax_settings_status_details_resource_pending.js";

export type TaxProductResourceTaxSettingsStatusDetailsResourcePending = self;
export declare const TaxProductResourceTaxSettingsStatusDetailsResourcePending: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceTaxSettingsStatusDetailsResourcePending(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTaxProductResourceTaxSettingsStatusDetailsResourcePending(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceTaxSettingsStatusDetailsResourcePending: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTaxProductResourceTaxSettingsStatusDetailsResourcePending: runtime.Test;
