/** @schema `payment_method_details_boleto` */
export type PaymentMethodDetailsBoleto = {
  /**
   * The tax ID of the customer (CPF for individuals consumers or CNPJ for businesses consumers)
   *
   * @maxLength 5000
   */
  tax_id: string;
};
