import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceTippingConfig as Type } from "./types/terminal_reader_reader_resource_tipping_config.js";

export type TerminalReaderReaderResourceTippingConfig = Type;
export declare const TerminalReaderReaderResourceTippingConfig: SchemaModule<Type>;
