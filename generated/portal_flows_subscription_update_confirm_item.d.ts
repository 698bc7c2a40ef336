import type * as runtime from "./runtime/api.js";
import type { PortalFlowsSubscriptionUpdateConfirmItem as self } from "./types/portal_flows_subscription_update_confirm_item.js";

export type PortalFlowsSubscriptionUpdateConfirmItem = self;
export declare const PortalFlowsSubscriptionUpdateConfirmItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsSubscriptionUpdateConfirmItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsSubscriptionUpdateConfirmItem(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsSubscriptionUpdateConfirmItem: runtime.Check;
