/** The built-in portal adapters, asked in order; the first that recognises the page reads it. */
import type { PortalAdapter } from './adapter';
import { zendesk } from './zendesk/adapter';

export const ADAPTERS: readonly PortalAdapter[] = [zendesk];
