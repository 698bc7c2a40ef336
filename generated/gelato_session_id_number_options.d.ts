import type { SchemaModule } from "./runtime/api.js";
import type { GelatoSessionIdNumberOptions as self } from "./types/gelato_session_id_number_options.js";

export type GelatoSessionIdNumberOptions = self;
export declare const GelatoSessionIdNumberOptions: SchemaModule<self>;
