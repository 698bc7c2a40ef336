import type { SchemaModule } from "./runtime/api.js";
import type { PortalFeatures as self } from "./types/portal_features.js";

export type PortalFeatures = self;
export declare const PortalFeatures: SchemaModule<self>;
