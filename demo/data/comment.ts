import type { Attachment, DemoComment, Person } from './types';
import type { When } from './when';

/** A public comment: author, time offset, paragraphs. */
export function comment(author: Person, at: When, ...body: string[]): DemoComment {
  return { author, at, body };
}

/** A public comment with attachments. */
export function commentWithFiles(author: Person, at: When, attachments: Attachment[], ...body: string[]): DemoComment {
  return { author, at, body, attachments };
}
