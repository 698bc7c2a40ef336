import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsHeadOffice as self } from "./types/tax_product_resource_tax_settings_head_office.js";

export type TaxProductResourceTaxSettingsHeadOffice = self;
export declare const TaxProductResourceTaxSettingsHeadOffice: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceTaxSettingsHeadOffice(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxProductResourceTaxSettingsHeadOffice(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceTaxSettingsHeadOffice: runtime.Check;
