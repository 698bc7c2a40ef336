import type * as runtime from "./runtime/api.js";
import type { PortalFlowsFlow as self } from "./types/portal_flows_flow.js";

export type PortalFlowsFlow = self;
export declare const PortalFlowsFlow: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsFlow(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsFlow(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsFlow: runtime.Check;
