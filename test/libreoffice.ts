// Renders a Word document the way a reader's office suite would: LibreOffice converts it to PDF, poppler
// reads the PDF back (page count and size, fonts, text per page, a PNG of the first page). Tests only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RenderedPdf {
  /** The PDF's path, in a fresh temporary folder. */
  path: string;
  pages: number;
  /** pdfinfo's report (page size, producer…). */
  info: string;
  /** pdffonts' table of the embedded fonts. */
  fonts(): string;
  /** The text of pages `first`..`last` (every page when left out); `layout` keeps the columns side by side. */
  text(opts?: { first?: number; last?: number; layout?: boolean }): string;
  /** The first page as a PNG at `dpi`, written beside the PDF; returns the file's path. */
  firstPagePng(dpi?: number): string;
}

/** Converts .docx bytes to PDF with LibreOffice (throws, saying what to install, when it is missing). */
export function renderDocxToPdf(docx: Buffer, name = 'bao-cao'): RenderedPdf {
  if (spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status !== 0) {
    throw new Error(
      'LibreOffice is not installed: run .ci/run (it installs libreoffice-writer and poppler-utils) or apt-get install libreoffice-writer poppler-utils.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), `cchc-${name}-`));
  const source = join(dir, `${name}.docx`);
  writeFileSync(source, docx);
  // A private profile directory: a concurrent LibreOffice would otherwise hold the lock.
  execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, source], {
    timeout: 90_000,
  });
  const path = join(dir, `${name}.pdf`);
  if (!existsSync(path)) throw new Error(`LibreOffice wrote no PDF for ${source}`);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    path,
    info,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    fonts: () => execFileSync('pdffonts', [path], { encoding: 'utf8' }),
    text: ({ first, last, layout } = {}) =>
      execFileSync('pdftotext', [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), ...(layout ? ['-layout'] : []), path, '-'], {
        encoding: 'utf8',
      }),
    firstPagePng: (dpi = 60) => {
      execFileSync('pdftoppm', ['-png', '-singlefile', '-r', String(dpi), '-f', '1', '-l', '1', path, join(dir, 'page-1')]);
      return join(dir, 'page-1.png');
    },
  };
}
