/** A brand's customer, known by a verified phone number. */
export interface Customer {
  readonly id: string;
  readonly brandId: string;
  /** E.164 without spaces, e.g. `+919812345678`. Unique per brand. */
  readonly phone: string;
  readonly createdAt: Date;
}

/** Customers, always scoped to one brand. */
export interface CustomerRepository {
  findByPhone(brandId: string, phone: string): Promise<Customer | null>;
  findById(brandId: string, customerId: string): Promise<Customer | null>;
  /** Adds a customer; returns the existing one when the phone is already registered with the brand. */
  addOrGet(customer: Customer): Promise<Customer>;
}
