import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationNetworkData as self } from "./types/issuing_authorization_network_data.js";

export type IssuingAuthorizationNetworkData = self;
export declare const IssuingAuthorizationNetworkData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationNetworkData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationNetworkData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationNetworkData: runtime.Check;
