/** @schema `mandate_multi_use` */
export type MandateMultiUse = { [key: string]: unknown };
