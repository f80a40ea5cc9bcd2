/** The office's audit pages: the log with its filters and the chain's verification (office/audit.xhtml), and the dossier download. */
package cn.jast.plan.web.audit.faces;
