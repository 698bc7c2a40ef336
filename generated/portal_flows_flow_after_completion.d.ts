import type * as runtime from "./runtime/api.js";
import type { PortalFlowsFlowAfterCompletion as self } from "./types/portal_flows_flow_after_completion.js";

export type PortalFlowsFlowAfterCompletion = self;
export declare const PortalFlowsFlowAfterCompletion: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsFlowAfterCompletion(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsFlowAfterCompletion(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsFlowAfterCompletion: runtime.Check;
