import type { SchemaModule } from "./runtime/schema.js";
import type { SourceRedirectFlow as Type } from "./types/source_redirect_flow.js";

export type SourceRedirectFlow = Type;
export declare const SourceRedirectFlow: SchemaModule<Type>;
