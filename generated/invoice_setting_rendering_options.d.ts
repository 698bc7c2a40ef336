import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingRenderingOptions as Type } from "./types/invoice_setting_rendering_options.js";

export type InvoiceSettingRenderingOptions = Type;
export declare const InvoiceSettingRenderingOptions: SchemaModule<Type>;
