import type * as runtime from "./runtime/api.js";
import type { PortalFlowsFlowSubscriptionUpdateConfirm as self } from "./types/portal_flows_flow_subscription_update_confirm.js";

export type PortalFlowsFlowSubscriptionUpdateConfirm = self;
export declare const PortalFlowsFlowSubscriptionUpdateConfirm: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsFlowSubscriptionUpdateConfirm(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPortalFlowsFlowSubscriptionUpdateConfirm(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsFlowSubscriptionUpdateConfirm: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPortalFlowsFlowSubscriptionUpdateConfirm: runtime.Test;
