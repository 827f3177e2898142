/**
 * One way to write a form in both apps: a form record with Bean Validation (and
 * {@link id.siapkerja.webkit.form.CrossChecked} for rules between fields), bound with
 * {@code @Valid} and a {@code BindingResult}, messages from the bundles, and the
 * {@code fragments/form} fields that tie each message to its field.
 */
package id.siapkerja.webkit.form;
