import type { SchemaModule } from "./runtime/api.js";
import type { SourceRedirectFlow as self } from "./types/source_redirect_flow.js";

export type SourceRedirectFlow = self;
export declare const SourceRedirectFlow: SchemaModule<self>;
