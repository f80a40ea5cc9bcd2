/**
 * The 申报书 as the society prints, stamps and posts it: a document model of the application
 * ({@code PrintedApplication}: title block, society, submission instant, fingerprint, sections of labelled
 * values and tables), built from the stored application by {@code PrintService} and rendered to PDF by
 * {@code ApplicationPdf} with an embedded CJK font shipped in the WAR.
 */
package cn.jast.plan.web.application.print;
