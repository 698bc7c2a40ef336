import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSessionIdNumberOptions as Type } from "./types/gelato_session_id_number_options.js";

export type GelatoSessionIdNumberOptions = Type;
export declare const GelatoSessionIdNumberOptions: SchemaModule<Type>;
