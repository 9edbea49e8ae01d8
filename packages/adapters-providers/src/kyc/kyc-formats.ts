/** An IFSC: four letters (the bank), a zero, six letters or digits (the branch) — RBI's IFSC structure. */
export const IFSC = /^[A-Z]{4}0[A-Z0-9]{6}$/;
/** A UAN: twelve digits (EPFO Universal Account Number). */
export const UAN = /^\d{12}$/;
