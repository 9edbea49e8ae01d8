// Public API of @los/adapters-documents: PDF rendering with pdfmake and a local-folder document store.

/**
 * Renders the Key Facts Statement, loan agreement and NOC to PDF with pdfmake and the standard PDF fonts.
 * @example const pdf = await new PdfmakeDocumentRenderer().renderKeyFactsStatement({ letterhead, loanReference, loanType, issuedOn, borrower, figures: keyFactsStatement(kfsInput), grievance })
 */
export { PdfmakeDocumentRenderer, type PdfmakeDocumentRendererOptions } from './pdfmake-document-renderer.js';
/**
 * Documents in a local folder, served through time-limited HMAC-signed links.
 * @throws InvalidDocumentKeyError for a key that could escape the folder.
 * @example const store = new LocalFolderDocumentStore({ root: '.los-data/documents', secret }); store.signedUrl('acme/loans/L-1/kfs.pdf', 900, clock.now())
 */
export { LocalFolderDocumentStore, type LocalFolderDocumentStoreOptions } from './local-folder-document-store.js';
