/**
 * Questions and answers a company writes for a fair ("Pertanyaan Umum", J-C-r, J-C-s),
 * read by the fair's seekers.
 */
@ApplicationModule(allowedDependencies = { "company", "fair", "participation" })
@OwnsTables({ "faq" })
package id.siapkerja.jobfair.faq;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
