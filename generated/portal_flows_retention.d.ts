import type * as runtime from "./runtime/api.js";
import type { PortalFlowsRetention as self } from "./types/portal_flows_retention.js";

export type PortalFlowsRetention = self;
export declare const PortalFlowsRetention: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsRetention(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsRetention(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsRetention: runtime.Check;
