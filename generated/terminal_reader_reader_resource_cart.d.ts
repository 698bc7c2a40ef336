import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceCart as Type } from "./types/terminal_reader_reader_resource_cart.js";

export type TerminalReaderReaderResourceCart = Type;
export declare const TerminalReaderReaderResourceCart: SchemaModule<Type>;
