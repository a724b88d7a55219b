import { createHash } from 'node:crypto';

/** Hex SHA-256 of some bytes. */
export function sha256(octets: Uint8Array | string): string {
  return createHash('sha256').update(octets).digest('hex');
}

/** Lower-case extension of a file name, without the dot ('' when none). */
export function extension(nom: string): string {
  const point = nom.lastIndexOf('.');

  return point <= 0 ? '' : nom.slice(point + 1).toLowerCase();
}

const TYPES_MIME: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  xml: 'application/xml',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/**
 * Content type stored and served for a file, from its extension only: the browser's claim is
 * not trusted. Markup (html, svg, xhtml) is served as an opaque download type.
 */
export function typeMime(nom: string): string {
  return TYPES_MIME[extension(nom)] ?? 'application/octet-stream';
}
