import type * as runtime from "./runtime/api.js";
import type { PortalFlowsFlowSubscriptionUpdate as self } from "./types/portal_flows_flow_subscription_update.js";

export type PortalFlowsFlowSubscriptionUpdate = self;
export declare const PortalFlowsFlowSubscriptionUpdate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsFlowSubscriptionUpdate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsFlowSubscriptionUpdate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsFlowSubscriptionUpdate: runtime.Check;
