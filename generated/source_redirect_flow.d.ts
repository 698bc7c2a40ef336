import type { SchemaModule } from "./runtime/schema.js";
import type { SourceRedirectFlow as Type } from "./types/source_redirect_flow.js";

export type { SourceRedirectFlow } from "./types/source_redirect_flow.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceRedirectFlow };
