import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFeatures as Type } from "./types/portal_features.js";

export type PortalFeatures = Type;
export declare const PortalFeatures: SchemaModule<Type>;
