import type * as runtime from "./runtime/api.js";
import type { PortalPaymentMethodUpdate as self } from "./types/portal_payment_method_update.js";

export type PortalPaymentMethodUpdate = self;
export declare const PortalPaymentMethodUpdate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalPaymentMethodUpdate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalPaymentMethodUpdate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalPaymentMethodUpdate: runtime.Check;
