import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceCart as self } from "./types/terminal_reader_reader_resource_cart.js";

export type TerminalReaderReaderResourceCart = self;
export declare const TerminalReaderReaderResourceCart: SchemaModule<self>;
