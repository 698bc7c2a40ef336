import type * as runtime from "./runtime/api.js";
import type { PortalFlowsFlowSubscriptionCancel as self } from "./types/portal_flows_flow_subscription_cancel.js";

export type PortalFlowsFlowSubscriptionCancel = self;
export declare const PortalFlowsFlowSubscriptionCancel: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsFlowSubscriptionCancel(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsFlowSubscriptionCancel(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsFlowSubscriptionCancel: runtime.Check;
