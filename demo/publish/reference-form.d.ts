import type { FormValues } from './event-form.js';
/** The reference event as a host fills in the publisher's form. */
export const REFERENCE_FORM: Partial<FormValues>;
