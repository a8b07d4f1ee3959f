import type { Catalogue } from './catalogue';
import { en } from './en';
import { fr } from './fr';
import type { Locale } from './locale';

export const CATALOGUES: Record<Locale, Catalogue> = { en, fr };
