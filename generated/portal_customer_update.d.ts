import type * as runtime from "./runtime/api.js";
import type { PortalCustomerUpdate as self } from "./types/portal_customer_update.js";

export type PortalCustomerUpdate = self;
export declare const PortalCustomerUpdate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalCustomerUpdate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalCustomerUpdate(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalCustomerUpdate: runtime.Check;
