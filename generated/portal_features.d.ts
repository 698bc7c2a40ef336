import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFeatures as Type } from "./types/portal_features.js";

export type { PortalFeatures } from "./types/portal_features.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFeatures };
