/**
 * `imsmanifest.xml` of a SCORM 1.2 package (ADL SCORM 1.2 CAM): one organisation with one item,
 * one SCO resource that lists every file of the package, the mastery score on the item, and the
 * title and description as IMS metadata. Every href is relative to the package root.
 *
 * The metadata is a separate file (`metadata.xml`, referred to by `adlcp:location`, which SCORM
 * 1.2 allows) rather than inline: IMS's metadata 1.2.1 schema has non-deterministic content models
 * that strict validators (libxml2) refuse to compile, so an inline record would make the manifest
 * impossible to validate against its schemas.
 */
import { escapeXml } from '../../src/quiz/export/markup';

export interface ManifestInput {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Percent needed to pass: the assessed quiz's pass mark. */
  readonly masteryScore: number;
  readonly launch: string;
  /** Every file in the package, relative to its root (the manifest itself and the XSDs included). */
  readonly files: readonly string[];
}

/** The schema files a SCORM 1.2 package carries at its root (see vendor/xsd/README.md). */
export const SCORM12_SCHEMA_FILES = ['adlcp_rootv1p2.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

/** The package's IMS metadata file, referred to from the manifest. */
export const METADATA_FILE = 'metadata.xml';

const langString = (text: string) => `<langstring xml:lang="en">${escapeXml(text)}</langstring>`;

/** `metadata.xml`: the package's title and description as an IMS Learning Resource Meta-data 1.2.1 record. */
export function scormMetadata({ title, description }: Pick<ManifestInput, 'title' | 'description'>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd">',
    `  <general><title>${langString(title)}</title><description>${langString(description)}</description></general>`,
    '</lom>',
    '',
  ].join('\n');
}

export function scormManifest({ id, title, masteryScore, launch, files }: ManifestInput): string {
  for (const href of [launch, ...files]) {
    if (href.startsWith('/') || /^[a-z]+:/i.test(href)) throw new Error(`SCORM manifest: "${href}" is not a relative path`);
  }
  // Identifiers are xsd:ID values, which may not start with a digit (the 5G module's id does).
  const ident = (suffix: string) => `silicon-statecraft.${id}.${suffix}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${ident('manifest')}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    `    <adlcp:location>${METADATA_FILE}</adlcp:location>`,
    '  </metadata>',
    `  <organizations default="${ident('organization')}">`,
    `    <organization identifier="${ident('organization')}">`,
    `      <title>${escapeXml(title)}</title>`,
    `      <item identifier="${ident('item')}" identifierref="${ident('sco')}" isvisible="true">`,
    `        <title>${escapeXml(title)}</title>`,
    `        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${ident('sco')}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">`,
    ...[...files].sort().map((file) => `      <file href="${escapeXml(file)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
