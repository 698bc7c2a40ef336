/** @schema `payment_method_boleto` */
export type PaymentMethodBoleto = {
  /**
   * Uniquely identifies the customer tax id (CNPJ or CPF)
   *
   * @maxLength 5000
   */
  tax_id: string;
};
